/**
 * Mentions on disk between analysis and writing. Whoever analyses an article (a worker thread, or
 * the main thread for small folders) appends its mentions as JSON lines to a file of its own and
 * passes on only where they are; the main thread registers those places (`createSpillStore`) and
 * reads a mention back when an output needs it. A large corpus's evidence sentences thus never sit
 * in the main thread's heap, nor cross a thread boundary.
 *
 * With the incremental cache, that file is the writer's cache pack (see analysisCache.ts): the
 * mentions are written once, and a later build reads a cached article's mentions from the pack
 * where they already are instead of copying them again. Without it, a scratch file of the build.
 */
import { closeSync, openSync, readSync, writeSync } from "node:fs";
import { type Mention, MentionSchema } from "../../src/contract/schema.ts";
import type { MentionStore } from "../pipeline/assemble.ts";
import type { ArticleDigest } from "../pipeline/digest.ts";

/** Where a writer set a mention aside in its file: byte offset, byte length (without the newline). */
export type MentionPlace = readonly [offset: number, length: number];

/** Where the main thread finds a mention: file number (see `SpillStore.fileOf`), byte offset, byte length. */
export type SpillRef = readonly [file: number, offset: number, length: number];

/** An append-only file. */
export interface Appender {
  /** The file's path (opening it first if it is opened lazily). */
  path(): string;
  /** Writes `bytes` at the end; returns the offset they start at. */
  append(bytes: Buffer): number;
}

/** A scratch file of this build, created (emptied) now. */
export function createAppender(path: string): Appender & { close(): void } {
  const fd = openSync(path, "w");
  let end = 0;
  return {
    path: () => path,
    append(bytes) {
      const at = end;
      if (bytes.length > 0) writeSync(fd, bytes, 0, bytes.length, at);
      end += bytes.length;
      return at;
    },
    close: () => closeSync(fd),
  };
}

export interface MentionSpill {
  /**
   * Writes an article's mentions (one write) and returns the digest with their places instead.
   * Each mention is checked against the contract first: the main thread copies the JSON text into
   * the event chunks as it is.
   */
  spill(digest: ArticleDigest): ArticleDigest<MentionPlace>;
  /** The file the places are in. */
  path(): string;
}

export function createMentionSpill(file: Appender): MentionSpill {
  return {
    path: () => file.path(),
    spill(digest) {
      const parts: Buffer[] = [];
      const lengths: number[] = [];
      let size = 0;
      for (const e of digest.events) {
        const parsed = MentionSchema.safeParse(e.mention);
        if (!parsed.success) throw new Error(`a mention in ${e.articleId} does not match the data contract: ${parsed.error.issues[0]?.message}`);
        const bytes = Buffer.from(`${JSON.stringify(e.mention)}\n`, "utf8");
        parts.push(bytes);
        lengths.push(bytes.length);
        size += bytes.length;
      }
      let at = size > 0 ? file.append(Buffer.concat(parts, size)) : 0;
      const events = digest.events.map((e, i) => {
        const place: MentionPlace = [at, lengths[i]! - 1];
        at += lengths[i]!;
        return { ...e, mention: place };
      });
      return { ...digest, events };
    },
  };
}

export interface SpillStore extends MentionStore<SpillRef, number> {
  /** The number of the file at `path`, registered on first sight. */
  fileOf(path: string): number;
  /** The mention's JSON text, as it was spilled. */
  json(ref: number): string;
  /** Where every mention so far is, as plain arrays: for a thread of its own to read them (`createSpillReader`). */
  places(): SpillPlaces;
  close(): void;
}

/** The places of a store's mentions by reference: file path, byte offset, byte length. */
export interface SpillPlaces {
  readonly paths: readonly string[];
  readonly files: Uint32Array;
  readonly offsets: Float64Array;
  readonly lengths: Uint32Array;
}

/** Reads mentions back by reference from a store's places (the chunk writer's thread). */
export function createSpillReader({ paths, files, offsets, lengths }: SpillPlaces): { json(ref: number): string; close(): void } {
  const fds: number[] = [];
  let buffer = Buffer.alloc(1 << 16);
  return {
    json(ref) {
      if (!(ref >= 0 && ref < offsets.length)) throw new Error(`no mention ${ref} in the store`);
      const length = lengths[ref]!;
      if (buffer.length < length) buffer = Buffer.alloc(length * 2);
      const file = files[ref]!;
      fds[file] ??= openSync(paths[file]!, "r");
      const read = readSync(fds[file]!, buffer, 0, length, offsets[ref]!);
      if (read !== length) throw new Error(`mention ${ref}: ${read} of ${length} bytes in ${paths[file]}`);
      return buffer.toString("utf8", 0, length);
    },
    close() {
      for (const f of fds) if (f !== undefined) closeSync(f);
    },
  };
}

/** A digest whose mention places are in the file numbered `file`: the main thread's references. */
export function locate(digest: ArticleDigest<MentionPlace>, file: number): ArticleDigest<SpillRef> {
  return { ...digest, events: digest.events.map((e) => ({ ...e, mention: [file, e.mention[0], e.mention[1]] as const })) };
}

/** The main thread's side: spill places in, compact numeric references out, mentions back on demand. */
export function createSpillStore(): SpillStore {
  const paths: string[] = [];
  const numbers = new Map<string, number>();
  let files = new Uint32Array(1 << 16);
  let offsets = new Float64Array(1 << 16);
  let lengths = new Uint32Array(1 << 16);
  let count = 0;
  let reader: ReturnType<typeof createSpillReader> | undefined;
  let readable = -1;
  const grow = () => {
    const f = new Uint32Array(count * 2);
    f.set(files);
    files = f;
    const o = new Float64Array(count * 2);
    o.set(offsets);
    offsets = o;
    const l = new Uint32Array(count * 2);
    l.set(lengths);
    lengths = l;
  };
  const places = (): SpillPlaces => ({ paths: [...paths], files: files.slice(0, count), offsets: offsets.slice(0, count), lengths: lengths.slice(0, count) });
  // the reader sees the places as they were when it was made: made again after more were put
  function json(ref: number): string {
    if (readable !== count) {
      reader?.close();
      reader = createSpillReader({ paths, files: files.subarray(0, count), offsets: offsets.subarray(0, count), lengths: lengths.subarray(0, count) });
      readable = count;
    }
    return reader!.json(ref);
  }
  return {
    fileOf(path) {
      let n = numbers.get(path);
      if (n === undefined) {
        n = paths.push(path) - 1;
        numbers.set(path, n);
      }
      return n;
    },
    put([file, offset, length]) {
      if (!(file < paths.length)) throw new Error(`mention in unregistered file ${file}`);
      if (count === offsets.length) grow();
      files[count] = file;
      offsets[count] = offset;
      lengths[count] = length;
      return count++;
    },
    json,
    get: (ref) => JSON.parse(json(ref)) as Mention,
    places,
    close() {
      reader?.close();
    },
  };
}
