/** Context decisions around a hit (capital or city, Oman or Amman, outlet cues) and the word lists they use. */
import { type Normalized, normalizeText, toOriginalSpan } from "../../../src/text/normalize.ts";
import { OUTLET_CUES } from "../../lexicon/organisations.ts";
import type { Lang } from "../gazetteer.ts";
import { type Hit, startVariants, type Token } from "./forms.ts";
import type { Emitted } from "./recognise.ts";
// context word lists (normalised at load)

const norm = (xs: readonly string[]) => new Set(xs.map(normalizeText));

// a capital after these is the city (a place), not the government
export const LOCATIVES = norm(["في", "إلى", "الى", "من", "نحو", "داخل", "قرب", "عبر", "ب", "ل", "بـ", "لـ", "در", "به", "از", "تا", "عازم", "راهی", "مقصد", "سوی"]);
export const PLACE_CUES = norm(["العاصمة", "عاصمة", "مدينة", "بلدة", "قمة", "اجتماع", "مؤتمر", "جامعة", "محافظة", "ولاية", "شوارع", "مطار", "سفارة", "پایتخت", "شهر", "نشست", "اجلاس", "دانشگاه", "استان", "فرودگاه", "سفارت", "خیابانهای", "منطقة", "ريف",
  // an agreement or declaration named after the city that hosted it: «اتفاق بكين», «توافق پکن», «إعلان جدة»
  "اتفاق", "اتفاقية", "توافق", "إعلان", "اعلان", "معاهدة", "قرارداد", "معاهده", "بیانیه", "اعلامیه", "کنفرانس", "مؤتمر"]);
/** Buildings named with their city, with or without their own name between: «کاخ میرافلورس کاراکاس», «قصر الشعب بدمشق». */
export const BUILDING_CUES = norm(["کاخ", "قصر", "سالن", "ساختمان", "مقر", "فرودگاه", "مطار", "قاعة", "قاعه"]);
export const AMMAN_CUES = norm(["الأردنية", "الاردنیه"]);
export const OUTLET_CUE_SET = { ar: norm(OUTLET_CUES.ar), fa: norm(OUTLET_CUES.fa) };

/** Persian light verbs: a word right before one is the noun of a compound verb («خواستار … شد»), not a name's. */
export const FA_LIGHT_VERBS = norm([
  "شد", "شدند", "شده", "کرد", "کردند", "کرده", "داد", "دادند", "داده", "گرفت", "گرفتند", "گرفته", "نمود", "نمودند", "زد", "زدند",
  "میشود", "میشوند", "میکند", "میکنند", "میدهد", "میدهند", "میگیرد",
]);

