/**
 * Event extraction: finds CAMEO triggers (scripts/lexicon/triggers.ts) in each sentence, assigns
 * the sentence's actor mentions to source / target / other roles, decides modality and date, and
 * collapses triggers that describe one interaction into one event.
 *
 * Heuristics, in the order they apply (each names the phrase it exists for):
 * - Clauses are cut at «;», «:», complementisers «إن/أن/که» and subordinators «ردا على», «حيث», «في
 *   حين»: roles and dates are looked for inside the trigger's clause first.
 * - Actor mentions are grouped when coordinated («إيران وتركيا», «فيدان ونظيره عراقجي») or when a
 *   person stands next to their own state («وزير الخارجية التركي هاكان فيدان»).
 * - Source: the first group before the trigger in its clause (SVO, Persian SOV); else, for an Arabic
 *   verb, the group right after it (VSO «التقى أردوغان بنظيره»); else, for a noun, the group right
 *   after it when the family reads it as the agent («زيارة عراقجي», «غارة إسرائيلية»); else the
 *   speaker when the trigger is first person («نتفق», «توافق کردیم»), carries the speaker's
 *   possessive («لقائه»), or follows an anaphor («بلاده», «کشورمان», «إنه»).
 * - Speaker: the subject of the sentence's first speech verb, else the last speaker of the section
 *   («وأضاف:», «وی گفت:»). Outlets are never participants («وفق الأناضول», «به گزارش ایسنا»).
 * - A statement is an event only when it names an actor other than the speaker's party; it is
 *   dropped when another event of the sentence already covers those actors.
 * - «لوقف / پایان + trigger» turns the trigger into a demand to stop it, made by the speaker.
 * - An attack named right after a threat or warning is the content of the threat, not an attack.
 * - Date: the nearest date in the trigger's clause; else a date of the sentence that no other
 *   trigger's clause holds («ردا على اغتيال … في 27 أيلول» dates the assassination, not the
 *   present statement); else the section's story date (first day-precise date in its first three
 *   sentences: «الاثنين», «مقارن ظهر امروز»); else the publication date.
 */
import type { ActorKind, Article, EventDate, Lang, Modality, Quad } from "../../src/contract/schema.ts";
import { type Normalized, normalizeText, normalizeWithMap, toOriginalSpan } from "../../src/text/normalize.ts";
import { TRIGGER_FAMILIES, type TriggerFamily } from "../lexicon/triggers.ts";
import { detectModality, type VerbFlags } from "./modality.ts";
import type { ActorMention, DateMention, ExtractedEvent, Sentence } from "./types.ts";

export interface ActorInfo {
  readonly kind: ActorKind;
  readonly country?: string;
}

export interface EventExtractorOptions {
  readonly actorInfo: (id: string) => ActorInfo | undefined;
  /** Trigger families; defaults to the lexicon. */
  readonly families?: readonly TriggerFamily[];
}

export interface EventExtractorInput {
  readonly article: Article;
  readonly sentences: readonly Sentence[];
  readonly actorMentions: readonly ActorMention[];
  readonly dateMentions: readonly DateMention[];
}

/** Creates the event extraction stage: article, sentences, actor and date mentions → events. */
export function createEventExtractor(
  options: Readonly<EventExtractorOptions>,
): (input: EventExtractorInput) => ExtractedEvent[] {
  const forms = compileTriggers(options.families ?? TRIGGER_FAMILIES);
  const info = options.actorInfo;
  return (input) => {
    const out: ExtractedEvent[] = [];
    const storyDates = sectionStoryDates(input);
    let lastSpeaker: Group | undefined;
    let lastSection = -1;
    for (const sentence of input.sentences) {
      if (sentence.section !== lastSection) {
        lastSpeaker = undefined;
        lastSection = sentence.section;
      }
      const ctx = analyseSentence(input, sentence, forms, info, lastSpeaker);
      if (ctx.speaker) lastSpeaker = ctx.speaker;
      const fallback = storyDates.get(sentence.section) ?? publicationDate(input.article.published);
      out.push(...eventsOfSentence(ctx, input, fallback));
    }
    return out;
  };
}

// ───────────────────────────── lexicon compilation ─────────────────────────────

type FormType = "v" | "n" | "p" | "c";

interface CompiledForm {
  readonly family: TriggerFamily;
  readonly lang: Lang;
  readonly type: FormType;
  readonly lemma: string;
  readonly re: RegExp;
  /** True when the form is (or starts with) a verb. */
  readonly verbal: boolean;
  readonly flagsOf: (match: string) => VerbFlags & { readonly firstPerson: boolean; readonly possessive: boolean };
}

const NOT_LETTER_BEFORE = "(?<![\\p{L}\\p{N}])";
const NOT_LETTER_AFTER = "(?![\\p{L}\\p{N}])";
/** Up to twelve words between the parts of a split phrase («أجرى … محادثات»). */
const GAP_AR = "(?: [^ ]+){0,12}";
/** Persian keeps a long object between noun and light verb («حمایت کامل خود را از … اعلام کرد»). */
const GAP_FA = "(?: [^ ]+){0,12}";
/** Arabic object/possessive pronoun endings. */
const AR_PRONOUN = "(?:ه|ها|هما|هم|کم|نا)?";
/** Persian light verbs, past stem → present stem. */
const LIGHT_VERBS: Readonly<Record<string, string>> = {
  کرد: "کن",
  داد: "ده",
  داشت: "دار",
  گرفت: "گیر",
  شد: "شو",
  نمود: "نما",
  زد: "زن",
  اورد: "اور",
  گذاشت: "گذار",
  ساخت: "ساز",
  خواست: "خواه",
  گفت: "گو",
  رسید: "رس",
  ایستاد: "ایست",
};

const NO_FLAGS = { future: false, negated: false, subjunctive: false, firstPerson: false, possessive: false };

/** Compiles the lexicon's form notation into regular expressions over normalised text. */
export function compileTriggers(families: readonly TriggerFamily[]): CompiledForm[] {
  const out: CompiledForm[] = [];
  for (const family of families) {
    for (const raw of family.ar) out.push(compileForm(family, "ar", raw));
    for (const raw of family.fa) out.push(compileForm(family, "fa", raw));
  }
  return out;
}

