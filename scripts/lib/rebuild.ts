/**
 * The incremental rebuild: after a few articles changed, the previous build's snapshot
 * (snapshot.ts) lets the build re-merge only the drafts those articles can reach and rewrite only
 * the files they touch, with the same bytes a full build would write.
 *
 * Merging joins two drafts only through a shared trigger (within an article) or a shared day key
 * (`mergeKeys`), and takes drafts in article order. So the drafts linked to a changed article
 * through those keys, closed under them, merge among themselves exactly as they do in a full
 * build, and every other merged event stays as it was. The rest is patched (actors' counts, the
 * report's figures), recounted where those events touch it (relations; the layout when they
 * change) or copied: the index rows and CSV records of unchanged events from the previous files,
 * unchanged chunks as hard links.
 *
 * Whatever this path does not handle exactly — files added, removed or renamed, a changed file
 * that is not an article, METADATA.json, an actor appearing or disappearing, a first discovery
 * moving, chunks re-cut, many changed articles, an output file touched since — it declines with
 * the reason, and the build runs in full.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ARTICLES_PER_CHUNK, chunkPath, eventChunkKeys, leadsChunkKey } from "../../src/contract/chunks.ts";
import { addToPair, affiliatedBy, eventParticipants, type PairTotals, relationOf, relationsFromEvents, sortRelations } from "../../src/contract/relations.ts";
import type { Actor, Relation } from "../../src/contract/schema.ts";
import { articleChunkHead, articleChunkJson, articleChunkTail, type Corpus, countryResolver, reportRowOf } from "../pipeline/assemble.ts";
import type { BuildReport, DigestResult } from "../pipeline/build.ts";
import type { ArticleDigest, EventDraft } from "../pipeline/digest.ts";
import type { Gazetteer } from "../pipeline/gazetteer.ts";
import { computeLayout, layoutKey } from "../pipeline/layout.ts";
import type { MetadataEntry } from "../pipeline/metadata.ts";
import { createIncrementalMerger, draftOrder, type MergedEvent, mergeKeys } from "../pipeline/merge.ts";
import { chunkEntries, eventChunkHead, leadsChunkHead, type ReusedEntries, writeGraphFiles } from "../pipeline/split.ts";
import type { ActorEntry } from "../pipeline/types.ts";
import type { AnalysisCache } from "./analysisCache.ts";
import type { FileJob, FileOutcome } from "./articleJob.ts";
import { createSpillReader, type MentionPlace, type SpillPlaces } from "./mentionStore.ts";
import { openAtomicOutput } from "./output.ts";
import { formatReportRow, writeReport } from "./report.ts";
import {
  type BuildSnapshot,
  decodeEvents,
  type EventColumns,
  encodeActors,
  encodeEvents,
  type FileStamp,
  metaHashOf,
  hasSnapshotOfOtherVersion,
  readSnapshot,
  sameStamp,
  stampFolder,
  stampOf,
  writeSnapshot,
} from "./snapshot.ts";

/** At most this many changed articles are rebuilt incrementally (beyond, a full build is about as fast). */
const MAX_CHANGED = 64;

export interface RebuildInput {
  readonly inDir: string;
  readonly outDir: string;
  readonly cacheDir: string;
  /** The input files in the build's order (relative names). */
  readonly files: readonly string[];
  readonly metaText: string | null;
  readonly version: string;
  readonly gazetteer: Gazetteer;
  readonly cache: AnalysisCache;
  /** Reads, looks up and if need be analyses a file in this thread. */
  readonly process: (job: FileJob) => FileOutcome;
}

export type RebuildResult =
  | {
      readonly done: true;
      readonly report: BuildReport;
      readonly changed: number;
      /** Previous merged events made again, and the merged events they became. */
      readonly remerged: number;
      readonly merged: number;
      readonly written: boolean;
    }
  | { readonly done: false; readonly why: string };

type Digest = ArticleDigest<MentionPlace>;

/** A changed article: its index, its digest before and now, and the pack its new mentions are in. */
interface Changed {
  readonly article: number;
  readonly before: Digest;
  readonly after: Digest;
  readonly pack: string;
}

