/** Worker thread: analyses the articles it is sent with its own gazetteer and analyser. */
import { parentPort } from "node:worker_threads";
import { createArticleAnalyser } from "../pipeline/build.ts";
import type { MetadataEntry } from "../pipeline/metadata.ts";

const analyse = createArticleAnalyser();

parentPort!.on("message", (msg: { id: number; name: string; bytes: Uint8Array; meta: MetadataEntry | undefined }) => {
  try {
    const result = analyse({ name: msg.name, bytes: msg.bytes }, msg.meta);
    parentPort!.postMessage({ id: msg.id, result });
  } catch (e) {
    parentPort!.postMessage({ id: msg.id, error: (e as Error).message });
  }
});
