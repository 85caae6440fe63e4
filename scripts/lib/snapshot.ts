/**
 * The build snapshot: what a build leaves in the cache folder for the next build into the same
 * output folder, so that a rebuild after a few changed articles re-merges and rewrites only what
 * they touch (scripts/lib/rebuild.ts). It records the input files as they were (stat and content
 * hash), the output files as they were written (stat: a file changed since is never reused), the
 * corpus stage's state (articles, actors, first discoveries, which articles file drafts under
 * which day key, report figures) and every merged event in columns, with where its index row and
 * CSV record stand in the written files and which mentions it holds.
 *
 * The columns are typed arrays and string tables in V8's serialisation format: a 10k-article
 * snapshot (107k events) is read back in tens of milliseconds, where the same events as objects
 * take a third of a second each way.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { deserialize, serialize } from "node:v8";
import type { Actor, ArticleMeta, ChunkRef, EventDate, Quad, Relation } from "../../src/contract/schema.ts";
import type { Corpus } from "../pipeline/assemble.ts";
import type { BuildReport } from "../pipeline/build.ts";
import type { ArticleDigest } from "../pipeline/digest.ts";
import { layoutKey } from "../pipeline/layout.ts";
import type { MergedEvent } from "../pipeline/merge.ts";
import type { MetadataEntry } from "../pipeline/metadata.ts";
import type { SpillPlaces } from "./mentionStore.ts";

/** Bumped whenever the snapshot's shape changes (the pipeline version covers the rest). */
export const SNAPSHOT_FORMAT = 6;

/** A file as `stat` saw it: size, modification time, inode. */
export type FileStamp = readonly [size: number, mtimeMs: number, ino: number];

export function stampOf(path: string): FileStamp {
  const s = statSync(path);
  return [s.size, s.mtimeMs, s.ino];
}

export const sameStamp = (a: FileStamp | undefined, b: FileStamp | undefined) => !!a && !!b && a[0] === b[0] && a[1] === b[1] && a[2] === b[2];

/** Merged events in columns (see `encodeEvents`). */
export interface EventColumns {
  readonly count: number;
  /** Event ids joined by newlines. */
  readonly ids: string;
  readonly strings: readonly string[];
  readonly dates: readonly EventDate[];
  readonly date: Int32Array;
  readonly cameo: Int32Array;
  readonly quad: Uint8Array;
  readonly goldstein: Float64Array;
  readonly modality: Int32Array;
  /** String index, or -1. */
  readonly place: Int32Array;
  readonly chunk: Int32Array;
  /** Four lists per event (sources, targets, others, articles): `listStart[4i + k]` to `listStart[4i + k + 1]` in `listItems` (string indexes). */
  readonly listStart: Int32Array;
  readonly listItems: Int32Array;
  /** Event `i`'s mentions are `mentionRefs[mentionStart[i]]` to `mentionRefs[mentionStart[i + 1]]` (indexes into the snapshot's mention places). */
  readonly mentionStart: Int32Array;
  readonly mentionRefs: Int32Array;
  /** Byte offset and length of each event's row in graph.json, then of its record in events.csv. */
  readonly bytes: Float64Array;
}

