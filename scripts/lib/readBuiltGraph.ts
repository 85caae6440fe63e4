/** Reads a built data folder back into the full graph: the index joined with all its chunks. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ArticleChunkSchema, EventChunkSchema, type FullGraph, GraphSchema } from "../../src/contract/schema.ts";

export function readBuiltGraph(dir: string): FullGraph {
  const index = GraphSchema.parse(JSON.parse(readFileSync(join(dir, "graph.json"), "utf8")));
  const mentions = new Map<string, FullGraph["events"][number]["mentions"]>();
  for (const ref of index.chunks.events) {
    for (const e of EventChunkSchema.parse(JSON.parse(readFileSync(join(dir, ref.path), "utf8"))).events) mentions.set(e.id, e.mentions);
  }
  const texts = new Map<string, FullGraph["articles"][number]>();
  for (const ref of index.chunks.articles) {
    for (const a of ArticleChunkSchema.parse(JSON.parse(readFileSync(join(dir, ref.path), "utf8"))).articles) texts.set(a.id, a);
  }
  const { chunks: _chunks, ...rest } = index;
  return {
    ...rest,
    articles: index.articles.map((a) => texts.get(a.id)!),
    events: index.events.map((e) => ({ ...e, mentions: mentions.get(e.id) ?? e.mentions })),
  };
}
