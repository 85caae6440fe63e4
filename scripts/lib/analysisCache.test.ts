import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, truncateSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createArticleAnalyser, type DigestResult } from "../pipeline/build.ts";
import { loadGazetteer } from "../pipeline/gazetteer.ts";
import { cachedGazetteer, createAnalysisCache, pipelineVersion, pruneCache } from "./analysisCache.ts";
import { createFileLookup, createFileProcessor, type FileOutcome } from "./articleJob.ts";
import { createSpillStore, locate } from "./mentionStore.ts";

const skipped: DigestResult = { ok: false, skipped: { file: "a.txt", reason: "empty file" } };

describe("the incremental analysis cache", () => {
  it("returns what was stored for the same content and metadata, and nothing for changed ones", () => {
    const dir = mkdtempSync(join(tmpdir(), "rabt-cache-"));
    const cache = createAnalysisCache(dir, "v1");
    const key = cache.keyOf("hash-a", { file: "a.txt", published: "2024-12-02" });
    expect(cache.get(key)).toBeUndefined();
    cache.set(key, skipped);
    expect(cache.get(key)?.result).toEqual(skipped);
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
    expect(createAnalysisCache(dir, "v1").get(b)?.result).toEqual({ ok: false, skipped: { file: "b.txt", reason: "binary file" } });
    // cut the pack short: the second entry's bytes are gone, its index line stays
    const pack = readdirSync(join(dir, "v1")).find((f) => f.endsWith(".bin"))!;
    truncateSync(join(dir, "v1", pack), statSync(join(dir, "v1", pack)).size - 1);
    const later = createAnalysisCache(dir, "v1");
    expect(later.get(a)?.result).toEqual(skipped);
    expect(later.get(b)).toBeUndefined();
  });
  it("versions the cache by the pipeline's source: a stable 16-hex-digit hash", () => {
    expect(pipelineVersion()).toMatch(/^[0-9a-f]{16}$/);
    expect(pipelineVersion()).toBe(pipelineVersion());
  });
});

describe("pruning the caches of other pipeline versions", () => {
  const HOUR = 3_600_000;
  const now = Date.UTC(2026, 10, 23, 12);
  /** A cache folder with a version used `hoursAgo` hours before `now`, its pack and its bundles. */
  const version = (dir: string, name: string, hoursAgo: number, marked = true, base = now) => {
    mkdirSync(join(dir, name));
    writeFileSync(join(dir, name, "pack-1.bin"), "x".repeat(100));
    writeFileSync(join(dir, `analysis-worker-${name}.mjs`), "y".repeat(10));
    writeFileSync(join(dir, `chunk-worker-${name}.mjs`), "z".repeat(5));
    const t = (base - hoursAgo * HOUR) / 1000;
    if (marked) {
      writeFileSync(join(dir, name, ".used"), "");
      utimesSync(join(dir, name, ".used"), t, t);
    }
    utimesSync(join(dir, name), t, t);
  };

  it("keeps the current version and the last one used before it, removes the older ones with their bundles", () => {
    const dir = mkdtempSync(join(tmpdir(), "rabt-prune-"));
    version(dir, "aaaaaaaaaaaaaaaa", 48);
    version(dir, "bbbbbbbbbbbbbbbb", 3);
    version(dir, "cccccccccccccccc", 200, false); // from before `.used`: its folder's time counts
    version(dir, "dddddddddddddddd", 24);
    // a snapshot where older code left it, beside the versions
    writeFileSync(join(dir, "snapshot-0123456789abcdef.bin"), "s");
    mkdirSync(join(dir, "notes"));
    const r = pruneCache(dir, "eeeeeeeeeeeeeeee", { now });
    expect(r.removed).toEqual(["dddddddddddddddd", "aaaaaaaaaaaaaaaa", "cccccccccccccccc"]);
    expect(r.bytes).toBe(3 * 115 + 1);
    expect(readdirSync(dir).sort()).toEqual([
      "analysis-worker-bbbbbbbbbbbbbbbb.mjs",
      "bbbbbbbbbbbbbbbb",
      "chunk-worker-bbbbbbbbbbbbbbbb.mjs",
      "eeeeeeeeeeeeeeee",
      "notes",
    ]);
    expect(existsSync(join(dir, "eeeeeeeeeeeeeeee", ".used"))).toBe(true);
  });

  it("keeps a version used within the hour whatever its rank: a build may be running on it", () => {
    const dir = mkdtempSync(join(tmpdir(), "rabt-prune-"));
    version(dir, "aaaaaaaaaaaaaaaa", 0.5);
    version(dir, "bbbbbbbbbbbbbbbb", 0.2);
    version(dir, "cccccccccccccccc", 2);
    expect(pruneCache(dir, "dddddddddddddddd", { now }).removed).toEqual(["cccccccccccccccc"]);
    expect(pruneCache(dir, "dddddddddddddddd", { now: now + 2 * HOUR }).removed).toEqual(["aaaaaaaaaaaaaaaa"]);
  });

  it("marks the current version as used, so that the next version keeps it", () => {
    const dir = mkdtempSync(join(tmpdir(), "rabt-prune-"));
    const clock = Date.now();
    version(dir, "aaaaaaaaaaaaaaaa", 10, true, clock);
    pruneCache(dir, "bbbbbbbbbbbbbbbb");
    version(dir, "cccccccccccccccc", 5, true, clock);
    // b was marked just now: the most recent other version, kept
    expect(pruneCache(dir, "dddddddddddddddd", { now: clock + 10 * HOUR }).removed.sort()).toEqual(["aaaaaaaaaaaaaaaa", "cccccccccccccccc"]);
  });
});