export interface BuildSnapshot {
  readonly format: number;
  readonly version: string;
  /** The output folder (absolute) and a hash of the METADATA.json text the build read. */
  readonly outDir: string;
  readonly metaHash: string;
  /**
   * Every input file (relative names, in the build's order) with its stamp, its content hash (""
   * when it was not read) and its METADATA.json entry as JSON ("" for none; the metadata's hash
   * vouches for them, so a rebuild need not parse the metadata again).
   */
  readonly files: { readonly names: readonly string[]; readonly stamps: readonly FileStamp[]; readonly hashes: readonly string[]; readonly metas: readonly string[] };
  /** Each article's input file (index into `files`), in article order. */
  readonly articleFiles: Int32Array;
  /** Every output file (relative path) with its stamp once written. */
  readonly outputs: Readonly<Record<string, FileStamp>>;
  readonly articles: readonly ArticleMeta[];
  readonly articleChunks: readonly ChunkRef[];
  /**
   * The actors without their article lists, which are `actorArticles[actorArticleStart[k]]` to
   * `actorArticles[actorArticleStart[k + 1]]` (article indexes): hundreds of thousands of ids as
   * strings would be most of the snapshot's reading time.
   */
  readonly actors: readonly Actor[];
  readonly actorArticleStart: Int32Array;
  readonly actorArticles: Int32Array;
  readonly relations: readonly Relation[];
  /** The layout and what it was computed from (see `layoutKey`). */
  readonly layout: Readonly<Record<string, { x: number; y: number }>>;
  readonly layoutKey: string;
  /** Each discovered actor id with the first article (index) that discovered it and its entry as JSON. */
  readonly discovered: readonly (readonly [id: string, first: number, entry: string])[];
  /** Day keys (see `mergeKeys`) and, for each, the articles filing drafts under it: `dayArticles[dayStart[k]]` to `dayArticles[dayStart[k + 1]]`. */
  readonly dayKeys: readonly string[];
  readonly dayStart: Int32Array;
  readonly dayArticles: Int32Array;
  /** The report without its rows; how many of its warnings precede the articles' own; each article's warning count. */
  readonly report: Omit<BuildReport, "perArticle">;
  readonly leadingWarnings: number;
  readonly articleWarnings: Int32Array;
  /** Byte offset and length of each article's row in build-report.json. */
  readonly reportRows: Float64Array;
  /** Where every mention is; article `a`'s mentions (in its digest's order) are `articleMentions[a]` to `articleMentions[a + 1]`. */
  readonly mentions: SpillPlaces;
  readonly articleMentions: Int32Array;
  readonly events: EventColumns;
}

/**
 * Merged events (their mentions as indexes into the snapshot's mention places) in columns. With
 * `base`, the columns of the previous snapshot and each event's index there (`origin`, -1 for a
 * new event): a previous event's values are copied from them, its strings keep their numbers, and
 * its mentions are its previous ones renumbered by `remap` (as `decodeEvents` reads them).
 */
