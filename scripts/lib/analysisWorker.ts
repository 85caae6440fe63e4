/**
 * Worker thread: reads, hashes, looks up and analyses the files it is sent, with its own
 * gazetteer, analyser and handle on the incremental cache. Runs from an esbuild bundle (see
 * `workerBundle` in analysisPool.ts), so it is told where the persons lexicon is instead of
 * finding it next to its own file.
 */
import { parentPort, workerData } from "node:worker_threads";
import { createArticleAnalyser } from "../pipeline/build.ts";
import { cachedGazetteer, createAnalysisCache } from "./analysisCache.ts";
import { createFileProcessor, type FileJob } from "./articleJob.ts";
import { createAppender, createMentionSpill, type MentionSpill } from "./mentionStore.ts";

const { personsPath, cacheDir, version, spillPath } = workerData as {
  personsPath: string;
  cacheDir: string | false;
  version: string;
  /** This worker's scratch file for mentions when there is no cache (with one, they go to its pack). */
  spillPath: string;
};
let scratch: ReturnType<typeof createAppender> | undefined;
let spill: MentionSpill | undefined;
// the gazetteer is built on the first file the cache does not have: a cached rebuild never needs it
let analyser: ReturnType<typeof createArticleAnalyser> | undefined;
const cache = cacheDir ? createAnalysisCache(cacheDir, version) : null;
const processFile = createFileProcessor(
  (file, meta) => {
    analyser ??= createArticleAnalyser(cachedGazetteer(cacheDir, version, personsPath));
    return analyser(file, meta);
  },
  cache,
  () => {
    scratch ??= createAppender(spillPath);
    spill ??= createMentionSpill(scratch);
    return spill;
  },
);

parentPort!.on("message", (msg: { id: number; job: FileJob } | { close: true }) => {
  if ("close" in msg) {
    // the spill file's descriptor belongs to the process, not to this thread: close it, then leave
    scratch?.close();
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
