/** Discovery of persons the gazetteer does not know, named right after a title; their ids and labels. */
import { type Normalized, normalizeText, toOriginalSpan } from "../../../src/text/normalize.ts";
import type { Lang } from "../gazetteer.ts";
import type { ActorEntry, Sentence } from "../types.ts";
import { FA_LIGHT_VERBS, NOT_NAME, PUNCT_BOUNDARY } from "./context.ts";
import { type Hit, type MatchForm, startVariants, type Token, words } from "./forms.ts";
import { isNameWord, nameStyleOf, romanizeName, transliterate } from "./romanize.ts";
/** What discovery reads: the article's normalised text, its tokens and hits, its sentences. */
export interface DiscoveryText {
  readonly text: string;
  readonly tokens: readonly Token[];
  /** The selected hits: sorted by start, never overlapping. */
  readonly hits: readonly Hit[];
  /** The first token of every hit. */
  readonly hitStarts: ReadonlySet<number>;
  readonly sentences: readonly Sentence[];
  readonly n: Normalized;
  readonly lang: Lang;
  readonly original: string;
}

const LEAD = /^[\s,،]*(["'])?\s*/;

/** Arabic tanwin marks (ً ٌ ٍ). */
const TANWIN = /[\u064B-\u064D]/;

/**
 * Whether a token carries tanwin: an indefinite noun, never a name. The marks are dropped by
 * normalisation, so the original is read, with the mark after the word's last letter.
 */
function withTanwin(d: DiscoveryText, t: Token): boolean {
  const o = toOriginalSpan(d.n, t.s, t.e);
  return TANWIN.test(d.original.slice(o.start, o.end + 1));
}

/** Two to four name-like words right after a title (optionally after a comma, or inside quotes). */
export function discoverAfter(d: DiscoveryText, from: number): { s: number; e: number; name: string } | undefined {
  const { text, tokens, n, lang, original } = d;
  // the lead is short: look at a window, and at the rest only when the window is all lead
  let lead = LEAD.exec(text.slice(from, from + 64))!;
  if (lead[0].length === Math.min(64, Math.max(0, text.length - from))) lead = LEAD.exec(text.slice(from))!;
  const quoted = lead[1] !== undefined;
  const start = from + lead[0].length;
  const first = tokenStartingAt(tokens, start);
  if (first < 0) return undefined;
  // the name must stay in the title's sentence («… با مدیرکل آژانس» ending a headline names no «کد خبر» on the next line)
  const origStart = n.map[start] ?? 0;
  const titleSentence = from > 0 ? sentenceAt(d.sentences, n.map[from - 1] ?? 0) : undefined;
  if (titleSentence && origStart >= titleSentence.end) return undefined;
  const sentence = sentenceAt(d.sentences, origStart);
  const limit = sentence ? sentence.end : Number.POSITIVE_INFINITY;
  const picked: Token[] = [];
  for (let i = first; i < tokens.length && picked.length < 5; i++) {
    const t = tokens[i]!;
    if ((n.map[t.s] ?? 0) >= limit) break;
    if (picked.length > 0 && !/^\s+$/.test(text.slice(picked[picked.length - 1]!.e, t.s))) {
      // a closing quote ends a quoted name; any other mark ends the name too
      break;
    }
    if (overlapsHit(d.hits, t)) break;
    if (!isNameLike(t.w, picked.length === 0, lang)) break;
    picked.push(t);
  }
  // a name has at most one word with the article («فيصل المقداد»): «… العاطي الأزمة» ends before «الأزمة»
  let cutAtArticle = false;
  if (lang === "ar") {
    const second = picked.findIndex((t, i) => t.w.startsWith("ال") && picked.slice(0, i).some((x) => x.w.startsWith("ال")));
    if (second > 0) {
      picked.length = second;
      cutAtArticle = true;
    }
  }
  if (picked.length < 2 || picked.length > 4) return undefined;
  const last = picked[picked.length - 1]!;
  const after = text.slice(last.e, last.e + 2);
  if (quoted && !/^\s*["']/.test(after)) return undefined;
  // picked tokens are consecutive from `first`
  const nextIndex = first + picked.length;
  const next = tokens[nextIndex];
  const ends = cutAtArticle || after === "" || PUNCT_BOUNDARY.test(after.trimStart()[0] ?? ".") || /^\s*["']/.test(after) || !next || NOT_NAME[lang].has(next.w) || d.hitStarts.has(nextIndex) || stripConj(next.w, lang) !== next.w;
  if (!ends) return undefined;
  // a word with tanwin is an indefinite noun, never a name: «اجتماعاً تشاورياً»
  if (lang === "ar" && picked.some((t) => withTanwin(d, t))) return undefined;
  // «… منتقل می‌شود», «… خواستار مذاکره شد»: the words before a light verb are the verb's, not a name
  if (lang === "fa" && next && FA_LIGHT_VERBS.has(next.w)) return undefined;
  const o = toOriginalSpan(n, picked[0]!.s, last.e);
  return { s: picked[0]!.s, e: last.e, name: original.slice(o.start, o.end) };
}

/**
 * Office words that introduce a person named right before them and a comma: «ممتاز زهرا بلوچ، سخنگوی
 * وزارت خارجه پاکستان», «عبدالنافع تکور، سخنگوی وزارت داخله طالبان», «ستيفان دوجاريك، المتحدث باسم …».
 */
const OFFICES: Readonly<Record<Lang, ReadonlySet<string>>> = {
  ar: new Set(
    [
      "وزير", "الوزير", "وزيرة", "سفير", "السفير", "المتحدث", "الناطق", "رئيس", "الرئيس", "نائب", "مستشار", "المستشار", "الأمين",
      "مندوب", "المندوب", "المبعوث", "مبعوث", "قائد", "زعيم", "مدير", "عضو", "رئيسة", "المتحدثة",
    ].map((w) => normalizeText(w)),
  ),
  fa: new Set(
    [
      "وزیر", "سفیر", "سخنگوی", "سخنگو", "معاون", "رئیس", "نماینده", "فرمانده", "جانشین", "دبیر", "مشاور", "نخست‌وزیر", "دادستان",
      "استاندار", "فرماندار", "مدیرکل", "قائم‌مقام", "عضو", "فرستاده", "رهبر",
    ].map((w) => normalizeText(w)),
  ),
};

/** Marks that may stand right before a name that opens an apposition: a clause or sentence boundary. */
const BEFORE_NAME = /[،,.:;!?«»"()\n\-–—]\s*$/;

/**
 * Two to four name-like words right before «، office»: the names Persian and Arabic news introduce
 * with their office after them. The name must open its clause (a sentence start or a mark before it)
 * and hold no word `named` says is an actor's (a given name alone, «حسن», «قاسم», is no one's yet).
 * Persian also sets the office right after the name, without the comma («پیش از این، رضا نجفی سفیر و
 * نماینده دائم کشورمان …»): then the name is two or three words, each a name word of the table.
 */
export function discoverBefore(d: DiscoveryText, named: (t: Token) => boolean): { s: number; e: number; name: string; officeToken: number }[] {
  const { text, tokens, n, lang, original } = d;
  const offices = OFFICES[lang];
  const out: { s: number; e: number; name: string; officeToken: number }[] = [];
  for (let k = 2; k < tokens.length; k++) {
    const office = tokens[k]!;
    if (!offices.has(office.w)) continue;
    const prev = tokens[k - 1]!;
    const gap = text.slice(prev.e, office.s);
    const comma = /^\s*[،,]\s*$/.test(gap);
    if (!comma && !(lang === "fa" && /^\s+$/.test(gap))) continue;
    // the name-like words before the comma, separated by spaces only; a mark or the text's start must precede them
    const picked: Token[] = [];
    let i = k - 1;
    for (; i >= 0 && picked.length < 4; i--) {
      const t = tokens[i]!;
      if (picked.length > 0 && !/^\s+$/.test(text.slice(t.e, picked[0]!.s))) break;
      if (named(t) || !isNameLike(t.w, false, lang)) break;
      picked.unshift(t);
    }
    if (picked.length < 2) continue;
    if (!comma && (picked.length > 3 || !picked.every((t) => isNameWord(t.w)))) continue;
    const first = picked[0]!;
    const previous = tokens[k - 1 - picked.length];
    const lead = text.slice(previous ? previous.e : 0, first.s);
    if (previous && !BEFORE_NAME.test(lead)) continue;
    if (!isNameLike(first.w, true, lang)) continue;
    // one sentence, no tanwin
    const o = toOriginalSpan(n, first.s, picked[picked.length - 1]!.e);
    const sentence = sentenceAt(d.sentences, o.start);
    if (sentence && o.end > sentence.end) continue;
    if (lang === "ar" && picked.some((t) => withTanwin(d, t))) continue;
    out.push({ s: first.s, e: picked[picked.length - 1]!.e, name: original.slice(o.start, o.end), officeToken: k });
  }
  return out;
}

/** The index of the token starting exactly at `s`, or −1 (tokens are sorted and distinct by start). */
function tokenStartingAt(tokens: readonly Token[], s: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens[mid]!.s < s) lo = mid + 1;
    else hi = mid;
  }
  return tokens[lo]?.s === s ? lo : -1;
}

/** True when a hit overlaps the token (hits are sorted and disjoint, so their ends are sorted too). */
function overlapsHit(hits: readonly Hit[], t: Token): boolean {
  let lo = 0;
  let hi = hits.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (hits[mid]!.e <= t.s) lo = mid + 1;
    else hi = mid;
  }
  const h = hits[lo];
  return h !== undefined && h.s < t.e;
}

const ORDERED = new WeakMap<readonly Sentence[], boolean>();
/** Sentences that are non-empty, disjoint and sorted (checked once per array). */
function inOrder(sentences: readonly Sentence[]): boolean {
  let ordered = ORDERED.get(sentences);
  if (ordered === undefined) {
    ordered = sentences.every((s, i) => s.start < s.end && (i === 0 || sentences[i - 1]!.end <= s.start));
    ORDERED.set(sentences, ordered);
  }
  return ordered;
}

/** The first sentence holding `offset`, by binary search when the sentences are in order (they are, from segmentation). */
function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence | undefined {
  const holds = (s: Sentence) => s.start <= offset && offset < s.end;
  if (!inOrder(sentences)) return sentences.find(holds);
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sentences[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  const s = sentences[lo];
  return s && holds(s) ? s : undefined;
}

function stripConj(w: string, lang: Lang): string {
  return /^[وف]/.test(w) && w.length > 3 && NOT_NAME[lang].has(w.slice(1)) ? w.slice(1) : w;
}

function isNameLike(w: string, first: boolean, lang: Lang): boolean {
  if (!/^[\u0621-\u064A\u067E\u0686\u0698\u06A9\u06AF\u06CC]{2,}$/u.test(w)) return false;
  if (NOT_NAME[lang].has(w)) return false;
  // «لبحث», «وقال»: a function word or verb behind a proclitic
  if (lang === "ar" && startVariants(w, "ar").some((v) => v.pre > 0 && v.w.length >= 3 && NOT_NAME.ar.has(v.w))) return false;
  // «السبت», «المنتخب»: a name does not begin with the article (family names like «المقداد» come second)
  if (first && lang === "ar" && w.startsWith("ال")) return false;
  return true;
}

export function discoveredEntry(
  name: string,
  lang: Lang,
  country: string | undefined,
  role: string | undefined,
  byId: ReadonlyMap<string, ActorEntry>,
  known: readonly ActorEntry[],
): ActorEntry {
  // the id spells the letters (the same in an Arabic and a Persian article); the label, the name as the press writes it
  const label = romanizeName(name, nameStyleOf(country, lang));
  let id = slug(transliterate(name));
  if (byId.has(id) && !known.some((k) => k.id === id)) id = `${id}-${(country ?? "x").toLowerCase()}`;
  return {
    id,
    kind: "person",
    label,
    names: { en: [label], ar: lang === "ar" ? [name] : [], fa: lang === "fa" ? [name] : [] },
    ...(country ? { country } : {}),
    roles: role && country ? [{ role, country }] : [],
  };
}

/** Match forms for a discovered person: the full name and, alone, the surname. */
export function discoveredForms(d: ActorEntry, lang: Lang): MatchForm[] {
  const out: MatchForm[] = [];
  for (const name of d.names[lang]) {
    const ws = words(name);
    out.push({ words: ws, lang, actorId: d.id, via: "name", key: ws.join(" ") });
    const surname = ws[ws.length - 1];
    if (surname && ws.length > 1) out.push({ words: [surname], lang, actorId: d.id, via: "partial-name", key: surname });
  }
  return out;
}

function slug(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
