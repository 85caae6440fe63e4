/** Reads a built data folder back into the full graph: the index joined with all its chunks. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { chunkPath, leadsChunkKey } from "../../src/contract/chunks.ts";
import { readGraphFile } from "../../src/contract/graphFile.ts";
import { createLeadFiller, readLeadsChunk } from "../../src/contract/leads.ts";
import { ArticleChunkSchema, EventChunkSchema, type FullGraph, type Graph } from "../../src/contract/schema.ts";

/**
 * The index of a built data folder (`graph.json`, checked and with its events as objects) with
 * its lead sentences from the leads chunks, as the app has it once it has loaded them. Throws on
 * a bad file.
 */
export function readBuiltIndex(dir: string): Graph {
  const read = readGraphFile(JSON.parse(readFileSync(join(dir, "graph.json"), "utf8")));
  if (!read.ok) throw new Error(`${join(dir, "graph.json")}: ${read.errors.join("; ")}`);
  const fill = createLeadFiller(read.graph);
  for (const ref of read.graph.chunks.events) {
    const path = join(dir, chunkPath(leadsChunkKey(ref.key)));
    const read = readLeadsChunk(JSON.parse(readFileSync(path, "utf8")));
    if (!read.ok) throw new Error(`${path}: ${read.error}`);
    const { unknown } = fill(read.chunk);
    if (unknown > 0) throw new Error(`${path}: ${unknown} sentences of events not in the index`);
  }
  return read.graph;
}

export function readBuiltGraph(dir: string): FullGraph {
  const index = readBuiltIndex(dir);
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
