/**
 * Calendar vocabulary for recognising dates in Arabic and Persian news. Data only: `scripts/pipeline/dates.ts`
 * folds every form with `normalizeText` when it loads, so forms are written as they appear in print
 * (hamza, teh marbuta, Arabic or Persian yeh all fold the same way). Multi-word forms are space-separated.
 */

/** The calendars a month name or a year can belong to. */
export type CalendarSystem = "gregorian" | "jalali" | "hijri";
/** Which way a relative word points from the publication date. */
export type Shift = -1 | 0 | 1;
export type Unit = "day" | "week" | "month" | "year";
export type Part = "early" | "mid" | "late";

export interface MonthNameEntry {
  readonly form: string;
  readonly calendar: CalendarSystem;
  /** 1–12 in its own calendar. */
  readonly month: number;
  /** Also an everyday word: a date only with a day number, a year, «شهر/ماه», a part word or a relative word beside it. */
  readonly ambiguous?: boolean;
}

const mo = (form: string, calendar: CalendarSystem, month: number, ambiguous = false): MonthNameEntry => ({
  form,
  calendar,
  month,
  ambiguous,
});

/** Month names. Each line: the form, its calendar and number, and why it is here. */
export const MONTH_NAMES: readonly MonthNameEntry[] = [
  // — Gregorian, Levantine/Iraqi Syriac names (Syria, Lebanon, Jordan, Iraq, Palestine)
  mo("كانون الثاني", "gregorian", 1), // January, Levant
  mo("كانون ثاني", "gregorian", 1), // January without the article, common in Syrian press
  mo("شباط", "gregorian", 2), // February, Levant
  mo("آذار", "gregorian", 3), // March, Levant — spelt apart from Persian آذر (Azar), which never folds to it
  mo("نيسان", "gregorian", 4), // April, Levant
  mo("أيار", "gregorian", 5), // May, Levant
  mo("حزيران", "gregorian", 6), // June, Levant
  mo("تموز", "gregorian", 7), // July, Levant
  mo("آب", "gregorian", 8, true), // August, Levant — but Persian «آب» is "water"
  mo("أيلول", "gregorian", 9), // September, Levant
  mo("تشرين الأول", "gregorian", 10), // October, Levant
  mo("تشرين أول", "gregorian", 10), // October without the article
  mo("تشرين الثاني", "gregorian", 11), // November, Levant
  mo("تشرين ثاني", "gregorian", 11), // November without the article
  mo("كانون الأول", "gregorian", 12), // December, Levant
  mo("كانون أول", "gregorian", 12), // December without the article
  // — Gregorian, Egyptian/Gulf transliterations
  mo("يناير", "gregorian", 1), // January, Egypt/Gulf
  mo("فبراير", "gregorian", 2), // February, Egypt/Gulf
  mo("مارس", "gregorian", 3, true), // March, Egypt/Gulf/Maghreb/Persian — also the Arabic verb "practised" (مارس ضغوطاً)
  mo("أبريل", "gregorian", 4), // April, Egypt/Gulf
  mo("إبريل", "gregorian", 4), // April, alternative hamza seat
  mo("مايو", "gregorian", 5), // May, Egypt/Gulf
  mo("يونيو", "gregorian", 6), // June, Egypt/Gulf
  mo("يونيه", "gregorian", 6), // June, older Egyptian spelling
  mo("يوليو", "gregorian", 7), // July, Egypt/Gulf
  mo("يوليه", "gregorian", 7), // July, older Egyptian spelling
  mo("أغسطس", "gregorian", 8), // August, Egypt/Gulf
  mo("آغسطس", "gregorian", 8), // August, variant with madda
  mo("سبتمبر", "gregorian", 9), // September, Egypt/Gulf/Maghreb
  mo("أكتوبر", "gregorian", 10), // October, Egypt/Gulf/Maghreb
  mo("نوفمبر", "gregorian", 11), // November, Egypt/Gulf/Maghreb
  mo("ديسمبر", "gregorian", 12), // December, Egypt/Gulf/Maghreb
  // — Gregorian, Maghreb (Algeria/Tunisia French-derived; Morocco)
  mo("جانفي", "gregorian", 1), // January, Algeria/Tunisia
  mo("فيفري", "gregorian", 2), // February, Algeria/Tunisia
  mo("أفريل", "gregorian", 4), // April, Algeria/Tunisia
  mo("ماي", "gregorian", 5, true), // May, Maghreb — short, collides with transliterated names
  mo("جوان", "gregorian", 6, true), // June, Algeria/Tunisia — Persian «جوان» is "young"
  mo("جويلية", "gregorian", 7), // July, Algeria/Tunisia
  mo("يوليوز", "gregorian", 7), // July, Morocco
  mo("أوت", "gregorian", 8, true), // August, Algeria/Tunisia (and Persian «اوت»); short, so kept guarded
  mo("غشت", "gregorian", 8), // August, Morocco
  mo("شتنبر", "gregorian", 9), // September, Morocco
  mo("نونبر", "gregorian", 11), // November, Morocco
  mo("دجنبر", "gregorian", 12), // December, Morocco
  // — Gregorian, Persian (French-derived) names
  mo("ژانویه", "gregorian", 1), // January, Persian
  mo("ژانویهٔ", "gregorian", 1), // January with ezafe hamza
  mo("فوریه", "gregorian", 2, true), // February, Persian — Arabic «فورية» ("immediate") folds to it
  mo("آوریل", "gregorian", 4), // April, Persian
  mo("مه", "gregorian", 5, true), // May, Persian — also «مه» "fog"
  mo("می", "gregorian", 5, true), // May, Persian (English-derived) — also the verbal prefix «می»
  mo("ژوئن", "gregorian", 6), // June, Persian
  mo("ژوئیه", "gregorian", 7), // July, Persian
  mo("جولای", "gregorian", 7), // July, Persian (English-derived)
  mo("اوت", "gregorian", 8, true), // August, Persian
  mo("آگوست", "gregorian", 8), // August, Persian (English-derived)
  mo("سپتامبر", "gregorian", 9), // September, Persian
  mo("اکتبر", "gregorian", 10), // October, Persian
  mo("نوامبر", "gregorian", 11), // November, Persian
  mo("دسامبر", "gregorian", 12), // December, Persian
  // — Solar Hijri (Iran's civil calendar)
  mo("فروردین", "jalali", 1), // Farvardin
  mo("اردیبهشت", "jalali", 2), // Ordibehesht
  mo("خرداد", "jalali", 3), // Khordad
  mo("تیر", "jalali", 4, true), // Tir — also "arrow, shot"
  mo("مرداد", "jalali", 5), // Mordad
  mo("امرداد", "jalali", 5), // Amordad, the purist spelling
  mo("شهریور", "jalali", 6), // Shahrivar
  mo("مهر", "jalali", 7, true), // Mehr — also "seal, kindness"
  mo("آبان", "jalali", 8), // Aban
  mo("آذر", "jalali", 9, true), // Azar — also a given name
  mo("دی", "jalali", 10, true), // Dey — a two-letter word that appears in other uses («سی دی»)
  mo("بهمن", "jalali", 11, true), // Bahman — also a given name
  mo("اسفند", "jalali", 12), // Esfand
  // — Hijri lunar (religious dates, Saudi and Gulf official dates)
  mo("محرم", "hijri", 1, true), // Muharram — also "forbidden", a given name
  mo("صفر", "hijri", 2, true), // Safar — also "zero"
  mo("ربيع الأول", "hijri", 3), // Rabi al-Awwal
  mo("ربيع أول", "hijri", 3), // Rabi al-Awwal without the article
  mo("ربيع الآخر", "hijri", 4), // Rabi al-Akhir
  mo("ربيع الثاني", "hijri", 4), // Rabi al-Thani, the other name of the fourth month
  mo("جمادى الأولى", "hijri", 5), // Jumada al-Ula
  mo("جمادى الأول", "hijri", 5), // Jumada al-Awwal (Persian usage)
  mo("جمادى الآخرة", "hijri", 6), // Jumada al-Akhira
  mo("جمادى الثانية", "hijri", 6), // Jumada al-Thaniya
  mo("جمادى الثاني", "hijri", 6), // Jumada al-Thani (Persian usage)
  mo("رجب", "hijri", 7, true), // Rajab — also a given name (رجب طيب أردوغان!)
  mo("شعبان", "hijri", 8, true), // Sha'ban — also a given name
  mo("رمضان", "hijri", 9, true), // Ramadan — also a given name (رمضان قديروف)
  mo("شوال", "hijri", 10), // Shawwal
  mo("ذو القعدة", "hijri", 11), // Dhu al-Qa'da
  mo("ذي القعدة", "hijri", 11), // Dhu al-Qa'da, genitive
  mo("ذیقعده", "hijri", 11), // Dhu al-Qa'da, Persian one-word spelling
  mo("ذو الحجة", "hijri", 12), // Dhu al-Hijja
  mo("ذي الحجة", "hijri", 12), // Dhu al-Hijja, genitive
  mo("ذیحجه", "hijri", 12), // Dhu al-Hijja, Persian one-word spelling
];

