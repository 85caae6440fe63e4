/**
 * `npm run corpus:synth -- --articles N --out DIR [--seed S] [--force]`: writes N synthetic Arabic and
 * Persian diplomatic news articles (`.txt`) and their `METADATA.json`, for benchmarks and robustness
 * tests. Deterministic: a seeded PRNG (mulberry32), no clock — same arguments, same bytes. Article i
 * depends only on (seed, i), so a corpus of 1,000 is the first 1,000 files of a corpus of 10,000.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { toJalaali } from "jalaali-js";
import {
  BACKGROUND,
  BOILERPLATE,
  BUILTIN_PERSONS,
  CLAUSES,
  DOMAINS,
  EVENT_KINDS,
  EVENT_TEMPLATES,
  FOLLOW_UPS,
  HEADLINES,
  MONTHS_EGYPT,
  MONTHS_JALALI,
  MONTHS_LEVANT,
  OUTLETS,
  RELATIVE,
  STATES,
  type SynthLang,
  type SynthPerson,
  type SynthState,
  TITLES,
  TOPICS,
  WEEKDAYS_AR,
  WEEKDAYS_FA,
} from "./phrases.ts";
import { isEntry, PERSONS_PATH } from "../lib/paths.ts";
import { mulberry32 } from "../lib/prng.ts";

export interface SynthFile {
  readonly name: string;
  readonly text: string;
}

export interface SynthMetadataEntry {
  readonly file: string;
  readonly lang: SynthLang;
  readonly outlet: string;
  readonly published: string;
}

export interface SynthMetadata {
  readonly articles: SynthMetadataEntry[];
}

export interface SynthOptions {
  readonly articles: number;
  readonly seed?: number;
  /** Office holders to name; default: `scripts/lexicon/persons.json` when present, else the built-in list. */
  readonly persons?: readonly SynthPerson[];
}

/** Shortest and longest article text, in characters. */
export const MIN_CHARS = 300;
export const MAX_CHARS = 6000;

/** Publication dates are drawn from this range (inclusive), as days since 1970-01-01. */
const FIRST_DAY = Date.UTC(2012, 0, 1) / 86_400_000;
const LAST_DAY = Date.UTC(2026, 5, 30) / 86_400_000;


/** A 32-bit seed for article `index` of a corpus seeded with `seed` (independent of the corpus size). */
function articleSeed(seed: number, index: number): number {
  let h = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return (h ^ (h >>> 16)) >>> 0;
}

/** The whole corpus in memory: files in name order and their metadata. */
export function synthCorpus(options: SynthOptions): { files: SynthFile[]; metadata: SynthMetadata } {
  const files: SynthFile[] = [];
  const articles: SynthMetadataEntry[] = [];
  for (const { file, meta } of synthArticles(options)) {
    files.push(file);
    articles.push(meta);
  }
  return { files, metadata: { articles } };
}

/** Generates the articles one by one (for corpora too large to hold in memory). */
export function* synthArticles(options: SynthOptions): Generator<{ file: SynthFile; meta: SynthMetadataEntry }> {
  const seed = options.seed ?? 1;
  const persons = options.persons ?? loadSynthPersons();
  for (let i = 0; i < options.articles; i++) yield synthArticle(i, seed, persons);
}

/** Writes the corpus into `outDir` (created), streaming; returns the number of bytes of article text. */
export function writeSynthCorpus(outDir: string, options: SynthOptions): { files: number; bytes: number } {
  mkdirSync(outDir, { recursive: true });
  const articles: SynthMetadataEntry[] = [];
  let bytes = 0;
  for (const { file, meta } of synthArticles(options)) {
    const buf = Buffer.from(file.text, "utf8");
    bytes += buf.length;
    writeFileSync(join(outDir, file.name), buf);
    articles.push(meta);
  }
  writeFileSync(join(outDir, "METADATA.json"), metadataJson({ articles }));
  return { files: articles.length, bytes };
}

/** METADATA.json text for a corpus. */
export function metadataJson(metadata: SynthMetadata): string {
  return `${JSON.stringify(metadata, null, 2)}\n`;
}

interface PersonsJsonRecord {
  readonly names?: { readonly ar?: readonly string[]; readonly fa?: readonly string[] };
  readonly partial?: { readonly ar?: readonly string[]; readonly fa?: readonly string[] };
  readonly roles?: readonly { readonly role: string; readonly country: string; readonly start?: string; readonly end?: string }[];
}

/**
 * Foreign ministers and presidents from `scripts/lexicon/persons.json` (when it exists and reads),
 * completed by the built-in list for every (state, office) the file does not cover.
 */
