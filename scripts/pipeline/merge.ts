/**
 * Merge stage: the same real-world event reported by several articles (or twice in one) becomes
 * one event with several mentions. Two extracted events are the same when their dates overlap,
 * their CAMEO roots are compatible, their parties (a person counts as their state) overlap, and both
 * tell it as done or planned (see `occurrence`).
 */
import { hash } from "node:crypto";
import { eventChunkKeys } from "../../src/contract/chunks.ts";
import type { EventDate, Mention, Modality, RabtEvent } from "../../src/contract/schema.ts";
import type { EventDraft } from "./digest.ts";

/** A merged event whose evidence is `M`: the contract's `RabtEvent` when `M` is `Mention`. */
export type MergedEvent<M = Mention> = Omit<RabtEvent, "mentions"> & { mentions: M[] };

const PRAISE = "051";

/** CAMEO roots that news reports of one occurrence use interchangeably (praise, 051, aside: see `familyOf`). */
const ROOT_FAMILY: Readonly<Record<string, string>> = {
  "01": "statement",
  "02": "statement",
  "03": "intent",
  "05": "intent",
  "06": "cooperate",
  "07": "cooperate",
  "04": "consult",
  "11": "disapprove",
  "12": "disapprove",
  "10": "demand",
  "13": "threaten",
  "17": "coerce",
  "18": "assault",
  "19": "assault",
  "20": "assault",
};

export interface MergeOptions {
  /** The state a person or organisation belongs to (parties are compared at state level). */
  readonly countryOf: (actorId: string) => string | undefined;
  /** Told each day key a draft is filed under (see `mergeKeys`): the build's snapshot indexes them. */
  readonly onDayKey?: (dayKey: string, draft: EventDraft<unknown>) => void;
}

/**
 * The keys under which merging can join a draft with another: its trigger (within its article)
 * and, for a draft dated to the day with parties, its day key «family|modality|day». Two drafts
 * sharing neither are never in one merged event — which lets a rebuild re-merge only the drafts
 * linked to a changed article by these keys (scripts/lib/rebuild.ts).
 */
export function mergeKeys(e: EventDraft<unknown>, party: (id: string) => string): { readonly trigger: string; readonly day: string | null; readonly parties: readonly string[] } {
  const trigger = `${e.sentenceStart}|${e.triggerStart}`;
  if (e.date.precision !== "day") return { trigger, day: null, parties: [] };
  const parties = partySet(e, party);
  return { trigger, day: parties.length > 0 ? `${familyOf(e.cameo)}|${occurrence(e.modality)}|${e.date.start}` : null, parties };
}

/** Groups extracted events into merged events with stable ids, sorted by date, sources (most first) and id. */
export function createEventMerger(options: Readonly<MergeOptions>): <M>(extracted: readonly EventDraft<M>[]) => MergedEvent<M>[] {
  return <M>(extracted: readonly EventDraft<M>[]) => {
    const merger = createIncrementalMerger<M>(options);
    for (const e of [...extracted].sort(draftOrder)) merger.add(e);
    return merger.finish();
  };
}

/** The order merging takes drafts in: by article id, trigger offset, CAMEO code. */
export function draftOrder(a: Draft, b: Draft): number {
  return byCodeUnits(a.articleId, b.articleId) || a.triggerStart - b.triggerStart || byCodeUnits(a.cameo, b.cameo);
}

export interface IncrementalMerger<M> {
  /** Adds a draft; drafts must come in `draftOrder` (an article's, then the next article's). */
  add(e: EventDraft<M>): void;
  /** The merged events (sorted as `createEventMerger` sorts them). */
  finish(): MergedEvent<M>[];
}

/**
 * The merge as the build runs it: one article's drafts at a time, as articles arrive in id order,
 * so grouping happens while the workers are still analysing.
 */