function compileForm(family: TriggerFamily, lang: Lang, raw: string): CompiledForm {
  const m = /^([vnpc]):(.+)$/.exec(raw);
  if (!m) throw new Error(`triggers.ts: family ${family.id}: form «${raw}» lacks a v:/n:/p:/c: prefix`);
  const type = m[1] as FormType;
  const body = m[2]!;
  const tokens = body.split(/\s+/).filter((t) => t.length > 0);
  const pieces: string[] = [];
  let verb: { past: string; pres: string } | undefined;
  let nounCore: string | undefined;
  let gapNext = false;
  const gap = lang === "ar" ? GAP_AR : GAP_FA;
  const sep = lang === "ar" ? " " : " ?";
  const lightIndex = type === "c" ? tokens.length - 1 : -1;
  tokens.forEach((token, i) => {
    if (token === "…") {
      gapNext = true;
      return;
    }
    let piece: string;
    if (i === lightIndex) {
      const past = normalizeText(token);
      const pres = LIGHT_VERBS[past];
      if (pres === undefined) throw new Error(`triggers.ts: family ${family.id}: «${raw}» ends in «${token}», not a light verb`);
      verb = verb ?? { past, pres };
      piece = faVerb(past, pres);
    } else if (type === "v" || token.startsWith("v:")) {
      const [pastRaw, presRaw] = token.replace(/^v:/, "").split("/");
      const past = pastRaw && pastRaw !== "-" ? normalizeText(pastRaw) : "";
      const pres = presRaw && presRaw !== "-" ? normalizeText(presRaw) : "";
      if (i === 0) verb = { past, pres };
      piece = lang === "ar" ? arVerb(past, pres) : faVerb(past, pres);
    } else {
      const word = normalizeText(token);
      if (pieces.length === 0) nounCore = word;
      piece = lang === "ar" ? arNoun(word) : faNoun(word);
    }
    pieces.push(pieces.length === 0 ? piece : `${gapNext ? gap : ""}${sep}${piece}`);
    gapNext = false;
  });
  const re = new RegExp(`${NOT_LETTER_BEFORE}(?:${pieces.join("")})${NOT_LETTER_AFTER}`, "gu");
  const lemma = normalizeText(tokens.filter((t) => t !== "…").join(" ").replace(/v:|\/\S*/g, ""));
  const verbal = type === "v" || type === "c" || tokens[0]?.startsWith("v:") === true;
  const flagsOf = (match: string) => {
    if (lang === "ar") return arFlags(match, verb, nounCore);
    if (verb && (type === "v" || type === "c")) return faFlags(match, verb);
    // «مذاکراتش»: the possessive points back to the subject or speaker
    return { ...NO_FLAGS, possessive: type === "n" && /(?:ش|شان)$/.test(match) && !/(?:ش|شان)$/.test(nounCore ?? "") };
  };
  return { family, lang, type, lemma, re, verbal, flagsOf };
}

const AR_CLITICS_V = "(?:[وف])?";
const AR_CLITICS_N = "(?:[وف])?(?:لل|[بلک]?(?:ال)?)";

/** «التقى» → التقى، التقت، التقيا، التقوا، يلتقي، سنلتقي… */
function arVerb(past: string, pres: string): string {
  const alts: string[] = [];
  if (past) alts.push(`${arPastCore(past)}${AR_PRONOUN}`);
  if (pres) alts.push(`س?[یتنا]${arPresCore(pres)}${AR_PRONOUN}`);
  return `${AR_CLITICS_V}(?:${alts.join("|")})`;
}

function arPastCore(past: string): string {
  if (/[یا]$/.test(past)) return `${past.slice(0, -1)}(?:ی|ا|ت|تا|یا|وا|ینا|یت|یتم|ونا)`;
  return `${past}(?:ت|ا|تا|وا|نا|تم)?`;
}

function arPresCore(pres: string): string {
  if (/[یوا]$/.test(pres)) return `${pres.slice(0, -1)}(?:ی|و|ا|یان|ون|ین|وا|یا|ان)`;
  return `${pres}(?:ان|ون|ین|ن)?`;
}

/** «زيارة» → زيارة، الزيارة، زيارته، بزيارات؛ «لقاء» → لقائه. */
function arNoun(word: string): string {
  let core = word;
  if (word.endsWith("اء")) core = `${word.slice(0, -2)}(?:اء|ای|او|ا)`;
  else if (word.endsWith("ه")) core = `${word.slice(0, -1)}(?:ه|ت|ات)`;
  return `${AR_CLITICS_N}${core}(?:ات|ان|ین|یه|ی|ا)?(?:ه|ها|هما|هم|کم|نا|ی)?`;
}

/** Past stem with می/نمی/ن/ب, personal endings, perfect and future; present stem likewise. */
function faVerb(past: string, pres: string): string {
  const pre = "(?:نمی ?|می ?|ن|ب)?";
  const pastEnd = "(?:ه(?: (?:است|اند|ایم|ام|ای|اید|بود(?:م|ی|یم|ید|ند)?|باشد|باشند|شد))?|م|ی|یم|ید|ند)?";
  const alts = [];
  if (past) alts.push(`ن?خواه(?:م|ی|د|یم|ید|ند) ?${past}`, `${pre}${past}${pastEnd}`);
  if (pres) alts.push(`${pre}${pres}(?:م|ی|د|یم|ید|ند)`);
  return `(?:${alts.join("|")})`;
}

function faNoun(word: string): string {
  return `${word.split(" ").join(" ?")}(?:ها|های|هایی|ی|ش|شان|مان|ات)?`;
}

