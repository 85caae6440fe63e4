/**
 * `npm run build:data -- --in DIR --out DIR`: reads every article of a folder, runs the pipeline
 * and writes graph.json, build-report.json and the CSV exports — atomically (a temporary folder,
 * then a rename: never a half-written output) and deterministically (same input, same bytes).
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { cachedGazetteer, createAnalysisCache, pipelineVersion, pruneCache } from "./lib/analysisCache.ts";
import { createFileLookup, createFileProcessor, type FileJob, type FileOutcome } from "./lib/articleJob.ts";
import { type AnalysisPool, createAnalysisPool, defaultWorkerCount, workerBundle, workersFrom } from "./lib/analysisPool.ts";
import { writeChunksAside } from "./lib/chunkWriter.ts";
import { createAppender, createMentionSpill, createSpillStore, locate, type MentionSpill, type SpillRef } from "./lib/mentionStore.ts";
import { openAtomicOutput } from "./lib/output.ts";
import { isEntry } from "./lib/paths.ts";
import { forEachLine, formatReportRow, writeReport } from "./lib/report.ts";
import { tryRebuild } from "./lib/rebuild.ts";
import { type BuildSnapshot, createSnapshotRecorder, stampOf, writeSnapshot } from "./lib/snapshot.ts";
import { createCorpusAssembler } from "./pipeline/assemble.ts";
import {
  articleIdOf,
  type BuildReport,
  compareIds,
  createArticleAnalyser,
  isArticleFile,
  type SkippedFile,
} from "./pipeline/build.ts";
import type { ArticleDigest } from "./pipeline/digest.ts";
import { parseMetadata } from "./pipeline/metadata.ts";
import { writeGraphFiles } from "./pipeline/split.ts";

/** Lists article files below `dir`, sorted, relative to it. */
function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    // the entries' types come with the listing: no stat per file
    for (const entry of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const name = entry.name;
      if (name.startsWith(".") || name === "node_modules") continue;
      const p = join(d, name);
      const isDir = entry.isDirectory() || (entry.isSymbolicLink() && statSync(p).isDirectory());
      if (isDir) walk(p);
      else out.push(relative(dir, p));
    }
  };
  walk(dir);
  return out.sort();
}

export interface BuildDataOptions {
  readonly inDir: string;
  readonly outDir: string;
  readonly quiet?: boolean;
  /** Worker threads for the per-article stages; 0 analyses in this thread. Default: one per core (≤ 4) from `workersFrom()` files. */
  readonly workers?: number;
  /** Folder of the incremental cache (one analysis per article content hash); `false` for none. */
  readonly cacheDir?: string | false;
  /**
   * Where the event and leads chunks are written: `thread` on a thread of their own while this one
   * writes the index, `here` after it. Default: `thread` from 50,000 events.
   */
  readonly chunkWriter?: "here" | "thread";
  /**
   * Told how the build ran: in full (with why, when a previous build's snapshot could not be
   * used), incrementally (see scripts/lib/rebuild.ts), or not at all (the output is up to date).
   */
  readonly onMode?: (mode: "full" | "incremental" | "up to date", why?: string) => void;
  /**
   * Told how long each phase took, in ms: reading and analysing, the corpus stage, writing. An
   * incremental or up-to-date build has no separate phases: its whole time is `analyse_ms`.
   */
  readonly onPhases?: (phases: { readonly analyse_ms: number; readonly assemble_ms: number; readonly write_ms: number }) => void;
}

/** The build report without its per-article rows (those are only in build-report.json: a large corpus has many). */
export type BuildSummary = Omit<BuildReport, "perArticle">;

/**
 * Between two full collections V8 lets a heap grow to up to four times what survived the last one;
 * on a 50,000-article build that was 2.1 GB of RSS for about 0.6 GB of live data. A fixed 50 %
 * growth keeps the peak near 1.5 times the live set (1.2 GB there, no slower). Unlike a heap cap it
 * cannot make a larger corpus run out of memory. The flag is process-wide (worker threads share
 * it) and V8 reads it at every collection. (30 % while analysing and 15 % after were tried: at 50k
 * no lower peak, 7 % slower.) Set for a full build, and for a rebuild from `FULL_GC_MIN` files: a
 * smaller rebuild keeps V8's own growth, whose fewer collections made a 10k-article rebuild 0.1 s
 * faster (1.61 against 1.74 s, the mean of six each) at the same peak (0.47 GB).
 */