export function createIncrementalMerger<M>(options: Readonly<MergeOptions>): IncrementalMerger<M> {
  const party = (id: string) => options.countryOf(id) ?? id;
  // Two events can only be the same when they share a trigger, or a CAMEO family, modality and
  // day (see `sameEvent`): index the groups by those keys so merging stays linear in the corpus.
  let groups: EventDraft<M>[][] = [];
  // By day key («family|modality|day»): every distinct set of parties (at state level) its drafts
  // have, with the lowest-numbered group holding a draft with that set. Within a day key, two
  // drafts are the same occurrence exactly when their party sets are compatible (`sameParties`),
  // so a new draft is compared with each set the day has seen, not with each group of a busy day.
  const byDay = new Map<string, Map<string, { readonly parties: readonly string[]; min: number }>>();
  // trigger keys only ever match within one article: kept for the current article only
  const byTrigger = new Map<string, number>();
  let last: Draft | undefined;
  return {
    add(e) {
      if (last && draftOrder(last, e) > 0) throw new Error(`merge: drafts out of order (${e.articleId}@${e.triggerStart} after ${last.articleId}@${last.triggerStart})`);
      if (last?.articleId !== e.articleId) byTrigger.clear();
      last = e;
      const keys = mergeKeys(e, party);
      const tKey = keys.trigger;
      // the lowest-numbered group holding a same occurrence: one on the same trigger, or one on the
      // same day key with compatible parties (see `sameOccurrence`; only precise dates merge)
      let home = byTrigger.get(tKey);
      let day: Map<string, { readonly parties: readonly string[]; min: number }> | undefined;
      const ps = keys.parties;
      if (keys.day !== null) {
        day = byDay.get(keys.day);
        if (!day) {
          day = new Map();
          byDay.set(keys.day, day);
        }
        options.onDayKey?.(keys.day, e);
        for (const q of day.values()) if ((home === undefined || q.min < home) && sameParties(ps, q.parties) && toldAlike(groups[q.min]!, e)) home = q.min;
      }
      const index = home ?? groups.length;
      if (home === undefined) groups.push([]);
      groups[index]!.push(e);
      if (!byTrigger.has(tKey) || byTrigger.get(tKey)! > index) byTrigger.set(tKey, index);
      if (day) {
        const key = ps.join("|");
        const q = day.get(key);
        if (!q) day.set(key, { parties: ps, min: index });
        else if (index < q.min) q.min = index;
      }
    },
    finish() {
      byDay.clear();
      byTrigger.clear();
      const done = groups;
      // the drafts go with the merger's indexes: only the merged events stay alive
      groups = [];
      // within a day, the events more sources report come first (the best-attested reading of the day)
      const lists = listInterner();
      const events = done
        .map((g) => toEvent(g, lists))
        .sort((a, b) => byCodeUnits(a.date.start, b.date.start) || b.mentions.length - a.mentions.length || byCodeUnits(a.id, b.id));
      // chunks follow that order (a busy year is cut into parts): the events were just made here
      const keys = eventChunkKeys(events.map((e) => e.date.start));
      events.forEach((e, i) => {
        e.chunk = keys[i]!;
      });
      return events;
    },
  };
}

type Draft = EventDraft<unknown>;

function participants(e: Draft): string[] {
  return [...new Set([...e.sourceIds, ...e.targetIds, ...e.otherIds])];
}

/** True when two extracted events report one occurrence. */
export function sameEvent(a: Draft, b: Draft, party: (id: string) => string): boolean {
  return sameOccurrence(a, b, (e) => partySet(e, party));
}

/** A draft's parties at state level, distinct (an array: hundreds of thousands are kept during a build). */
function partySet(e: Draft, party: (id: string) => string): readonly string[] {
  return [...new Set(participants(e).map(party))];
}

function sameOccurrence(a: Draft, b: Draft, partiesOf: (e: Draft) => readonly string[]): boolean {
  if (a.articleId === b.articleId && a.sentenceStart === b.sentenceStart && a.triggerStart === b.triggerStart) return true;
  if (familyOf(a.cameo) !== familyOf(b.cameo)) return false;
  if (occurrence(a.modality) !== occurrence(b.modality) || (a.modality !== b.modality && a.articleId === b.articleId)) return false;
  if (a.date.end < b.date.start || b.date.end < a.date.start) return false;
  // only precise dates merge: two "2024" events are not the same occurrence for that alone
  if (a.date.precision !== "day" || b.date.precision !== "day") return false;
  return sameParties(partiesOf(a), partiesOf(b));
}

/** Whether two reports' parties (distinct, at state level) are those of one occurrence: at least two shared (or all of the smaller set), and at least half of all. */
function sameParties(pa: readonly string[], pb: readonly string[]): boolean {
  let shared = 0;
  for (const p of pa) if (pb.includes(p)) shared++;
  const union = pa.length + pb.length - shared;
  return shared >= Math.min(2, pa.length, pb.length) && shared / union >= 0.5;
}

