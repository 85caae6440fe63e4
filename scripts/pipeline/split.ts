/**
 * Split stage: the full graph → the small index the app opens with (`graph.json`) and the chunks
 * it loads on demand (every mention by year, article texts in batches). Each part is validated.
 */
import { ARTICLES_PER_CHUNK, articleChunkKey, chunkPath } from "../../src/contract/chunks.ts";
import {
  type ArticleChunk,
  ArticleChunkSchema,
  type ChunkRef,
  type EventChunk,
  EventChunkSchema,
  type FullGraph,
  type Graph,
  GraphSchema,
  type Mention,
} from "../../src/contract/schema.ts";

export interface SplitGraph {
  readonly index: Graph;
  /** Chunk files by path relative to `graph.json`'s folder. */
  readonly chunks: Readonly<Record<string, EventChunk | ArticleChunk>>;
}

/** The lead mention as the index carries it: without the offsets of its actor mentions and date. */
function leadMention({ actorSpans: _a, dateSpan: _d, ...m }: Mention): Mention {
  return m;
}

export function splitGraph(full: FullGraph): SplitGraph {
  const chunks: Record<string, EventChunk | ArticleChunk> = {};
  const eventRefs: ChunkRef[] = [];
  const byChunk = new Map<string, FullGraph["events"]>();
  for (const e of full.events) {
    const list = byChunk.get(e.chunk) ?? [];
    list.push(e);
    byChunk.set(e.chunk, list);
  }
  for (const [key, events] of [...byChunk.entries()].sort((a, b) => a[0].localeCompare(b[0]))) {
    const chunk: EventChunk = { schemaVersion: full.schemaVersion, key, events: events.map((e) => ({ id: e.id, mentions: e.mentions })) };
    chunks[chunkPath(key)] = EventChunkSchema.parse(chunk);
    const starts = events.map((e) => e.date.start).sort();
    eventRefs.push({ key, path: chunkPath(key), count: events.length, start: starts[0]!, end: starts[starts.length - 1]! });
  }
  const articleRefs: ChunkRef[] = [];
  for (let i = 0; i < full.articles.length; i += ARTICLES_PER_CHUNK) {
    const key = articleChunkKey(i);
    const articles = full.articles.slice(i, i + ARTICLES_PER_CHUNK);
    chunks[chunkPath(key)] = ArticleChunkSchema.parse({ schemaVersion: full.schemaVersion, key, articles });
    articleRefs.push({ key, path: chunkPath(key), count: articles.length });
  }
  const index: Graph = {
    schemaVersion: full.schemaVersion,
    articles: full.articles.map(({ text: _text, sections: _sections, ...meta }, i) => ({ ...meta, chunk: articleChunkKey(i) })),
    actors: full.actors,
    // the index keeps what lists, filters and search need; highlights and the pairs' event lists come later
    events: full.events.map((e) => ({ ...e, mentions: [leadMention(e.mentions[0]!)] })),
    relations: full.relations.map(({ eventIds: _eventIds, ...r }) => r),
    layout: full.layout,
    chunks: { events: eventRefs, articles: articleRefs },
  };
  const parsed = GraphSchema.safeParse(index);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 10).map((i) => `${i.path.join(".")}: ${i.message}`);
    throw new Error(`the graph index does not match the data contract:\n  ${issues.join("\n  ")}`);
  }
  return { index, chunks };
}
