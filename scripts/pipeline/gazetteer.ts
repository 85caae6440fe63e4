/**
 * The gazetteer: every actor the recogniser knows (states from i18n-iso-countries plus the news
 * forms of `lexicon/states.ts`, cities, organisations, persons) and every written form that names
 * one of them, with how it names it (name, demonym, capital, partial name).
 */
import { existsSync, readFileSync } from "node:fs";
import countries from "i18n-iso-countries";
import arLocale from "i18n-iso-countries/langs/ar.json" with { type: "json" };
import enLocale from "i18n-iso-countries/langs/en.json" with { type: "json" };
import faLocale from "i18n-iso-countries/langs/fa.json" with { type: "json" };
import type { Role } from "../../src/contract/schema.ts";
import { normalizeText } from "../../src/text/normalize.ts";
import { PERSONS_PATH } from "../lib/paths.ts";
import { ORGANISATIONS } from "../lexicon/organisations.ts";
import { CITIES, EXCLUDED_BASE_NAMES, STATE_EXTRAS } from "../lexicon/states.ts";
import type { ActorEntry } from "./types.ts";

countries.registerLocale(arLocale);
countries.registerLocale(faLocale);
countries.registerLocale(enLocale);

/** One record of `scripts/lexicon/persons.json`. */
export interface PersonRecord {
  readonly id: string;
  readonly label: string;
  readonly wikidata?: string;
  readonly country: string;
  readonly names: { readonly en: readonly string[]; readonly ar: readonly string[]; readonly fa: readonly string[] };
  /** Surname-only forms that news uses alone («عراقجي», «فيدان»). */
  readonly partial: { readonly en: readonly string[]; readonly ar: readonly string[]; readonly fa: readonly string[] };
  /**
   * Surname-only forms that are also ordinary words or other people's names («جیلانی», «رئيسي»):
   * they name the person only after the full name in the same text.
   */
  readonly partialAmbiguous?: { readonly en?: readonly string[]; readonly ar?: readonly string[]; readonly fa?: readonly string[] };
  readonly roles: readonly Role[];
  readonly source?: string;
}

export type Lang = "ar" | "fa";

/** How a written form names its actor. */
export type FormVia = "name" | "demonym" | "capital" | "partial-name" | "place";

/** One written form of an actor, ready for matching. */
export interface GazetteerForm {
  /** The actor the form names; for a capital, the state (its place is `placeId`). */
  readonly actorId: string;
  readonly lang: Lang;
  /** The form as written in the lexicon. */
  readonly text: string;
  /** The form normalised and split into words. */
  readonly words: readonly string[];
  readonly via: FormVia;
  /** Capitals: the city's own place id («ankara»). */
  readonly placeId?: string;
  /** The form counts only after an outlet cue («وكالة مهر»). */
  readonly cueOnly?: boolean;
  /** A partial name that counts only after the person's full name in the same text. */
  readonly needsFullName?: boolean;
}

export interface Gazetteer {
  readonly entries: readonly ActorEntry[];
  readonly byId: ReadonlyMap<string, ActorEntry>;
  readonly forms: readonly GazetteerForm[];
}

