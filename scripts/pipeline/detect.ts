/**
 * Detect stage: is a text Arabic or Persian (or neither)? Persian is told from Arabic by the
 * letters Arabic does not use (پ چ ژ گ) and by frequent function words of each language.
 */
import type { Lang } from "../../src/contract/schema.ts";

export type LangGuess = { readonly lang: Lang; readonly confidence: number } | { readonly lang: null; readonly reason: string };

/** Letters only Persian (and other Perso-Arabic scripts) use. */
const PERSIAN_LETTERS = /[پچژگ]/g;
/** Frequent Persian words that are not Arabic words (است "is", را object marker, که "that", می verb prefix…). */
const PERSIAN_WORDS = /(?:^|\s)(?:است|را|که|این|آن|می|های|شد|کرد|برای|با|تا|هم|خود|اما|نیز|باید)(?=\s|$)/g;
/** Frequent Arabic words that are not Persian words. */
const ARABIC_WORDS = /(?:^|\s)(?:في|من|على|إلى|الى|التي|الذي|أن|إن|عن|مع|هذا|هذه|كان|قد|لم|وقال|قال)(?=\s|$)/g;

/** Guesses the language of a text; `null` when it has too little Arabic script to be either. */
export function detectLanguage(text: string): LangGuess {
  const sample = text.slice(0, 20000);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  const arabicScript = sample.match(/[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/g)?.length ?? 0;
  if (letters === 0) return { lang: null, reason: "no letters in the text" };
  if (arabicScript < 40 || arabicScript / letters < 0.3) {
    return { lang: null, reason: `not Arabic or Persian (${arabicScript} Arabic-script letters of ${letters})` };
  }
  const fa = (sample.match(PERSIAN_LETTERS)?.length ?? 0) * 2 + (sample.match(PERSIAN_WORDS)?.length ?? 0) * 3;
  const ar = (sample.match(ARABIC_WORDS)?.length ?? 0) * 3 + (sample.match(/ة/g)?.length ?? 0);
  const total = fa + ar || 1;
  return fa > ar ? { lang: "fa", confidence: fa / total } : { lang: "ar", confidence: ar / total };
}