describe("a cached article's evidence", () => {
  it("stays in the pack the first build wrote it to: a later build reads the same mentions from there, copying nothing", () => {
    const dir = mkdtempSync(join(tmpdir(), "rabt-cache-"));
    const name = readdirSync("seeds").find((f) => f.endsWith(".txt"))!;
    const job = { name, path: join("seeds", name), meta: undefined };
    const scratch = () => {
      throw new Error("with a cache, mentions go to its pack");
    };
    const first = createAnalysisCache(dir, "v1");
    const fresh = createFileProcessor(createArticleAnalyser(), first, scratch)(job);
    first.close();
    expect(fresh.cached).toBe(false);
    expect(fresh.result.ok && fresh.result.digest.events.length).toBeGreaterThan(0);
    expect(fresh.mentionsIn).toMatch(/pack-.*\.bin$/);

    const packsBefore = readdirSync(join(dir, "v1")).sort();
    const later = createAnalysisCache(dir, "v1");
    const hit = createFileLookup(later)(job);
    later.close();
    expect("miss" in hit).toBe(false);
    const again = hit as FileOutcome;
    expect(again.cached).toBe(true);
    expect(again.mentionsIn).toBe(fresh.mentionsIn);
    expect(readdirSync(join(dir, "v1")).sort()).toEqual(packsBefore);

    const store = createSpillStore();
    const texts = (o: FileOutcome) => (o.result.ok ? locate(o.result.digest, store.fileOf(o.mentionsIn!)).events.map((e) => store.get(store.put(e.mention))) : []);
    const before = texts(fresh);
    expect(texts(again)).toEqual(before);
    // the evidence is the article's own sentences, Arabic or Persian, intact
    expect(before.every((m) => /[\u0600-\u06FF]/.test(m.sentence))).toBe(true);
    store.close();
  });
});

describe("the gazetteer kept in the cache", () => {
  it("is stored once built, read back as the same gazetteer, and built again when its copy is unreadable", () => {
    const dir = mkdtempSync(join(tmpdir(), "rabt-gazetteer-"));
    const built = loadGazetteer();
    const first = cachedGazetteer(dir, "v1");
    const stored = join(dir, "v1", "gazetteer.bin");
    expect(existsSync(stored)).toBe(true);
    const again = cachedGazetteer(dir, "v1");
    expect(again).toEqual(built);
    expect(first).toEqual(built);
    // an entry reached by id is the entry in the list, as in a built gazetteer
    const iran = again.entries.find((e) => e.id === again.byId.get(again.forms[0]!.actorId)?.id)!;
    expect(again.byId.get(iran.id)).toBe(iran);
    // a copy cut short is built again, and the whole copy replaces it
    const bytes = readFileSync(stored);
    writeFileSync(stored, bytes.subarray(0, bytes.length >> 1));
    expect(cachedGazetteer(dir, "v1")).toEqual(built);
    expect(readFileSync(stored).equals(bytes)).toBe(true);
    // a copy of another version is not this version's
    expect(existsSync(join(dir, "v2", "gazetteer.bin"))).toBe(false);
    cachedGazetteer(dir, "v2");
    expect(existsSync(join(dir, "v2", "gazetteer.bin"))).toBe(true);
  });
});