export function loadSynthPersons(path: string = PERSONS_PATH): SynthPerson[] {
  let records: PersonsJsonRecord[] = [];
  try {
    if (existsSync(path)) {
      const json: unknown = JSON.parse(readFileSync(path, "utf8"));
      if (Array.isArray(json)) records = json as PersonsJsonRecord[];
    }
  } catch {
    records = [];
  }
  return personsFromRecords(records);
}

/** Maps persons-lexicon records to the generator's office holders (pure). */
export function personsFromRecords(records: readonly PersonsJsonRecord[]): SynthPerson[] {
  const out: SynthPerson[] = [];
  for (const r of records) {
    const ar = r.names?.ar?.[0];
    const fa = r.names?.fa?.[0];
    if (!ar || !fa) continue;
    for (const role of r.roles ?? []) {
      if (role.role !== "foreign-minister" && role.role !== "president") continue;
      if (!STATES.some((s) => s.id === role.country)) continue;
      const arShort = r.partial?.ar?.[0];
      const faShort = r.partial?.fa?.[0];
      out.push({
        country: role.country,
        role: role.role,
        ar,
        fa,
        ...(arShort ? { arShort } : {}),
        ...(faShort ? { faShort } : {}),
        start: role.start ?? "1900-01-01",
        ...(role.end ? { end: role.end } : {}),
      });
    }
  }
  const covered = new Set(out.map((p) => `${p.country}:${p.role}`));
  for (const p of BUILTIN_PERSONS) if (!covered.has(`${p.country}:${p.role}`)) out.push(p);
  return out;
}

type Rng = () => number;

const pick = <T>(r: Rng, xs: readonly T[]): T => {
  if (xs.length === 0) throw new Error("pick from an empty list");
  return xs[Math.floor(r() * xs.length)]!;
};

const isoOfDay = (day: number): string => new Date(day * 86_400_000).toISOString().slice(0, 10);

const toPersianDigits = (s: string) => s.replace(/\d/g, (d) => "۰۱۲۳۴۵۶۷۸۹"[Number(d)]!);

/** One actor of a report: the state, and the office holder speaking for it (if any). */
interface Side {
  readonly state: SynthState;
  /** Full phrase: «وزير الخارجية التركي هاكان فيدان», or the state's name when no office is used. */
  readonly full: string;
  /** Holder's name alone («هاكان فيدان»), or "". */
  readonly name: string;
  /** How a follow-up sentence refers back («فيدان», «الوزير»). */
  readonly short: string;
}

function holderOn(persons: readonly SynthPerson[], country: string, role: SynthPerson["role"], day: string): SynthPerson | undefined {
  return persons.find((p) => p.country === country && p.role === role && p.start <= day && (!p.end || day <= p.end));
}

function makeSide(lang: SynthLang, state: SynthState, persons: readonly SynthPerson[], day: string, role: SynthPerson["role"]): Side {
  const holder = holderOn(persons, state.id, role, day);
  const title = TITLES[role][lang];
  const office = lang === "ar" ? `${title} ${state.arNisba}` : `${title} ${state.fa}`;
  if (!holder) return { state, full: office, name: "", short: lang === "ar" ? (role === "president" ? "الرئيس" : "الوزير") : "وی" };
  const name = holder[lang];
  // «حمد بن جاسم», «آل ثاني»: a patronymic name is repeated whole, never cut to its last word
  const derived = /(^| )(بن|آل)( |$)/.test(name) ? name : (name.split(" ").pop() ?? name);
  const short = (lang === "ar" ? holder.arShort : holder.faShort) ?? derived;
  return { state, full: `${office} ${name}`, name, short };
}

/** Persian adjective of a state name for «همتای ترکیه‌ای خود». */
function persianAdjective(name: string): string {
  if (name.endsWith("ه")) return `${name}\u200Cای`;
  if (name.endsWith("ا") || name.endsWith("و")) return `${name}یی`;
  if (name.endsWith("ی")) return name;
  return `${name}ی`;
}

/** A date phrase for an event `back` days before publication. */
function datePhrase(r: Rng, lang: SynthLang, publishedDay: number, back: number): string {
  const day = publishedDay - back;
  const d = new Date(day * 86_400_000);
  const wd = d.getUTCDay();
  const rel = RELATIVE[lang];
  const weekday = (lang === "ar" ? WEEKDAYS_AR : WEEKDAYS_FA)[wd]!;
  if (back === 0) return pick(r, rel.today).replace("{wd}", weekday);
  if (back === 1) return pick(r, rel.yesterday);
  if (back < 7 && r() < 0.7) return pick(r, rel.pastWeekday).replace("{wd}", weekday);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  const dd = d.getUTCDate();
  if (lang === "ar") {
    const style = r();
    const month = style < 0.35 ? MONTHS_LEVANT[m]! : style < 0.7 ? MONTHS_EGYPT[m]! : `${MONTHS_EGYPT[m]!}/${MONTHS_LEVANT[m]!}`;
    return `${r() < 0.5 ? "في" : "يوم"} ${dd} ${month} ${y}`;
  }
  const j = toJalaali(y, m + 1, dd);
  const text = `${j.jd} ${MONTHS_JALALI[j.jm - 1]!} ${j.jy}`;
  return `${r() < 0.5 ? "روز" : "در"} ${r() < 0.6 ? toPersianDigits(text) : text}`;
}

