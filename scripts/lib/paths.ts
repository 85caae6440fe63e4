/**
 * Where the build's own files are. Every path is found from this module's folder, which is one
 * folder below `scripts/` both when the module runs as TypeScript (`scripts/lib`) and when it runs
 * inside a bundle made by `scripts/run.mjs` (`scripts/.bundle`): so no other module needs to
 * resolve a path against its own `import.meta.url`, which a bundle would change.
 */
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The `scripts/` folder. */
export const SCRIPTS = fileURLToPath(new URL("..", import.meta.url)).replace(/[\\/]$/, "");
/** The repository's root. */
export const ROOT = dirname(SCRIPTS);
/** The persons lexicon, read at run time (see gazetteer.ts). */
export const PERSONS_PATH = join(SCRIPTS, "lexicon", "persons.json");
/** The analysis workers' source (bundled by `workerBundle`). */
export const ANALYSIS_WORKER_SOURCE = join(SCRIPTS, "lib", "analysisWorker.ts");
/** The chunk writer's thread's source. */
export const CHUNK_WORKER_SOURCE = join(SCRIPTS, "lib", "chunkWorker.ts");

/**
 * Whether `scripts/<script>` is the file Node was started with (tsx's or scripts/run.mjs's, which
 * both leave the TypeScript source in `process.argv[1]`). Not `import.meta.url`: inside a bundle,
 * every module shares the bundle's.
 */
export function isEntry(script: string): boolean {
  return process.argv[1] !== undefined && resolve(process.argv[1]) === join(SCRIPTS, script);
}
