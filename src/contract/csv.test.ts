import { readFileSync } from "node:fs";
import { stringify } from "csv-stringify/sync";
import { describe, expect, it } from "vitest";
import { actorTable, type CsvTable, eventTable, relationTable, stringifyCsv } from "./csv.ts";
import { readGraphFile } from "./graphFile.ts";
import type { Graph } from "./schema.ts";

const read = readGraphFile(JSON.parse(readFileSync(new URL("../../public/data/graph.json", import.meta.url), "utf8")));
if (!read.ok) throw new Error(read.errors.join("; "));
const seed: Graph = read.graph;

/** The build's settings (scripts/pipeline/export.ts). */
const viaLibrary = (t: CsvTable) =>
  stringify([t.header as string[], ...(t.rows as (string | number)[][])], { record_delimiter: "\r\n", quote_record_delimiter: true });

describe("stringifyCsv", () => {
  it("writes the seed graph's three tables byte for byte as csv-stringify does", () => {
    for (const table of [actorTable(seed.actors), eventTable(seed.events), relationTable(seed.relations)])
      expect(stringifyCsv(table)).toBe(viaLibrary(table));
  });

  it("quotes cells with quotes, commas, CR or LF (not the Arabic comma) exactly like csv-stringify", () => {
    const table: CsvTable = {
      header: ["a", "b", "c"],
      rows: [
        ['قال "لا"', "x,y", "line\nbreak"],
        ["cr\rhere", "", 0],
        [-2.5, "وزير الخارجية، عباس عراقجي", "plain"],
      ],
    };
    expect(stringifyCsv(table)).toBe(viaLibrary(table));
    expect(stringifyCsv(table)).toBe(
      'a,b,c\r\n"قال ""لا""","x,y","line\nbreak"\r\n"cr\rhere",,0\r\n-2.5,وزير الخارجية، عباس عراقجي,plain\r\n',
    );
  });

  it("neutralises formula cells with a leading quote, strings only, as csv-stringify's escape_formulas", () => {
    const table: CsvTable = {
      header: ["v"],
      rows: [["=SUM(A1:A2)"], ["+98 21"], ["-ترکیه رد کرد"], ["@user"], ["\tx"], ["＝1"], [-10], ["a=b"]],
    };
    const mine = stringifyCsv(table, { escapeFormulas: true });
    expect(mine).toBe(stringify([["v"], ...(table.rows as (string | number)[][])], { record_delimiter: "\r\n", quote_record_delimiter: true, escape_formulas: true }));
    expect(mine.split("\r\n")).toEqual(["v", "'=SUM(A1:A2)", "'+98 21", "'-ترکیه رد کرد", "'@user", "'\tx", "'＝1", "-10", "a=b", ""]);
  });
});

describe("contract tables", () => {
  it("keeps the contract's column order for actors, events and relations", () => {
    expect(actorTable([]).header).toEqual(["id", "kind", "label", "name_ar", "name_fa", "country", "wikidata", "article_ids", "mention_count", "name_en", "discovered"]);
    expect(eventTable([]).header.slice(0, 8)).toEqual(["id", "date_start", "date_end", "precision", "edtf", "cameo", "quad", "goldstein"]);
    expect(relationTable([]).header).toEqual(["source_id", "target_id", "events", "quad1", "quad2", "quad3", "quad4", "mean_goldstein", "first_date", "last_date"]);
  });
});
