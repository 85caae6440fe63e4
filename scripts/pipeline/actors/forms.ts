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

export type PseudoKind = "title" | "counterpart" | "generic-minister" | "honorific" | "our-country" | "oman";

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
        all.push(pseudo(lang, f.text, "title", { role: t.role, syntax: f.syntax, plural: f.plural === true, ...(t.defaultCountry ? { defaultCountry: t.defaultCountry } : {}) }));
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

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) out.push({ s: m.index, e: m.index + m[0].length, w: m[0] });
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
  if (lang === "fa") {
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

export function findHits(n: Normalized, tokens: readonly Token[], lang: Lang, index: Index): Hit[] {
  const hits: Hit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    const starts = startVariants(tok.w, lang);
    // single-word forms may also lose a suffix
    const singles = starts.flatMap((v) => endVariants(v.w, lang).map((e) => ({ w: e.w, pre: v.pre, suf: e.suf })));
    for (const v of singles) {
      for (const f of index.get(v.w) ?? []) {
        if (f.lang !== lang || f.words.length !== 1) continue;
        hits.push({ form: f, s: tok.s + v.pre, e: tok.e - v.suf, t0: i, t1: i, prefix: tok.w.slice(0, v.pre) });
      }
    }
    for (const v of starts) {
      for (const f of index.get(v.w) ?? []) {
        if (f.lang !== lang || f.words.length < 2) continue;
        const end = matchRest(n.text, tokens, i, f.words, lang);
        if (end) hits.push({ form: f, s: tok.s + v.pre, e: end.e, t0: i, t1: end.t, prefix: tok.w.slice(0, v.pre) });
      }
    }
  }
  return hits;
}

function matchRest(text: string, tokens: readonly Token[], i: number, ws: readonly string[], lang: Lang): { t: number; e: number } | undefined {
  for (let k = 1; k < ws.length; k++) {
    const tok = tokens[i + k];
    const prev = tokens[i + k - 1];
    if (!tok || !prev || !IN_NAME_GAP.test(text.slice(prev.e, tok.s))) return undefined;
    if (k < ws.length - 1) {
      if (tok.w !== ws[k]) return undefined;
      continue;
    }
    const v = endVariants(tok.w, lang).find((x) => x.w === ws[k]);
    return v ? { t: i + k, e: tok.e - v.suf } : undefined;
  }
  return undefined;
}

/** Longest hit first, then leftmost; no overlaps. */
export function selectLongest(hits: readonly Hit[]): Hit[] {
  const order = [...hits].sort((a, b) => b.e - b.s - (a.e - a.s) || a.s - b.s || a.prefix.length - b.prefix.length);
  const taken: Hit[] = [];
  for (const h of order) if (!taken.some((t) => h.s < t.e && t.s < h.e)) taken.push(h);
  return taken.sort((a, b) => a.s - b.s);
}
