/**
 * Dates stage: finds Arabic and Persian temporal expressions in a text and resolves them to EDTF against the
 * article's publication date (the anchor). Pure: no clock — «today» is the anchor and nothing else.
 *
 * Decisions (each has a test in dates.test.ts):
 * - A bare weekday («الاثنين», «السبت», «ليل الثلاثاء») is the most recent such day on or before the anchor: news
 *   reports what happened. In a future sentence — «سوف», «من المقرر», «قرار است» or a «س»+imperfect verb shortly
 *   before it («سيصل ليل الثلاثاء»), or a Persian future auxiliary «خواهد» after it in the same clause — it is the
 *   next such day on or after the anchor. The same rule picks the year of a month or day-month given without one.
 * - A day word next to a weekday defers to the weekday («أمس الجمعة»): the most recent such weekday strictly before
 *   the anchor for a past day word, on or before it for «اليوم», strictly after it for «غداً».
 * - «X الماضي» is the most recent X strictly before the anchor («27 أيلول الماضي»: the day; «تموز الماضي»: the
 *   month), «X الجاري» is X in the anchor's year, «X المقبل» the next X strictly after.
 * - Early/mid/late («مطلع/منتصف/أواخر») keep the whole month or year: the reference scores «نهاية تموز الماضي» as
 *   `2024-07`, so the part is not narrowed to ten days.
 * - Arabic weeks are ISO weeks (Monday–Sunday) and Arabic months/years Gregorian; Persian «هفته/ماه/سال» with
 *   «گذشته/جاری/آینده», «امسال», «پارسال» count Saturday–Friday weeks and Solar Hijri months/years, as Iranian
 *   outlets do. All resolve to a `range` (or `month`/`year` when the span is exactly one Gregorian month/year).
 * - «N days ago» is a day; «N weeks/months/years ago» is approximate at the unit's grain («2024-07~»). «منذ N
 *   عاماً» after «المستمرة» and the like is a duration and yields nothing. Vague windows («في الأيام المقبلة»,
 *   «به زودی») are approximate ranges: `2024-12-03~/2025-01-01~`.
 * - «اليوم» is today except right after «حتى/إلى/منذ» (a duration's end), before an adjective («اليوم التالي»)
 *   and in outlet names («روسيا اليوم»). «العالم اليوم» is kept: it still means «nowadays, as of the anchor».
 * - Ambiguous month names («آب» water, «تیر» arrow, «مه» fog, «مارس» practised, «رمضان» a name) count only with a
 *   day number, a year, «شهر/ماه», a part word or a relative word next to them. Numbers are years only after a year
 *   keyword, inside a date, or with an era marker: «200 صاروخ», «11 عاماً», «۲ کشور» are not dates.
 * - An anchor given only as `YYYY` or `YYYY-MM` resolves relative words at both ends of its span and keeps the
 *   envelope (so the date stays imprecise instead of guessed); an unparseable anchor drops relative mentions.
 *
 * Modules: calendars (day arithmetic, calendars, EventDate builders), lexicon (phrase tables, tokens),
 * scan (phrase matching and context over tokens), calendarPhrases and relativePhrases (the recognisers),
 * resolve (placing a phrase against the anchor).
 */
import type { EventDate } from "../../../src/contract/schema.ts";
import { toOriginalSpan } from "../../../src/text/normalize.ts";
import { normalizeSentence } from "../normalizeIndexed.ts";
import type { DateMention } from "../types.ts";
import { calendarDate, dayRange, numericDate, weekOfMonth, yearDate, yearRange } from "./calendarPhrases.ts";
import { envelope, GREGORIAN, monthSpan, rangeOf, yearSpan } from "./calendars.ts";
import { compileLexicon, type HeadFilter, type Lexicon, tableHeads, tokenize } from "./lexicon.ts";
import { dayWord, distance, relativePeriod, weekdayPhrase, window } from "./relativePhrases.ts";
import { seasonDate } from "./seasons.ts";
import { type Candidate, is, match, mightStart, type Scan } from "./scan.ts";

/** Creates the date resolver: `(text, anchor)` → date mentions, sorted by start, non-overlapping (longest wins). */
// biome-ignore lint/complexity/noBannedTypes: the stage takes no options yet; the signature is part of the pipeline's API
export function createDateResolver(options: Readonly<{}> = {}): (text: string, anchor: string) => DateMention[] {
  void options;
  const lex = compileLexicon();
  const heads = tableHeads(lex);
  // an article's sentences share its anchor: parse it once per run of equal anchors (a pure function of the text)
  let lastText: string | undefined;
  let lastAnchor: [number, number] | null = null;
  const anchorOf = (anchorText: string) => {
    if (anchorText !== lastText) {
      lastAnchor = parseAnchor(anchorText);
      lastText = anchorText;
    }
    return lastAnchor;
  };
  return (text, anchor) => resolveDates(lex, heads, text, anchor, anchorOf);
}