/** Rebuilds incrementally from the snapshot, or says why it cannot (the caller then builds in full). */
export function tryRebuild(input: RebuildInput): RebuildResult {
  const snap = readSnapshot(input.cacheDir, input.version, input.outDir);
  if (!snap) {
    const why = hasSnapshotOfOtherVersion(input.cacheDir, input.version, input.outDir) ? "the pipeline changed" : "no snapshot of a previous build into this folder";
    return { done: false, why };
  }
  if (snap.version !== input.version) return { done: false, why: "the pipeline changed" };
  if (snap.metaHash !== metaHashOf(input.metaText)) return { done: false, why: "METADATA.json changed" };
  const names = snap.files.names;
  if (names.length !== input.files.length || names.some((n, i) => n !== input.files[i])) return { done: false, why: "files were added, removed or renamed" };
  for (const [path, stamp] of Object.entries(snap.outputs)) {
    let now: FileStamp | undefined;
    try {
      now = stampOf(join(input.outDir, path));
    } catch {
      return { done: false, why: `the previous output lacks ${path}` };
    }
    if (!sameStamp(now, stamp)) return { done: false, why: `the previous output's ${path} changed since it was written` };
  }

  const metaOf = (file: number): MetadataEntry | undefined => (snap.files.metas[file] ? (JSON.parse(snap.files.metas[file]!) as MetadataEntry) : undefined);
  // which files changed: a file whose stamp is as recorded is taken to be as it was
  const articleOfFile = new Map<number, number>();
  for (const [a, f] of snap.articleFiles.entries()) articleOfFile.set(f, a);
  const stamps: FileStamp[] = [...snap.files.stamps];
  const hashes = [...snap.files.hashes];
  const changedFiles: { file: number; article: number; outcome: FileOutcome }[] = [];
  let restamped = false;
  for (let i = 0; i < names.length; i++) {
    const stamp = stampOf(join(input.inDir, names[i]!));
    if (sameStamp(stamp, snap.files.stamps[i])) continue;
    const article = articleOfFile.get(i);
    if (article === undefined) return { done: false, why: `${names[i]}, which was not an article, changed` };
    if (changedFiles.length >= MAX_CHANGED) return { done: false, why: `more than ${MAX_CHANGED} articles changed` };
    const outcome = input.process({ name: names[i]!, path: join(input.inDir, names[i]!), meta: metaOf(i) });
    stamps[i] = stamp;
    restamped = true;
    if (outcome.hash === snap.files.hashes[i]) continue;
    if (!outcome.result.ok || outcome.hash === undefined || !outcome.mentionsIn) return { done: false, why: `${names[i]} is no longer an article` };
    hashes[i] = outcome.hash;
    changedFiles.push({ file: i, article, outcome });
  }
  if (changedFiles.length === 0) {
    if (restamped) writeSnapshot(input.cacheDir, { ...snap, files: { ...snap.files, stamps, hashes } });
    return { done: true, report: { ...snap.report, perArticle: [] }, changed: 0, remerged: 0, merged: 0, written: false };
  }
  // the first of two files with the same content is the article, the second a duplicate: a change on either side re-decides
  const counts = new Map<string, number>();
  for (const h of [...snap.files.hashes, ...hashes]) if (h) counts.set(h, (counts.get(h) ?? 0) + 1);
  for (const c of changedFiles) {
    if (counts.get(hashes[c.file]!)! > 1 || counts.get(snap.files.hashes[c.file]!)! > 1) return { done: false, why: `${names[c.file]} has or had the content of another file` };
  }

  const digestOf = (article: number): Digest | undefined => {
    const file = snap.articleFiles[article]!;
    const hit = input.cache.get(input.cache.keyOf(snap.files.hashes[file]!, metaOf(file)));
    return hit?.result.ok ? hit.result.digest : undefined;
  };
  const changed: Changed[] = [];
  for (const c of changedFiles) {
    const before = digestOf(c.article);
    if (!before) return { done: false, why: `the cache lacks the previous analysis of ${names[c.file]}` };
    const result = c.outcome.result as Extract<DigestResult<MentionPlace>, { ok: true }>;
    changed.push({ article: c.article, before, after: result.digest, pack: c.outcome.mentionsIn! });
  }
  const changedAt = new Map(changed.map((c) => [c.article, c]));

  // discoveries: the first article to discover an id gives its entry; a change there changes parties everywhere
  const discovered = new Map(snap.discovered.map(([id, first, entry]) => [id, { first, entry }]));
  for (const c of changed) {
    for (const entry of c.after.discovered) {
      const known = discovered.get(entry.id);
      if (!known || known.first > c.article || (known.first === c.article && known.entry !== JSON.stringify(entry))) {
        return { done: false, why: `${names[snap.articleFiles[c.article]!]} changes which entry discovers ${entry.id}` };
      }
    }
    for (const entry of c.before.discovered) {
      if (discovered.get(entry.id)?.first === c.article && !c.after.discovered.some((d) => d.id === entry.id)) {
        return { done: false, why: `${names[snap.articleFiles[c.article]!]} no longer discovers ${entry.id}` };
      }
    }
  }
  const entries = new Map<string, ActorEntry>();
  const entryOf = (id: string) => {
    const g = input.gazetteer.byId.get(id);
    if (g) return g;
    let e = entries.get(id);
    if (!e) {
      const d = discovered.get(id);
      if (!d) return undefined;
      e = JSON.parse(d.entry) as ActorEntry;
      entries.set(id, e);
    }
    return e;
  };
  const countryOf = countryResolver(entryOf);
  const party = (id: string) => countryOf(id) ?? id;

  // the mention places: each article's range, the changed ones' replaced by their new places
  const oldFirst = snap.articleMentions;
  const articleCount = snap.articles.length;
  const newFirst = new Int32Array(articleCount + 1);
  for (let a = 0; a < articleCount; a++) newFirst[a + 1] = newFirst[a]! + (changedAt.get(a)?.after.events.length ?? oldFirst[a + 1]! - oldFirst[a]!);
  const mentions = remapPlaces(snap.mentions, oldFirst, newFirst, changedAt);

  // the drafts a changed article reaches through triggers and day keys
  const reached = reachedDrafts(snap, changed, (a) => {
    const c = changedAt.get(a);
    const d = c ? c.after : digestOf(a);
    return d ? d.events.map((e, i): EventDraft<number> => ({ ...e, articleId: d.article.id, mention: newFirst[a]! + i })) : null;
  }, party);
  if ("missing" in reached) return { done: false, why: `the cache lacks the analysis of ${names[snap.articleFiles[reached.missing]!]}` };
  const { selected, loaded } = reached;

  // the previous events: those holding a selected draft (or one of a changed article) are merged again
  const oldTotal = oldFirst[articleCount]!;
  const again = new Uint8Array(oldTotal);
  const remap = new Int32Array(oldTotal);
  for (let a = 0; a < articleCount; a++) {
    if (changedAt.has(a)) again.fill(1, oldFirst[a]!, oldFirst[a + 1]!);
    else for (let r = oldFirst[a]!; r < oldFirst[a + 1]!; r++) remap[r] = newFirst[a]! + (r - oldFirst[a]!);
  }
  for (const [a, drafts] of selected) if (!changedAt.has(a)) for (const i of drafts) again[oldFirst[a]! + i] = 1;
  const columns = snap.events;
  const keep = new Uint8Array(columns.count);
  const keptFrom: number[] = [];
  let remerged = 0;
  for (let i = 0; i < columns.count; i++) {
    let some = 0;
    let all = 1;
    for (let j = columns.mentionStart[i]!; j < columns.mentionStart[i + 1]!; j++) {
      const t = again[columns.mentionRefs[j]!]!;
      some |= t;
      all &= t;
    }
    if (!some) {
      keep[i] = 1;
      keptFrom.push(i);
    } else if (!all) {
      // cannot happen when the closure above is right: the full build decides
      return { done: false, why: `event ${columns.ids.split("\n")[i]} is only partly among the drafts merged again` };
    } else remerged++;
  }
  const kept = decodeEvents(columns, { keep, remap });
  const merger = createIncrementalMerger<number>({ countryOf });
  for (const a of [...selected.keys()].sort((x, y) => x - y)) {
    const l = loaded.get(a)!;
    const drafts = [...selected.get(a)!].map((i) => l.drafts[i]!);
    for (const d of drafts.sort(draftOrder)) merger.add(d);
  }
  const fresh = merger.finish();

  // the actors: counts patched; an actor appearing or disappearing re-numbers every row
  const patched = patchActors(snap, changed);
  if ("missing" in patched) return { done: false, why: `${names[snap.articleFiles[patched.article]!]} names an actor the corpus did not have (${patched.missing})` };
  const { actors, mentionTotal, extracted } = patched;
  for (const e of fresh) {
    for (const id of [...e.sourceIds, ...e.targetIds, ...e.otherIds]) if (!actors.has(id)) return { done: false, why: `a merged event names an actor the corpus did not have (${id})` };
  }
  const { events, origin } = mergeSorted(kept, keptFrom, fresh);
  // an actor no article mentions stays while an event names it
  const unmentioned = new Set([...actors.values()].filter((a) => a.articles.length === 0).map((a) => a.id));
  if (unmentioned.size > 0) {
    for (const e of events) for (const ids of [e.sourceIds, e.targetIds, e.otherIds]) for (const id of ids) unmentioned.delete(id);
    if (unmentioned.size > 0) return { done: false, why: `actor ${[...unmentioned][0]} is no longer named` };
  }

  // chunks: a changed count of a year's events can re-cut its chunks; then every row changes
  const keys = eventChunkKeys(events.map((e) => e.date.start));
  const oldChunkOf = (i: number) => columns.strings[columns.chunk[i]!]!;
  const oldChunkKeys: string[] = [];
  for (let i = 0; i < columns.count; i++) {
    // (the chunk's string looked at only where its number changes)
    if (i > 0 && columns.chunk[i] === columns.chunk[i - 1]) continue;
    const key = oldChunkOf(i);
    if (key !== oldChunkKeys[oldChunkKeys.length - 1]) oldChunkKeys.push(key);
  }
  if (distinctInOrder(keys).join("\n") !== oldChunkKeys.join("\n")) return { done: false, why: "the event chunks are cut differently" };
  // a previous event in the same chunk keeps its row (the row holds the chunk's number)
  const sameRow = new Uint8Array(events.length);
  events.forEach((e, i) => {
    if (origin[i]! >= 0 && e.chunk === keys[i]) sameRow[i] = 1;
    e.chunk = keys[i]!;
  });

  const articleIdOf = (i: number) => snap.articles[i]!.id;
  const actorList: Actor[] = [...actors.values()].map(({ articles, ...a }) => ({ ...a, articleIds: articles.map(articleIdOf) }));
  const actorIndexes = new Map([...actors.values()].map((a) => [a.id, a.articles]));
  const countryOfActor = new Map(actorList.map((a) => [a.id, a.country]));
  const affiliated = affiliatedBy((id) => countryOfActor.get(id));
  const relations = recountRelations(snap.relations, columns, keep, fresh, events, origin, affiliated);
  // the layout only moves when the actors or the relations' counts do
  const nextLayoutKey = layoutKey({ actors: actorList, relations });
  const layout = nextLayoutKey === snap.layoutKey ? snap.layout : computeLayout({ actors: actorList, relations });
  const articles = snap.articles.map((a, i) => {
    const c = changedAt.get(i);
    return c ? { ...c.after.article, chunk: a.chunk } : a;
  });
  const warnings = [...snap.report.warnings];
  const warningStart = new Int32Array(articleCount + 1);
  for (let a = 0; a < articleCount; a++) warningStart[a + 1] = warningStart[a]! + snap.articleWarnings[a]!;
  for (const c of [...changed].sort((x, y) => y.article - x.article)) {
    warnings.splice(snap.leadingWarnings + warningStart[c.article]!, snap.articleWarnings[c.article]!, ...c.after.warnings);
  }
  const report: BuildReport = {
    schemaVersion: snap.report.schemaVersion,
    filesRead: snap.report.filesRead,
    articles: snap.report.articles,
    skipped: snap.report.skipped,
    counts: { actors: actorList.length, events: events.length, relations: relations.length, mentions: mentionTotal, extractedEvents: extracted },
    perArticle: [],
    warnings,
  };
  const corpus: Corpus<number> = { articles, articleChunks: snap.articleChunks, actors: actorList, events, relations, layout, report };

  // writing: unchanged chunks linked, unchanged rows and records copied from the previous files
  const out = openAtomicOutput(input.outDir);
  const reader = createSpillReader(mentions);
  try {
    const old = (path: string) => readFileSync(join(input.outDir, path));
    const oldIndex = old("graph.json");
    const oldCsv = old("events.csv");
    const oldReport = old("build-report.json");
    const bytes = snap.events.bytes;
    for (const [k, chunk] of snap.articleChunks.entries()) {
      const from = k * ARTICLES_PER_CHUNK;
      const members = Array.from({ length: chunk.count }, (_, j) => from + j);
      if (!members.some((a) => changedAt.has(a))) {
        out.link(chunk.path, join(input.outDir, chunk.path));
        continue;
      }
      // the other articles' entries copied from the previous chunk (or, if it cannot be read as one, from the cache)
      const previous = readFileSync(join(input.outDir, chunk.path));
      const entries = chunkEntries(previous, articleChunkHead(chunk.key));
      if (entries && entries.length === 2 * members.length) {
        const file = out.open(chunk.path);
        file.write(articleChunkHead(chunk.key));
        members.forEach((a, j) => {
          if (j > 0) file.write(",");
          file.write(changedAt.get(a)?.after.articleJson ?? previous.subarray(entries[2 * j], entries[2 * j + 1]));
        });
        file.write(articleChunkTail);
        file.close();
        continue;
      }
      const texts = members.map((a) => changedAt.get(a)?.after.articleJson ?? digestOf(a)?.articleJson);
      if (texts.some((t) => t === undefined)) throw new Error(`rebuild: the cache lacks an article of ${chunk.path}`);
      out.put(chunk.path, articleChunkJson(chunk.key, texts as string[]));
    }
    // an event chunk is linked when it holds the same previous events, in the same order, as before
    const oldParts = new Map<string, { from: number; to: number }>();
    for (let i = 0; i < columns.count; i++) {
      const p = oldParts.get(oldChunkOf(i));
      if (p) p.to = i + 1;
      else oldParts.set(oldChunkOf(i), { from: i, to: i + 1 });
    }
    // a previous event's chunk entries, from the previous chunk files of its chunk (read when first asked)
    const oldEntries = new Map<string, { events: Buffer; eventAt: Int32Array; leads: Buffer; leadAt: Int32Array } | null>();
    const entriesOf = (key: string) => {
      let e = oldEntries.get(key);
      if (e === undefined) {
        const path = chunkPath(key);
        const leadsKey = leadsChunkKey(key);
        const events = readFileSync(join(input.outDir, path));
        const leads = readFileSync(join(input.outDir, chunkPath(leadsKey)));
        const eventAt = chunkEntries(events, eventChunkHead(key));
        const leadAt = chunkEntries(leads, leadsChunkHead(leadsKey));
        const count = oldParts.get(key)!.to - oldParts.get(key)!.from;
        // (as many entries as the snapshot has events there, or none is taken from them)
        e = eventAt && leadAt && eventAt.length === 2 * count && leadAt.length === 2 * count ? { events, eventAt, leads, leadAt } : null;
        oldEntries.set(key, e);
      }
      return e;
    };
    const reuseChunkEntries = (i: number): ReusedEntries | null => {
      const o = origin[i]!;
      if (o < 0) return null;
      const key = oldChunkOf(o);
      const e = entriesOf(key);
      if (!e) return null;
      const k = 2 * (o - oldParts.get(key)!.from);
      return { event: e.events.subarray(e.eventAt[k], e.eventAt[k + 1]), lead: e.leads.subarray(e.leadAt[k], e.leadAt[k + 1]) };
    };
    const recorded = new Float64Array(4 * events.length);
    writeGraphFiles(corpus, (ref) => reader.json(ref), out.open, {
      // the entries of the events not merged again, in the chunks written again: copied from the previous chunks
      reuseChunkEntries,
      chunksElsewhere: (part) => {
        const p = oldParts.get(part.key);
        if (!p || p.to - p.from !== part.to - part.from) return false;
        for (let i = part.from; i < part.to; i++) if (origin[i] !== p.from + (i - part.from)) return false;
        out.link(part.path, join(input.outDir, part.path));
        out.link(part.leadsPath, join(input.outDir, part.leadsPath));
        return true;
      },
      // runs of previous events, in the same order and chunks as before: their bytes, commas included
      reuse: (i) => {
        if (!sameRow[i]) return null;
        const o = origin[i]!;
        let j = i + 1;
        while (j < events.length && sameRow[j] && origin[j] === o + (j - i)) j++;
        const last = o + (j - i) - 1;
        return {
          count: j - i,
          rows: oldIndex.subarray(bytes[4 * o]!, bytes[4 * last]! + bytes[4 * last + 1]!),
          records: oldCsv.subarray(bytes[4 * o + 2]!, bytes[4 * last + 2]! + bytes[4 * last + 3]!),
        };
      },
      articlesChecked: true,
      onEventBytes: (i, row, rowLength, csv, csvLength) => recorded.set([row, rowLength, csv, csvLength], 4 * i),
      onReusedBytes: (i, count, row, csv) => {
        const o = origin[i]!;
        for (let k = 0; k < count; k++) {
          const from = 4 * (o + k);
          const to = 4 * (i + k);
          recorded[to] = row + (bytes[from]! - bytes[4 * o]!);
          recorded[to + 1] = bytes[from + 1]!;
          recorded[to + 2] = csv + (bytes[from + 2]! - bytes[4 * o + 2]!);
          recorded[to + 3] = bytes[from + 3]!;
        }
      },
    });
    const reportRows = new Float64Array(2 * articleCount);
    writeReport(
      report,
      (emit) => {
        // the rows between two changed articles are copied as they were, separators included
        const rows = snap.reportRows;
        for (let a = 0; a < articleCount; ) {
          const c = changedAt.get(a);
          if (c) {
            emit(formatReportRow(reportRowOf(c.after)));
            a++;
            continue;
          }
          let b = a + 1;
          while (b < articleCount && !changedAt.has(b)) b++;
          emit(oldReport.subarray(rows[2 * a]!, rows[2 * (b - 1)]! + rows[2 * (b - 1) + 1]!), b - a);
          a = b;
        }
      },
      articleCount,
      out.open("build-report.json"),
      {
        row: (i, offset, length) => reportRows.set([offset, length], 2 * i),
        run: (i, count, offset) => {
          const rows = snap.reportRows;
          for (let k = 0; k < count; k++) reportRows.set([offset + (rows[2 * (i + k)]! - rows[2 * i]!), rows[2 * (i + k) + 1]!], 2 * (i + k));
        },
      },
    );
    reader.close();
    out.commit();

    const next: BuildSnapshot = {
      ...snap,
      files: { ...snap.files, stamps, hashes },
      outputs: stampFolder(input.outDir),
      articles,
      ...encodeActors(actorList, (id) => actorIndexes.get(id)!),
      relations,
      layout,
      layoutKey: nextLayoutKey,
      report: (({ perArticle: _rows, ...rest }) => rest)(report),
      articleWarnings: Int32Array.from(snap.articleWarnings, (n, a) => changedAt.get(a)?.after.warnings.length ?? n),
      reportRows,
      mentions,
      articleMentions: newFirst,
      ...dayIndexAfter(snap, changed, (a) => loaded.get(a)),
      events: encodeEvents(events, recorded, { columns, origin, remap }),
    };
    writeSnapshot(input.cacheDir, next);
    return { done: true, report, changed: changed.length, remerged, merged: fresh.length, written: true };
  } catch (e) {
    reader.close();
    out.abort();
    throw e;
  }
}

