/**
 * The scanner's primitives over the tokens of one text: phrase matching with proclitics, numbers,
 * years, month phrases, and the future / duration context of a date. Module-level functions over a
 * `Scan` value (no closures per text: this runs for every token of the corpus).
 */
import type { EventDate } from "../../../src/contract/schema.ts";
import type { CalendarSystem } from "../../lexicon/calendar.ts";
import { calendarOf, GREGORIAN } from "./calendars.ts";
import type { HeadFilter, Hit, Lexicon, PhraseTable, Token } from "./lexicon.ts";
import type { MonthPhrase, YearSpec } from "./resolve.ts";

/** One text being scanned. */
export interface Scan {
  readonly lex: Lexicon;
  /** Every first token of the lexicon's phrase tables. */
  readonly heads: HeadFilter;
  readonly toks: readonly Token[];
  readonly text: string;
}

/** A recognised span (normalised char offsets) and how to resolve it against an anchor day. */
export interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly relative: boolean;
  /** For absolute dates the anchor is ignored. */
  readonly resolve: (anchor: number) => EventDate | null;
  /** Structure for combining into ranges: a day, a month or a year of one calendar. */
  readonly firstTok: number;
  readonly nextTok: number;
  /** A day-month form that failed to resolve (31 February) still hides the month inside it. */
  readonly blocksWhenInvalid?: boolean;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
export const isWordChar = (ch: string | undefined): boolean => ch !== undefined && WORD_CHAR.test(ch);

/** Tries the phrases of `t` whose first token is `w.slice(from)` at token i. */
function phraseAt<T>(sc: Scan, t: PhraseTable<T>, i: number, w: string, from: number, start: number): Hit<T> | null {
  // the hash first: most readings head no phrase, and need no slice nor lookup
  if (!t.heads.may(w, from)) return null;
  const list = t.byHead.get(from === 0 ? w : w.slice(from));
  if (!list) return null;
  for (const p of list) {
    let ok = true;
    for (let k = 1; k < p.tokens.length; k++) {
      if (sc.toks[i + k]?.text !== p.tokens[k]) {
        ok = false;
        break;
      }
    }
    if (ok) return { value: p.value, next: i + p.tokens.length, start };
  }
  return null;
}

/**
 * Matches a phrase at token i; the first token may carry a proclitic «و/ف» (and «ب/ل» before «ال»).
 * Readings are tried in order: the word, minus «و/ف», minus «و/ف» + «ب/ل», minus «ب/ل».
 */
export function match<T>(sc: Scan, t: PhraseTable<T>, i: number, proclitic = true): Hit<T> | null {
  const first = sc.toks[i];
  if (!first) return null;
  const w = first.text;
  const hit = phraseAt(sc, t, i, w, 0, first.start);
  if (hit || !proclitic || first.kind !== "word") return hit;
  const c0 = w.charCodeAt(0);
  if (c0 === WAW || c0 === FEH) {
    if (w.length > 2) {
      const h = phraseAt(sc, t, i, w, 1, first.start + 1);
      if (h) return h;
    }
    const c1 = w.charCodeAt(1);
    if ((c1 === BEH || c1 === LAM) && w.startsWith("ال", 2) && w.length > 3) return phraseAt(sc, t, i, w, 2, first.start + 2);
    return null;
  }
  if ((c0 === BEH || c0 === LAM) && w.startsWith("ال", 1) && w.length > 2) return phraseAt(sc, t, i, w, 1, first.start + 1);
  return null;
}

/** A phrase at token i, without proclitics. */
export const is = (sc: Scan, t: PhraseTable<true>, i: number): Hit<true> | null => match(sc, t, i, false);

/** The proclitics' letters «و ف ب ل», compared by code (no one-character strings per token). */
const WAW = 0x648;
const FEH = 0x641;
const BEH = 0x628;
const LAM = 0x644;

/**
 * False when no recogniser can start at token i: it is no number, not «ال», and none of its
 * readings (as `match` tries them) begins a phrase of the lexicon.
 */
export function mightStart(sc: Scan, i: number): boolean {
  const t = sc.toks[i]!;
  if (t.kind === "num" || t.text === "ال" || sc.heads.has(t.text, 0)) return true;
  if (t.kind !== "word") return false;
  const w = t.text;
  const c0 = w.charCodeAt(0);
  if (c0 === WAW || c0 === FEH) {
    if (w.length > 2 && sc.heads.has(w, 1)) return true;
    const c1 = w.charCodeAt(1);
    return (c1 === BEH || c1 === LAM) && w.startsWith("ال", 2) && w.length > 3 && sc.heads.has(w, 2);
  }
  return (c0 === BEH || c0 === LAM) && w.startsWith("ال", 1) && w.length > 2 && sc.heads.has(w, 1);
}

/** The end offset of the token before `next`. */
export const endOf = (sc: Scan, next: number): number => sc.toks[next - 1]!.end;

export function num(sc: Scan, i: number, min: number, max: number, maxLen: number): number | null {
  const t = sc.toks[i];
  if (t?.kind !== "num" || t.text.length > maxLen) return null;
  const v = Number(t.text);
  return v >= min && v <= max ? v : null;
}

