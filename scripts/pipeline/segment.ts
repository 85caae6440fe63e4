/**
 * Sentence segmentation for Arabic and Persian news: ends a sentence at . ! ? ؟ … followed by
 * space, a closing quote or the end; at a newline; never inside a number (2.5) or an ellipsis «(..)».
 * A run longer than `MAX_SENTENCE` characters (a page that lost its punctuation, a 200 KB line) is cut
 * at its last «،», «؛», «,» or « و» before the limit, else at a space, so every later stage stays
 * linear in the article.
 */
import type { Section } from "../../src/contract/schema.ts";
import type { Sentence } from "./types.ts";

const TERMINATORS = new Set([".", "!", "?", "\u061F", "\u06D4", "\u2026"].map((c) => c.charCodeAt(0)));
/** Whether each UTF-16 unit is one of `TERMINATORS`: a table read per character instead of a set lookup. */
const TERMINATOR_UNIT = new Uint8Array(0x10000);
for (const c of TERMINATORS) TERMINATOR_UNIT[c] = 1;
const CLOSERS = new Set(['"', "\u201D", "\u00BB", "'", "\u2019", ")", "]"].map((c) => c.charCodeAt(0)));
const DOT = 0x2e;
const NEWLINE = 0x0a;

/** Whether each UTF-16 unit is white space (`/\s/`): −1 not yet known. Codes, not one-character strings: those are allocated per Arabic letter. */
const SPACE_UNIT = new Int8Array(0x10000).fill(-1);

function isSpace(code: number): boolean {
  if (Number.isNaN(code)) return false;
  let k = SPACE_UNIT[code]!;
  if (k < 0) {
    k = /\s/.test(String.fromCharCode(code)) ? 1 : 0;
    SPACE_UNIT[code] = k;
  }
  return k === 1;
}

const isDigit = (code: number) => code >= 0x30 && code <= 0x39;

/** The longest sentence the stages are given; real sentences are far shorter (the seeds' longest: 322). */
export const MAX_SENTENCE = 2000;

/** Splits `text` into sentences inside each section; offsets point into `text`. */
export function segmentSentences(text: string, sections: readonly Section[]): Sentence[] {
  const out: Sentence[] = [];
  sections.forEach((section, index) => {
    let start = section.start;
    const push = (end: number) => {
      // trim white space on both sides, keep offsets exact
      let s = start;
      let e = end;
      while (s < e && isSpace(text.charCodeAt(s))) s++;
      while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
      if (e - s > MAX_SENTENCE) {
        for (const [a, b] of cutLong(text, s, e)) pushTrimmed(a, b);
        return;
      }
      if (e > s && /[\p{L}\p{N}]/u.test(text.slice(s, e))) out.push({ start: s, end: e, text: text.slice(s, e), section: index });
    };
    const pushTrimmed = (a: number, b: number) => {
      let s = a;
      let e = b;
      while (s < e && isSpace(text.charCodeAt(s))) s++;
      while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
      if (e > s && /[\p{L}\p{N}]/u.test(text.slice(s, e))) out.push({ start: s, end: e, text: text.slice(s, e), section: index });
    };
    for (let i = section.start; i < section.end; i++) {
      const ch = text.charCodeAt(i);
      if (ch === NEWLINE) {
        push(i);
        start = i + 1;
        continue;
      }
      if (TERMINATOR_UNIT[ch] !== 1) continue;
      // «2.5», «(..)», «...»: not an end
      if (ch === DOT && isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1))) continue;
      if (ch === DOT && (text.charCodeAt(i + 1) === DOT || text.charCodeAt(i - 1) === DOT)) continue;
      let j = i + 1;
      while (j < section.end && CLOSERS.has(text.charCodeAt(j))) j++;
      if (j >= section.end || isSpace(text.charCodeAt(j))) {
        push(j);
        start = j;
        i = j - 1;
      }
    }
    push(section.end);
  });
  return out;
}

/** Clause marks a long run is cut after: Arabic and Latin commas, the Arabic semicolon. */
const CLAUSE_MARKS = new Set(["\u060C", "\u061B", ","]);

/**
 * Cuts `[s, e)` into pieces of at most `MAX_SENTENCE` characters: after the last clause mark of each
 * window, else before its last « و» (a coordinated clause), else at its last white space, else at
 * the limit itself (never inside a surrogate pair).
 */
function cutLong(text: string, s: number, e: number): [number, number][] {
  const pieces: [number, number][] = [];
  let from = s;
  while (e - from > MAX_SENTENCE) {
    const limit = from + MAX_SENTENCE;
    let cut = -1;
    for (let k = limit - 1; k > from && cut < 0; k--) if (CLAUSE_MARKS.has(text[k]!)) cut = k + 1;
    for (let k = limit - 1; k > from && cut < 0; k--) if (text[k] === "\u0648" && /\s/.test(text[k - 1]!)) cut = k;
    for (let k = limit - 1; k > from && cut < 0; k--) if (/\s/.test(text[k]!)) cut = k;
    if (cut < 0) {
      cut = limit;
      const c = text.charCodeAt(cut - 1);
      if (c >= 0xd800 && c <= 0xdbff) cut--;
    }
    pieces.push([from, cut]);
    from = cut;
  }
  pieces.push([from, e]);
  return pieces;
}
