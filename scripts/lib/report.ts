/**
 * build-report.json, streamed: the report's head and tail as `JSON.stringify(report, null, 2)`
 * gives them, its per-article rows in between, each formatted as that call would (a large corpus
 * has tens of thousands of rows, so they wait in a scratch file, or come from an earlier build).
 */
import { closeSync, openSync, readSync } from "node:fs";
import { StringDecoder } from "node:string_decoder";
import type { ArticleReport } from "../pipeline/assemble.ts";
import type { BuildReport } from "../pipeline/build.ts";
import type { TextSink } from "../pipeline/split.ts";

/** A per-article row as it stands in build-report.json (after its first line's indentation). */
export function formatReportRow(row: ArticleReport): string {
  return JSON.stringify(row, null, 2).replace(/\n/g, "\n    ");
}

/** Where rows went in build-report.json: each row made here (offset, length), each run of copied rows (first row, count, offset). */
export interface ReportBytes {
  row(i: number, offset: number, length: number): void;
  run(i: number, count: number, offset: number): void;
}

/**
 * Writes `report` with `rows` (formatted rows, see `formatReportRow`) as its `perArticle`: the
 * bytes of `JSON.stringify` of the whole report with two-space indentation. A rebuild can emit a
 * run of `count` rows as the bytes an earlier report had for them, the separators between them
 * included. `bytes` is told where the rows went.
 */
export function writeReport(
  report: BuildReport,
  rows: (emit: (formatted: string | Uint8Array, count?: number) => void) => void,
  rowCount: number,
  out: TextSink,
  bytes?: ReportBytes,
): void {
  if (rowCount === 0) {
    out.write(`${JSON.stringify(report, null, 2)}\n`);
    out.close();
    return;
  }
  const [head, tail] = JSON.stringify({ ...report, perArticle: ["@rows"] }, null, 2).split('    "@rows"');
  let at = Buffer.byteLength(head!);
  out.write(head!);
  let i = 0;
  rows((row, count = 1) => {
    const lead = i === 0 ? "    " : ",\n    ";
    out.write(lead);
    out.write(row);
    at += lead.length;
    if (typeof row === "string") {
      const length = bytes ? Buffer.byteLength(row) : 0;
      bytes?.row(i, at, length);
      at += length;
    } else {
      bytes?.run(i, count, at);
      at += row.length;
    }
    i += count;
  });
  if (i !== rowCount) throw new Error(`build report: ${i} article rows read back, ${rowCount} written`);
  out.write(`${tail!}\n`);
  out.close();
}

/** Calls `fn` with each line of a UTF-8 file, reading it 1 MB at a time. */
export function forEachLine(path: string, fn: (line: string) => void): void {
  const fd = openSync(path, "r");
  const buffer = Buffer.alloc(1 << 20);
  const decoder = new StringDecoder("utf8");
  let rest = "";
  try {
    for (let n = readSync(fd, buffer); n > 0; n = readSync(fd, buffer)) {
      const lines = (rest + decoder.write(buffer.subarray(0, n))).split("\n");
      rest = lines.pop()!;
      for (const line of lines) fn(line);
    }
  } finally {
    closeSync(fd);
  }
  rest += decoder.end();
  if (rest) fn(rest);
}
