/**
 * Incremental cache of per-article analyses: keyed by the article's content hash, its metadata
 * and the pipeline's own source (any change to a stage or a lexicon invalidates everything), so
 * a rebuild after one changed article analyses that article only.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
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
  // the entries there are, listed once: a miss then costs no failed open (a thrown error each)
  const known = new Set<string>();
  const folders = new Set<string>();
  if (existsSync(root)) {
    for (const sub of readdirSync(root)) {
      folders.add(sub);
      for (const f of readdirSync(join(root, sub))) if (f.endsWith(".v8")) known.add(f.slice(0, -3));
    }
  }
  return {
    keyOf: (contentHash, meta) => createHash("sha256").update(`${contentHash}\n${JSON.stringify(meta ?? null)}`).digest("hex"),
    get(key) {
      if (!known.has(key)) return undefined;
      try {
        // V8's structured-clone format: read back faster than JSON, same values
        return deserialize(readFileSync(path(key))) as DigestResult;
      } catch {
        return undefined;
      }
    },
    set(key, value) {
      const p = path(key);
      if (!folders.has(key.slice(0, 2))) {
        mkdirSync(dirname(p), { recursive: true });
        folders.add(key.slice(0, 2));
      }
      // temporary file then rename: a killed build never leaves half an entry
      const tmp = `${p}.${process.pid}.tmp`;
      writeFileSync(tmp, serialize(value));
      renameSync(tmp, p);
      known.add(key);
    },
  };
}
