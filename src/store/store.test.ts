import { describe, expect, it } from "vitest";
import type { RabtEvent } from "../contract/schema.ts";
import { createAppStore } from "./index.ts";
import { affiliatedBy } from "../contract/relations.ts";
import { relationsFromEvents, selectActorRelations } from "./selectors.ts";
import { SCHEMA_VERSION, type Graph } from "../contract/schema.ts";
import { initialLanguage, parseHash, patchFromUrl, toHash } from "./urlState.ts";

describe("store slices", () => {
  it("selecting a pair sorts it and selecting an actor clears the pair", () => {
    const s = createAppStore();
    s.getState().selectPair("TUR", "IRN");
    expect(s.getState().selectedPair).toBe("IRN|TUR");
    s.getState().selectActor("IRN");
    expect(s.getState().selectedPair).toBeNull();
  });
  it("setting the same time window twice does not notify subscribers (no store→engine loops)", () => {
    const s = createAppStore();
    let calls = 0;
    s.subscribe(() => calls++);
    s.getState().setTimeWindow({ start: "2024-01-01", end: "2024-12-31" });
    s.getState().setTimeWindow({ start: "2024-01-01", end: "2024-12-31" });
    expect(calls).toBe(1);
  });
});

describe("URL state", () => {
  it("round-trips selection, window, filters, language and lanes through the hash", () => {
    const s = createAppStore();
    s.setState({ selectedActorId: "IRN", timeWindow: { start: "2024-01-01", end: "2024-06-30" }, uiLang: "fa", laneMode: "actor" });
    s.getState().setFilters({ quads: [1, 3], articleIds: ["001_bb1f0f209f3694d5"] });
    const hash = toHash(s.getState());
    expect(hash).toBe("#actor=IRN&from=2024-01-01&to=2024-06-30&quad=1,3&article=001_bb1f0f209f3694d5&lang=fa&lanes=actor");
    const t = createAppStore();
    t.setState(patchFromUrl(parseHash(hash)));
    expect(toHash(t.getState())).toBe(hash);
  });
  it("keeps the calendar and the direction of time in the hash, and leaves the defaults out", () => {
    const s = createAppStore();
    s.setState({ uiLang: "ar", calendar: "islamic-umalqura", timeDirection: "ltr" });
    expect(toHash(s.getState())).toBe("#lang=ar&cal=islamic-umalqura&time=ltr");
    const t = createAppStore();
    t.setState(patchFromUrl(parseHash("#lang=fa&cal=persian&time=rtl")));
    expect([t.getState().uiLang, t.getState().calendar, t.getState().timeDirection]).toEqual(["fa", "persian", "rtl"]);
    t.setState(patchFromUrl(parseHash("#lang=fa")));
    expect([t.getState().calendar, t.getState().timeDirection]).toEqual(["auto", "auto"]);
    expect(toHash(t.getState())).toBe("#lang=fa");
    expect(parseHash("#cal=julian&time=up")).toMatchObject({ calendar: null, timeDirection: null });
  });
  it("picks the first visit's language from the hash, then memory, then an Arabic or Persian browser", () => {
    expect(initialLanguage("en", "fa", ["ar-EG"])).toBe("en");
    expect(initialLanguage(null, "fa", ["ar-EG"])).toBe("fa");
    expect(initialLanguage(null, null, ["ar-EG", "en-US"])).toBe("ar");
    expect(initialLanguage(null, null, ["fa-IR"])).toBe("fa");
    expect(initialLanguage(null, "de", ["de-DE", "fa"])).toBe("fa");
    expect(initialLanguage(null, null, ["en-US", "fa-IR"])).toBe("en");
    expect(initialLanguage(null, null, ["tr-TR"])).toBe("en");
  });
  it("keeps the reader's choice of Latin digits in the hash", () => {
    const s = createAppStore();
    s.setState({ uiLang: "ar", digits: "latn" });
    const hash = toHash(s.getState());
    expect(hash).toBe("#lang=ar&num=latn");
    expect(patchFromUrl(parseHash(hash))).toMatchObject({ uiLang: "ar", digits: "latn" });
    expect(patchFromUrl(parseHash("#lang=fa"))).toMatchObject({ digits: "native" });
  });
  it("ignores a malformed window and unknown values", () => {
    const u = parseHash("#from=2024-13&to=x&quad=7,2&lang=de");
    expect(u.window).toBeNull();
    expect(u.filters.quads).toEqual([2]);
    expect(u.lang).toBeNull();
  });
});