/** Builds the gazetteer from the lexicons and the given persons (pure). */
export function buildGazetteer(persons: readonly PersonRecord[]): Gazetteer {
  const entries: ActorEntry[] = [];
  const forms: GazetteerForm[] = [];
  const addForm = (actorId: string, lang: Lang, text: string, via: FormVia, extra: Partial<GazetteerForm> = {}) => {
    for (const variant of spellingVariants(text)) {
      const words = normalizeText(variant).split(" ").filter((w) => w.length > 0);
      if (words.length === 0) continue;
      forms.push({ actorId, lang, text, words, via, ...extra });
    }
  };
  // a person's name written with one space fewer is the same name: «شي جينبينغ», «امیرعبداللهیان»
  // (added after every other form: see below)
  const joined: { actorId: string; lang: Lang; text: string; via: FormVia; extra: Partial<GazetteerForm> }[] = [];
  const addPersonForm = (actorId: string, lang: Lang, text: string, via: FormVia, extra: Partial<GazetteerForm> = {}) => {
    addForm(actorId, lang, text, via, extra);
    const own = normalizeText(text);
    for (const variant of joinedVariants(text)) if (normalizeText(variant) !== own) joined.push({ actorId, lang, text: variant, via, extra });
  };

  // states: ISO names + news forms
  const excluded = new Set(EXCLUDED_BASE_NAMES.map((e) => `${e.lang}:${normalizeText(e.name)}`));
  for (const alpha3 of Object.keys(countries.getAlpha3Codes()).sort()) {
    const alpha2 = countries.alpha3ToAlpha2(alpha3);
    if (!alpha2) continue;
    const extra = STATE_EXTRAS[alpha3] ?? {};
    const iso = (lang: string): string[] => (countries.getName(alpha2, lang, { select: "all" }) ?? []).flatMap(splitIsoName);
    const en = iso("en");
    const ar = unique([...iso("ar").filter((n) => !excluded.has(`ar:${normalizeText(n)}`)), ...(extra.ar ?? [])]);
    const fa = unique([...iso("fa").filter((n) => !excluded.has(`fa:${normalizeText(n)}`)), ...(extra.fa ?? [])]);
    entries.push({ id: alpha3, kind: "state", label: extra.label ?? en[0] ?? alpha3, names: { en, ar, fa }, country: alpha3, roles: [] });
    for (const n of ar) addForm(alpha3, "ar", n, "name");
    for (const n of fa) addForm(alpha3, "fa", n, "name");
    for (const stem of extra.nisba ?? []) for (const n of nisbaForms(stem)) addForm(alpha3, "ar", n, "demonym");
    for (const n of extra.arDemonyms ?? []) addForm(alpha3, "ar", n, "demonym");
    for (const n of extra.faDemonyms ?? []) addForm(alpha3, "fa", n, "demonym");
  }

  // cities: a place entry each; capitals also name their state
  for (const city of CITIES) {
    entries.push({ id: city.id, kind: "place", label: city.label, names: { en: [city.label], ar: [...city.ar], fa: [...city.fa] }, country: city.country, roles: [] });
    for (const n of city.ar) addForm(city.metonym ? city.country : city.id, "ar", n, city.metonym ? "capital" : "place", city.metonym ? { placeId: city.id } : {});
    for (const n of city.fa) addForm(city.metonym ? city.country : city.id, "fa", n, city.metonym ? "capital" : "place", city.metonym ? { placeId: city.id } : {});
  }

  // organisations, groups, outlets
  for (const org of ORGANISATIONS) {
    entries.push({
      id: org.id,
      kind: org.kind,
      label: org.label,
      names: { en: [...org.names.en], ar: [...org.names.ar], fa: [...org.names.fa] },
      ...(org.country ? { country: org.country } : {}),
      ...(org.wikidata ? { wikidata: org.wikidata } : {}),
      roles: [],
    });
    const cueOnly = new Set((org.cueOnly ?? []).map(normalizeText));
    for (const lang of ["ar", "fa"] as const) {
      for (const n of org.names[lang]) addForm(org.id, lang, n, "name", cueOnly.has(normalizeText(n)) ? { cueOnly: true } : {});
    }
  }

  // persons
  for (const p of persons) {
    entries.push({
      id: p.id,
      kind: "person",
      label: p.label,
      names: { en: [...p.names.en], ar: [...p.names.ar], fa: [...p.names.fa] },
      country: p.country,
      ...(p.wikidata ? { wikidata: p.wikidata } : {}),
      roles: [...p.roles],
    });
    for (const lang of ["ar", "fa"] as const) {
      for (const n of p.names[lang]) addPersonForm(p.id, lang, n, "name");
      for (const n of p.partial[lang]) addPersonForm(p.id, lang, n, "partial-name");
      if (lang === "ar" && p.country === "KWT") for (const n of kuwaitiShortNames(p.names.ar)) addPersonForm(p.id, lang, n, "partial-name");
      for (const n of p.partialAmbiguous?.[lang] ?? []) addPersonForm(p.id, lang, n, "partial-name", { needsFullName: true });
    }
  }

  // a joined variant of several words is tried wherever its first word stands: kept only when that word
  // heads few names already («شي جينبينغ»), not a common given name's («محمد شياعالسوداني» helps no one)
  const heads = new Map<string, number>();
  for (const f of forms) if (f.words.length > 1) heads.set(`${f.lang}:${f.words[0]}`, (heads.get(`${f.lang}:${f.words[0]}`) ?? 0) + 1);
  const known = new Set(forms.map((f) => `${f.lang}:${f.actorId}:${f.words.join(" ")}`));
  for (const j of joined) {
    const words = normalizeText(j.text).split(" ").filter((w) => w.length > 0);
    if (known.has(`${j.lang}:${j.actorId}:${words.join(" ")}`)) continue;
    if (words.length > 1 && (heads.get(`${j.lang}:${words[0]}`) ?? 0) > MAX_JOINED_HEAD) continue;
    known.add(`${j.lang}:${j.actorId}:${words.join(" ")}`);
    addForm(j.actorId, j.lang, j.text, j.via, j.extra);
  }

  const byId = new Map<string, ActorEntry>();
  for (const e of entries) if (!byId.has(e.id)) byId.set(e.id, e);
  return { entries: [...byId.values()], byId, forms };
}

/**
 * Kuwait's press names a sheikh of the ruling family by his own name and his father's, made
 * definite: «سالم عبدالله الجابر الصباح» is «الشيخ سالم العبدالله», «أحمد نواف الأحمد الصباح»
 * «أحمد النواف», «صباح خالد الحمد الصباح» «صباح الخالد». Derived from every full name ending in
 * «الصباح» (a father named «الصباح» would give the family's own name: none then).
 */