function arFlags(
  match: string,
  verb: { past: string; pres: string } | undefined,
  nounCore: string | undefined,
): VerbFlags & { firstPerson: boolean; possessive: boolean } {
  const first = match.split(" ")[0] ?? "";
  let future = false;
  let firstPerson = false;
  if (verb?.pres) {
    const core = arPresCore(verb.pres);
    future = new RegExp(`^[وف]?س[یتنا]${core}`, "u").test(first);
    firstPerson = new RegExp(`^[وف]?س?ن${core}`, "u").test(first);
  }
  if (verb?.past && !firstPerson) firstPerson = new RegExp(`^[وف]?${arPastCore(verb.past)}نا$`, "u").test(first);
  let possessive = false;
  if (nounCore) {
    // «لقائه», «زيارته»: the noun carries «his», pointing back to the subject or speaker
    const stem = nounCore.endsWith("ه") ? nounCore.slice(0, -1) : nounCore.replace(/اء$/, "");
    const variants = [first, first.replace(/^(?:[وف])?(?:لل|[بلک]?(?:ال)?)/u, "")];
    possessive = variants.some((b) => b.length > stem.length + 1 && /[^ا]ه$/.test(b) && b.startsWith(stem.slice(0, 2)));
  }
  return { future, negated: false, subjunctive: false, firstPerson, possessive };
}

function faFlags(match: string, verb: { past: string; pres: string }): VerbFlags & { firstPerson: boolean; possessive: boolean } {
  const tokens = match.split(" ");
  const tail = tokens.slice(-3).join(" ");
  const last = tokens[tokens.length - 1] ?? "";
  const stems = [verb.past, verb.pres].filter((s) => s.length > 0).join("|");
  const negated = new RegExp(`(?:^| )(?:نمی ?|ن)(?:${stems})|(?:^| )نخواه`, "u").test(tail);
  const future = /خواه(?:م|ی|د|یم|ید|ند)(?: |$)/u.test(tail) && !tail.endsWith("خواهد");
  const firstPerson = /(?:یم|ام)$/.test(last) || /خواهیم|خواهم/.test(tail) || /(?:^| )[^ ]*(?:کردم|کنم)$/.test(tail);
  // «داریم», «است» have no می-form: their bare present is indicative
  const subjunctive =
    verb.pres.length > 0 && verb.pres !== "دار" && new RegExp(`(?:^| )ب?${verb.pres}(?:م|ی|د|یم|ید|ند)$`, "u").test(tail) && !/می ?[^ ]*$/.test(tail);
  return { future, negated, subjunctive, firstPerson, possessive: false };
}

// ───────────────────────────── sentence analysis ─────────────────────────────

/** A run of actor mentions that act together: one party or a coordination of parties. */
interface Group {
  readonly start: number;
  readonly end: number;
  readonly ids: readonly string[];
  /** The preposition that introduces the group, if any («مع», «با», «بـ», «في», «از»…). */
  readonly prep?: PrepRole;
}

/** What a preposition makes of the group after it. */
type PrepRole = "target" | "other";

interface Trigger {
  readonly form: CompiledForm;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly flags: VerbFlags & { readonly firstPerson: boolean; readonly possessive: boolean };
  readonly clause: readonly [number, number];
}

interface SentenceContext {
  readonly sentence: Sentence;
  readonly norm: Normalized;
  readonly lang: Lang;
  readonly triggers: readonly Trigger[];
  readonly groups: readonly Group[];
  readonly places: readonly ActorMention[];
  readonly mentions: readonly ActorMention[];
  readonly clauses: readonly (readonly [number, number])[];
  readonly speaker?: Group;
  /** Start of the speech verb whose speaker is `speaker` (triggers after it are reported speech). */
  readonly speechAt?: number;
  readonly info: EventExtractorOptions["actorInfo"];
  readonly dates: readonly DateMention[];
}

const word = (s: string) => new Set(s.split(" ").map((w) => normalizeText(w)));

/** Preposition → role of the group it introduces. */
const PREPOSITIONS: ReadonlyMap<string, PrepRole> = new Map([
  ...[...word("مع با بين همراه إلى الی به لدى نزد ضد على علیه تجاه نسبت از لصالح")].map((w) => [w, "target"] as const),
  ...[...word("في فی در داخل عن حول بشأن درباره دربارهی مورد بخصوص من خلال ضمن طی")].map((w) => [w, "other"] as const),
]);

/** Words that end a clause: complementisers and subordinators. */
const CLAUSE_BREAKERS: Readonly<Record<Lang, RegExp>> = {
  ar: /[;:]|(?<![\p{L}])(?:ردا علی|عقب|بعد|قبل|اثر|حیث|فی حین|بینما|الذی|التی|الذین|کما|بعد ان|لکن|غیر ان|ان|انه|انها|انهم|انهما|وان|وانه|بان|بانه|بانها|معتبرا|مشیرا|مشددا|محذرا|قائلا|مضیفا)(?![\p{L}])/gu,
  fa: /[;:]|(?<![\p{L}])(?:که|زیرا|اما|ولی|در حالی که|چرا که)(?![\p{L}])/gu,
};

/** Anaphors that point back to the speaker or the speaker's state: «بلاده», «کشورمان», «إنه». */
const SPEAKER_ANAPHORS = word("بلاده بلادها بلادنا نحن کشورمان کشورش ما انه بانه وانه انهم انهما");
const SPEAKER_STATE_ANAPHORS = word("بلاده بلادها بلادنا کشورمان کشورش");

/** Impersonal speech verbs with no speaker: «يذكر أن», «يشار إلى». */
const IMPERSONAL_SPEECH = word("یذکر ویذکر یشار ویشار یقال");

/** Words before a trigger that make it a call to stop it: «لوقف الهجمات», «پایان حمایت». */
const CESSATION_CUES = word("وقف لوقف بوقف ووقف انهاء لانهاء پایان توقف لتوقف منع لمنع");

/** Families whose act is mutual: an event even when the text names only the parties, not who acted. */
const MUTUAL_FAMILIES = new Set(["meet", "talks", "phone", "press-conference", "summit", "agree", "accord", "sign", "cooperate-material", "intend-cooperate"]);

/**
 * Families whose verb takes an act noun as its content: «التهديدات … بشن ضربة» (the strike is only
 * threatened), «أدانت مصر الهجوم» (the attack is what is condemned), «طالب بوقف إطلاق النار».
 */
