/**
 * `graph.json` as it is written and read. A large corpus has hundreds of thousands of events, and
 * as objects each one repeats every key and spells out its actor, article and chunk ids: 84 MB
 * for 10,000 articles. Here events are rows (arrays, columns named once) that point at actors,
 * articles and chunks by position — about half the bytes, parsed several times faster.
 *
 * The build writes rows with `eventRow`; the app and the tools read the file with `readGraphFile`,
 * which checks every row against the contract (types, ranges, references: the constraints of
 * `EventSchema`) and gives back the `Graph` the app works with. The rows are checked by hand, not
 * by zod: zod cannot compile its checks under the app's Content-Security-Policy, and checking
 * half a million objects one by one took longer than parsing the file.
 */
import { z } from "zod";
import {
  CAMEO_PATTERN,
  type EventDate,
  type Graph,
  GraphSchema,
  ISO_DATE_PATTERN,
  type Mention,
  type Modality,
  ModalitySchema,
  type Precision,
  PrecisionSchema,
  type Quad,
  SCHEMA_VERSION,
} from "./schema.ts";

/** An event of the index (its lead mention only). */
export type IndexEvent = Graph["events"][number];

/** The columns of an event row, in order; written in the file and checked on reading. */
export const EVENT_ROW_COLUMNS = [
  "id",
  "edtf",
  "start",
  "end",
  "precision",
  "cameo",
  "quad",
  "goldstein",
  "modality",
  "sourceIds",
  "targetIds",
  "otherIds",
  "place",
  "articleIds",
  "mentionCount",
  "chunk",
  "lead.articleId",
  "lead.start",
  "lead.end",
  "lead.trigger.start",
  "lead.trigger.end",
  "lead.dateText",
] as const;

/**
 * One event: actors (`sourceIds`, `targetIds`, `otherIds`, `place`) are positions in `actors`
 * (`place` −1 for none), articles positions in `articles`, `chunk` a position in
 * `chunks.events`. `start` and `end` are null when they equal the EDTF date (a day); `dateText`
 * is null when the sentence had no date expression. The lead sentence itself is not in the row:
 * it is in the leads chunk of the event's chunk (`LeadsChunkSchema`); read back, it is `""`.
 */
export type EventRow = [
  id: string,
  edtf: string,
  start: string | null,
  end: string | null,
  precision: Precision,
  cameo: string,
  quad: Quad,
  goldstein: number,
  modality: Modality,
  sourceIds: number[],
  targetIds: number[],
  otherIds: number[],
  place: number,
  articleIds: number[],
  mentionCount: number,
  chunk: number,
  leadArticle: number,
  sentenceStart: number,
  sentenceEnd: number,
  triggerStart: number,
  triggerEnd: number,
  dateText: string | null,
];

/** `graph.json`: the index with its events as rows. */
export const GraphFileSchema = GraphSchema.omit({ events: true }).extend({
  events: z.object({ columns: z.array(z.string()), rows: z.array(z.unknown()) }),
});
export type GraphFile = Omit<Graph, "events"> & { events: { columns: string[]; rows: EventRow[] } };

/** Positions of actors, articles and event chunks, for writing rows. */
export interface RowRefs {
  readonly actor: ReadonlyMap<string, number>;
  readonly article: ReadonlyMap<string, number>;
  readonly chunk: ReadonlyMap<string, number>;
}

export function rowRefs(index: {
  readonly actors: readonly { readonly id: string }[];
  readonly articles: readonly { readonly id: string }[];
  readonly chunks: { readonly events: readonly { readonly key: string }[] };
}): RowRefs {
  const positions = (keys: readonly string[]) => new Map(keys.map((k, i) => [k, i]));
  return {
    actor: positions(index.actors.map((a) => a.id)),
    article: positions(index.articles.map((a) => a.id)),
    chunk: positions(index.chunks.events.map((c) => c.key)),
  };
}

/** The row of an index event. Throws on an id that `refs` does not know. */
export function eventRow(e: IndexEvent, refs: RowRefs): EventRow {
  const m = e.mentions[0]!;
  return [
    e.id,
    e.date.edtf,
    e.date.start === e.date.edtf ? null : e.date.start,
    e.date.end === e.date.edtf ? null : e.date.end,
    e.date.precision,
    e.cameo,
    e.quad,
    e.goldstein,
    e.modality,
    positions(e, refs.actor, e.sourceIds, "actor"),
    positions(e, refs.actor, e.targetIds, "actor"),
    positions(e, refs.actor, e.otherIds, "actor"),
    e.place === undefined ? -1 : position(e, refs.actor, e.place, "place"),
    positions(e, refs.article, e.articleIds, "article"),
    e.mentionCount,
    position(e, refs.chunk, e.chunk, "chunk"),
    position(e, refs.article, m.articleId, "article"),
    m.start,
    m.end,
    m.trigger.start,
    m.trigger.end,
    m.dateText ?? null,
  ];
}