/**
 * What a modality says of an occurrence: a plan and a report of the same act on the same day are one occurrence,
 * told before and after it by two articles («يشارك الزعيمان غداً الجمعة في اجتماع …», then «شارك الزعيمان أمس الجمعة
 * …»); a hope, a condition or a denial is not. (One article telling a plan and an act of the same day tells two: «… قال
 * إن بلاده ستتعاون مع تركيا», beside the agreement it reports; see `toldAlike`.)
 */
function occurrence(modality: Modality): Modality {
  return modality === "planned" ? "reported" : modality;
}

/** Whether a draft may join a group: no draft of its own article in it tells it otherwise (planned beside reported). */
function toldAlike(group: readonly Draft[], e: Draft): boolean {
  return group.every((d) => d.articleId !== e.articleId || d.modality === e.modality);
}

function familyOf(cameo: string): string {
  // praise is a third party's reaction to an act, not another report of it: «رحبت السعودية بإعادة العلاقات بين قطر
  // والبحرين» shares two of its three parties with the restoration, and is another occurrence
  if (cameo === PRAISE) return "praise";
  const root = cameo.slice(0, 2);
  return ROOT_FAMILY[root] ?? root;
}

/** The narrowest of overlapping dates (all mentions report one occurrence). */
function narrowest(dates: readonly EventDate[]): EventDate {
  return [...dates].sort((x, y) => span(x) - span(y) || byCodeUnits(x.start, y.start))[0]!;
}

function span(d: EventDate): number {
  return Date.parse(d.end) - Date.parse(d.start);
}

function mostFrequent<T extends string>(values: readonly T[]): T {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
}

/** The distinct ids of `lists`, sorted, without those in `not`. */
function sortedUnion(lists: readonly (readonly string[])[], not: readonly string[] = []): string[] {
  const out: string[] = [];
  for (const list of lists) for (const id of list) if (!out.includes(id) && !not.includes(id)) out.push(id);
  return out.sort();
}

/**
 * One shared, frozen array per distinct list of ids: merged events name the same few actors and articles
 * over and over, and a list of its own per event (an array and its store, some 60 bytes even for one id, and
 * 150 for one grown by `push`) was some 200 MB of a 50,000-article build.
 */
export function listInterner(): (ids: readonly string[]) => string[] {
  // (frozen: an event that changed its list would change every other's; typed as the contract's mutable lists)
  const known = new Map<string, string[]>();
  return (ids) => {
    const key = ids.length === 1 ? ids[0]! : ids.join("\n");
    let list = known.get(key);
    if (!list) {
      list = Object.freeze(ids.slice()) as string[];
      known.set(key, list);
    }
    return list;
  };
}

function toEvent<M>(group: readonly EventDraft<M>[], lists: (ids: readonly string[]) => string[]): MergedEvent<M> {
  const first = group[0]!;
  // most merged events are one draft: no tally, no search
  const single = group.length === 1;
  const cameo = single ? first.cameo : mostFrequent(group.map((e) => e.cameo));
  const withCode = single ? first : group.find((e) => e.cameo === cameo)!;
  const sourceIds = sortedUnion(group.map((e) => e.sourceIds));
  const targetIds = sortedUnion(
    group.map((e) => e.targetIds),
    sourceIds,
  );
  const otherIds = sortedUnion(
    group.map((e) => e.otherIds),
    [...sourceIds, ...targetIds],
  );
  const mentions = group.map((e) => e.mention);
  // Node's one-shot hash (20.12+; package.json asks for 20.19): no Hash object per event
  const id = `ev-${hash("sha1", `${first.articleId}:${first.triggerStart}:${first.cameo}`, "hex").slice(0, 12)}`;
  const place = group.find((e) => e.place)?.place;
  const date = single ? first.date : narrowest(group.map((e) => e.date));
  return {
    id,
    date,
    cameo,
    quad: withCode.quad,
    goldstein: withCode.goldstein,
    // (told as done by one report, it took place)
    modality: single || first.modality === "reported" || !group.some((e) => e.modality === "reported") ? first.modality : "reported",
    sourceIds: lists(sourceIds),
    targetIds: lists(targetIds),
    otherIds: lists(otherIds),
    ...(place ? { place } : {}),
    articleIds: lists(single ? [first.articleId] : [...new Set(group.map((e) => e.articleId))].sort()),
    mentionCount: mentions.length,
    // set by `finish`, once the order is known
    chunk: "",
    mentions,
  };
}

/** Plain code-unit order (ids and codes are not words: no collation, and much faster than `localeCompare`). */
function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
