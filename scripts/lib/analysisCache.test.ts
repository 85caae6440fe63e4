import { mkdtempSync, readdirSync, statSync, truncateSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { DigestResult } from "../pipeline/build.ts";
import { createAnalysisCache, pipelineVersion } from "./analysisCache.ts";

const skipped: DigestResult = { ok: false, skipped: { file: "a.txt", reason: "empty file" } };

describe("the incremental analysis cache", () => {
  it("returns what was stored for the same content and metadata, and nothing for changed ones", () => {
    const dir = mkdtempSync(join(tmpdir(), "rabt-cache-"));
    const cache = createAnalysisCache(dir, "v1");
    const key = cache.keyOf("hash-a", { file: "a.txt", published: "2024-12-02" });
    expect(cache.get(key)).toBeUndefined();
    cache.set(key, skipped);
    expect(cache.get(key)).toEqual(skipped);
    expect(cache.get(cache.keyOf("hash-b", { file: "a.txt", published: "2024-12-02" }))).toBeUndefined();
    expect(cache.get(cache.keyOf("hash-a", { file: "a.txt", published: "2024-12-03" }))).toBeUndefined();
  });
  it("forgets everything when the pipeline's source changes (another version)", () => {
    const dir = mkdtempSync(join(tmpdir(), "rabt-cache-"));
    const key = createAnalysisCache(dir, "v1").keyOf("hash-a", undefined);
    createAnalysisCache(dir, "v1").set(key, skipped);
    expect(createAnalysisCache(dir, "v2").get(key)).toBeUndefined();
  });
  it("finds a closed writer's entries in a later build, and ignores an entry whose bytes a killed build never wrote", () => {
    const dir = mkdtempSync(join(tmpdir(), "rabt-cache-"));
    const first = createAnalysisCache(dir, "v1");
    const a = first.keyOf("hash-a", undefined);
    const b = first.keyOf("hash-b", undefined);
    first.set(a, skipped);
    first.set(b, { ok: false, skipped: { file: "b.txt", reason: "binary file" } });
    first.close();
    expect(createAnalysisCache(dir, "v1").get(b)).toEqual({ ok: false, skipped: { file: "b.txt", reason: "binary file" } });
    // cut the pack short: the second entry's bytes are gone, its index line stays
    const pack = readdirSync(join(dir, "v1")).find((f) => f.endsWith(".bin"))!;
    truncateSync(join(dir, "v1", pack), statSync(join(dir, "v1", pack)).size - 1);
    const later = createAnalysisCache(dir, "v1");
    expect(later.get(a)).toEqual(skipped);
    expect(later.get(b)).toBeUndefined();
  });
  it("versions the cache by the pipeline's source: a stable 16-hex-digit hash", () => {
    expect(pipelineVersion()).toMatch(/^[0-9a-f]{16}$/);
    expect(pipelineVersion()).toBe(pipelineVersion());
  });
});