export function encodeEvents(
  events: readonly MergedEvent<number>[],
  bytes: Float64Array,
  base?: { readonly columns: EventColumns; readonly origin: Int32Array; readonly remap?: Int32Array },
): EventColumns {
  const strings: string[] = base ? [...base.columns.strings] : [];
  const stringIndex = new Map<string, number>();
  for (const [i, x] of strings.entries()) stringIndex.set(x, i);
  const str = (s: string) => {
    let i = stringIndex.get(s);
    if (i === undefined) {
      i = strings.push(s) - 1;
      stringIndex.set(s, i);
    }
    return i;
  };
  const dates: EventDate[] = base ? [...base.columns.dates] : [];
  const dateIndex = new Map<EventDate, number>();
  const dateKeyIndex = new Map<string, number>();
  const dateKey = (d: EventDate) => `${d.edtf}|${d.start}|${d.end}|${d.precision}`;
  for (const [i, x] of dates.entries()) dateKeyIndex.set(dateKey(x), i);
  const dateOf = (date: EventDate) => {
    let d = dateIndex.get(date);
    if (d !== undefined) return d;
    const key = dateKey(date);
    d = dateKeyIndex.get(key);
    if (d === undefined) {
      d = dates.push({ edtf: date.edtf, start: date.start, end: date.end, precision: date.precision }) - 1;
      dateKeyIndex.set(key, d);
    }
    dateIndex.set(date, d);
    return d;
  };
  const n = events.length;
  const origin = base?.origin;
  const c = base?.columns;
  // sized first: millions of list items and mentions in a large corpus
  let itemCount = 0;
  let refCount = 0;
  for (let i = 0; i < n; i++) {
    const e = events[i]!;
    const from = origin ? origin[i]! : -1;
    itemCount += from >= 0 ? c!.listStart[4 * from + 4]! - c!.listStart[4 * from]! : e.sourceIds.length + e.targetIds.length + e.otherIds.length + e.articleIds.length;
    refCount += e.mentionCount;
  }
  const date = new Int32Array(n);
  const cameo = new Int32Array(n);
  const quad = new Uint8Array(n);
  const goldstein = new Float64Array(n);
  const modality = new Int32Array(n);
  const place = new Int32Array(n);
  const chunk = new Int32Array(n);
  const listStart = new Int32Array(4 * n + 1);
  const listItems = new Int32Array(itemCount);
  const mentionStart = new Int32Array(n + 1);
  const mentionRefs = new Int32Array(refCount);
  const ids: string[] = new Array(n);
  let item = 0;
  let ref = 0;
  let lastChunk: string | undefined;
  let lastChunkIndex = -1;
  for (let i = 0; i < n; i++) {
    const e = events[i]!;
    ids[i] = e.id;
    const from = origin ? origin[i]! : -1;
    if (from >= 0) {
      date[i] = c!.date[from]!;
      cameo[i] = c!.cameo[from]!;
      quad[i] = c!.quad[from]!;
      goldstein[i] = c!.goldstein[from]!;
      modality[i] = c!.modality[from]!;
      place[i] = c!.place[from]!;
      const first = c!.listStart[4 * from]!;
      for (let k = 0; k < 4; k++) listStart[4 * i + k] = item + (c!.listStart[4 * from + k]! - first);
      const count = c!.listStart[4 * from + 4]! - first;
      // (element by element: a view per event cost more than the copy)
      for (let k = 0; k < count; k++) listItems[item + k] = c!.listItems[first + k]!;
      item += count;
    } else {
      date[i] = dateOf(e.date);
      cameo[i] = str(e.cameo);
      quad[i] = e.quad;
      goldstein[i] = e.goldstein;
      modality[i] = str(e.modality);
      place[i] = e.place === undefined ? -1 : str(e.place);
      listStart[4 * i] = item;
      for (let j = 0; j < e.sourceIds.length; j++) listItems[item++] = str(e.sourceIds[j]!);
      listStart[4 * i + 1] = item;
      for (let j = 0; j < e.targetIds.length; j++) listItems[item++] = str(e.targetIds[j]!);
      listStart[4 * i + 2] = item;
      for (let j = 0; j < e.otherIds.length; j++) listItems[item++] = str(e.otherIds[j]!);
      listStart[4 * i + 3] = item;
      for (let j = 0; j < e.articleIds.length; j++) listItems[item++] = str(e.articleIds[j]!);
    }
    // a previous event's chunk can change (a busy year is cut by position); events come by chunk
    if (e.chunk !== lastChunk) {
      lastChunk = e.chunk;
      lastChunkIndex = str(e.chunk);
    }
    chunk[i] = lastChunkIndex;
    mentionStart[i] = ref;
    if (from >= 0) {
      // (from the columns: an event read back from them would make its list of mentions anew)
      const remap = base!.remap;
      for (let j = c!.mentionStart[from]!; j < c!.mentionStart[from + 1]!; j++) mentionRefs[ref++] = remap ? remap[c!.mentionRefs[j]!]! : c!.mentionRefs[j]!;
      continue;
    }
    const mentions = e.mentions;
    for (let j = 0; j < mentions.length; j++) mentionRefs[ref++] = mentions[j]!;
  }
  listStart[4 * n] = item;
  mentionStart[n] = ref;
  return { count: n, ids: ids.join("\n"), strings, dates, date, cameo, quad, goldstein, modality, place, chunk, listStart, listItems, mentionStart, mentionRefs, bytes };
}

const NO_IDS: string[] = Object.freeze([]) as unknown as string[];

/** What the events read back from one snapshot's columns share. */
interface ColumnsView {
  readonly c: EventColumns;
  readonly ids: readonly string[];
  readonly dates: readonly EventDate[];
  readonly remap: Int32Array | undefined;
  list(i: number, k: number): string[];
}

/**
 * A merged event of a snapshot, its fields read from the columns when asked for: a rebuild keeps
 * nearly every event as it was and reads few of their fields (their dates and ids to order them,
 * their parties where relations are counted again), so none is built whole. Only `chunk` is its
 * own (a rebuild assigns the chunks again).
 */
