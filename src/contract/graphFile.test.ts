import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { EVENT_ROW_COLUMNS, type EventRow, eventRowCheck, type GraphFile, readGraphFile, toGraphFile } from "./graphFile.ts";
import { type EventChunk, type Graph, GraphSchema, SCHEMA_VERSION } from "./schema.ts";

const file = JSON.parse(readFileSync(new URL("../../public/data/graph.json", import.meta.url), "utf8")) as GraphFile;
const seed = readGraphFile(file);
if (!seed.ok) throw new Error(seed.errors.join("; "));
const graph: Graph = seed.graph;

/** The seed file with one value of its first event row replaced. */
const withCell = (column: (typeof EVENT_ROW_COLUMNS)[number], value: unknown): unknown => {
  const rows = file.events.rows.map((r) => [...r]);
  rows[0]![EVENT_ROW_COLUMNS.indexOf(column)] = value as never;
  return { ...file, events: { ...file.events, rows } };
};
const errorsOf = (value: unknown) => {
  const r = readGraphFile(value);
  return r.ok ? [] : r.errors;
};

describe("graph.json's event rows", () => {
  it("read back into events that satisfy the index schema, and write back to the same bytes", () => {
    expect(GraphSchema.safeParse(graph).success).toBe(true);
    expect(graph.events).toHaveLength(file.events.rows.length);
    expect(JSON.stringify(toGraphFile(graph))).toBe(JSON.stringify(file));
  });

  it("keep the merged event reported by two articles and its lead's place and date expression, leaving its sentence to the leads chunk", () => {
    const merged = graph.events.find((e) => e.articleIds.length > 1)!;
    expect(merged.mentionCount).toBeGreaterThan(1);
    expect(merged.mentions[0]!.end).toBeGreaterThan(merged.mentions[0]!.start);
    expect(graph.events.every((e) => e.mentions[0]!.sentence === "")).toBe(true);
    const chunk = JSON.parse(readFileSync(new URL(`../../public/data/chunks/${merged.chunk}.json`, import.meta.url), "utf8")) as EventChunk;
    const lead = chunk.events.find((e) => e.id === merged.id)!.mentions[0]!;
    expect(lead.sentence).toMatch(/[\u0600-\u06FF]/);
    expect(JSON.stringify(file)).not.toContain(JSON.stringify(lead.sentence));
    expect(graph.events.some((e) => e.mentions[0]!.dateText !== undefined)).toBe(true);
    expect(graph.events.some((e) => e.mentions[0]!.dateText === undefined)).toBe(true);
  });

  it("name actors, articles and chunks by position, and leave out a day's start and end", () => {
    const row = file.events.rows.find((r) => r[4] === "day")!;
    expect(row[2]).toBeNull();
    expect(row[3]).toBeNull();
    for (const col of [9, 10, 11, 13] as const) for (const i of row[col] as number[]) expect(Number.isInteger(i)).toBe(true);
    const ranged = file.events.rows.find((r) => r[4] !== "day") as EventRow | undefined;
    if (ranged) expect(typeof ranged[2]).toBe("string");
  });

  it("take about half the bytes of the same events as objects", () => {
    expect(JSON.stringify(file.events).length).toBeLessThan(JSON.stringify(graph.events).length * 0.6);
  });
});

