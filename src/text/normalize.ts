/**
 * Arabic/Persian normalisation for matching, shared by the build (actor and date recognition)
 * and the app (search). Every rule folds spellings that news text uses interchangeably; the
 * offset map lets a match in the normalised string point back to the original text.
 */

/** Single characters folded to one canonical form (why: each pair is written either way in real news). */
const FOLD: Readonly<Record<string, string>> = {
  // yeh: Arabic ي, alef maksura ى and Persian ی are one letter to a reader of either language
  "\u064A": "\u06CC",
  "\u0649": "\u06CC",
  "\u0626": "\u06CC", // ئ — hamza seat on yeh, often dropped (مسئول / مسيول)
  // kaf: Arabic ك and Persian ک
  "\u0643": "\u06A9",
  // alef with hamza above/below, madda, wasla → bare alef
  "\u0623": "\u0627",
  "\u0625": "\u0627",
  "\u0622": "\u0627",
  "\u0671": "\u0627",
  "\u0624": "\u0648", // ؤ → و
  // teh marbuta and heh variants → heh (تركية / ترکیه)
  "\u0629": "\u0647",
  "\u06C0": "\u0647",
  "\u06C1": "\u0647",
  "\u06BE": "\u0647",
  "\u06D5": "\u0647",
  // typographic quotes and guillemets → ASCII quotes
  "\u201C": '"',
  "\u201D": '"',
  "\u201E": '"',
  "\u00AB": '"',
  "\u00BB": '"',
  "\u2018": "'",
  "\u2019": "'",
  "\u201A": "'",
  // Arabic punctuation → Latin twins, so that one pattern serves both
  "\u060C": ",",
  "\u061B": ";",
  "\u061F": "?",
  "\u066B": ".",
  "\u066C": ",",
};

/** Characters dropped for matching: harakat, superscript alef, Quranic marks, tatweel, joiners, bidi controls. */
const DROP = /[\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/;

const SPACE = /[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]/;

/** The result of normalising: the folded string and, for each of its characters, the original offset. */
export interface Normalized {
  readonly text: string;
  /** `map[i]` is the offset in the original of normalised character `i`; `map[text.length]` is the original length. */
  readonly map: readonly number[];
}

/** Folds one character (already known not to be dropped). */
function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  // Arabic-Indic ٠-٩ and Persian ۰-۹ digits → ASCII
  if (code >= 0x0660 && code <= 0x0669) return String.fromCharCode(code - 0x0660 + 48);
  if (code >= 0x06f0 && code <= 0x06f9) return String.fromCharCode(code - 0x06f0 + 48);
  return FOLD[ch] ?? ch.toLowerCase();
}

/** The normal form of each UTF-16 unit alone ("" dropped, " " white space, else its folding), filled on first sight. */
const UNIT = new Array<string | undefined>(0x10000);

/** The normal form of one UTF-16 unit: "" when dropped, " " for white space, else its folding. */
export function unitForm(code: number): string {
  let f = UNIT[code];
  if (f === undefined) {
    const ch = String.fromCharCode(code);
    f = DROP.test(ch) ? "" : SPACE.test(ch) ? " " : foldChar(ch);
    UNIT[code] = f;
  }
  return f;
}

/**
 * Normalises `input` for matching: folds letter variants, digits and quotes, drops diacritics,
 * tatweel, zero-width and bidi characters, collapses white space to one space. Table-driven: the
 * build runs it over every article, so no regular expression runs per character.
 */
export function normalizeWithMap(input: string): Normalized {
  let out = "";
  const map: number[] = [];
  let lastWasSpace = false;
  for (let i = 0; i < input.length; i++) {
    const f = unitForm(input.charCodeAt(i));
    if (f.length === 0) continue;
    if (f === " ") {
      if (lastWasSpace) continue;
      lastWasSpace = true;
    } else lastWasSpace = false;
    for (const c of f) {
      out += c;
      map.push(i);
    }
  }
  map.push(input.length);
  return { text: out, map };
}

/** Normalises without keeping the offset map (lexicon entries, search queries). */
export function normalizeText(input: string): string {
  return normalizeWithMap(input).text.trim();
}

/** Maps a `[start, end)` span of the normalised text back to the original text. */
export function toOriginalSpan(n: Normalized, start: number, end: number): { start: number; end: number } {
  const s = n.map[start] ?? n.map[n.map.length - 1]!;
  // end is exclusive: take the original offset of the last included char, plus one
  const last = end > start ? n.map[end - 1]! + 1 : s;
  return { start: s, end: last };
}

/** Converts Arabic-Indic and Persian digits to ASCII, leaving everything else untouched. */
export function asciiDigits(s: string): string {
  return s.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => {
    const c = d.charCodeAt(0);
    return String.fromCharCode((c >= 0x06f0 ? c - 0x06f0 : c - 0x0660) + 48);
  });
}
