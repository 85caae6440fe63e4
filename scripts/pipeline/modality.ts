/**
 * Modality of an event trigger: did it happen (`reported`), is it only announced (`planned`),
 * wished (`hoped`), denied (`denied`) or conditional (`conditional`)? Decided from cue words in
 * the few words before the trigger (normalised text) and from what the trigger's own verb form
 * carries (future «سـ / خواهد», negation «نـ / نمی», Persian subjunctive «برگزار کنیم»).
 */
import type { Lang, Modality } from "../../src/contract/schema.ts";
import { normalizeText } from "../../src/text/normalize.ts";
import { firstWords, lastWords } from "./events/words.ts";

/** What the matched verb form itself says about modality. */
export interface VerbFlags {
  /** «سيلتقي», «خواهد کرد». */
  readonly future: boolean;
  /** «نکرد», «نمی کند». */
  readonly negated: boolean;
  /** Persian bare present «برگزار کنیم»: an intention after «توافق کردیم», «قرار است». */
  readonly subjunctive: boolean;
  /**
   * An Arabic verb in the perfect («زار», «قصفت»): «قد» before it then says that it happened
   * («وكان … قد زار», "had visited"), not that it may («قد يزور»). Absent: not known.
   */
  readonly perfect?: boolean;
}

export interface ModalityInput {
  readonly lang: Lang;
  /** Normalised sentence text before the trigger. */
  readonly before: string;
  /** Normalised sentence text after the trigger. */
  readonly after: string;
  readonly flags: VerbFlags;
  /** Verbs carry their own tense; only a noun takes «المرتقب / بعدی» after it as a plan. */
  readonly verbal: boolean;
}

const cue = (words: readonly string[]) => words.map((w) => normalizeText(w));

/** Particles that negate the verb right after them: «لم يلتقِ», «لن يُعقد», «لا يدعم». */
const NEGATION_PARTICLES = new Set(cue(["لم", "لن", "لا", "ولم", "ولن", "ولا", "فلم", "فلن", "ما", "لیس"]));
/** Denial verbs anywhere before the trigger in the sentence: «نفى أن يكون التقى», «تکذیب کرد». */
const DENIAL_CUES = cue(["نفى", "ينفي", "نفت", "تنفي", "نفي", "كذب", "تكذيب", "تکذیب", "رد کرد", "رد کرده", "عار من الصحة"]);
/** Conditions and hedges: «في حال», «إذا», «اگر», «در صورت», «لا يستبعد», «أي هجوم». */
const CONDITIONAL_CUES = cue([
  "في حال", "إذا", "اذا", "لو", "إن تم", "اگر", "در صورت", "چنانچه", "لا يستبعد", "لا تستبعد", "ربما", "من الممكن",
  "يمكن أن", "ممکن است", "احتمال", "احتمالا",
]);
/**
 * Hedges that bind only the word right after them: «قد يلتقي», «أي هجوم», «هر گونه حمله». Each language its own:
 * «أي» is normalised to «ای», which in Persian is an adjective's suffix set apart («رسانه‌ای», «منطقه‌ای»), no hedge.
 */
