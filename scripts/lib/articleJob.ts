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
import type { MentionPlace, MentionSpill } from "./mentionStore.ts";

export interface FileJob {
  /** File name relative to the input folder. */
  readonly name: string;
  readonly path: string;
  readonly meta: MetadataEntry | undefined;
  /** The file's bytes and content hash when the sender already read it and the cache lacked it. */
  readonly read?: { readonly bytes: Uint8Array; readonly hash: string };
}

export interface FileOutcome {
  /** Content hash (absent when the file could not be read): the build recognises duplicates by it. */
  readonly hash?: string;
  /** The digest with its mentions spilled (see mentionStore.ts), or why the file was skipped. */
  readonly result: DigestResult<MentionPlace>;
  /** The file the digest's mention places are in (a cache pack or a scratch file of the build). */
  readonly mentionsIn?: string;
  readonly cached: boolean;
}

/** A file read and hashed that the cache does not have: it needs analysing. */
export interface CacheMiss {
  readonly miss: { readonly bytes: Uint8Array; readonly hash: string };
}

/**
 * The cheap part of a file's job: size check, read, hash, cache lookup. Gives the outcome when
 * the file is skipped or cached, else the bytes to analyse — so a rebuild whose articles are all
 * cached never starts a worker.
 */
export function createFileLookup(cache: AnalysisCache | null): (job: FileJob) => FileOutcome | CacheMiss {
  return ({ name, path, meta }) => {
    let bytes: Uint8Array;
    try {
      // checked before reading: a huge file is never read into memory
      const size = statSync(path).size;
      if (size > MAX_FILE_BYTES) return skipped(name, `file too large (${size} bytes, limit ${MAX_FILE_BYTES})`);
      bytes = readFileSync(path);
    } catch (e) {
      return skipped(name, `cannot be read: ${(e as Error).message}`);
    }
    const hash = contentHash(bytes);
    const hit = cache?.get(cache.keyOf(hash, meta));
    // a cached article's mentions stay where they are, in the pack that holds its entry
    if (hit) return { hash, result: hit.result, mentionsIn: hit.mentionsIn, cached: true };
    return { miss: { bytes, hash } };
  };
}

/**
 * A whole file's job: lookup, then (on a miss) analysis, digest, spilled mentions, cache entry.
 * With a cache the mentions go to its pack (`cache.mentions`), so that the entry can point at
 * them; `scratch()` gives the spill for a build without one.
 */
export function createFileProcessor(
  analyse: ReturnType<typeof createArticleAnalyser>,
  cache: AnalysisCache | null,
  scratch: () => MentionSpill,
): (job: FileJob) => FileOutcome {
  const lookup = createFileLookup(cache);
  return (job) => {
    const found = job.read ? { miss: job.read } : lookup(job);
    if (!("miss" in found)) return found;
    const { bytes, hash } = found.miss;
    let result: DigestResult;
    try {
      result = toDigestResult(analyse({ name: job.name, bytes }, job.meta));
    } catch (e) {
      return { hash, ...skipped(job.name, `failed in the pipeline: ${(e as Error).message}`) };
    }
    // spilled (and so checked) before it is cached: a cache entry's mentions meet the contract
    const spill = cache ? cache.mentions : scratch();
    const spilled: DigestResult<MentionPlace> = result.ok ? { ok: true, digest: spill.spill(result.digest) } : result;
    cache?.set(cache.keyOf(hash, job.meta), spilled);
    return { hash, result: spilled, ...(result.ok ? { mentionsIn: spill.path() } : {}), cached: false };
  };
}

function skipped(file: string, reason: string): FileOutcome {
  return { result: { ok: false, skipped: { file, reason } }, cached: false };
}
