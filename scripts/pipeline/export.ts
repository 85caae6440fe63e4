/**
 * Export stage: the graph as CSV (UTF-8, RFC 4180, `;` between ids in a cell), with the columns
 * the data contract promises first; extra columns may follow. The columns and cell values live
 * in `src/contract/csv.ts`, shared with the app's exports of what is on screen.
 */
import { stringify } from "csv-stringify/sync";
import { actorTable, type CsvTable, eventTable, relationTable } from "../../src/contract/csv.ts";
import type { Graph } from "../../src/contract/schema.ts";

/** The parts of a graph the CSV files are made of (the full graph and the index have them alike). */
type Tables = Pick<Graph, "actors" | "events" | "relations">;

function csv(table: CsvTable): string {
  // quote_record_delimiter: with a custom record delimiter csv-stringify no longer quotes a lone
  // LF or CR inside a cell, and such a cell would split its row for every reader.
  return stringify([table.header as string[], ...(table.rows as (string | number)[][])], {
    record_delimiter: "\r\n",
    quote_record_delimiter: true,
  });
}

export function actorsCsv(graph: { readonly actors: readonly Tables["actors"][number][] }): string {
  return csv(actorTable(graph.actors));
}

export function eventsCsv(graph: Tables): string {
  return csv(eventTable(graph.events));
}

export function relationsCsv(graph: { readonly relations: readonly Tables["relations"][number][] }): string {
  return csv(relationTable(graph.relations));
}