// words that end or cannot be part of a name after a title (verbs of saying, prepositions, weekdays…)
export const NOT_NAME: Readonly<Record<Lang, Set<string>>> = {
  ar: norm([
    // «then», before the name of a past holder: «وزير الخارجية اليوناني آنذاك نيكوس ديندياس»
    "آنذاك", "حينها", "حينذاك", "وقتها", "سابقا", "السابق",
    "في", "من", "إلى", "الى", "على", "عن", "مع", "إن", "أن", "أنه", "إنه", "قال", "أكد", "أعلن", "أشار", "أوضح", "أضاف", "صرح", "ذكر", "كشف", "شدد", "دعا", "خلال", "بعد", "قبل", "أمس", "اليوم", "يوم", "الذي", "التي", "لدى", "حيث", "كما", "هذا", "هذه", "ذلك", "تلك",
    "يزور", "زار", "سيزور", "التقى", "يلتقي", "استقبل", "بحث", "ناقش", "عقد", "أجرى", "وصل", "يصل", "غادر", "اجتمع", "يجري", "تلقى", "بعث", "أجرى", "هاتفيا", "اتصالا", "رسالة", "بشأن", "حول", "أمام", "لقد", "قد", "لن", "لم", "سوف", "ان", "انه", "ایضا", "أيضا", "إنها", "بأن", "وقال", "وأكد",
    "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد", "اثنين", "ثلاثاء", "أربعاء", "خميس", "جمعة", "سبت", "أحد",
    "يوم", "مساء", "صباح", "ظهر", "الأسبوع", "الماضي", "المقبل", "الجاري", "بدوره", "بدورها", "كذلك", "أيضاً", "ايضا", "مؤتمر", "صحفي", "مشترك", "لقاء", "لقائه", "اتصال", "بحث", "لبحث", "مناقشة", "الملف", "بشان", "زيارة", "خلالها", "الذي", "عبر", "أول", "ثاني", "جديد", "سابق", "السابق", "الأسبق", "الحالي",
    // prepositions of time and cause: «بعد اتصال أجراه ترامب بأمير قطر عقب الهجوم على القاعدة»
    "عقب", "إثر", "اثر", "وسط", "منذ", "بسبب", "رغم", "إزاء", "ازاء", "بعيد",
    // a report of greetings after a title: «ونقل وزير الخارجية إليه تحيات خادم الحرمين»
    "ونقل", "نقل", "إليه", "اليه", "إليها", "تحيات", "تحية",
    // what the two sides did, right after the title of one of them: «…من وزير الخارجية الباكستاني، بحثا خلاله…»
    "بحثا", "بحثت", "تناولا", "تناول", "ناقشا", "تبادلا", "استعرضا", "استعرض", "أكدا", "اتفقا", "جرى", "تم", "خلاله",
    // a date right after a plural title: «لوزراء خارجية السعودية ومصر … مطلع الشهر المقبل»
    "مطلع", "أوائل", "أواسط", "منتصف", "أواخر", "نهاية", "بداية", "الشهر", "العام",
    // a clause going on after a title and a comma: «التقى ولي العهد السعودي، وأن الجانبين أعربا عن …»
    "وأن", "وإن", "فإن", "لأن", "الجانبين", "الجانبان", "الطرفين", "الطرفان", "أعربا", "أعرب",
    // who else took part, after a title and a comma: «برئاسة ولي العهد السعودي، بمشاركة رؤساء كازاخستان …»
    "بمشاركة", "ومشاركة", "بحضور", "وبحضور", "برئاسة", "وبرئاسة", "رؤساء", "قادة", "وزراء", "زعماء",
    // the source of what is said, after a title and a comma: «وقال وزير الخارجية الإماراتي، وفق بيان للوزارة، إن …»
    "وفق", "وفقا", "حسب", "بحسب", "طبقا", "نقلا", "بيان", "تصريح", "تصريحات", "تغريدة",
  ]),
  fa: norm([
    "در", "به", "از", "با", "که", "را", "و", "گفت", "اظهار", "کرد", "است", "بود", "شد", "امروز", "دیروز", "روز", "این", "آن", "برای", "تا", "نیز", "هم", "طی", "پس", "ضمن", "صبح", "امشب", "دیدار", "سفر", "وارد", "گفتگو", "تماس", "تلفنی", "خود", "ما", "او", "وی", "ایشان", "پیش", "روزهای",
    "شنبه", "یکشنبه", "دوشنبه", "سهشنبه", "چهارشنبه", "پنجشنبه", "جمعه", "افزود", "تاکید", "کرد", "گفت", "نوشت", "داد", "هشدار",
    "ها", "های", "هایی", "ای", "را", "همچنین", "بیان", "ادامه", "تصریح", "خاطرنشان", "اعلام", "اشاره", "عنوان", "درباره", "مورد", "طرف", "نشست", "خبری", "کنفرانس", "مشترک", "جدید", "سابق", "پیشین", "کنونی", "فعلی", "جمهوری", "اسلامی", "هفته", "ماه", "سال", "اخیر", "گذشته", "آینده", "بر", "درخصوص", "خصوص", "باره", "شامگاه", "بامداد", "ظهر", "عصر", "اول", "دوم", "نخست",
    // verbs, their nouns and adverbs right after a title: «رهبر معظم انقلاب خواستار مذاکره شد», «… به‌طور مستقیم»
    "خواستار", "منتقل", "مبادله", "شکل", "طور", "بهطور", "صورت", "بهصورت", "مستقیم", "غیرمستقیم", "چند", "دقیقه", "همتای", "همتا",
    "ازسرگیری", "روابط", "سلام", "ابلاغ",
    // times of day and the delegation a title heads: «رئیس‌جمهور بعدازظهر امروز …», «… در رأس هیئتی»
    "بعدازظهر", "بعدازظهرِ", "پیش‌ازظهر", "پیشازظهر", "ساعاتی", "ساعت", "لحظاتی", "دقایقی", "هیئت", "هیئتی", "هیات", "هیاتی", "رأس", "راس", "همراه", "فردا",
    // acts told right after a title: «نخست‌وزیر تایلند آزادی اتباع این کشور را تأیید کرد»
    "آزادی", "اتباع", "تأیید", "تایید", "آزاد",
    "میشود", "میشوند", "میکند", "میکنند", "شدند", "کردند", "گرفت", "گرفتند", "نمود", "دادند", "هستند", "بودند",
  ]),
};
export const PUNCT_BOUNDARY = /[,.;:!?()\n\-–—|]/;