/** A month-precision phrase 1–24 months before publication («يناير/كانون الثاني 2024», «دی ۱۴۰۲»). */
function pastMonthPhrase(r: Rng, lang: SynthLang, publishedDay: number): string {
  const d = new Date((publishedDay - 30 - Math.floor(r() * 700)) * 86_400_000);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  if (lang === "ar") return `${r() < 0.5 ? `${MONTHS_EGYPT[m]!}/${MONTHS_LEVANT[m]!}` : MONTHS_LEVANT[m]!} ${y}`;
  const j = toJalaali(y, m + 1, 15);
  return toPersianDigits(`${MONTHS_JALALI[j.jm - 1]!} ${j.jy}`);
}

/** Picks two different states, the genre's usual ones more often. */
function pickPair(r: Rng): [SynthState, SynthState] {
  const one = () => (r() < 0.5 ? STATES[Math.floor(r() * 5)]! : pick(r, STATES));
  const a = one();
  let b = one();
  while (b.id === a.id) b = pick(r, STATES);
  return [a, b];
}

interface Scene {
  readonly a: Side;
  readonly b: Side;
}

function fill(r: Rng, lang: SynthLang, template: string, scene: Scene, dates: { date: string; pastMonth: string }): string {
  const { a, b } = scene;
  const name = (s: SynthState) => (lang === "ar" ? s.ar : s.fa);
  // the host is the other side: «وصل … إلى {city}», «در دیدار با … در {city}»
  const city = lang === "ar" ? b.state.capitalAr : b.state.capitalFa;
  const femNisba = (s: SynthState) => `${s.arNisba.replace(/^ال/, "")}ة`;
  const slot = (key: string): string | undefined => {
    switch (key) {
      case "A":
        return a.full;
      case "B":
        return b.full;
      case "As":
        return name(a.state);
      case "Bs":
        return name(b.state);
      case "An":
        return a.short;
      case "Bn":
        return b.name;
      case "Bnis":
        return lang === "ar" ? b.state.arNisba : persianAdjective(b.state.fa);
      case "nisA":
        return a.state.arNisba;
      case "nisAf":
        return femNisba(a.state);
      case "nisBf":
        return femNisba(b.state);
      case "city":
        return city;
      case "date":
        return dates.date;
      case "pastMonth":
        return dates.pastMonth;
      case "topic":
        return pick(r, TOPICS[lang]);
      case "clause":
        return pick(r, CLAUSES[lang]);
      case "domain":
        return pick(r, DOMAINS[lang]);
      case "n":
        return String(2 + Math.floor(r() * 20));
      default:
        return undefined;
    }
  };
  return template
    .replace(/\{(\w+)\}/g, (_, key: string) => slot(key) ?? `{${key}}`)
    .replace(/ {2,}/g, " ")
    .replace(/ ([،,.:])/g, "$1");
}

