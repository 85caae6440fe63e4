/**
 * Worker thread: writes a large corpus's event chunks and leads chunks (`writeEventChunks`) while
 * the main thread writes the index and the events CSV. Every mention is read back once from where
 * it was set aside (the cache packs or the build's scratch files), so on a corpus of hundreds of
 * thousands of events this halves the build's last, single-threaded phase. Runs from an esbuild
 * bundle, like the analysis workers (see `workerBundle`).
 */
import { join } from "node:path";
import { parentPort, workerData } from "node:worker_threads";
import { writeEventChunks } from "../pipeline/split.ts";
import type { ChunkJob } from "./chunkWriter.ts";
import { createSpillReader } from "./mentionStore.ts";
import { openStream } from "./output.ts";

const { folder, parts, ids, refs, firsts, places } = workerData as ChunkJob;
const reader = createSpillReader(places);
try {
  writeEventChunks(
    parts,
    ids,
    (i) => {
      const texts: string[] = [];
      for (let k = firsts[i]!; k < firsts[i + 1]!; k++) texts.push(reader.json(refs[k]!));
      return texts;
    },
    (path) => openStream(join(folder, path)),
  );
  parentPort!.postMessage({ ok: true });
} catch (e) {
  parentPort!.postMessage({ ok: false, error: (e as Error).message });
} finally {
  reader.close();
}
