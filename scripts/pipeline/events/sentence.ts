/**
 * One sentence read for events: its clauses, its triggers (longest match wins an overlap, a
 * statement never wins against another family), its actor groups and its speaker.
 */
import type { Lang } from "../../../src/contract/schema.ts";
import { normalizeText, toOriginalSpan } from "../../../src/text/normalize.ts";
import type { ActorMention, DateMention, Sentence } from "../types.ts";
import { clauseBreaks, endsInFiniteVerb, IMPERSONAL_SPEECH, KE, OFFICE_WORDS } from "./cues.ts";
import { groupMentions } from "./groups.ts";
import { bareSlice, rawSlice, type SentenceText, sentenceText, type ViewArena } from "./sentenceText.ts";
import { subjectOf, twoSidesAct, wordsBetween } from "./subject.ts";
import { MAX_ANCHOR_OFFSET } from "./compile.ts";
import { requirementMet } from "./candidates.ts";
import type { ActorInfoOf, CompiledForm, Group, SentenceContext, Trigger } from "./types.ts";

/** The Persian relative «که», normalised. */
const RELATIVE_FA = KE;
const ROUND = new RegExp(`^(?:[وفبل]|ال|وال|بال|لل)*${normalizeText("جولة")}$`);
/** What follows «جولة» when it is a round: of a vote, of talks, or counted. */
const ROUND_OF = new Set(
  "الإعادة الاعادة إعادة الانتخابات انتخابات الانتخابية المفاوضات مفاوضات المحادثات محادثات الحوار حوار المباحثات مباحثات التفاوض من أولى الأولى ثانية الثانية ثالثة الثالثة رابعة الرابعة جديدة الجديدة أخيرة الأخيرة الختامية ختامية"
    .split(" ")
    .map((w) => normalizeText(w)),
);
/** Time nouns before «که»: «روزی که» is "the day when", not a relative clause closed by a comma. */
const WHEN_FA = new Set(["روزی", "زمانی", "هنگامی", "وقتی", "موقعی", "لحظه‌ای"].map((w) => normalizeText(w)));

const TEH_MARBUTA = 0x0629;
/** Tanween (fathatan, dammatan, kasratan): the mark of an indefinite noun, never of a verb. */
const TANWEEN = new Set([0x064b, 0x064c, 0x064d]);

/** The forms of one language, with each distinct anchor listed once. */
interface LangForms {
  readonly forms: readonly CompiledForm[];
  readonly anchors: readonly string[];
  /** For each form, the indices of its anchors in `anchors`. */
  readonly anchorIds: readonly (readonly number[])[];
  /** Anchors of three characters or more by `trigramKey` of their first three. */
  readonly byTrigram: ReadonlyMap<number, readonly number[]>;
  /** Anchors of two characters by `bigramKey`. */
  readonly byBigram: ReadonlyMap<number, readonly number[]>;
  /**
   * At `bigramKey` of a text's two characters: bit 1 when an anchor of `byBigram` is those two,
   * bit 2 when an anchor of `byTrigram` starts with them (most positions of a text have neither).
   */
  readonly starts: Uint8Array;
  /** Anchors shorter than two characters: found by `indexOf`. */
  readonly short: readonly number[];
  /** For each anchor, the indices of the forms that have it, ascending. */
  readonly formsOf: readonly (readonly number[])[];
  /** Set at `trigramHash` of the anchors in `byTrigram` (a small table: it stays in cache): most positions of a text start none. */
  readonly trigrams: Uint8Array;
}

/** A 16-bit key of two characters: exact inside one 256-character block. */
const bigramKey = (c0: number, c1: number) => ((c0 & 0xff) << 8) | (c1 & 0xff);

/** A 16-bit hash of a `trigramKey`. */
const trigramHash = (key: number) => (key ^ (key >>> 7) ^ (key >>> 13)) & 0xffff;

/** A 24-bit key of three characters: exact inside one 256-character block (the Arabic one). */
const trigramKey = (c0: number, c1: number, c2: number) => ((c0 & 0xff) << 16) | ((c1 & 0xff) << 8) | (c2 & 0xff);

/** Compiled forms indexed for a sentence: only the forms whose stems it holds are run. */
export type TriggerIndex = ReadonlyMap<Lang, LangForms>;