/** Weekday names; `weekday` is 0 = Sunday … 6 = Saturday (JavaScript's numbering); `lang`, the language that writes it so. */
export const WEEKDAYS: readonly { readonly form: string; readonly weekday: number; readonly lang: "ar" | "fa" }[] = [
  { form: "الأحد", weekday: 0, lang: "ar" }, // Sunday, Arabic
  { form: "الاثنين", weekday: 1, lang: "ar" }, // Monday, Arabic (also spelt الإثنين; both fold the same)
  { form: "الثلاثاء", weekday: 2, lang: "ar" }, // Tuesday, Arabic
  { form: "الأربعاء", weekday: 3, lang: "ar" }, // Wednesday, Arabic
  { form: "الخميس", weekday: 4, lang: "ar" }, // Thursday, Arabic
  { form: "الجمعة", weekday: 5, lang: "ar" }, // Friday, Arabic
  { form: "السبت", weekday: 6, lang: "ar" }, // Saturday, Arabic
  { form: "یکشنبه", weekday: 0, lang: "fa" }, // Sunday, Persian, written with its zero-width joiner dropped
  { form: "یک شنبه", weekday: 0, lang: "fa" }, // Sunday, Persian, written apart
  { form: "دوشنبه", weekday: 1, lang: "fa" }, // Monday, Persian
  { form: "دو شنبه", weekday: 1, lang: "fa" }, // Monday, Persian, written apart
  { form: "سه‌شنبه", weekday: 2, lang: "fa" }, // Tuesday, Persian (ZWNJ is dropped by normalisation → «سهشنبه»)
  { form: "سه شنبه", weekday: 2, lang: "fa" }, // Tuesday, Persian, written apart
  { form: "چهارشنبه", weekday: 3, lang: "fa" }, // Wednesday, Persian
  { form: "چهار شنبه", weekday: 3, lang: "fa" }, // Wednesday, Persian, written apart
  { form: "پنجشنبه", weekday: 4, lang: "fa" }, // Thursday, Persian
  { form: "پنج شنبه", weekday: 4, lang: "fa" }, // Thursday, Persian, written apart
  { form: "جمعه", weekday: 5, lang: "fa" }, // Friday, Persian
  { form: "شنبه", weekday: 6, lang: "fa" }, // Saturday, Persian
];

