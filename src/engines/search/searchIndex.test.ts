import { describe, expect, it } from "vitest";
import { type Graph, SCHEMA_VERSION } from "../../contract/schema.ts";
import { createSearchIndex } from "./searchIndex.ts";

const actor = (id: string, label: string, ar: string, fa: string, mentionCount = 1) => ({
  id, kind: "state" as const, label, names: { en: [label], ar: [ar], fa: [fa] }, roles: [], discovered: false, mentionCount, articleIds: [],
});
const graph: Graph = {
  schemaVersion: SCHEMA_VERSION,
  articles: [],
  actors: [actor("TUR", "Turkey", "تركيا", "ترکیه", 9), actor("IRN", "Iran", "إيران", "ایران", 12)],
  events: [{
    id: "ev-1", date: { edtf: "2024-12-02", start: "2024-12-02", end: "2024-12-02", precision: "day" }, cameo: "040", quad: 1, goldstein: 1,
    modality: "reported", sourceIds: ["IRN"], targetIds: ["TUR"], otherIds: [],
    articleIds: ["a"],
    mentionCount: 1,
    chunk: "events-test",
    mentions: [{ articleId: "a", sentence: "وزیر امور خارجه کشورمان در دیدار با وزیر خارجه ترکیه", start: 0, end: 10, trigger: { start: 0, end: 1 }, actorSpans: [] }],
  }],
  relations: [],
  layout: {},
  chunks: { events: [], articles: [] },
};

describe("createSearchIndex", () => {
  const search = createSearchIndex(graph);
  it("finds Turkey from the Persian «ترکیه» and the Arabic «تركيا»", () => {
    expect(search("ترکیه")[0]).toMatchObject({ type: "actor", id: "TUR" });
    expect(search("تركيا")[0]).toMatchObject({ type: "actor", id: "TUR" });
  });
  it("finds Iran written with hamza, without it, and in English", () => {
    expect(search("إيران")[0]?.id).toBe("IRN");
    expect(search("ايران")[0]?.id).toBe("IRN");
    expect(search("ir")[0]?.id).toBe("IRN");
  });
  it("finds events by the words of their source sentence, after the actors", () => {
    const hits = search("ترکیه");
    expect(hits.map((h) => `${h.type}:${h.id}`)).toEqual(["actor:TUR", "event:ev-1"]);
  });
  it("ignores the Arabic article: «التركيا» still finds «تركيا»", () => {
    expect(search("التركيا")[0]?.id).toBe("TUR");
  });
  it("returns nothing for a one-letter query", () => {
    expect(search("ت")).toEqual([]);
  });
});

describe("SearchIndex.step (event sentences indexed in slices)", () => {
  const sentences = ["زيارة وزير الخارجية التركي إلى طهران", "دیدار وزیر خارجه ایران با همتای ترکیه", "اتصال هاتفي بين أنقرة وطهران"];
  const many: Graph = {
    ...graph,
    events: Array.from({ length: 30 }, (_, i) => ({
      ...graph.events[0]!,
      id: `ev-${String(i).padStart(2, "0")}`,
      mentions: [{ ...graph.events[0]!.mentions[0]!, sentence: sentences[i % 3]! }],
    })),
  };

  it("indexes a slice per call and says when none is left", () => {
    const index = createSearchIndex(many);
    expect([index.step(10), index.step(10), index.step(10)]).toEqual([true, true, false]);
    expect(index.step(10)).toBe(false);
  });

  it("gives the same hits however far the slices got before the query", () => {
    const whole = createSearchIndex(many)("طهران", 50);
    expect(whole.filter((h) => h.type === "event")).toHaveLength(20);
    for (const done of [0, 7, 30]) {
      const index = createSearchIndex(many);
      index.step(done);
      expect(index("طهران", 50)).toEqual(whole);
    }
  });
});