/** Indexes compiled forms by language and literal stem, keeping the lexicon's order. */
export function indexTriggers(forms: readonly CompiledForm[]): TriggerIndex {
  const out = new Map<
    Lang,
    { forms: CompiledForm[]; anchors: string[]; anchorIds: number[][]; ids: Map<string, number>; byTrigram: Map<number, number[]>; byBigram: Map<number, number[]>; starts: Uint8Array; short: number[]; formsOf: number[][]; trigrams: Uint8Array }
  >();
  for (const form of forms) {
    let entry = out.get(form.lang);
    if (!entry) {
      entry = { forms: [], anchors: [], anchorIds: [], ids: new Map(), byTrigram: new Map(), byBigram: new Map(), starts: new Uint8Array(0x10000), short: [], formsOf: [], trigrams: new Uint8Array(0x10000) };
      out.set(form.lang, entry);
    }
    const ids: number[] = [];
    for (const a of form.anchors) {
      let id = entry.ids.get(a);
      if (id === undefined) {
        id = entry.anchors.length;
        entry.anchors.push(a);
        entry.ids.set(a, id);
        entry.formsOf.push([]);
        if (a.length < 2) entry.short.push(id);
        else if (a.length === 2) {
          const key = bigramKey(a.charCodeAt(0), a.charCodeAt(1));
          entry.starts[key]! |= 1;
          const list = entry.byBigram.get(key);
          if (list) list.push(id);
          else entry.byBigram.set(key, [id]);
        } else {
          const key = trigramKey(a.charCodeAt(0), a.charCodeAt(1), a.charCodeAt(2));
          entry.trigrams[trigramHash(key)] = 1;
          entry.starts[bigramKey(a.charCodeAt(0), a.charCodeAt(1))]! |= 2;
          const list = entry.byTrigram.get(key);
          if (list) list.push(id);
          else entry.byTrigram.set(key, [id]);
        }
      }
      ids.push(id);
      const of = entry.formsOf[id]!;
      if (of[of.length - 1] !== entry.forms.length) of.push(entry.forms.length);
    }
    entry.forms.push(form);
    entry.anchorIds.push(ids);
  }
  return out;
}

/** What the extractor knows of a sentence before reading it. */
export interface SentenceInput {
  readonly articleText: string;
  readonly lang: Lang;
  readonly sentence: Sentence;
  /** The article's actor and date mentions inside the sentence, in the article's order. */
  readonly mentions: readonly ActorMention[];
  readonly dates: readonly DateMention[];
}

/**
 * What the sentences before one tell it: the section's last pair (who «الجانبان» are), last attackers, last
 * person named, last trio of states and last two to meet, and the two states the article is about.
 */
export type ToldBefore = Pick<SentenceContext, "pair" | "attackers" | "person" | "mainStates" | "trio" | "met">;

