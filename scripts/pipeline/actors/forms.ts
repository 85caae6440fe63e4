/**
 * The matching machinery: gazetteer forms and title/pseudo forms indexed by first word, tokens with
 * a light clitic splitter (Arabic proclitics, Persian suffixes), hits of forms over the tokens, and
 * the longest-match selection.
 */
import { type Normalized, normalizeText } from "../../../src/text/normalize.ts";
import { COUNTERPART_WORDS, GENERIC_MINISTER_WORDS, HONORIFICS, OUR_COUNTRY_WORDS, type RoleKey, TITLES, type TitleSyntax } from "../../lexicon/titles.ts";
import type { FormVia, Gazetteer, Lang } from "../gazetteer.ts";
// ---------------------------------------------------------------------------------------------
// index

export type PseudoKind = "title" | "counterpart" | "generic-minister" | "honorific" | "our-country" | "oman" | "dushanbe" | "mali";

export interface MatchForm {
  readonly words: readonly string[];
  readonly lang: Lang;
  readonly actorId: string;
  readonly via: FormVia | PseudoKind;
  readonly placeId?: string;
  readonly cueOnly?: boolean;
  readonly role?: RoleKey;
  readonly syntax?: TitleSyntax;
  readonly plural?: boolean;
  readonly defaultCountry?: string;
  /** Country the title names when nothing qualifies it (Persian singular titles: see `TitleEntry.bareCountryFa`). */
  readonly bareCountry?: string;
  /** Normalised single-string form, for guards. */
  readonly key: string;
}

export type Index = ReadonlyMap<string, readonly MatchForm[]>;

export const words = (s: string): string[] => normalizeText(s).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);

export function buildIndex(forms: Gazetteer["forms"]): Index {
  const all: MatchForm[] = forms.map((f) => ({
    words: words(f.text),
    lang: f.lang,
    actorId: f.actorId,
    via: f.via,
    key: words(f.text).join(" "),
    ...(f.placeId ? { placeId: f.placeId } : {}),
    ...(f.cueOnly ? { cueOnly: true } : {}),
  }));
  const pseudo = (lang: Lang, text: string, via: PseudoKind, extra: Partial<MatchForm> = {}): MatchForm => ({
    words: words(text),
    lang,
    actorId: "",
    via,
    key: words(text).join(" "),
    ...extra,
  });
  for (const t of TITLES) {
    for (const lang of ["ar", "fa"] as const) {
      for (const f of t[lang]) {
        const bare = lang === "fa" && f.plural !== true ? t.bareCountryFa : undefined;
        all.push(pseudo(lang, f.text, "title", { role: t.role, syntax: f.syntax, plural: f.plural === true, ...(t.defaultCountry ? { defaultCountry: t.defaultCountry } : {}), ...(bare ? { bareCountry: bare } : {}) }));
      }
    }
  }
  for (const lang of ["ar", "fa"] as const) {
    for (const w of COUNTERPART_WORDS[lang]) all.push(pseudo(lang, w, "counterpart"));
    for (const w of GENERIC_MINISTER_WORDS[lang]) all.push(pseudo(lang, w, "generic-minister"));
    for (const w of HONORIFICS[lang]) all.push(pseudo(lang, w, "honorific"));
  }
  for (const [w, iso] of Object.entries(OUR_COUNTRY_WORDS.fa)) all.push(pseudo("fa", w, "our-country", { actorId: iso }));
  // Arabic «عمان»: Oman or Amman (عمّان) — decided on the original spelling, see `omanOrAmman`
  all.push(pseudo("ar", "عمان", "oman", { actorId: "OMN" }));
  // Persian «دوشنبه»: Dushanbe or Monday — decided on the words around it, see `dushanbeIsCity`
  all.push(pseudo("fa", "دوشنبه", "dushanbe", { actorId: "dushanbe" }));
  // Arabic «مالي»: Mali or «financial» — decided on the word before it, see `maliIsState`
  all.push(pseudo("ar", "مالي", "mali", { actorId: "MLI" }));
  return extendIndex(new Map(), all);
}