class StoredEvent {
  chunk: string;
  readonly #v: ColumnsView;
  /** The event's index in the snapshot. */
  readonly index: number;
  constructor(v: ColumnsView, index: number) {
    this.#v = v;
    this.index = index;
    this.chunk = v.c.strings[v.c.chunk[index]!]!;
  }
  get id() {
    return this.#v.ids[this.index]!;
  }
  get date() {
    return this.#v.dates[this.#v.c.date[this.index]!]!;
  }
  get cameo() {
    return this.#v.c.strings[this.#v.c.cameo[this.index]!]!;
  }
  get quad() {
    return this.#v.c.quad[this.index] as Quad;
  }
  get goldstein() {
    return this.#v.c.goldstein[this.index]!;
  }
  get modality() {
    return this.#v.c.strings[this.#v.c.modality[this.index]!] as MergedEvent["modality"];
  }
  get sourceIds() {
    return this.#v.list(this.index, 0);
  }
  get targetIds() {
    return this.#v.list(this.index, 1);
  }
  get otherIds() {
    return this.#v.list(this.index, 2);
  }
  get articleIds() {
    return this.#v.list(this.index, 3);
  }
  get place() {
    const p = this.#v.c.place[this.index]!;
    return p >= 0 ? this.#v.c.strings[p] : undefined;
  }
  get mentionCount() {
    return this.#v.c.mentionStart[this.index + 1]! - this.#v.c.mentionStart[this.index]!;
  }
  /** The mention indexes (renumbered as the reading asked), a new list each time. */
  get mentions() {
    const { c, remap } = this.#v;
    const out: number[] = [];
    for (let j = c.mentionStart[this.index]!; j < c.mentionStart[this.index + 1]!; j++) out.push(remap ? remap[c.mentionRefs[j]!]! : c.mentionRefs[j]!);
    return out;
  }
}

/**
 * The events of `encodeEvents` back, or those `keep` marks, their mention indexes renumbered by
 * `remap`; each reads its fields from the columns (see `StoredEvent`). Equal id lists come back
 * as one shared, frozen list: most events name the same few parties.
 */
export function decodeEvents(c: EventColumns, { keep, remap }: { readonly keep?: Uint8Array; readonly remap?: Int32Array } = {}): (MergedEvent<number> & { readonly index: number })[] {
  const lists = new Map<number | string, string[]>();
  const frozen = (from: number, to: number) => {
    const out: string[] = [];
    for (let j = from; j < to; j++) out.push(c.strings[c.listItems[j]!]!);
    return Object.freeze(out) as unknown as string[];
  };
  // a list of up to three strings (of the first 65,536) has a numeric key: no string built per event
  const small = c.strings.length <= 0x10000;
  const view: ColumnsView = {
    c,
    ids: c.count === 0 ? [] : c.ids.split("\n"),
    dates: c.dates.map((d) => Object.freeze({ ...d })),
    remap,
    list(i, k) {
      const from = c.listStart[4 * i + k]!;
      const to = c.listStart[4 * i + k + 1]!;
      const n = to - from;
      if (n === 0) return NO_IDS;
      let key: number | string;
      if (small && n <= 3) {
        key = n;
        for (let j = from; j < to; j++) key = key * 0x10000 + c.listItems[j]!;
      } else key = Array.prototype.join.call(c.listItems.subarray(from, to), ",");
      let l = lists.get(key);
      if (!l) {
        l = frozen(from, to);
        lists.set(key, l);
      }
      return l;
    },
  };
  const events: (MergedEvent<number> & { readonly index: number })[] = [];
  for (let i = 0; i < c.count; i++) if (!keep || keep[i]) events.push(new StoredEvent(view, i) as unknown as MergedEvent<number> & { readonly index: number });
  return events;
}

/** Every file below `dir` (relative paths) with its stamp. */
export function stampFolder(dir: string): Record<string, FileStamp> {
  const out: Record<string, FileStamp> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, name.name);
      if (name.isDirectory()) walk(p);
      else out[relative(dir, p)] = stampOf(p);
    }
  };
  walk(dir);
  return out;
}

/**
 * The snapshot file of builds into `outDir` by pipeline `version` (one per output folder: a cache
 * can serve several). It sits in the version's folder of the cache, so that it goes with it when
 * the cache of an old version is pruned (`pruneCache`).
 */
const fileOf = (cacheDir: string, version: string, outDir: string) =>
  join(cacheDir, version, `snapshot-${createHash("sha256").update(resolve(outDir)).digest("hex").slice(0, 16)}.bin`);