export function analyseSentence(
  input: SentenceInput,
  triggerIndex: TriggerIndex,
  info: ActorInfoOf,
  lastSpeaker: Group | undefined,
  arena?: ViewArena,
  /** What the sentences before it in its section and article said (see `SentenceContext`). */
  told: ToldBefore = {},
): SentenceContext {
  const { pair, attackers, person, mainStates, trio, met } = told;
  const { lang, sentence, mentions, dates } = input;
  const st = sentenceText(sentence, arena);
  const norm = st.norm;
  const toOrig = (s: number, e: number) => {
    const span = toOriginalSpan(norm, s, e);
    return { start: span.start + sentence.start, end: span.end + sentence.start };
  };
  // clauses
  const cuts = [sentence.start];
  for (const [at, length] of clauseBreaks(norm.text, lang)) {
    cuts.push(toOrig(at, at + length).start);
    // a Persian relative clause ends at the comma after it: «X که … شده بود، عصر دوشنبه … دیدار کرد»
    // (not «روزی که / زمانی که …»: «روزی که رئیسی و علی‌اف …، سد را افتتاح کردند» runs on to its verb; nor «که» after a
    // verb, which opens a clause of its own, not a relative one: «سفر … در شرایطی انجام می‌شود که نیروی زمینی سپاه …،
    // مقرهای … را هدف قرار داده است»)
    if (lang === "fa" && norm.text.startsWith(RELATIVE_FA, at) && length === RELATIVE_FA.length && !afterWhenOrVerb(norm.text, at)) {
      const comma = closingComma(norm.text, at + length);
      if (comma >= 0) cuts.push(toOrig(comma, comma + 1).start);
    }
  }
  // a Persian clause ends at its verb when «و» and a new subject follow: «سفارت ایران … بازگشایی شد و فیصل بن فرحان …
  // دیدار کرد» (not the same subject going on: «وارد دمشق شد و در کاخ الشعب با بشار اسد دیدار کرد»)
  if (lang === "fa" && mentions.length > 0) {
    const raw = input.articleText.slice(sentence.start, sentence.end);
    for (const m of raw.matchAll(VERB_AND_FA)) {
      const after = sentence.start + m.index + m[0].length;
      const next = mentions.find((x) => x.start >= after);
      if (!next) break;
      // (the new subject may open a quotation, «… مهار شد و «حسین امیرعبداللهیان» … سفر کرد», or be an office of
      // the state named: «… هدف قرار داد و ارتش پاکستان دو روز بعد … حمله قرار داد»)
      if (newSubjectOpens(raw.slice(after - sentence.start, next.start - sentence.start))) cuts.push(after - 2);
    }
  }
  // a Persian «پس از / پیش از …» phrase opening the sentence or a clause after «:» ends at its comma: «پس از حمله اسرائیل به
  // ایران در ۲۳ خرداد …، سپاه پاسداران در ۲ تیر پایگاه العدید … را هدف حمله موشکی قرار داد» (the day after the comma is
  // the strike's, not the attack's it came after)
  if (lang === "fa") {
    const raw = input.articleText.slice(sentence.start, sentence.end);
    for (const m of raw.matchAll(TIME_PHRASE_FA)) cuts.push(sentence.start + m.index + m[0].length - 1);
  }
  cuts.sort((a, b) => a - b);
  cuts.push(sentence.end);
  const clauses: (readonly [number, number])[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) if (cuts[i + 1]! > cuts[i]!) clauses.push([cuts[i]!, cuts[i + 1]!]);
  const clauseAt = (pos: number) => clauses.find(([s, e]) => pos >= s && pos < e) ?? ([sentence.start, sentence.end] as const);

  // triggers: longest match wins an overlap; a statement never wins against another family
  const found: Trigger[] = [];
  for (const m of triggerMatches(triggerIndex, lang, norm.text)) {
    const span = toOrig(m.index, m.index + m.text.length);
    // no Arabic verb ends in «ة»: normalised to «ه», «وزارة» (ministry) reads «و + زار + ه» (and visited him)
    if (lang === "ar" && m.form.type === "v" && input.articleText.charCodeAt(span.end - 1) === TEH_MARBUTA) continue;
    // nor takes tanween: «انفتاحاً حذراً» (a cautious opening) is no «حذّر» (warned)
    if (lang === "ar" && m.form.type === "v" && TANWEEN.has(input.articleText.charCodeAt(span.end))) continue;
    // a Persian verb in the second person singular is a noun in news: «ازسرگیری روابط», «تصمیم‌گیری» read «از سر بگیری»
    if (lang === "fa" && m.form.verbal && SECOND_PERSON_FA.test(m.text)) continue;
    // a participle joined to its noun is an adjective: «تفاهم‌نامه‌های امضاشده», «توافق‌های امضا‌شده»
    if (lang === "fa" && m.form.verbal && JOINED_PARTICIPLE.test(m.text)) continue;
    // «جولة» is a tour, not a round: «جولة الإعادة للانتخابات», «الجولة الثانية من المفاوضات»
    if (lang === "ar" && m.form.family.id === "visit" && ROUND.test(m.text) && ROUND_OF.has(/^\s*(\p{L}+)/u.exec(norm.text.slice(m.index + m.text.length))?.[1] ?? "")) continue;
    // «added to» something is no speech: «ترور هنیه … بر خشم آنکارا افزود», «بر نگرانی‌ها افزوده است»
    if (lang === "fa" && m.form.family.kind === "statement" && m.text.startsWith(ADDED_FA) && addedTo(norm.text, m.index, m.index + m.text.length)) continue;
    // «با حمایت آمریکا» (with America's backing) tells how another act was done, not an act of support by its subject:
    // «قطعنامه‌ای را که فرانسه، آلمان و انگلیس با حمایت آمریکا علیه ایران ارائه کرده بودند»
    if (lang === "fa" && m.form.family.id === "support" && !m.form.verbal && WITH_FA.test(norm.text.slice(Math.max(0, m.index - 4), m.index))) continue;
    // «گفت و گو» (written apart) is dialogue, not «said»: «اجلاس مجمع گفت و گوی همکاری آسیا»
    if (lang === "fa" && m.form.family.kind === "statement" && DIALOGUE_FA.test(norm.text.slice(m.index + m.text.length, m.index + m.text.length + 6))) continue;
    // a word of an actor's name is no act: «قوات الدعم السريع», «مجلس التعاون»
    if (mentions.some((a) => span.start >= a.start && span.end <= a.end)) continue;
    found.push({ form: m.form, start: span.start, end: span.end, text: m.text, flags: m.form.flagsOf(m.text), clause: clauseAt(span.start) });
  }
  // a family that asks for cue words has no trigger where they are missing (see `requirementMet`)
  if (found.some((t) => t.form.family.requires)) {
    const met = found.filter((t) => requirementMet({ sentence, st, clauses }, t));
    found.splice(0, found.length, ...met);
  }
  // (a sort of one costs a call: most sentences hold one trigger or none)
  if (found.length > 1) found.sort(
    (a, b) =>
      Number(a.form.family.kind === "statement") - Number(b.form.family.kind === "statement") ||
      b.end - b.start - (a.end - a.start) ||
      a.start - b.start,
  );
  const triggers: Trigger[] = [];
  for (const t of found) if (!triggers.some((k) => t.start < k.end && k.start < t.end)) triggers.push(t);
  if (triggers.length > 1) triggers.sort((a, b) => a.start - b.start);

  // actor mentions of the sentence
  const kindOf = (id: string) => info(id)?.kind;
  // a state named as the country of a capital just named is where, not who: «در عشق‌آباد، پایتخت ترکمنستان»
  // (not the capital standing for its state: «التي استضافتها العاصمة البحرينية المنامة»)
  // (asked twice of each mention below: read once)
  const locatedSet = new Set(mentions.filter((x) => kindOf(x.actorId) === "state" && capitalOfPlace(st, x, mentions, kindOf)));
  const located = (m: ActorMention) => locatedSet.has(m);
  const places = mentions.filter((m) => kindOf(m.actorId) === "place" || located(m));
  // (nor is its demonym right after a city of its own, which is the place: «في مدينة بيرن السويسرية», «جدة السعودية»)
  const parties = mentions.filter((m) => {
    const k = kindOf(m.actorId);
    return k !== "place" && k !== "outlet" && !located(m) && !(k === "state" && qualifiesPlace(st, m, mentions, info));
  });
  // a comparison of the whole sentence: made only for a sentence with parties to group
  let isAligned: boolean | undefined;
  const aligned = () => (isAligned ??= input.articleText.startsWith(sentence.text, sentence.start));
  const groups = groupMentions({ text: input.articleText, lang, st, aligned }, parties, triggers, clauses, info);

  // speaker: the subject of the first speech verb, else the section's last speaker
  let speaker: Group | undefined;
  let speechAt: number | undefined;
  const speech = triggers.find((t) => t.form.family.kind === "statement");
  const partial: SentenceContext = {
    sentence, st, lang, triggers, groups, places, mentions, clauses, info, dates: [], ...(pair ? { pair } : {}), ...(attackers ? { attackers } : {}), ...(person ? { person } : {}),
    ...(mainStates ? { mainStates } : {}),
    ...(trio ? { trio } : {}),
    ...(met ? { met } : {}),
  };
  if (speech) {
    const outlets = mentions.filter((m) => kindOf(m.actorId) === "outlet");
    const reportedByOutlet = outlets.some(
      (m) => wordsBetween(partial, Math.min(m.end, speech.start), Math.max(m.start, speech.end)) <= 3,
    );
    // «وفق الأناضول», «آناتولی نیز گزارش داد»: an outlet speaks, no participant does
    if (reportedByOutlet || IMPERSONAL_SPEECH.has(speech.text)) return { sentence, st, lang, triggers, groups, places, mentions, clauses, info, dates, pair, attackers, person, mainStates, trio, met };
    // «وأكد الجانبان …», «دو طرف بر … تاکید کردند»: both parties of the last exchange speak
    const both = pair && mentions.length > 0 && twoSidesAct(partial, speech) ? { start: speech.start, end: speech.start, ids: pair } : undefined;
    speaker = subjectOf(partial, speech) ?? both ?? lastSpeaker;
    speechAt = speech.start;
  }
  // (spelled out: a spread of `partial` costs more than the sentence's other bookkeeping)
  return { sentence, st, lang, triggers, groups, places, mentions, clauses, info, speaker: speaker ?? lastSpeaker, speechAt: speaker ? speechAt : undefined, dates, pair, attackers, person, mainStates, trio, met };
}

