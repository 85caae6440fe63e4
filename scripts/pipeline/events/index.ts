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
 * - Source: the first group before the trigger in its clause (SVO, Persian SOV, also after office
 *   words «وزیر امور خارجه ترکیه …»); else, for an Arabic verb, the group right after it (VSO
 *   «التقى أردوغان بنظيره», also after a title «وقال رئيس حكومة تصريف الأعمال اللبنانية …»);
 *   else, for a noun, the group right after it when the family reads it as the agent («زيارة
 *   عراقجي», «غارة إسرائيلية»); else the speaker when the trigger is first person («نتفق», «توافق
 *   کردیم»), carries the speaker's possessive («لقائه»), or follows an anaphor («بلاده», «کشورمان»,
 *   «إنه»).
 * - Speaker: the subject of the sentence's first speech verb, else the last speaker of the section
 *   («وأضاف:», «وی گفت:»). Outlets are never participants («وفق الأناضول», «به گزارش ایسنا»).
 * - A statement is an event only when it names an actor other than the speaker's party; it is
 *   dropped when another event of the sentence already covers those actors.
 * - An Arabic verb with a masculine object pronoun («حيث استقبله ولي العهد») targets the party named
 *   last before it in the sentence. «تلقى X اتصالا هاتفيا من Y» is Y calling X. A Persian verb
 *   after a relative clause («X که …، … دیدار کرد») has X as its subject. «The two sides» («وبحث
 *   الجانبان», «دو طرف بر … تاکید کردند», opening a Persian clause) are the two parties of the
 *   section's last two-party event.
 * - «لوقف / پایان + trigger» turns the trigger into a demand to stop it, made by the speaker.
 * - An act told as what a response answers («ردّها على الضربات التي شنّها …», «لرد إسرائيلي على الهجوم»,
 *   «در پاسخ به») is not the responder's, and the response's day does not date it. A condemnation of
 *   an attack («إدانتها … للاعتداء على قطر», «دان الهجوم») condemns its attacker, not its victim; an
 *   attack condemned without its doer («المنددة بالهجوم») is the one told before, no new act.
 * - «البلدان / الدولتان / دو کشور» are the states of the two parties named before.
 * - An attack named right after a threat or warning is the content of the threat, not an attack
 *   (in Persian, right before it as its object: «حملات … را محکوم کرد»).
 * - Date: never one after «منذ / از» (a duration) nor «the first … since D» («أول زيارة منذ 12
 *   عاما»: D is the previous time). The nearest date in the trigger's clause; else a date of the
 *   sentence that no other trigger's clause holds («ردا على اغتيال … في 27 أيلول» dates the assassination, not the
 *   present statement); else a date opening the sentence («وفي التاسع عشر من أيار، …»), unless a
 *   statement owns it; else the section's story date (first day-precise date in its first three
 *   sentences: «الاثنين», «مقارن ظهر امروز»); else the publication date.
 *
 * Modules: compile (lexicon → patterns), sentence (clauses, triggers, speaker), groups (actor
 * runs and prepositions), subject, candidates (roles, refinement, modality), collapse (merging
 * and dating), anaphors (dates told by reference: «في اليوم التالي», «الشهر نفسه»), sentenceText (one
 * normalisation per sentence, every window derived from it).
 */
import type { EventDate } from "../../../src/contract/schema.ts";
import { TRIGGER_FAMILIES } from "../../lexicon/triggers.ts";
import type { ExtractedEvent, Sentence } from "../types.ts";
import { candidateOf, endOfMeetingTold, refersBack } from "./candidates.ts";
import { countedLater, dayAnaphor, monthAnaphor, namesMonth, withNarrativeYear, withYearAnaphors } from "./anaphors.ts";
import { MEETINGS, RELATIVE_TIME } from "./cues.ts";
import { collapse, dateFor } from "./collapse.ts";
import { compileTriggers } from "./compile.ts";
import { partyOf } from "./groups.ts";
import { analyseSentence, indexTriggers } from "./sentence.ts";
import { bareSlice, createViewArena } from "./sentenceText.ts";
import type { ActorInfo, ActorInfoOf, Candidate, EventExtractorInput, EventExtractorOptions, Group, SentenceContext, Trigger } from "./types.ts";