function position(e: IndexEvent, map: ReadonlyMap<string, number>, id: string, what: string): number {
  const i = map.get(id);
  if (i === undefined) throw new Error(`event ${e.id}: ${what} «${id}» is not in the index`);
  return i;
}

function positions(e: IndexEvent, map: ReadonlyMap<string, number>, ids: readonly string[], what: string): number[] {
  const out: number[] = new Array(ids.length);
  for (let i = 0; i < ids.length; i++) out[i] = position(e, map, ids[i]!, what);
  return out;
}

/** The file form of an index held in memory (tools and tests; the build streams the same bytes). */
export function toGraphFile(index: Graph): GraphFile {
  const refs = rowRefs(index);
  const { schemaVersion, articles, actors, relations, layout, chunks } = index;
  const events = { columns: [...EVENT_ROW_COLUMNS], rows: index.events.map((e) => eventRow(e, refs)) };
  return { schemaVersion, articles, actors, events, relations, layout, chunks };
}

export type ReadResult = { ok: true; graph: Graph } | { ok: false; errors: string[] };

const ISO_DATE = ISO_DATE_PATTERN;
const CAMEO = CAMEO_PATTERN;
const PRECISIONS: ReadonlySet<string> = new Set(PrecisionSchema.options);
const MODALITIES: ReadonlySet<string> = new Set(ModalitySchema.options);
const MAX_ERRORS = 20;

/**
 * Reads a parsed `graph.json`: checks it against the contract and rebuilds the index's events as
 * objects. Errors name the place (`events.rows.12[9]`) and what is wrong, at most 20 of them.
 */
