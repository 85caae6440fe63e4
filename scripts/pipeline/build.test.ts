import { readdirSync, readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { type FullGraph, FullGraphSchema, GraphSchema } from "../../src/contract/schema.ts";
import { assembleGraph, createArticleAnalyser, type ArticleAnalysis } from "./build.ts";
import { loadGazetteer } from "./gazetteer.ts";
import { splitGraph } from "./split.ts";
import { parseMetadata } from "./metadata.ts";

const SEEDS = new URL("../../seeds/", import.meta.url);
let graph: FullGraph;

beforeAll(() => {
  const gazetteer = loadGazetteer();
  const analyse = createArticleAnalyser(gazetteer);
  const meta = parseMetadata(readFileSync(new URL("METADATA.json", SEEDS), "utf8"));
  const analyses: ArticleAnalysis[] = [];
  for (const name of readdirSync(SEEDS).filter((f) => f.endsWith(".txt")).sort()) {
    const r = analyse({ name, bytes: readFileSync(new URL(name, SEEDS)) }, meta.entries.get(name));
    if (r.ok) analyses.push(r.analysis);
  }
  graph = assembleGraph(analyses, [], gazetteer).graph;
});

describe("the seed build", () => {
  it("validates against the data contract, and so does its index", () => {
    expect(FullGraphSchema.safeParse(graph).success).toBe(true);
    expect(GraphSchema.safeParse(splitGraph(graph).index).success).toBe(true);
    expect(graph.articles.map((a) => a.id)).toEqual([
      "000_eeef0678e201c693", "001_bb1f0f209f3694d5", "002_7b6e2cec56946d6c", "003_009de1a4e7ca2b42", "004_ca222840752e4fe1",
    ]);
  });
  it("gives every event evidence that resolves in its article: the sentence, its trigger and its actor mentions", () => {
    const texts = new Map(graph.articles.map((a) => [a.id, a.text]));
    for (const e of graph.events) {
      for (const m of e.mentions) {
        const text = texts.get(m.articleId)!;
        expect(text.slice(m.start, m.end)).toBe(m.sentence);
        expect(m.trigger.start >= m.start && m.trigger.end <= m.end && m.trigger.end > m.trigger.start).toBe(true);
        // (a sentence may name no actor when «the two sides / countries» act: the sentences before named them)
        if (!m.actorSpans?.length) expect(m.sentence).toMatch(/دو (?:کشور|طرف)|الجانب|الطرف|البلد/);
        for (const s of m.actorSpans ?? []) expect(s.start >= m.start && s.end <= m.end).toBe(true);
      }
    }
  });
  it("names only known actors in events and relations", () => {
    const ids = new Set(graph.actors.map((a) => a.id));
    for (const e of graph.events) for (const id of [...e.sourceIds, ...e.targetIds, ...e.otherIds]) expect(ids.has(id), id).toBe(true);
    for (const r of graph.relations) expect(ids.has(r.sourceId) && ids.has(r.targetId) && r.sourceId < r.targetId).toBe(true);
  });
  it("never makes the publishing outlet an actor («عصرترکیه» is not Turkey's mention, «سرايا» is no actor)", () => {
    const labels = graph.actors.map((a) => a.label);
    expect(labels).not.toContain("Saraya");
    const asr = graph.articles.find((a) => a.id.startsWith("004"))!;
    const at = asr.text.indexOf("عصرترکیه");
    const turkeyMentions = graph.events.flatMap((e) => e.mentions.flatMap((m) => m.actorSpans ?? [])).filter((s) => s.actorId === "TUR");
    expect(turkeyMentions.some((s) => s.start >= at && s.end <= at + "عصرترکیه".length)).toBe(false);
  });
  it("merges the 2 December 2024 Ankara press conference reported by two Persian outlets into one event", () => {
    const merged = graph.events.filter((e) => new Set(e.mentions.map((m) => m.articleId.slice(0, 3))).size > 1);
    expect(merged.length).toBeGreaterThanOrEqual(3);
    expect(merged.every((e) => e.date.start === "2024-12-02")).toBe(true);
  });
  it("resolves the Turkish foreign minister by date: Çavuşoğlu in the 2023 article, Fidan in 2024", () => {
    const in002 = graph.actors.filter((a) => a.articleIds.includes("002_7b6e2cec56946d6c")).map((a) => a.id);
    const in004 = graph.actors.filter((a) => a.articleIds.includes("004_ca222840752e4fe1")).map((a) => a.id);
    expect(in002).toContain("mevlut-cavusoglu");
    expect(in002).not.toContain("hakan-fidan");
    expect(in004).toContain("hakan-fidan");
  });
  it("splits into an index with each event's lead mention and chunks that hold every mention and every article text", () => {
    const { index, chunks } = splitGraph(graph);
    expect(index.events.every((e) => e.mentions.length === 1)).toBe(true);
    expect(index.chunks.events.map((c) => c.key)).toEqual([...new Set(graph.events.map((e) => `events-${e.date.start.slice(0, 4)}`))].sort());
    const inChunks = Object.values(chunks).flatMap((c) => ("events" in c ? c.events : []));
    expect(inChunks.map((e) => e.id).sort()).toEqual(graph.events.map((e) => e.id).sort());
    const merged = graph.events.find((e) => e.mentionCount > 1)!;
    expect(inChunks.find((e) => e.id === merged.id)!.mentions).toHaveLength(merged.mentionCount);
    expect(Object.keys(chunks)).toContain("chunks/articles-000.json");
    expect(JSON.stringify(index)).not.toContain(graph.articles[0]!.text.slice(0, 200));
  });
});