/** «the capital of»: the state after it locates a place named before. */
const CAPITAL_OF = new Set(["پایتخت", "عاصمه", "العاصمه"].map((w) => normalizeText(w)));
const CAPITAL_RAW = /پایتخت|عاصم/u;

/** Whether a mention follows «capital of» right after a place: «عشق‌آباد، پایتخت ترکمنستان». */
function capitalOfPlace(st: SentenceText, m: ActorMention, mentions: readonly ActorMention[], kindOf: (id: string) => string | undefined): boolean {
  // (most state mentions have no capital word before them: a look at the raw text first)
  if (!CAPITAL_RAW.test(rawSlice(st, Math.max(st.base, m.start - 24), m.start))) return false;
  const before = bareSlice(st, Math.max(st.base, m.start - 16), m.start).trimEnd();
  const word = before.slice(before.lastIndexOf(" ") + 1);
  if (!CAPITAL_OF.has(word)) return false;
  // where the capital word starts, in the sentence's own text: a place ends right before it (a comma between)
  const raw = rawSlice(st, Math.max(st.base, m.start - 24), m.start);
  const capital = m.start - raw.length + raw.trimEnd().lastIndexOf(" ") + 1;
  return mentions.some((p) => kindOf(p.actorId) === "place" && p.end <= capital && /^[\s،,]*$/.test(rawSlice(st, p.end, capital)));
}

