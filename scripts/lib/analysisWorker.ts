/**
 * Worker thread: reads, hashes, looks up and analyses the files it is sent, with its own
 * gazetteer, analyser and handle on the incremental cache. Runs from an esbuild bundle (see
 * `workerBundle` in analysisPool.ts), so it is told where the persons lexicon is instead of
 * finding it next to its own file.
 */
import { parentPort, workerData } from "node:worker_threads";
import { createArticleAnalyser } from "../pipeline/build.ts";
import { loadGazetteer } from "../pipeline/gazetteer.ts";
import { createAnalysisCache } from "./analysisCache.ts";
import { createFileProcessor, type FileJob } from "./articleJob.ts";
import { createMentionSpill } from "./mentionStore.ts";

const { personsPath, cacheDir, version, spillPath, spillFile } = workerData as {
  personsPath: string;
  cacheDir: string | false;
  version: string;
  spillPath: string;
  spillFile: number;
};
const spill = createMentionSpill(spillPath, spillFile);
// the gazetteer is built on the first file the cache does not have: a cached rebuild never needs it
let analyser: ReturnType<typeof createArticleAnalyser> | undefined;
const cache = cacheDir ? createAnalysisCache(cacheDir, version) : null;
const processFile = createFileProcessor(
  (file, meta) => {
    analyser ??= createArticleAnalyser(loadGazetteer(personsPath));
    return analyser(file, meta);
  },
  cache,
  spill,
);

parentPort!.on("message", (msg: { id: number; job: FileJob } | { close: true }) => {
  if ("close" in msg) {
    // the spill file's descriptor belongs to the process, not to this thread: close it, then leave
    spill.close();
    cache?.close();
    parentPort!.close();
    return;
  }
  try {
    // as JSON text: one flat string crosses to the main thread far cheaper than a structured clone of the object
    parentPort!.postMessage({ id: msg.id, outcome: JSON.stringify(processFile(msg.job)) });
  } catch (e) {
    parentPort!.postMessage({ id: msg.id, error: (e as Error).message });
  }
});