export interface DayWordEntry {
  readonly form: string;
  /** Days from the publication date. */
  readonly offset: number;
  /** Only after «يوم» or a time of day. */
  readonly needsPrefix?: boolean;
}

/** Words naming a day by its distance from the publication date. */
export const DAY_WORDS: readonly DayWordEntry[] = [
    { form: "اليوم", offset: 0 }, // today, Arabic (guarded against «حتى اليوم», «اليوم التالي», «روسيا اليوم»)
    { form: "أمس", offset: -1 }, // yesterday, Arabic
    { form: "الأمس", offset: -1 }, // yesterday with the article («بالأمس»)
    { form: "البارحة", offset: -1 }, // yesterday, Levantine/Gulf
    { form: "أول أمس", offset: -2 }, // the day before yesterday
    { form: "أول من أمس", offset: -2 }, // the day before yesterday, fuller form
    { form: "أمس الأول", offset: -2 }, // the day before yesterday, inverted form
    { form: "غدا", offset: 1 }, // tomorrow, Arabic («غداً» once the tanween is dropped)
    { form: "الغد", offset: 1, needsPrefix: true }, // tomorrow, only as «يوم الغد», «صباح الغد» («جيل الغد» is metaphor)
    { form: "بعد غد", offset: 2 }, // the day after tomorrow
    { form: "الليلة", offset: 0 }, // tonight
    { form: "الليلة الماضية", offset: -1 }, // last night
    { form: "امروز", offset: 0 }, // today, Persian
    { form: "دیروز", offset: -1 }, // yesterday, Persian
    { form: "روز گذشته", offset: -1 }, // "the past day" = yesterday in Iranian agency style
    { form: "پریروز", offset: -2 }, // the day before yesterday, Persian
    { form: "فردا", offset: 1 }, // tomorrow, Persian (guarded against «رادیو فردا»)
    { form: "پسفردا", offset: 2 }, // the day after tomorrow, Persian, ZWNJ dropped
    { form: "پس فردا", offset: 2 }, // the day after tomorrow, written apart
    { form: "امشب", offset: 0 }, // tonight, Persian
    { form: "دیشب", offset: -1 }, // last night, Persian
    { form: "شب گذشته", offset: -1 }, // last night, Persian agency style
];

/** Parts of a day or a night that may precede a day word or weekday: kept in the span, the date is the day. */
export const TIME_OF_DAY: readonly string[] = [
  "صباح", // morning, Arabic («صباح اليوم»)
  "صبيحة", // early morning, Arabic
  "ظهر", // noon (Arabic and Persian: «ظهر امروز»)
  "ظهيرة", // noon, Arabic
  "عصر", // afternoon (Arabic and Persian)
  "مساء", // evening, Arabic
  "ليل", // night, Arabic («ليل الثلاثاء» — read as the weekday named, as the reference annotation does)
  "ليلة", // night, Arabic
  "فجر", // dawn, Arabic
  "صبح", // morning, Persian
  "بامداد", // dawn, Persian
  "شب", // night, Persian
  "بعدازظهر", // afternoon, Persian, ZWNJ dropped
  "بعد از ظهر", // afternoon, Persian, written apart
];

/** Nouns a day word may follow as its head: «قمة اليوم» is today's summit, «يوم أمس» is yesterday. */
export const DAY_NOUNS: readonly string[] = [
  "يوم", // «يوم الاثنين», «يوم أمس»
  "روز", // «روز دوشنبه»
];

/** Words before «الاثنين» that make it "the two" («كلا الاثنين», «بين الاثنين»), not Monday. */
export const TWO_MARKERS: readonly string[] = [
  "كلا", // both
  "بين", // between the two
  "هذين", // these two
  "هذان", // these two (nominative)
];

/** Relative words after a month, a period or a weekday, and the way they point. */
export const DIRECTIONS: readonly { readonly form: string; readonly shift: Shift }[] = [
  { form: "الماضي", shift: -1 }, // last (masc.)
  { form: "الماضية", shift: -1 }, // last (fem.: السنة/الجمعة)
  { form: "المنصرم", shift: -1 }, // bygone (masc.)
  { form: "المنصرمة", shift: -1 }, // bygone (fem.)
  { form: "الفائت", shift: -1 }, // past (masc.)
  { form: "الفائتة", shift: -1 }, // past (fem.)
  { form: "السابق", shift: -1 }, // previous (masc.)
  { form: "السابقة", shift: -1 }, // previous (fem.)
  { form: "الجاري", shift: 0 }, // current (masc.)
  { form: "الجارية", shift: 0 }, // current (fem.)
  { form: "الحالي", shift: 0 }, // present (masc.)
  { form: "الحالية", shift: 0 }, // present (fem.)
  { form: "المقبل", shift: 1 }, // next (masc.)
  { form: "المقبلة", shift: 1 }, // next (fem.)
  { form: "القادم", shift: 1 }, // coming (masc.)
  { form: "القادمة", shift: 1 }, // coming (fem.)
  { form: "گذشته", shift: -1 }, // last, Persian
  { form: "پیش", shift: -1 }, // previous, Persian («هفته پیش»)
  { form: "قبل", shift: -1 }, // previous, Persian («ماه قبل»)
  { form: "اخیر", shift: -1 }, // the past one, Persian («هفته اخیر»)
  { form: "جاری", shift: 0 }, // current, Persian
  { form: "آینده", shift: 1 }, // next, Persian
  { form: "آتی", shift: 1 }, // coming, Persian (formal)
];

