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
import { normalizeText, unitForm } from "../../../src/text/normalize.ts";
import { keepsUnit, normalizeSentence, unitCode, WORD_OR_SPACE_RE } from "../normalizeIndexed.ts";
import type { Sentence } from "../types.ts";
import type { PrepRole } from "./types.ts";

export interface SentenceText {
  readonly raw: string;
  /** Offset of the sentence in the article text. */
  readonly base: number;
  /** `normalizeWithMap(raw)`. */
  readonly norm: Normalized;
  /** For each offset of `raw` (0…length): the first index of `norm.text` that comes from it or later. */
  readonly normAt: Int32Array;
  /** Where the views below take their typed arrays (one article's sentences share it). */
  readonly arena?: ViewArena;
  /** The views below, computed on first use (many sentences never need them). */
  lazy?: {
    /**
     * `normalizeIndexed(raw, true)`: every character that is not a letter, digit or space made a
     * space; its offset index (no map) is `at[offset + i]`.
     */
    bare?: Bare;
    /** `prepositionBefore` by article offset (groups.ts). */
    prepositions?: Map<number, PrepRole | undefined>;
  };
}

/** The bare view of a sentence: its offset index lives in a block shared with other sentences. */
interface Bare {
  readonly text: string;
  readonly at: Int32Array;
  readonly offset: number;
}

const NOT_WORD_CHAR = /[^\p{L}\p{N}\s]/gu;
const LETTER = /\p{L}/u;

/** Normalises a sentence once for every later view; `arena` lends the views their typed arrays. */
export function sentenceText(sentence: Sentence, arena?: ViewArena): SentenceText {
  const raw = sentence.text;
  const { text, map, at } = normalizeSentence(raw);
  return { raw, base: sentence.start, norm: { text, map }, normAt: at, ...(arena ? { arena } : {}) };
}

/**
 * Room for the offset indices of one article's bare views: a typed array of more than a few
 * elements is allocated outside the heap, which cost more than filling it; one block serves many
 * sentences instead. Regions are handed out once and never reused.
 */
export interface ViewArena {
  ints: Int32Array;
  used: number;
}

export function createViewArena(): ViewArena {
  return { ints: new Int32Array(0), used: 0 };
}

const ARENA_BLOCK = 1 << 14;

/** A region of `n` ints: its block and offset (from the arena when there is one). */
function takeInts(arena: ViewArena | undefined, n: number): { readonly at: Int32Array; readonly offset: number } {
  if (!arena) return { at: new Int32Array(n), offset: 0 };
  if (arena.used + n > arena.ints.length) {
    arena.ints = new Int32Array(Math.max(n, ARENA_BLOCK));
    arena.used = 0;
  }
  arena.used += n;
  return { at: arena.ints, offset: arena.used - n };
}

/** Whether each UTF-16 unit is a letter (`\p{L}`), cached on first sight. */
const LETTER_UNIT = new Int8Array(0x10000).fill(-1);

/** Whether unit `i` of `text` is (part of) a letter: a surrogate pair is judged as one code point, a lone surrogate is none. */
function letterUnitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) {
    const lo = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
    return lo >= 0xdc00 && lo <= 0xdfff && LETTER.test(text.slice(i, i + 2));
  }
  if (c >= 0xdc00 && c <= 0xdfff) {
    const hi = i > 0 ? text.charCodeAt(i - 1) : 0;
    return hi >= 0xd800 && hi <= 0xdbff && LETTER.test(text.slice(i - 1, i + 1));
  }
  let l = LETTER_UNIT[c]!;
  if (l < 0) {
    l = LETTER.test(text[i]!) ? 1 : 0;
    LETTER_UNIT[c] = l;
  }
  return l === 1;
}

function bareOf(st: SentenceText): Bare {
  st.lazy ??= {};
  st.lazy.bare ??= bareIndexed(st.raw, st.arena);
  return st.lazy.bare;
}

/** Output units of `bareIndexed` (reused: it is synchronous). */
let units = new Uint16Array(1024);

