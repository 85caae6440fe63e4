/**
 * Static hosts cap the size of one file: GitHub refuses a push with a file over 100 MB (and warns
 * from 50 MB), Cloudflare Pages takes at most 25 MiB. A 50,000-article corpus gives a 118 MB
 * `graph.json` and a 162 MB `events.csv`. `npm run site` therefore cuts every data file over a
 * limit into parts of at most that many bytes, named so that they sort in order
 * (`events.part-001.csv`, `events.part-002.csv`, …): concatenated, they are the file again
 * (`cat events.part-*.csv > events.csv`). `graph.json`, which the app opens, is replaced by a
 * small manifest of its parts (`GraphPartsSchema`), which the app follows (src/data/loadGraph.ts).
 */
import { closeSync, openSync, readdirSync, readSync, rmSync, statSync, writeFileSync } from "node:fs";
import { extname, join } from "node:path";
import { type GraphParts, GRAPH_FILE } from "../../src/contract/graphParts.ts";
import { SCHEMA_VERSION } from "../../src/contract/schema.ts";

export interface SplitFile {
  readonly file: string;
  readonly bytes: number;
  readonly parts: readonly string[];
}

/** The name of part `i` (0-based) of `file`: the number before the extension, so that hosts serve it with the file's type. */
export function partName(file: string, i: number): string {
  const ext = extname(file);
  return `${file.slice(0, file.length - ext.length)}.part-${String(i + 1).padStart(3, "0")}${ext}`;
}

/**
 * Cuts each file directly in `dir` larger than `limit` bytes into parts (see above) and removes
 * it; `graph.json` becomes the manifest of its parts. Sub-folders (the chunks, each far below any
 * limit) are left alone. Returns what was cut, in name order.
 */
export function splitLargeFiles(dir: string, limit: number): SplitFile[] {
  if (!Number.isInteger(limit) || limit < 1) throw new Error(`the file size limit must be a positive number of bytes, not ${limit}`);
  const out: SplitFile[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (!entry.isFile()) continue;
    const path = join(dir, entry.name);
    const bytes = statSync(path).size;
    if (bytes <= limit) continue;
    const parts: string[] = [];
    const sizes: number[] = [];
    const buffer = Buffer.allocUnsafe(Math.min(limit, bytes));
    const fd = openSync(path, "r");
    try {
      for (let at = 0; at < bytes; at += limit) {
        const n = Math.min(limit, bytes - at);
        let read = 0;
        while (read < n) read += readSync(fd, buffer, read, n - read, at + read);
        const name = partName(entry.name, parts.length);
        writeFileSync(join(dir, name), buffer.subarray(0, n));
        parts.push(name);
        sizes.push(n);
      }
    } finally {
      closeSync(fd);
    }
    rmSync(path);
    if (entry.name === GRAPH_FILE) {
      const manifest: GraphParts = { schemaVersion: SCHEMA_VERSION, bytes, parts: parts.map((p, i) => ({ path: p, bytes: sizes[i]! })) };
      writeFileSync(path, `${JSON.stringify(manifest)}\n`);
    }
    out.push({ file: entry.name, bytes, parts });
  }
  return out;
}
