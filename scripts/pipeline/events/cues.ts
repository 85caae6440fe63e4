/** The words the event rules look for around a trigger, each list with the phrase it exists for. */
import type { Lang } from "../../../src/contract/schema.ts";
import { asciiDigits, normalizeText } from "../../../src/text/normalize.ts";
import type { PrepRole } from "./types.ts";

const word = (s: string) => new Set(s.split(" ").map((w) => normalizeText(w)));

/** Preposition → role of the group it introduces. */
export const PREPOSITIONS: ReadonlyMap<string, PrepRole> = new Map([
  ...[...word("مع با بين همراه إلى الی به لدى نزد ضد على علیه تجاه نسبت از لصالح سوی بسوی نحو")].map((w) => [w, "target"] as const),
  ...[...word("في فی در داخل عن حول بشأن درباره دربارهی مورد بخصوص من خلال ضمن طی")].map((w) => [w, "other"] as const),
]);

/** Words that end a clause: complementisers and subordinators (normalised spelling; tried in this order). */
const CLAUSE_BREAKER_WORDS: Readonly<Record<Lang, readonly string[]>> = {
  ar: "ردا علی|ردها علی|رده علی|ردهم علی|ردهما علی|لترد|لیرد|عقب|بعد|قبل|اثر|حیث|فی حین|بینما|فیما|الذی|التی|الذین|کما|بعد ان|لکن|غیر ان|ان|انه|انها|انهم|انهما|وان|وانه|بان|بانه|بانها|معتبرا|مشیرا|مشددا|محذرا|قائلا|مضیفا|معربا|موکدا|موضحا|لافتا|منوها|داعیا|مطالبا".split("|"),
  // (and a plan joined to the clause before, which has its own day: «… وارد دوشنبه شد و قرار است فردا جمعه … شرکت کند»)
  fa: "که|زیرا|اما|ولی|در حالی که|چرا که|و قرار است|و قرار شد|و قرار بود".split("|"),
};

/**
 * Breakers that do not break before these words: «فيما» is «while» between two acts, but «فيما
 * يتعلق / يخص» is «as regards» and «فيما بعد» «later».
 */
const NOT_BREAKING_BEFORE: ReadonlyMap<string, readonly string[]> = new Map([["فیما", ["یتعلق", "یخص", "بعد", "بین", "بینها", "بینهما", "بینهم"]]]);

/** Breakers that break only after a comma: «…، فيما استقبل» (not «ليشارك فيما وصفته بـ», «in what it called»). */
const AFTER_COMMA_ONLY: ReadonlySet<string> = new Set(["فیما"]);

/** One breaker of the expression: the word, its comma and its exceptions as lookarounds. */
const breakerPattern = (w: string) => {
  const not = NOT_BREAKING_BEFORE.get(w);
  const comma = AFTER_COMMA_ONLY.has(w) ? "(?<=[،,]\\s*)" : "";
  return not ? `${comma}${w}(?!\\s+(?:${not.join("|")})(?![\\p{L}]))` : `${comma}${w}`;
};

/** Where a clause ends: «;», «:», «؛», «|», «…», «..» or a clause-breaking word standing alone. `clauseBreaks` finds the same matches faster. */
export const CLAUSE_BREAKERS: Readonly<Record<Lang, RegExp>> = {
  ar: new RegExp(`[;:؛|…]|\\.\\.+|(?<![\\p{L}])(?:${CLAUSE_BREAKER_WORDS.ar.map(breakerPattern).join("|")})(?![\\p{L}])`, "gu"),
  fa: new RegExp(`[;:؛|…]|\\.\\.+|(?<![\\p{L}])(?:${CLAUSE_BREAKER_WORDS.fa.map(breakerPattern).join("|")})(?![\\p{L}])`, "gu"),
};

/** Whether each BMP unit is a letter (`\p{L}`): −1 not yet known. */
const LETTER_UNIT = new Int8Array(0x10000).fill(-1);
const LETTER = /^\p{L}$/u;

/** The clause-breaking words by their first character, in the expression's order. */
const BREAKERS_BY_FIRST: Readonly<Record<Lang, ReadonlyMap<number, readonly Breaker[]>>> = {
  ar: byFirstChar(CLAUSE_BREAKER_WORDS.ar),
  fa: byFirstChar(CLAUSE_BREAKER_WORDS.fa),
};

