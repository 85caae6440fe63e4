/** Recognisers of dates relative to the anchor: periods, day words, weekdays, distances and vague windows. */
import type { EventDate } from "../../../src/contract/schema.ts";
import type * as lexicon from "../../lexicon/calendar.ts";
import type { Unit } from "../../lexicon/calendar.ts";
import { DUSHANBE_FA, dushanbeIsCity } from "../homographs.ts";
import { approximate, spanDate, weekdayOf } from "./calendars.ts";
import type { Hit } from "./lexicon.ts";
import { distanceDate, type Mode, modeOfShift, shiftedPeriod, weekdayDay, weekStart, weekStartsOn } from "./resolve.ts";
import { type Candidate, candidate, is, isDuration, isFuture, match, num, type Scan } from "./scan.ts";

export function relativePeriod(sc: Scan, i: number): Candidate[] {
  const part = match(sc, sc.lex.parts, i);
  const j = part ? part.next : i;
  const yw = match(sc, sc.lex.yearWords, j, !part);
  if (yw) return [candidate(sc, i, part ? part.start : yw.start, yw.next, true, (a) => shiftedPeriod("year", "persian", yw.value, a))];
  const period = match(sc, sc.lex.periods, j, !part);
  if (period) {
    const dir = match(sc, sc.lex.directions, period.next, false);
    // «الأسبوع الأخير من …» is a week of a month; «منذ سنة» etc. are distances (other recognisers)
    // «الأمين العام السابق» is a former secretary-general
    const adjective = sc.toks[j]?.text === sc.lex.general && j > 0 && match(sc, sc.lex.generalNouns, j - 1)?.next === j;
    // «در حدود ۱۲ سال گذشته», «خلال 10 سنوات الماضية»: the past N years, a span up to now, not last year
    const counted = !part && i > 0 && sc.toks[i - 1]?.kind === "num";
    if (dir && !adjective && !counted) {
      const { unit, system } = period.value;
      return [candidate(sc, i, part ? part.start : period.start, dir.next, true, (a) => shiftedPeriod(unit, system, dir.value, a))];
    }
  }
  const dem = match(sc, sc.lex.thisWords, j, !part);
  const p2 = dem ? match(sc, sc.lex.periods, dem.next, false) : null;
  if (dem && p2) {
    const { unit, system } = p2.value;
    return [candidate(sc, i, part ? part.start : dem.start, p2.next, true, (a) => shiftedPeriod(unit, system, 0, a))];
  }
  return [];
}

export function dayWordAllowed(sc: Scan, i: number, hit: Hit<lexicon.DayWordEntry>): boolean {
  if (i > 0 && is(sc, sc.lex.todayBlockersBefore, i - 1)) return false;
  if (is(sc, sc.lex.todayBlockersAfter, hit.next)) return false;
  for (const back of [1, 2]) if (i - back >= 0 && is(sc, sc.lex.outletNames, i - back)?.next === hit.next) return false;
  if (i >= 2 && is(sc, sc.lex.outletNouns, i - 2) && sc.toks[i - 1]?.kind === "word") return false;
  return true;
}

export function dayWord(sc: Scan, i: number): Candidate[] {
  let j = i;
  let prefixed = false;
  for (let n = 0; n < 3 && !match(sc, sc.lex.dayWords, j, j === i); n++) {
    const h = match(sc, sc.lex.timeOfDay, j, j === i) ?? match(sc, sc.lex.dayNouns, j, j === i);
    if (!h) break;
    j = h.next;
    prefixed = true;
  }
  const hit = match(sc, sc.lex.dayWords, j, j === i);
  if (!hit || (hit.value.needsPrefix && !prefixed) || !dayWordAllowed(sc, j, hit)) return [];
  const weekday = match(sc, sc.lex.weekdays, hit.next, false);
  if (weekday && !cityNotMonday(sc, hit.next, weekday.next)) return []; // «أمس الجمعة» is a weekday phrase
  let next = hit.next;
  const post = match(sc, sc.lex.timeOfDay, next, false);
  if (post) next = post.next; // «امروز صبح»
  const start = j === i ? hit.start : (match(sc, sc.lex.timeOfDay, i) ?? match(sc, sc.lex.dayNouns, i))!.start;
  const offset = hit.value.offset;
  return [candidate(sc, i, start, next, true, (a) => spanDate(a + offset, a + offset))];
}

