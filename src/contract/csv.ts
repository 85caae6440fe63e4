/**
 * The CSV tables of the data contract — columns and cell values — shared by the build
 * (`scripts/pipeline/export.ts`, which stringifies them with csv-stringify) and the app's
 * exports (which stringify them with `stringifyCsv` below: csv-stringify's module reads Node's
 * `Buffer` at load time and does not run in the browser). The contract's columns come first;
 * extra columns may follow. Lists of ids are joined with `;` in one cell.
 */
import type { Actor, RabtEvent, Relation } from "./schema.ts";

export type CsvCell = string | number;

export interface CsvTable {
  readonly header: readonly string[];
  readonly rows: readonly (readonly CsvCell[])[];
}

export const ACTOR_COLUMNS = [
  "id", "kind", "label", "name_ar", "name_fa", "country", "wikidata", "article_ids", "mention_count", "name_en", "discovered",
] as const;

export const EVENT_COLUMNS = [
  "id", "date_start", "date_end", "precision", "edtf", "cameo", "quad", "goldstein",
  "source_ids", "target_ids", "other_ids", "article_ids", "status", "evidence", "place", "date_text",
] as const;

export const RELATION_COLUMNS = [
  "source_id", "target_id", "events", "quad1", "quad2", "quad3", "quad4", "mean_goldstein", "first_date", "last_date",
] as const;

const ids = (list: readonly string[]) => list.join(";");

/** One row per actor, in the order given. */
export function actorTable(actors: readonly Actor[]): CsvTable {
  return {
    header: ACTOR_COLUMNS,
    rows: actors.map((a) => [
      a.id,
      a.kind,
      a.label,
      a.names.ar[0] ?? "",
      a.names.fa[0] ?? "",
      a.country ?? "",
      a.wikidata ?? "",
      ids(a.articleIds),
      a.mentionCount,
      a.names.en[0] ?? a.label,
      a.discovered ? "yes" : "",
    ]),
  };
}

/** One row per event; `evidence` and `date_text` come from the event's first mention. */
export function eventTable(events: readonly RabtEvent[]): CsvTable {
  return {
    header: EVENT_COLUMNS,
    rows: events.map((e) => [
      e.id,
      e.date.start,
      e.date.end,
      e.date.precision,
      e.date.edtf,
      e.cameo,
      e.quad,
      e.goldstein,
      ids(e.sourceIds),
      ids(e.targetIds),
      ids(e.otherIds),
      ids(e.articleIds),
      e.modality,
      e.mentions[0]!.sentence,
      e.place ?? "",
      e.mentions[0]!.dateText ?? "",
    ]),
  };
}

/** One row per relation (unordered actor pair). */
export function relationTable(relations: readonly Relation[]): CsvTable {
  return {
    header: RELATION_COLUMNS,
    rows: relations.map((r) => [r.sourceId, r.targetId, r.events, ...r.quad, r.meanGoldstein, r.firstDate, r.lastDate]),
  };
}

export interface StringifyOptions {
  /**
   * Cells (strings only, never numbers) starting with `=`, `+`, `-`, `@`, a tab or a carriage
   * return (and their full-width forms) get a leading `'`, so a spreadsheet shows them as text
   * instead of running them as formulas (OWASP "CSV injection"). The same rule as
   * csv-stringify's `escape_formulas`. Off by default: the build's files stay as they are.
   */
  readonly escapeFormulas?: boolean;
}

/** Starts of a cell a spreadsheet reads as a formula. */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * RFC 4180 text (CRLF after every record, `"` doubled, a cell quoted when it holds `"`, `,`,
 * CR or LF) — byte for byte what csv-stringify writes for the same table with
 * `record_delimiter: "\r\n"` (checked by a test on the seed data).
 */
export function stringifyCsv(table: CsvTable, options: Readonly<StringifyOptions> = {}): string {
  return [table.header, ...table.rows].map((row) => csvRecord(row, options)).join("");
}

/** One record of `stringifyCsv`, CRLF included (for writers that stream rows). */
export function csvRecord(row: readonly CsvCell[], options: Readonly<StringifyOptions> = {}): string {
  const cell = (v: CsvCell): string => {
    let s = typeof v === "number" ? String(v) : v;
    if (options.escapeFormulas && typeof v === "string" && FORMULA_START.test(s)) s = `'${s}`;
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return `${row.map(cell).join(",")}\r\n`;
}