const CONTENT_TAKERS = new Set(["threaten", "warn", "demand", "appeal", "ceasefire", "criticise", "accuse", "praise", "support"]);

/** Families whose «في / من X» is where the act goes: a visit's host, a withdrawal's country. */
const PLACE_TARGET_FAMILIES = new Set(["visit", "withdraw"]);

function analyseSentence(
  input: EventExtractorInput,
  sentence: Sentence,
  forms: readonly CompiledForm[],
  info: EventExtractorOptions["actorInfo"],
  lastSpeaker: Group | undefined,
): SentenceContext {
  const lang = input.article.lang;
  const norm = normalizeWithMap(sentence.text);
  const toOrig = (s: number, e: number) => {
    const span = toOriginalSpan(norm, s, e);
    return { start: span.start + sentence.start, end: span.end + sentence.start };
  };
  // clauses
  const cuts = [sentence.start];
  for (const m of norm.text.matchAll(CLAUSE_BREAKERS[lang])) cuts.push(toOrig(m.index, m.index + m[0].length).start);
  cuts.push(sentence.end);
  const clauses: (readonly [number, number])[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) if (cuts[i + 1]! > cuts[i]!) clauses.push([cuts[i]!, cuts[i + 1]!]);
  const clauseAt = (pos: number) => clauses.find(([s, e]) => pos >= s && pos < e) ?? ([sentence.start, sentence.end] as const);

  // triggers: longest match wins an overlap; a statement never wins against another family
  const found: Trigger[] = [];
  for (const form of forms) {
    if (form.lang !== lang) continue;
    form.re.lastIndex = 0;
    for (const m of norm.text.matchAll(form.re)) {
      const span = toOrig(m.index, m.index + m[0].length);
      found.push({ form, ...span, text: m[0], flags: form.flagsOf(m[0]), clause: clauseAt(span.start) });
    }
  }
  found.sort(
    (a, b) =>
      Number(a.form.family.kind === "statement") - Number(b.form.family.kind === "statement") ||
      b.end - b.start - (a.end - a.start) ||
      a.start - b.start,
  );
  const triggers: Trigger[] = [];
  for (const t of found) if (!triggers.some((k) => t.start < k.end && k.start < t.end)) triggers.push(t);
  triggers.sort((a, b) => a.start - b.start);

  // actor mentions of the sentence
  const mentions = input.actorMentions.filter((m) => m.start >= sentence.start && m.end <= sentence.end);
  const kindOf = (id: string) => info(id)?.kind;
  const places = mentions.filter((m) => kindOf(m.actorId) === "place");
  const parties = mentions.filter((m) => {
    const k = kindOf(m.actorId);
    return k !== "place" && k !== "outlet";
  });
  const groups = groupMentions(input.article.text, sentence.start, parties, triggers, clauses, info);

  // speaker: the subject of the first speech verb, else the section's last speaker
  let speaker: Group | undefined;
  let speechAt: number | undefined;
  const speech = triggers.find((t) => t.form.family.kind === "statement");
  const partial: SentenceContext = {
    sentence, norm, lang, triggers, groups, places, mentions, clauses, info, dates: [],
  };
  const dates = input.dateMentions.filter((d) => d.start >= sentence.start && d.end <= sentence.end);
  if (speech) {
    const outlets = mentions.filter((m) => kindOf(m.actorId) === "outlet");
    const reportedByOutlet = outlets.some(
      (m) => wordsBetween(partial, Math.min(m.end, speech.start), Math.max(m.start, speech.end)) <= 3,
    );
    // «وفق الأناضول», «آناتولی نیز گزارش داد»: an outlet speaks, no participant does
    if (reportedByOutlet || IMPERSONAL_SPEECH.has(speech.text)) return { ...partial, dates };
    speaker = subjectOf(partial, speech) ?? lastSpeaker;
    speechAt = speech.start;
  }
  return { ...partial, speaker: speaker ?? lastSpeaker, speechAt: speaker ? speechAt : undefined, dates };
}

/** Groups coordinated mentions and a person with their own state into runs of actors. */
function groupMentions(
  text: string,
  floor: number,
  mentions: readonly ActorMention[],
  triggers: readonly Trigger[],
  clauses: readonly (readonly [number, number])[],
  info: EventExtractorOptions["actorInfo"],
): Group[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const runs: { start: number; end: number; ids: string[] }[] = [];
  for (const m of sorted) {
    const last = runs[runs.length - 1];
    if (last && m.start < last.end) {
      last.end = Math.max(last.end, m.end);
      if (!last.ids.includes(m.actorId)) last.ids.push(m.actorId);
      continue;
    }
    if (last && joinable(text, last, m, triggers, clauses, info)) {
      last.end = m.end;
      if (!last.ids.includes(m.actorId)) last.ids.push(m.actorId);
      continue;
    }
    runs.push({ start: m.start, end: m.end, ids: [m.actorId] });
  }
  return runs.map((r) => {
    const prep = prepositionBefore(text, r.start, floor);
    return prep ? { ...r, prep } : r;
  });
}

function joinable(
  text: string,
  run: { start: number; end: number; ids: readonly string[] },
  next: ActorMention,
  triggers: readonly Trigger[],
  clauses: readonly (readonly [number, number])[],
  info: EventExtractorOptions["actorInfo"],
): boolean {
  if (triggers.some((t) => t.start >= run.end && t.end <= next.start)) return false;
  if (clauses.some(([s]) => s > run.end && s <= next.start)) return false;
  const gap = normalizeText(text.slice(run.end, next.start).replace(/[^\p{L}\p{N}\s]/gu, " "));
  const words = gap.split(" ").filter((w) => w.length > 0);
  if (words.length > 3) return false;
  if (words.some((w) => PREPOSITIONS.has(w) || /^(?:ب|ل)(?:نظیر|همتا)/.test(w))) return false;
  // coordination: «وتركيا», «و ترکیه», «ونظيره», «ووزير» — but «التقى لافروف نظيره المصري» is an object
  const head = words[0] ?? "";
  if (head === "و" || (head.startsWith("و") && TITLE_WORD.test(head.slice(1).replace(/^ال/, "")))) return true;
  // a person next to their own state: «وزير الخارجية التركي هاكان فيدان»
  const party = (id: string) => partyOf(id, info);
  return run.ids.some((id) => party(id) === party(next.actorId));
}

