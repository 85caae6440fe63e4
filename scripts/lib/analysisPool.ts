/**
 * Runs the per-article analysis on worker threads (one per core, at most `size`), keeping at most
 * a few articles in flight per worker so the input is streamed, not held in memory at once.
 * Results come back in any order; the caller keys them by index.
 */
import { once } from "node:events";
import { existsSync, mkdirSync, renameSync } from "node:fs";
import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { ANALYSIS_WORKER_SOURCE, PERSONS_PATH } from "./paths.ts";
import type { FileJob, FileOutcome } from "./articleJob.ts";

/**
 * A worker's code (by default the analysis worker's) as one plain JavaScript file in `dir`, built
 * once per pipeline version.
 * Workers do not inherit tsx's loader, and tsx compiles with `keepNames` (a `__name` call around
 * every inner function, a few per cent of the analysis); a bundle also starts faster than a
 * graph of TypeScript modules compiled on the fly.
 */
export function workerBundle(dir: string, version: string, source = ANALYSIS_WORKER_SOURCE, name = "analysis-worker"): string {
  const out = join(dir, `${name}-${version}.mjs`);
  if (existsSync(out)) return out;
  mkdirSync(dir, { recursive: true });
  const tmp = `${out}.${process.pid}.tmp.mjs`;
  // (esbuild loaded here, when a bundle is to be made: most builds find theirs made, and start faster without it)
  const { buildSync } = createRequire(import.meta.url)("esbuild") as typeof import("esbuild");
  buildSync({
    entryPoints: [source],
    outfile: tmp,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    logLevel: "error",
    // the CommonJS dependencies (iconv-lite, chardet) call require() on Node's own modules
    banner: { js: 'import { createRequire as __rabtRequire } from "node:module"; const require = __rabtRequire(import.meta.url);' },
  });
  renameSync(tmp, out);
  return out;
}

export interface AnalysisPool {
  process(job: FileJob): Promise<FileOutcome>;
  close(): Promise<void>;
}

/** How many workers to use: the cores, at most 4 (the gazetteer is loaded once per worker). */
export function defaultWorkerCount(): number {
  return Math.max(1, Math.min(4, availableParallelism()));
}

/**
 * From how many files a build uses workers when not told. Each worker loads its own code and
 * warms its own compiler (some 2–3 s of CPU), which pays off only on enough files: on a 2-core
 * machine, 1,000 articles took 6.2–6.7 s in the main thread against 7.6–8.1 s on two workers; at
 * 2,000 they were even (11.4–12.4 s against 11.5–11.7 s); at 3,000 the workers won (14.3–15.9 s
 * against 16.9–17.2 s). With four cores or more, where they pay off sooner, from 200 (not measured
 * here).
 */
export function workersFrom(): number {
  return availableParallelism() >= 4 ? 200 : 2000;
}

export interface PoolOptions {
  /** The worker code, from `workerBundle`. */
  readonly bundle: string;
  readonly size: number;
  /** The incremental cache's folder and version, or `false` for none. */
  readonly cacheDir: string | false;
  readonly version: string;
  /** Each worker's scratch file for mentions when there is no cache (see mentionStore.ts). */
  readonly spillPaths: readonly string[];
}

/** Starts `size` workers, each processing whole files (`createFileProcessor`). */
export function createAnalysisPool({ bundle, size, cacheDir, version, spillPaths }: PoolOptions): AnalysisPool {
  const workers = Array.from({ length: size }, (_, i) => new Worker(bundle, { workerData: { personsPath: PERSONS_PATH, cacheDir, version, spillPath: spillPaths[i] } }));
  const pending = new Map<number, { resolve: (r: FileOutcome) => void; reject: (e: Error) => void; worker: number }>();
  const load = new Array<number>(size).fill(0);
  let next = 0;
  workers.forEach((w, i) => {
    w.on("message", (msg: { id: number; outcome?: string; error?: string }) => {
      const p = pending.get(msg.id);
      if (!p) return;
      pending.delete(msg.id);
      load[i]!--;
      if (msg.error !== undefined) p.reject(new Error(msg.error));
      else p.resolve(JSON.parse(msg.outcome!) as FileOutcome);
    });
    w.on("error", (e) => {
      for (const [id, p] of pending) {
        if (p.worker === i) {
          pending.delete(id);
          p.reject(e);
        }
      }
    });
  });
  return {
    process(job) {
      // the least loaded worker takes the job
      const i = load.indexOf(Math.min(...load));
      load[i]!++;
      const id = next++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject, worker: i });
        workers[i]!.postMessage({ id, job });
      });
    },
    async close() {
      await Promise.all(
        workers.map((w) => {
          const exited = once(w, "exit");
          w.postMessage({ close: true });
          return exited;
        }),
      );
    },
  };
}
