/**
 * Corpus stage: article digests in, the corpus out — actors with their counts, merged events,
 * relations, layout, article chunks and the build report. Articles are added one at a time in id
 * order and their texts leave in chunks of `ARTICLES_PER_CHUNK` as soon as a chunk is full, and
 * every mention goes to a `MentionStore`, so the heap holds the corpus's structure, not its text.
 */
import { ARTICLES_PER_CHUNK, articleChunkKey, chunkPath } from "../../src/contract/chunks.ts";
import { affiliatedBy, relationsFromEvents } from "../../src/contract/relations.ts";
import {
  type Actor,
  type ArticleMeta,
  type ChunkRef,
  type Mention,
  type Relation,
  SCHEMA_VERSION,
} from "../../src/contract/schema.ts";
import type { BuildReport, SkippedFile } from "./build.ts";
import type { ArticleDigest, EventDraft } from "./digest.ts";
import type { Gazetteer } from "./gazetteer.ts";
import { computeLayout } from "./layout.ts";
import { createIncrementalMerger, draftOrder, listInterner, type MergedEvent } from "./merge.ts";
import type { ActorEntry } from "./types.ts";

/**
 * Where mentions wait between analysis and writing: `put` takes a digest's evidence `M` (the
 * mention, or where it was set aside) and gives a reference `R`; `get` gives the mention back.
 */
export interface MentionStore<M, R> {
  put(mention: M): R;
  get(ref: R): Mention;
}

/** A store that keeps the mentions themselves (tests, tools). */
export function memoryMentionStore(): MentionStore<Mention, Mention> {
  return { put: (m) => m, get: (m) => m };
}

export interface Corpus<R> {
  /** Article metadata (no text) in id order, each with its chunk. */
  readonly articles: readonly ArticleMeta[];
  readonly articleChunks: readonly ChunkRef[];
  readonly actors: readonly Actor[];
  /** Merged events sorted by date; evidence as store references. */
  readonly events: readonly MergedEvent<R>[];
  readonly relations: readonly Relation[];
  readonly layout: Readonly<Record<string, { x: number; y: number }>>;
  readonly report: BuildReport;
}

/** An article chunk, ready to write: its path and its JSON text (an `ArticleChunk`). */
export interface ArticleChunkFile {
  readonly key: string;
  readonly path: string;
  readonly json: string;
}

export interface CorpusAssembler<M, R> {
  /** Adds an article (in id order); returns its chunk of article texts when that chunk is full. */
  add(digest: ArticleDigest<M>): ArticleChunkFile | null;
  /** The last, partial chunk of article texts, if any, and the corpus. */
  finish(skipped: readonly SkippedFile[], warnings?: readonly string[]): { lastChunk: ArticleChunkFile | null; corpus: Corpus<R> };
}

export type ArticleReport = BuildReport["perArticle"][number];

export interface AssemblerOptions<M, R> {
  readonly gazetteer: Gazetteer;
  readonly store: MentionStore<M, R>;
  /**
   * Where each article's report row goes as it arrives; the report's `perArticle` then stays
   * empty (the runner streams the rows into build-report.json). Default: kept in the report.
   */
  readonly onArticleReport?: (row: ArticleReport) => void;
  /** Told each day key an article's drafts are filed under for merging (see `mergeKeys`), with the article's index. */
  readonly onDayKey?: (dayKey: string, article: number) => void;
}

/** The state an actor id stands for: its own id for a state, else its entry's country. */
export function countryResolver(entryOf: (id: string) => ActorEntry | undefined): (id: string) => string | undefined {
  return (id) => (/^[A-Z]{3}$/.test(id) ? id : entryOf(id)?.country);
}

/** An article chunk's JSON text from its articles' JSON texts: the bytes of `JSON.stringify` of the chunk. */
export function articleChunkJson(key: string, articles: readonly string[]): string {
  return `${articleChunkHead(key)}${articles.join(",")}${articleChunkTail}`;
}

/** What an article chunk's file starts with, up to its first article, and ends with after its last. */
export const articleChunkHead = (key: string) => `{"schemaVersion":${SCHEMA_VERSION},"key":${JSON.stringify(key)},"articles":[`;
export const articleChunkTail = "]}\n";

/** An article's row of the build report. */
export function reportRowOf(d: ArticleDigest<unknown>): ArticleReport {
  const meta = d.article;
  return {
    id: meta.id,
    file: meta.file,
    lang: meta.lang,
    encoding: d.encoding,
    published: meta.published,
    publishedInferred: meta.publishedInferred,
    actors: d.actorCounts.length,
    events: d.events.length,
    removed: d.removed,
  };
}