export function extendIndex(index: Index, forms: readonly MatchForm[]): Index {
  const out = new Map<string, MatchForm[]>();
  for (const [k, v] of index) out.set(k, [...v]);
  for (const f of forms) {
    const head = f.words[0];
    if (head === undefined) continue;
    const list = out.get(head) ?? [];
    list.push(f);
    out.set(head, list);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// tokens and clitics

export interface Token {
  /** Normalised offsets. */
  readonly s: number;
  readonly e: number;
  readonly w: string;
}

export interface Variant {
  readonly w: string;
  /** Characters stripped at the start (proclitics) and at the end (suffixes). */
  readonly pre: number;
  readonly suf: number;
}

// Arabic proclitics: conjunctions و ف, prepositions ب ل ك and their combinations; «لل» is ل + the article
const AR_PREFIXES = ["وب", "ول", "وك", "فب", "فل", "فك", "و", "ف", "ب", "ل", "ک"];
// Persian suffixes written joined, with the ZWNJ dropped by normalisation: plural, ezafe/indefinite, object marker
const FA_SUFFIXES = ["هایی", "های", "ها", "ای", "یی", "ی", "ان", "را"];
/** Words that only look suffixed: «رؤسای» (heads of) is not «روس» (Russians) + «ای». */
const FA_UNSPLIT: ReadonlySet<string> = new Set(["روسای"]);
/** The last characters of the suffixes: a word ending otherwise has none. */
const FA_SUFFIX_ENDS = new Set(FA_SUFFIXES.map((s) => s.charCodeAt(s.length - 1)));

/** Whether each BMP unit is a letter or digit (`[\p{L}\p{N}]`): −1 not yet known. */
const WORD_UNIT = new Int8Array(0x10000).fill(-1);
const WORD_CHAR = /^[\p{L}\p{N}]$/u;

/** Length of the letter or digit code point at `i` (2 for an astral one), or 0 when it is neither. */
function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return WORD_CHAR.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  let w = WORD_UNIT[c]!;
  if (w < 0) {
    w = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 0;
    WORD_UNIT[c] = w;
  }
  return w;
}

/** The runs of letters and digits (`/[\p{L}\p{N}]+/gu`), by a table instead of a regular expression. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < text.length) {
    let k = wordCharAt(text, i);
    if (k === 0) {
      // a code point that is not a word character: step over it whole
      const c = text.charCodeAt(i);
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
      continue;
    }
    const s = i;
    while (k > 0) {
      i += k;
      k = i < text.length ? wordCharAt(text, i) : 0;
    }
    out.push({ s, e: i, w: text.slice(s, i) });
  }
  return out;
}

/** Readings of a token where a name may start: itself, minus proclitics (ar) or the glued «سید» (fa). */
export function startVariants(w: string, lang: Lang): Variant[] {
  const out: Variant[] = [{ w, pre: 0, suf: 0 }];
  if (lang === "ar") {
    for (const p of AR_PREFIXES) {
      if (w.startsWith(p) && w.length - p.length >= 2) out.push({ w: w.slice(p.length), pre: p.length, suf: 0 });
    }
    // «للعراق», «وللعراق»: the ل of the article is merged into the preposition
    const ll = /^([وف]?)لل/.exec(w);
    if (ll && w.length - ll[0].length >= 2) out.push({ w: `ال${w.slice(ll[0].length)}`, pre: ll[1]!.length + 1, suf: 0 });
  } else if (w.startsWith("سید") && w.length >= 6) {
    // «سیدعباس عراقچی»: the honorific glued to the given name
    out.push({ w: w.slice(3), pre: 3, suf: 0 });
  }
  return out;
}

/** Readings of a token where a name may end: itself, minus Persian suffixes. */
export function endVariants(w: string, lang: Lang): Variant[] {
  const out: Variant[] = [{ w, pre: 0, suf: 0 }];
  if (lang === "fa" && !FA_UNSPLIT.has(w)) {
    for (const s of FA_SUFFIXES) if (w.endsWith(s) && w.length - s.length >= 2) out.push({ w: w.slice(0, -s.length), pre: 0, suf: s.length });
  }
  return out;
}

// between the words of one name: spaces, quotes, parentheses, hyphens, dots («پ.ک.ک»)
const IN_NAME_GAP = /^[\s"'()\-.]*$/;

// ---------------------------------------------------------------------------------------------
// matching

export interface Hit {
  readonly form: MatchForm;
  /** Normalised span of the name proper (clitics excluded). */
  readonly s: number;
  readonly e: number;
  readonly t0: number;
  readonly t1: number;
  /** The stripped proclitic, e.g. «ب» in «بأنقرة». */
  readonly prefix: string;
}

/** An index's forms of one language, split into one-word forms and longer ones (each in index order). */
interface LangIndex {
  readonly single: ReadonlyMap<string, readonly MatchForm[]>;
  readonly multi: ReadonlyMap<string, readonly MatchForm[]>;
  /**
   * A bit per key of `single` (and of `multi`) at `readingHash` of the key: a reading of a token
   * whose bit is clear is no key, and is neither cut out of the token nor looked up.
   */
  readonly singleBits: KeyBits;
  readonly multiBits: KeyBits;
}

/** A bit set over hashes: a clear bit says "no key", a set bit "maybe". */
interface KeyBits {
  readonly bits: Uint32Array;
  readonly mask: number;
}

function keyBits(keys: Iterable<string>, count: number): KeyBits {
  // about 64 bits per key (at least 1024): few readings that are no key find their bit set
  let size = 1024;
  while (size < count * 64) size *= 2;
  const out = { bits: new Uint32Array(size >>> 5), mask: size - 1 };
  for (const k of keys) setBit(out, readingHash(k, false, 0, k.length));
  return out;
}

function setBit(kb: KeyBits, h: number): void {
  const b = h & kb.mask;
  kb.bits[b >>> 5]! |= 1 << (b & 31);
}

function hasBit(kb: KeyBits, h: number): boolean {
  const b = h & kb.mask;
  return (kb.bits[b >>> 5]! & (1 << (b & 31))) !== 0;
}

const FNV_OFFSET = 0x811c9dc5 | 0;

function hashUnits(seed: number, s: string, from: number, to: number): number {
  let h = seed;
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}

const AL_SEED = hashUnits(FNV_OFFSET, "ال", 0, 2);

/** A hash of the reading `(al ? "ال" : "") + w.slice(from, to)`, computed without making it. */
function readingHash(w: string, al: boolean, from: number, to: number): number {
  let h = hashUnits(al ? AL_SEED : FNV_OFFSET, w, from, to);
  h ^= h >>> 16;
  h = Math.imul(h, 0x45d9f3b);
  return h ^ (h >>> 16);
}

const LANG_INDEXES = new WeakMap<Index, Partial<Record<Lang, LangIndex>>>();

function langIndex(index: Index, lang: Lang): LangIndex {
  let byLang = LANG_INDEXES.get(index);
  if (!byLang) {
    byLang = {};
    LANG_INDEXES.set(index, byLang);
  }
  let out = byLang[lang];
  if (!out) {
    const single = new Map<string, MatchForm[]>();
    const multi = new Map<string, MatchForm[]>();
    for (const [head, forms] of index) {
      for (const f of forms) {
        if (f.lang !== lang) continue;
        const into = f.words.length === 1 ? single : f.words.length >= 2 ? multi : undefined;
        if (!into) continue;
        const list = into.get(head);
        if (list) list.push(f);
        else into.set(head, [f]);
      }
    }
    out = { single, multi, singleBits: keyBits(single.keys(), single.size), multiBits: keyBits(multi.keys(), multi.size) };
    byLang[lang] = out;
  }
  return out;
}

/**
 * Every hit of a form over the tokens: for each token, the one-word forms of each start variant
 * and its end variants, then the longer forms of each start variant. `extra` (the discovered
 * names) reads as if its forms were appended to `index` (`extendIndex(index, extra forms)`).
 */
export function findHits(n: Normalized, tokens: readonly Token[], lang: Lang, index: Index, extra?: Index): Hit[] {
  const hits: Hit[] = [];
  const base = langIndex(index, lang);
  const more = extra ? langIndex(extra, lang) : undefined;
  const maySingle = (h: number) => hasBit(base.singleBits, h) || (more !== undefined && hasBit(more.singleBits, h));
  const mayMulti = (h: number) => hasBit(base.multiBits, h) || (more !== undefined && hasBit(more.multiBits, h));
  // the start variants of the current token (`startVariants`) as readings of it: `(al ? "ال" : "") + w.slice(from)`
  const vFrom: number[] = [];
  const vPre: number[] = [];
  const vAl: boolean[] = [];
  const vHash: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    const w = tok.w;
    let count = 0;
    vFrom[count] = 0;
    vPre[count] = 0;
    vAl[count++] = false;
    if (lang === "ar") {
      const c0 = w.charCodeAt(0);
      // every proclitic starts with و ف ب ل ک
      if (c0 === 0x648 || c0 === 0x641 || c0 === 0x628 || c0 === 0x644 || c0 === 0x6a9) {
        for (const p of AR_PREFIXES) {
          if (w.startsWith(p) && w.length - p.length >= 2) {
            vFrom[count] = p.length;
            vPre[count] = p.length;
            vAl[count++] = false;
          }
        }
        const ll = LL.exec(w);
        if (ll && w.length - ll[0].length >= 2) {
          vFrom[count] = ll[0].length;
          vPre[count] = ll[1]!.length + 1;
          vAl[count++] = true;
        }
      }
    } else if (w.startsWith("سید") && w.length >= 6) {
      vFrom[count] = 3;
      vPre[count] = 3;
      vAl[count++] = false;
    }
    // single-word forms may also lose a suffix (`endVariants`)
    const suffixed = lang === "fa" && FA_SUFFIX_ENDS.has(w.charCodeAt(w.length - 1)) && !FA_UNSPLIT.has(w);
    for (let k = 0; k < count; k++) {
      const from = vFrom[k]!;
      const al = vAl[k]!;
      const pre = vPre[k]!;
      const whole = readingHash(w, al, from, w.length);
      vHash[k] = whole;
      if (maySingle(whole)) singleHits(hits, base, more, tok, i, from, al, pre, w.length);
      if (suffixed) {
        for (const s of FA_SUFFIXES) {
          const to = w.length - s.length;
          if (w.endsWith(s) && to - from >= 2 && maySingle(readingHash(w, al, from, to))) singleHits(hits, base, more, tok, i, from, al, pre, to);
        }
      }
    }
    for (let k = 0; k < count; k++) {
      if (!mayMulti(vHash[k]!)) continue;
      const from = vFrom[k]!;
      const key = vAl[k] ? `ال${w.slice(from)}` : w.slice(from);
      const a = base.multi.get(key);
      const b = more?.multi.get(key);
      if (!a && !b) continue;
      const pre = vPre[k]!;
      for (const f of a ?? []) multiHit(hits, n.text, tokens, i, f, lang, tok, pre);
      for (const f of b ?? []) multiHit(hits, n.text, tokens, i, f, lang, tok, pre);
    }
  }
  return hits;
}

/** A form of several words, as a hit starting at token i when its other words follow. */
function multiHit(hits: Hit[], text: string, tokens: readonly Token[], i: number, f: MatchForm, lang: Lang, tok: Token, pre: number): void {
  const end = matchRest(text, tokens, i, f.words, lang);
  if (end) hits.push({ form: f, s: tok.s + pre, e: end.e, t0: i, t1: end.t, prefix: tok.w.slice(0, pre) });
}

/** The one-word forms read as `(al ? "ال" : "") + tok.w.slice(from, to)`, as hits of token i. */
function singleHits(hits: Hit[], base: LangIndex, more: LangIndex | undefined, tok: Token, i: number, from: number, al: boolean, pre: number, to: number): void {
  const w = tok.w;
  const key = al ? `ال${w.slice(from, to)}` : w.slice(from, to);
  const a = base.single.get(key);
  const b = more?.single.get(key);
  if (!a && !b) return;
  const prefix = w.slice(0, pre);
  const suf = w.length - to;
  for (const f of a ?? []) hits.push({ form: f, s: tok.s + pre, e: tok.e - suf, t0: i, t1: i, prefix });
  for (const f of b ?? []) hits.push({ form: f, s: tok.s + pre, e: tok.e - suf, t0: i, t1: i, prefix });
}

const LL = /^([وف]?)لل/;

function matchRest(text: string, tokens: readonly Token[], i: number, ws: readonly string[], lang: Lang): { t: number; e: number } | undefined {
  // `j`: the token read as the form's word k, past any patronymics the form leaves out
  let j = i;
  let skipped = 0;
  for (let k = 1; k < ws.length; k++) {
    j++;
    if (lang === "ar" && tokens[j]?.w === BIN && ws[k] !== BIN) {
      for (let past = patronymicEnd(text, tokens, j); past > j && skipped < MAX_PATRONYMICS; past = patronymicEnd(text, tokens, j)) {
        j = past;
        skipped++;
      }
    }
    const tok = tokens[j];
    const prev = tokens[j - 1];
    if (!tok || !prev || !inNameGap(text, prev.e, tok.s)) return undefined;
    if (k < ws.length - 1) {
      if (tok.w !== ws[k]) return undefined;
      continue;
    }
    const suf = endVariantSuffix(tok.w, ws[k]!, lang);
    return suf < 0 ? undefined : { t: j, e: tok.e - suf };
  }
  return undefined;
}

const BIN = "بن";
/** «ماجد بن محمد الأنصاري», «محمد بن عبدالعزيز بن صالح الخليفي»: at most two links of lineage a form leaves out. */
const MAX_PATRONYMICS = 2;

/**
 * The token after one link of lineage starting at token j («بن محمد», «بن عبد العزيز»), or j when
 * none starts there. A name goes on after it: the form's next word must still match.
 */
function patronymicEnd(text: string, tokens: readonly Token[], j: number): number {
  const bin = tokens[j];
  if (bin?.w !== BIN) return j;
  let k = j + 1;
  if (tokens[k]?.w === "عبد") k++;
  const name = tokens[k];
  if (!name || !inNameGap(text, bin.e, tokens[j + 1]!.s) || !inNameGap(text, tokens[k - 1]!.e, name.s)) return j;
  return k + 1;
}

/** `endVariants(w, lang).find((v) => v.w === word)?.suf`, −1 for none, without making the variants. */
function endVariantSuffix(w: string, word: string, lang: Lang): number {
  if (w === word) return 0;
  if (lang !== "fa" || FA_UNSPLIT.has(w)) return -1;
  for (const s of FA_SUFFIXES) {
    if (w.length === word.length + s.length && word.length >= 2 && w.endsWith(s) && w.startsWith(word)) return s.length;
  }
  return -1;
}

/** Whether each BMP unit may stand between the words of a name (`IN_NAME_GAP`, unit by unit): −1 not yet known. */
const GAP_UNIT = new Int8Array(0x10000).fill(-1);

/** `IN_NAME_GAP.test(text.slice(from, to))` without the slice. */
function inNameGap(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    let g = GAP_UNIT[c]!;
    if (g < 0) {
      g = IN_NAME_GAP.test(String.fromCharCode(c)) ? 1 : 0;
      GAP_UNIT[c] = g;
    }
    if (g === 0) return false;
  }
  return true;
}

