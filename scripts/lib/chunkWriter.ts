/**
 * The main thread's side of the chunk writer (scripts/lib/chunkWorker.ts): hands it the event
 * chunks to write — the events' ids and where each of their mentions is — and waits for it.
 */
import { Worker } from "node:worker_threads";
import type { Corpus } from "../pipeline/assemble.ts";
import { type EventChunkPart, eventChunkParts } from "../pipeline/split.ts";
import { workerBundle } from "./analysisPool.ts";
import { CHUNK_WORKER_SOURCE } from "./paths.ts";
import type { SpillPlaces } from "./mentionStore.ts";

/** What the chunk worker is given. */
export interface ChunkJob {
  /** The output's temporary folder (the chunk paths are relative to it). */
  readonly folder: string;
  readonly parts: readonly EventChunkPart[];
  readonly ids: readonly string[];
  /** Every event's mention references, event after event: event `i`'s are `refs[firsts[i] .. firsts[i + 1])`. */
  readonly refs: Uint32Array;
  readonly firsts: Uint32Array;
  readonly places: SpillPlaces;
}

/**
 * Starts writing `corpus`'s event and leads chunks into `folder` on a thread of its own; the
 * promise settles when they are all written (or with the worker's error). `bundleDir` and
 * `version` place its code (see `workerBundle`).
 */
export async function writeChunksAside(corpus: Corpus<number>, places: SpillPlaces, folder: string, bundleDir: string, version: string): Promise<void> {
  const events = corpus.events;
  const firsts = new Uint32Array(events.length + 1);
  let n = 0;
  events.forEach((e, i) => {
    firsts[i] = n;
    n += e.mentions.length;
  });
  firsts[events.length] = n;
  const refs = new Uint32Array(n);
  events.forEach((e, i) => {
    refs.set(e.mentions, firsts[i]);
  });
  const job: ChunkJob = { folder, parts: eventChunkParts(events), ids: events.map((e) => e.id), refs, firsts, places };
  const worker = new Worker(workerBundle(bundleDir, version, CHUNK_WORKER_SOURCE, "chunk-worker"), {
    workerData: job,
    // its garbage is short strings read and written at once: a small young generation holds it
    // (the process-wide --max-semi-space-size=32 would let it take ~100 MB at the build's peak)
    resourceLimits: { maxYoungGenerationSizeMb: 16 },
    transferList: [refs.buffer, firsts.buffer, places.files.buffer, places.offsets.buffer, places.lengths.buffer] as ArrayBuffer[],
  });
  // the first of: its reply, an error thrown in it, or its end without a reply
  const reply = await new Promise<{ ok: boolean; error?: string }>((resolve) => {
    worker.once("message", resolve);
    worker.once("error", (e) => resolve({ ok: false, error: e.message }));
    worker.once("exit", (code) => resolve({ ok: false, error: `the thread stopped (exit code ${code})` }));
  });
  await worker.terminate();
  if (!reply.ok) throw new Error(`writing the event chunks: ${reply.error}`);
}