/** Demonstratives that make a period current: «هذا الشهر», «این هفته». */
export const THIS_WORDS: readonly string[] = [
  "هذا", // this (masc.)
  "هذه", // this (fem.: هذه السنة)
  "این", // this, Persian
];

/** Period nouns for «الشهر الماضي», «سال آینده», «هفته جاری». `system`: how the period is counted. */
export const PERIOD_WORDS: readonly {
  readonly form: string;
  readonly unit: "week" | "month" | "year";
  /** Arabic periods count Gregorian months and ISO (Monday) weeks; Persian ones count Solar Hijri months/years and Saturday weeks, as Iranian outlets do. */
  readonly system: "arabic" | "persian";
}[] = [
  { form: "الأسبوع", unit: "week", system: "arabic" }, // week
  { form: "الشهر", unit: "month", system: "arabic" }, // month
  { form: "العام", unit: "year", system: "arabic" }, // year
  { form: "السنة", unit: "year", system: "arabic" }, // year (fem.)
  { form: "هفته", unit: "week", system: "persian" }, // week, Persian
  { form: "ماه", unit: "month", system: "persian" }, // month, Persian
  { form: "سال", unit: "year", system: "persian" }, // year, Persian
];

/** One-word relative years, Persian: the Solar Hijri year of the publication date, shifted. */
export const YEAR_WORDS: readonly { readonly form: string; readonly shift: Shift }[] = [
  { form: "امسال", shift: 0 }, // this year
  { form: "پارسال", shift: -1 }, // last year
];

export type Season = "spring" | "summer" | "autumn" | "winter";

/**
 * Seasons, dated when a year or a direction follows: «خريف العام الماضي», «صيف 2024», «الصيف الماضي», «پاییز ۱۴۰۲»,
 * «بهار امسال», «تابستان گذشته». `lang`: the language that names it so (a Persian season of a bare year counts in
 * the Solar Hijri calendar).
 */
export const SEASONS: readonly { readonly form: string; readonly season: Season; readonly lang: "ar" | "fa" }[] = [
  { form: "ربيع", season: "spring", lang: "ar" }, // spring («ربيع العام الماضي»; «ربيع الأول», the month, has no year after it)
  { form: "الربيع", season: "spring", lang: "ar" }, // the spring («الربيع المقبل»)
  { form: "صيف", season: "summer", lang: "ar" }, // summer
  { form: "الصيف", season: "summer", lang: "ar" }, // the summer
  { form: "خريف", season: "autumn", lang: "ar" }, // autumn
  { form: "الخريف", season: "autumn", lang: "ar" }, // the autumn
  { form: "شتاء", season: "winter", lang: "ar" }, // winter
  { form: "الشتاء", season: "winter", lang: "ar" }, // the winter
  { form: "بهار", season: "spring", lang: "fa" }, // spring, Persian
  { form: "تابستان", season: "summer", lang: "fa" }, // summer, Persian
  { form: "پاییز", season: "autumn", lang: "fa" }, // autumn, Persian (also spelt «پائیز»)
  { form: "پائیز", season: "autumn", lang: "fa" },
  { form: "زمستان", season: "winter", lang: "fa" }, // winter, Persian
];

/** Words for a part of a month or year; the date stays the whole month/year (the reference scores it so). */
export const PART_WORDS: readonly { readonly form: string; readonly part: Part }[] = [
  { form: "مطلع", part: "early" }, // at the start of
  { form: "أوائل", part: "early" }, // in the first days of
  { form: "بداية", part: "early" }, // beginning of
  { form: "بدايات", part: "early" }, // beginnings of
  { form: "مستهل", part: "early" }, // outset of
  { form: "اوایل", part: "early" }, // early, Persian
  { form: "ابتدای", part: "early" }, // beginning of, Persian
  { form: "آغاز", part: "early" }, // start of, Persian
  { form: "منتصف", part: "mid" }, // middle of
  { form: "أواسط", part: "mid" }, // in the middle days of
  { form: "اواسط", part: "mid" }, // mid, Persian
  { form: "نیمه", part: "mid" }, // half/middle of, Persian
  { form: "أواخر", part: "late" }, // in the last days of (Persian «اواخر» folds to the same)
  { form: "نهاية", part: "late" }, // end of
  { form: "آخر", part: "late" }, // last part of
  { form: "ختام", part: "late" }, // close of
  { form: "پایان", part: "late" }, // end of, Persian
  { form: "انتهای", part: "late" }, // end of, Persian
];