describe("readGraphFile refuses what breaks the contract, saying where", () => {
  it("an older schemaVersion, with the advice to rebuild", () => {
    expect(errorsOf({ ...file, schemaVersion: 2 })).toEqual([`schemaVersion is 2, this app reads version ${SCHEMA_VERSION}: rebuild the data`]);
  });

  it("an actor position beyond the actor list", () => {
    expect(errorsOf(withCell("sourceIds", [file.actors.length]))[0]).toMatch(/^events\.rows\.0\[9\] \(sourceIds\): actor \d+ does not exist/);
  });

  it("an article position that is not an integer, and an event with no article", () => {
    expect(errorsOf(withCell("lead.articleId", 0.5))[0]).toMatch(/rows\.0\[16\].*article 0\.5 does not exist/);
    expect(errorsOf(withCell("articleIds", []))[0]).toMatch(/rows\.0\[13\] \(articleIds\): expected an array of at least 1/);
  });

  it("a quad class, Goldstein score, modality, CAMEO code or date out of range", () => {
    expect(errorsOf(withCell("quad", 5))[0]).toMatch(/\(quad\): expected 1, 2, 3 or 4/);
    expect(errorsOf(withCell("goldstein", 11))[0]).toMatch(/\(goldstein\)/);
    expect(errorsOf(withCell("modality", "rumoured"))[0]).toMatch(/\(modality\): expected one of reported/);
    expect(errorsOf(withCell("cameo", "4a"))[0]).toMatch(/\(cameo\)/);
    expect(errorsOf(withCell("start", "2024-1-5"))[0]).toMatch(/\(start\)/);
    expect(errorsOf(withCell("mentionCount", 0))[0]).toMatch(/\(mentionCount\): expected an integer ≥ 1/);
  });

  it("a bad date cell after a good row with the same date text (rows share their checked dates)", () => {
    const rows = file.events.rows.map((r) => [...r]);
    const good = rows.find((r) => r[4] === "day")!;
    // the second row: the first row's date, but its EDTF cell an array holding that text
    const copy = [...good];
    copy[0] = "ev-copy";
    copy[1] = [good[1]] as never;
    const errors = errorsOf({ ...file, events: { ...file.events, rows: [good, copy] } });
    expect(errors).toEqual([expect.stringMatching(/^events\.rows\.1\[1\] \(edtf\): expected a string/)]);
    // and events on one day share one date object, while empty id lists are one shared empty list
    const ok = readGraphFile({ ...file, events: { ...file.events, rows: [good, [...good.slice(0, 0), "ev-2", ...good.slice(1)]] } });
    if (!ok.ok) throw new Error(ok.errors.join("; "));
    expect(ok.graph.events[0]!.date).toBe(ok.graph.events[1]!.date);
    expect(ok.graph.events[0]!.date).toEqual(graph.events[file.events.rows.indexOf(file.events.rows.find((r) => r[4] === "day")!)]!.date);
    const empty = graph.events.filter((e) => e.otherIds.length === 0).map((e) => e.otherIds);
    expect(empty.length).toBeGreaterThan(1);
    for (const ids of empty) expect(ids).toBe(empty[0]);
  });

  it("a row of the wrong length, columns in another order, and a malformed actor", () => {
    expect(errorsOf({ ...file, events: { ...file.events, rows: [[1, 2]] } })[0]).toMatch(/^events\.rows\.0: expected an array of 22 values/);
    expect(errorsOf({ ...file, events: { ...file.events, columns: [...EVENT_ROW_COLUMNS].reverse() } })[0]).toMatch(/^events\.columns/);
    expect(errorsOf({ ...file, actors: [{ id: 3 }] })[0]).toMatch(/^actors\.0\./);
  });

  it("reports at most 20 problems", () => {
    const rows = file.events.rows.map((r) => [...r.slice(0, 6), 9, ...r.slice(7)]);
    expect(rows.length).toBeGreaterThan(20);
    expect(errorsOf({ ...file, events: { ...file.events, rows } })).toHaveLength(20);
  });
});

describe("eventRowCheck (the build's check of each row it writes)", () => {
  const check = eventRowCheck(graph);
  it("passes every seed row", () => {
    for (const row of file.events.rows) expect(check(row)).toBeNull();
  });
  it("names the first problem of a bad row", () => {
    const row = [...file.events.rows[0]!] as EventRow;
    row[6] = 7 as never;
    row[15] = 99;
    expect(check(row)).toBe("[6] (quad): expected 1, 2, 3 or 4");
    expect(check([1] as unknown as EventRow)).toBe("expected an array of 22 values");
  });
});
