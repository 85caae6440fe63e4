import { mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildData } from "./build-data.ts";

const files = (dir: string) => (readdirSync(dir, { recursive: true }) as string[]).filter((f) => statSync(join(dir, f)).isFile()).sort();

describe("buildData", () => {
  it("writes the same bytes whether the articles are analysed in this thread or on two workers, cached or not", async () => {
    const work = mkdtempSync(join(tmpdir(), "rabt-threads-"));
    const cache = join(work, "cache");
    await buildData({ inDir: "seeds", outDir: join(work, "here"), quiet: true, workers: 0, cacheDir: false });
    await buildData({ inDir: "seeds", outDir: join(work, "workers"), quiet: true, workers: 2, cacheDir: cache });
    await buildData({ inDir: "seeds", outDir: join(work, "cached"), quiet: true, workers: 2, cacheDir: cache });
    const names = files(join(work, "here"));
    expect(names).toContain("graph.json");
    expect(names).toContain("chunks/events-2024.json");
    for (const run of ["workers", "cached"]) {
      expect(files(join(work, run))).toEqual(names);
      for (const n of names) expect(readFileSync(join(work, run, n)).equals(readFileSync(join(work, "here", n))), `${run}/${n}`).toBe(true);
    }
  }, 60_000);
  it("refuses a missing input folder with a clear message", async () => {
    await expect(buildData({ inDir: "no/such/folder", outDir: join(tmpdir(), "x"), quiet: true })).rejects.toThrow("input folder not found: no/such/folder");
  });
});
