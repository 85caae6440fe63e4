/**
 * One input file, start to finish: size check, read, content hash, incremental cache, analysis,
 * digest. The same function runs on the worker threads (where the reading, hashing and cache
 * traffic then happen in parallel too) and in the main thread for small folders.
 */
import { readFileSync, statSync } from "node:fs";
import { contentHash, type createArticleAnalyser, type DigestResult, toDigestResult } from "../pipeline/build.ts";
import type { MetadataEntry } from "../pipeline/metadata.ts";
import { MAX_FILE_BYTES } from "../pipeline/read.ts";
import type { AnalysisCache } from "./analysisCache.ts";
import type { MentionSpill, SpillRef } from "./mentionStore.ts";

export interface FileJob {
  /** File name relative to the input folder. */
  readonly name: string;
  readonly path: string;
  readonly meta: MetadataEntry | undefined;
}

export interface FileOutcome {
  /** Content hash (absent when the file could not be read): the build recognises duplicates by it. */
  readonly hash?: string;
  /** The digest with its mentions spilled (see mentionStore.ts), or why the file was skipped. */
  readonly result: DigestResult<SpillRef>;
  readonly cached: boolean;
}

export function createFileProcessor(
  analyse: ReturnType<typeof createArticleAnalyser>,
  cache: AnalysisCache | null,
  spill: MentionSpill,
): (job: FileJob) => FileOutcome {
  const spilled = (r: DigestResult): DigestResult<SpillRef> => (r.ok ? { ok: true, digest: spill.spill(r.digest) } : r);
  return ({ name, path, meta }) => {
    const skip = (reason: string): FileOutcome => ({ result: { ok: false, skipped: { file: name, reason } }, cached: false });
    let bytes: Uint8Array;
    try {
      // checked before reading: a huge file is never read into memory
      const size = statSync(path).size;
      if (size > MAX_FILE_BYTES) return skip(`file too large (${size} bytes, limit ${MAX_FILE_BYTES})`);
      bytes = readFileSync(path);
    } catch (e) {
      return skip(`cannot be read: ${(e as Error).message}`);
    }
    const hash = contentHash(bytes);
    const key = cache?.keyOf(hash, meta);
    const hit = key ? cache!.get(key) : undefined;
    if (hit) return { hash, result: spilled(hit), cached: true };
    let result: DigestResult;
    try {
      result = toDigestResult(analyse({ name, bytes }, meta));
    } catch (e) {
      return { hash, ...skip(`failed in the pipeline: ${(e as Error).message}`) };
    }
    if (key) cache!.set(key, result);
    return { hash, result: spilled(result), cached: false };
  };
}