/**
 * At the first character of a clause-breaking word, bit `n` set when one of those words has a
 * first word of `n` letters (< 32): most word starts begin none, or none of their length.
 */
const BREAKER_FIRST: Readonly<Record<Lang, Uint32Array>> = {
  ar: firstChars(BREAKERS_BY_FIRST.ar),
  fa: firstChars(BREAKERS_BY_FIRST.fa),
};

function firstChars(byFirst: ReadonlyMap<number, readonly Breaker[]>): Uint32Array {
  const out = new Uint32Array(0x10000);
  for (const [c, list] of byFirst) {
    for (const b of list) {
      // `clauseBreaks` looks for breakers only at letters, and keeps word lengths in 32 bits
      if (b.firstWord === 0 || b.firstWord >= 32) throw new Error(`cues.ts: clause breaker «${b.text}» must open with a word of 1 to 31 letters`);
      out[c]! |= 1 << b.firstWord;
    }
  }
  return out;
}

/** A clause-breaking word or phrase and the length of its leading run of letters (what a text's word must match). */
interface Breaker {
  readonly text: string;
  readonly firstWord: number;
}

function byFirstChar(words: readonly string[]): Map<number, Breaker[]> {
  const out = new Map<number, Breaker[]>();
  for (const text of words) {
    let firstWord = 0;
    while (firstWord < text.length && LETTER.test(text[firstWord]!)) firstWord++;
    const b = { text, firstWord };
    const list = out.get(text.charCodeAt(0));
    if (list) list.push(b);
    else out.set(text.charCodeAt(0), [b]);
  }
  return out;
}


function isLetterUnit(c: number): boolean {
  let l = LETTER_UNIT[c]!;
  if (l < 0) {
    l = LETTER.test(String.fromCharCode(c)) ? 1 : 0;
    LETTER_UNIT[c] = l;
  }
  return l === 1;
}

/** Whether the code point ending at `p` is a letter (false at the start). */
function letterBefore(text: string, p: number): boolean {
  if (p <= 0) return false;
  const lo = text.charCodeAt(p - 1);
  if (lo >= 0xdc00 && lo <= 0xdfff && p >= 2) {
    const hi = text.charCodeAt(p - 2);
    if (hi >= 0xd800 && hi <= 0xdbff) return LETTER.test(text.slice(p - 2, p));
  }
  return isLetterUnit(lo);
}

/**
 * Whether the breaker at `start`, ending at `p`, does not break here: it needs a comma before it
 * (`AFTER_COMMA_ONLY`) and has none, or one of its exceptions (`NOT_BREAKING_BEFORE`) follows it.
 */
function exceptionFollows(text: string, p: number, breaker: string, start: number): boolean {
  if (AFTER_COMMA_ONLY.has(breaker)) {
    let b = start - 1;
    while (b >= 0 && /\s/.test(text[b]!)) b--;
    if (b < 0 || (text[b] !== "،" && text[b] !== ",")) return true;
  }
  const not = NOT_BREAKING_BEFORE.get(breaker);
  if (!not) return false;
  let q = p;
  while (q < text.length && /\s/.test(text[q]!)) q++;
  if (q === p) return false;
  return not.some((x) => text.startsWith(x, q) && !letterAt(text, q + x.length));
}

/** Whether the code point starting at `p` is a letter (false at the end). */
function letterAt(text: string, p: number): boolean {
  if (p >= text.length) return false;
  const hi = text.charCodeAt(p);
  if (hi >= 0xd800 && hi <= 0xdbff && p + 1 < text.length) {
    const lo = text.charCodeAt(p + 1);
    if (lo >= 0xdc00 && lo <= 0xdfff) return LETTER.test(text.slice(p, p + 2));
  }
  return isLetterUnit(hi);
}

