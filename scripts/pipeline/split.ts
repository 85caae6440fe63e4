/**
 * Split stage: the corpus → the small index the app opens with (`graph.json`), the chunks it
 * loads on demand (every mention by year, and each event's lead sentence beside it; article
 * texts come from the corpus stage) and the CSV exports. `writeGraphFiles` streams them record by record — each record validated against the
 * contract as it is written, mentions fetched from the store one at a time — so no output is
 * ever held whole; the bytes are those of `JSON.stringify` of the whole object.
 * `splitGraph` does the same for a graph already in memory.
 */
import { ARTICLES_PER_CHUNK, articleChunkKey, chunkPath, leadsChunkKey } from "../../src/contract/chunks.ts";
import { actorTable, type CsvTable, csvRecord, EVENT_COLUMNS, eventTable, relationTable } from "../../src/contract/csv.ts";
import {
  type ArticleChunk,
  ArticleMetaSchema,
  ArticleChunkSchema,
  type ChunkRef,
  type EventChunk,
  EventChunkSchema,
  type FullGraph,
  type Graph,
  GraphSchema,
  type LeadsChunk,
  LeadsChunkSchema,
  type Mention,
  type Relation,
  SCHEMA_VERSION,
} from "../../src/contract/schema.ts";
import { EVENT_ROW_COLUMNS, eventRow, eventRowCheck, type IndexEvent, rowRefs } from "../../src/contract/graphFile.ts";
import type { Corpus } from "./assemble.ts";
import type { MergedEvent } from "./merge.ts";

/** A table as CSV text, record by record. */
function csvText(table: CsvTable): string {
  let text = csvRecord(table.header);
  for (const row of table.rows) text += csvRecord(row);
  return text;
}

/** The lead mention as the index carries it: without the offsets of its actor mentions and date. */
function leadMention({ actorSpans: _a, dateSpan: _d, ...m }: Mention): Mention {
  return m;
}

/** An event as the index lists it: its lead mention only. */
function indexEvent<R>(e: MergedEvent<R>, lead: Mention): IndexEvent {
  // field by field, not a spread: a rebuild's previous events read their fields from columns (scripts/lib/snapshot.ts)
  return {
    id: e.id,
    date: e.date,
    cameo: e.cameo,
    quad: e.quad,
    goldstein: e.goldstein,
    modality: e.modality,
    sourceIds: e.sourceIds,
    targetIds: e.targetIds,
    otherIds: e.otherIds,
    ...(e.place !== undefined ? { place: e.place } : {}),
    articleIds: e.articleIds,
    mentionCount: e.mentionCount,
    chunk: e.chunk,
    mentions: [leadMention(lead)],
  };
}

/** The index leaves the pairs' event lists out (size); the app recomputes them when it needs them. */
function indexRelation({ eventIds: _eventIds, ...r }: Relation): Relation {
  return r;
}

/**
 * Event chunk references, one per chunk key, with their count and span of start dates. Grouped by
 * key, whatever the events' order (an in-memory graph from a tool need not be sorted); the build's
 * writers take the contiguous ranges of `eventChunkParts` instead.
 */
function eventChunkRefs(events: readonly Pick<MergedEvent<unknown>, "chunk" | "date">[]): ChunkRef[] {
  const byKey = new Map<string, { count: number; start: string; end: string }>();
  for (const e of events) {
    const c = byKey.get(e.chunk);
    if (!c) byKey.set(e.chunk, { count: 1, start: e.date.start, end: e.date.start });
    else {
      c.count++;
      if (e.date.start < c.start) c.start = e.date.start;
      if (e.date.start > c.end) c.end = e.date.start;
    }
  }
  return [...byKey.entries()].sort((a, b) => a[0].localeCompare(b[0])).map(([key, c]) => ({ key, path: chunkPath(key), ...c }));
}

const IndexWithoutArticles = GraphSchema.omit({ articles: true });

/** Validates one record, saying where it is when it does not match the contract. */
function check<T>(schema: { safeParse(v: unknown): { success: true } | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } } }, value: T, where: string): T {
  const r = schema.safeParse(value);
  if (!r.success) {
    const issues = r.error.issues.slice(0, 5).map((i) => `${i.path.map(String).join(".")}: ${i.message}`);
    throw new Error(`${where} does not match the data contract:\n  ${issues.join("\n  ")}`);
  }
  return value;
}

/** A file being written piece by piece (text, or UTF-8 bytes copied from an earlier build's file). */
export interface TextSink {
  write(text: string | Uint8Array): void;
  close(): void;
}

/** An event chunk and its leads chunk: the range `[from, to)` of the (date-sorted) events they hold. */
export interface EventChunkPart {
  readonly key: string;
  readonly path: string;
  readonly leadsKey: string;
  readonly leadsPath: string;
  readonly from: number;
  readonly to: number;
}