/** Nouns «month» that may stand before a month name: «شهر تموز», «ماه رمضان»; they also lift the ambiguity guard. */
export const MONTH_NOUNS: readonly string[] = [
  "شهر", // month, Arabic
  "ماه", // month, Persian (also after the name: «آذر ماه», «آذرماه»)
];

/** Keywords that make the next number a year. `lang` picks the calendar of a 13xx/14xx year. */
export const YEAR_KEYWORDS: readonly { readonly form: string; readonly lang: "ar" | "fa" }[] = [
  { form: "عام", lang: "ar" }, // year («عام 2017»)
  { form: "العام", lang: "ar" }, // the year («العام 2017»)
  { form: "لعام", lang: "ar" }, // for the year (ل + عام is written joined)
  { form: "بعام", lang: "ar" }, // in the year
  { form: "للعام", lang: "ar" }, // for the year (ل + العام)
  { form: "سنة", lang: "ar" }, // year («سنة 2011»)
  { form: "السنة", lang: "ar" }, // the year
  { form: "لسنة", lang: "ar" }, // for the year
  { form: "عامي", lang: "ar" }, // the two years («بين عامي 2011 و2015»)
  { form: "سنوات", lang: "ar" }, // the years («سنوات 2011-2015»)
  { form: "سال", lang: "fa" }, // year, Persian («سال ۱۴۰۳», «سال ۲۰۲۴»)
  { form: "سالهای", lang: "fa" }, // the years of, Persian (ZWNJ dropped)
  { form: "سال های", lang: "fa" }, // the years of, written apart
];

/** Markers after a year that fix its calendar. */
export const ERA_MARKERS: readonly { readonly form: string; readonly calendar: CalendarSystem }[] = [
  { form: "م", calendar: "gregorian" }, // «2017م» — ميلادية
  { form: "ميلادي", calendar: "gregorian" }, // Gregorian (Arabic, masc.)
  { form: "ميلادية", calendar: "gregorian" }, // Gregorian (Arabic, fem.)
  { form: "میلادی", calendar: "gregorian" }, // Gregorian, Persian
  { form: "هـ", calendar: "hijri" }, // «1445 هـ» (tatweel is dropped: «ه»)
  { form: "هجري", calendar: "hijri" }, // Hijri, Arabic
  { form: "هجرية", calendar: "hijri" }, // Hijri, Arabic (fem.)
  { form: "ه.ق", calendar: "hijri" }, // Hijri qamari, Persian abbreviation
  { form: "هجری قمری", calendar: "hijri" }, // Hijri qamari, Persian
  { form: "قمری", calendar: "hijri" }, // lunar, Persian
  { form: "ه.ش", calendar: "jalali" }, // Hijri shamsi, Persian abbreviation
  { form: "هجری شمسی", calendar: "jalali" }, // Hijri shamsi, Persian
  { form: "شمسی", calendar: "jalali" }, // solar, Persian
  { form: "خورشیدی", calendar: "jalali" }, // solar, Persian (purist)
];

/** Counts of units for «قبل 3 أيام», «منذ يومين», «۳ روز پیش»; a dual carries its own count. */
export const UNIT_WORDS: readonly { readonly form: string; readonly unit: Unit; readonly count?: number }[] = [
  { form: "يوم", unit: "day", count: 1 }, // a day
  { form: "يومين", unit: "day", count: 2 }, // two days (dual)
  { form: "يومان", unit: "day", count: 2 }, // two days (dual, nominative)
  { form: "أيام", unit: "day" }, // days
  { form: "يوما", unit: "day" }, // days (accusative after 11+)
  { form: "أسبوع", unit: "week", count: 1 }, // a week
  { form: "أسبوعين", unit: "week", count: 2 }, // two weeks
  { form: "أسابيع", unit: "week" }, // weeks
  { form: "أسبوعا", unit: "week" }, // weeks (accusative)
  { form: "شهر", unit: "month", count: 1 }, // a month
  { form: "شهرين", unit: "month", count: 2 }, // two months
  { form: "أشهر", unit: "month" }, // months
  { form: "شهور", unit: "month" }, // months
  { form: "شهرا", unit: "month" }, // months (accusative)
  { form: "سنة", unit: "year", count: 1 }, // a year
  { form: "سنتين", unit: "year", count: 2 }, // two years
  { form: "سنوات", unit: "year" }, // years
  { form: "عام", unit: "year", count: 1 }, // a year
  { form: "عامين", unit: "year", count: 2 }, // two years
  { form: "أعوام", unit: "year" }, // years
  { form: "عاما", unit: "year" }, // years (accusative, «11 عاماً»)
  { form: "روز", unit: "day" }, // day(s), Persian
  { form: "هفته", unit: "week" }, // week(s), Persian
  { form: "ماه", unit: "month" }, // month(s), Persian
  { form: "سال", unit: "year" }, // year(s), Persian
];

