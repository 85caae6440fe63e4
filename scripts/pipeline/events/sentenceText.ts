/**
 * A sentence normalised once, with every view the event rules ask for derived from it: the words
 * of any span, the words before or after a trigger, a count of words between two offsets.
 *
 * Each helper returns exactly what `normalizeText` returns on the same slice of the sentence (the
 * rules were written that way), without normalising the slice again: normalisation is local to each
 * character except for the collapsing of white space, which only differs at the slice's first
 * character and disappears with the trim. So the normalised slice is the normalised sentence cut at
 * the mapped offsets, trimmed. A slice that would split a surrogate pair, or offsets outside the
 * sentence, fall back to normalising the slice itself.
 */
import type { Normalized } from "../../../src/text/normalize.ts";
import { normalizeText } from "../../../src/text/normalize.ts";
import { normalizeIndexed, normalizeSentence } from "../normalizeIndexed.ts";
import type { Sentence } from "../types.ts";

export interface SentenceText {
  readonly raw: string;
  /** Offset of the sentence in the article text. */
  readonly base: number;
  /** `normalizeWithMap(raw)`. */
  readonly norm: Normalized;
  /** For each offset of `raw` (0…length): the first index of `norm.text` that comes from it or later. */
  readonly normAt: Int32Array;
  /** The views below, computed on first use (many sentences never need them). */
  lazy?: {
    /** True at each index of `norm.text` that is a letter (`\p{L}`). */
    letter?: Uint8Array;
    /** `normalizeWithMap` of `raw` with every character that is not a letter, digit or space made a space; its offset index. */
    bare?: { readonly n: Normalized; readonly at: Int32Array };
  };
}

const NOT_WORD_CHAR = /[^\p{L}\p{N}\s]/gu;
const LETTER = /\p{L}/u;

/** Normalises a sentence once for every later view. */
export function sentenceText(sentence: Sentence): SentenceText {
  const raw = sentence.text;
  const { text, map, at } = normalizeSentence(raw);
  return { raw, base: sentence.start, norm: { text, map }, normAt: at };
}

/** Whether each UTF-16 unit is a letter (`\p{L}`), cached on first sight. */
const LETTER_UNIT = new Int8Array(0x10000).fill(-1);

function letterOf(st: SentenceText): Uint8Array {
  st.lazy ??= {};
  if (!st.lazy.letter) {
    const text = st.norm.text;
    const letter = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && text.charCodeAt(i + 1) >= 0xdc00 && text.charCodeAt(i + 1) <= 0xdfff) {
        // an astral letter (𝐀) makes its word a word as much as any
        letter[i] = letter[i + 1] = LETTER.test(text.slice(i, i + 2)) ? 1 : 0;
        i++;
        continue;
      }
      let l = LETTER_UNIT[c]!;
      if (l < 0) {
        l = LETTER.test(text[i]!) ? 1 : 0;
        LETTER_UNIT[c] = l;
      }
      letter[i] = l;
    }
    st.lazy.letter = letter;
  }
  return st.lazy.letter;
}

function bareOf(st: SentenceText): { readonly n: Normalized; readonly at: Int32Array } {
  st.lazy ??= {};
  if (!st.lazy.bare) {
    const { text, map, at } = normalizeIndexed(st.raw, true);
    st.lazy.bare = { n: { text, map }, at };
  }
  return st.lazy.bare;
}

/** `String.prototype.slice` bounds of `[a, b)` relative to the sentence, or undefined when the view cannot serve them. */
function bounds(st: SentenceText, a: number, b: number): [number, number] | undefined {
  const len = st.raw.length;
  const ra = a - st.base;
  const rb = b - st.base;
  if (!Number.isInteger(ra) || !Number.isInteger(rb) || ra < 0 || rb < 0) return undefined;
  const s = Math.min(ra, len);
  const e = Math.min(rb, len);
  if (s >= e) return [s, s];
  if (splitsPair(st.raw, s) || splitsPair(st.raw, e)) return undefined;
  return [s, e];
}

function splitsPair(raw: string, o: number): boolean {
  if (o <= 0 || o >= raw.length) return false;
  const hi = raw.charCodeAt(o - 1);
  const lo = raw.charCodeAt(o);
  return hi >= 0xd800 && hi <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff;
}

/** `normalizeText(raw.slice(a, b))`, offsets into the article. */
export function normSlice(st: SentenceText, a: number, b: number): string {
  const r = bounds(st, a, b);
  if (!r) return normalizeText(sliceOf(st, a, b));
  return r[0] >= r[1] ? "" : st.norm.text.slice(st.normAt[r[0]]!, st.normAt[r[1]]!).trim();
}

/** `normalizeText(raw.slice(a, b).replace(/[^\p{L}\p{N}\s]/gu, " "))`: the words of a span without punctuation. */
export function bareSlice(st: SentenceText, a: number, b: number): string {
  const r = bounds(st, a, b);
  if (!r) return normalizeText(sliceOf(st, a, b).replace(NOT_WORD_CHAR, " "));
  if (r[0] >= r[1]) return "";
  const bare = bareOf(st);
  return bare.n.text.slice(bare.at[r[0]]!, bare.at[r[1]]!).trim();
}

/** How many words holding a letter `normSlice(st, a, b)` has (digits and marks alone are not words). */
export function letterWordsBetween(st: SentenceText, a: number, b: number): number {
  const r = bounds(st, a, b);
  if (!r) {
    return normalizeText(sliceOf(st, a, b))
      .split(" ")
      .filter((w) => LETTER.test(w)).length;
  }
  if (r[0] >= r[1]) return 0;
  // normalised text has single spaces only; a word counts when any of its characters is a letter
  const text = st.norm.text;
  const letter = letterOf(st);
  const from = st.normAt[r[0]]!;
  const to = st.normAt[r[1]]!;
  let count = 0;
  let inWordWithLetter = false;
  for (let i = from; i < to; i++) {
    if (text.charCodeAt(i) === 0x20) {
      inWordWithLetter = false;
      continue;
    }
    if (!inWordWithLetter && letter[i] === 1) {
      count++;
      inWordWithLetter = true;
    }
  }
  return count;
}

function sliceOf(st: SentenceText, a: number, b: number): string {
  return st.raw.slice(a - st.base, b - st.base);
}
