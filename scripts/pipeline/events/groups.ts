/**
 * Actor mentions → groups: coordinated mentions («إيران وتركيا», «فيدان ونظيره عراقجي») and a person
 * next to their own state («وزير الخارجية التركي هاكان فيدان») act as one party; the preposition
 * before a group («مع», «با», «بـ», «في», «از») says whether it is a target or a circumstance.
 */
import type { Lang } from "../../../src/contract/schema.ts";
import { normalizeText } from "../../../src/text/normalize.ts";
import type { ActorMention } from "../types.ts";
import { PREPOSITIONS, TITLE_WORD } from "./cues.ts";
import { bareSlice, type SentenceText } from "./sentenceText.ts";
import { firstWords, lastWords } from "./words.ts";
import type { ActorInfoOf, Group, PrepRole, Trigger } from "./types.ts";

/** The text the groups are read from: the article's, and the sentence's views when they are its slice. */
export interface GroupText {
  readonly text: string;
  readonly lang: Lang;
  readonly st: SentenceText;
  /** True when `st.raw` is `text` at `st.base` (then the sentence's views serve the article's offsets); asked only when needed. */
  readonly aligned: () => boolean;
}

/** Groups coordinated mentions and a person with their own state into runs of actors. */
export function groupMentions(
  gt: GroupText,
  mentions: readonly ActorMention[],
  triggers: readonly Trigger[],
  clauses: readonly (readonly [number, number])[],
  info: ActorInfoOf,
): Group[] {
  const byPosition = (a: ActorMention, b: ActorMention) => a.start - b.start || b.end - a.end;
  // the actor stage gives them in this order already: copied and sorted only when not
  let inOrder = true;
  for (let i = 1; i < mentions.length && inOrder; i++) inOrder = byPosition(mentions[i - 1]!, mentions[i]!) <= 0;
  const sorted = inOrder ? mentions : [...mentions].sort(byPosition);
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
    return prep ? { start: r.start, end: r.end, ids: r.ids, prep } : r;
  });
}

function inSentence(gt: GroupText, a: number, b: number): boolean {
  return a >= gt.st.base && b <= gt.st.base + gt.st.raw.length && gt.aligned();
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
  if (clauses.some(([s]) => s >= run.end && s <= next.start)) return false;
  // a headline's separators part two stories: «تواصل مرتقب بين بوتين والأسد .. وخامنئي يحذر»
  if (/\.\.|…|[|؛!?؟\n]/.test(gt.text.slice(run.end, next.start))) return false;
  const gap = inSentence(gt, run.end, next.start)
    ? bareSlice(gt.st, run.end, next.start)
    : normalizeText(gt.text.slice(run.end, next.start).replace(NOT_WORD_CHAR, " "));
  // more than three words is too far: a fourth is all that needs finding
  const words = firstWords(gap, 4);
  // a Persian list, commas between its names and «و» before its last: «آلمان، فرانسه و انگلیس» (two of one kind,
  // a comma alone between them, and the list going on after the second)
  if (words.length === 0 && gt.lang === "fa" && /^\s*[،,]\s*$/.test(gt.text.slice(run.end, next.start)) && /^\s*(?:[،,]|و\s)/.test(gt.text.slice(next.end, next.end + 4))) {
    const kind = info(next.actorId)?.kind;
    if (kind !== undefined && run.ids.every((id) => info(id)?.kind === kind)) return true;
  }
  if (words.length > 3) return false;
  if (words.some((w) => PREPOSITIONS.has(w) || /^(?:ب|ل)(?:نظیر|همتا)/.test(w))) return false;
  // coordination: «وتركيا», «و ترکیه», «ونظيره», «ووزير» — but «التقى لافروف نظيره المصري» is an object
  const head = words[0] ?? "";
  if (head === "و" || (head.startsWith("و") && TITLE_WORD.test(head.slice(1).replace(/^ال/, "")))) return true;
  // a person next to their own state: «وزير الخارجية التركي هاكان فيدان»
  const party = (id: string) => partyOf(id, info);
  if (run.ids.some((id) => party(id) === party(next.actorId))) return true;
  // or right after the body of their office: «الأمين العام لجامعة الدول العربية أحمد أبو الغيط»
  return words.length === 0 && info(next.actorId)?.kind === "person" && run.ids.every((id) => info(id)?.kind === "organisation") && ofAnOffice(gt.text.slice(Math.max(0, run.start - WINDOW), run.start));
}