/** Number words that count units («قبل ثلاثة أيام», «دو هفته پیش»). */
export const NUMBER_WORDS: readonly { readonly form: string; readonly value: number }[] = [
  { form: "ثلاثة", value: 3 }, // three (before a masc. noun)
  { form: "ثلاث", value: 3 }, // three (before a fem. noun)
  { form: "أربعة", value: 4 }, // four
  { form: "أربع", value: 4 }, // four (fem.)
  { form: "خمسة", value: 5 }, // five
  { form: "خمس", value: 5 }, // five (fem.)
  { form: "ستة", value: 6 }, // six
  { form: "ست", value: 6 }, // six (fem.)
  { form: "سبعة", value: 7 }, // seven
  { form: "سبع", value: 7 }, // seven (fem.)
  { form: "ثمانية", value: 8 }, // eight
  { form: "عشرة", value: 10 }, // ten
  { form: "عشر", value: 10 }, // ten (fem.)
  { form: "یک", value: 1 }, // one, Persian
  { form: "دو", value: 2 }, // two, Persian
  { form: "سه", value: 3 }, // three, Persian
  { form: "چهار", value: 4 }, // four, Persian
  { form: "پنج", value: 5 }, // five, Persian
  { form: "شش", value: 6 }, // six, Persian
  { form: "هفت", value: 7 }, // seven, Persian
  { form: "هشت", value: 8 }, // eight, Persian
  { form: "ده", value: 10 }, // ten, Persian
];

/** Words that turn «N unit» into a distance from the publication date. `before`: the word precedes the count. */
export const AGO_WORDS: readonly { readonly form: string; readonly sign: -1 | 1; readonly before: boolean }[] = [
  { form: "قبل", sign: -1, before: true }, // «قبل 3 أيام» — three days ago
  { form: "منذ", sign: -1, before: true }, // «منذ يومين» — two days ago (a duration after «المستمرة»: see DURATION_MARKERS)
  { form: "بعد", sign: 1, before: true }, // «بعد يومين» — in two days (not «بعد يومين من» — after some other event)
  { form: "پیش", sign: -1, before: false }, // «۳ روز پیش» — three days ago
  { form: "قبل", sign: -1, before: false }, // «دو هفته قبل» — two weeks ago
  { form: "دیگر", sign: 1, before: false }, // «سه روز دیگر» — in three days
];

/** Words before «منذ N unit» that make it a duration («الحرب المستمرة في سوريا منذ 11 عاماً»), not a date. */
export const DURATION_MARKERS: readonly string[] = [
  "المستمر", // ongoing (masc.)
  "المستمرة", // ongoing (fem.)
  "مستمر", // ongoing
  "مستمرة", // ongoing (fem.)
  "المتواصل", // continuing
  "المتواصلة", // continuing (fem.)
  "متواصل", // continuing
  "المندلعة", // raging (a war)
  "الدائرة", // going on (a war)
  "يستمر", // continues
  "تستمر", // continues (fem.)
  "استمرت", // lasted
  "استمر", // lasted
  "يعيش", // has been living
  "تعيش", // has been living (fem.)
  "يعاني", // has been suffering
  "تعاني", // has been suffering (fem.)
  "القائم", // standing (a dispute)
  "القائمة", // standing (fem.)
  "العالقة", // pending
];

/** Vague windows around the publication date, in days (inclusive); resolved approximate («~»). */
export const WINDOWS: readonly { readonly form: string; readonly from: number; readonly to: number }[] = [
  { form: "الأيام المقبلة", from: 1, to: 14 }, // in the coming days
  { form: "الأيام القادمة", from: 1, to: 14 }, // in the coming days
  { form: "الساعات المقبلة", from: 0, to: 2 }, // in the coming hours
  { form: "الساعات القادمة", from: 0, to: 2 }, // in the coming hours
  { form: "الأسابيع المقبلة", from: 1, to: 56 }, // in the coming weeks
  { form: "الأسابيع القادمة", from: 1, to: 56 }, // in the coming weeks
  { form: "الأشهر المقبلة", from: 1, to: 183 }, // in the coming months
  { form: "الأشهر القادمة", from: 1, to: 183 }, // in the coming months
  { form: "الشهور المقبلة", from: 1, to: 183 }, // in the coming months
  { form: "الفترة المقبلة", from: 1, to: 90 }, // in the coming period
  { form: "الفترة القادمة", from: 1, to: 90 }, // in the coming period
  { form: "قريبا", from: 1, to: 30 }, // soon («قريباً»)
  { form: "القريب العاجل", from: 1, to: 30 }, // very soon
  { form: "الأيام الماضية", from: -14, to: -1 }, // in the past days
  { form: "الأيام الأخيرة", from: -14, to: -1 }, // in the last days
  { form: "الساعات الماضية", from: -2, to: 0 }, // in the past hours
  { form: "الساعات الأخيرة", from: -2, to: 0 }, // in the last hours
  { form: "الأسابيع الماضية", from: -56, to: -1 }, // in the past weeks
  { form: "الأسابيع الأخيرة", from: -56, to: -1 }, // in the last weeks
  { form: "الأشهر الماضية", from: -183, to: -1 }, // in the past months
  { form: "الأشهر الأخيرة", from: -183, to: -1 }, // in the last months
  { form: "مؤخرا", from: -30, to: -1 }, // recently («مؤخراً»)
  { form: "روزهای آینده", from: 1, to: 14 }, // in the coming days, Persian
  { form: "روزهای آتی", from: 1, to: 14 }, // in the coming days, Persian (formal)
  { form: "ساعات آینده", from: 0, to: 2 }, // in the coming hours, Persian
  { form: "هفتههای آینده", from: 1, to: 56 }, // in the coming weeks, Persian (ZWNJ dropped)
  { form: "هفته های آینده", from: 1, to: 56 }, // in the coming weeks, Persian
  { form: "ماههای آینده", from: 1, to: 183 }, // in the coming months, Persian
  { form: "ماه های آینده", from: 1, to: 183 }, // in the coming months, Persian
  { form: "به زودی", from: 1, to: 30 }, // soon, Persian
  { form: "بزودی", from: 1, to: 30 }, // soon, Persian, joined
  { form: "روزهای اخیر", from: -14, to: -1 }, // in recent days, Persian
  { form: "روزهای گذشته", from: -14, to: -1 }, // in the past days, Persian
  { form: "هفتههای اخیر", from: -56, to: -1 }, // in recent weeks, Persian
  { form: "هفته های اخیر", from: -56, to: -1 }, // in recent weeks, Persian
  { form: "ماههای اخیر", from: -183, to: -1 }, // in recent months, Persian
  { form: "ماه های اخیر", from: -183, to: -1 }, // in recent months, Persian
  { form: "اخیرا", from: -30, to: -1 }, // recently, Persian («اخیراً»)
];

