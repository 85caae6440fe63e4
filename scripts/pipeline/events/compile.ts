/**
 * Compiles the trigger lexicon's form notation (scripts/lexicon/triggers.ts) into regular
 * expressions over normalised text, with the literal stems that every match contains (so that a
 * sentence is searched only with the forms whose stems it holds) and the verb flags of a match.
 */
import type { Lang } from "../../../src/contract/schema.ts";
import { normalizeText } from "../../../src/text/normalize.ts";
import type { TriggerFamily } from "../../lexicon/triggers.ts";
import type { CompiledForm, FormType, TriggerFlags } from "./types.ts";

const NOT_LETTER_BEFORE = "(?<![\\p{L}\\p{N}])";
const NOT_LETTER_AFTER = "(?![\\p{L}\\p{N}])";
/** Marks that may close a normalised word: «سلمت,», «الاتفاق»». */
const MARKS = `[,.;:!?"'»«)(]`;
const TRAILING_MARKS = new RegExp(`${MARKS}+$`, "u");
/**
 * Up to twelve words between the parts of a split phrase («أجرى … محادثات»), and a mark right after the
 * part before («سلّمت، يوم الجمعة الماضي، سفير العراق … مذكرة احتجاج»: normalised, «سلمت,»).
 */
const GAP_AR = `${MARKS}*(?: [^ ]+){0,12}`;
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
  // «… را به امضا رساندند», «به تصویب رساند»
  رساند: "رسان",
  // «گشایش یافت», «پایان یافت»
  یافت: "یاب",
  ایستاد: "ایست",
  // «… میزبان السودانی بود»
  بود: "باش",
  // «به خانه‌ها یورش برد»
  برد: "بر",
};

/**
 * How far before its anchor a match may start: the longest prefix a piece puts before its stem
 * (Persian «نخواهند » before a past stem: 8; Arabic «وبال» before a noun: 4; «وسی» before a verb: 3).
 */
export const MAX_ANCHOR_OFFSET = 8;

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

/** A piece of a form's pattern and the literals one of which every match of the piece contains. */
interface Piece {
  readonly pattern: string;
  readonly anchors: readonly string[];
}

