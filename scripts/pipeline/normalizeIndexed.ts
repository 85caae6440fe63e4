/**
 * Normalisation for the build's hot paths, with exactly the results of `src/text/normalize.ts`
 * (the shared rules, through `unitForm`): `normalizeFast` is `normalizeWithMap`, `normalizeTextFast`
 * is `normalizeText`, and `normalizeIndexed` adds, optionally with punctuation blanked, for each
 * input offset the first normalised index that comes from it or later. They write UTF-16 units into
 * a reused buffer and make one string at the end, instead of concatenating a string per character.
 */
import { type Normalized, unitForm } from "../../src/text/normalize.ts";

/** Whether each BMP unit is a letter, digit or white space (`[\p{L}\p{N}\s]`): −1 not yet known. */
const WORD_OR_SPACE = new Int8Array(0x10000).fill(-1);
export const WORD_OR_SPACE_RE = /^[\p{L}\p{N}\s]$/u;

export function keepsUnit(code: number): boolean {
  let k = WORD_OR_SPACE[code]!;
  if (k < 0) {
    k = WORD_OR_SPACE_RE.test(String.fromCharCode(code)) ? 1 : 0;
    WORD_OR_SPACE[code] = k;
  }
  return k === 1;
}

const UNKNOWN = -3;
const MANY = -2;
const DROPPED = -1;
const SPACE = 0x20;

/** `unitForm(code)` as one unit: its code, `DROPPED` for "", `MANY` for a longer form; `UNKNOWN` not yet asked. */
const UNIT_CODE = new Int32Array(0x10000).fill(UNKNOWN);

export function unitCode(code: number): number {
  let u = UNIT_CODE[code]!;
  if (u === UNKNOWN) {
    const f = unitForm(code);
    u = f.length === 0 ? DROPPED : f.length === 1 ? f.charCodeAt(0) : MANY;
    UNIT_CODE[code] = u;
  }
  return u;
}

/** The output units of the current call (reused: normalisation is synchronous). */
let units = new Uint16Array(4096);
/** A Buffer over `units`, made once per growth: a Buffer per call costs more than the decoding of a sentence. */
let unitBytes = Buffer.from(units.buffer);

function reserve(n: number): void {
  if (units.length >= n) return;
  const grown = new Uint16Array(Math.max(n, units.length * 2));
  grown.set(units);
  units = grown;
  unitBytes = Buffer.from(units.buffer);
}

/** The first `n` units as a string (UTF-16LE bytes decoded by Node: lone surrogates are kept as they are). */
function unitsToString(n: number): string {
  return unitBytes.toString("utf16le", 0, n * 2);
}

/** A normalisation with, for each offset of the input (0…length), the first normalised index that comes from it or later. */
export interface IndexedNormalized extends Normalized {
  readonly at: Int32Array;
}

/**
 * `normalizeWithMap(input)`, or with `blank` `normalizeWithMap(input.replace(/[^\p{L}\p{N}\s]/gu, " "))`
 * with offsets kept (a blanked surrogate pair counts as two spaces, which collapse into one), plus the
 * offset index.
 */
export function normalizeIndexed(input: string, blank: boolean): IndexedNormalized {
  const at = new Int32Array(input.length + 1);
  const { text, map } = run(input, blank, at);
  return { text, map, at };
}

/**
 * Recent sentence normalisations, by text: the dates and the events stages normalise the same
 * sentences of an article one after the other. Bounded by the characters it holds; the results are
 * never mutated by their readers.
 */
const RECENT = new Map<string, IndexedNormalized>();
const RECENT_MAX_CHARS = 1 << 19;
const RECENT_MAX_INPUT = 1 << 12;
let recentChars = 0;

/** `normalizeIndexed(input, false)`, shared with the last stage that asked for the same text. */
export function normalizeSentence(input: string): IndexedNormalized {
  let r = RECENT.get(input);
  if (r) return r;
  r = normalizeIndexed(input, false);
  if (input.length > RECENT_MAX_INPUT) return r;
  if (recentChars + input.length > RECENT_MAX_CHARS) {
    RECENT.clear();
    recentChars = 0;
  }
  RECENT.set(input, r);
  recentChars += input.length;
  return r;
}

/** The last text given to `normalizeFast` and its result: the publisher masking and the actor stage normalise the same article. */
let lastInput: string | undefined;
let lastResult: Normalized | undefined;

/** `normalizeWithMap(input)` of `src/text/normalize.ts`, the same text and map (never mutated by its readers). */
export function normalizeFast(input: string): Normalized {
  if (input === lastInput && lastResult) return lastResult;
  const r = run(input, false, undefined);
  lastInput = input;
  lastResult = r;
  return r;
}

/** `normalizeText(input)` of `src/text/normalize.ts`. */
export function normalizeTextFast(input: string): string {
  return run(input, false, undefined).text.trim();
}

/** `unitCode`, or `SPACE` for a unit blanked (`keepsUnit` false), with `blank`: one table read per character. */
const BLANK_CODE = new Int32Array(0x10000).fill(UNKNOWN);

function blankCode(code: number): number {
  let u = BLANK_CODE[code]!;
  if (u === UNKNOWN) {
    u = keepsUnit(code) ? unitCode(code) : SPACE;
    BLANK_CODE[code] = u;
  }
  return u;
}

/** The longest map made at its full size up front (a longer one grows by appends: a huge `new Array` is a slow dictionary). */
const MAP_PRESIZE = 1 << 15;

function run(input: string, blank: boolean, at: Int32Array | undefined): Normalized {
  const len = input.length;
  reserve(len + 16);
  // locals, not module state, in the loop: one table read and one write per character
  let out = units;
  let n = 0;
  let m = 0;
  // sized once (truncated at the end): no copies while it grows
  const map: number[] = new Array(Math.min(len + 1, MAP_PRESIZE));
  let lastWasSpace = false;
  let keepNext = false;
  for (let i = 0; i < len; i++) {
    if (at !== undefined) at[i] = n;
    const code = input.charCodeAt(i);
    let u: number;
    if (!blank || keepNext) {
      u = unitCode(code);
      keepNext = false;
    } else if (code < 0xd800 || code > 0xdbff || i + 1 >= len || input.charCodeAt(i + 1) < 0xdc00 || input.charCodeAt(i + 1) > 0xdfff) {
      u = blankCode(code);
    } else if (WORD_OR_SPACE_RE.test(input.slice(i, i + 2))) {
      // a pair kept as one code point: both units as they are
      u = unitCode(code);
      keepNext = true;
    } else {
      // a pair blanked as one code point: both units blank, the second adds nothing after the first space
      if (!lastWasSpace) {
        out[n++] = SPACE;
        map[m++] = i;
        lastWasSpace = true;
      }
      if (at !== undefined) at[i + 1] = n;
      i++;
      continue;
    }
    if (u >= 0) {
      if (u === SPACE) {
        if (lastWasSpace) continue;
        lastWasSpace = true;
      } else lastWasSpace = false;
      out[n++] = u;
      map[m++] = i;
      continue;
    }
    if (u === DROPPED) continue;
    // a form of several units (a lower-case expansion): one map entry per code point, as `normalizeWithMap`
    const f = unitForm(code);
    reserve(n + f.length + (len - i) + 16);
    out = units;
    for (const c of f) {
      for (let k = 0; k < c.length; k++) out[n++] = c.charCodeAt(k);
      map[m++] = i;
    }
    lastWasSpace = false;
  }
  if (at !== undefined) at[len] = n;
  map[m++] = len;
  map.length = m;
  return { text: unitsToString(n), map };
}