/** A year number with an optional era marker; the calendar comes from the marker, the hint, or the number. */
export function yearAt(
  sc: Scan,
  i: number,
  hint: CalendarSystem | "ar" | "fa" | undefined,
): { year: number; calendar: CalendarSystem; next: number } | null {
  const t = sc.toks[i];
  if (t?.kind !== "num" || t.text.length !== 4) return null;
  const y = Number(t.text);
  const era = match(sc, sc.lex.eras, i + 1, false);
  let calendar: CalendarSystem;
  if (era) calendar = era.value;
  else if (hint === "gregorian" || hint === "jalali" || hint === "hijri") calendar = hint;
  else if (y >= GREGORIAN.years[0] && y <= GREGORIAN.years[1]) calendar = "gregorian";
  else if (hint === "fa") calendar = "jalali";
  else if (hint === "ar") calendar = "hijri";
  else return null;
  const [lo, hi] = calendarOf(calendar).years;
  if (y < lo || y > hi) return null;
  return { year: y, calendar, next: era ? era.next : i + 1 };
}

/** Past a part word («مطلع», «اواخر») and/or a month noun («شهر», «ماه»). */
export function lead(sc: Scan, i: number): { next: number; supported: boolean } {
  let j = i;
  let supported = false;
  const part = match(sc, sc.lex.parts, j);
  if (part) {
    j = part.next;
    supported = true;
  }
  const noun = j === i ? match(sc, sc.lex.monthNouns, j) : is(sc, sc.lex.monthNouns, j);
  if (noun) {
    j = noun.next;
    supported = true;
  }
  return { next: j, supported };
}

/** A month name with its double («يناير/كانون الثاني», «تشرين الأول (أكتوبر)») and what follows it. */
export function monthPhrase(sc: Scan, i: number, leadStart: boolean): MonthPhrase | null {
  const { lex } = sc;
  const tok = (k: number): Token | undefined => sc.toks[k];
  const name = match(sc, lex.months, i, leadStart);
  if (!name) return null;
  const entry = name.value;
  let j = name.next;
  let supported = false;
  if (entry.calendar === "jalali" && tok(j)?.text === "ماه") {
    j++; // «مهر ماه» — the noun after the name lifts the guard too
    supported = true;
  }
  const open = tok(j)?.text;
  if (open === "/" || open === "(") {
    const twin = match(sc, lex.months, j + 1, false);
    if (twin && twin.value.month === entry.month && twin.value.calendar === entry.calendar) {
      j = twin.next;
      if (open === "(" && tok(j)?.text === ")") j++;
      supported = true;
    }
  }
  // year: «يناير 2024», «آذر ۱۴۰۳», «آذر سال ۱۴۰۳», «يناير من العام 2024»
  let k = j;
  if (tok(k)?.text === lex.from) k++;
  const kw = match(sc, lex.yearKeywords, k, false);
  const y = yearAt(sc, kw ? kw.next : k, entry.calendar);
  let year: YearSpec = { kind: "none" };
  if (y && y.calendar === entry.calendar) {
    year = { kind: "absolute", year: y.year };
    j = y.next;
  } else {
    const period = match(sc, lex.periods, k, false);
    const dir = period && period.value.unit === "year" ? match(sc, lex.directions, period.next, false) : null;
    const yw = match(sc, lex.yearWords, j, false);
    if (period && dir) {
      year = { kind: "shift", shift: dir.value };
      j = dir.next;
    } else if (yw) {
      year = { kind: "shift", shift: yw.value };
      j = yw.next;
    } else {
      const d = match(sc, lex.directions, j, false);
      if (d) {
        year = { kind: "direction", shift: d.value };
        j = d.next;
      }
    }
  }
  if (year.kind !== "none") supported = true;
  return {
    start: name.start,
    next: j,
    calendar: entry.calendar,
    month: entry.month,
    year,
    supported,
    ambiguous: entry.ambiguous === true,
  };
}

// ——— context: future tense and durations ———

const BREAK = /[.!?;:\n]/;

function sentenceBounds(sc: Scan, i: number): [number, number] {
  const { toks } = sc;
  let a = i;
  while (a > 0 && !BREAK.test(toks[a - 1]!.text) && !hasBreakBetween(sc, a - 1, a)) a--;
  let b = i;
  while (b < toks.length - 1 && !BREAK.test(toks[b + 1]!.text) && !hasBreakBetween(sc, b, b + 1)) b++;
  return [a, b];
}

function hasBreakBetween(sc: Scan, x: number, y: number): boolean {
  return sc.text.slice(sc.toks[x]!.end, sc.toks[y]!.start).includes("\n");
}

/** Cheap future check around a date spanning tokens [i, next). */
export function isFuture(sc: Scan, i: number, next: number): boolean {
  const { lex, toks } = sc;
  const [a, b] = sentenceBounds(sc, i);
  for (let k = Math.max(a, i - 8); k < i; k++) {
    if (is(sc, lex.futureBefore, k)) return true;
    const w = toks[k]!;
    // «سيصل», «ستعقد», «سنعمل»: سـ + imperfect prefix, not a noun like «سياسة» or «سنوات»
    if (w.kind === "word" && w.text.length >= 4 && /^س[یتن]/u.test(w.text)) {
      if (!lex.sinNouns.some((p) => w.text.startsWith(p))) return true;
    }
  }
  for (let k = next; k <= Math.min(b, next + 10); k++) {
    const w = toks[k]!;
    if (w.kind === "punct" || w.text === "که") break;
    if (is(sc, lex.futureAfter, k)) return true;
  }
  return false;
}

export function isDuration(sc: Scan, i: number): boolean {
  const [a] = sentenceBounds(sc, i);
  for (let k = Math.max(a, i - 5); k < i; k++) if (match(sc, sc.lex.durationMarkers, k)) return true;
  return false;
}

/** A candidate spanning tokens [firstTok, nextTok) from char offset `start`. */
export function candidate(
  sc: Scan,
  firstTok: number,
  start: number,
  nextTok: number,
  relative: boolean,
  resolve: (a: number) => EventDate | null,
): Candidate {
  return { start, end: endOf(sc, nextTok), relative, resolve, firstTok, nextTok };
}
