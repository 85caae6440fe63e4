import { describe, expect, it } from "vitest";
import { draftOf } from "./digest.ts";
import { createEventMerger, createIncrementalMerger, draftOrder } from "./merge.ts";
import type { ExtractedEvent } from "./types.ts";

const COUNTRY: Record<string, string> = { "abbas-araghchi": "IRN", "hakan-fidan": "TUR" };
const mergeDrafts = createEventMerger({ countryOf: (id) => COUNTRY[id] });
const merge = (events: readonly ExtractedEvent[]) => mergeDrafts(events.map(draftOf));

function ev(p: Partial<ExtractedEvent> & { articleId: string; at: number }): ExtractedEvent {
  const text = "نص الجملة";
  return {
    sentence: { start: p.at, end: p.at + text.length, text, section: 0 },
    trigger: { start: p.at, end: p.at + 2, lemma: "x" },
    cameo: "040",
    quad: 1,
    goldstein: 1,
    modality: "reported",
    date: { edtf: "2024-12-02", start: "2024-12-02", end: "2024-12-02", precision: "day" },
    sourceIds: ["abbas-araghchi"],
    targetIds: ["hakan-fidan"],
    otherIds: [],
    actorMentions: [],
    ...p,
  };
}

describe("mergeSameEvents", () => {
  it("merges the Ankara press conference reported by two Persian outlets into one event with two mentions", () => {
    const out = merge([ev({ articleId: "001", at: 10 }), ev({ articleId: "004", at: 99, sourceIds: ["IRN"], targetIds: ["TUR"], cameo: "043" })]);
    expect(out).toHaveLength(1);
    expect(out[0]!.mentions.map((m) => m.articleId)).toEqual(["001", "004"]);
    expect(out[0]!.sourceIds).toEqual(["IRN", "abbas-araghchi"]);
  });
  it("keeps events of different days apart", () => {
    const other = { edtf: "2024-10-19", start: "2024-10-19", end: "2024-10-19", precision: "day" as const };
    expect(merge([ev({ articleId: "001", at: 10 }), ev({ articleId: "000", at: 5, date: other })])).toHaveLength(2);
  });
  it("keeps a statement and a consultation of the same pair on the same day apart (CAMEO roots differ)", () => {
    expect(merge([ev({ articleId: "001", at: 10 }), ev({ articleId: "004", at: 5, cameo: "010" })])).toHaveLength(2);
  });
  it("keeps a third party's praise apart from the act it praises, though they share two of three parties", () => {
    const restored = ev({ articleId: "001", at: 10, cameo: "050", sourceIds: ["QAT", "BHR"], targetIds: [] });
    const welcomed = ev({ articleId: "001", at: 90, cameo: "051", sourceIds: ["SAU"], targetIds: ["QAT", "BHR"] });
    expect(merge([restored, welcomed]).map((e) => e.cameo).sort()).toEqual(["050", "051"]);
    // (two reports of one praise are one event)
    expect(merge([welcomed, { ...welcomed, articleId: "002" }])).toHaveLength(1);
  });
  it("merges a meeting announced for a day with the report of it on that day, as one that took place", () => {
    const out = merge([ev({ articleId: "001", at: 10, modality: "planned" }), ev({ articleId: "004", at: 5 })]);
    expect(out.map((e) => [e.modality, e.mentions.length])).toEqual([["reported", 2]]);
    // (a plan alone stays a plan)
    expect(merge([ev({ articleId: "001", at: 10, modality: "planned" })]).map((e) => e.modality)).toEqual(["planned"]);
  });
  it("keeps a plan and an act of the same day apart when one article tells both (two acts, not one told twice)", () => {
    expect(merge([ev({ articleId: "001", at: 10, modality: "planned" }), ev({ articleId: "001", at: 50 })])).toHaveLength(2);
    // (and a report of either from another article still joins the act)
    expect(merge([ev({ articleId: "001", at: 10, modality: "planned" }), ev({ articleId: "001", at: 50 }), ev({ articleId: "002", at: 5 })])).toHaveLength(2);
  });
  it("keeps a denied or hoped-for meeting apart from one that happened", () => {
    for (const modality of ["denied", "hoped", "conditional"] as const) expect(merge([ev({ articleId: "001", at: 10 }), ev({ articleId: "004", at: 5, modality })])).toHaveLength(2);
  });
  it("does not merge two events that only share a year", () => {
    const year = { edtf: "2017", start: "2017-01-01", end: "2017-12-31", precision: "year" as const };
    expect(merge([ev({ articleId: "001", at: 1, date: year }), ev({ articleId: "004", at: 2, date: year })])).toHaveLength(2);
  });
  it("gives the same ids for the same input (deterministic)", () => {
    const input = [ev({ articleId: "001", at: 10 }), ev({ articleId: "000", at: 3, cameo: "111", quad: 3 })];
    expect(merge(input).map((e) => e.id)).toEqual(merge([...input].reverse()).map((e) => e.id));
  });
});

describe("merging as articles arrive", () => {
  it("gives what merging the whole corpus at once gives, on a busy day with many parties", () => {
    const parties = ["IRN", "TUR", "RUS", "SYR", "QAT", "SAU"];
    const events: ExtractedEvent[] = [];
    for (let a = 0; a < 12; a++)
      for (let k = 0; k < 4; k++)
        events.push(
          ev({ articleId: `a${String(a).padStart(2, "0")}`, at: 10 + k * 100, sourceIds: [parties[(a + k) % 6]!], targetIds: [parties[(a * k + 1) % 6]!], cameo: k % 2 ? "040" : "043" }),
        );
    const batch = merge(events);
    const incremental = createIncrementalMerger<unknown>({ countryOf: (id) => COUNTRY[id] });
    for (const e of events.map(draftOf).sort(draftOrder)) incremental.add(e);
    expect(incremental.finish()).toEqual(batch);
    expect(batch.length).toBeLessThan(events.length);
  });
  it("refuses drafts out of article order (the build adds articles in id order)", () => {
    const incremental = createIncrementalMerger<unknown>({ countryOf: () => undefined });
    incremental.add(draftOf(ev({ articleId: "002", at: 5 })));
    expect(() => incremental.add(draftOf(ev({ articleId: "001", at: 5 })))).toThrow("merge: drafts out of order (001@5 after 002@5)");
  });
});