/** The offsets and lengths of `text.matchAll(CLAUSE_BREAKERS[lang])`, by a scan instead of the expression. */
export function clauseBreaks(text: string, lang: Lang): [number, number][] {
  const out: [number, number][] = [];
  const byFirst = BREAKERS_BY_FIRST[lang];
  const first = BREAKER_FIRST[lang];
  const len = text.length;
  let p = 0;
  while (p < len) {
    const c = text.charCodeAt(p);
    // «;», «:», the Arabic «؛», «|», «…», and a run of two dots or more (a headline's «..»)
    if (c === 0x3b || c === 0x3a || c === 0x61b || c === 0x7c || c === 0x2026) {
      out.push([p, 1]);
      p++;
      continue;
    }
    if (c === 0x2e && text.charCodeAt(p + 1) === 0x2e) {
      let q = p + 2;
      while (text.charCodeAt(q) === 0x2e) q++;
      out.push([p, q - p]);
      p = q;
      continue;
    }
    if (!isLetterUnit(c)) {
      p++;
      continue;
    }
    // the end of the word's run of BMP letters: no breaker starts inside it (each unit follows a letter)
    let end = p + 1;
    while (end < len && isLetterUnit(text.charCodeAt(end))) end++;
    if (end - p < 32 && ((first[c]! >>> (end - p)) & 1) === 1 && !letterBefore(text, p)) {
      // the first word of the alternation that stands alone here (its first word fills the run exactly)
      let matched = 0;
      for (const w of byFirst.get(c)!) {
        if (w.firstWord === end - p && text.startsWith(w.text, p) && !letterAt(text, p + w.text.length) && !exceptionFollows(text, p + w.text.length, w.text, p)) {
          matched = w.text.length;
          break;
        }
      }
      if (matched > 0) {
        out.push([p, matched]);
        p += matched;
        continue;
      }
    }
    p = end;
  }
  return out;
}

/** Anaphors that point back to the speaker or the speaker's state: «بلاده», «کشورمان», «إنه». */
export const SPEAKER_ANAPHORS = word("بلاده بلادها بلادنا نحن کشورمان کشورش ما انه بانه وانه انهم انهما");
export const SPEAKER_STATE_ANAPHORS = word("بلاده بلادها بلادنا کشورمان کشورش");

/** Impersonal speech verbs with no speaker: «يذكر أن», «يشار إلى». */
export const IMPERSONAL_SPEECH = word("یذکر ویذکر یشار ویشار یقال");

/** Words before a trigger that make it a call to stop it: «لوقف الهجمات», «پایان حمایت». */
export const CESSATION_CUES = word("وقف لوقف بوقف ووقف انهاء لانهاء پایان توقف لتوقف منع لمنع");

/**
 * «هذا اللقاء», «هذه الزيارة», «این دیدار», «همان سفر»: an act named after a demonstrative is one the
 * text has told already — a reference, not a new act (and what the sentence tells happened then).
 */
export const DEMONSTRATIVES = word("هذا وهذا بهذا لهذا هذه وهذه بهذه لهذه ذلك تلك هذين هاتين این همین همان");
/**
 * Meeting nouns a demonstrative points back with where the lexicon has no trigger of its own: «در پایان این نشست»,
 * «في ختام هذه الجلسة» (the meeting told before, and its day).
 */
export const MEETING_REFERENTS = word("نشست جلسه اجلاس الجلسه الاجتماعات الاجلاس");
/** «At the end of»: what a meeting closed with happened on its day («در پایان این نشست، … به امضا رسید»). */
export const AT_THE_END = word("پایان خاتمه ختام نهایه اختتام");
// (not Persian «آن»: folded, it is Arabic «أن»)

/** «بعد / عقب / پس از»: what follows came after another act. */
export const AFTER = word("بعد وبعد عقب اثر پس");
/** «بعد / قبل / پس از / پیش از»: what follows is placed in time against another act. */
export const RELATIVE_TIME = new Set([...AFTER, ...word("قبل وقبل پیش")]);

/**
 * «then», «after that»: what follows is another, later act than what came before, on a day of its own
 * («… دیدار کرده بودند و پس از آن نیز در کازان گفت‌وگو کردند», «ثم توجه إلى الرياض»). Normalised phrases.
 */
export const THEN = ["پس از آن", "بعد از آن", "سپس", "ثم", "بعد ذلك", "وبعد ذلك", "وبعدها", "بعدها"].map((p) => normalizeText(p));