export { compileTriggers } from "./compile.ts";
export type { ActorInfo, EventExtractorInput, EventExtractorOptions } from "./types.ts";

/** Creates the event extraction stage: article, sentences, actor and date mentions → events. */
export function createEventExtractor(
  options: Readonly<EventExtractorOptions>,
): (input: EventExtractorInput) => ExtractedEvent[] {
  const triggerIndex = indexTriggers(compileTriggers(options.families ?? TRIGGER_FAMILIES));
  return (input) => {
    // the rules ask for the same few actors many times per sentence: one answer per actor and article
    const known = new Map<string, ActorInfo | undefined>();
    const info: ActorInfoOf = (id) => {
      // one lookup for a known actor (`has` only for one known to be unknown)
      const hit = known.get(id);
      if (hit !== undefined || known.has(id)) return hit;
      const i = options.actorInfo(id);
      known.set(id, i);
      return i;
    };
    const out: ExtractedEvent[] = [];
    const mentionsOf = spansBySentence(input.actorMentions, input.sentences);
    const datesOf = spansBySentence(input.dateMentions, input.sentences);
    const storyDates = sectionStoryDates(input.sentences, datesOf);
    const arena = createViewArena();
    const main = mainStates(input.actorMentions, info);
    let lastSpeaker: Group | undefined;
    // the parties of the section's last event between two parties: who «الجانبان / دو طرف» are
    let lastPair: readonly string[] | undefined;
    // the attackers of the section's last act of force
    let lastAttackers: readonly string[] | undefined;
    // the three states of the section's last event among three states: who «سه کشور / الدول الثلاث» are
    let lastTrio: readonly string[] | undefined;
    // the parties of the section's last meeting, visit or call between two: whose «لقاؤهما» it is
    let lastMet: readonly string[] | undefined;
    let lastPerson: string | undefined;
    let lastSection = -1;
    // the last day named before this sentence in its section: what «في اليوم نفسه / در همان روز» refer to
    let lastDay: EventDate | undefined;
    // the last day or month named before this sentence in its section: what «الشهر نفسه / همان ماه» refer to
    let lastMonth: EventDate | undefined;
    // the last date named with its own year before this sentence in its section: what «العام نفسه / همان سال» refer to
    let lastYear: EventDate | undefined;
    // the last date named before this sentence in its section, when it was named with its own year: the story a
    // day and month without a year goes on (see `withNarrativeYear`; none once the text names a day of its own time)
    let storyYear: EventDate | undefined;
    // the day named by the opening sentence of the current paragraph: the day its story is about
    let paragraphDay: EventDate | undefined;
    // the date of the section's last event of each trigger family (meetings of any kind together): when «هذا اللقاء» took place
    const lastDateByFamily = new Map<string, EventDate>();
    input.sentences.forEach((sentence, i) => {
      if (sentence.section !== lastSection) {
        lastSpeaker = undefined;
        lastPair = undefined;
        lastTrio = undefined;
        lastMet = undefined;
        // (not the attackers: a condemnation paragraphs later still condemns the story's attack)
        lastPerson = undefined;
        lastDay = undefined;
        lastMonth = undefined;
        lastYear = undefined;
        storyYear = undefined;
        lastDateByFamily.clear();
        lastSection = sentence.section;
      }
      datesOf[i] = [...withNarrativeYear(withYearAnaphors(sentence, input.article.lang, datesOf[i]!, lastYear), storyYear)];
      const opensParagraph = i === 0 || input.article.text.slice(input.sentences[i - 1]!.end, sentence.start).includes("\n");
      if (opensParagraph) paragraphDay = datesOf[i]!.find((d) => d.date.precision === "day")?.date;
      const sentenceInput = { articleText: input.article.text, lang: input.article.lang, sentence, mentions: mentionsOf[i]!, dates: datesOf[i]! };
      const ctx = analyseSentence(sentenceInput, triggerIndex, info, lastSpeaker, arena, { pair: lastPair, attackers: lastAttackers, person: lastPerson, mainStates: main, trio: lastTrio, met: lastMet });
      for (const m of mentionsOf[i]!) if (info(m.actorId)?.kind === "person") lastPerson = m.actorId;
      if (ctx.speaker) lastSpeaker = ctx.speaker;
      // «امیرعبداللهیان پس از این دیدار گفته بود …»: what follows an act told before happened when it did
      const referred = ctx.triggers.find((t) => refersBack(ctx, t));
      // (or the end of a meeting named by a noun that is no act of its own: «در پایان این نشست، چهار سند … به امضا رسید»)
      const referredDate = referred
        ? lastDateByFamily.get(referenceKey(referred.form.family.id))
        : ctx.triggers.length > 0 && endOfMeetingTold(ctx)
          ? lastDateByFamily.get("meeting")
          : undefined;
      const fallback = (opensParagraph ? undefined : paragraphDay) ?? storyDates.get(sentence.section) ?? publicationDate(input.article.published);
      const events = eventsOfSentence(ctx, input, fallback, { lastDay, lastMonth }, referredDate, (family, date) => lastDateByFamily.set(referenceKey(family), date));
      for (const d of datesOf[i]!) {
        if (d.date.precision === "day") lastDay = d.date;
        if (namesMonth(d.date)) lastMonth = d.date;
        if (!d.relative) lastYear = d.date;
        if (!countedLater(d)) storyYear = d.relative ? undefined : d.date;
      }
      for (const e of events) {
        const ids = [...e.sourceIds, ...e.targetIds.filter((id) => !e.sourceIds.includes(id))];
        // exactly two: «the two sides» of an exchange among three are not known
        const parties = new Set(ids.map((id) => partyOf(id, info)));
        if (parties.size === 2) lastPair = ids;
        if (parties.size === 2 && e.cameo.startsWith(CONSULT_ROOT)) lastMet = ids;
        if (parties.size === 3 && [...parties].every((id) => info(id)?.kind === "state")) lastTrio = [...parties];
        if (e.quad === 4 && e.sourceIds.length > 0) lastAttackers = e.sourceIds;
      }
      out.push(...events);
    });
    return out;
  };
}