/** An actor as a rebuild patches it: its article list as article indexes, sorted (the order of the ids). */
type PatchedActor = Actor & { articles: number[] };

/**
 * The previous actors with the changed articles' mentions taken out and put back as they are now,
 * and the report's mention and extracted-event totals likewise; or the first actor a changed
 * article names that the corpus did not have (`missing`, with the article).
 */
function patchActors(
  snap: BuildSnapshot,
  changed: readonly Changed[],
): { actors: Map<string, PatchedActor>; mentionTotal: number; extracted: number } | { missing: string; article: number } {
  const actors = new Map(
    snap.actors.map((a, k): [string, PatchedActor] => [a.id, { ...a, articles: Array.from(snap.actorArticles.subarray(snap.actorArticleStart[k], snap.actorArticleStart[k + 1])) }]),
  );
  let mentionTotal = snap.report.counts.mentions;
  let extracted = snap.report.counts.extractedEvents;
  for (const c of changed) {
    const before = new Map(c.before.actorCounts);
    const after = new Map(c.after.actorCounts);
    for (const actorId of new Set([...before.keys(), ...after.keys()])) {
      const actor = actors.get(actorId);
      if (!actor) return { missing: actorId, article: c.article };
      const n = (after.get(actorId) ?? 0) - (before.get(actorId) ?? 0);
      actor.mentionCount += n;
      mentionTotal += n;
      const at = actor.articles.indexOf(c.article);
      if (after.has(actorId) && at < 0) actor.articles.splice(upperBound(actor.articles, c.article), 0, c.article);
      if (!after.has(actorId) && at >= 0) actor.articles.splice(at, 1);
    }
    extracted += c.after.events.length - c.before.events.length;
  }
  return { actors, mentionTotal, extracted };
}

