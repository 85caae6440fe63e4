/**
 * Normalisation with an offset index, for the event stage's hot path: the shared rules of
 * `src/text/normalize.ts` (through `unitForm`), optionally with punctuation blanked, plus for each
 * input offset the first normalised index that comes from it or later.
 */
import { type Normalized, unitForm } from "../../src/text/normalize.ts";

/** Whether each BMP unit is a letter, digit or white space (`[\p{L}\p{N}\s]`): −1 not yet known. */
const WORD_OR_SPACE = new Int8Array(0x10000).fill(-1);
const WORD_OR_SPACE_RE = /^[\p{L}\p{N}\s]$/u;

function keepsUnit(code: number): boolean {
  let k = WORD_OR_SPACE[code]!;
  if (k < 0) {
    k = WORD_OR_SPACE_RE.test(String.fromCharCode(code)) ? 1 : 0;
    WORD_OR_SPACE[code] = k;
  }
  return k === 1;
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
  let out = "";
  const map: number[] = [];
  const at = new Int32Array(input.length + 1);
  let lastWasSpace = false;
  let keepNext = false;
  for (let i = 0; i < input.length; i++) {
    at[i] = map.length;
    const code = input.charCodeAt(i);
    let f: string;
    if (!blank || keepNext) {
      f = unitForm(code);
      keepNext = false;
    }
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < input.length && input.charCodeAt(i + 1) >= 0xdc00 && input.charCodeAt(i + 1) <= 0xdfff) {
      // a pair: kept or blanked as one code point
      const kept = WORD_OR_SPACE_RE.test(input.slice(i, i + 2));
      f = kept ? unitForm(code) : " ";
      keepNext = kept;
      if (!kept) {
        // both units blank: the second adds nothing after the first space
        if (!lastWasSpace) {
          out += " ";
          map.push(i);
          lastWasSpace = true;
        }
        at[i + 1] = map.length;
        i++;
        continue;
      }
    } else f = keepsUnit(code) ? unitForm(code) : " ";
    if (f.length === 1) {
      if (f === " ") {
        if (lastWasSpace) continue;
        lastWasSpace = true;
      } else lastWasSpace = false;
      out += f;
      map.push(i);
      continue;
    }
    if (f.length === 0) continue;
    for (const c of f) {
      out += c;
      map.push(i);
    }
    lastWasSpace = false;
  }
  at[input.length] = map.length;
  map.push(input.length);
  return { text: out, map, at };
}
