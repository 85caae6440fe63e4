/** The words the event rules look for around a trigger, each list with the phrase it exists for. */
import type { Lang } from "../../../src/contract/schema.ts";
import { normalizeText } from "../../../src/text/normalize.ts";
import type { PrepRole } from "./types.ts";

const word = (s: string) => new Set(s.split(" ").map((w) => normalizeText(w)));

/** Preposition → role of the group it introduces. */
export const PREPOSITIONS: ReadonlyMap<string, PrepRole> = new Map([
  ...[...word("مع با بين همراه إلى الی به لدى نزد ضد على علیه تجاه نسبت از لصالح")].map((w) => [w, "target"] as const),
  ...[...word("في فی در داخل عن حول بشأن درباره دربارهی مورد بخصوص من خلال ضمن طی")].map((w) => [w, "other"] as const),
]);

/** Words that end a clause: complementisers and subordinators. */
export const CLAUSE_BREAKERS: Readonly<Record<Lang, RegExp>> = {
  ar: /[;:]|(?<![\p{L}])(?:ردا علی|عقب|بعد|قبل|اثر|حیث|فی حین|بینما|الذی|التی|الذین|کما|بعد ان|لکن|غیر ان|ان|انه|انها|انهم|انهما|وان|وانه|بان|بانه|بانها|معتبرا|مشیرا|مشددا|محذرا|قائلا|مضیفا)(?![\p{L}])/gu,
  fa: /[;:]|(?<![\p{L}])(?:که|زیرا|اما|ولی|در حالی که|چرا که)(?![\p{L}])/gu,
};

/** Anaphors that point back to the speaker or the speaker's state: «بلاده», «کشورمان», «إنه». */
export const SPEAKER_ANAPHORS = word("بلاده بلادها بلادنا نحن کشورمان کشورش ما انه بانه وانه انهم انهما");
export const SPEAKER_STATE_ANAPHORS = word("بلاده بلادها بلادنا کشورمان کشورش");

/** Impersonal speech verbs with no speaker: «يذكر أن», «يشار إلى». */
export const IMPERSONAL_SPEECH = word("یذکر ویذکر یشار ویشار یقال");

/** Words before a trigger that make it a call to stop it: «لوقف الهجمات», «پایان حمایت». */
export const CESSATION_CUES = word("وقف لوقف بوقف ووقف انهاء لانهاء پایان توقف لتوقف منع لمنع");

/** «منذ عام 2011», «از سال ۲۰۱۱»: the date starts a duration. */
export const SINCE = word("منذ ومنذ از");

/** Families whose act is mutual: an event even when the text names only the parties, not who acted. */
export const MUTUAL_FAMILIES = new Set(["meet", "talks", "phone", "press-conference", "summit", "agree", "accord", "sign", "cooperate-material", "intend-cooperate"]);

/**
 * Families whose verb takes an act noun as its content: «التهديدات … بشن ضربة» (the strike is only
 * threatened), «أدانت مصر الهجوم» (the attack is what is condemned), «طالب بوقف إطلاق النار».
 */
export const CONTENT_TAKERS = new Set(["threaten", "warn", "demand", "appeal", "ceasefire", "criticise", "accuse", "praise", "support"]);

/** Families whose «في / من X» is where the act goes: a visit's host, a withdrawal's country. */
export const PLACE_TARGET_FAMILIES = new Set(["visit", "withdraw"]);

/** Title words that may stand between a preposition and a name: «مع وزير الخارجية الإيراني». */
export const TITLE_WORD =
  /^(?:ال)?(?:وزیر|وزرا|خارجیه|خارجه|امور|دفاع|داخلیه|رئیس|رییس|روسا|نظیر|همتا|نائب|مساعد|سفیر|متحدث|ناطق|سخنگو|امین|عام|ملک|امیر|ولی|عهد|مرشد|اعلی|رهبر|وزارت|نخست|جمهور|معاون|حکومه|دوله|دولت|مسئول|مسوول)/;