/** An article's drafts (its digest's events, in its order) with their merge keys. */
interface LoadedDrafts {
  readonly drafts: readonly EventDraft<number>[];
  readonly keys: readonly ReturnType<typeof mergeKeys>[];
}

/**
 * The drafts the changed articles reach, by article (indexes into its drafts): all of a changed
 * article's, then, until nothing more is reached, every draft filed under a day key a reached
 * draft has (or a changed article's previous draft had), and every draft of its article on the
 * same trigger. `draftsOf` gives an article's drafts (a changed one's as they are now), or null
 * when the cache lacks them (`missing` then names the article).
 */
function reachedDrafts(
  snap: BuildSnapshot,
  changed: readonly Changed[],
  draftsOf: (article: number) => EventDraft<number>[] | null,
  party: (id: string) => string,
): { selected: Map<number, Set<number>>; loaded: Map<number, LoadedDrafts> } | { missing: number } {
  const loaded = new Map<number, LoadedDrafts>();
  const load = (a: number): LoadedDrafts | null => {
    const known = loaded.get(a);
    if (known) return known;
    const drafts = draftsOf(a);
    if (!drafts) return null;
    const l = { drafts, keys: drafts.map((e) => mergeKeys(e, party)) };
    loaded.set(a, l);
    return l;
  };
  const dayIndex = new Map(snap.dayKeys.map((k, i) => [k, i]));
  const selected = new Map<number, Set<number>>();
  const days = new Set<string>();
  const queue: string[] = [];
  const reachDay = (day: string | null) => {
    if (day !== null && !days.has(day)) {
      days.add(day);
      queue.push(day);
    }
  };
  const select = (a: number, i: number, l: LoadedDrafts) => {
    let set = selected.get(a);
    if (!set) {
      set = new Set();
      selected.set(a, set);
    }
    if (set.has(i)) return;
    set.add(i);
    const k = l.keys[i]!;
    reachDay(k.day);
    l.keys.forEach((other, j) => {
      if (j !== i && other.trigger === k.trigger) select(a, j, l);
    });
  };
  for (const c of changed) {
    const l = load(c.article);
    if (!l) return { missing: c.article };
    selected.set(c.article, selected.get(c.article) ?? new Set());
    for (let i = 0; i < l.drafts.length; i++) select(c.article, i, l);
    for (const e of c.before.events) reachDay(mergeKeys({ ...e, articleId: c.before.article.id }, party).day);
  }
  while (queue.length > 0) {
    const day = queue.pop()!;
    const k = dayIndex.get(day);
    if (k === undefined) continue;
    for (let j = snap.dayStart[k]!; j < snap.dayStart[k + 1]!; j++) {
      const a = snap.dayArticles[j]!;
      const l = load(a);
      if (!l) return { missing: a };
      l.keys.forEach((key, i) => {
        if (key.day === day) select(a, i, l);
      });
    }
  }
  return { selected, loaded };
}

