/**
 * Mentions on disk between analysis and writing. Whoever analyses an article (a worker thread, or
 * the main thread for small folders) appends its mentions as JSON lines to a scratch file of its
 * own (`createMentionSpill`) and passes on only where they are; the main thread registers those
 * places (`createSpillStore`) and reads a mention back when an output needs it. A large corpus's
 * evidence sentences thus never sit in the main thread's heap, nor cross a thread boundary.
 */
import { closeSync, openSync, readSync, writeSync } from "node:fs";
import { type Mention, MentionSchema } from "../../src/contract/schema.ts";
import type { MentionStore } from "../pipeline/assemble.ts";
import type { ArticleDigest } from "../pipeline/digest.ts";

/** Where a mention was spilled: file number, byte offset, byte length. */
export type SpillRef = readonly [file: number, offset: number, length: number];

export interface MentionSpill {
  /**
   * Writes an article's mentions (one write) and returns the digest with their places instead.
   * Each mention is checked against the contract first, unless `checked` says this digest's
   * mentions already were (a cache entry: the cache only takes digests whose spill succeeded).
   */
  spill(digest: ArticleDigest, checked?: boolean): ArticleDigest<SpillRef>;
  close(): void;
}

export function createMentionSpill(path: string, file: number): MentionSpill {
  const fd = openSync(path, "w");
  let end = 0;
  return {
    spill(digest, checked = false) {
      const parts: Buffer[] = [];
      let size = 0;
      const events = digest.events.map((e) => {
        // validated here, on the worker: the main thread copies the JSON text into the chunks as it is
        if (!checked) {
          const parsed = MentionSchema.safeParse(e.mention);
          if (!parsed.success) throw new Error(`a mention in ${e.articleId} does not match the data contract: ${parsed.error.issues[0]?.message}`);
        }
        const bytes = Buffer.from(`${JSON.stringify(e.mention)}\n`, "utf8");
        parts.push(bytes);
        const ref: SpillRef = [file, end + size, bytes.length - 1];
        size += bytes.length;
        return { ...e, mention: ref };
      });
      if (size > 0) writeSync(fd, Buffer.concat(parts, size), 0, size, end);
      end += size;
      return { ...digest, events };
    },
    close() {
      closeSync(fd);
    },
  };
}

export interface SpillStore extends MentionStore<SpillRef, number> {
  /** The mention's JSON text, as it was spilled. */
  json(ref: number): string;
  close(): void;
}

/** The main thread's side: spill places in, compact numeric references out, mentions back on demand. */
export function createSpillStore(paths: readonly string[]): SpillStore {
  const fds: number[] = [];
  let files = new Uint8Array(1 << 16);
  let offsets = new Float64Array(1 << 16);
  let lengths = new Uint32Array(1 << 16);
  let count = 0;
  let buffer = Buffer.alloc(1 << 16);
  const fd = (file: number) => {
    fds[file] ??= openSync(paths[file]!, "r");
    return fds[file]!;
  };
  const grow = () => {
    const f = new Uint8Array(count * 2);
    f.set(files);
    files = f;
    const o = new Float64Array(count * 2);
    o.set(offsets);
    offsets = o;
    const l = new Uint32Array(count * 2);
    l.set(lengths);
    lengths = l;
  };
  function json(ref: number): string {
    if (!(ref >= 0 && ref < count)) throw new Error(`no mention ${ref} in the store`);
    const length = lengths[ref]!;
    if (buffer.length < length) buffer = Buffer.alloc(length * 2);
    const read = readSync(fd(files[ref]!), buffer, 0, length, offsets[ref]!);
    if (read !== length) throw new Error(`mention ${ref}: ${read} of ${length} bytes in ${paths[files[ref]!]}`);
    return buffer.toString("utf8", 0, length);
  }
  return {
    put([file, offset, length]) {
      if (count === offsets.length) grow();
      files[count] = file;
      offsets[count] = offset;
      lengths[count] = length;
      return count++;
    },
    json,
    get: (ref) => JSON.parse(json(ref)) as Mention,
    close() {
      for (const f of fds) if (f !== undefined) closeSync(f);
    },
  };
}