const HEAP_GROWTH = "--heap-growing-percent=50";
// The other heap setting cannot be made from inside: the entry points (`build:data` and `site` in
// package.json, bench:build's child) start node with `--max-semi-space-size=32`. A young
// generation of twice the default lets most of the main thread's short-lived objects die before a
// collection: 8 % less CPU on a 50k build, 10 % less time on a rebuild after one changed article.

/**
 * Files from which the build runs a full garbage collection before each of its two memory peaks
 * (writing the index, serialising the snapshot): at 50,000 articles V8 entered them with hundreds of
 * MB of dead objects not yet collected, and the peak RSS varied by ±60 MB from run to run.
 */
const FULL_GC_MIN = 20_000;

/** A full collection now (V8's \`gc\`, made reachable at the first call). */
function collectGarbage(): void {
  if (!gc) {
    setFlagsFromString("--expose-gc");
    gc = runInNewContext("gc") as () => void;
  }
  gc();
}
let gc: (() => void) | undefined;

/** Events from which the event chunks are written on a thread of their own (see `chunkWriter`). */
const CHUNK_THREAD_MIN = 50_000;

/** Files the cache lacks that are analysed in the main thread before the workers start (see below). */
const MISSES_HERE = 4;

/** Runs the build; returns the report's summary. Throws on unusable arguments. */
export async function buildData({ inDir, outDir, quiet, workers, cacheDir: cacheOption = ".cache/rabt", chunkWriter, onMode, onPhases }: BuildDataOptions): Promise<BuildSummary> {
  // (absolute: worker threads load their bundle from it, and take no path relative to the working folder)
  const cacheDir = cacheOption === false ? false : resolve(cacheOption);
  const log = (s: string) => quiet || process.stderr.write(`${s}\n`);
  if (!existsSync(inDir) || !statSync(inDir).isDirectory()) throw new Error(`input folder not found: ${inDir}`);
  const t0 = performance.now();
  const metaPath = join(inDir, "METADATA.json");
  const metaText = existsSync(metaPath) ? readFileSync(metaPath, "utf8") : null;
  const version = pipelineVersion();
  const gazetteer = cachedGazetteer(cacheDir, version);
  // in article-id order: the order of the index and of the article chunks, which are written as they fill
  const files = listFiles(inDir)
    .filter((f) => basename(f) !== "METADATA.json" && !f.startsWith("gold/"))
    .map((f) => ({ f, id: articleIdOf(f) }))
    .sort((a, b) => compareIds(a.id, b.id) || compareIds(a.f, b.f))
    .map(({ f }) => f);
  const threads = workers ?? (files.length >= workersFrom() ? defaultWorkerCount() : 0);
  if (files.length >= FULL_GC_MIN) setFlagsFromString(HEAP_GROWTH);
  const store = createSpillStore();
  const cache = cacheDir ? createAnalysisCache(cacheDir, version) : null;
  if (cacheDir) {
    // the caches of older pipeline versions (each update of the code starts a new one) go
    try {
      const { removed, bytes } = pruneCache(cacheDir, version);
      if (removed.length) log(`rabt: removed ${removed.length} cache${removed.length === 1 ? "" : "s"} of older pipeline versions (${(bytes / 1e6).toFixed(1)} MB)`);
    } catch (e) {
      log(`rabt: warning: could not prune the cache (${(e as Error).message})`);
    }
  }
  // with a cache, the build leaves a snapshot for the next one (scripts/lib/snapshot.ts)
  let why: string | undefined;
  if (cache && cacheDir) {
    // a rebuild after a few changed articles re-merges and rewrites only what they touch
    const process = createFileProcessor(createArticleAnalyser(gazetteer), cache, () => {
      throw new Error("a build with a cache spills into its packs");
    });
    try {
      const r = tryRebuild({ inDir, outDir, cacheDir, files, metaText, version, gazetteer, cache, process });
      if (r.done) {
        cache.close();
        onMode?.(r.written ? "incremental" : "up to date");
        const ms = Math.round(performance.now() - t0);
        onPhases?.({ analyse_ms: ms, assemble_ms: 0, write_ms: 0 });
        log(
          r.written
            ? `rabt: ${r.changed} changed article${r.changed === 1 ? "" : "s"} rebuilt (${r.remerged} merged events made again as ${r.merged}) → ${outDir} (${ms} ms)`
            : `rabt: ${outDir} is up to date (${ms} ms)`,
        );
        const { perArticle: _rows, ...summary } = r.report;
        return summary;
      }
      why = r.why;
    } catch (e) {
      why = `the incremental rebuild failed (${(e as Error).message})`;
    }
    log(`rabt: full build: ${why}`);
  }
  onMode?.("full", why);
  setFlagsFromString(HEAP_GROWTH);
  const meta = parseMetadata(metaText);
  const metaOf = (name: string) => meta.entries.get(name) ?? meta.entries.get(basename(name));
  const recorder = cacheDir ? createSnapshotRecorder(version, outDir, metaText) : null;
  const out = openAtomicOutput(outDir);
  // without a cache, mentions wait in scratch files: file 0 for the articles analysed here, 1 + i for worker i
  const spillPaths = Array.from({ length: threads + 1 }, (_, i) => out.scratch(`mentions-${i}.jsonl`));
  let hereScratch: ReturnType<typeof createAppender> | undefined;
  let hereSpill: MentionSpill | undefined;
  const scratchHere = () => {
    hereScratch ??= createAppender(spillPaths[0]!);
    hereSpill ??= createMentionSpill(hereScratch);
    return hereSpill;
  };
  // workers start on the first file the cache lacks: a rebuild of cached articles needs none
  let pool: AnalysisPool | null = null;
  const bundleDir = cacheDir ? cacheDir : join(tmpdir(), "rabt-worker");
  const poolOf = () => {
    pool ??= createAnalysisPool({
      bundle: workerBundle(bundleDir, version),
      size: threads,
      cacheDir,
      version,
      spillPaths: spillPaths.slice(1),
    });
    return pool;
  };
  const lookupHere = createFileLookup(cache);
  let processorHere: ReturnType<typeof createFileProcessor> | null = null;
  const processHere = (job: FileJob) => {
    processorHere ??= createFileProcessor(createArticleAnalyser(gazetteer), cache, scratchHere);
    return processorHere(job);
  };
  // the first few files the cache lacks are analysed here: after a few changed articles, starting
  // the workers (each loading its gazetteer) would cost more than analysing them
  let missesHere = 0;
  let aside: Promise<void> | null = null;
  try {
    // report rows wait in a scratch file (each holds the boilerplate removed from its article)
    const rows = out.open(".scratch/report-rows.jsonl");
    let rowCount = 0;
    const assembler = createCorpusAssembler({
      gazetteer,
      store,
      ...(recorder ? { onDayKey: recorder.dayKey } : {}),
      onArticleReport: (row) => {
        rowCount++;
        rows.write(`${JSON.stringify(row)}\n`);
      },
    });
    const skipped: SkippedFile[] = [];
    const seen = new Map<string, string>();
    const ids = new Map<string, string>();
    let done = 0;
    let articles = 0;
    let cached = 0;
    let lastProgress = performance.now();
    // digests reach the corpus stage in file order (`arrived` below restores it)
    const deliver = (d: ArticleDigest<SpillRef> | null) => {
      done++;
      if (d) {
        articles++;
        const chunk = assembler.add(d);
        if (chunk) out.put(chunk.path, chunk.json);
      }
      if (performance.now() - lastProgress > 1000) {
        lastProgress = performance.now();
        log(`  ${done}/${files.length} files, ${articles} articles (${cached} from the cache)`);
      }
    };
    // the first of two files with the same content is the article; the second says whose duplicate it is
    const received = (name: string, o: FileOutcome) => {
      if (o.cached) cached++;
      const dup = o.hash !== undefined ? seen.get(o.hash) : undefined;
      if (dup !== undefined) return reject({ file: name, reason: `duplicate of ${dup} (same content)` });
      if (o.hash !== undefined) seen.set(o.hash, name);
      recorder?.hash(name, o.hash);
      if (o.result.ok) {
        recorder?.article(name, o.result.digest);
        deliver(locate(o.result.digest, store.fileOf(o.mentionsIn!)));
      }
      else reject({ ...o.result.skipped, file: name });
    };
    const reject = (s: SkippedFile) => {
      skipped.push(s);
      deliver(null);
    };
    // outcomes are received in file order (duplicates: the first in order wins, as without workers)
    const outcomes = new Map<number, { name: string; outcome: FileOutcome }>();
    let nextOutcome = 0;
    const arrived = (index: number, name: string, outcome: FileOutcome) => {
      outcomes.set(index, { name, outcome });
      while (outcomes.has(nextOutcome)) {
        const o = outcomes.get(nextOutcome)!;
        outcomes.delete(nextOutcome);
        received(o.name, o.outcome);
        nextOutcome++;
      }
    };
    // at most a few files per worker in flight, and a bounded backlog: the folder is streamed, not read at once
    const inFlight = new Set<Promise<void>>();
    const limit = Math.max(1, threads * 8);
    for (const [index, name] of files.entries()) {
      recorder?.file(name, stampOf(join(inDir, name)), metaOf(name));
      const refused = refuse(name, ids);
      if (refused) {
        arrived(index, name, { result: { ok: false, skipped: refused }, cached: false });
        continue;
      }
      const job: FileJob = { name, path: join(inDir, name), meta: metaOf(name) };
      if (threads === 0) {
        arrived(index, name, processHere(job));
        continue;
      }
      const found = lookupHere(job);
      if (!("miss" in found)) {
        arrived(index, name, found);
        continue;
      }
      if (missesHere < MISSES_HERE) {
        missesHere++;
        arrived(index, name, processHere({ ...job, read: found.miss }));
        continue;
      }
      const task = poolOf().process({ ...job, read: found.miss }).then(
        (outcome) => arrived(index, name, outcome),
        (e: Error) => arrived(index, name, { result: { ok: false, skipped: { file: name, reason: `failed in the pipeline: ${e.message}` } }, cached: false }),
      );
      inFlight.add(task);
      task.finally(() => inFlight.delete(task));
      while (inFlight.size >= limit || (inFlight.size > 0 && outcomes.size > 1000)) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
    await (pool as AnalysisPool | null)?.close();

    const present = new Set(files);
    const unused = [...meta.entries.keys()].filter((f) => !present.has(f));
    const warnings = [...meta.warnings, ...unused.map((f) => `METADATA.json: ${f} has no file in the folder`)];
    const t1 = performance.now();
    let t2 = t1;
    // the corpus lives in this function only: the snapshot made from it is written once it is gone (below)
    const writeOutputs = async () => {
      const { lastChunk, corpus } = assembler.finish(skipped, warnings);
      t2 = performance.now();
      // a large corpus's build peaks while it writes: what the analysis left is collected first
      if (files.length >= FULL_GC_MIN) collectGarbage();
      if (lastChunk) out.put(lastChunk.path, lastChunk.json);
      // a large corpus's event chunks are written on another thread meanwhile (every mention read back once)
      const chunksAside = (chunkWriter ?? (corpus.events.length >= CHUNK_THREAD_MIN ? "thread" : "here")) === "thread";
      if (chunksAside) aside = writeChunksAside(corpus, store.places(), out.folder, bundleDir, version);
      writeGraphFiles(corpus, store.json, out.open, {
        chunksElsewhere: chunksAside,
        ...(recorder ? { onEventBytes: recorder.eventBytes } : {}),
        // (the rows' garbage would pile up by some 300 MB at 50,000 articles before V8 collected it on its own)
        ...(files.length >= FULL_GC_MIN ? { onPause: collectGarbage } : {}),
      });
      rows.close();
      const report = corpus.report;
      writeReport(
        report,
        (emit) => forEachLine(out.scratch("report-rows.jsonl"), (line) => emit(formatReportRow(JSON.parse(line)))),
        rowCount,
        out.open("build-report.json"),
        recorder ? { row: recorder.reportRow, run: () => undefined } : undefined,
      );
      await aside;
      hereScratch?.close();
      cache?.close();
      store.close();
      out.commit();
      let snapshot: BuildSnapshot | null = null;
      if (recorder && cacheDir) {
        try {
          snapshot = recorder.finish(corpus, store.places(), warnings.length);
        } catch (e) {
          log(`rabt: warning: no snapshot for the next build (${(e as Error).message})`);
        }
      }
      return { report, snapshot };
    };
    const { report, snapshot } = await writeOutputs();
    if (snapshot && cacheDir) {
      try {
        // (at 50,000 articles the corpus, some 500 MB, is collected before the snapshot is serialised: the build's
        // last peak of memory)
        if (files.length >= FULL_GC_MIN) collectGarbage();
        writeSnapshot(cacheDir, snapshot);
      } catch (e) {
        log(`rabt: warning: no snapshot for the next build (${(e as Error).message})`);
      }
    }
    onPhases?.({ analyse_ms: t1 - t0, assemble_ms: t2 - t1, write_ms: performance.now() - t2 });

    const ms = Math.round(performance.now() - t0);
    log(
      `rabt: ${report.articles} articles read, ${report.skipped.length} skipped, ${report.counts.actors} actors, ` +
        `${report.counts.events} events, ${report.counts.relations} relations → ${outDir} (${ms} ms` +
        `${pool ? `, ${threads} workers` : ""}${cached ? `, ${cached} from the cache` : ""})`,
    );
    for (const s of report.skipped) log(`  skipped ${s.file}: ${s.reason}`);
    for (const w of report.warnings.slice(0, 20)) log(`  warning: ${w}`);
    if (report.warnings.length > 20) log(`  … ${report.warnings.length - 20} more warnings in build-report.json`);
    const { perArticle: _rows, ...summary } = report;
    return summary;
  } catch (e) {
    // the chunk writer writes into the folder about to be thrown away: let it stop first
    await (aside as Promise<void> | null)?.catch(() => undefined);
    await (pool as AnalysisPool | null)?.close();
    hereScratch?.close();
    cache?.close();
    store.close();
    out.abort();
    throw e;
  }
}

/** Why a file is not even read: not an article file, or an article id another file already has. */
function refuse(name: string, ids: Map<string, string>): SkippedFile | null {
  if (!isArticleFile(name)) return { file: name, reason: "not an article file (.txt, .md or .html)" };
  const id = articleIdOf(name);
  const sameId = ids.get(id);
  if (sameId) return { file: name, reason: `same article id «${id}» as ${sameId} (the names differ only in extension or folder separators)` };
  ids.set(id, name);
  return null;
}

export { recoverInterruptedWrite, writeAtomically } from "./lib/output.ts";

async function main() {
  const { values } = parseArgs({
    options: {
      in: { type: "string", default: "seeds" },
      out: { type: "string", default: "public/data" },
      quiet: { type: "boolean" },
      workers: { type: "string" },
      cache: { type: "string", default: ".cache/rabt" },
      "no-cache": { type: "boolean" },
    },
  });
  try {
    await buildData({
      inDir: values.in!,
      outDir: values.out!,
      quiet: values.quiet,
      ...(values.workers !== undefined ? { workers: Number(values.workers) } : {}),
      cacheDir: values["no-cache"] ? false : values.cache!,
    });
  } catch (e) {
    process.stderr.write(`rabt: build failed: ${(e as Error).message}\n`);
    process.exit(1);
  }
}

if (isEntry("build-data.ts")) main();