/**
 * The relations after a rebuild: the pairs the events merged again touch (before or after) are
 * counted again over every event that could hold them, in index order, so their sums are the very
 * sums of a full count; the other pairs' events are the same as before, in the same order. The
 * previous events are read from the columns (`origin` gives each event's previous index, or -1).
 */
function recountRelations(
  before: readonly Relation[],
  columns: EventColumns,
  keep: Uint8Array,
  fresh: readonly MergedEvent<number>[],
  events: readonly MergedEvent<number>[],
  origin: Int32Array,
  affiliated: (a: string, b: string) => boolean,
): Relation[] {
  const listOf = (i: number, k: number) => {
    const out: string[] = [];
    for (let j = columns.listStart[4 * i + k]!; j < columns.listStart[4 * i + k + 1]!; j++) out.push(columns.strings[columns.listItems[j]!]!);
    return out;
  };
  const removed = [];
  for (let i = 0; i < columns.count; i++) if (!keep[i]) removed.push({ sourceIds: listOf(i, 0), targetIds: listOf(i, 1), otherIds: listOf(i, 2) });
  const key = (a: string, b: string) => `${a}\u0000${b}`;
  const touched = new Set<string>();
  // the touched pairs' actors numbered (and by their number in the columns' strings), the pairs as numbers
  const actorNo = new Map<string, number>();
  const pairNos = new Set<number>();
  const no = (id: string) => {
    let n = actorNo.get(id);
    if (n === undefined) {
      n = actorNo.size;
      actorNo.set(id, n);
    }
    return n;
  };
  for (const e of [...removed, ...fresh]) {
    const ids = eventParticipants(e).sort();
    for (let i = 0; i < ids.length; i++)
      for (let j = i + 1; j < ids.length; j++) {
        touched.add(key(ids[i]!, ids[j]!));
        const x = no(ids[i]!);
        const y = no(ids[j]!);
        pairNos.add(Math.min(x, y) * 0x100000 + Math.max(x, y));
      }
  }
  const columnActor = new Int32Array(columns.strings.length).fill(-1);
  for (const [i, s] of columns.strings.entries()) columnActor[i] = actorNo.get(s) ?? -1;
  // the touched pairs recounted over every event, by the actors' numbers: an event adds to a pair only when it names
  // both, which is read from the columns (or a fresh event's lists) without building its list of participants
  const names: string[] = [];
  for (const [id, k] of actorNo) names[k] = id;
  const totals = new Map<number, PairTotals>();
  const found = new Int32Array(64);
  let n = 0;
  const note = (k: number | undefined) => {
    if (k === undefined || k < 0) return;
    for (let a = 0; a < n; a++) if (found[a] === k) return;
    // (a list longer than 64 touched actors is read as the app reads it, below)
    if (n < found.length) found[n] = k;
    n++;
  };
  // as `relationsFromEvents` counts: in event order, each pair once per event
  const count = (i: number) => {
    const e = events[i]!;
    for (let a = 0; a < n; a++) {
      for (let b = 0; b < n; b++) {
        const x = found[a]!;
        const y = found[b]!;
        const k = x * 0x100000 + y;
        if (x >= y || !pairNos.has(k)) continue;
        let t = totals.get(k);
        if (!t) {
          const [p, q] = names[x]! < names[y]! ? [names[x]!, names[y]!] : [names[y]!, names[x]!];
          t = { a: p, b: q, skip: affiliated(p, q), events: 0, quad: [0, 0, 0, 0], goldstein: 0, first: e.date.start, last: e.date.end };
          totals.set(k, t);
        }
        if (!t.skip) addToPair(t, e);
      }
    }
  };
  for (let i = 0; i < events.length; i++) {
    n = 0;
    const o = origin[i]!;
    if (o >= 0) {
      for (let j = columns.listStart[4 * o]!; j < columns.listStart[4 * o + 3]!; j++) note(columnActor[columns.listItems[j]!]);
    } else {
      const e = events[i]!;
      for (const ids of [e.sourceIds, e.targetIds, e.otherIds]) for (const id of ids) note(actorNo.get(id));
    }
    if (n > found.length) {
      n = 0;
      for (const id of eventParticipants(events[i]!)) note(actorNo.get(id));
      if (n > found.length) return relationsFromEvents(events, { affiliated });
    }
    if (n >= 2) count(i);
  }
  const recounted: Relation[] = [];
  for (const t of totals.values()) if (!t.skip) recounted.push(relationOf(t));
  const relations = sortRelations([...before.filter((r) => !touched.has(key(r.sourceId, r.targetId))), ...recounted]);
  // two pairs whose joined ids are equal keep the order of their first events: then count them all
  const joined = new Set(relations.map((r) => r.sourceId + r.targetId));
  return joined.size === relations.length ? relations : relationsFromEvents(events, { affiliated });
}

