/** The calendar lexicon (scripts/lexicon/calendar.ts) compiled into phrase tables keyed by first token; the tokenizer. */
import { normalizeText } from "../../../src/text/normalize.ts";
import * as lexicon from "../../lexicon/calendar.ts";
import type { MonthNameEntry } from "../../lexicon/calendar.ts";

export interface Phrase<T> {
  readonly tokens: readonly string[];
  readonly value: T;
}
/** Phrases by first token, longest first; `heads` tells most tokens that begin none without a lookup. */
export interface PhraseTable<T> {
  readonly byHead: ReadonlyMap<string, readonly Phrase<T>[]>;
  readonly heads: HeadFilter;
}

/**
 * A set of strings, probed by a 16-bit hash of first unit, last unit and length before the exact
 * set: most tokens of a text begin no phrase, and the hash skips slicing and hashing them.
 */
export class HeadFilter {
  private readonly bits = new Uint32Array(2048);
  private readonly set = new Set<string>();

  add(head: string): void {
    this.set.add(head);
    const h = headHash(head, 0);
    this.bits[h >>> 5]! |= 1 << (h & 31);
  }

  /** Whether `w.slice(from)` may be in the set (false: it is not). */
  may(w: string, from: number): boolean {
    const h = headHash(w, from);
    return (this.bits[h >>> 5]! & (1 << (h & 31))) !== 0;
  }

  /** Whether `w.slice(from)` is in the set. */
  has(w: string, from: number): boolean {
    return this.may(w, from) && this.set.has(from === 0 ? w : w.slice(from));
  }
}

function headHash(w: string, from: number): number {
  const len = w.length - from;
  if (len <= 0) return 0;
  return (Math.imul(w.charCodeAt(from), 0x9e37) ^ Math.imul(w.charCodeAt(w.length - 1), 0x85eb) ^ Math.imul(len, 0xc2b3)) >>> 16;
}

function table<T>(entries: readonly (readonly [string, T])[]): PhraseTable<T> {
  const map = new Map<string, Phrase<T>[]>();
  const heads = new HeadFilter();
  for (const [form, value] of entries) {
    const tokens = tokenize(normalizeText(form)).map((t) => t.text);
    const first = tokens[0];
    if (first === undefined) continue;
    const list = map.get(first) ?? [];
    if (!list.some((p) => p.tokens.join(" ") === tokens.join(" "))) list.push({ tokens, value });
    map.set(first, list);
    heads.add(first);
  }
  for (const list of map.values()) list.sort((x, y) => y.tokens.length - x.tokens.length);
  return { byHead: map, heads };
}
const set = (forms: readonly string[]): PhraseTable<true> => table(forms.map((f) => [f, true] as const));

