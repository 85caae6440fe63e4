/**
 * Incremental cache of per-article analyses: keyed by the article's content hash, its metadata
 * and the pipeline's own source (any change to a stage or a lexicon invalidates everything), so
 * a rebuild after one changed article analyses that article only.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { deserialize, serialize } from "node:v8";
import type { DigestResult } from "../pipeline/build.ts";
import type { MetadataEntry } from "../pipeline/metadata.ts";

const ROOT = resolve(dirname(new URL(import.meta.url).pathname), "../..");
/** Everything an analysis depends on: the stages, lexicons, contract, worker, and the locked dependencies. */
const SOURCES = ["scripts/pipeline", "scripts/lexicon", "src/text", "src/contract", "scripts/lib/analysisWorker.ts", "package-lock.json"];

/** A hash of the pipeline's source files: the cache's version. */
export function pipelineVersion(): string {
  const h = createHash("sha256");
  const walk = (p: string) => {
    if (statSync(p).isDirectory()) for (const name of readdirSync(p).sort()) walk(join(p, name));
    else if (!/\.test\.ts$/.test(p)) h.update(relative(ROOT, p)).update(readFileSync(p));
  };
  for (const s of SOURCES) walk(join(ROOT, s));
  return h.digest("hex").slice(0, 16);
}

export interface AnalysisCache {
  keyOf(contentHash: string, meta: MetadataEntry | undefined): string;
  get(key: string): DigestResult | undefined;
  set(key: string, value: DigestResult): void;
}

export function createAnalysisCache(dir: string, version: string): AnalysisCache {
  const root = join(dir, version);
  const path = (key: string) => join(root, key.slice(0, 2), `${key}.v8`);
  return {
    keyOf: (contentHash, meta) => createHash("sha256").update(`${contentHash}\n${JSON.stringify(meta ?? null)}`).digest("hex"),
    get(key) {
      try {
        // V8's structured-clone format: read back faster than JSON, same values
        return deserialize(readFileSync(path(key))) as DigestResult;
      } catch {
        return undefined;
      }
    },
    set(key, value) {
      const p = path(key);
      mkdirSync(dirname(p), { recursive: true });
      // temporary file then rename: a killed build never leaves half an entry
      const tmp = `${p}.${process.pid}.tmp`;
      writeFileSync(tmp, serialize(value));
      renameSync(tmp, p);
    },
  };
}
