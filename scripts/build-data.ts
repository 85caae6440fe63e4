/**
 * `npm run build:data -- --in DIR --out DIR`: reads every article of a folder, runs the pipeline
 * and writes graph.json, build-report.json and the CSV exports — atomically (a temporary folder,
 * then a rename: never a half-written output) and deterministically (same input, same bytes).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { createAnalysisCache, pipelineVersion } from "./lib/analysisCache.ts";
import { type AnalysisPool, createAnalysisPool, defaultWorkerCount, workerBundle } from "./lib/analysisPool.ts";
import {
  type ArticleAnalysis,
  type ArticleResult,
  assembleGraph,
  type BuildReport,
  contentHash,
  createArticleAnalyser,
  isArticleFile,
  type SkippedFile,
} from "./pipeline/build.ts";
import { actorsCsv, eventsCsv, relationsCsv } from "./pipeline/export.ts";
import { loadGazetteer } from "./pipeline/gazetteer.ts";
import { type MetadataEntry, parseMetadata } from "./pipeline/metadata.ts";
import { MAX_FILE_BYTES } from "./pipeline/read.ts";
import { splitGraph } from "./pipeline/split.ts";

/** Lists article files below `dir`, sorted, relative to it. */
function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      if (name.startsWith(".") || name === "node_modules") continue;
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
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
  /** Worker threads for the per-article stages; 0 analyses in this thread. Default: one per core (≤ 4) for ≥ 200 files. */
  readonly workers?: number;
  /** Folder of the incremental cache (one analysis per article content hash); `false` for none. */
  readonly cacheDir?: string | false;
}