/** Where the first `THEN` phrase stands, as whole words, in bare normalised text (-1: none). */
export function thenAt(bare: string): number {
  for (const p of THEN) {
    let at = bare.indexOf(p);
    while (at >= 0) {
      if ((at === 0 || bare[at - 1] === " ") && (at + p.length === bare.length || bare[at + p.length] === " ")) return at;
      at = bare.indexOf(p, at + 1);
    }
  }
  return -1;
}

/** «على»: what a strike or a response is on. */
export const ON = word("على علی");

/** «في / در / داخل»: where an act was done. */
export const IN = word("في فی در داخل");

/** «بين / میان»: the two sides of a mutual act named after it. */
export const BETWEEN = word("بين بین میان");

/**
 * A response to an act told after it: «ردا على», «ردّها على» (bare: «رد ها على»), «در پاسخ به», «در
 * واکنش به», «در تلافی» (normalised and bare text). The Arabic ones also cut a clause (`CLAUSE_BREAKER_WORDS`).
 */
export const RESPONSE = new RegExp(`(?:^| )(?:${normalizeText("رد")} ?(?:ا|ها|ه|هم|هما)? ${normalizeText("على")}|${["در پاسخ به", "در واکنش به", "در تلافی"].map((p) => normalizeText(p)).join("|")})(?= |$)`);
/** A response noun standing before «على»: «لرد إسرائيلي على الهجوم», «الرد الإيراني على الضربة». */
export const RESPONSE_NOUN = /^(?:و|ل|ب)?(?:ال|لل)?رد(?:ا|ه|ها|هم)?$/;

/** «که»: a Persian complementiser or relative. */
export const KE = normalizeText("که");

/** «منذ عام 2011», «از سال ۲۰۱۱»: the date starts a duration. */
export const SINCE = word("منذ ومنذ از");

/** Persian «began» (normalised text): «از شنبه ۱۶ اردیبهشت … آغاز شده بود» — the day after «از» is when the act began. */
export const BEGAN_FA = /(?:^| )(?:اغاز|شروع) (?:شد|شده|شدند|گردید|گردیده|میشود|میشوند|کرد|کردند|کرده)(?: |$)/;

/**
 * «في أول زيارة منذ 12 عاما», «لأول مرة منذ 2012», «نخستین سفر از سال ۲۰۱۲»: a «first» a few words
 * before «since» — the date is that of the last time, not of this one.
 */
export const FIRST = word("أول لأول الأول الأولى اول اولین نخستین");

/** Families whose act is mutual: an event even when the text names only the parties, not who acted. */
/** Families of meetings and talks: what an announcement of one to come expresses the intent of. */
export const MEETINGS = new Set(["meet", "talks", "visit", "summit", "phone", "host"]);

export const MUTUAL_FAMILIES = new Set([
  "meet", "talks", "phone", "press-conference", "summit", "agree", "accord", "sign", "cooperate-material", "intend-cooperate", "military-exercise",
  "exchange",
]);

/**
 * Families whose verb takes an act noun as its content: «التهديدات … بشن ضربة» (the strike is only
 * threatened), «أدانت مصر الهجوم» (the attack is what is condemned), «طالب بوقف إطلاق النار».
 */
export const CONTENT_TAKERS = new Set(["threaten", "warn", "demand", "appeal", "ceasefire", "criticise", "accuse", "praise", "support"]);

/** Families whose «في / من X» is where the act goes: a visit's host, a withdrawal's country, whose flights an airspace is closed to. */
export const PLACE_TARGET_FAMILIES = new Set(["visit", "withdraw", "reduce-relations", "close-airspace"]);

/** Title words that may stand between a preposition and a name: «مع وزير الخارجية الإيراني». */
export const TITLE_WORD =
  /^(?:ال)?(?:وزیر|وزرا|خارجیه|خارجه|امور|دفاع|داخلیه|رئیس|رییس|روسا|نظیر|همتا|نائب|مساعد|سفیر|متحدث|ناطق|سخنگو|امین|عام|ملک|امیر|ولی|عهد|مرشد|اعلی|رهبر|وزارت|نخست|جمهور|معاون|حکومه|دوله|دولت|مسئول|مسوول)/;

/**
 * Words of an office standing between an Arabic verb and the name or nisba of its subject
 * («وقال رئيس حكومة تصريف الأعمال اللبنانية نجيب ميقاتي», «أكد الأمين العام لجامعة الدول
 * العربية»): a longer gap than usual is still the subject when it holds only these.
 */
