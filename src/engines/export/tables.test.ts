import { SCHEMA_VERSION } from "../../contract/schema.ts";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { fixtureGraph, NO_FILTERS } from "./fixture.test-util.ts";
import { exportScope } from "./scope.ts";
import { tableCsv, tableJson, tableRecords, scopeTable } from "./tables.ts";

const graph = fixtureGraph();
const Y2024 = { start: "2024-01-01", end: "2024-12-31" };

describe("tableCsv", () => {
  it("starts with a BOM and the build's event columns, one row per visible event", () => {
    const csv = tableCsv(exportScope(graph, Y2024, NO_FILTERS), "events");
    expect(csv.startsWith("\uFEFFid,date_start,date_end,precision,edtf,cameo,quad,goldstein,source_ids,target_ids,other_ids,article_ids,status,evidence,place,date_text\r\n")).toBe(true);
    const rows = parse(csv, { bom: true }) as string[][];
    expect(rows.slice(1).map((r) => r[0])).toEqual(["e2", "e3", "e4", "e5"]);
    expect(rows[1]).toEqual(["e2", "2024-01-01", "2024-01-31", "month", "2024-01", "040", "1", "1", "TUR", "RUS", "", "a1", "reported", "در ژانویه ترکیه و روسیه گفت‌وگو کردند.", "", ""]);
  });

  it("writes evidence that starts like a formula as text, and keeps negative Goldstein scores as numbers", () => {
    const rows = parse(tableCsv(exportScope(graph, Y2024, NO_FILTERS), "events"), { bom: true }) as string[][];
    const e4 = rows.find((r) => r[0] === "e4")!;
    expect(e4[13]).toBe('\'=HYPERLINK("http://x") شنت السعودية غارات على الحوثيين');
    expect(e4[7]).toBe("-10");
    expect(rows.find((r) => r[0] === "e5")![13]).toBe("'-ترکیه اتهام‌های ایران را رد کرد.");
  });

  it("lists the actors of the visible events and the relations recomputed for them", () => {
    const scope = exportScope(graph, Y2024, NO_FILTERS);
    const actors = parse(tableCsv(scope, "actors"), { bom: true }) as string[][];
    expect(actors[0]).toEqual(["id", "kind", "label", "name_ar", "name_fa", "country", "wikidata", "article_ids", "mention_count", "name_en", "discovered"]);
    expect(actors.slice(1).map((r) => r[0])).toEqual(["IRN", "TUR", "SAU", "RUS", "abbas-araghchi", "hakan-fidan", "houthis"]);
    const relations = parse(tableCsv(scope, "relations"), { bom: true }) as string[][];
    expect(relations.slice(1)).toEqual([
      ["IRN", "TUR", "1", "0", "0", "1", "0", "-2", "2024-12-02", "2024-12-02"],
      ["RUS", "TUR", "1", "1", "0", "0", "0", "1", "2024-01-01", "2024-01-31"],
      ["SAU", "houthis", "1", "0", "0", "0", "1", "-10", "2024-10-21", "2024-10-21"],
      ["abbas-araghchi", "hakan-fidan", "1", "1", "0", "0", "0", "3", "2024-10-19", "2024-10-19"],
    ]);
  });
});

describe("tableJson", () => {
  it("keeps the column names with id lists as arrays and numbers as numbers", () => {
    const doc = JSON.parse(tableJson(exportScope(graph, null, NO_FILTERS), "events")) as {
      rabt: { schemaVersion: number; window: null; count: number };
      events: Record<string, unknown>[];
    };
    expect(doc.rabt).toEqual({ schemaVersion: SCHEMA_VERSION, window: null, filters: NO_FILTERS, count: 7 });
    expect(doc.events[0]).toEqual({
      id: "e1",
      date_start: "2023-03-10",
      date_end: "2023-03-10",
      precision: "day",
      edtf: "2023-03-10",
      cameo: "040",
      quad: 2,
      goldstein: 6,
      source_ids: ["IRN"],
      target_ids: ["SAU"],
      other_ids: ["QAT"],
      article_ids: ["a1"],
      status: "reported",
      evidence: "اتفقت إيران والسعودية على استئناف العلاقات.",
      place: "",
      date_text: "",
    });
  });

  it("turns the discovered flag into a boolean and records the window and filters", () => {
    const scope = exportScope(graph, Y2024, { ...NO_FILTERS, quads: [1] });
    const records = tableRecords(scopeTable(scope, "actors"));
    expect(records.map((r) => [r.id, r.discovered, r.article_ids])).toEqual([
      ["TUR", false, ["a1", "a2"]],
      ["RUS", false, ["a1", "a2"]],
      ["abbas-araghchi", false, ["a1", "a2"]],
      ["hakan-fidan", false, ["a1", "a2"]],
    ]);
    const doc = JSON.parse(tableJson(scope, "relations")) as { rabt: { window: unknown; filters: { quads: number[] } }; relations: unknown[] };
    expect(doc.rabt.window).toEqual(Y2024);
    expect(doc.rabt.filters.quads).toEqual([1]);
    expect(doc.relations).toHaveLength(2);
  });
});
