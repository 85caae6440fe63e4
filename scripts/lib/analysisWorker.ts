/**
 * Worker thread: analyses the articles it is sent with its own gazetteer and analyser. Runs from
 * an esbuild bundle (see `workerBundle` in analysisPool.ts), so it is told where the persons
 * lexicon is instead of finding it next to its own file.
 */
import { parentPort, workerData } from "node:worker_threads";
import { createArticleAnalyser } from "../pipeline/build.ts";
import { loadGazetteer } from "../pipeline/gazetteer.ts";
import type { MetadataEntry } from "../pipeline/metadata.ts";

const { personsPath } = workerData as { personsPath: string };
const analyse = createArticleAnalyser(loadGazetteer(personsPath));

parentPort!.on("message", (msg: { id: number; name: string; bytes: Uint8Array; meta: MetadataEntry | undefined }) => {
  try {
    const result = analyse({ name: msg.name, bytes: msg.bytes }, msg.meta);
    parentPort!.postMessage({ id: msg.id, result });
  } catch (e) {
    parentPort!.postMessage({ id: msg.id, error: (e as Error).message });
  }
});