const CONDITIONAL_IMMEDIATE: Readonly<Record<Lang, readonly string[]>> = { ar: cue(["قد", "وقد", "أي", "لأي"]), fa: cue(["هر گونه", "هرگونه"]) };
/** Of those, the particle that hedges only a verb in the imperfect («قد يلتقي»; «قد التقى» happened). */
const MAY = new Set(cue(["قد", "وقد"]));
/** Hopes and wishes: «أعرب عن أمله», «نأمل», «امیدواریم». */
const HOPE_CUES = cue([
  "أمله", "أملها", "آمال", "نأمل", "يأمل", "تأمل", "آمل", "نتطلع", "يتطلع", "تطلعه", "نتمنى", "يتمنى", "امیدوار",
  "امیدواریم", "امیدوارم", "امیدواری",
]);
/** Plans and announcements: «من المقرر», «سوف», «يعتزم», «قرار است», «در نظر دارد». */
const PLAN_CUES = cue([
  "من المقرر", "المقرر", "مقرر", "سوف", "يعتزم", "تعتزم", "نعتزم", "ينوي", "تنوي", "يستعد", "تستعد", "مرتقب", "المرتقب",
  "غدا", "قرار است", "قرار شد", "در نظر دارد", "برنامه ریزی", "فردا", "سيتم", "سیتم",
  // expected: «من المتوقع أن يزور», «يتوقع أن تعقد», «پیش بینی می شود»
  "المتوقع", "يتوقع", "يُتوقع", "ويتوقع", "متوقع", "پیش‌بینی می‌شود",
]);
/** Words right after a noun trigger that make it a future one: «الاجتماع المرتقب», «جلسه بعدی». */
const PLAN_AFTER = cue(["المرتقب", "المرتقبة", "المقبل", "المقبلة", "القادم", "القادمة", "بعدی", "آتی", "آینده"]);

/** How many words before the trigger a conditional, hope or plan cue may stand. */
const CUE_WINDOW = 8;

/** Decides the modality of one trigger; precedence denied > conditional > hoped > planned > reported. */
export function detectModality(input: ModalityInput): Modality {
  // the rules below read at most the last `CUE_WINDOW` words: the rest of the sentence is not split
  const words = lastWords(input.before, CUE_WINDOW);
  const window = words.join(" ");
  const last = words[words.length - 1] ?? "";

  // «لم يلتقِ», «لن تسمح باستخدام أراضيها في هجوم»: a negation a few words back still governs
  if (/(?:^| )(?:لا|لم) [یتن]?ستبعد/.test(window)) return "conditional";
  if (input.flags.negated || words.slice(-5).some((w) => NEGATION_PARTICLES.has(w) && w !== "ما")) return "denied";
  if (someCue(input.before, DENIAL_CUES)) return "denied";
  if (someCue(window, CONDITIONAL_CUES)) return "conditional";
  const lastTwo = words.slice(-2).join(" ");
  if (CONDITIONAL_IMMEDIATE[input.lang].some((c) => c === last || c === lastTwo) && !(input.flags.perfect && MAY.has(last))) return "conditional";
  if (someCue(input.before, HOPE_CUES)) return "hoped";
  if (input.flags.future || input.flags.subjunctive) return "planned";
  if (someCue(window, PLAN_CUES)) return "planned";
  if (!input.verbal && firstWords(input.after, 2).some((w) => PLAN_AFTER.includes(w))) return "planned";
  return "reported";
}

/** Each cue list as one expression matching any of its cues as a substring. */
const ANY_CUE = new Map<readonly string[], RegExp>();

/** `cues.some((c) => containsPhrase(text, c))`, after one search for any of them instead of one per cue (most texts hold none). */
function someCue(text: string, cues: readonly string[]): boolean {
  let any = ANY_CUE.get(cues);
  if (!any) {
    const literals = cues.filter((c) => c.length > 0).map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
    any = literals.length > 0 ? new RegExp(literals.join("|")) : /(?!)/;
    ANY_CUE.set(cues, any);
  }
  return any.test(text) && cues.some((c) => containsPhrase(text, c));
}

/** True when `phrase` occurs in `text` as whole words, allowing the clitics و ف ب ل before it. */
function containsPhrase(text: string, phrase: string): boolean {
  if (phrase.length === 0) return false;
  // a cheap necessary condition first: most cues are absent from most sentences
  if (!text.includes(phrase)) return false;
  return phrasePattern(phrase).test(text);
}

/** Cue patterns, compiled once per cue (the cue lists are fixed). */
const PHRASE_PATTERNS = new Map<string, RegExp>();

function phrasePattern(phrase: string): RegExp {
  let re = PHRASE_PATTERNS.get(phrase);
  if (!re) {
    const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    re = new RegExp(`(?<![\\p{L}])(?:[وفبل])?${escaped}(?![\\p{L}])`, "u");
    PHRASE_PATTERNS.set(phrase, re);
  }
  return re;
}