/** The event chunks of events sorted by date (each chunk's events are contiguous), in order. */
export function eventChunkParts(events: readonly { readonly id: string; readonly chunk: string }[]): EventChunkPart[] {
  const parts: EventChunkPart[] = [];
  const seen = new Set<string>();
  events.forEach((e, i) => {
    const last = parts[parts.length - 1];
    if (last?.key === e.chunk) return;
    if (seen.has(e.chunk)) throw new Error(`event ${e.id}: chunk ${e.chunk} again after another chunk (events must be sorted by date)`);
    seen.add(e.chunk);
    if (last) parts[parts.length - 1] = { ...last, to: i };
    const leadsKey = leadsChunkKey(e.chunk);
    parts.push({ key: e.chunk, path: chunkPath(e.chunk), leadsKey, leadsPath: chunkPath(leadsKey), from: i, to: events.length });
  });
  return parts;
}

/**
 * Writes the event chunks and, beside each, its leads chunk: `mentions(i)` gives event `i`'s
 * mention JSON texts (validated when they were set aside; copied as they are). The bytes of
 * `JSON.stringify` of each chunk. Runs in the build's main thread, or for a large corpus on a
 * thread of its own (scripts/lib/chunkWorker.ts) while the main thread writes the index.
 */
export function writeEventChunks(
  parts: readonly EventChunkPart[],
  ids: readonly string[],
  mentions: (i: number) => readonly string[],
  open: (path: string) => TextSink,
  /** Event `i`'s entries as an earlier build wrote them, when they would be the same now (see `ReusedEntries`). */
  reuse?: (i: number) => ReusedEntries | null,
): void {
  for (const part of parts) {
    const out = open(part.path);
    const leads = open(part.leadsPath);
    out.write(eventChunkHead(part.key));
    leads.write(leadsChunkHead(part.leadsKey));
    for (let i = part.from; i < part.to; i++) {
      const comma = i === part.from ? "" : ",";
      const id = JSON.stringify(ids[i]);
      const reused = reuse?.(i);
      // (an entry copied only when it is this event's: it opens with the event's id)
      if (reused && opensWith(reused.event, `{"id":${id},`) && opensWith(reused.lead, `[${id},`)) {
        out.write(comma);
        out.write(reused.event);
        leads.write(comma);
        leads.write(reused.lead);
        continue;
      }
      const texts = mentions(i);
      out.write(`${comma}{"id":${id},"mentions":[${texts.join(",")}]}`);
      leads.write(`${comma}[${id},${JSON.stringify((JSON.parse(texts[0]!) as Mention).sentence)}]`);
    }
    out.write("]}\n");
    out.close();
    leads.write("]}\n");
    leads.close();
  }
}

/**
 * An event's entry in its event chunk (`{"id":…,"mentions":[…]}`) and in its leads chunk
 * (`[id,sentence]`), as bytes of an earlier build's chunks: a rebuild copies the entries of the
 * events it did not merge again instead of reading every mention back (scripts/lib/rebuild.ts).
 */
export interface ReusedEntries {
  readonly event: Uint8Array;
  readonly lead: Uint8Array;
}

/** What an event chunk's file starts with, up to its first entry. */
export const eventChunkHead = (key: string) => `{"schemaVersion":${SCHEMA_VERSION},"key":${JSON.stringify(key)},"events":[`;
/** What a leads chunk's file starts with, up to its first entry. */
export const leadsChunkHead = (key: string) => `{"schemaVersion":${SCHEMA_VERSION},"key":${JSON.stringify(key)},"sentences":[`;

function opensWith(bytes: Uint8Array, text: string): boolean {
  const head = Buffer.from(text);
  return bytes.length >= head.length && Buffer.compare(bytes.subarray(0, head.length), head) === 0;
}

/**
 * The entries of the JSON list that starts after `head` in `bytes` (a chunk file written by
 * `writeEventChunks`): each entry's [start, end) byte offsets, in order, as pairs. Strings are
 * stepped over whole (their brackets and escaped quotes are text); UTF-8 continuation bytes are
 * never ASCII, so bytes can be scanned one by one. Null when the file does not open with `head`
 * or its list does not close: the file is not one this code wrote.
 */
export function chunkEntries(bytes: Uint8Array, head: string): Int32Array | null {
  if (!opensWith(bytes, head)) return null;
  const out: number[] = [];
  let depth = 0;
  let start = -1;
  for (let p = Buffer.byteLength(head); p < bytes.length; p++) {
    const c = bytes[p]!;
    if (c === 0x22) {
      // a string: to its closing quote, escapes stepped over
      for (p++; p < bytes.length && bytes[p] !== 0x22; p++) if (bytes[p] === 0x5c) p++;
      continue;
    }
    if (c === 0x7b || c === 0x5b) {
      if (depth === 0) start = p;
      depth++;
    } else if (c === 0x7d || c === 0x5d) {
      if (depth === 0) return c === 0x5d ? Int32Array.from(out) : null;
      depth--;
      if (depth === 0) out.push(start, p + 1);
    }
  }
  return null;
}

