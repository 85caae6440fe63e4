import { describe, expect, it } from "vitest";
import { retitleByEventDate } from "./retitle.ts";
import type { ActorEntry, ActorMention, ExtractedEvent } from "./types.ts";

const person = (id: string, start: string, end?: string): ActorEntry => ({
  id,
  kind: "person",
  label: id,
  names: { en: [id], ar: [], fa: [] },
  country: "IRN",
  roles: [{ role: "foreign-minister", country: "IRN", start, ...(end ? { end } : {}) }],
});
const byId = new Map([person("zarif", "2013-08-15", "2021-08-25"), person("amir-abdollahian", "2021-08-25", "2024-05-19"), person("araghchi", "2024-08-21")].map((p) => [p.id, p]));

const title: ActorMention = { actorId: "araghchi", start: 0, end: 15, surface: "وزير الخارجية", via: "title" };
const state: ActorMention = { actorId: "RUS", start: 30, end: 35, surface: "موسكو", via: "capital" };
const event = (start: string, end = start): ExtractedEvent => ({
  articleId: "a",
  sentence: { start: 0, end: 60, text: "", section: 0 },
  trigger: { start: 20, end: 24, lemma: "زار" },
  cameo: "042",
  quad: 1,
  goldstein: 1.9,
  modality: "reported",
  date: { edtf: start, start, end, precision: "day" },
  sourceIds: ["araghchi", "IRN"],
  targetIds: ["RUS"],
  otherIds: [],
  actorMentions: [title, state],
});

describe("retitleByEventDate", () => {
  it("gives a title the holder of the event's day, in the event and in the article's mentions", () => {
    const out = retitleByEventDate([event("2021-03-15")], [title, state], byId, "2024-10-09");
    expect(out.events[0]!.sourceIds).toEqual(["zarif", "IRN"]);
    expect(out.events[0]!.actorMentions.map((m) => m.actorId)).toEqual(["zarif", "RUS"]);
    expect(out.mentions.map((m) => m.actorId)).toEqual(["zarif", "RUS"]);
  });

  it("keeps the article day's holder when the event is theirs, or its span changed hands (2021 as a year)", () => {
    expect(retitleByEventDate([event("2024-10-01")], [title], byId, "2024-10-09").events[0]!.sourceIds).toEqual(["araghchi", "IRN"]);
    expect(retitleByEventDate([event("2021-01-01", "2021-12-31")], [title], byId, "2024-10-09").events[0]!.sourceIds).toEqual(["araghchi", "IRN"]);
  });

  it("leaves a name alone: only a title is told of its time", () => {
    const named = { ...title, via: "name" as const };
    expect(retitleByEventDate([{ ...event("2021-03-15"), actorMentions: [named] }], [named], byId, "2024-10-09").events[0]!.sourceIds).toEqual(["araghchi", "IRN"]);
  });
});