/** Runs the build; returns the report. Throws on unusable arguments. */
export async function buildData({ inDir, outDir, quiet, workers, cacheDir = ".cache/rabt" }: BuildDataOptions): Promise<BuildReport> {
  const log = (s: string) => quiet || process.stderr.write(`${s}\n`);
  if (!existsSync(inDir) || !statSync(inDir).isDirectory()) throw new Error(`input folder not found: ${inDir}`);
  const t0 = performance.now();
  const metaPath = join(inDir, "METADATA.json");
  const meta = parseMetadata(existsSync(metaPath) ? readFileSync(metaPath, "utf8") : null);
  const gazetteer = loadGazetteer();
  const files = listFiles(inDir).filter((f) => basename(f) !== "METADATA.json" && !f.startsWith("gold/"));
  const threads = workers ?? (files.length >= 200 ? defaultWorkerCount() : 0);
  const version = pipelineVersion();
  // workers start on the first article the cache does not have (a cached rebuild needs none)
  let pool: AnalysisPool | null = null;
  let workersUsed = 0;
  const poolOf = () => {
    if (!pool) {
      pool = createAnalysisPool(workerBundle(cacheDir ? cacheDir : join(tmpdir(), "rabt-worker"), version), threads);
      workersUsed = threads;
    }
    return pool;
  };
  const closePool = async () => pool?.close();
  const analyseHere = threads > 0 ? null : createArticleAnalyser(gazetteer);
  const cache = cacheDir ? createAnalysisCache(cacheDir, version) : null;

  const analyses: (ArticleAnalysis | undefined)[] = [];
  const skipped: SkippedFile[] = [];
  const seen = new Map<string, string>();
  let done = 0;
  let cached = 0;
  let lastProgress = performance.now();
  const progress = () => {
    done++;
    if (performance.now() - lastProgress > 1000) {
      lastProgress = performance.now();
      log(`  ${done}/${files.length} files, ${analyses.filter(Boolean).length} articles (${cached} from the cache)`);
    }
  };
  // at most a few articles per worker in flight: the folder is streamed, not read at once
  const inFlight = new Set<Promise<void>>();
  const limit = Math.max(1, threads * 4);
  for (const [index, name] of files.entries()) {
    const job = readJob(inDir, name, meta.entries, seen);
    if ("reason" in job) {
      skipped.push(job);
      progress();
      continue;
    }
    const key = cache?.keyOf(job.hash, job.meta);
    const hit = key ? cache!.get(key) : undefined;
    if (hit) {
      cached++;
      collect(index, name, hit);
      continue;
    }
    const task = (async () => {
      try {
        const result = threads > 0 ? await poolOf().analyse(job) : analyseHere!({ name, bytes: job.bytes }, job.meta);
        if (key && result) cache!.set(key, result);
        collect(index, name, result);
      } catch (e) {
        skipped.push({ file: name, reason: `failed in the pipeline: ${(e as Error).message}` });
        progress();
      }
    })();
    inFlight.add(task);
    task.finally(() => inFlight.delete(task));
    if (inFlight.size >= limit) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  await closePool();

  function collect(index: number, name: string, result: ArticleResult) {
    if (result.ok) analyses[index] = result.analysis;
    else skipped.push({ ...result.skipped, file: name });
    progress();
  }

  const present = new Set(files);
  const unused = [...meta.entries.keys()].filter((f) => !present.has(f));
  const warnings = [...meta.warnings, ...unused.map((f) => `METADATA.json: ${f} has no file in the folder`)];
  const { graph, report } = assembleGraph(analyses.filter((a): a is ArticleAnalysis => !!a), skipped, gazetteer, warnings);

  // one file at a time: each string can go before the next is made (memory on large corpora)
  writeAtomically(outDir, (put) => {
    const { index, chunks } = splitGraph(graph);
    put("graph.json", `${JSON.stringify(index)}\n`);
    for (const [path, chunk] of Object.entries(chunks)) put(path, `${JSON.stringify(chunk)}\n`);
    put("actors.csv", actorsCsv(graph));
    put("events.csv", eventsCsv(graph));
    put("relations.csv", relationsCsv(graph));
    put("build-report.json", `${JSON.stringify(report, null, 2)}\n`);
  });
  const ms = Math.round(performance.now() - t0);
  log(
    `rabt: ${report.articles} articles read, ${report.skipped.length} skipped, ${report.counts.actors} actors, ` +
      `${report.counts.events} events, ${report.counts.relations} relations → ${outDir} (${ms} ms` +
      `${workersUsed ? `, ${workersUsed} workers` : ""}${cached ? `, ${cached} from the cache` : ""})`,
  );
  for (const s of report.skipped) log(`  skipped ${s.file}: ${s.reason}`);
  for (const w of report.warnings.slice(0, 20)) log(`  warning: ${w}`);
  if (report.warnings.length > 20) log(`  … ${report.warnings.length - 20} more warnings in build-report.json`);
  return report;
}

type Job = { name: string; bytes: Uint8Array; hash: string; meta: MetadataEntry | undefined };

/** Reads one file for analysis, or says why it is skipped (not an article, too large, unreadable, a duplicate). */
function readJob(inDir: string, name: string, entries: ReadonlyMap<string, MetadataEntry>, seen: Map<string, string>): Job | SkippedFile {
  if (!isArticleFile(name)) return { file: name, reason: "not an article file (.txt, .md or .html)" };
  let bytes: Uint8Array;
  try {
    const size = statSync(join(inDir, name)).size;
    if (size > MAX_FILE_BYTES) return { file: name, reason: `file too large (${size} bytes, limit ${MAX_FILE_BYTES})` };
    bytes = readFileSync(join(inDir, name));
  } catch (e) {
    return { file: name, reason: `cannot be read: ${(e as Error).message}` };
  }
  const hash = contentHash(bytes);
  const dup = seen.get(hash);
  if (dup) return { file: name, reason: `duplicate of ${dup} (same content)` };
  seen.set(hash, name);
  return { name, bytes, hash, meta: entries.get(name) ?? entries.get(basename(name)) };
}

/**
 * Writes every file into a sibling temporary folder, then swaps it in with renames. `files` is a
 * record of paths and contents, or a function that puts them one by one.
 */
export function writeAtomically(
  outDir: string,
  files: Readonly<Record<string, string>> | ((put: (path: string, content: string) => void) => void),
): void {
  const target = resolve(outDir);
  mkdirSync(dirname(target), { recursive: true });
  recoverInterruptedWrite(target);
  const tmp = `${target}.tmp-${process.pid}`;
  const old = `${target}.old-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  const put = (name: string, content: string) => {
    mkdirSync(dirname(join(tmp, name)), { recursive: true });
    writeFileSync(join(tmp, name), content);
  };
  if (typeof files === "function") files(put);
  else for (const [name, content] of Object.entries(files)) put(name, content);
  if (existsSync(target)) renameSync(target, old);
  renameSync(tmp, target);
  rmSync(old, { recursive: true, force: true });
}

/**
 * Cleans up after a build that was killed while writing: its temporary folder goes (it would
 * otherwise be copied into the site), and if it died between its two renames, the previous
 * output is put back.
 */
export function recoverInterruptedWrite(target: string): void {
  const dir = dirname(target);
  const name = basename(target);
  const leftovers = readdirSync(dir).filter((f) => f.startsWith(`${name}.tmp-`) || f.startsWith(`${name}.old-`));
  for (const f of leftovers.sort()) {
    const pid = Number(f.slice(f.lastIndexOf("-") + 1));
    if (pid === process.pid || isAlive(pid)) continue;
    const path = join(dir, f);
    if (f.startsWith(`${name}.old-`) && !existsSync(target)) renameSync(path, target);
    else rmSync(path, { recursive: true, force: true });
  }
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

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

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith("build-data.ts")) main();