function resolveDates(
  lex: Lexicon,
  heads: HeadFilter,
  text: string,
  anchorText: string,
  anchorOf: (anchorText: string) => [number, number] | null,
): DateMention[] {
  const norm = normalizeSentence(text);
  const toks = tokenize(norm.text);
  const sc: Scan = { lex, heads, toks, text: norm.text };
  const candidates: Candidate[] = [];
  for (let i = 0; i < toks.length; i++) if (mightStart(sc, i)) candidatesAt(sc, i, candidates);
  // most sentences name no date: nothing to combine, resolve or order
  if (candidates.length === 0) return [];
  candidates.push(...combine(sc, candidates));

  const anchor = anchorOf(anchorText);
  const resolved: { c: Candidate; date: EventDate | null }[] = [];
  for (const c of candidates) {
    let date: EventDate | null;
    if (!c.relative) date = c.resolve(0);
    else if (anchor === null) date = null;
    else if (anchor[0] === anchor[1]) date = c.resolve(anchor[0]);
    else {
      const a = c.resolve(anchor[0]);
      const b = c.resolve(anchor[1]);
      date = a && b ? envelope(a, b) : null;
    }
    if (date || c.blocksWhenInvalid) resolved.push({ c, date });
  }
  // longest wins; then the earlier; then the first found (recognisers run most specific first)
  const order = resolved.map((r, k) => ({ ...r, k }));
  order.sort((x, y) => y.c.end - y.c.start - (x.c.end - x.c.start) || x.c.start - y.c.start || x.k - y.k);
  const kept: typeof order = [];
  for (const r of order) {
    if (kept.some((k) => r.c.start < k.c.end && k.c.start < r.c.end)) continue;
    kept.push(r);
  }
  kept.sort((x, y) => x.c.start - y.c.start);
  const out: DateMention[] = [];
  for (const { c, date } of kept) {
    if (!date) continue;
    const span = toOriginalSpan(norm, c.start, c.end);
    let end = span.end;
    // keep the marks normalisation dropped after the last letter: «غداً», «عاماً», not «غدا»
    while (end < text.length && TRAILING_MARK.test(text[end]!)) end++;
    out.push({ start: span.start, end, text: text.slice(span.start, end), date, relative: c.relative });
  }
  return out;
}

/** Harakat, superscript alef and tatweel: dropped by normalisation, part of the word they follow. */
const TRAILING_MARK = /[\u064B-\u065F\u0670\u0640]/;

/** Parses `YYYY-MM-DD`, `YYYY-MM` or `YYYY` into its first and last day; null when unusable. */
function parseAnchor(anchor: string): [number, number] | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(anchor.trim());
  if (!m) return null;
  const y = Number(m[1]);
  if (m[3] !== undefined) {
    const n = GREGORIAN.toDay(y, Number(m[2]), Number(m[3]));
    return n === null ? null : [n, n];
  }
  if (m[2] !== undefined) {
    const month = Number(m[2]);
    return month >= 1 && month <= 12 ? monthSpan(GREGORIAN, y, month) : null;
  }
  return yearSpan(GREGORIAN, y);
}

/** The recognisers, most specific first. */
const RECOGNISERS = [dayRange, yearRange, weekOfMonth, numericDate, calendarDate, seasonDate, yearDate, relativePeriod, weekdayPhrase, dayWord, distance, window];

/** Appends every candidate starting at token i to `out` (most specific recognisers first). */
function candidatesAt(sc: Scan, i: number, out: Candidate[]): void {
  for (const recognise of RECOGNISERS) for (const c of recognise(sc, i)) out.push(c);
}

/**
 * Candidates built from two others: «من 10 يناير 2024 إلى 12 فبراير 2024» (a range), and «الاثنين 21 أكتوبر
 * 2024» / «الأحد الموافق 20 أكتوبر» (a weekday followed by its explicit date: the date wins).
 */
function combine(sc: Scan, cands: readonly Candidate[]): Candidate[] {
  const { lex, toks } = sc;
  const byFirst = new Map<number, Candidate[]>();
  for (const c of cands) {
    const list = byFirst.get(c.firstTok);
    if (list) list.push(c);
    else byFirst.set(c.firstTok, [c]);
  }
  const found: Candidate[] = [];
  for (const a of cands) {
    // range: opener A joiner B
    const openerTok = a.firstTok - 1;
    const opener = openerTok >= 0 ? is(sc, lex.rangeOpeners, openerTok) : null;
    const joiner = opener?.next === a.firstTok ? is(sc, lex.rangeJoiners, a.nextTok) : null;
    if (opener && joiner) {
      for (const b of byFirst.get(joiner.next) ?? []) {
        found.push({
          start: toks[openerTok]!.start,
          end: b.end,
          relative: a.relative || b.relative,
          firstTok: openerTok,
          nextTok: b.nextTok,
          resolve: (n) => {
            const x = a.resolve(n);
            const y = b.resolve(n);
            // only two single dates make a range («… تا ۲۰۱۵ و سالهای ۱۳۹۰ …» is two ranges, not one)
            if (!x || !y || x.precision === "range" || y.precision === "range") return null;
            return rangeOf(x, y);
          },
        });
      }
    }
    // weekday + explicit date
    let k = a.nextTok;
    const t = toks[k]?.text;
    if (t === "," || t === "(" || t === lex.corresponding) k++;
    if (a.relative && match(sc, lex.weekdays, a.firstTok, true)) {
      for (const b of byFirst.get(k) ?? []) {
        if (!b.relative) {
          const check = b.resolve(0);
          if (check?.precision !== "day") continue;
          found.push({ ...b, start: a.start, firstTok: a.firstTok });
          continue;
        }
        // «روز پنجشنبه ۲۸ اردیبهشت», «الخميس 18 أيار»: a day of a month without its year, placed by the
        // anchor (a day number or ordinal, not another day word: «الاثنين وغداً الثلاثاء» are two days)
        if (sc.toks[b.firstTok]?.kind !== "num" && !match(sc, lex.dayOrdinals, b.firstTok, false)) continue;
        found.push({
          ...b,
          start: a.start,
          firstTok: a.firstTok,
          resolve: (n) => {
            const d = b.resolve(n);
            return d?.precision === "day" ? d : null;
          },
        });
      }
    }
  }
  return found;
}