function eventsOfSentence(
  ctx: SentenceContext,
  input: EventExtractorInput,
  fallback: EventDate,
  /** The last day, and the last day or month, named before the sentence in its section (what anaphors count from). */
  { lastDay, lastMonth }: { readonly lastDay: EventDate | undefined; readonly lastMonth: EventDate | undefined },
  /** The date of the act the sentence refers back to («پس از این دیدار»), if any. */
  referredDate: EventDate | undefined,
  dated: (family: string, date: EventDate) => void,
): ExtractedEvent[] {
  const candidates: Candidate[] = [];
  for (const t of ctx.triggers) {
    const c = candidateOf(ctx, t);
    if (c) candidates.push(c);
  }
  const kept = collapse(candidates, ctx);
  const live = new Set(candidates.map((c) => c.trigger));
  const published = input.article.published;
  // «في اليوم نفسه», «في اليوم التالي», «در همان روز»: a day counted from the last day named before,
  // in this sentence first («عقب الزلزال … في ٦ فبراير، أجرى السيسي في اليوم التالي اتصالا»)
  const anaphoric = dayAnaphor(ctx, lastDay) ?? monthAnaphor(ctx, lastMonth);
  return kept.map((c) => {
    let dateMention = dateFor(c, ctx, live);
    // an act told after the anaphor is dated by it, not by the day it counts from
    if (anaphoric && (!dateMention || (dateMention.end <= anaphoric.start && c.trigger.start >= anaphoric.end))) dateMention = anaphoric;
    // an agreement told as done is not dated by the future it agrees on: «اتفقا على عقد جولة ثانية السبت المقبل»
    if (dateMention && c.modality === "reported" && AGREEMENTS.has(c.trigger.form.family.id) && dateMention.date.start > published) dateMention = undefined;
    // (not an act told as before or after another: «این سفرها پس از توافق پکن انجام می‌شود»)
    const date = dateMention?.date ?? (referredDate && !toldRelative(ctx, c.trigger) ? referredDate : fallback);
    dated(c.trigger.form.family.id, date);
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

/**
 * For each sentence, the spans inside it (`start ≥ sentence.start && end ≤ sentence.end`) in the
 * order of `spans`: by binary search when `spans` is sorted by start (the stages' output), else by
 * a scan. Linear in the article instead of sentences × spans.
 */
export function spansBySentence<T extends { readonly start: number; readonly end: number }>(
  spans: readonly T[],
  sentences: readonly Sentence[],
): T[][] {
  const inside = (m: T, s: Sentence) => m.start >= s.start && m.end <= s.end;
  // (a span ending before it starts could sit inside a sentence it starts after: then scan)
  let sorted = spans.every((m) => m.start <= m.end);
  for (let i = 1; i < spans.length && sorted; i++) sorted = spans[i - 1]!.start <= spans[i]!.start;
  if (!sorted) return sentences.map((s) => spans.filter((m) => inside(m, s)));
  return sentences.map((s) => {
    let lo = 0;
    let hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (spans[mid]!.start < s.start) lo = mid + 1;
      else hi = mid;
    }
    const out: T[] = [];
    // every span starting after the sentence's end is outside it
    for (let i = lo; i < spans.length && spans[i]!.start <= s.end; i++) if (inside(spans[i]!, s)) out.push(spans[i]!);
    return out;
  });
}

/** Story date per section: the first day-precise date in the section's first three sentences. */
function sectionStoryDates(sentences: readonly Sentence[], datesOf: readonly (readonly { readonly date: EventDate }[])[]): Map<number, EventDate> {
  const out = new Map<number, EventDate>();
  const seen = new Map<number, number>();
  sentences.forEach((s, i) => {
    const n = seen.get(s.section) ?? 0;
    seen.set(s.section, n + 1);
    if (n >= 3 || out.has(s.section)) return;
    const d = datesOf[i]!.find((m) => m.date.precision === "day");
    if (d) out.set(s.section, d.date);
  });
  return out;
}

/** What «this meeting» can refer to: an act of the same family, or any meeting for a meeting («این دیدار» → «گفت‌وگو کرده بود»). */
function referenceKey(family: string): string {
  return MEETINGS.has(family) ? "meeting" : family;
}

/** Whether «بعد / قبل / پس از / پیش از» stands right before a trigger: its act is placed against another one. */
function toldRelative(ctx: SentenceContext, t: Trigger): boolean {
  if (t.start < ctx.sentence.start) return false;
  const words = bareSlice(ctx.st, Math.max(ctx.sentence.start, t.start - 16), t.start).split(" ");
  return words.slice(-2).some((w) => RELATIVE_TIME.has(w));
}

/** The CAMEO root of meetings, visits and calls (040–046). */
const CONSULT_ROOT = "04";

/** Families whose act is agreeing on something that may lie ahead. */
const AGREEMENTS = new Set(["agree", "accord", "intend-cooperate"]);

function publicationDate(published: string): EventDate {
  return { edtf: published, start: published, end: published, precision: "day" };
}

/**
 * The two states an article is about: the two named most (a person counting for their state), when
 * each is named at least twice and no third as often as the second. «البلدين», «دو کشور» are those
 * two where the section's last pair is not two states («ووُقعت الاتفاقية بين البلدين عام 2012» after a
 * paragraph on a GCC ministers' meeting with Blinken).
 */
export function mainStates(mentions: readonly { readonly actorId: string }[], info: ActorInfoOf): readonly string[] | undefined {
  const counts = new Map<string, number>();
  for (const m of mentions) {
    const i = info(m.actorId);
    const state = i?.kind === "state" ? m.actorId : i?.kind === "person" ? i.country : undefined;
    if (state && info(state)?.kind === "state") counts.set(state, (counts.get(state) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const [first, second, third] = ranked;
  if (!first || !second || second[1] < 2 || (third && third[1] >= second[1])) return undefined;
  return [first[0], second[0]];
}
