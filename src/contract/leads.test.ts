import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { chunkPath, leadsChunkKey } from "./chunks.ts";
import { readGraphFile } from "./graphFile.ts";
import { createLeadFiller, readLeadsChunk } from "./leads.ts";
import { type EventChunk, EventChunkSchema, type Graph, type LeadsChunk, LeadsChunkSchema, SCHEMA_VERSION } from "./schema.ts";

const data = (path: string): unknown => JSON.parse(readFileSync(new URL(`../../public/data/${path}`, import.meta.url), "utf8"));
const fresh = (): Graph => {
  const r = readGraphFile(data("graph.json"));
  if (!r.ok) throw new Error(r.errors.join("; "));
  return r.graph;
};
const leadsOf = (g: Graph): LeadsChunk[] => g.chunks.events.map((c) => LeadsChunkSchema.parse(data(chunkPath(leadsChunkKey(c.key)))));
const chunksOf = (g: Graph): EventChunk[] => g.chunks.events.map((c) => EventChunkSchema.parse(data(c.path)));

describe("lead sentences", () => {
  it("sit beside each event chunk: leads-2024 for events-2024, a busy year's parts alike", () => {
    expect(leadsChunkKey("events-2024")).toBe("leads-2024");
    expect(leadsChunkKey("events-2024-03")).toBe("leads-2024-03");
    expect(leadsChunkKey("events--0044")).toBe("leads--0044");
  });

  it("fill every event of the seed index with the first sentence of its chunk, Arabic and Persian intact", () => {
    const g = fresh();
    const fill = createLeadFiller(g);
    const got = leadsOf(g).map(fill);
    expect(got.reduce((n, f) => n + f.filled, 0)).toBe(g.events.length);
    expect(got.every((f) => f.unknown === 0)).toBe(true);
    const first = new Map(chunksOf(g).flatMap((c) => c.events.map((e) => [e.id, e.mentions[0]!.sentence] as const)));
    for (const e of g.events) expect(e.mentions[0]!.sentence).toBe(first.get(e.id));
    expect(g.events.some((e) => /[\u0600-\u06FF]{3}/.test(e.mentions[0]!.sentence))).toBe(true);
  });

  it("find their events by id in an index that does not follow the chunk's order, and count the sentences of events it lacks", () => {
    const g = fresh();
    const [leads] = leadsOf(g);
    const reordered: Graph = { ...g, events: [...g.events].reverse() };
    const shuffled: LeadsChunk = { ...leads!, sentences: [...leads!.sentences, ["no-such-event", "جملة"]] };
    const fill = createLeadFiller(reordered);
    expect(fill(shuffled)).toEqual({ filled: leads!.sentences.length, unknown: 1 });
    const byId = new Map(reordered.events.map((e) => [e.id, e]));
    for (const [id, sentence] of leads!.sentences) expect(byId.get(id)!.mentions[0]!.sentence).toBe(sentence);
  });

  it("do not land on an event of another chunk that happens to share the position", () => {
    const g = fresh();
    const leads = leadsOf(g);
    expect(leads.length).toBeGreaterThan(1);
    // the second chunk's sentences claimed under the first chunk's key: none of them is that chunk's
    const wrong: LeadsChunk = { ...leads[1]!, key: leads[0]!.key };
    expect(createLeadFiller(g)(wrong)).toEqual({ filled: 0, unknown: leads[1]!.sentences.length });
  });

  it("are checked by hand exactly as the schema checks them: every seed chunk passes, each kind of bad one is refused with its place", () => {
    const g = fresh();
    for (const c of g.chunks.events) {
      const json = data(chunkPath(leadsChunkKey(c.key)));
      expect(readLeadsChunk(json)).toEqual({ ok: true, chunk: LeadsChunkSchema.parse(json) });
    }
    const good = { schemaVersion: SCHEMA_VERSION, key: "leads-2024", sentences: [["ev-1", "التقى الوزيران في أنقرة."]] };
    const bad: [unknown, string][] = [
      [null, "expected an object"],
      [[good], "expected an object"],
      [{ ...good, schemaVersion: 3 }, "schemaVersion is 3, expected"],
      [{ ...good, key: 7 }, "key: expected a string"],
      [{ ...good, sentences: {} }, "sentences: expected an array"],
      [{ ...good, sentences: [...good.sentences, ["ev-2"]] }, "sentences.1: expected [event id, sentence]"],
      [{ ...good, sentences: [["ev-1", 5]] }, "sentences.0: expected [event id, sentence]"],
      [{ ...good, sentences: [["ev-1", "جملة", "extra"]] }, "sentences.0"],
      [{ ...good, html: "<b>x</b>" }, "unexpected keys: html"],
    ];
    expect(readLeadsChunk(good).ok).toBe(true);
    for (const [json, error] of bad) {
      const r = readLeadsChunk(json);
      expect(r.ok ? "accepted" : r.error).toContain(error);
      // and the schema refuses it too
      expect(LeadsChunkSchema.strict().safeParse(json).success).toBe(false);
    }
  });
});