export function weekdayPhrase(sc: Scan, i: number): Candidate[] {
  let j = i;
  let dayOffset: number | undefined;
  for (let n = 0; n < 3; n++) {
    const h = match(sc, sc.lex.timeOfDay, j, j === i) ?? match(sc, sc.lex.dayNouns, j, j === i);
    if (h) {
      j = h.next;
      continue;
    }
    const d = match(sc, sc.lex.dayWords, j, j === i);
    if (d && dayOffset === undefined && dayWordAllowed(sc, j, d)) {
      dayOffset = d.value.offset;
      j = d.next;
      continue;
    }
    break;
  }
  const wd = match(sc, sc.lex.weekdays, j, j === i);
  if (!wd) return [];
  const weekday = wd.value;
  // «الاثنين» also means "the two" («كلا الاثنين», «بين الاثنين»)
  if (weekday === 1 && j === i && i > 0 && match(sc, sc.lex.twoMarkers, i - 1)?.next === i) return [];
  // Persian «دوشنبه» is also Dushanbe: «وارد دوشنبه، پایتخت تاجیکستان شد»
  if (cityNotMonday(sc, j, wd.next)) return [];
  let next = wd.next;
  let resolve: (a: number) => EventDate | null;
  const dir = match(sc, sc.lex.directions, next, false);
  let k = next;
  if (sc.toks[k]?.text === sc.lex.from) k++;
  const period = match(sc, sc.lex.periods, k, false);
  const periodDir = period && period.value.unit === "week" ? match(sc, sc.lex.directions, period.next, false) : null;
  if (periodDir && period) {
    const startsOn = weekStartsOn(period.value.system);
    const shift = periodDir.value;
    next = periodDir.next;
    resolve = (a) => {
      const s = weekStart(a, startsOn) + 7 * shift;
      const n = s + ((weekday - weekdayOf(s) + 7) % 7);
      return spanDate(n, n);
    };
  } else if (dir) {
    next = dir.next;
    const mode = modeOfShift(dir.value);
    resolve = (a) => {
      const n = weekdayDay(a, weekday, mode === "current" ? "notAfter" : mode);
      return spanDate(n, n);
    };
  } else {
    let mode: Mode;
    if (dayOffset !== undefined) mode = dayOffset < 0 ? "past" : dayOffset > 0 ? "next" : "notAfter";
    else mode = isFuture(sc, i, next) ? "notBefore" : "notAfter";
    resolve = (a) => {
      const n = weekdayDay(a, weekday, mode);
      return spanDate(n, n);
    };
  }
  const firstHit =
    j === i ? wd : (match(sc, sc.lex.timeOfDay, i) ?? match(sc, sc.lex.dayNouns, i) ?? match(sc, sc.lex.dayWords, i))!;
  return [candidate(sc, i, firstHit.start, next, true, resolve)];
}

/** Whether the weekday at token `k` (ending before token `next`) is Persian «دوشنبه» read as Dushanbe. */
function cityNotMonday(sc: Scan, k: number, next: number): boolean {
  return sc.toks[k]!.text === DUSHANBE_FA && dushanbeIsCity(wordsAround(sc, k, -1), wordsAround(sc, next, 1));
}

/** Up to two words (not punctuation) from token `from` going `step` (−1: before, nearest last; 1: after, nearest first). */
function wordsAround(sc: Scan, from: number, step: -1 | 1): string[] {
  const out: string[] = [];
  for (let k = step < 0 ? from - 1 : from; k >= 0 && k < sc.toks.length && out.length < 2; k += step) {
    const t = sc.toks[k]!;
    if (t.kind === "punct") continue;
    if (step < 0) out.unshift(t.text);
    else out.push(t.text);
  }
  return out;
}

export function counted(sc: Scan, i: number): { count: number; unit: Unit; next: number } | null {
  const n = num(sc, i, 1, 999, 3);
  const w = n === null ? match(sc, sc.lex.numbers, i, false) : null;
  const j = n !== null || w ? i + 1 : i;
  const u = match(sc, sc.lex.units, j, false);
  if (!u) return null;
  if (sc.toks[u.next]?.kind === "num") return null; // «منذ عام 2011», «قبل سنة 2020» are years
  const count = n ?? w?.value ?? (j === i ? u.value.count : undefined);
  if (count === undefined) return null; // «منذ سنوات» — for years: no count
  return { count, unit: u.value.unit, next: u.next };
}

export function distance(sc: Scan, i: number): Candidate[] {
  const found: Candidate[] = [];
  const pre = match(sc, sc.lex.agoBefore, i);
  if (pre) {
    const c = counted(sc, pre.next);
    const after = c ? sc.toks[c.next]?.text : undefined;
    const isSince = sc.toks[i]!.text.endsWith("منذ");
    const relToOther = pre.value > 0 && (after === sc.lex.from || after === "علی"); // «بعد يومين من الهجوم»
    if (c && !relToOther && !(isSince && isDuration(sc, i))) {
      const count = pre.value * c.count;
      found.push(candidate(sc, i, pre.start, c.next, true, (a) => distanceDate(c.unit, count, a)));
    }
  }
  const n = num(sc, i, 1, 999, 3);
  const w = n === null ? match(sc, sc.lex.numbers, i) : null;
  if (n !== null || w) {
    const c = counted(sc, i);
    const post = c ? match(sc, sc.lex.agoAfter, c.next, false) : null;
    if (c && post) {
      const count = post.value * c.count;
      const start = w ? w.start : sc.toks[i]!.start;
      found.push(candidate(sc, i, start, post.next, true, (a) => distanceDate(c.unit, count, a)));
    }
  }
  return found;
}

export function window(sc: Scan, i: number): Candidate[] {
  const h = match(sc, sc.lex.windows, i);
  if (!h) return [];
  const { from, to } = h.value;
  return [candidate(sc, i, h.start, h.next, true, (a) => approximate(spanDate(a + from, a + to)))];
}
