/**
 * Words that are a date in one reading and a place in another, decided on the words around them
 * (normalised, punctuation left out). Read by the date scanner (which must not make a weekday of the
 * place) and by actor recognition (which must not make a place of the weekday).
 */
import { normalizeText } from "../../src/text/normalize.ts";
import { MONTH_NAMES, TIME_OF_DAY, WEEKDAYS } from "../lexicon/calendar.ts";

const norm = (xs: readonly string[]) => new Set(xs.map((x) => normalizeText(x)));

/**
 * Weekdays as only Persian writes them: in Arabic text no weekday, but Dushanbe («أعلنت دوشنبه …») or
 * a verb with its pronoun («في لقاء جمعه بوزير الخارجية»: the meeting that brought him together with …),
 * where Arabic's Friday is «الجمعة».
 */
const PERSIAN_WEEKDAYS = norm(WEEKDAYS.filter((w) => w.lang === "fa").map((w) => w.form));

/** Whether a date's text, in Arabic, is a Persian weekday (see `PERSIAN_WEEKDAYS`), a proclitic «و / ف» allowed. */
export function persianWeekdayInArabic(dateText: string): boolean {
  const w = normalizeText(dateText);
  return PERSIAN_WEEKDAYS.has(w) || (/^[وف]/.test(w) && PERSIAN_WEEKDAYS.has(w.slice(1)));
}

/** Persian «دوشنبه»: Monday, and Dushanbe, the capital of Tajikistan. */
export const DUSHANBE_FA = normalizeText("دوشنبه");

/** Words before it that make it a day: «روز دوشنبه», «صبح دوشنبه», «تا دوشنبه», «از دوشنبه». */
const DAY_BEFORE = norm(["روز", "شامگاه", "سحرگاه", "امروز", "دیروز", "فردا", "پریروز", "تا", "از", "هر", "این", ...TIME_OF_DAY]);

/** Words after it that make it a day: «دوشنبه گذشته», «دوشنبه هفته آینده», «دوشنبه ۱۲ آذر». */
const DAY_AFTER = norm(["گذشته", "آینده", "هفته", "این", "صبح", "عصر", "شب", "ظهر", "بامداد", "اول", "دوم", "سوم", "آخر", "پیش", "قبل", ...MONTH_NAMES.map((m) => m.form)]);

/** Words before it that make it the city: «وارد دوشنبه شد», «سفر به دوشنبه», «در دوشنبه، پایتخت …», «خشم دوشنبه». */
const CITY_BEFORE = norm(["وارد", "به", "در", "شهر", "عازم", "مقصد", "خشم", "دولت", "مقامات", "حکومت", "سفارت", "فرودگاه", "پایتخت"]);

/** Buildings named by a word, then the city they are in: «کاخ ملت دوشنبه». */
const BUILDINGS = norm(["کاخ", "هتل", "دانشگاه", "فرودگاه", "ورزشگاه", "تالار"]);

/** Words after it that make it the city: «دوشنبه، پایتخت تاجیکستان», «دوشنبه را ترک کرد». */
const CITY_AFTER = norm(["پایتخت", "را"]);

/** News agencies a dateline names after its city: «دوشنبه- ایرنا- …», «دوشنبه (ایسنا)». */
const AGENCIES = norm(["ایرنا", "ایسنا", "ایلنا", "تسنیم", "مهر", "فارس", "خبرگزاری", "اسپوتنیک", "آناتولی", "ریانووستی", "تاس", "رویترز", "شانا", "ایکنا", "پانا", "برنا"]);

/** Capitals it is named beside: «روابط تهران و دوشنبه». */
const CAPITALS = norm(["تهران", "مسکو", "پکن", "تاشکند", "کابل", "آستانه", "بیشکک", "عشق آباد", "عشقآباد", "اسلام آباد", "باکو", "ایروان"]);

/**
 * Whether «دوشنبه» between `before` (the words before it, nearest last) and `after` (the words after
 * it, nearest first) is the city. A day unless the words around name the city: news Persian dates a
 * weekday with «روز» or alone, and says where with «به / در / وارد».
 */
export function dushanbeIsCity(before: readonly string[], after: readonly string[]): boolean {
  const prev = before[before.length - 1];
  const next = after[0];
  if (next !== undefined && (DAY_AFTER.has(next) || /^\d/.test(next))) return false;
  // (an object or an apposition is a place whatever stands before: «فردا دوشنبه را ترک می‌کند»)
  if (next !== undefined && CITY_AFTER.has(next)) return true;
  // a dateline: the city the agency reports from («دوشنبه- ایرنا- ۲۳ سند …»)
  if (next !== undefined && AGENCIES.has(next)) return true;
  if (prev !== undefined && DAY_BEFORE.has(prev)) return false;
  if (prev !== undefined && CITY_BEFORE.has(prev)) return true;
  // the city a named building stands in: «در کاخ ملت دوشنبه», «هتل سرنا دوشنبه»
  if (BUILDINGS.has(before[before.length - 2] ?? "")) return true;
  // beside another capital: «تهران و دوشنبه», «دوشنبه و تهران»
  if (prev === AND && CAPITALS.has(before[before.length - 2] ?? "")) return true;
  return next === AND && CAPITALS.has(after[1] ?? "");
}

const AND = normalizeText("و");

/**
 * Arabic «مالي»: the state (Mali) where a preposition, a proclitic «ب / ل» or a noun that takes a state
 * stands right before it («في مالي», «بين الجزائر ومالي», «سفير مالي», «بمالي»); otherwise the adjective
 * «financial», which follows the noun it qualifies («دعم مالي», «دعم سياسي ومالي»). A «و» before it joins
 * it to a state only when a state stands before the «و» (`afterState`, decided by the caller).
 */
export function maliIsState(before: readonly string[], prefix: string, afterState: boolean): boolean {
  if (/[بل]$/.test(prefix)) return true;
  if (prefix.endsWith("و")) return afterState;
  const prev = before[before.length - 1];
  return prev !== undefined && MALI_BEFORE.has(prev);
}

const MALI_BEFORE = new Set(
  [
    "في", "إلى", "الى", "من", "مع", "بين", "عن", "لدى", "تجاه", "ضد", "داخل", "خارج", "حول", "وفي", "وإلى", "ومن", "ومع",
    "دولة", "جمهورية", "حكومة", "سفير", "سفارة", "رئيس", "شمال", "جنوب", "وسط", "غرب", "شرق", "جيش", "سلطات", "شعب", "حدود", "أراضي", "عاصمة", "قوات",
  ].map((w) => normalizeText(w)),
);
