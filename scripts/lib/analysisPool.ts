/**
 * Runs the per-article analysis on worker threads (one per core, at most `size`), keeping at most
 * a few articles in flight per worker so the input is streamed, not held in memory at once.
 * Results come back in any order; the caller keys them by index.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { ArticleResult } from "../pipeline/build.ts";
import type { MetadataEntry } from "../pipeline/metadata.ts";

export interface AnalysisJob {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly meta: MetadataEntry | undefined;
}

export interface AnalysisPool {
  analyse(job: AnalysisJob): Promise<ArticleResult>;
  close(): Promise<void>;
}

/** How many workers to use: the cores, at most 4 (the gazetteer is loaded once per worker). */
export function defaultWorkerCount(): number {
  return Math.max(1, Math.min(4, availableParallelism()));
}

export function createAnalysisPool(size = defaultWorkerCount()): AnalysisPool {
  const workers = Array.from({ length: size }, () => new Worker(new URL("./analysisWorker.mjs", import.meta.url)));
  const pending = new Map<number, { resolve: (r: ArticleResult) => void; reject: (e: Error) => void; worker: number }>();
  const load = new Array<number>(size).fill(0);
  let next = 0;
  workers.forEach((w, i) => {
    w.on("message", (msg: { id: number; result?: ArticleResult; error?: string }) => {
      const p = pending.get(msg.id);
      if (!p) return;
      pending.delete(msg.id);
      load[i]!--;
      if (msg.error !== undefined) p.reject(new Error(msg.error));
      else p.resolve(msg.result!);
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
    analyse(job) {
      // the least loaded worker takes the job
      const i = load.indexOf(Math.min(...load));
      load[i]!++;
      const id = next++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject, worker: i });
        workers[i]!.postMessage({ id, name: job.name, bytes: job.bytes, meta: job.meta });
      });
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