// partial names that are also common words or given names: only after the full name in the same text
// (given names of other persons are added at creation: «عباس» is Araghchi's and Nilforoushan's first name)
export const AMBIGUOUS_PARTIALS = norm([
  "رئيسي", "رئیسی", "الأسد", "أسد", "اسد", "عباس", "صالح", "نصر", "أمين", "امین", "كريم", "سعيد", "حسن", "علي", "محمد", "حسين", "جعفر", "الشرع", "ظريف", "روحاني", "قاسم",
  // Persian words: «برهم» upset, «آستین» sleeve, «بودن» to be, «والس» waltz, «بارو» rampart, «قالین/کالین» carpet, «خرازی» haberdashery
  "برهم", "آستین", "بودن", "والس", "فالس", "والاس", "بارو", "قالین", "کالین", "خرازی",
  // Arabic words: «أفخم» grander, «تراس» terrace, «سوسان» lily, «فياض» abundant, «عطاف» sympathy, «سلامي» my peace
  "أفخم", "افخم", "تراس", "سوسان", "فياض", "فیاض", "عطاف", "سلامي", "سلامی",
  // given names used as surnames
  "شهباز", "مجتبى", "مجتبی", "مقتدى", "مقتدی", "باسيل", "باسیل", "حاتمي", "حاتمی", "مؤمني", "مومنی", "مؤمنی", "لامي", "لامی", "دياب", "دیاب", "هانت", "ونس",
]);

// ISR genre names built on «الاحتلال» are dropped before another state's nisba («جيش الاحتلال الأمريكي»)
export const OCCUPATION = normalizeText("الاحتلال");

// context decisions

/**
 * A capital after a locative preposition, «العاصمة/پایتخت/مدينة/شهر», «قمة» or a locative clitic
 * is the city; so is one that opens a line (`opensLine`, read in the original text) as a dateline.
 */
export function isPlaceContext(h: Hit, at: number, tokens: readonly Token[], hits: readonly Hit[], emitted: readonly Emitted[], text: string, opensLine: boolean): boolean {
  if (/[بل]/.test(h.prefix)) return true; // «بالعاصمة», «لبيروت», «بأنقرة»
  // dateline: «الرياض (واس) -», «أنقرة - », at the start of a paragraph
  if (opensLine && /^\s*[-–(]/.test(text.slice(h.e, h.e + 3))) return true;
  let t = h.t0 - 1;
  // «العاصمة الروسية موسكو»: skip one nisba
  const prevHit = hits[at - 1];
  if (prevHit && prevHit.form.via === "demonym" && prevHit.t1 === t) t = prevHit.t0 - 1;
  const prev = tokens[t];
  if (prev) {
    if (LOCATIVES.has(prev.w) || PLACE_CUES.has(prev.w) || BUILDING_CUES.has(prev.w)) return true;
    for (const v of startVariants(prev.w, "ar")) if (v.pre > 0 && PLACE_CUES.has(v.w)) return true;
    // (a building's own name between: «در کاخ میرافلورس کاراکاس»)
    const before = tokens[t - 1];
    if (before && BUILDING_CUES.has(before.w) && !hits.some((x) => x.t0 <= t && x.t1 >= t)) return true;
  }
  // «في أنقرة ودمشق»: a coordinated capital shares the first one's reading
  if (h.prefix === "و" && prevHit?.form.via === "capital" && /^\s*$/.test(text.slice(prevHit.e, h.s - 1))) {
    const first = emitted.find((m) => m.s === prevHit.s);
    return first !== undefined && !/^[A-Z]{3}$/.test(first.actorId);
  }
  return false;
}

/**
 * Arabic «عمان»: «عُمان» (damma) or «سلطنة عمان» is Oman; «عمّان» (shadda) or «العاصمة الأردنية عمان» is Amman;
 * a bare unvocalised «عمان» is left out (precision).
 */
export function omanOrAmman(text: string, n: Normalized, h: Hit, tokens: readonly Token[]): "OMN" | "amman" | undefined {
  const o = toOriginalSpan(n, h.s, h.e);
  const original = text.slice(o.start, o.end);
  if (original.includes("\u0651")) return "amman";
  if (original.includes("\u064F")) return "OMN";
  const prev = tokens[h.t0 - 1]?.w;
  if (prev && AMMAN_CUES.has(prev)) return "amman";
  if (prev && startVariants(prev, "ar").some((v) => v.w === normalizeText("سلطنة"))) return "OMN";
  return undefined;
}

/** «وكالة مهر», «به گزارش مهر», «خبرگزاری “فارس”»: an outlet cue of 1–3 words right before. */
export function hasOutletCue(text: string, tokens: readonly Token[], h: Hit, lang: Lang): boolean {
  const cues = OUTLET_CUE_SET[lang];
  for (let len = 1; len <= 3; len++) {
    const first = tokens[h.t0 - len];
    if (!first) break;
    if (!/^[\s"'«»“”]*$/.test(text.slice(tokens[h.t0 - 1]!.e, h.s - h.prefix.length))) return false;
    const phrase = tokens.slice(h.t0 - len, h.t0).map((t) => t.w).join(" ");
    if (cues.has(phrase)) return true;
    for (const v of startVariants(first.w, lang)) {
      if (v.pre > 0 && cues.has([v.w, ...tokens.slice(h.t0 - len + 1, h.t0).map((t) => t.w)].join(" "))) return true;
    }
  }
  return false;
}