/** How far back a preposition is looked for. */
const WINDOW = 40;
/** Words read before a name: four for a preposition and a title, more for the sidelines of a gathering. */
const WORDS = 7;

/** The role a preposition gives the group starting at `start` (article offset inside the sentence), from the words before it. */
export function prepositionBefore(st: SentenceText, start: number): PrepRole | undefined {
  // asked once per group and again per candidate for each place: one answer per sentence and offset
  st.lazy ??= {};
  st.lazy.prepositions ??= new Map();
  const known = st.lazy.prepositions;
  if (known.has(start)) return known.get(start);
  const rel = start - st.base;
  const from = Math.max(0, rel - WINDOW);
  const role = prepositionRole(st.raw.slice(from, rel), lastWords(bareSlice(st, st.base + from, start), WORDS));
  known.set(start, role);
  return role;
}

/** The same on any text: the window `[max(floor, start − 40), start)` normalised on its own. */
export function prepositionBeforeIn(text: string, start: number, floor: number): PrepRole | undefined {
  const before = text.slice(Math.max(floor, start - WINDOW), start);
  return prepositionRole(before, lastWords(normalizeText(before.replace(NOT_WORD_CHAR, " ")), WORDS));
}

/** `"'«“”»` after a clitic preposition and before its name. */
const QUOTE_UNITS = new Set(['"', "'", "«", "“", "”", "»"].map((q) => q.charCodeAt(0)));
const LETTER = /^\p{L}$/u;

/**
 * `/(?:^|[^\p{L}])[وف]?[بل]\u0640?["'«“”»]*$/u.test(before)`, read backwards from the end instead
 * of tried at every offset: «بـ"أردوغان"», «لـ», «وبـ».
 */
function endsInCliticPreposition(before: string): boolean {
  let k = before.length;
  while (k > 0 && QUOTE_UNITS.has(before.charCodeAt(k - 1))) k--;
  if (k > 0 && before.charCodeAt(k - 1) === 0x640) k--;
  const p = before.charCodeAt(k - 1);
  if (k === 0 || (p !== 0x628 && p !== 0x644)) return false;
  k--;
  if (!letterEndingAt(before, k)) return true;
  const c = before.charCodeAt(k - 1);
  return (c === 0x648 || c === 0x641) && !letterEndingAt(before, k - 1);
}

/** Whether the code point ending at `k` is a letter (false at the start). */
function letterEndingAt(text: string, k: number): boolean {
  if (k <= 0) return false;
  const lo = text.charCodeAt(k - 1);
  if (lo >= 0xdc00 && lo <= 0xdfff && k >= 2) {
    const hi = text.charCodeAt(k - 2);
    if (hi >= 0xd800 && hi <= 0xdbff) return LETTER.test(text.slice(k - 2, k));
  }
  return LETTER.test(text[k - 1]!);
}

/**
 * Whether a clitic «ل» joins a name to the office before it: «الأمين العام لمجلس التعاون», «المجلس
 * الوزاري لمجلس التعاون» — the name is the office's body, not an object.
 */