/** Whether a state's mention qualifies a place of that state named right before it: «بيرن السويسرية». */
function qualifiesPlace(st: SentenceText, m: ActorMention, mentions: readonly ActorMention[], info: ActorInfoOf): boolean {
  const i = mentions.indexOf(m);
  const p = i > 0 ? mentions[i - 1]! : undefined;
  if (!p || p.end > m.start || m.start - p.end > 2) return false;
  const place = info(p.actorId);
  // (or its capital: «ضاحیه جنوبی بیروت»; not the state's own name in a genitive, «اقلیم کردستان عراق», which an act
  // of force there strikes)
  return place?.kind === "place" && place.country === m.actorId && m.via !== "name" && rawSlice(st, p.end, m.start).trim() === "";
}

/** Whether the word before the Persian «که» at `at` is «روزی / زمانی …» or a finite verb (see the clause cuts above). */
function afterWhenOrVerb(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 12), at);
  return WHEN_FA.has(before.trim().split(" ").pop() ?? "") || endsInFiniteVerb(before);
}

/**
 * The comma that closes a Persian relative clause opened before `from`: the first one that does not part the items of a
 * list («… به تاسیسات هسته‌ای فردو، نطنز و اصفهان در بامداد ۱ تیر ادامه یافت»: a name and «و» after it), or −1.
 */
function closingComma(text: string, from: number): number {
  const re = /[،,]/g;
  re.lastIndex = from;
  for (let m = re.exec(text); m; m = re.exec(text)) if (!LIST_GOES_ON.test(text.slice(m.index + 1, m.index + 40))) return m.index;
  return -1;
}
/** After a comma, one more item of a list and «و» before the last: « نطنز و اصفهان». */
const LIST_GOES_ON = /^\s*[^\s،,]+\s+و\s/;

/** «با» right before a word (normalised). */
const WITH_FA = /(?:^|\s)با\s$/;

/** What follows «گفت» in «گفت و گو / گفت وگو» (dialogue), normalised. */
const DIALOGUE_FA = /^ ?و ?گو/;

/**
 * «پس از / پیش از / بعد از / قبل از …،» opening the sentence or a clause after «:» / «؛», to its first comma (not «پیش از آن
 * نیز X، …», "before that": an adverb, its subject after it).
 */
const TIME_PHRASE_FA = /(?:^|[:؛;]\s*)(?:پس|پیش|بعد|قبل)\s+از\s+(?!(?:آن|این)[\s،,])[^،,:؛;.]{1,160}[،,]/gu;