export const OFFICE_WORDS = word(
  "رئيس الرئيس نائب وزير الوزير وزيرة حكومة الحكومة تصريف الأعمال الوزراء مجلس المجلس الأمين العام المتحدث الناطق باسم " +
    "وزارة الخارجية الدفاع الداخلية ولي العهد الملك العاهل الأمير الشيخ قائد القائد مستشار الأمن القومي الوطني المرشد الأعلى " +
    "السفير مندوب المندوب الدائم رئاسة الجمهورية البرلمان النواب الشورى هيئة الأركان أركان الجيش المؤقتة الانتقالية " +
    // Persian, before the subject's state or name: «وزارت امور خارجه پاکستان», «سخنگوی وزارت خارجه ایران»
    "وزارت امور خارجه وزیر رئیس جمهور جمهوری سخنگوی دولت سفیر سفارت مجلس شورای نخست ارتش فرمانده ستاد کل نیروهای مسلح " +
    "دبیر شورای عالی امنیت ملی معاون نماینده دائم " +
    // honorifics and the longer official names of offices: «وزير الخارجية والمغتربين الدكتور فيصل المقداد», «السيد الرئيس»
    "والمغتربين المغتربين الدكتور الدكتورة السيد السيدة فخامة معالي سمو سماحة اللواء العميد الفريق المستشار " +
    // the bodies of international offices: «الأمين العام لمجلس التعاون جاسم البديوي», «الأمين العام لجامعة الدول العربية»
    "لمجلس التعاون الخليجي الخليج العربية لجامعة جامعة الجامعة الدول لمنظمة منظمة المنظمة للأمم الأمم المتحدة للاتحاد الاتحاد الأوروبي الأفريقي " +
    "آقای خانم دکتر سردار",
);

/** A call received, not made: «تلقى وزير الخارجية اتصالا هاتفيا من نظيره» (the caller follows «من»). */
export const RECEIVED = word("تلقى وتلقى يتلقى ويتلقى تلقت وتلقت تتلقى وتتلقى");

/**
 * «The two sides» standing for the parties of the section's last two-party event: «وبحث الجانبان»,
 * «وأكد الوزيران», «دو طرف بر … تاکید کردند».
 */
export const TWO_SIDES = word("الجانبان الطرفان البلدان الوزيران الرئيسان الزعيمان الجانبين الطرفين البلدين طرفین");
/** The Persian two-word forms of `TWO_SIDES`. */
export const TWO_SIDES_FA = ["دو طرف", "دو کشور", "دو وزیر", "دو رئیس‌جمهور", "دو رئیس جمهور", "دو رهبر", "دو نخست‌وزیر", "دو نخست وزیر", "دو مقام"].map((p) => normalizeText(p));

/** Not after a count («چند روز بعد», «سه ماه بعد»: a span later, no anaphor), as a lookbehind of the Persian phrases. */
const UNCOUNTED = String.raw`(?<!(?:چند|[0-9۰-۹]+|دو|سه|چهار|پنج|شش|هفت|ده)\s+)`;

/**
 * «the same day», «the next day», «the day before», with their shift in days: «في اليوم نفسه»,
 * «في ذلك اليوم», «اليوم التالي» (Maghrebi «اليوم الموالي»), «در همان روز», «در آن روز», «روز بعد». Read in original or
 * normalised text alike (either yeh and kaf).
 */
const DAY_ANAPHORS: readonly (readonly [RegExp, number])[] = [
  [/(?:ف[يی]\s+)?(?:ال)?[يی]وم\s+(?:نفسه|ذاته)|(?:ف[يی]\s+)?(?:نفس|ذات)\s+ال[يی]وم|(?:ف[يی]\s+)?ذل[كک]\s+ال[يی]وم|(?:در\s+)?(?:همان|هم[يی]ن|آن)\s+روز(?![\u200C\s]*ها)/u, 0],
  // (not a count of days: «چند روز بعد», «سه روز بعد» are a span later, not the next day; «الموالي» is the Maghreb's «التالي»)
  [new RegExp(String.raw`(?:ف[يی]\s+)?(?:صباح\s+)?(?:ال)?[يی]وم\s+(?:التال[يی]|الموال[يی])|${UNCOUNTED}(?:در\s+)?روز\s+بعد(?![\u200C\s]*از)`, "u"), 1],
  [new RegExp(String.raw`(?:ف[يی]\s+)?(?:ال)?[يی]وم\s+السابق|${UNCOUNTED}(?:در\s+)?روز\s+قبل(?![\u200C\s]*از)`, "u"), -1],
];