export function readGraphFile(value: unknown): ReadResult {
  if (typeof value === "object" && value !== null && "schemaVersion" in value) {
    const v = (value as { schemaVersion: unknown }).schemaVersion;
    if (v !== SCHEMA_VERSION) {
      return { ok: false, errors: [`schemaVersion is ${JSON.stringify(v)}, this app reads version ${SCHEMA_VERSION}: rebuild the data`] };
    }
  }
  const parsed = GraphFileSchema.safeParse(value);
  if (!parsed.success) {
    return { ok: false, errors: parsed.error.issues.slice(0, MAX_ERRORS).map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`) };
  }
  const file = parsed.data;
  if (file.events.columns.join() !== EVENT_ROW_COLUMNS.join()) {
    return { ok: false, errors: [`events.columns: expected ${EVENT_ROW_COLUMNS.join(", ")}`] };
  }
  const errors: string[] = [];
  const events: IndexEvent[] = [];
  const decode = rowDecoder(file);
  file.events.rows.forEach((row, r) => {
    if (errors.length >= MAX_ERRORS) return;
    const e = decode(row, (col, message) => errors.push(`events.rows.${r}${where(col)}: ${message}`));
    if (e) events.push(e);
  });
  if (errors.length > 0) return { ok: false, errors };
  const { schemaVersion, articles, actors, relations, layout, chunks } = file;
  return { ok: true, graph: { schemaVersion, articles, actors, events, relations, layout, chunks } };
}

/**
 * What is wrong with a row, or null when it meets the contract: the build checks each row it
 * writes with the same test the app applies when it reads the file.
 */
export function eventRowCheck(index: Parameters<typeof rowRefs>[0]): (row: EventRow) => string | null {
  const decode = rowDecoder(index);
  let problem: string | null = null;
  const fail: Fail = (col, message) => {
    problem ??= `${where(col).trim()}: ${message}`.replace(/^: /, "");
  };
  return (row) => {
    problem = null;
    decode(row, fail);
    return problem;
  };
}

const where = (col: number) => (col < 0 ? "" : `[${col}] (${EVENT_ROW_COLUMNS[col]})`);

type Fail = (column: number, message: string) => void;

function rowDecoder(index: Parameters<typeof rowRefs>[0]): (row: unknown, fail: Fail) => IndexEvent | null {
  const actorIds = index.actors.map((a) => a.id);
  const articleIds = index.articles.map((a) => a.id);
  const chunkKeys = index.chunks.events.map((c) => c.key);
  // a corpus has a few thousand distinct dates for hundreds of thousands of events: one object each
  const dates = new Map<string, EventDate>();
  return (row, fail) => decodeRow(row, actorIds, articleIds, chunkKeys, dates, fail);
}

/** The ids of an empty id list: shared (the index is read-only), as there are hundreds of thousands. */
const NO_IDS: string[] = Object.freeze([]) as unknown as string[];

/** One row back to an event, or null after reporting what is wrong with it. */
function decodeRow(
  row: unknown,
  actorIds: readonly string[],
  articleIds: readonly string[],
  chunkKeys: readonly string[],
  dates: Map<string, EventDate>,
  fail: Fail,
): IndexEvent | null {
  if (!Array.isArray(row) || row.length !== EVENT_ROW_COLUMNS.length) {
    fail(-1, `expected an array of ${EVENT_ROW_COLUMNS.length} values`);
    return null;
  }
  const c = new Cells(row, fail);
  const id = c.str(0, undefined, 1);
  // the same four date cells as a row already checked: the same date (only strings and nulls are looked up)
  const plain = typeof row[1] === "string" && typeof row[4] === "string" && (row[2] === null || typeof row[2] === "string") && (row[3] === null || typeof row[3] === "string");
  const dateKey = plain ? `${row[1]}|${row[2]}|${row[3]}|${row[4]}` : "";
  let date = plain ? dates.get(dateKey) : undefined;
  if (!date) {
    const edtf = c.str(1, undefined, 4);
    const start = row[2] === null ? edtf : c.str(2, ISO_DATE);
    const end = row[3] === null ? edtf : c.str(3, ISO_DATE);
    if (row[2] === null && !ISO_DATE.test(edtf)) c.bad(2, "null, but the EDTF date is not a day");
    if (row[3] === null && !ISO_DATE.test(edtf)) c.bad(3, "null, but the EDTF date is not a day");
    const precision = row[4] as Precision;
    if (!PRECISIONS.has(precision)) c.bad(4, `expected one of ${[...PRECISIONS].join(", ")}`);
    date = { edtf, start, end, precision };
    if (plain && c.ok) dates.set(dateKey, date);
  }
  const cameo = c.str(5, CAMEO);
  const quad = row[6] as Quad;
  if (quad !== 1 && quad !== 2 && quad !== 3 && quad !== 4) c.bad(6, "expected 1, 2, 3 or 4");
  const goldstein = row[7] as number;
  if (typeof goldstein !== "number" || !(goldstein >= -10 && goldstein <= 10)) c.bad(7, "expected a number from −10 to 10");
  const modality = row[8] as Modality;
  if (!MODALITIES.has(modality)) c.bad(8, `expected one of ${[...MODALITIES].join(", ")}`);
  const sourceIds = c.refs(9, actorIds, "actor", 0);
  const targetIds = c.refs(10, actorIds, "actor", 0);
  const otherIds = c.refs(11, actorIds, "actor", 0);
  const place = row[12] === -1 ? undefined : c.ref(row[12], 12, actorIds, "actor");
  const articles = c.refs(13, articleIds, "article", 1);
  const mentionCount = c.int(14, 1);
  const chunk = c.ref(row[15], 15, chunkKeys, "chunk");
  const leadArticle = c.ref(row[16], 16, articleIds, "article");
  const mention: Mention = {
    articleId: leadArticle,
    // the sentence is in the leads chunk (see `LeadsChunkSchema`)
    sentence: "",
    start: c.int(17, 0),
    end: c.int(18, 0),
    trigger: { start: c.int(19, 0), end: c.int(20, 0) },
  };
  const dateText = row[21];
  if (dateText !== null) mention.dateText = c.str(21);
  if (!c.ok) return null;
  return {
    id,
    date,
    cameo,
    quad,
    goldstein,
    modality,
    sourceIds,
    targetIds,
    otherIds,
    ...(place === undefined ? {} : { place }),
    articleIds: articles,
    mentionCount,
    chunk,
    mentions: [mention],
  };
}

/**
 * The checks on one row's cells; the first problem is reported, `ok` says whether there was one.
 * (Methods, not closures made per row: the build runs this half a million times.)
 */
class Cells {
  ok = true;
  constructor(
    private readonly row: readonly unknown[],
    private readonly fail: Fail,
  ) {}

  bad(col: number, message: string): void {
    if (this.ok) this.fail(col, message);
    this.ok = false;
  }

  str(col: number, test?: RegExp, min = 0): string {
    const v = this.row[col];
    if (typeof v !== "string" || v.length < min) this.bad(col, `expected a string${min ? ` of at least ${min} characters` : ""}`);
    else if (test && !test.test(v)) this.bad(col, `«${v}» does not match ${test}`);
    return v as string;
  }

  int(col: number, min: number): number {
    const v = this.row[col];
    if (!Number.isInteger(v) || (v as number) < min) this.bad(col, `expected an integer ≥ ${min}`);
    return v as number;
  }

  ref(v: unknown, col: number, ids: readonly string[], what: string): string {
    if (!Number.isInteger(v) || (v as number) < 0 || (v as number) >= ids.length) {
      this.bad(col, `${what} ${JSON.stringify(v)} does not exist (${ids.length} ${what}s)`);
      return "";
    }
    return ids[v as number]!;
  }

  refs(col: number, ids: readonly string[], what: string, min: number): string[] {
    const v = this.row[col];
    if (!Array.isArray(v) || v.length < min) {
      this.bad(col, `expected an array of at least ${min} ${what} positions`);
      return [];
    }
    if (v.length === 0) return NO_IDS;
    const out: string[] = new Array(v.length);
    for (let i = 0; i < v.length; i++) out[i] = this.ref(v[i], col, ids, what);
    return out;
  }
}
