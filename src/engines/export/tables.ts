/**
 * Events, actors and relations of the view as CSV and JSON, with the build's CSV columns
 * (`src/contract/csv.ts`). Browser CSVs differ from the build's in two ways, on purpose: a UTF-8
 * byte-order mark (Excel otherwise reads Arabic and Persian as mojibake) and formula
 * neutralisation (a cell starting with `=`, `+`, `-`, `@` gets a leading `'`), since these files
 * go straight into spreadsheets. JSON keeps the column names with native values: id lists as
 * arrays, numbers as numbers, `discovered` as a boolean.
 */
import { actorTable, type CsvTable, eventTable, relationTable, stringifyCsv } from "../../contract/csv.ts";
import { SCHEMA_VERSION } from "../../contract/schema.ts";
import type { ExportScope } from "./scope.ts";

export type TableName = "events" | "actors" | "relations";

/** The CSV table of one kind of record in the view. */
export function scopeTable(scope: ExportScope, name: TableName): CsvTable {
  switch (name) {
    case "events":
      return eventTable(scope.events);
    case "actors":
      return actorTable(scope.actors);
    case "relations":
      return relationTable(scope.relations);
    default: {
      const never: never = name;
      throw new Error(`unknown table ${String(never)}`);
    }
  }
}

const BOM = "\uFEFF";

/** CSV text of a table for a spreadsheet: BOM, CRLF, formulas neutralised. */
export function tableCsv(scope: ExportScope, name: TableName): string {
  return BOM + stringifyCsv(scopeTable(scope, name), { escapeFormulas: true });
}

/** Columns holding `;`-joined id lists in CSV: arrays in JSON. */
const LIST_COLUMNS: ReadonlySet<string> = new Set(["source_ids", "target_ids", "other_ids", "article_ids"]);
/** `yes`/empty in CSV: a boolean in JSON. */
const BOOLEAN_COLUMNS: ReadonlySet<string> = new Set(["discovered"]);

export type JsonValue = string | number | boolean | string[];

/** Records keyed by the CSV column names. */
export function tableRecords(table: CsvTable): Record<string, JsonValue>[] {
  return table.rows.map((row) => {
    const out: Record<string, JsonValue> = {};
    table.header.forEach((col, i) => {
      const v = row[i] ?? "";
      if (LIST_COLUMNS.has(col)) out[col] = String(v) === "" ? [] : String(v).split(";");
      else if (BOOLEAN_COLUMNS.has(col)) out[col] = v === "yes";
      else out[col] = v;
    });
    return out;
  });
}

/** JSON text: `{ rabt: { schemaVersion, window, filters, count }, <name>: [records] }`. */
export function tableJson(scope: ExportScope, name: TableName): string {
  const records = tableRecords(scopeTable(scope, name));
  const doc = {
    rabt: { schemaVersion: SCHEMA_VERSION, window: scope.window, filters: scope.filters, count: records.length },
    [name]: records,
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
