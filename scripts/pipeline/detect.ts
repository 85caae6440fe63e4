/**
 * Detect stage: is a text Arabic or Persian (or neither)? Persian is told from Arabic by the
 * letters Arabic does not use (پ چ ژ گ) and by frequent function words of each language.
 */
import type { Lang } from "../../src/contract/schema.ts";

export type LangGuess = { readonly lang: Lang; readonly confidence: number } | { readonly lang: null; readonly reason: string };

/** Letters only Persian (and other Perso-Arabic scripts) use: پ چ ژ گ. */
const PERSIAN_LETTERS = new Set([0x067e, 0x0686, 0x0698, 0x06af]);
/** Frequent Persian words that are not Arabic words (است "is", را object marker, که "that", می verb prefix…). */
const PERSIAN_WORDS = /(?:^|\s)(?:است|را|که|این|آن|می|های|شد|کرد|برای|با|تا|هم|خود|اما|نیز|باید)(?=\s|$)/g;
/** Frequent Arabic words that are not Persian words. */
const ARABIC_WORDS = /(?:^|\s)(?:في|من|على|إلى|الى|التي|الذي|أن|إن|عن|مع|هذا|هذه|كان|قد|لم|وقال|قال)(?=\s|$)/g;

/** Guesses the language of a text; `null` when it has too little Arabic script to be either. */
export function detectLanguage(text: string): LangGuess {
  const sample = text.slice(0, 20000);
  const { letters, arabicScript, persianLetters, tehMarbuta } = countScript(sample);
  if (letters === 0) return { lang: null, reason: "no letters in the text" };
  if (arabicScript < 40 || arabicScript / letters < 0.3) {
    return { lang: null, reason: `not Arabic or Persian (${arabicScript} Arabic-script letters of ${letters})` };
  }
  const fa = persianLetters * 2 + countMatches(sample, PERSIAN_WORDS) * 3;
  const ar = countMatches(sample, ARABIC_WORDS) * 3 + tehMarbuta;
  const total = fa + ar || 1;
  return fa > ar ? { lang: "fa", confidence: fa / total } : { lang: "ar", confidence: ar / total };
}

/** Whether each BMP unit is a letter (`\p{L}`): −1 not yet known. */
const LETTER_UNIT = new Int8Array(0x10000).fill(-1);
const LETTER = /^\p{L}$/u;

/**
 * One pass over the sample: letters (`/\p{L}/gu`, by code point), Arabic-script units (U+0600–06FF,
 * 0750–077F, FB50–FDFF, FE70–FEFF), the Persian letters and «ة».
 */
function countScript(sample: string): { letters: number; arabicScript: number; persianLetters: number; tehMarbuta: number } {
  let letters = 0;
  let arabicScript = 0;
  let persianLetters = 0;
  let tehMarbuta = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c >= 0x0600 && c <= 0x06ff) || (c >= 0x0750 && c <= 0x077f) || (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff)) {
      arabicScript++;
      if (PERSIAN_LETTERS.has(c)) persianLetters++;
      else if (c === 0x0629) tehMarbuta++;
    }
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < sample.length) {
      const d = sample.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        if (LETTER.test(sample.slice(i, i + 2))) letters++;
        i++;
        continue;
      }
    }
    let l = LETTER_UNIT[c]!;
    if (l < 0) {
      l = LETTER.test(String.fromCharCode(c)) ? 1 : 0;
      LETTER_UNIT[c] = l;
    }
    letters += l;
  }
  return { letters, arabicScript, persianLetters, tehMarbuta };
}

/** `text.match(re)?.length ?? 0` for a global pattern, without collecting the matches. */
function countMatches(text: string, re: RegExp): number {
  let count = 0;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    count++;
    if (m[0].length === 0) re.lastIndex++;
  }
  re.lastIndex = 0;
  return count;
}