/**
 * `normalizeIndexed(raw, true)` without its offset map (the bare view never maps back): the same
 * text and offset index, at a fraction of the cost (it ran once per sentence with an actor).
 */
function bareIndexed(raw: string, arena: ViewArena | undefined): Bare {
  const len = raw.length;
  const { at, offset } = takeInts(arena, len + 1);
  if (units.length < len + 16) units = new Uint16Array(len * 2 + 16);
  let n = 0;
  let lastWasSpace = false;
  let keepNext = false;
  for (let i = 0; i < len; i++) {
    at[offset + i] = n;
    const code = raw.charCodeAt(i);
    let u: number;
    if (keepNext) {
      u = unitCode(code);
      keepNext = false;
    } else if (code >= 0xd800 && code <= 0xdbff && i + 1 < len && raw.charCodeAt(i + 1) >= 0xdc00 && raw.charCodeAt(i + 1) <= 0xdfff) {
      // a pair: kept or blanked as one code point
      if (!WORD_OR_SPACE_RE.test(raw.slice(i, i + 2))) {
        if (!lastWasSpace) {
          units[n++] = 0x20;
          lastWasSpace = true;
        }
        at[offset + i + 1] = n;
        i++;
        continue;
      }
      u = unitCode(code);
      keepNext = true;
    } else u = keepsUnit(code) ? unitCode(code) : 0x20;
    if (u >= 0) {
      if (u === 0x20) {
        if (lastWasSpace) continue;
        lastWasSpace = true;
      } else lastWasSpace = false;
      units[n++] = u;
      continue;
    }
    if (u === -1) continue;
    // a form of several units (a lower-case expansion)
    const f = unitForm(code);
    if (units.length < n + f.length + (len - i) + 16) {
      const grown = new Uint16Array((n + f.length + (len - i)) * 2 + 16);
      grown.set(units.subarray(0, n));
      units = grown;
    }
    for (let k = 0; k < f.length; k++) units[n++] = f.charCodeAt(k);
    lastWasSpace = false;
  }
  at[offset + len] = n;
  return { text: Buffer.from(units.buffer, units.byteOffset, n * 2).toString("utf16le"), at, offset };
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
  if (!r) return normalizeText(rawSlice(st, a, b));
  return r[0] >= r[1] ? "" : st.norm.text.slice(st.normAt[r[0]]!, st.normAt[r[1]]!).trim();
}

/** `normalizeText(raw.slice(a, b).replace(/[^\p{L}\p{N}\s]/gu, " "))`: the words of a span without punctuation. */
export function bareSlice(st: SentenceText, a: number, b: number): string {
  const r = bounds(st, a, b);
  if (!r) return normalizeText(rawSlice(st, a, b).replace(NOT_WORD_CHAR, " "));
  if (r[0] >= r[1]) return "";
  const bare = bareOf(st);
  return bare.text.slice(bare.at[bare.offset + r[0]]!, bare.at[bare.offset + r[1]]!).trim();
}

/** How many words holding a letter `normSlice(st, a, b)` has (digits and marks alone are not words). */
export function letterWordsBetween(st: SentenceText, a: number, b: number): number {
  const r = bounds(st, a, b);
  if (!r) {
    return normalizeText(rawSlice(st, a, b))
      .split(" ")
      .filter((w) => LETTER.test(w)).length;
  }
  if (r[0] >= r[1]) return 0;
  // normalised text has single spaces only; a word counts when any of its characters is a letter
  const text = st.norm.text;
  const from = st.normAt[r[0]]!;
  const to = st.normAt[r[1]]!;
  let count = 0;
  let inWordWithLetter = false;
  for (let i = from; i < to; i++) {
    if (text.charCodeAt(i) === 0x20) {
      inWordWithLetter = false;
      continue;
    }
    if (!inWordWithLetter && letterUnitAt(text, i)) {
      count++;
      inWordWithLetter = true;
    }
  }
  return count;
}

/** The sentence's own text between two article offsets. */
export function rawSlice(st: SentenceText, a: number, b: number): string {
  return st.raw.slice(Math.max(0, a - st.base), Math.max(0, b - st.base));
}