/**
 * The day of the month written as an ordinal word, before the month: «في السادس من نيسان», «الحادي
 * والعشرين من آذار/مارس 2023», «العاشر من محرم»; Persian «بیست و دوم بهمن ۱۳۵۷», «اول مهر», «سی‌ام
 * آذر». News writes anniversaries and dates spelled out this way as often as in digits.
 * Arabic: the masculine ordinal with the article (the day, «اليوم», is masculine); from 20 on the
 * tens in both cases (nominative «العشرون», genitive «العشرين»: «يصادف الحادي والعشرون من»,
 * «في الحادي والعشرين من»), the «و» joined or apart. Persian: the ordinal in «-م» (and «اول» for
 * the first); «سی‌ام» loses its joiner in normalisation (the joined forms are listed too).
 */
export const DAY_ORDINALS: readonly { readonly form: string; readonly day: number }[] = (() => {
  const out: { form: string; day: number }[] = [];
  const add = (form: string, day: number) => out.push({ form, day });
  // first … tenth, and the units of 21–29 and 31
  const arUnits = ["الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر"];
  for (const [i, f] of arUnits.entries()) add(f, i + 1);
  // the first day, as the Maghreb («فاتح يناير 2024», «فاتح دجنبر») and the Hijri calendar («غرة رمضان») write it
  add("فاتح", 1);
  add("غرة", 1);
  add("الحادي عشر", 11);
  for (const [i, f] of arUnits.slice(1, 9).entries()) add(`${f} عشر`, i + 12);
  const arTens: readonly (readonly [string, number])[] = [
    ["العشرين", 20],
    ["العشرون", 20],
    ["الثلاثين", 30],
    ["الثلاثون", 30],
  ];
  for (const [tens, value] of arTens) {
    add(tens, value);
    const units = value === 20 ? ["الحادي", ...arUnits.slice(1, 9)] : ["الحادي"];
    for (const [i, u] of units.entries()) {
      add(`${u} و${tens}`, value + i + 1);
      add(`${u} و ${tens}`, value + i + 1);
    }
    if (value === 20) {
      // «الواحد والعشرين» for 21 is heard as well
      add(`الواحد و${tens}`, 21);
      add(`الواحد و ${tens}`, 21);
    }
  }
  const faUnits = ["یکم", "دوم", "سوم", "چهارم", "پنجم", "ششم", "هفتم", "هشتم", "نهم"];
  for (const [i, f] of faUnits.entries()) add(f, i + 1);
  add("اول", 1);
  const faTeens = ["دهم", "یازدهم", "دوازدهم", "سیزدهم", "چهاردهم", "پانزدهم", "شانزدهم", "هفدهم", "هجدهم", "نوزدهم"];
  for (const [i, f] of faTeens.entries()) add(f, i + 10);
  add("هیجدهم", 18);
  add("بیستم", 20);
  for (const [i, u] of faUnits.entries()) {
    add(`بیست و ${u}`, 21 + i);
    add(`بیستو${u}`, 21 + i);
  }
  for (const f of ["سیام", "سی ام", "سی اُم"]) add(f, 30);
  add("سی و یکم", 31);
  add("سیویکم", 31);
  return out;
})();

/**
 * Nouns an ordinal after them belongs to, so that it is no day of the month: «النصف الأول من
 * مارس» is the first half of March, «دهه اول محرم» its first ten days (with the period and part
 * words above, and the two-word month names «كانون الثاني», «ربيع الأول», which the recogniser
 * checks itself).
 */
export const ORDINAL_NOUNS: readonly string[] = [
  "النصف", // half
  "العشر", // the ten (days)
  "العشرة", // the ten (days)
  "العقد", // decade
  "الثلث", // third
  "الربع", // quarter
  "دهه", // ten days / decade, Persian
  "نیم", // half, Persian
];

/** Ordinal words for «الأسبوع الأخير من يناير», «هفته اول آذر»: `week` 1–4, or 0 for the last seven days. */
export const WEEK_ORDINALS: readonly { readonly form: string; readonly week: number }[] = [
  { form: "الأول", week: 1 }, // first
  { form: "الثاني", week: 2 }, // second
  { form: "الثالث", week: 3 }, // third
  { form: "الرابع", week: 4 }, // fourth
  { form: "الأخير", week: 0 }, // last
  { form: "اول", week: 1 }, // first, Persian
  { form: "دوم", week: 2 }, // second, Persian
  { form: "سوم", week: 3 }, // third, Persian
  { form: "چهارم", week: 4 }, // fourth, Persian
  { form: "آخر", week: 0 }, // last, Persian
];