/** How many events are written between two calls of `WriteOptions.onPause`. */
const EVENTS_PER_PAUSE = 100_000;

/**
 * Writes `graph.json`, `events.csv`, `actors.csv`, `relations.csv` and (unless `chunksElsewhere`
 * says someone else writes them, see `writeEventChunks`) the event and leads chunks of a corpus
 * through `open` (article chunks are written by the corpus stage's caller). `mentionJson` gives a
 * mention's JSON text (validated when it was set aside): chunks take it as it is, only the lead
 * mention is parsed, for the index.
 */
export interface WriteOptions {
  /** Someone else writes the event and leads chunks (see `writeEventChunks`): all of them, or those this says. */
  readonly chunksElsewhere?: boolean | ((part: EventChunkPart) => boolean);
  /**
   * Events from `i` whose index rows and CSV records an earlier build wrote as they would be now
   * (a rebuild, scripts/lib/rebuild.ts): their bytes, copied instead of made and checked again —
   * the rows with the commas between them, the records — and how many events they are.
   */
  readonly reuse?: (i: number) => { readonly count: number; readonly rows: Uint8Array; readonly records: Uint8Array } | null;
  /** Told where each event's row and CSV record went: byte offsets and lengths in graph.json and events.csv. */
  readonly onEventBytes?: (i: number, row: number, rowLength: number, csv: number, csvLength: number) => void;
  /**
   * The articles' metadata was checked already (a rebuild: the previous build's, and each changed
   * article's with its digest): the index is checked without it.
   */
  readonly articlesChecked?: boolean;
  /**
   * Called after every `EVENTS_PER_PAUSE` events written (with how many): a large build collects the
   * garbage the rows leave behind here, before it piles up (scripts/build-data.ts).
   */
  readonly onPause?: (written: number) => void;
  /** Told where a run of reused events went (see `reuse`): its first event, how many, where its rows and records start. */
  readonly onReusedBytes?: (i: number, count: number, row: number, csv: number) => void;
  /** Event `i`'s chunk entries as an earlier build wrote them, for the chunks written here (see `writeEventChunks`). */
  readonly reuseChunkEntries?: (i: number) => ReusedEntries | null;
}

/** A sink that counts the UTF-8 bytes written through it. */
function counted(sink: TextSink): TextSink & { readonly bytes: number } {
  let bytes = 0;
  return {
    get bytes() {
      return bytes;
    },
    write(text) {
      bytes += typeof text === "string" ? Buffer.byteLength(text) : text.length;
      sink.write(text);
    },
    close: () => sink.close(),
  };
}

