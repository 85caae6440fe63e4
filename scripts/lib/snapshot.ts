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
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { deserialize, serialize } from "node:v8";
import type { Actor, ArticleMeta, ChunkRef, EventDate, Quad } from "../../src/contract/schema.ts";
import type { Corpus } from "../pipeline/assemble.ts";
import type { BuildReport } from "../pipeline/build.ts";
import type { ArticleDigest } from "../pipeline/digest.ts";
import { layoutKey } from "../pipeline/layout.ts";
import type { MergedEvent } from "../pipeline/merge.ts";
import type { SpillPlaces } from "./mentionStore.ts";

/** Bumped whenever the snapshot's shape changes (the pipeline version covers the rest). */
export const SNAPSHOT_FORMAT = 2;

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
  /** Every input file (relative names, in the build's order) with its stamp and content hash ("" when it was not read). */
  readonly files: { readonly names: readonly string[]; readonly stamps: readonly FileStamp[]; readonly hashes: readonly string[] };
  /** Each article's input file (index into `files`), in article order. */
  readonly articleFiles: Int32Array;
  /** Every output file (relative path) with its stamp once written. */
  readonly outputs: Readonly<Record<string, FileStamp>>;
  readonly articles: readonly ArticleMeta[];
  readonly articleChunks: readonly ChunkRef[];
  readonly actors: readonly Actor[];
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

/** Merged events (their mentions as indexes into the snapshot's mention places) in columns. */
export function encodeEvents(events: readonly MergedEvent<number>[], bytes: Float64Array): EventColumns {
  const strings: string[] = [];
  const stringIndex = new Map<string, number>();
  const str = (s: string) => {
    let i = stringIndex.get(s);
    if (i === undefined) {
      i = strings.push(s) - 1;
      stringIndex.set(s, i);
    }
    return i;
  };
  const dates: EventDate[] = [];
  const dateIndex = new Map<EventDate, number>();
  const dateKeyIndex = new Map<string, number>();
  const n = events.length;
  const date = new Int32Array(n);
  const cameo = new Int32Array(n);
  const quad = new Uint8Array(n);
  const goldstein = new Float64Array(n);
  const modality = new Int32Array(n);
  const place = new Int32Array(n);
  const chunk = new Int32Array(n);
  const listStart = new Int32Array(4 * n + 1);
  const items: number[] = [];
  const mentionStart = new Int32Array(n + 1);
  const refs: number[] = [];
  events.forEach((e, i) => {
    let d = dateIndex.get(e.date);
    if (d === undefined) {
      const key = `${e.date.edtf}|${e.date.start}|${e.date.end}|${e.date.precision}`;
      d = dateKeyIndex.get(key);
      if (d === undefined) {
        d = dates.push({ edtf: e.date.edtf, start: e.date.start, end: e.date.end, precision: e.date.precision }) - 1;
        dateKeyIndex.set(key, d);
      }
      dateIndex.set(e.date, d);
    }
    date[i] = d;
    cameo[i] = str(e.cameo);
    quad[i] = e.quad;
    goldstein[i] = e.goldstein;
    modality[i] = str(e.modality);
    place[i] = e.place === undefined ? -1 : str(e.place);
    chunk[i] = str(e.chunk);
    [e.sourceIds, e.targetIds, e.otherIds, e.articleIds].forEach((list, k) => {
      listStart[4 * i + k] = items.length;
      for (const id of list) items.push(str(id));
    });
    mentionStart[i] = refs.length;
    for (const r of e.mentions) refs.push(r);
  });
  listStart[4 * n] = items.length;
  mentionStart[n] = refs.length;
  return {
    count: n,
    ids: events.map((e) => e.id).join("\n"),
    strings,
    dates,
    date,
    cameo,
    quad,
    goldstein,
    modality,
    place,
    chunk,
    listStart,
    listItems: Int32Array.from(items),
    mentionStart,
    mentionRefs: Int32Array.from(refs),
    bytes,
  };
}

