import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { buildData } from "./build-data.ts";
import { type ArticleAnalysis, assembleGraph, createArticleAnalyser } from "./pipeline/build.ts";
import { actorsCsv, eventsCsv, relationsCsv } from "./pipeline/export.ts";
import { loadGazetteer } from "./pipeline/gazetteer.ts";
import { parseMetadata } from "./pipeline/metadata.ts";
import { splitGraph } from "./pipeline/split.ts";
import { toGraphFile } from "../src/contract/graphFile.ts";

const files = (dir: string) => (readdirSync(dir, { recursive: true }) as string[]).filter((f) => statSync(join(dir, f)).isFile()).sort();

describe("buildData", () => {
  it("writes the same bytes whether the articles are analysed in this thread or on two workers, cached or not, and wherever the event chunks are written", async () => {
    const work = mkdtempSync(join(tmpdir(), "rabt-threads-"));
    const cache = join(work, "cache");
    await buildData({ inDir: "seeds", outDir: join(work, "here"), quiet: true, workers: 0, cacheDir: false });
    await buildData({ inDir: "seeds", outDir: join(work, "workers"), quiet: true, workers: 2, cacheDir: cache });
    await buildData({ inDir: "seeds", outDir: join(work, "cached"), quiet: true, workers: 2, cacheDir: cache });
    // the event chunks written on a thread of their own (as for a large corpus) while this one writes the index
    await buildData({ inDir: "seeds", outDir: join(work, "thread"), quiet: true, workers: 0, cacheDir: cache, chunkWriter: "thread" });
    const names = files(join(work, "here"));
    expect(names).toContain("graph.json");
    expect(names).toContain("chunks/events-2024.json");
    expect(names).toContain("chunks/leads-2024.json");
    for (const run of ["workers", "cached", "thread"]) {
      expect(files(join(work, run))).toEqual(names);
      for (const n of names) expect(readFileSync(join(work, run, n)).equals(readFileSync(join(work, "here", n))), `${run}/${n}`).toBe(true);
    }
  }, 60_000);
  it("runs its workers with a cache folder given relative to the working folder (the default «.cache/rabt»)", async () => {
    const work = mkdtempSync(join(tmpdir(), "rabt-relative-"));
    // a folder name, as «.cache/rabt» is (not «./…» or «../…», which a worker would take as a path)
    mkdirSync(".cache", { recursive: true });
    const cache = relative(process.cwd(), mkdtempSync(join(".cache", "rabt-test-")));
    expect(cache.startsWith(".cache")).toBe(true);
    try {
      const summary = await buildData({ inDir: "seeds", outDir: join(work, "out"), quiet: true, workers: 1, cacheDir: cache });
      expect(summary.articles).toBe(5);
    } finally {
      rmSync(cache, { recursive: true, force: true });
    }
  }, 60_000);
  it("streams exactly the index, chunks and CSVs the in-memory graph of the same articles gives", async () => {
    const work = mkdtempSync(join(tmpdir(), "rabt-stream-"));
    await buildData({ inDir: "seeds", outDir: work, quiet: true, workers: 0, cacheDir: false });
    const gazetteer = loadGazetteer();
    const analyse = createArticleAnalyser(gazetteer);
    const meta = parseMetadata(readFileSync("seeds/METADATA.json", "utf8"));
    const analyses: ArticleAnalysis[] = [];
    for (const name of readdirSync("seeds").filter((f) => f.endsWith(".txt"))) {
      const r = analyse({ name, bytes: readFileSync(join("seeds", name)) }, meta.entries.get(name));
      if (r.ok) analyses.push(r.analysis);
    }
    const { graph, report } = assembleGraph(analyses, [], gazetteer);
    const { index, chunks } = splitGraph(graph);
    expect(readFileSync(join(work, "graph.json"), "utf8")).toBe(`${JSON.stringify(toGraphFile(index))}\n`);
    for (const [path, chunk] of Object.entries(chunks)) expect(readFileSync(join(work, path), "utf8"), path).toBe(`${JSON.stringify(chunk)}\n`);
    expect(files(work).filter((f) => f.startsWith("chunks/"))).toEqual(Object.keys(chunks).sort());
    expect(readFileSync(join(work, "events.csv"), "utf8")).toBe(eventsCsv(graph));
    expect(readFileSync(join(work, "actors.csv"), "utf8")).toBe(actorsCsv(graph));
    expect(readFileSync(join(work, "relations.csv"), "utf8")).toBe(relationsCsv(graph));
    // the report's article rows come back from a scratch file: the same text as the report whole
    expect(readFileSync(join(work, "build-report.json"), "utf8")).toBe(`${JSON.stringify(report, null, 2)}\n`);
  }, 60_000);
  it("takes the first of two files with the same article id and says why the other is skipped", async () => {
    const work = mkdtempSync(join(tmpdir(), "rabt-ids-"));
    const input = join(work, "in");
    mkdirSync(input);
    const text = readFileSync("seeds/000_eeef0678e201c693.txt", "utf8");
    writeFileSync(join(input, "report.txt"), text);
    // the same id «report», different content (one more line)
    writeFileSync(join(input, "report.md"), `${text}\n\nوأضاف أن المحادثات ستستمر.\n`);
    const report = await buildData({ inDir: input, outDir: join(work, "out"), quiet: true, cacheDir: false });
    expect(report.articles).toBe(1);
    expect(report.skipped).toEqual([{ file: "report.txt", reason: "same article id «report» as report.md (the names differ only in extension or folder separators)" }]);
  }, 60_000);
  it("refuses a missing input folder with a clear message", async () => {
    await expect(buildData({ inDir: "no/such/folder", outDir: join(tmpdir(), "x"), quiet: true })).rejects.toThrow("input folder not found: no/such/folder");
  });
});