/** Whether a snapshot of builds into `outDir` exists for another pipeline version than `version`. */
export function hasSnapshotOfOtherVersion(cacheDir: string, version: string, outDir: string): boolean {
  if (!existsSync(cacheDir)) return false;
  return readdirSync(cacheDir, { withFileTypes: true }).some((e) => e.isDirectory() && e.name !== version && existsSync(fileOf(cacheDir, e.name, outDir)));
}

/** The snapshot of builds into `outDir` by pipeline `version`, if there is one this code can read; never throws. */
export function readSnapshot(cacheDir: string, version: string, outDir: string): BuildSnapshot | null {
  const path = fileOf(cacheDir, version, outDir);
  if (!existsSync(path)) return null;
  try {
    const s = deserialize(readFileSync(path)) as Stored;
    if (!s || s.format !== SNAPSHOT_FORMAT || s.outDir !== resolve(outDir)) return null;
    const split = (joined: string) => (joined === "" ? [] : joined.split("\0"));
    const names = split(s.files.names);
    const stamps = names.map((_, i): FileStamp => [s.files.stamps[3 * i]!, s.files.stamps[3 * i + 1]!, s.files.stamps[3 * i + 2]!]);
    return { ...s, files: { names, stamps, hashes: split(s.files.hashes), metas: split(s.files.metas) }, dayKeys: split(s.dayKeys) };
  } catch {
    return null;
  }
}

/**
 * The snapshot as stored: the per-file lists and the day keys joined into single strings (a
 * 50k-article corpus has 200,000 of them; one string is read and written as one copy).
 */
type Stored = Omit<BuildSnapshot, "files" | "dayKeys"> & {
  readonly files: { readonly names: string; readonly stamps: Float64Array; readonly hashes: string; readonly metas: string };
  readonly dayKeys: string;
};

/** Writes the snapshot (a temporary file, then a rename: a killed build leaves the old one or none). */
export function writeSnapshot(cacheDir: string, snapshot: BuildSnapshot): void {
  const path = fileOf(cacheDir, snapshot.version, snapshot.outDir);
  const tmp = `${path}.tmp-${process.pid}`;
  mkdirSync(dirname(path), { recursive: true });
  // (file names cannot hold NUL, nor JSON text, hashes or day keys)
  const { files } = snapshot;
  const stored: Stored = {
    ...snapshot,
    files: { names: files.names.join("\0"), stamps: Float64Array.from(files.stamps.flat()), hashes: files.hashes.join("\0"), metas: files.metas.join("\0") },
    dayKeys: snapshot.dayKeys.join("\0"),
  };
  writeFileSync(tmp, serialize(stored));
  renameSync(tmp, path);
}

/**
 * Collects a full build's snapshot as it runs: the build tells it each input file's stamp and
 * hash, each article as the corpus stage takes it, each day key, and where the rows went.
 */