/** The role a preposition gives the group starting at `start`, looking at the two words before it. */
function prepositionBefore(text: string, start: number, floor: number): PrepRole | undefined {
  const before = text.slice(Math.max(floor, start - 40), start);
  // «بـ"أردوغان"», «لـ»: a clitic preposition glued to the name (quotes and tatweel between)
  if (/(?:^|[^\p{L}])[وف]?[بل]\u0640?["'«“”»\u201D\u201C]*$/u.test(before)) return "target";
  const words = normalizeText(before.replace(/[^\p{L}\p{N}\s]/gu, " "))
    .split(" ")
    .filter((w) => w.length > 0);
  const last = words[words.length - 1];
  // «مع وزير الخارجية الإيراني»: a title may stand between the preposition and the name
  for (const w of words.slice(-4).reverse()) {
    const bare = w.replace(/^[وف](?=\S{2})/, "");
    const role = PREPOSITIONS.get(w) ?? PREPOSITIONS.get(bare);
    if (role) return role;
    if (/^(?:ب|ل)(?:نظیر|همتا|ال)/.test(bare)) return /^بال(?:عاصمه|مدینه)/.test(bare) ? "other" : "target";
    // «ضد الاحتلال الإسرائيلي», «مع الجانب التركي»: the noun an adjective-name qualifies
    if (!TITLE_WORD.test(bare) && !(w === last && /^ال\S{3}/.test(bare))) return undefined;
  }
  return undefined;
}

/** Title words that may stand between a preposition and a name: «مع وزير الخارجية الإيراني». */
const TITLE_WORD =
  /^(?:ال)?(?:وزیر|وزرا|خارجیه|خارجه|امور|دفاع|داخلیه|رئیس|رییس|روسا|نظیر|همتا|نائب|مساعد|سفیر|متحدث|ناطق|سخنگو|امین|عام|ملک|امیر|ولی|عهد|مرشد|اعلی|رهبر|وزارت|نخست|جمهور|معاون|حکومه|دوله|دولت|مسئول|مسوول)/;

function partyOf(id: string, info: EventExtractorOptions["actorInfo"]): string {
  const i = info(id);
  return i?.kind === "person" && i.country ? i.country : id;
}

/** The subject of a trigger: inside a split phrase, before it, after an Arabic verb, or a noun's agent. */
function subjectOf(ctx: SentenceContext, t: Trigger): Group | undefined {
  const [cs, ce] = t.clause;
  const inClause = ctx.groups.filter((g) => g.start >= cs && g.end <= ce);
  // «أجرى أكار ونظيره محادثات»: in Arabic the subject stands inside a split phrase; in Persian
  // the words inside «حمایت … از سوریه اعلام کرد» are objects
  const inside = inClause.find((g) => g.start >= t.start && g.end <= t.end && !g.prep);
  if (inside && ctx.lang === "ar") return inside;
  const before = inClause.filter((g) => g.end <= t.start && !g.prep);
  const noOtherTriggerBetween = (g: Group) =>
    !ctx.triggers.some((o) => o !== t && o.form.family.kind !== "statement" && o.start >= g.end && o.end <= t.start);
  const after = inClause.filter((g) => g.start >= t.end);
  const first = after[0];
  const gapWords = first ? wordsBetween(ctx, t.end, first.start) : Number.POSITIVE_INFINITY;
  const nearest = before[before.length - 1];
  if (t.form.verbal && ctx.lang === "ar") {
    // SVO when the subject stands right before the verb («إيران توافق»), else VSO («شدد الوزير
    // الإيراني»), else the clause's first actor («وحول موقف تركيا …، شدد» is a fronted topic)
    if (nearest && wordsBetween(ctx, nearest.end, t.start) <= 1) return nearest;
    if (first && !first.prep && gapWords <= 3) return first;
    return before[0];
  }
  if (t.form.verbal) {
    // Persian SOV: the subject opens the clause («عراقچی … گفت»), not a name inside «با اشاره به …»
    return before.find((g) => {
      const lead = ctx.sentence.text.slice(cs - ctx.sentence.start, g.start - ctx.sentence.start).split(/[,،]/).pop() ?? "";
      return normalizeText(lead).split(" ").filter((w) => /\p{L}/u.test(w)).length <= 2;
    });
  }
  // a noun takes only a subject standing close before it
  const subject = [...before].reverse().find((g) => noOtherTriggerBetween(g) && wordsBetween(ctx, g.end, t.start) <= 3);
  if (subject) return subject;
  if (!first || first.prep) return undefined;
  if (!t.form.verbal && gapWords <= 1) {
    const demonym = ctx.mentions.some((m) => m.start >= first.start && m.end <= first.end && m.via === "demonym");
    if (t.form.family.genitive === "agent" || (demonym && gapWords === 0)) return first;
  }
  return undefined;
}

// ───────────────────────────── events ─────────────────────────────

interface Candidate {
  trigger: Trigger;
  cameo: string;
  quad: Quad;
  goldstein: number;
  rank: number;
  kind: TriggerFamily["kind"];
  modality: Modality;
  sources: string[];
  targets: string[];
  others: string[];
  place?: string;
  /** All triggers this event stands for after collapsing (for dating). */
  spans: Trigger[];
}

function eventsOfSentence(ctx: SentenceContext, input: EventExtractorInput, fallback: EventDate): ExtractedEvent[] {
  const candidates: Candidate[] = [];
  for (const t of ctx.triggers) {
    const c = candidateOf(ctx, t);
    if (c) candidates.push(c);
  }
  const kept = collapse(candidates, ctx);
  const published = input.article.published;
  return kept.map((c) => {
    const dateMention = dateFor(c, ctx);
    const date = dateMention?.date ?? fallback;
    let modality = c.modality;
    if (modality === "reported" && date.start > published) modality = "planned";
    const event: ExtractedEvent = {
      articleId: input.article.id,
      sentence: ctx.sentence,
      trigger: { start: c.trigger.start, end: c.trigger.end, lemma: c.trigger.form.lemma },
      cameo: c.cameo,
      quad: c.quad,
      goldstein: c.goldstein,
      modality,
      date,
      ...(dateMention ? { dateMention } : {}),
      sourceIds: c.sources,
      targetIds: c.targets,
      otherIds: c.others,
      ...(c.place ? { place: c.place } : {}),
      actorMentions: ctx.mentions,
    };
    return event;
  });
}

function candidateOf(ctx: SentenceContext, t: Trigger): Candidate | undefined {
  const family = t.form.family;
  const info = ctx.info;
  const party = (id: string) => partyOf(id, info);
  const [cs, ce] = t.clause;
  const normBefore = normAround(ctx, t, "before");
  const lastWords = normBefore.split(" ").slice(-2);
  const cessation = family.kind !== "statement" && family.id !== "ceasefire" && lastWords.some((w) => CESSATION_CUES.has(w));

  // an act noun right after a threat or condemnation is its content, not an act of its own
  if (!t.form.verbal && !cessation) {
    const absorbed = ctx.triggers.some(
      (o) => o !== t && CONTENT_TAKERS.has(o.form.family.id) && o.end <= t.start && wordsBetween(ctx, o.end, t.start) <= 3,
    );
    if (absorbed) return undefined;
  }

  const speakerIds = ctx.speaker ? withStates(ctx.speaker.ids, info) : [];
  let sources: string[] = [];
  let subject = subjectOf(ctx, t);
  const anaphor = [...SPEAKER_ANAPHORS].some((a) => clauseWordsBefore(ctx, t).includes(a));
  const stateAnaphor = [...SPEAKER_STATE_ANAPHORS].some((a) => clauseWordsBefore(ctx, t).includes(a));
  const inSpeech = ctx.speechAt !== undefined && t.start > ctx.speechAt;
  if (family.kind === "statement") {
    if (!ctx.speaker || ctx.speaker.ids.every((id) => info(id)?.kind === "outlet")) return undefined;
    sources = [...ctx.speaker.ids];
  } else if (t.flags.firstPerson && ctx.speaker) {
    sources = speakerIds;
  } else if (subject && anaphor && inSpeech && t.form.verbal && subject.start >= t.end && ctx.speaker) {
    // «صرّح أردوغان أنه قد يلتقي برأس النظام بشار الأسد»: the pronoun is the subject, the name the object
    sources = [...ctx.speaker.ids];
    subject = undefined;
  } else if (subject) {
    sources = [...subject.ids];
    // «أجرى أكار ونظيره السوري علي عباس محادثات»: every name inside the split phrase acts
    if (ctx.lang === "ar" && subject.start >= t.start && subject.end <= t.end) {
      for (const g of ctx.groups) {
        if (g !== subject && !g.prep && g.start >= t.start && g.end <= t.end) sources.push(...g.ids.filter((id) => !sources.includes(id)));
      }
    }
  } else if (stateAnaphor && ctx.speaker) {
    sources = speakerIds.filter((id) => info(id)?.kind === "state");
    if (sources.length === 0) sources = speakerIds;
  } else if (ctx.speaker && (t.flags.possessive || (anaphor && inSpeech && t.form.verbal))) {
    sources = [...ctx.speaker.ids];
  }

  const sourceParties = new Set(sources.map(party));
  const targets: string[] = [];
  const others: string[] = [];
  const scope: readonly [number, number] = family.kind === "statement" ? [ctx.sentence.start, ctx.sentence.end] : [cs, ce];
  let previousEnd = t.end;
  for (const g of ctx.groups) {
    if (g.start < scope[0] || g.end > scope[1]) continue;
    if (subject && g === subject && family.kind !== "statement") {
      if (g.start >= t.end) previousEnd = g.end;
      continue;
    }
    const fresh = g.ids.filter((id) => !sources.includes(id));
    let role: PrepRole = "target";
    if (family.kind !== "statement") {
      const insideTrigger = g.start >= t.start && g.end <= t.end;
      if (g.prep && g.end <= t.start && !t.form.verbal && wordsBetween(ctx, g.end, t.start) > 3) role = "other";
      else if (g.prep) role = g.prep;
      else if (insideTrigger) role = "target";
      else if (g.end <= t.start) role = ctx.lang === "fa" && t.form.verbal ? "target" : "other";
      // an object follows its verb or subject closely; a name far after is a genitive of
      // another noun («مشاوراتها مع كل دول المنطقة بشأن وقف الهجمات الإسرائيلية»)
      else if (wordsBetween(ctx, previousEnd, g.start) > 2) role = "other";
    }
    if (g.start >= t.end) previousEnd = g.end;
    for (const id of fresh) {
      if (family.kind === "statement" && sourceParties.has(party(id))) continue;
      const list = role === "target" ? targets : others;
      if (!list.includes(id) && !targets.includes(id)) list.push(id);
    }
  }
  const place = placeFor(ctx, t, [cs, ce]);
  // a visit or withdrawal is to or from whatever it names: «سيصل … ليشارك في عملية أستانا»,
  // «انسحاب قواتها من خيرسون في أوكرانيا»
  if (PLACE_TARGET_FAMILIES.has(family.id) && targets.length === 0) targets.push(...others.splice(0));
  // a visit to a place visits its state: «زيارة عراقجي إلى إسطنبول»
  if (family.id === "visit" && targets.length === 0 && place) {
    const country = info(place)?.country;
    if (country && !sourceParties.has(country)) targets.push(country);
  }

  const allParties = new Set([...sources, ...targets, ...others].map(party));
  const sourceTargetParties = new Set([...sources, ...targets].map(party));
  const targetParties = new Set(targets.map(party).filter((p) => !sourceParties.has(p)));

  let { cameo, quad, goldstein } = family;
  const rank = family.rank;
  const kind = family.kind;
  for (const r of family.refine ?? []) {
    if (refinementApplies(ctx, t, r.cues, r.scope, r.unless ?? [])) {
      ({ cameo, quad, goldstein } = r);
      break;
    }
  }
  if (cessation) {
    // «يبذلان جهودا لوقف الهجمات الإسرائيلية»: a call on the attacker to stop
    if (!ctx.speaker) return undefined;
    const callers = speakerIds;
    const callerParties = new Set(callers.map(party));
    const addressed = [...sources, ...targets].filter((id) => !callerParties.has(party(id)));
    if (addressed.length === 0) return undefined;
    return {
      trigger: t, cameo: "100", quad: 3, goldstein: -5.0, rank: 2, kind: "interaction",
      sources: callers, targets: addressed, others: others.filter((id) => !callerParties.has(party(id))),
      ...(place ? { place } : {}), spans: [t], modality: modalityOf(ctx, t),
    };
  }

  if (kind === "statement") {
    if (targetParties.size === 0) return undefined;
  } else if (kind === "attack") {
    if (allParties.size === 0 || sourceTargetParties.size === 0) return undefined;
  } else {
    // two parties, and someone who acts unless the act is mutual («اجتماعات … بحضور تركيا وروسيا»)
    if (MUTUAL_FAMILIES.has(family.id)) {
      // «بدأت اجتماعات مسار أستانة … برعاية الدول الضامنة تركيا وروسيا وإيران»: attendees named
      // after the meeting count
      const attendees = ctx.groups
        .filter((g) => g.start >= t.end && g.end <= ce)
        .some((g) => new Set(g.ids.map(party)).size >= 2);
      if (sourceTargetParties.size < 2 && !attendees) return undefined;
    } else {
      if (sourceTargetParties.size < 2 || sources.length === 0) return undefined;
      if (targetParties.size === 0 && sourceParties.size < 2) return undefined;
    }
  }
  return {
    trigger: t, cameo, quad, goldstein, rank, kind,
    sources, targets, others, ...(place ? { place } : {}), spans: [t], modality: modalityOf(ctx, t),
  };
}

function withStates(ids: readonly string[], info: EventExtractorOptions["actorInfo"]): string[] {
  const out = [...ids];
  for (const id of ids) {
    const i = info(id);
    if (i?.kind === "person" && i.country && !out.includes(i.country)) out.push(i.country);
  }
  return out;
}

function refinementApplies(
  ctx: SentenceContext,
  t: Trigger,
  cues: readonly string[],
  scope: "next" | "clause",
  unless: readonly string[],
): boolean {
  const normCues = cues.map((c) => normalizeText(c));
  const vetoes = unless.map((c) => normalizeText(c));
  let text: string;
  if (scope === "next") {
    text = normAround(ctx, t, "after").split(" ").slice(0, 6).join(" ");
    text = `${t.text} ${text}`;
  } else {
    const [cs, ce] = t.clause;
    const start = t.form.family.kind === "statement" ? t.start : cs;
    const end = t.form.family.kind === "statement" ? ctx.sentence.end : ce;
    text = normalizeText(ctx.sentence.text.slice(start - ctx.sentence.start, end - ctx.sentence.start));
  }
  const raw = text.split(" ");
  const words = raw.map((w) => w.replace(/^(?:[وف])?(?:لل|[بلک]?(?:ال)?)(?=\S{3})/u, ""));
  const vetoed = (i: number) => words.slice(Math.max(0, i - 3), i).some((w) => vetoes.some((v) => w.startsWith(v)));
  return normCues.some((c) => {
    if (c.includes(" ")) return text.includes(c);
    const bareCue = c.replace(/^ال(?=\S{3})/, "");
    return words.some((w, i) => (raw[i]!.startsWith(c) || w.startsWith(bareCue)) && !vetoed(i));
  });
}

function normAround(ctx: SentenceContext, t: Trigger, side: "before" | "after"): string {
  const s = ctx.sentence;
  const slice = side === "before" ? s.text.slice(0, t.start - s.start) : s.text.slice(t.end - s.start);
  return normalizeText(slice.replace(/[^\p{L}\p{N}\s]/gu, " "));
}

function clauseWordsBefore(ctx: SentenceContext, t: Trigger): string[] {
  const s = ctx.sentence;
  // the clause break word itself («إنه», «بلاده» right after «أن») counts
  const from = Math.max(s.start, t.clause[0]);
  return normalizeText(s.text.slice(from - s.start, t.start - s.start).replace(/[^\p{L}\p{N}\s]/gu, " ")).split(" ");
}

function wordsBetween(ctx: SentenceContext, a: number, b: number): number {
  return normalizeText(ctx.sentence.text.slice(a - ctx.sentence.start, b - ctx.sentence.start))
    .split(" ")
    .filter((w) => /\p{L}/u.test(w)).length;
}

/** A place mention in the trigger's clause, preferring one after «في / بـ / در». */
function placeFor(ctx: SentenceContext, t: Trigger, [cs, ce]: readonly [number, number]): string | undefined {
  const inClause = ctx.places.filter((p) => p.start >= cs && p.end <= ce);
  const introduced = inClause.find((p) => prepositionBefore(ctx.sentence.text, p.start - ctx.sentence.start, 0) !== undefined);
  const chosen = introduced ?? inClause.sort((a, b) => Math.abs(a.start - t.start) - Math.abs(b.start - t.start))[0];
  return chosen?.actorId;
}

function modalityOf(ctx: SentenceContext, t: Trigger): Modality {
  return detectModality({
    lang: ctx.lang,
    before: normAround(ctx, t, "before"),
    after: normAround(ctx, t, "after"),
    flags: t.flags,
    verbal: t.form.verbal,
  });
}

/**
 * Collapses triggers of one sentence that describe one interaction: same quad and one party set
 * inside the other (material conflict only within one clause), keeping the most specific code.
 * A statement is dropped when another event already names every actor it is about.
 */
function collapse(candidates: readonly Candidate[], ctx: SentenceContext): Candidate[] {
  const party = (id: string) => partyOf(id, ctx.info);
  const partiesOf = (c: Candidate) => new Set([...c.sources, ...c.targets, ...c.others].map(party));
  const subset = (a: Set<string>, b: Set<string>) => [...a].every((x) => b.has(x));
  const ordered = [...candidates].sort((a, b) => b.rank - a.rank || a.trigger.start - b.trigger.start);
  const kept: Candidate[] = [];
  for (const c of ordered) {
    const pc = partiesOf(c);
    if (c.kind === "statement") {
      // one statement per sentence, and none when another event already tells what was said
      const speakerParties = new Set(c.sources.map(party));
      const covered = candidates.some(
        (o) =>
          o !== c &&
          o.kind !== "statement" &&
          (subset(new Set(c.targets.map(party)), partiesOf(o)) || o.sources.some((id) => speakerParties.has(party(id)))),
      );
      if (!covered && !kept.some((k) => k.kind === "statement")) kept.push(c);
      continue;
    }
    const host = kept
      // «توافق کردیم جلسه بعدی … برگزار شود»: the agreement happened, the meeting is planned
      .filter((k) => k.kind !== "statement" && k.quad === c.quad && k.modality === c.modality)
      .filter((k) => c.quad !== 4 || sameClause(k.trigger, c.trigger))
      .filter((k) => {
        const pk = partiesOf(k);
        return subset(pc, pk) || subset(pk, pc);
      })
      .sort((a, b) => Math.abs(a.trigger.start - c.trigger.start) - Math.abs(b.trigger.start - c.trigger.start))[0];
    if (!host) {
      kept.push({ ...c, spans: [...c.spans] });
      continue;
    }
    host.spans.push(c.trigger);
    const known = new Set([...host.sources, ...host.targets, ...host.others]);
    // «اغتيال … في غارة إسرائيلية»: the strike's agent becomes the assassination's source
    const sourceless = host.sources.length === 0;
    const targetless = host.targets.length === 0;
    const add = (ids: readonly string[], into: string[]) => {
      for (const id of ids) {
        const at = host.others.indexOf(id);
        if (at >= 0 && into !== host.others) host.others.splice(at, 1);
        else if (known.has(id)) continue;
        into.push(id);
        known.add(id);
      }
    };
    add(c.sources, sourceless ? host.sources : host.others);
    add(c.targets, targetless ? host.targets : host.others);
    add(c.others, host.others);
    if (!host.place && c.place) host.place = c.place;
  }
  return kept.sort((a, b) => a.trigger.start - b.trigger.start);
}

function sameClause(a: Trigger, b: Trigger): boolean {
  return a.clause[0] === b.clause[0];
}

/**
 * The date mention of an event. Each date of the sentence belongs to its nearest trigger, a trigger
 * of its own clause first («ردا على اغتيال … في 27 أيلول» belongs to the assassination); an event
 * takes the nearest date one of its triggers owns, else the date owned by the speech verb it is
 * reported under («وقال الوزير، السبت، إن…»). Dates after «منذ / از» are durations, not event dates.
 */
function dateFor(c: Candidate, ctx: SentenceContext): DateMention | undefined {
  const usable = ctx.dates.filter((d) => !SINCE.has(lastWordBefore(ctx, d.start)));
  if (usable.length === 0) return undefined;
  const gap = (d: DateMention, t: Trigger) => (d.end <= t.start ? t.start - d.end : d.start >= t.end ? d.start - t.end : 0);
  const ownerOf = (d: DateMention) => {
    const sameClause = ctx.triggers.filter((t) => d.start >= t.clause[0] && d.end <= t.clause[1]);
    const pool = sameClause.length > 0 ? sameClause : ctx.triggers;
    return [...pool].sort((a, b) => gap(d, a) - gap(d, b))[0];
  };
  const owned = usable.filter((d) => {
    const owner = ownerOf(d);
    return owner !== undefined && c.spans.includes(owner);
  });
  const nearest = (ds: readonly DateMention[]) =>
    [...ds].sort((a, b) => Math.min(...c.spans.map((t) => gap(a, t))) - Math.min(...c.spans.map((t) => gap(b, t))))[0];
  if (owned.length > 0) return nearest(owned);
  // a date of the same clause owned by another act («ردا على اغتيال هنية، خلال زيارة …، في نهاية تموز»)
  const inClause = usable.filter((d) => {
    const owner = ownerOf(d);
    return owner?.form.family.kind !== "statement" && d.start >= c.trigger.clause[0] && d.end <= c.trigger.clause[1];
  });
  if (inClause.length > 0) return nearest(inClause);
  // the day of the speech dates what the speech reports («وقال الوزير، السبت، إن بلاده…»)
  const speech = usable.filter((d) => {
    const owner = ownerOf(d);
    return owner?.form.family.kind === "statement" && owner.start < c.trigger.start && owner.clause[0] !== c.trigger.clause[0];
  });
  return speech.length > 0 ? nearest(speech) : undefined;
}

/** «منذ عام 2011», «از سال ۲۰۱۱»: the date starts a duration. */
const SINCE = word("منذ ومنذ از");

function lastWordBefore(ctx: SentenceContext, pos: number): string {
  const words = normalizeText(ctx.sentence.text.slice(0, pos - ctx.sentence.start).replace(/[^\p{L}\p{N}\s]/gu, " ")).split(" ");
  return words[words.length - 1] ?? "";
}

/** Story date per section: the first day-precise date in the section's first three sentences. */
function sectionStoryDates(input: EventExtractorInput): Map<number, EventDate> {
  const out = new Map<number, EventDate>();
  const seen = new Map<number, number>();
  for (const s of input.sentences) {
    const n = seen.get(s.section) ?? 0;
    seen.set(s.section, n + 1);
    if (n >= 3 || out.has(s.section)) continue;
    const d = input.dateMentions.find((m) => m.start >= s.start && m.end <= s.end && m.date.precision === "day");
    if (d) out.set(s.section, d.date);
  }
  return out;
}

function publicationDate(published: string): EventDate {
  return { edtf: published, start: published, end: published, precision: "day" };
}