export function ofAnOffice(before: string): boolean {
  const m = /(\p{L}+)[\s\u0640"'«“”»]*ل[\u0640"'«“”»]*$/u.exec(before);
  return m !== null && OFFICE_HEADS.has(normalizeText(m[1]!));
}

const OFFICE_HEADS = new Set(["العام", "الوزاري", "الدائم", "التنفيذي", "الأعلى", "المساعد", "أمين", "الأمين", "رئيس", "الرئيس", "مندوب", "المندوب", "سفير", "السفير", "المبعوث", "مبعوث"].map((w) => normalizeText(w)));

/** The role given by the last words before a group (`words`: at most the last four). */
/** «هامش / حاشیه»: the sidelines of a gathering. */
const SIDELINES = /^(?:ال)?(?:هامش|حاشیه)(?:ها)?$/;
/** «بوساطة / برعاية / با میانجیگری»: the one named next brokers the act. */
const MEDIATION = /^(?:ب)?(?:ال)?(?:وساطه|رعایه|میانجیگری|میانجی)$/;
/** A gathering, or its ordinal, between «on the sidelines of» and the body that holds it. */
const GATHERING = /^(?:ال|لل)?(?:نشست|اجلاس|قمه|اجتماع|اجتماعات|جلسه|جلسات|موتمر|کنفرانس|دوره|\S+مین)$/;

/** The words of a number: «هفتاد و نهمین», «78». */
const NUMBER_WORD = /^(?:و|\p{N}+|بیست|سی|چهل|پنجاه|شصت|هفتاد|هشتاد|نود|صد)$/u;

function prepositionRole(before: string, words: readonly string[]): PrepRole | undefined {
  // «بـ"أردوغان"», «لـ»: a clitic preposition glued to the name (quotes and tatweel between)
  if (endsInCliticPreposition(before)) return "target";
  const last = words[words.length - 1];
  // «مع وزير الخارجية الإيراني»: a title may stand between the preposition and the name
  for (let i = words.length - 1; i >= Math.max(0, words.length - 4); i--) {
    const w = words[i]!;
    const bare = w.replace(/^[وف](?=\S{2})/, "");
    const role = PREPOSITIONS.get(w) ?? PREPOSITIONS.get(bare);
    if (role) return role;
    if (/^(?:ب|ل)(?:نظیر|همتا|ال)/.test(bare)) return /^بال(?:عاصمه|مدینه)/.test(bare) ? "other" : "target";
    // «على هامش اجتماعات الجمعية العامة», «در حاشیه هفتادوهشتمین نشست مجمع عمومی»: where, not with whom
    // (and «بوساطة عمانية», «با میانجیگری عمان»: who brokered it, not a side)
    if (SIDELINES.test(bare) || MEDIATION.test(bare)) return "other";
    // (with its ZWNJ read as a space: «با میانجی‌گری چین»)
    if (i > 0 && MEDIATION.test(words[i - 1]! + bare)) return "other";
    if (GATHERING.test(bare)) {
      let k = i - 1;
      while (k >= 0 && (GATHERING.test(words[k]!) || NUMBER_WORD.test(words[k]!))) k--;
      if (k >= 0 && SIDELINES.test(words[k]!.replace(/^[وف](?=\S{2})/, ""))) return "other";
    }
    // «ضد الاحتلال الإسرائيلي», «مع الجانب التركي»: the noun an adjective-name qualifies
    // (and a state's land or sites: «حمله رژیم صهیونیستی به خاک ایران», «على الأراضي القطرية»)
    if (!TITLE_WORD.test(bare) && !TERRITORY.has(bare) && !(w === last && /^ال\S{3}/.test(bare))) return undefined;
  }
  return undefined;
}

/** A state's land or sites, between a preposition and the state: «به خاک ایران», «على أراضي سوريا», «به تأسیسات هسته‌ای ایران». */
const TERRITORY = new Set(
  // («هسته‌ای» is read as two words when its non-joiner is: «هسته» and «ای»)
  ["خاک", "سرزمین", "قلمرو", "اراضی", "أراضي", "الأراضي", "تأسیسات", "تاسیسات", "هسته‌ای", "هسته", "ای", "منشآت", "المنشآت", "مواقع", "المواقع", "مواضع"].map((w) =>
    normalizeText(w),
  ),
);

/** The party an actor acts for: a person's state, else the actor itself. */
export function partyOf(id: string, info: ActorInfoOf): string {
  const i = info(id);
  return i?.kind === "person" && i.country ? i.country : id;
}