/** Article `index` of a corpus seeded with `seed`. */
export function synthArticle(index: number, seed: number, persons: readonly SynthPerson[]): { file: SynthFile; meta: SynthMetadataEntry } {
  const r = mulberry32(articleSeed(seed, index));
  const lang: SynthLang = r() < 0.6 ? "ar" : "fa";
  const outlet = pick(
    r,
    OUTLETS.filter((o) => o.lang === lang),
  );
  const publishedDay = FIRST_DAY + Math.floor(r() * (LAST_DAY - FIRST_DAY + 1));
  const published = isoOfDay(publishedDay);
  const target = MIN_CHARS + Math.floor(((r() + r()) / 2) * (MAX_CHARS - MIN_CHARS));
  const bp = BOILERPLATE[lang];
  const sep = "، "; // Arabic comma in both languages

  const newScene = (): Scene => {
    const [sa, sb] = pickPair(r);
    const roleA: SynthPerson["role"] = r() < 0.7 ? "foreign-minister" : "president";
    const roleB: SynthPerson["role"] = r() < 0.8 ? roleA : roleA === "president" ? "foreign-minister" : "president";
    return { a: makeSide(lang, sa, persons, published, roleA), b: makeSide(lang, sb, persons, published, roleB) };
  };
  const eventDate = () => {
    const u = r();
    const back = u < 0.25 ? 0 : u < 0.45 ? 1 : u < 0.75 ? 2 + Math.floor(r() * 5) : 7 + Math.floor(r() * 60);
    return { date: datePhrase(r, lang, publishedDay, back), pastMonth: pastMonthPhrase(r, lang, publishedDay) };
  };
  const lead = (scene: Scene) => fill(r, lang, pick(r, EVENT_TEMPLATES[lang][pick(r, EVENT_KINDS)]), scene, eventDate());

  let scene = newScene();
  const title = fill(r, lang, pick(r, HEADLINES[lang]), scene, eventDate());

  // what follows the article on the page
  const tail: string[] = [];
  if (r() < 0.3) {
    tail.push("", `${pick(r, bp.readAlso)} ${fill(r, lang, pick(r, HEADLINES[lang]), newScene(), eventDate())}`);
    if (r() < 0.4) tail.push("", lead(newScene()));
  }
  if (r() < 0.2) tail.push("", bp.source);
  if (r() < 0.2) tail.push("", ...bp.share);
  if (r() < 0.4) {
    tail.push("", pick(r, bp.related));
    const n = 3 + Math.floor(r() * 3);
    for (let i = 0; i < n; i++) tail.push(fill(r, lang, pick(r, HEADLINES[lang]), newScene(), eventDate()));
  }
  if (r() < 0.4) {
    const s = scene;
    tail.push("", `${bp.tags} ${[lang === "ar" ? s.a.state.ar : s.a.state.fa, lang === "ar" ? s.b.state.ar : s.b.state.fa, pick(r, TOPICS[lang])].join(sep)}`);
  }
  if (r() < 0.25) {
    tail.push("", pick(r, bp.comments));
    const n = 1 + Math.floor(r() * 3);
    for (let i = 0; i < n; i++) tail.push(pick(r, bp.commentLines));
  }
  const tailText = tail.join("\n");

  const head: string[] = [];
  if (r() < 0.3) head.push(pick(r, bp.crumbs), "");
  head.push(title, "");
  if (r() < 0.15) head.push(title, "");
  const paragraphs: string[] = [`${outlet.dateline}${lead(scene)}`];
  const length = () => head.join("\n").length + paragraphs.join("\n\n").length + tailText.length + 2;
  while (length() < target) {
    if (r() < 0.25) scene = newScene();
    const sentences: string[] = [];
    const n = 1 + Math.floor(r() * 3);
    for (let i = 0; i < n; i++) {
      const u = r();
      if (u < 0.25) sentences.push(lead(scene));
      else if (u < 0.35) sentences.push(fill(r, lang, pick(r, BACKGROUND[lang]), scene, eventDate()));
      else sentences.push(fill(r, lang, pick(r, FOLLOW_UPS[lang]), scene, eventDate()));
    }
    const para = sentences.join(" ");
    if (length() + para.length + 2 > MAX_CHARS) break;
    paragraphs.push(para);
  }
  const text = `${head.join("\n")}\n${paragraphs.join("\n\n")}\n${tailText}\n`;
  const hex = Math.floor(r() * 0x1_0000_0000).toString(16).padStart(8, "0") + Math.floor(r() * 0x1_0000_0000).toString(16).padStart(8, "0");
  const name = `${String(index).padStart(6, "0")}_${hex}.txt`;
  return { file: { name, text }, meta: { file: name, lang, outlet: outlet.name, published } };
}

function main() {
  const { values } = parseArgs({
    options: {
      articles: { type: "string", default: "100" },
      out: { type: "string" },
      seed: { type: "string", default: "1" },
      force: { type: "boolean", default: false },
    },
  });
  const articles = Number(values.articles);
  const seed = Number(values.seed);
  if (!values.out) fail("--out DIR is required");
  if (!Number.isInteger(articles) || articles < 0) fail(`--articles must be a whole number, got ${values.articles}`);
  if (!Number.isInteger(seed)) fail(`--seed must be an integer, got ${values.seed}`);
  const out = values.out!;
  if (existsSync(out) && readdirSync(out).length > 0) {
    if (!values.force) fail(`${out} is not empty (use --force to replace it)`);
    rmSync(out, { recursive: true, force: true });
  }
  const { files, bytes } = writeSynthCorpus(out, { articles, seed });
  process.stderr.write(`corpus:synth: ${files} articles, ${(bytes / 1e6).toFixed(2)} MB → ${out}\n`);
}

function fail(message: string): never {
  process.stderr.write(`corpus:synth: ${message}\n`);
  process.exit(2);
}

if (isEntry("corpus/synth.ts")) main();