/** The events of `encodeEvents` back as objects (mentions as indexes into the snapshot's mention places). */
export function decodeEvents(c: EventColumns): MergedEvent<number>[] {
  const ids = c.count === 0 ? [] : c.ids.split("\n");
  const dates = c.dates.map((d) => Object.freeze({ ...d }));
  const list = (i: number, k: number) => {
    const out: string[] = [];
    for (let j = c.listStart[4 * i + k]!; j < c.listStart[4 * i + k + 1]!; j++) out.push(c.strings[c.listItems[j]!]!);
    return out;
  };
  const events: MergedEvent<number>[] = new Array(c.count);
  for (let i = 0; i < c.count; i++) {
    const mentions: number[] = [];
    for (let j = c.mentionStart[i]!; j < c.mentionStart[i + 1]!; j++) mentions.push(c.mentionRefs[j]!);
    const place = c.place[i]!;
    events[i] = {
      id: ids[i]!,
      date: dates[c.date[i]!]!,
      cameo: c.strings[c.cameo[i]!]!,
      quad: c.quad[i] as Quad,
      goldstein: c.goldstein[i]!,
      modality: c.strings[c.modality[i]!] as MergedEvent["modality"],
      sourceIds: list(i, 0),
      targetIds: list(i, 1),
      otherIds: list(i, 2),
      ...(place >= 0 ? { place: c.strings[place]! } : {}),
      articleIds: list(i, 3),
      mentionCount: mentions.length,
      chunk: c.strings[c.chunk[i]!]!,
      mentions,
    };
  }
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

/** The snapshot file of builds into `outDir` (one per output folder: a cache can serve several). */
const fileOf = (cacheDir: string, outDir: string) => join(cacheDir, `snapshot-${createHash("sha256").update(resolve(outDir)).digest("hex").slice(0, 16)}.bin`);

/** The snapshot of builds into `outDir`, if there is one this code can read; never throws. */
export function readSnapshot(cacheDir: string, outDir: string): BuildSnapshot | null {
  const path = fileOf(cacheDir, outDir);
  if (!existsSync(path)) return null;
  try {
    const s = deserialize(readFileSync(path)) as BuildSnapshot;
    return s && s.format === SNAPSHOT_FORMAT && s.outDir === resolve(outDir) ? s : null;
  } catch {
    return null;
  }
}

/** Writes the snapshot (a temporary file, then a rename: a killed build leaves the old one or none). */
export function writeSnapshot(cacheDir: string, snapshot: BuildSnapshot): void {
  const path = fileOf(cacheDir, snapshot.outDir);
  const tmp = `${path}.tmp-${process.pid}`;
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(tmp, serialize(snapshot));
  renameSync(tmp, path);
}

/** Removes the snapshot of builds into `outDir`: the output it describes is about to be replaced. */
export function dropSnapshot(cacheDir: string, outDir: string): void {
  rmSync(fileOf(cacheDir, outDir), { force: true });
}

/**
 * Collects a full build's snapshot as it runs: the build tells it each input file's stamp and
 * hash, each article as the corpus stage takes it, each day key, and where the rows went.
 */
export function createSnapshotRecorder(version: string, outDir: string, metaText: string | null) {
  const names: string[] = [];
  const stamps: FileStamp[] = [];
  const hashes: string[] = [];
  const fileIndex = new Map<string, number>();
  const articleFiles: number[] = [];
  const articleMentions: number[] = [0];
  const articleWarnings: number[] = [];
  const discovered = new Map<string, readonly [string, number, string]>();
  const dayArticles = new Map<string, number[]>();
  let reportRows = new Float64Array(0);
  let eventBytes = new Float64Array(0);
  return {
    /** An input file, before it is read (a file changed after its stamp is read again next time). */
    file(name: string, stamp: FileStamp) {
      fileIndex.set(name, names.push(name) - 1);
      stamps.push(stamp);
      hashes.push("");
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
      const keys = [...dayArticles.keys()].sort();
      const dayStart = new Int32Array(keys.length + 1);
      const items: number[] = [];
      keys.forEach((k, i) => {
        dayStart[i] = items.length;
        items.push(...dayArticles.get(k)!);
      });
      dayStart[keys.length] = items.length;
      const { perArticle: _rows, ...report } = corpus.report;
      return {
        format: SNAPSHOT_FORMAT,
        version,
        outDir: resolve(outDir),
        metaHash: metaHashOf(metaText),
        files: { names, stamps, hashes },
        articleFiles: Int32Array.from(articleFiles),
        outputs: stampFolder(outDir),
        articles: corpus.articles,
        articleChunks: corpus.articleChunks,
        actors: corpus.actors,
        layout: corpus.layout,
        layoutKey: layoutKey(corpus),
        discovered: [...discovered.values()],
        dayKeys: keys,
        dayStart,
        dayArticles: Int32Array.from(items),
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

export type SnapshotRecorder = ReturnType<typeof createSnapshotRecorder>;

/** A hash of the METADATA.json text a build read (or of its absence). */
export function metaHashOf(text: string | null): string {
  return text === null ? "none" : createHash("sha256").update(text).digest("hex");
}