export function createSnapshotRecorder(version: string, outDir: string, metaText: string | null) {
  const names: string[] = [];
  const stamps: FileStamp[] = [];
  const hashes: string[] = [];
  const metas: string[] = [];
  const fileIndex = new Map<string, number>();
  const articleFiles: number[] = [];
  const articleMentions: number[] = [0];
  const articleWarnings: number[] = [];
  const discovered = new Map<string, readonly [string, number, string]>();
  const dayArticles = new Map<string, number[]>();
  // each actor's articles (indexes), as the articles arrive: the actors' article lists without a lookup per id
  const actorArticles = new Map<string, number[]>();
  let reportRows = new Float64Array(0);
  let eventBytes = new Float64Array(0);
  return {
    /** An input file, before it is read (a file changed after its stamp is read again next time). */
    file(name: string, stamp: FileStamp, meta: MetadataEntry | undefined) {
      fileIndex.set(name, names.push(name) - 1);
      stamps.push(stamp);
      hashes.push("");
      metas.push(meta ? JSON.stringify(meta) : "");
    },
    hash(name: string, hash: string | undefined) {
      const i = fileIndex.get(name);
      if (i !== undefined && hash !== undefined) hashes[i] = hash;
    },
    /** The next article the corpus stage takes (in article order). */
    article(name: string, d: ArticleDigest<unknown>) {
      const a = articleFiles.push(fileIndex.get(name) ?? -1) - 1;
      articleMentions.push(articleMentions[a]! + d.events.length);
      articleWarnings.push(d.warnings.length);
      for (const [id] of d.actorCounts) {
        const list = actorArticles.get(id);
        if (list) list.push(a);
        else actorArticles.set(id, [a]);
      }
      for (const entry of d.discovered) if (!discovered.has(entry.id)) discovered.set(entry.id, [entry.id, a, JSON.stringify(entry)]);
    },
    dayKey(key: string, article: number) {
      const list = dayArticles.get(key);
      if (!list) dayArticles.set(key, [article]);
      else if (list[list.length - 1] !== article) list.push(article);
    },
    /** Where event `i`'s row and record went (see `writeGraphFiles`). */
    eventBytes(i: number, row: number, rowLength: number, csv: number, csvLength: number) {
      if (eventBytes.length < 4 * (i + 1)) {
        const grown = new Float64Array(Math.max(4 * (i + 1), eventBytes.length * 2));
        grown.set(eventBytes);
        eventBytes = grown;
      }
      eventBytes.set([row, rowLength, csv, csvLength], 4 * i);
    },
    reportRow(i: number, offset: number, length: number) {
      if (reportRows.length < 2 * (i + 1)) {
        const grown = new Float64Array(Math.max(2 * (i + 1), reportRows.length * 2));
        grown.set(reportRows);
        reportRows = grown;
      }
      reportRows[2 * i] = offset;
      reportRows[2 * i + 1] = length;
    },
    /** The snapshot of the finished build (its output committed to `outDir`). */
    finish(corpus: Corpus<number>, mentions: SpillPlaces, leadingWarnings: number): BuildSnapshot {
      // (in the order the build first met them: the same for the same input)
      const keys = [...dayArticles.keys()];
      const dayStart = new Int32Array(keys.length + 1);
      let total = 0;
      for (const list of dayArticles.values()) total += list.length;
      const items = new Int32Array(total);
      let at = 0;
      keys.forEach((k, i) => {
        dayStart[i] = at;
        for (const a of dayArticles.get(k)!) items[at++] = a;
      });
      dayStart[keys.length] = at;
      const { perArticle: _rows, ...report } = corpus.report;
      return {
        format: SNAPSHOT_FORMAT,
        version,
        outDir: resolve(outDir),
        metaHash: metaHashOf(metaText),
        files: { names, stamps, hashes, metas },
        articleFiles: Int32Array.from(articleFiles),
        outputs: stampFolder(outDir),
        articles: corpus.articles,
        articleChunks: corpus.articleChunks,
        ...encodeActors(corpus.actors, (id) => actorArticles.get(id) ?? []),
        relations: corpus.relations,
        layout: corpus.layout,
        layoutKey: layoutKey(corpus),
        discovered: [...discovered.values()],
        dayKeys: keys,
        dayStart,
        dayArticles: items,
        report,
        leadingWarnings,
        articleWarnings: Int32Array.from(articleWarnings),
        reportRows: reportRows.slice(0, 2 * articleFiles.length),
        mentions,
        articleMentions: Int32Array.from(articleMentions),
        events: encodeEvents(corpus.events, eventBytes.slice(0, 4 * corpus.events.length)),
      };
    },
  };
}

/** The actors with their article lists as article indexes (see `BuildSnapshot.actors`), `articlesOf` giving them. */
export function encodeActors(actors: readonly Actor[], articlesOf: (id: string) => readonly number[]): Pick<BuildSnapshot, "actors" | "actorArticleStart" | "actorArticles"> {
  const start = new Int32Array(actors.length + 1);
  let total = 0;
  for (const a of actors) total += articlesOf(a.id).length;
  const items = new Int32Array(total);
  let at = 0;
  actors.forEach((a, k) => {
    start[k] = at;
    const list = articlesOf(a.id);
    if (list.length !== a.articleIds.length) throw new Error(`snapshot: actor ${a.id} has ${a.articleIds.length} articles, ${list.length} recorded`);
    for (const i of list) items[at++] = i;
  });
  start[actors.length] = at;
  return { actors: actors.map((a) => ({ ...a, articleIds: [] })), actorArticleStart: start, actorArticles: items };
}

/** A hash of the METADATA.json text a build read (or of its absence). */
export function metaHashOf(text: string | null): string {
  return text === null ? "none" : createHash("sha256").update(text).digest("hex");
}