export function createCorpusAssembler<M, R>({ gazetteer, store, onArticleReport, onDayKey }: AssemblerOptions<M, R>): CorpusAssembler<M, R> {
  const articles: ArticleMeta[] = [];
  const articleChunks: ChunkRef[] = [];
  let pending: string[] = [];
  const discovered = new Map<string, ActorEntry>();
  const counts = new Map<string, { mentions: number; articles: string[] }>();
  const entryOf = (id: string) => gazetteer.byId.get(id) ?? discovered.get(id);
  // merging runs as articles arrive (they come in id order); a discovered actor is registered
  // before its article's events are merged, and the first discovery of an id wins, as in a batch
  const merger = createIncrementalMerger<R>({
    countryOf: countryResolver(entryOf),
    ...(onDayKey ? { onDayKey: (key: string) => onDayKey(key, articles.length - 1) } : {}),
  });
  let extractedEvents = 0;
  const warnings: string[] = [];
  const perArticle: ArticleReport[] = [];
  const report = onArticleReport ?? ((row: ArticleReport) => perArticle.push(row));
  let mentionTotal = 0;
  // a digest arrives as fresh copies of the same few ids, codes and dates: hundreds of thousands of
  // drafts wait for the end of the build, so they share one copy of each
  const strings = new Map<string, string>();
  const intern = (x: string) => {
    const known = strings.get(x);
    if (known !== undefined) return known;
    strings.set(x, x);
    return x;
  };
  // (each distinct list once, shared by the drafts that name it: see `listInterner`)
  const lists = listInterner();
  const internIds = (ids: readonly string[]) => lists(ids.map(intern));
  const dates = new Map<string, EventDraft["date"]>();
  const internDate = (d: EventDraft["date"]) => {
    const key = `${d.edtf}|${d.start}|${d.end}|${d.precision}`;
    const known = dates.get(key);
    if (known) return known;
    const date = { edtf: intern(d.edtf), start: intern(d.start), end: intern(d.end), precision: d.precision };
    dates.set(key, date);
    return date;
  };
  let lastId: string | undefined;

  const closeChunk = (): ArticleChunkFile | null => {
    if (pending.length === 0) return null;
    const key = articleChunkKey(articles.length - 1);
    // the articles were validated in their digests; the same bytes as JSON.stringify of the chunk object
    const json = articleChunkJson(key, pending);
    articleChunks.push({ key, path: chunkPath(key), count: pending.length });
    pending = [];
    return { key, path: chunkPath(key), json };
  };

  return {
    add(d) {
      const meta = d.article;
      if (lastId !== undefined && !(meta.id > lastId)) throw new Error(`articles must come in id order: ${meta.id} after ${lastId}`);
      lastId = meta.id;
      articles.push({ ...meta, chunk: articleChunkKey(articles.length) });
      pending.push(d.articleJson);
      for (const entry of d.discovered) if (!discovered.has(entry.id)) discovered.set(entry.id, entry);
      for (const [id, n] of d.actorCounts) {
        const c = counts.get(id) ?? { mentions: 0, articles: [] };
        counts.set(id, c);
        c.mentions += n;
        c.articles.push(meta.id);
        mentionTotal += n;
      }
      const drafts: EventDraft<R>[] = d.events.map((e) => ({
        articleId: meta.id,
        sentenceStart: e.sentenceStart,
        triggerStart: e.triggerStart,
        cameo: intern(e.cameo),
        quad: e.quad,
        goldstein: e.goldstein,
        modality: intern(e.modality) as typeof e.modality,
        date: internDate(e.date),
        sourceIds: internIds(e.sourceIds),
        targetIds: internIds(e.targetIds),
        otherIds: internIds(e.otherIds),
        ...(e.place ? { place: intern(e.place) } : {}),
        mention: store.put(e.mention),
      }));
      for (const e of drafts.sort(draftOrder)) merger.add(e);
      extractedEvents += drafts.length;
      warnings.push(...d.warnings);
      report(reportRowOf(d));
      return pending.length === ARTICLES_PER_CHUNK ? closeChunk() : null;
    },

    finish(skipped, extraWarnings = []) {
      const lastChunk = closeChunk();
      const events = merger.finish();
      const eventActorIds = new Set<string>();
      for (const e of events) for (const ids of [e.sourceIds, e.targetIds, e.otherIds]) for (const id of ids) eventActorIds.add(id);

      const allWarnings = [...extraWarnings, ...warnings];
      const actors: Actor[] = [];
      for (const id of [...new Set([...counts.keys(), ...eventActorIds])].sort()) {
        const entry = entryOf(id);
        if (!entry) {
          allWarnings.push(`actor ${id} has mentions but no gazetteer entry; dropped`);
          continue;
        }
        const c = counts.get(id);
        actors.push({
          id,
          kind: entry.kind,
          label: entry.label,
          names: { en: [...entry.names.en], ar: [...entry.names.ar], fa: [...entry.names.fa] },
          ...(entry.country ? { country: entry.country } : {}),
          ...(entry.wikidata ? { wikidata: entry.wikidata } : {}),
          roles: [...(entry.roles ?? [])],
          discovered: discovered.has(id) && !gazetteer.byId.has(id),
          mentionCount: c?.mentions ?? 0,
          articleIds: c ? c.articles : [],
        });
      }
      const known = new Set(actors.map((a) => a.id));
      // merged events (made by `merger.finish` for this corpus alone) own their id lists: an id
      // with no actor is dropped in place, not by copying hundreds of thousands of events
      const keep = (ids: string[]) => (ids.every((id) => known.has(id)) ? ids : ids.filter((id) => known.has(id)));
      for (const e of events) {
        e.sourceIds = keep(e.sourceIds);
        e.targetIds = keep(e.targetIds);
        e.otherIds = keep(e.otherIds);
      }
      const cleanEvents = events;
      const countryOfActor = new Map(actors.map((a) => [a.id, a.country]));
      const relations = relationsFromEvents(cleanEvents, { affiliated: affiliatedBy((id) => countryOfActor.get(id)) });
      const layout = computeLayout({ actors, relations });
      const report: BuildReport = {
        schemaVersion: SCHEMA_VERSION,
        filesRead: articles.length + skipped.length,
        articles: articles.length,
        skipped: [...skipped].sort((a, b) => a.file.localeCompare(b.file)),
        counts: { actors: actors.length, events: cleanEvents.length, relations: relations.length, mentions: mentionTotal, extractedEvents },
        perArticle,
        warnings: allWarnings,
      };
      return { lastChunk, corpus: { articles, articleChunks, actors, events: cleanEvents, relations, layout, report } };
    },
  };
}