/** Longest hit first, then leftmost; no overlaps. */
export function selectLongest(hits: readonly Hit[]): Hit[] {
  const order = [...hits].sort((a, b) => b.e - b.s - (a.e - a.s) || a.s - b.s || a.prefix.length - b.prefix.length);
  const taken: Hit[] = [];
  if (hits.some((h) => h.e <= h.s)) {
    for (const h of order) if (!taken.some((t) => h.s < t.e && t.s < h.e)) taken.push(h);
    return taken.sort((a, b) => a.s - b.s);
  }
  // no empty hit: the normalised characters the taken hits cover tell an overlap, per character instead of per taken hit
  let end = 0;
  for (const h of hits) end = Math.max(end, h.e);
  if (covered.length < end) covered = new Uint8Array(Math.max(end, covered.length * 2));
  for (const h of order) {
    if (overlapsCovered(covered, h)) continue;
    taken.push(h);
    covered.fill(1, h.s, h.e);
  }
  for (const t of taken) covered.fill(0, t.s, t.e);
  return taken.sort((a, b) => a.s - b.s);
}

/** The characters covered by the hits taken so far (reused: all zero between calls). */
let covered = new Uint8Array(4096);

function overlapsCovered(cover: Uint8Array, h: Hit): boolean {
  for (let i = h.s; i < h.e; i++) if (cover[i] === 1) return true;
  return false;
}