/** The mention places with each changed article's range replaced by its new places (in its new pack). */
function remapPlaces(old: SpillPlaces, oldFirst: Int32Array, newFirst: Int32Array, changed: ReadonlyMap<number, Changed>): SpillPlaces {
  const total = newFirst[newFirst.length - 1]!;
  const paths = [...old.paths];
  const files = new Uint32Array(total);
  const offsets = new Float64Array(total);
  const lengths = new Uint32Array(total);
  for (let a = 0; a + 1 < newFirst.length; a++) {
    const c = changed.get(a);
    if (!c) {
      files.set(old.files.subarray(oldFirst[a]!, oldFirst[a + 1]!), newFirst[a]!);
      offsets.set(old.offsets.subarray(oldFirst[a]!, oldFirst[a + 1]!), newFirst[a]!);
      lengths.set(old.lengths.subarray(oldFirst[a]!, oldFirst[a + 1]!), newFirst[a]!);
      continue;
    }
    let file = paths.indexOf(c.pack);
    if (file < 0) file = paths.push(c.pack) - 1;
    c.after.events.forEach((e, i) => {
      files[newFirst[a]! + i] = file;
      offsets[newFirst[a]! + i] = e.mention[0];
      lengths[newFirst[a]! + i] = e.mention[1];
    });
  }
  return { paths, files, offsets, lengths };
}