function compileForm(family: TriggerFamily, lang: Lang, raw: string): CompiledForm {
  const m = /^([vnpc]):(.+)$/.exec(raw);
  if (!m) throw new Error(`triggers.ts: family ${family.id}: form «${raw}» lacks a v:/n:/p:/c: prefix`);
  const type = m[1] as FormType;
  const body = m[2]!;
  const tokens = body.split(/\s+/).filter((t) => t.length > 0);
  const pieces: string[] = [];
  let anchors: readonly string[] | undefined;
  let verb: { past: string; pres: string } | undefined;
  let nounCore: string | undefined;
  let gapNext = false;
  let oneWord = false;
  const gap = lang === "ar" ? GAP_AR : GAP_FA;
  const sep = lang === "ar" ? " " : " ?";
  const lightIndex = type === "c" ? tokens.length - 1 : -1;
  tokens.forEach((token, i) => {
    if (token === "…") {
      gapNext = true;
      return;
    }
    let piece: Piece;
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
    anchors = anchors ?? piece.anchors;
    // a space, `\s`, `.`, a negated class or escape (`[^…]`, `\S`, `\P{…}`) is all that could match a space
    if (pieces.length === 0) oneWord = !/ |\\s|\.|\[\^|\\[A-Z]/.test(piece.pattern);
    pieces.push(pieces.length === 0 ? piece.pattern : `${gapNext ? gap : ""}${sep}${piece.pattern}`);
    gapNext = false;
  });
  const source = `${NOT_LETTER_BEFORE}(?:${pieces.join("")})${NOT_LETTER_AFTER}`;
  // the same without the opening look-behind, for offsets already known not to follow a letter or digit
  const openSource = `(?:${pieces.join("")})${NOT_LETTER_AFTER}`;
  const lemma = normalizeText(tokens.filter((t) => t !== "…").join(" ").replace(/v:|\/\S*/g, ""));
  const verbal = type === "v" || type === "c" || tokens[0]?.startsWith("v:") === true;
  const flags = flagsFor(lang, type, verb, nounCore);
  return new Form(family, lang, type, lemma, verbal, anchors ?? [""], oneWord, flags, source, openSource);
}

/**
 * A compiled form whose expressions are built on first use: building one with `\p{L}` costs about
 * 0.1 ms and most forms never need `re` or `sticky` (a worker builds the lexicon before its first
 * article). A class, so that every form shares one shape and one set of getters on the hot path.
 */
class Form implements CompiledForm {
  #re: RegExp | undefined;
  #sticky: RegExp | undefined;
  #open: RegExp | undefined;

  constructor(
    readonly family: TriggerFamily,
    readonly lang: Lang,
    readonly type: FormType,
    readonly lemma: string,
    readonly verbal: boolean,
    readonly anchors: readonly string[],
    readonly oneWord: boolean,
    readonly flagsOf: (match: string) => TriggerFlags,
    private readonly source: string,
    private readonly openSource: string,
  ) {}

  get re(): RegExp {
    this.#re ??= new RegExp(this.source, "gu");
    return this.#re;
  }

  get sticky(): RegExp {
    this.#sticky ??= new RegExp(this.source, "uy");
    return this.#sticky;
  }

  get open(): RegExp {
    this.#open ??= new RegExp(this.openSource, "uy");
    return this.#open;
  }
}

const AR_CLITICS_V = "(?:[وف])?";
const AR_CLITICS_N = "(?:[وف])?(?:لل|[بلک]?(?:ال)?)";

/** «التقى» → التقى، التقت، التقيا، التقوا، يلتقي، سنلتقي… */
function arVerb(past: string, pres: string): Piece {
  const alts: string[] = [];
  const anchors: string[] = [];
  if (past) {
    alts.push(`${arPastCore(past)}${AR_PRONOUN}`);
    anchors.push(weakStem(past, /[یا]$/));
  }
  if (pres) {
    alts.push(`س?[یتنا]${arPresCore(pres)}${AR_PRONOUN}`);
    anchors.push(weakStem(pres, /[یوا]$/));
  }
  return { pattern: `${AR_CLITICS_V}(?:${alts.join("|")})`, anchors };
}

/** The literal part of a stem whose weak last letter the patterns vary. */
function weakStem(stem: string, weak: RegExp): string {
  return weak.test(stem) ? stem.slice(0, -1) : stem;
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
function arNoun(word: string): Piece {
  let core = word;
  let literal = word;
  if (word.endsWith("اء")) {
    core = `${word.slice(0, -2)}(?:اء|ای|او|ا)`;
    literal = word.slice(0, -2);
  } else if (word.endsWith("ه")) {
    core = `${word.slice(0, -1)}(?:ه|ت|ات)`;
    literal = word.slice(0, -1);
  }
  return { pattern: `${AR_CLITICS_N}${core}(?:ات|ان|ین|یه|ی|ا)?(?:ه|ها|هما|هم|کم|نا|ی)?`, anchors: [literal] };
}

/** Past stem with می/نمی/ن/ب, personal endings, perfect and future; present stem likewise. */
function faVerb(past: string, pres: string): Piece {
  const pre = "(?:نمی ?|می ?|ن|ب)?";
  // (the perfect's auxiliary joined by a non-joiner, «کرده‌اند», reads «کردهاند» once normalised)
  const pastEnd = "(?:ه(?: ?(?:است|اند|ایم|ام|ای|اید)| (?:بود(?:م|ی|یم|ید|ند)?|باشد|باشند|شد))?|م|ی|یم|ید|ند)?";
  const alts = [];
  if (past) alts.push(`ن?خواه(?:م|ی|د|یم|ید|ند) ?${past}`, `${pre}${past}${pastEnd}`);
  if (pres) alts.push(`${pre}${pres}(?:م|ی|د|یم|ید|ند)`);
  return { pattern: `(?:${alts.join("|")})`, anchors: [past, pres].filter((s) => s.length > 0) };
}

function faNoun(word: string): Piece {
  const parts = word.split(" ");
  // («حمله‌ای»: the indefinite after a non-joiner reads «حملهای» once normalised)
  return { pattern: `${parts.join(" ?")}(?:ها|های|هایی|ای|ی|ش|شان|مان|ات)?`, anchors: [parts[0] ?? ""] };
}

/** The flags of a form's matches, with the form's own patterns compiled once. */
function flagsFor(lang: Lang, type: FormType, verb: { past: string; pres: string } | undefined, nounCore: string | undefined): (match: string) => TriggerFlags {
  if (lang === "ar") return arFlags(verb, nounCore);
  if (verb && (type === "v" || type === "c")) return faFlags(verb);
  // «مذاکراتش»: the possessive points back to the subject or speaker
  const coreHasPossessive = /(?:ش|شان)$/.test(nounCore ?? "");
  return (match) => ({ ...NO_FLAGS, possessive: type === "n" && /(?:ش|شان)$/.test(match) && !coreHasPossessive });
}

function arFlags(verb: { past: string; pres: string } | undefined, nounCore: string | undefined): (match: string) => TriggerFlags {
  const core = verb?.pres ? arPresCore(verb.pres) : "";
  const futureRe = verb?.pres ? new RegExp(`^[وف]?س[یتنا]${core}`, "u") : undefined;
  const firstPresRe = verb?.pres ? new RegExp(`^[وف]?س?ن${core}`, "u") : undefined;
  const firstPastRe = verb?.past ? new RegExp(`^[وف]?${arPastCore(verb.past)}نا$`, "u") : undefined;
  const perfectRe = verb?.past ? new RegExp(`^[وف]?${arPastCore(verb.past)}${AR_PRONOUN}$`, "u") : undefined;
  const forms = verb ? [verb.past && arPastCore(verb.past), verb.pres && `س?[یتنا]${arPresCore(verb.pres)}`].filter((f) => f) : [];
  // «him», «them» (two or more): a person or delegation named before; «ها» is as often a thing («القمة التي استضافتها»)
  const objectRe = forms.length > 0 ? new RegExp(`^[وف]?(?:${forms.join("|")})(?:ه|هما|هم)$`, "u") : undefined;
  // «لقائه», «زيارته»: the noun carries «his», pointing back to the subject or speaker
  const stem = !nounCore ? undefined : nounCore.endsWith("ه") ? nounCore.slice(0, -1) : nounCore.replace(/اء$/, "");
  // the bare noun is one letter longer than the stem when it ends in «ة» or «اء» («زيارة», «لقاء»), not
  // otherwise: «استقباله» is «استقبال» + «ه»
  const longer = nounCore && (nounCore.endsWith("ه") || nounCore.endsWith("اء")) ? 1 : 0;
  return (match) => {
    const space = match.indexOf(" ");
    // (a mark may close the first word of a split phrase: «سلمت, یوم الجمعه …»)
    const first = (space < 0 ? match : match.slice(0, space)).replace(TRAILING_MARKS, "");
    let future = false;
    let firstPerson = false;
    if (futureRe && firstPresRe) {
      future = futureRe.test(first);
      firstPerson = firstPresRe.test(first);
    }
    if (firstPastRe && !firstPerson) firstPerson = firstPastRe.test(first);
    let possessive = false;
    if (stem !== undefined) {
      const variants = [first, first.replace(/^(?:[وف])?(?:لل|[بلک]?(?:ال)?)/u, "")];
      possessive = variants.some((b) => b.length > stem.length + longer && /[^ا]ه$/.test(b) && b.startsWith(stem.slice(0, 2)));
    }
    return { future, negated: false, subjunctive: false, perfect: perfectRe?.test(first) ?? false, firstPerson, possessive, objectPronoun: objectRe?.test(first) ?? false };
  };
}

function faFlags(verb: { past: string; pres: string }): (match: string) => TriggerFlags {
  const stems = [verb.past, verb.pres].filter((s) => s.length > 0).join("|");
  const negatedRe = new RegExp(`(?:^| )(?:نمی ?|ن)(?:${stems})|(?:^| )نخواه`, "u");
  const subjunctiveRe = new RegExp(`(?:^| )ب?${verb.pres}(?:م|ی|د|یم|ید|ند)$`, "u");
  // «رسید» is the past of «رس» before it is «رس + ید»: a past form is never subjunctive
  const pastRe = verb.past ? new RegExp(`(?:^| )${verb.past}(?:م|ی|یم|ید|ند)?$`, "u") : undefined;
  return (match) => {
    const tokens = match.split(" ");
    const tail = tokens.slice(-3).join(" ");
    const last = tokens[tokens.length - 1] ?? "";
    const negated = negatedRe.test(tail);
    const future = /خواه(?:م|ی|د|یم|ید|ند)(?: |$)/u.test(tail) && !tail.endsWith("خواهد");
    // «هشدار می‌دهم», «گفتیم», «کرده‌ام»: every first-person ending ends in «م» (no stem of the lexicon does)
    const firstPerson = /م$/.test(last) || /خواهیم|خواهم/.test(tail);
    // «داریم», «است» have no می-form: their bare present is indicative
    const subjunctive = verb.pres.length > 0 && verb.pres !== "دار" && subjunctiveRe.test(tail) && !/می ?[^ ]*$/.test(tail) && !pastRe?.test(tail);
    return { future, negated, subjunctive, firstPerson, possessive: false };
  };
}