describe("relationsFromEvents", () => {
  const ev = (id: string, quad: 1 | 3, start: string, ids: string[]): RabtEvent => ({
    id, date: { edtf: start, start, end: start, precision: "day" }, cameo: "040", quad, goldstein: quad === 1 ? 1 : -2,
    modality: "reported", sourceIds: [ids[0]!], targetIds: ids.slice(1), otherIds: [],
    articleIds: ["a"],
    mentionCount: 1,
    chunk: "events-test",
    mentions: [{ articleId: "a", sentence: "s", start: 0, end: 1, trigger: { start: 0, end: 1 }, actorSpans: [] }],
  });
  it("aggregates events per unordered pair with quad counts, mean Goldstein and first/last dates", () => {
    const r = relationsFromEvents([ev("e1", 1, "2024-01-05", ["TUR", "IRN"]), ev("e2", 3, "2023-02-01", ["IRN", "TUR"]), ev("e3", 1, "2024-03-01", ["IRN", "SYR"])]);
    expect(r).toEqual([
      { sourceId: "IRN", targetId: "SYR", events: 1, quad: [1, 0, 0, 0], meanGoldstein: 1, firstDate: "2024-03-01", lastDate: "2024-03-01" },
      { sourceId: "IRN", targetId: "TUR", events: 2, quad: [1, 0, 1, 0], meanGoldstein: -0.5, firstDate: "2023-02-01", lastDate: "2024-01-05" },
    ]);
  });
  it("leaves out a minister's relation with their own state", () => {
    const countries: Record<string, string> = { "hakan-fidan": "TUR", "abbas-araghchi": "IRN" };
    const r = relationsFromEvents([ev("e1", 1, "2024-12-02", ["abbas-araghchi", "hakan-fidan", "TUR"])], { affiliated: affiliatedBy((id) => countries[id]) });
    expect(r.map((x) => `${x.sourceId}|${x.targetId}`)).toEqual(["TUR|abbas-araghchi", "abbas-araghchi|hakan-fidan"]);
  });

  describe("selectActorRelations (shared by the actor list and the actor panel)", () => {
    const actor = (id: string, country?: string) => ({
      id, kind: "state" as const, label: id, names: { en: [id], ar: [], fa: [] }, ...(country ? { country } : {}), roles: [], discovered: false, mentionCount: 1, articleIds: [],
    });
    const graph: Graph = {
      schemaVersion: SCHEMA_VERSION,
      articles: [],
      actors: [actor("IRN"), actor("TUR"), actor("SYR"), actor("abbas-araghchi", "IRN")],
      events: [ev("e1", 1, "2024-01-05", ["TUR", "IRN"]), ev("e2", 3, "2023-02-01", ["IRN", "TUR"]), ev("e3", 1, "2024-03-01", ["SYR", "TUR"]), ev("e4", 1, "2024-04-01", ["abbas-araghchi", "IRN", "SYR"])],
      relations: [],
      layout: {},
      chunks: { events: [], articles: [] },
    };
    const filters = { quads: [], modalities: [], articleIds: [], kinds: [] };
    it("gives the actor's visible events and only its own relations, without its minister", () => {
      const { events, relations } = selectActorRelations(graph, null, filters, "IRN");
      expect(events.map((e) => e.id)).toEqual(["e1", "e2", "e4"]);
      expect(relations.map((r) => `${r.sourceId}|${r.targetId}:${r.events}`).sort()).toEqual(["IRN|SYR:1", "IRN|TUR:2"]);
    });
    it("narrows to the time window, and gives the same object again for the same inputs", () => {
      const w = { start: "2024-01-01", end: "2024-12-31" };
      const a = selectActorRelations(graph, w, filters, "IRN");
      expect(a.events.map((e) => e.id)).toEqual(["e1", "e4"]);
      expect(selectActorRelations(graph, w, filters, "IRN")).toBe(a);
      expect(selectActorRelations(graph, w, filters, "TUR")).not.toBe(a);
    });
  });
});