/** A Persian past verb (a light verb's or the copula) and «و» after it. */
const VERB_AND_FA = /(?<![\p{L}\u200C])(?:شد|شدند|کرد|کردند|داد|دادند|بود|بودند|گرفت|گرفتند|است|اند|رفت|رفتند|آمد|آمدند|یافت|یافتند) و /gu;
/** Whether the words between «و» and an actor's name open a new subject: none, marks that open a quotation, or office words. */
function newSubjectOpens(between: string): boolean {
  const words = normalizeText(between.replace(/[«"“'(]/gu, " ")).split(" ").filter((w) => w.length > 0);
  return words.length <= 3 && words.every((w) => OFFICE_WORDS.has(w));
}
const JOINED_PARTICIPLE = /[^\s]شده$/u;
const ADDED_FA = normalizeText("افزود");
/** «بر» and up to four words, ending where «افزود» starts; the word before «بر» kept («تاکید بر …»). */
const ADDED_TO_FA = /(?:^|\s)(?:(\S+)\s+)?بر(?:\s+\S+){1,4}\s+$/u;
/** Words «بر» follows in a speaker's own phrase: «با تاکید بر …، افزود», «علاوه بر …». */
const NOT_ADDED_TO = new Set(["تاکید", "علاوه", "مبنی", "بنا", "ضمن", "اصرار"].map((w) => normalizeText(w)));

/**
 * Whether the Persian «افزود» at [start, end) of the normalised sentence is «increased» («ترور هنیه … بر خشم
 * آنکارا افزود»), not the speech verb «added»: «بر» and up to four words before it, not in a speaker's
 * phrase («با تاکید بر این موضوع افزود»), and no colon or quotation after it.
 */
function addedTo(text: string, start: number, end: number): boolean {
  const m = ADDED_TO_FA.exec(text.slice(Math.max(0, start - 64), start));
  if (!m || NOT_ADDED_TO.has(m[1] ?? "")) return false;
  return !/^\s*(?:[:«"]|که\s)/u.test(text.slice(end, end + 6));
}
/** A Persian verb form's last word in «ی» without «می / نمی / ب / ن» before its stem: «…گیری». */
const SECOND_PERSON_FA = /(?:^|[ \u200c])(?!نمی|می|ب|ن)[^ \u200c]+ی$/u;

/** One match of a compiled form in normalised text. */
interface FormMatch {
  readonly form: CompiledForm;
  readonly index: number;
  readonly text: string;
}

/**
 * Every match of every form of `lang`, form by form in lexicon order, each form's matches left to
 * right: what `text.matchAll(form.re)` gives. A form is tried only where a match may start: at most
 * `MAX_ANCHOR_OFFSET` characters before an occurrence of one of its anchors.
 */
function triggerMatches(index: TriggerIndex, lang: Lang, text: string): FormMatch[] {
  const entry = index.get(lang);
  if (!entry) return [];
  // occurrences of each anchor, ascending (undefined: absent; empty: an empty anchor, found anywhere);
  // one array for every call (a fresh one per sentence was most of the stage's garbage), emptied here
  const occurrences = anchorOccurrences;
  for (const id of touchedAnchors) occurrences[id] = undefined;
  touchedAnchors.length = 0;
  // the forms with at least one anchor present, marked with this call's epoch
  if (marks.length < entry.forms.length) marks = new Int32Array(entry.forms.length * 2);
  if (markEpoch === 0x7fffffff) {
    marks.fill(0);
    markEpoch = 0;
  }
  const epoch = ++markEpoch;
  const present: number[] = [];
  const found = (id: number) => {
    for (const f of entry.formsOf[id]!) {
      if (marks[f] === epoch) continue;
      marks[f] = epoch;
      present.push(f);
    }
  };
  for (const id of entry.short) {
    const a = entry.anchors[id]!;
    let p = text.indexOf(a);
    if (p < 0) continue;
    const at: number[] = [];
    if (a.length > 0) {
      while (p >= 0) {
        at.push(p);
        p = text.indexOf(a, p + 1);
      }
    }
    occurrences[id] = at;
    touchedAnchors.push(id);
    found(id);
  }
  const add = (ids: readonly number[], p: number) => {
    for (const id of ids) {
      if (!text.startsWith(entry.anchors[id]!, p)) continue;
      const at = occurrences[id];
      if (at) at.push(p);
      else {
        occurrences[id] = [p];
        touchedAnchors.push(id);
        found(id);
      }
    }
  };
  const { trigrams, starts } = entry;
  const last = text.length - 1;
  let c1 = text.charCodeAt(0);
  for (let p = 0; p < last; p++) {
    const c0 = c1;
    c1 = text.charCodeAt(p + 1);
    const key2 = bigramKey(c0, c1);
    const start = starts[key2]!;
    if (start === 0) continue;
    if ((start & 1) !== 0) {
      const ids = entry.byBigram.get(key2);
      if (ids) add(ids, p);
    }
    if ((start & 2) === 0 || p + 2 > last) continue;
    const key = trigramKey(c0, c1, text.charCodeAt(p + 2));
    if (trigrams[trigramHash(key)] === 0) continue;
    const ids = entry.byTrigram.get(key);
    if (ids) add(ids, p);
  }
  const out: FormMatch[] = [];
  if (present.length === 0) return out;
  // lexicon order (an insertion sort: a sentence holds the anchors of a few forms)
  for (let i = 1; i < present.length; i++) {
    const v = present[i]!;
    let j = i - 1;
    while (j >= 0 && present[j]! > v) {
      present[j + 1] = present[j]!;
      j--;
    }
    present[j + 1] = v;
  }
  for (const i of present) {
    const form = entry.forms[i]!;
    const ids = entry.anchorIds[i]!;
    let a: readonly number[] | undefined;
    let b: readonly number[] | undefined;
    let empty = false;
    for (const id of ids) {
      const l = occurrences[id];
      if (l === undefined) continue;
      if (l.length === 0) empty = true;
      if (a === undefined) a = l;
      else if (b === undefined) b = l;
      else b = mergeSorted(b, l);
    }
    if (a === undefined) continue;
    if (empty) {
      form.re.lastIndex = 0;
      for (const m of text.matchAll(form.re)) out.push({ form, index: m.index, text: m[0] });
      continue;
    }
    matchForm(form, b === undefined ? a : mergeSorted(a, b), text, out);
  }
  return out;
}

let marks = new Int32Array(256);
const anchorOccurrences: (number[] | undefined)[] = [];
const touchedAnchors: number[] = [];
let markEpoch = 0;

/** Two ascending lists as one (duplicates kept). */
function mergeSorted(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i]! <= b[j]!)) out.push(a[i++]!);
    else out.push(b[j++]!);
  }
  return out;
}

/**
 * The matches of one form, left to right: the sticky pattern is tried at each offset within
 * `MAX_ANCHOR_OFFSET` before an anchor occurrence (`occurrences`, ascending) where a match may
 * start — not inside a surrogate pair, not right after a letter or digit (every pattern opens with
 * `(?<![\p{L}\p{N}])`) — and not before the end of the previous match.
 */
function matchForm(form: CompiledForm, occurrences: readonly number[], text: string, out: FormMatch[]): void {
  let from = 0;
  // every start ≤ `done` has been tried: windows of successive occurrences overlap
  let done = -1;
  for (const p of occurrences) {
    // a one-word start in an earlier word holds an earlier anchor occurrence, and was tried there
    const floor = form.oneWord ? text.lastIndexOf(" ", p - 1) + 1 : 0;
    for (let q = Math.max(0, p - MAX_ANCHOR_OFFSET, done + 1, floor); q <= p; q++) {
      if (!(q === 0 || !afterWordChar(text, q)) || insidePair(text, q)) continue;
      if (q < from) continue;
      // the look-behind is decided here, except after a low surrogate (an astral letter is the pattern's to judge)
      const c = q > 0 ? text.charCodeAt(q - 1) : 0;
      const re = c >= 0xdc00 && c <= 0xdfff ? form.sticky : form.open;
      re.lastIndex = q;
      const m = re.exec(text);
      if (!m) continue;
      out.push({ form, index: q, text: m[0] });
      from = q + Math.max(1, m[0].length);
    }
    if (p > done) done = p;
  }
}

/** Whether each UTF-16 unit is a letter or digit (`[\p{L}\p{N}]`), cached on first sight. */
const WORD_UNIT = new Int8Array(0x10000).fill(-1);
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** True when the unit before `q` is a letter or digit of the BMP (a low surrogate is left to the pattern). */
function afterWordChar(text: string, q: number): boolean {
  const c = text.charCodeAt(q - 1);
  if (c >= 0xdc00 && c <= 0xdfff) return false;
  let w = WORD_UNIT[c]!;
  if (w < 0) {
    w = LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? 1 : 0;
    WORD_UNIT[c] = w;
  }
  return w === 1;
}

function insidePair(text: string, q: number): boolean {
  if (q <= 0 || q >= text.length) return false;
  const hi = text.charCodeAt(q - 1);
  const lo = text.charCodeAt(q);
  return hi >= 0xd800 && hi <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff;
}