export function writeGraphFiles<R>(
  corpus: Corpus<R>,
  mentionJson: (ref: R) => string,
  open: (path: string) => TextSink,
  { chunksElsewhere = false, reuse, onEventBytes, onReusedBytes, onPause, articlesChecked = false, reuseChunkEntries }: WriteOptions = {},
): void {
  const eventRefs = eventChunkRefs(corpus.events);
  const parts = eventChunkParts(corpus.events);
  const counting = onEventBytes || onReusedBytes;
  const index = counting ? counted(open("graph.json")) : open("graph.json");
  const csv = counting ? counted(open("events.csv")) : open("events.csv");
  const head = {
    schemaVersion: SCHEMA_VERSION,
    articles: corpus.articles,
    actors: corpus.actors,
    events: [],
    relations: corpus.relations.map(indexRelation),
    layout: corpus.layout,
    chunks: { events: eventRefs, articles: corpus.articleChunks },
  };
  // everything but the articles and events is validated whole (small); the articles one by one
  // (a 50k corpus's copy checked at once was a peak of the build's memory), the events as they are written
  check(IndexWithoutArticles, { ...head, articles: undefined }, "the graph index");
  if (!articlesChecked) for (const a of head.articles) check(ArticleMetaSchema, a, `article ${a.id}`);
  // events go as rows (src/contract/graphFile.ts): the bytes of JSON.stringify(toGraphFile(index))
  const refs = rowRefs(head);
  const problemOf = eventRowCheck(head);
  // the articles one by one: the bytes of JSON.stringify(head.articles), without the whole array as one string
  index.write(`{"schemaVersion":${SCHEMA_VERSION},"articles":[`);
  for (const [i, a] of head.articles.entries()) index.write(i === 0 ? JSON.stringify(a) : `,${JSON.stringify(a)}`);
  index.write(`],"actors":${JSON.stringify(head.actors)},"events":{"columns":${JSON.stringify(EVENT_ROW_COLUMNS)},"rows":[`);
  csv.write(csvRecord(EVENT_COLUMNS));
  const position = (sink: TextSink) => (sink as { bytes?: number }).bytes ?? 0;
  for (let i = 0; i < corpus.events.length; ) {
    if (i > 0) index.write(",");
    const run = reuse?.(i);
    if (run) {
      onReusedBytes?.(i, run.count, position(index), position(csv));
      index.write(run.rows);
      csv.write(run.records);
      i += run.count;
      continue;
    }
    const e = corpus.events[i]!;
    const row = indexEvent(e, JSON.parse(mentionJson(e.mentions[0]!)) as Mention);
    const encoded = eventRow(row, refs);
    // checked as the app will check it (src/contract/graphFile.ts), not with zod: as fast as writing it
    const problem = problemOf(encoded);
    if (problem) throw new Error(`event ${e.id} does not match the data contract: ${problem}`);
    const json = JSON.stringify(encoded);
    const record = csvRecord(eventTable([row]).rows[0]!);
    const at = position(index);
    const csvAt = position(csv);
    index.write(json);
    csv.write(record);
    onEventBytes?.(i, at, position(index) - at, csvAt, position(csv) - csvAt);
    i++;
    if (onPause && i % EVENTS_PER_PAUSE === 0) onPause(i);
  }
  if (chunksElsewhere !== true) {
    const own = typeof chunksElsewhere === "function" ? parts.filter((p) => !chunksElsewhere(p)) : parts;
    writeEventChunks(
      own,
      corpus.events.map((e) => e.id),
      (i) => corpus.events[i]!.mentions.map(mentionJson),
      open,
      reuseChunkEntries,
    );
  }
  index.write(`]},"relations":${JSON.stringify(head.relations)},"layout":${JSON.stringify(head.layout)},"chunks":${JSON.stringify(head.chunks)}}\n`);
  index.close();
  csv.close();
  for (const [path, text] of [
    // record by record as events.csv (the bytes of csv-stringify's `actorsCsv` and `relationsCsv`, tested; faster)
    ["actors.csv", csvText(actorTable(corpus.actors))],
    ["relations.csv", csvText(relationTable(corpus.relations))],
  ] as const) {
    const out = open(path);
    out.write(text);
    out.close();
  }
}

export interface SplitGraph {
  /** The index with its lead sentences (as the app has it once the leads chunks are in; `graph.json` leaves them out). */
  readonly index: Graph;
  /** Chunk files by path relative to `graph.json`'s folder. */
  readonly chunks: Readonly<Record<string, EventChunk | LeadsChunk | ArticleChunk>>;
}

/** The index and chunks of a graph held in memory (tools and tests; the build streams them). */
export function splitGraph(full: FullGraph): SplitGraph {
  const chunks: Record<string, EventChunk | LeadsChunk | ArticleChunk> = {};
  const eventRefs = eventChunkRefs(full.events);
  for (const ref of eventRefs) {
    const events = full.events.filter((e) => e.chunk === ref.key).map((e) => ({ id: e.id, mentions: e.mentions }));
    chunks[ref.path] = check(EventChunkSchema, { schemaVersion: full.schemaVersion, key: ref.key, events }, ref.path);
    const leadsKey = leadsChunkKey(ref.key);
    const sentences = events.map((e): [string, string] => [e.id, e.mentions[0]!.sentence]);
    chunks[chunkPath(leadsKey)] = check(LeadsChunkSchema, { schemaVersion: full.schemaVersion, key: leadsKey, sentences }, chunkPath(leadsKey));
  }
  const articleRefs: ChunkRef[] = [];
  for (let i = 0; i < full.articles.length; i += ARTICLES_PER_CHUNK) {
    const key = articleChunkKey(i);
    const articles = full.articles.slice(i, i + ARTICLES_PER_CHUNK);
    chunks[chunkPath(key)] = check(ArticleChunkSchema, { schemaVersion: full.schemaVersion, key, articles }, chunkPath(key));
    articleRefs.push({ key, path: chunkPath(key), count: articles.length });
  }
  const index: Graph = {
    schemaVersion: full.schemaVersion,
    articles: full.articles.map(({ text: _text, sections: _sections, ...meta }, i) => ({ ...meta, chunk: articleChunkKey(i) })),
    actors: full.actors,
    events: full.events.map((e) => indexEvent(e, e.mentions[0]!)),
    relations: full.relations.map(indexRelation),
    layout: full.layout,
    chunks: { events: eventRefs, articles: articleRefs },
  };
  return { index: check(GraphSchema, index, "the graph index"), chunks };
}