/**
 * A Persian count of days later: «دو روز بعد، باکو کارکنان سفارت خود را … خارج کرد», «سه روز پس از آن» — that many
 * days after the day told before (not «چند روز بعد», a few days: no day).
 */
const COUNTED_DAYS_LATER_FA = /(?<![\p{L}\u200C])(دو|سه|چهار|پنج|شش|هفت|[0-9۰-۹]{1,2})\s+روز\s+(?:بعد|پس\s+از\s+آن)(?![\u200C\s]*از)/u;
const DAY_COUNT_FA: Readonly<Record<string, number>> = { دو: 2, سه: 3, چهار: 4, پنج: 5, شش: 6, هفت: 7 };

/** The first day anaphor of `text` (see `DAY_ANAPHORS`, `COUNTED_DAYS_LATER_FA`) and its shift in days, or undefined. */
export function findDayAnaphor(text: string): [RegExpExecArray, number] | undefined {
  // every phrase has «يوم» or «روز»: most sentences have neither, and need no expression run
  if (!text.includes("يوم") && !text.includes("یوم") && !text.includes("روز")) return undefined;
  for (const [re, shift] of DAY_ANAPHORS) {
    const m = re.exec(text);
    if (m) return [m, shift];
  }
  const counted = COUNTED_DAYS_LATER_FA.exec(text);
  if (counted) {
    const n = DAY_COUNT_FA[counted[1]!] ?? Number(asciiDigits(counted[1]!));
    if (n >= 1 && n <= 31) return [counted, n];
  }
  return undefined;
}

/**
 * «the same month», «the next month»: «خلال الشهر نفسه», «في ذات الشهر», «الشهر التالي», «در همان ماه»,
 * «ماه بعد» («همین ماه» is this month: not an anaphor).
 */
const MONTH_ANAPHORS: readonly (readonly [RegExp, number])[] = [
  [/(?:(?:ف[يی]|خلال)\s+)?(?:ال)?شهر\s+(?:نفسه|ذاته)|(?:(?:ف[يی]|خلال)\s+)?(?:نفس|ذات)\s+الشهر|(?:(?:در|طی)\s+)?همان\s+ماه(?![\u200C\s]*ها)/u, 0],
  [new RegExp(String.raw`(?:(?:ف[يی]|خلال)\s+)?الشهر\s+(?:التال[يی]|الموال[يی])|${UNCOUNTED}(?:(?:در|طی)\s+)?ماه\s+بعد(?![\u200C\s]*از)`, "u"), 1],
];

/** The first month anaphor of `text` (see `MONTH_ANAPHORS`) and its shift in months, or undefined. */
export function findMonthAnaphor(text: string): [RegExpExecArray, number] | undefined {
  if (!text.includes("شهر") && !text.includes("ماه")) return undefined;
  for (const [re, shift] of MONTH_ANAPHORS) {
    const m = re.exec(text);
    if (m) return [m, shift];
  }
  return undefined;
}

/** Whether normalised text ends in a finite verb, which a «که» after it follows as a complementiser, not a relative pronoun. */
export function endsInFiniteVerb(before: string): boolean {
  return VERBS_BEFORE_KE.has(before.trimEnd().split(" ").pop() ?? "");
}

/** Finite verbs that «که» follows as a complementiser («… انجام می‌شود که», «در حالی است که», «اعلام کرد که»). */
const VERBS_BEFORE_KE = new Set(
  [
    "است", "هست", "نیست", "بود", "بودند", "شد", "شدند", "شود", "شوند", "کرد", "کردند", "گفت", "گفتند", "افزود", "افزودند", "داشت", "دارد", "دارند",
    "باشد", "باشند", "اند", "می‌شود", "می‌شوند", "می‌کند", "می‌کنند", "می‌گوید", "می‌گویند", "می‌دهد", "می‌دهند", "می‌رسد", "می‌دانند", "می‌داند",
  ].map((w) => normalizeText(w)),
);