/** The day-key index with the changed articles' entries replaced by their new drafts' keys. */
function dayIndexAfter(
  snap: BuildSnapshot,
  changed: readonly Changed[],
  loadedOf: (a: number) => LoadedDrafts | undefined,
): Pick<BuildSnapshot, "dayKeys" | "dayStart" | "dayArticles"> {
  const byDay = new Map<string, number[]>();
  const isChanged = new Set(changed.map((c) => c.article));
  snap.dayKeys.forEach((k, i) => {
    const list: number[] = [];
    for (let j = snap.dayStart[i]!; j < snap.dayStart[i + 1]!; j++) if (!isChanged.has(snap.dayArticles[j]!)) list.push(snap.dayArticles[j]!);
    byDay.set(k, list);
  });
  for (const c of changed) {
    for (const k of loadedOf(c.article)?.keys ?? []) {
      if (k.day === null) continue;
      const list = byDay.get(k.day) ?? [];
      if (!list.includes(c.article)) list.splice(upperBound(list, c.article - 1), 0, c.article);
      byDay.set(k.day, list);
    }
  }
  const dayKeys = [...byDay.keys()].filter((k) => byDay.get(k)!.length > 0).sort();
  const dayStart = new Int32Array(dayKeys.length + 1);
  const items: number[] = [];
  dayKeys.forEach((k, i) => {
    dayStart[i] = items.length;
    items.push(...byDay.get(k)!);
  });
  dayStart[dayKeys.length] = items.length;
  return { dayKeys, dayStart, dayArticles: Int32Array.from(items) };
}