export function kuwaitiShortNames(names: readonly string[]): string[] {
  const out: string[] = [];
  for (const name of names) {
    const words = name.trim().split(/\s+/);
    // «عبد الله», «عبد العزيز»: one name in two words
    if (words[1] === "عبد" && words.length > 2) words.splice(1, 2, `عبد${words[2]}`);
    if (words.length < 3 || words[words.length - 1] !== "الصباح") continue;
    const father = words[1]!;
    const definite = father.startsWith("ال") ? father : `ال${father}`;
    if (definite === "الصباح") continue;
    out.push(`${words[0]} ${definite}`);
  }
  return [...new Set(out)];
}

/** Loads the gazetteer, with `scripts/lexicon/persons.json` when it exists (I/O at the edge). */
export function loadGazetteer(personsPath: string = PERSONS_PATH): Gazetteer {
  const persons: PersonRecord[] = existsSync(personsPath) ? (JSON.parse(readFileSync(personsPath, "utf8")) as PersonRecord[]) : [];
  return buildGazetteer(persons);
}

/**
 * Arabic nisba forms from a masculine singular stem («تركي»): feminine, dual, sound plurals,
 * each with and without the article — «التركي، التركية، تركياً، التركيان، التركيتين، الأتراك» (the last is in the lexicon).
 */
export function nisbaForms(stem: string): string[] {
  const bases = [stem, `${stem}ة`, `${stem}ان`, `${stem}ين`, `${stem}ون`, `${stem}تان`, `${stem}تين`];
  // (and the indefinite accusative «إيرانياً», whose «ً» normalisation drops: never with the article)
  return [...bases.flatMap((b) => [b, `ال${b}`]), `${stem}ا`];
}

/** ISO names carry parenthesised alternatives and «X - Y» pairs: «میانمار (برمه)». */
function splitIsoName(name: string): string[] {
  const out: string[] = [];
  const paren = /\(([^)]*)\)/g;
  const base = name.replace(paren, " ").replace(/\s+/g, " ").trim();
  if (base && !name.includes(" - ")) out.push(base);
  for (const m of name.matchAll(paren)) if (m[1] && !/الجزء/.test(m[1])) out.push(m[1].trim());
  return out;
}

/** A Persian form with ZWNJ is also written with a space instead (the dropped ZWNJ is folded by normalisation). */
/** How many names of several words a joined variant's first word may head already (see `buildGazetteer`). */
const MAX_JOINED_HEAD = 3;

/** Words that stay apart from the next one: «بن سلمان» is never written «بنسلمان». */
const NEVER_JOINED = new Set(["بن", "بنت", "ابن", "آل", "ال", "سید", "سيد", "شیخ", "شيخ", "دکتر", "د"]);

/** First parts of compound names that writers join to the next word or not: «عبد الله», «أبو الغيط». */
const COMPOUND_HEADS = new Set(["عبد", "ابو", "أبو", "ابي", "أبي", "ابی"]);

/**
 * A name written with one space more or fewer: a joined compound head split («عبدالعزيز» → «عبد العزيز»), its last two words joined («شي جين بينغ» → «شي جينبينغ», «حسین امیر
 * عبداللهیان» → «حسین امیرعبداللهیان»), and a compound head joined to the word after it («عبد الله الثاني» →
 * «عبدالله الثاني»). Only between words of two letters or more, never after «بن», «آل» and the like. (Every
 * space would do, but each variant starting with a common given name is tried wherever that name stands.)
 */
export function joinedVariants(text: string): string[] {
  const ws = text.split(/[\s\u200C]+/).filter((w) => w.length > 0);
  const out: string[] = [];
  // and the other way: a compound written joined in the lexicon, apart in the text («سلمان بن عبدالعزيز» → «… عبد العزيز»)
  ws.forEach((w, i) => {
    const m = /^(عبد|ابو|أبو)(\S{3,})$/u.exec(w);
    if (m) out.push([...ws.slice(0, i), m[1], m[2], ...ws.slice(i + 1)].join(" "));
  });
  for (let i = 0; i + 1 < ws.length; i++) {
    const a = ws[i]!;
    const b = ws[i + 1]!;
    if (a.length < 2 || b.length < 2 || NEVER_JOINED.has(a) || NEVER_JOINED.has(b)) continue;
    if (i + 2 !== ws.length && !COMPOUND_HEADS.has(a)) continue;
    out.push([...ws.slice(0, i), a + b, ...ws.slice(i + 2)].join(" "));
  }
  return out;
}

function spellingVariants(text: string): string[] {
  return text.includes("\u200C") ? [text, text.replace(/\u200C/g, " ")] : [text];
}

function unique(xs: readonly string[]): string[] {
  return [...new Set(xs)];
}