/** Compiles the calendar lexicon once per resolver. */
export function compileLexicon() {
  const months: (readonly [string, MonthNameEntry])[] = [];
  for (const e of lexicon.MONTH_NAMES) {
    months.push([e.form, e]);
    // Persian writes «آذرماه»/«آذر ماه»: the joined form is one token
    if (e.calendar === "jalali") months.push([`${e.form}ماه`, e]);
  }
  return {
    months: table(months),
    weekdays: table(lexicon.WEEKDAYS.map((e) => [e.form, e.weekday] as const)),
    dayWords: table(lexicon.DAY_WORDS.map((e) => [e.form, e] as const)),
    timeOfDay: set(lexicon.TIME_OF_DAY),
    dayNouns: set(lexicon.DAY_NOUNS),
    directions: table(lexicon.DIRECTIONS.map((e) => [e.form, e.shift] as const)),
    thisWords: set(lexicon.THIS_WORDS),
    periods: table(lexicon.PERIOD_WORDS.map((e) => [e.form, e] as const)),
    yearWords: table(lexicon.YEAR_WORDS.map((e) => [e.form, e.shift] as const)),
    parts: table(lexicon.PART_WORDS.map((e) => [e.form, e.part] as const)),
    seasons: table(lexicon.SEASONS.map((e) => [e.form, e] as const)),
    monthNouns: set(lexicon.MONTH_NOUNS),
    yearKeywords: table(lexicon.YEAR_KEYWORDS.map((e) => [e.form, e.lang] as const)),
    eras: table(lexicon.ERA_MARKERS.map((e) => [e.form, e.calendar] as const)),
    units: table(lexicon.UNIT_WORDS.map((e) => [e.form, e] as const)),
    numbers: table(lexicon.NUMBER_WORDS.map((e) => [e.form, e.value] as const)),
    agoBefore: table(lexicon.AGO_WORDS.filter((e) => e.before).map((e) => [e.form, e.sign] as const)),
    agoAfter: table(lexicon.AGO_WORDS.filter((e) => !e.before).map((e) => [e.form, e.sign] as const)),
    durationMarkers: set(lexicon.DURATION_MARKERS),
    windows: table(lexicon.WINDOWS.map((e) => [e.form, e] as const)),
    weekOrdinals: table(lexicon.WEEK_ORDINALS.map((e) => [e.form, e.week] as const)),
    dayOrdinals: table(lexicon.DAY_ORDINALS.map((e) => [e.form, e.day] as const)),
    ordinalNouns: set(lexicon.ORDINAL_NOUNS),
    rangeOpeners: set(lexicon.RANGE_OPENERS),
    rangeJoiners: set(lexicon.RANGE_JOINERS),
    todayBlockersBefore: set(lexicon.TODAY_BLOCKERS_BEFORE),
    todayBlockersAfter: set(lexicon.TODAY_BLOCKERS_AFTER),
    outletNames: set(lexicon.OUTLET_NAMES),
    outletNouns: set(lexicon.OUTLET_NOUNS),
    generalNouns: set(lexicon.GENERAL_NOUNS),
    twoMarkers: set(lexicon.TWO_MARKERS),
    general: normalizeText("العام"),
    futureBefore: set(lexicon.FUTURE_MARKERS_BEFORE),
    futureAfter: set(lexicon.FUTURE_MARKERS_AFTER),
    sinNouns: lexicon.SIN_NOUN_PREFIXES.map((p) => normalizeText(p)),
    today: normalizeText("اليوم"),
    from: normalizeText("من"),
    corresponding: normalizeText("الموافق"),
    tomorrowRadio: normalizeText("فردا"),
  };
}
export type Lexicon = ReturnType<typeof compileLexicon>;

// ——— tokens ———

export interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly kind: "word" | "num" | "punct";
}

const SPACE = 0;
const LETTER = 1;
const DIGIT = 2;
const OTHER = 3;

/** The class of each BMP unit: `\s`, `\p{L}`, ASCII digit, or any other; −1 not yet known. */
const UNIT_CLASS = new Int8Array(0x10000).fill(-1);

function classOf(ch: string): number {
  return /^\s$/u.test(ch) ? SPACE : /^\p{L}$/u.test(ch) ? LETTER : /^\d$/u.test(ch) ? DIGIT : OTHER;
}

/** The class of the code point at `i` and its length in units. */
function classAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return classOf(s.slice(i, i + 2)) * 4 + 2;
  }
  let k = UNIT_CLASS[c]!;
  if (k < 0) {
    k = classOf(String.fromCharCode(c));
    UNIT_CLASS[c] = k;
  }
  return k * 4 + 1;
}

/**
 * Words (`\p{L}+`), numbers (ASCII `\d+`) and single other characters, white space skipped: the
 * matches of `/(\p{L}+)|(\d+)|([^\s\p{L}\d])/gu`, read by a table instead of the expression.
 */
export function tokenize(s: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < s.length) {
    const first = classAt(s, i);
    const cls = first >> 2;
    const start = i;
    i += first & 3;
    if (cls === SPACE) continue;
    if (cls === LETTER || cls === DIGIT) {
      while (i < s.length) {
        const next = classAt(s, i);
        if (next >> 2 !== cls) break;
        i += next & 3;
      }
    }
    out.push({ text: s.slice(start, i), start, end: i, kind: cls === LETTER ? "word" : cls === DIGIT ? "num" : "punct" });
  }
  return out;
}

/** A match of a lexicon phrase: its value, the token after it, and the char offset it starts at (after a proclitic). */
export interface Hit<T> {
  readonly value: T;
  readonly next: number;
  readonly start: number;
}

/** Every first token of every phrase table: a token none of whose readings is one starts no phrase. */
export function tableHeads(lex: Lexicon): HeadFilter {
  const out = new HeadFilter();
  for (const value of Object.values(lex)) if (typeof value === "object" && "byHead" in value) for (const k of value.byHead.keys()) out.add(k);
  return out;
}