/** Words opening a range («من 10 إلى 12», «بين عامي 2011 و2015», «از ۱۰ تا ۱۲ آذر»). */
export const RANGE_OPENERS: readonly string[] = [
  "من", // from
  "بين", // between
  "ما بين", // between (emphatic)
  "از", // from, Persian
];

/** Words joining the two ends of a range. */
export const RANGE_JOINERS: readonly string[] = [
  "إلى", // to
  "الى", // to, without hamza
  "حتى", // until
  "لغاية", // until
  "و", // and («بين 10 و12»)
  "تا", // to, Persian
  "-", // hyphen («10-12 كانون الثاني»)
  "–", // en dash
];

/** Words right before «اليوم»/«امروز» that make it the end of a duration, not a date («حتى اليوم»). */
export const TODAY_BLOCKERS_BEFORE: readonly string[] = [
  "حتى", // until today
  "إلى", // up to today
  "الى", // up to today
  "لغاية", // until today
  "غاية", // until today
  "منذ", // since today (from now on)
  "تا", // until today, Persian
];

/** Words right after «اليوم» that make it «the day» of a noun phrase, not today («اليوم التالي», «اليوم الوطني»). */
export const TODAY_BLOCKERS_AFTER: readonly string[] = [
  "التالي", // the next day
  "الموالي", // the next day, in the Maghreb
  "السابق", // the previous day
  "الأول", // the first day
  "الثاني", // the second day
  "الثالث", // the third day
  "الأخير", // the last day
  "العالمي", // world day (اليوم العالمي لـ…)
  "الوطني", // national day
  "الدولي", // international day
  "الموعود", // the promised day
  "المحدد", // the set day
  "نفسه", // the same day
  "ذاته", // the same day
  "الذي", // the day that …
  "السابع", // «اليوم السابع», an Egyptian newspaper
  "الآخر", // the other day
];

/** Outlets named «… اليوم» or «… فردا»: the day word there is part of a name. */
export const OUTLET_NAMES: readonly string[] = [
  "روسيا اليوم", // RT Arabic
  "فلسطين اليوم", // Palestine Today TV
  "رادیو فردا", // Radio Farda
];

/** Nouns that «العام» follows as the adjective "general": «الأمين العام السابق» is a former secretary-general, not last year. */
export const GENERAL_NOUNS: readonly string[] = [
  "الأمين", // secretary-general
  "المدعي", // prosecutor-general
  "النائب", // attorney-general
  "المدير", // director-general
  "المفتش", // inspector-general
  "المرشد", // general guide (Muslim Brotherhood)
  "القائد", // commander-in-chief
  "المراقب", // general observer
  "المنسق", // general coordinator
  "المفوض", // commissioner-general
  "القنصل", // consul-general
  "الرأي", // public opinion
  "القطاع", // public sector
  "الأمن", // public security
  "النظام", // public order
  "المؤتمر", // general conference
  "الإضراب", // general strike
  "العفو", // general amnesty
];

/** Nouns that, before «X اليوم», make X an outlet name («صحيفة مصر اليوم», «موقع تركيا اليوم»). */
export const OUTLET_NOUNS: readonly string[] = [
  "صحيفة", // newspaper
  "جريدة", // newspaper
  "موقع", // website
  "قناة", // channel
  "وكالة", // agency
  "شبكة", // network
  "روزنامه", // newspaper, Persian
  "سایت", // website, Persian
];

/** Words before a date that put it in the future (a bare weekday or month then means the next one). */
export const FUTURE_MARKERS_BEFORE: readonly string[] = [
  "سوف", // will
  "المقرر", // «من المقرر» — scheduled
  "المتوقع", // «من المتوقع» — expected
  "المنتظر", // «من المنتظر» — awaited
  "يعتزم", // intends
  "تعتزم", // intends (fem.)
  "قرار است", // is to (Persian)
  "قرار هست", // is to (colloquial Persian)
];

/** Persian future auxiliaries after the date in the same clause («… شنبه برگزار خواهد شد»). */
export const FUTURE_MARKERS_AFTER: readonly string[] = [
  "خواهد", // will (3sg)
  "خواهند", // will (3pl)
  "خواهیم", // will (1pl)
  "خواهم", // will (1sg)
];

/**
 * Nouns that look like «س» + imperfect verb («سيصل» — will arrive) but are not verbs. Prefixes, matched after
 * normalisation; the future check skips a word starting with one of these.
 */
export const SIN_NOUN_PREFIXES: readonly string[] = [
  "سياس", // politics, political
  "سيار", // car
  "سيطر", // control
  "سيد", // mister, lady
  "سياد", // sovereignty
  "سيول", // floods, Seoul
  "سيف", // sword
  "سير", // course, conduct
  "سينا", // Sinai, scenario
  "سيبير", // Siberia
  "سينم", // cinema
  "سنو", // years, annual
  "سنة", // year
  "سني", // Sunni
  "سنت", // cent, Sunna
  "سنغ", // Singapore, Senegal
  "سنا", // senator
  "ستين", // sixty
  "ستون", // sixty
  "ستة", // six
  "ستراتي", // strategy
  "ستوك", // Stockholm
  "ستاد", // stadium
  "ستار", // curtain
  "سيم", // seminar, symposium
  "سيل", // flood
];
