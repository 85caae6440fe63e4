/**
 * A file-backed `MentionStore`: each mention is written to a scratch file as JSON when it arrives
 * and read back by offset when an output needs it, so a large corpus's evidence sentences are on
 * disk, not in the heap, between analysis and writing.
 */
import { closeSync, openSync, readSync, writeSync } from "node:fs";
import type { Mention } from "../../src/contract/schema.ts";
import type { MentionStore } from "../pipeline/assemble.ts";

export interface FileMentionStore extends MentionStore<number> {
  close(): void;
}

export function createFileMentionStore(path: string): FileMentionStore {
  const fd = openSync(path, "w+");
  let offsets = new Float64Array(1 << 16);
  let lengths = new Uint32Array(1 << 16);
  let count = 0;
  let end = 0;
  // writes are batched: one syscall per ~1 MB
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let flushedEnd = 0;
  const flush = () => {
    if (pendingBytes === 0) return;
    writeSync(fd, Buffer.concat(pending, pendingBytes), 0, pendingBytes, flushedEnd);
    flushedEnd += pendingBytes;
    pending = [];
    pendingBytes = 0;
  };
  let buffer = Buffer.alloc(1 << 16);
  return {
    put(m) {
      const bytes = Buffer.from(JSON.stringify(m), "utf8");
      if (count === offsets.length) {
        const o = new Float64Array(count * 2);
        o.set(offsets);
        offsets = o;
        const l = new Uint32Array(count * 2);
        l.set(lengths);
        lengths = l;
      }
      offsets[count] = end;
      lengths[count] = bytes.length;
      end += bytes.length;
      pending.push(bytes);
      pendingBytes += bytes.length;
      if (pendingBytes >= 1 << 20) flush();
      return count++;
    },
    get(ref) {
      if (!(ref >= 0 && ref < count)) throw new Error(`no mention ${ref} in the store`);
      flush();
      const length = lengths[ref]!;
      if (buffer.length < length) buffer = Buffer.alloc(length * 2);
      readSync(fd, buffer, 0, length, offsets[ref]!);
      return JSON.parse(buffer.toString("utf8", 0, length)) as Mention;
    },
    close() {
      closeSync(fd);
    },
  };
}
