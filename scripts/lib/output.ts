/**
 * The build's output folder, written atomically: every file goes into a sibling temporary folder
 * (`<out>.tmp-<pid>`), which replaces the previous output with two renames only once everything
 * is written. A build killed at any point leaves the previous output whole; the next build clears
 * what it left (`recoverInterruptedWrite`). Files can be written whole or streamed piece by piece.
 */
import { closeSync, copyFileSync, existsSync, linkSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, writeSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";

/** A file being written piece by piece; pieces (text or bytes) are buffered and written in blocks of about 1 MB. */
export interface OutputStream {
  write(text: string | Uint8Array): void;
  close(): void;
}

/** Creates (or empties) the file at `path`, with its folders, to stream into. */
export function openStream(path: string): OutputStream {
  mkdirSync(dirname(path), { recursive: true });
  const fd = openSync(path, "w");
  let pending: (string | Uint8Array)[] = [];
  let holdsBytes = false;
  let size = 0;
  const flush = () => {
    if (pending.length === 0) return;
    if (!holdsBytes) writeSync(fd, (pending as string[]).join(""));
    else {
      // runs of text joined, bytes as they are: one block, one system call (a rebuild copies many small entries)
      const parts: Uint8Array[] = [];
      let run: string[] = [];
      for (const p of pending) {
        if (typeof p === "string") run.push(p);
        else {
          if (run.length > 0) parts.push(Buffer.from(run.join("")));
          run = [];
          parts.push(p);
        }
      }
      if (run.length > 0) parts.push(Buffer.from(run.join("")));
      writeSync(fd, Buffer.concat(parts));
    }
    pending = [];
    holdsBytes = false;
    size = 0;
  };
  return {
    write(text) {
      if (typeof text !== "string" && text.length >= BLOCK) {
        flush();
        writeSync(fd, text);
        return;
      }
      pending.push(text);
      if (typeof text !== "string") holdsBytes = true;
      size += text.length;
      if (size >= BLOCK) flush();
    },
    close() {
      flush();
      closeSync(fd);
    },
  };
}

export interface AtomicOutput {
  /** The temporary folder the files are written into (for another thread writing some of them). */
  readonly folder: string;
  /** Writes a whole file (path relative to the output folder). */
  put(path: string, content: string): void;
  /** Opens a file to stream into. */
  open(path: string): OutputStream;
  /** Puts the existing file `from` (outside the folder) at `path` as a hard link, or as a copy where links cannot be made. */
  link(path: string, from: string): void;
  /** A scratch file path beside the output files; scratch files are deleted before the swap. */
  scratch(name: string): string;
  /** Swaps the written folder in for the previous output. */
  commit(): void;
  /** Throws the written files away; the previous output stays. */
  abort(): void;
}

const BLOCK = 1 << 20;

export function openAtomicOutput(outDir: string): AtomicOutput {
  const target = resolve(outDir);
  mkdirSync(dirname(target), { recursive: true });
  recoverInterruptedWrite(target);
  const tmp = `${target}.tmp-${process.pid}`;
  const old = `${target}.old-${process.pid}`;
  const scratchDir = join(tmp, ".scratch");
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  const open = (name: string): OutputStream => openStream(join(tmp, name));
  return {
    folder: tmp,
    put(name, content) {
      const s = open(name);
      s.write(content);
      s.close();
    },
    open,
    link(name, from) {
      const to = join(tmp, name);
      mkdirSync(dirname(to), { recursive: true });
      try {
        linkSync(from, to);
      } catch {
        copyFileSync(from, to);
      }
    },
    scratch(name) {
      mkdirSync(scratchDir, { recursive: true });
      return join(scratchDir, name);
    },
    commit() {
      rmSync(scratchDir, { recursive: true, force: true });
      if (existsSync(target)) renameSync(target, old);
      renameSync(tmp, target);
      rmSync(old, { recursive: true, force: true });
    },
    abort() {
      rmSync(tmp, { recursive: true, force: true });
    },
  };
}

/**
 * Writes every file into a sibling temporary folder, then swaps it in with renames. `files` is a
 * record of paths and contents, or a function that puts them one by one.
 */
export function writeAtomically(
  outDir: string,
  files: Readonly<Record<string, string>> | ((put: (path: string, content: string) => void) => void),
): void {
  const out = openAtomicOutput(outDir);
  try {
    if (typeof files === "function") files(out.put);
    else for (const [name, content] of Object.entries(files)) out.put(name, content);
  } catch (e) {
    out.abort();
    throw e;
  }
  out.commit();
}

/**
 * Cleans up after a build that was killed while writing: its temporary folder goes (it would
 * otherwise be copied into the site), and if it died between its two renames, the previous
 * output is put back.
 */
export function recoverInterruptedWrite(target: string): void {
  const dir = dirname(target);
  const name = basename(target);
  const leftovers = readdirSync(dir).filter((f) => f.startsWith(`${name}.tmp-`) || f.startsWith(`${name}.old-`));
  for (const f of leftovers.sort()) {
    const pid = Number(f.slice(f.lastIndexOf("-") + 1));
    if (pid === process.pid || isAlive(pid)) continue;
    const path = join(dir, f);
    if (f.startsWith(`${name}.old-`) && !existsSync(target)) renameSync(path, target);
    else rmSync(path, { recursive: true, force: true });
  }
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}