/**
 * The previous events kept (in index order, with their previous indexes) and the events merged
 * again, as one list in index order (date, sources most first, id); `origin` gives each one's
 * previous index, or -1 for those merged again.
 */
function mergeSorted<M>(
  kept: readonly MergedEvent<M>[],
  keptFrom: readonly number[],
  fresh: readonly MergedEvent<M>[],
): { events: MergedEvent<M>[]; origin: Int32Array } {
  const order = (x: MergedEvent<M>, y: MergedEvent<M>) =>
    (x.date.start < y.date.start ? -1 : x.date.start > y.date.start ? 1 : 0) || y.mentionCount - x.mentionCount || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);
  const sorted = [...fresh].sort(order);
  const events: MergedEvent<M>[] = new Array(kept.length + sorted.length);
  const origin = new Int32Array(events.length);
  let i = 0;
  let j = 0;
  for (let k = 0; k < events.length; k++) {
    if (j >= sorted.length || (i < kept.length && order(kept[i]!, sorted[j]!) <= 0)) {
      origin[k] = keptFrom[i]!;
      events[k] = kept[i++]!;
    } else {
      origin[k] = -1;
      events[k] = sorted[j++]!;
    }
  }
  return { events, origin };
}

function distinctInOrder(keys: readonly string[]): string[] {
  const out: string[] = [];
  for (const k of keys) if (out[out.length - 1] !== k) out.push(k);
  return out;
}

/** The first index whose value is greater than `x` in an ascending list. */
function upperBound(list: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
