/**
 * Detect stage: is a text Arabic or Persian (or neither)? Persian is told from Arabic by the
 * letters Arabic does not use (پ چ ژ گ) and by frequent function words of each language.
 */
import type { Lang } from "../../src/contract/schema.ts";

export type LangGuess = { readonly lang: Lang; readonly confidence: number } | { readonly lang: null; readonly reason: string };

/** Frequent Persian words that are not Arabic words (است "is", را object marker, که "that", می verb prefix…). */
const PERSIAN_WORDS = new Set(["است", "را", "که", "این", "آن", "می", "های", "شد", "کرد", "برای", "با", "تا", "هم", "خود", "اما", "نیز", "باید"]);
/** Frequent Arabic words that are not Persian words. */
const ARABIC_WORDS = new Set(["في", "من", "على", "إلى", "الى", "التي", "الذي", "أن", "إن", "عن", "مع", "هذا", "هذه", "كان", "قد", "لم", "وقال", "قال"]);
/**
 * The words by `wordKey`, valued length × 4 + language (1 Persian, 2 Arabic). Every unit of them is
 * in U+0600–06FF, so a run of at most four such units keys as an integer, read as the run goes
 * instead of cutting out each short word.
 */
const LONGEST_WORD = 4;
const WORD_KEYS = new Map<number, number>();
for (const [words, lang] of [
  [PERSIAN_WORDS, 1],
  [ARABIC_WORDS, 2],
] as const) {
  for (const w of words) {
    if (w.length > LONGEST_WORD || !/^[\u0601-\u06FF]+$/.test(w) || WORD_KEYS.has(wordKey(w))) throw new Error(`detect: frequent word «${w}» cannot be keyed`);
    WORD_KEYS.set(wordKey(w), w.length * 4 + lang);
  }
}

/** The language of the frequent word a run of U+0600–06FF units is (1 Persian, 2 Arabic), or 0. */
function frequentWord(key: number, length: number): number {
  if (length < 1 || length > LONGEST_WORD) return 0;
  const v = WORD_KEYS.get(key);
  return v !== undefined && v >> 2 === length ? v & 3 : 0;
}

function wordKey(w: string): number {
  let key = 0;
  for (let i = 0; i < w.length; i++) key = (key << 8) | (w.charCodeAt(i) - 0x600);
  return key;
}

/** Guesses the language of a text; `null` when it has too little Arabic script to be either. */
export function detectLanguage(text: string): LangGuess {
  const sample = text.slice(0, 20000);
  const { letters, arabicScript, persianLetters, tehMarbuta, persianWords, arabicWords } = countScript(sample);
  if (letters === 0) return { lang: null, reason: "no letters in the text" };
  if (arabicScript / letters < 0.3) return { lang: null, reason: `not Arabic or Persian (${arabicScript} Arabic-script letters of ${letters})` };
  // (a headline alone cannot be told apart: too few of the letters and words that tell the languages apart)
  if (arabicScript < 40) return { lang: null, reason: `too short to analyse (${arabicScript} Arabic-script letters; at least 40)` };
  const fa = persianLetters * 2 + persianWords * 3;
  const ar = arabicWords * 3 + tehMarbuta;
  const total = fa + ar || 1;
  return fa > ar ? { lang: "fa", confidence: fa / total } : { lang: "ar", confidence: ar / total };
}

/** Whether each BMP unit is a letter (`\p{L}`): −1 not yet known. */
const LETTER_UNIT = new Int8Array(0x10000).fill(-1);
const LETTER = /^\p{L}$/u;

/** Whether each BMP unit is white space (`/\s/`, unit by unit): −1 not yet known. */
const SPACE_UNIT = new Int8Array(0x10000).fill(-1);

function isSpaceUnit(c: number): boolean {
  let k = SPACE_UNIT[c]!;
  if (k < 0) {
    k = /\s/.test(String.fromCharCode(c)) ? 1 : 0;
    SPACE_UNIT[c] = k;
  }
  return k === 1;
}

/**
 * One pass over the sample: letters (`/\p{L}/gu`, by code point), Arabic-script units (U+0600–06FF,
 * 0750–077F, FB50–FDFF, FE70–FEFF), the Persian letters and «ة», and the runs between white space
 * that are one of the frequent words (what `/(?:^|\s)(?:است|را|…)(?=\s|$)/g` counts, without it).
 */
function countScript(sample: string): {
  letters: number;
  arabicScript: number;
  persianLetters: number;
  tehMarbuta: number;
  persianWords: number;
  arabicWords: number;
} {
  let letters = 0;
  let arabicScript = 0;
  let persianLetters = 0;
  let tehMarbuta = 0;
  let persianWords = 0;
  let arabicWords = 0;
  // the current run between white space: its length, whether its first units are all U+0600–06FF, and their key
  let runLength = 0;
  let runArabic = true;
  let runKey = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    // (U+FEFF is white space and an Arabic-script unit too: counted below as well)
    if (isSpaceUnit(c)) {
      const lang = runArabic ? frequentWord(runKey, runLength) : 0;
      if (lang === 1) persianWords++;
      else if (lang === 2) arabicWords++;
      runLength = 0;
      runArabic = true;
      runKey = 0;
    } else if (++runLength <= LONGEST_WORD) {
      if (c >= 0x0600 && c <= 0x06ff) runKey = (runKey << 8) | (c - 0x600);
      else runArabic = false;
    }
    if ((c >= 0x0600 && c <= 0x06ff) || (c >= 0x0750 && c <= 0x077f) || (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff)) {
      arabicScript++;
      // letters only Persian (and other Perso-Arabic scripts) use: پ چ ژ گ
      if (c === 0x067e || c === 0x0686 || c === 0x0698 || c === 0x06af) persianLetters++;
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
  const lang = runArabic ? frequentWord(runKey, runLength) : 0;
  if (lang === 1) persianWords++;
  else if (lang === 2) arabicWords++;
  return { letters, arabicScript, persianLetters, tehMarbuta, persianWords, arabicWords };
}
