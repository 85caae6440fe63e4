/**
 * Actor mentions → groups: coordinated mentions («إيران وتركيا», «فيدان ونظيره عراقجي») and a person
 * next to their own state («وزير الخارجية التركي هاكان فيدان») act as one party; the preposition
 * before a group («مع», «با», «بـ», «في», «از») says whether it is a target or a circumstance.
 */
import { normalizeText } from "../../../src/text/normalize.ts";
import type { ActorMention } from "../types.ts";
import { PREPOSITIONS, TITLE_WORD } from "./cues.ts";
import { bareSlice, type SentenceText } from "./sentenceText.ts";
import type { ActorInfoOf, Group, PrepRole, Trigger } from "./types.ts";

/** The text the groups are read from: the article's, and the sentence's views when they are its slice. */
export interface GroupText {
  readonly text: string;
  readonly st: SentenceText;
  /** True when `st.raw` is `text` at `st.base` (then the sentence's views serve the article's offsets). */
  readonly aligned: boolean;
}

/** Groups coordinated mentions and a person with their own state into runs of actors. */
export function groupMentions(
  gt: GroupText,
  mentions: readonly ActorMention[],
  triggers: readonly Trigger[],
  clauses: readonly (readonly [number, number])[],
  info: ActorInfoOf,
): Group[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const runs: { start: number; end: number; ids: string[] }[] = [];
  for (const m of sorted) {
    const last = runs[runs.length - 1];
    if (last && m.start < last.end) {
      last.end = Math.max(last.end, m.end);
      if (!last.ids.includes(m.actorId)) last.ids.push(m.actorId);
      continue;
    }
    if (last && joinable(gt, last, m, triggers, clauses, info)) {
      last.end = m.end;
      if (!last.ids.includes(m.actorId)) last.ids.push(m.actorId);
      continue;
    }
    runs.push({ start: m.start, end: m.end, ids: [m.actorId] });
  }
  return runs.map((r) => {
    const prep = inSentence(gt, r.start, r.start) ? prepositionBefore(gt.st, r.start) : prepositionBeforeIn(gt.text, r.start, gt.st.base);
    return prep ? { ...r, prep } : r;
  });
}

function inSentence(gt: GroupText, a: number, b: number): boolean {
  return gt.aligned && a >= gt.st.base && b <= gt.st.base + gt.st.raw.length;
}

const NOT_WORD_CHAR = /[^\p{L}\p{N}\s]/gu;

function joinable(
  gt: GroupText,
  run: { start: number; end: number; ids: readonly string[] },
  next: ActorMention,
  triggers: readonly Trigger[],
  clauses: readonly (readonly [number, number])[],
  info: ActorInfoOf,
): boolean {
  if (triggers.some((t) => t.start >= run.end && t.end <= next.start)) return false;
  if (clauses.some(([s]) => s > run.end && s <= next.start)) return false;
  const gap = inSentence(gt, run.end, next.start)
    ? bareSlice(gt.st, run.end, next.start)
    : normalizeText(gt.text.slice(run.end, next.start).replace(NOT_WORD_CHAR, " "));
  const words = gap.split(" ").filter((w) => w.length > 0);
  if (words.length > 3) return false;
  if (words.some((w) => PREPOSITIONS.has(w) || /^(?:ب|ل)(?:نظیر|همتا)/.test(w))) return false;
  // coordination: «وتركيا», «و ترکیه», «ونظيره», «ووزير» — but «التقى لافروف نظيره المصري» is an object
  const head = words[0] ?? "";
  if (head === "و" || (head.startsWith("و") && TITLE_WORD.test(head.slice(1).replace(/^ال/, "")))) return true;
  // a person next to their own state: «وزير الخارجية التركي هاكان فيدان»
  const party = (id: string) => partyOf(id, info);
  return run.ids.some((id) => party(id) === party(next.actorId));
}

/** How far back a preposition is looked for. */
const WINDOW = 40;

/** The role a preposition gives the group starting at `start` (article offset inside the sentence), from the words before it. */
export function prepositionBefore(st: SentenceText, start: number): PrepRole | undefined {
  const rel = start - st.base;
  const from = Math.max(0, rel - WINDOW);
  const words = bareSlice(st, st.base + from, start)
    .split(" ")
    .filter((w) => w.length > 0);
  return prepositionRole(st.raw.slice(from, rel), words);
}

/** The same on any text: the window `[max(floor, start − 40), start)` normalised on its own. */
export function prepositionBeforeIn(text: string, start: number, floor: number): PrepRole | undefined {
  const before = text.slice(Math.max(floor, start - WINDOW), start);
  const words = normalizeText(before.replace(NOT_WORD_CHAR, " "))
    .split(" ")
    .filter((w) => w.length > 0);
  return prepositionRole(before, words);
}

function prepositionRole(before: string, words: readonly string[]): PrepRole | undefined {
  // «بـ"أردوغان"», «لـ»: a clitic preposition glued to the name (quotes and tatweel between)
  if (/(?:^|[^\p{L}])[وف]?[بل]\u0640?["'«“”»\u201D\u201C]*$/u.test(before)) return "target";
  const last = words[words.length - 1];
  // «مع وزير الخارجية الإيراني»: a title may stand between the preposition and the name
  for (const w of words.slice(-4).reverse()) {
    const bare = w.replace(/^[وف](?=\S{2})/, "");
    const role = PREPOSITIONS.get(w) ?? PREPOSITIONS.get(bare);
    if (role) return role;
    if (/^(?:ب|ل)(?:نظیر|همتا|ال)/.test(bare)) return /^بال(?:عاصمه|مدینه)/.test(bare) ? "other" : "target";
    // «ضد الاحتلال الإسرائيلي», «مع الجانب التركي»: the noun an adjective-name qualifies
    if (!TITLE_WORD.test(bare) && !(w === last && /^ال\S{3}/.test(bare))) return undefined;
  }
  return undefined;
}

/** The party an actor acts for: a person's state, else the actor itself. */
export function partyOf(id: string, info: ActorInfoOf): string {
  const i = info(id);
  return i?.kind === "person" && i.country ? i.country : id;
}
