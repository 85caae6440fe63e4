/** The subject of a trigger: who acts, from word order (Arabic VSO/SVO, Persian SOV) and the noun's genitive. */
import { normalizeText } from "../../../src/text/normalize.ts";
import { BETWEEN, endsInFiniteVerb, findDayAnaphor, MEETINGS, MUTUAL_FAMILIES, OFFICE_WORDS, ON, RESPONSE_NOUN, TWO_SIDES, TWO_SIDES_FA } from "./cues.ts";
import { ofAnOffice, prepositionBefore } from "./groups.ts";
import { bareSlice, letterWordsBetween, rawSlice } from "./sentenceText.ts";
import type { Group, SentenceContext, Trigger } from "./types.ts";

/** Words holding a letter between two offsets of the sentence. */
export function wordsBetween(ctx: SentenceContext, a: number, b: number): number {
  return letterWordsBetween(ctx.st, a, b);
}

/** The subject of a trigger: inside a split phrase, before it, after an Arabic verb, or a noun's agent. */
export function subjectOf(ctx: SentenceContext, t: Trigger): Group | undefined {
  const [cs, ce] = t.clause;
  const inClause = ctx.groups.filter((g) => g.start >= cs && g.end <= ce);
  // «أجرى أكار ونظيره محادثات»: in Arabic the subject stands inside a split phrase; in Persian
  // the words inside «حمایت … از سوریه اعلام کرد» are objects
  const inside = inClause.find((g) => g.start >= t.start && g.end <= t.end && !g.prep);
  const before = inClause.filter((g) => g.end <= t.start && !g.prep);
  // (not after a subject right before the verb, «قد» between: «وكانت وزارة الخارجية الكويتية قد سلّمت، يوم الجمعة، سفير
  // العراق … مذكرة احتجاج» — the envoy inside is the one handed the note)
  const closeBefore = before[before.length - 1];
  if (inside && ctx.lang === "ar") return t.form.verbal && closeBefore && wordsBetween(ctx, closeBefore.end, t.start) <= 1 ? closeBefore : inside;
  // (a speech verb between stops an act of force from taking the speaker: «وقال البديوي إن الهجوم …»)
  const noOtherTriggerBetween = (g: Group) =>
    !ctx.triggers.some((o) => o !== t && (o.form.family.kind !== "statement" || t.form.family.kind === "attack") && o.start >= g.end && o.end <= t.start);
  const after = inClause.filter((g) => g.start >= t.end);
  const first = after[0];
  const gapWords = first ? wordsBetween(ctx, t.end, first.start) : Number.POSITIVE_INFINITY;
  const nearest = before[before.length - 1];
  // a passive family's phrases are verbs too («به شهادت رسید», «لقي حتفه»)
  const verbal = t.form.verbal || t.form.family.passive === true || lightVerbDropped(ctx, t);
  if (verbal && ctx.lang === "ar") {
    // «فقد سبق للأسد أن استقبل وزير الخارجية الإماراتي»: the one «سبق لـ» names did it before, in the clause before «أن»
    const prior = t.form.verbal ? priorDoer(ctx, t) : undefined;
    if (prior) return prior;
    // SVO when the subject stands right before the verb («إيران توافق»), else VSO («شدد الوزير
    // الإيراني»), else the clause's first actor («وحول موقف تركيا …، شدد» is a fronted topic)
    if (nearest && wordsBetween(ctx, nearest.end, t.start) <= 1) return nearest;
    // a verb opening a relative clause acts for the clause's antecedent: an actor right before «الذي»
    // («نظيره الذي أكد»), else the actor that did the act before («تبني مجلس الأمن القرار 2722 الذي
    // يطالب الحوثيين»: the council demands; the Houthis are the object)
    // (not when the verb carries the antecedent as its object: «القمة التي استضافتها السعودية» — VSO as usual)
    if (!nearest && opensWithArRelative(ctx, cs, t.start) && !/(?:ه|ها|هما|هم|هن)$/.test(bareSlice(ctx.st, t.start, t.end).split(" ")[0] ?? "")) {
      const previous = ctx.clauses.find((c) => c[1] === cs);
      const inPrevious = previous ? ctx.groups.filter((g) => g.start >= previous[0] && g.end <= cs && !g.prep) : [];
      return inPrevious[inPrevious.length - 1];
    }
    // (not a demonym that describes the verb's object: «ودان العمليات العسكرية الإسرائيلية», «استدعت السفير الإيراني»)
    // (a body joined to its office by «ل» is no object: «طالب المجلس الوزاري لمجلس التعاون العراقَ …»)
    const firstFree = first && (!first.prep || (first.prep === "target" && officeBody(ctx, first)));
    if (first && firstFree && !objectAdjective(ctx, t, first, cs) && (gapWords <= 3 || (gapWords <= OFFICE_GAP && officeOnly(ctx, t.end, first.start)))) return first;
    return before[0];
  }
  if (verbal) {
    // Persian SOV: the subject opens the clause («عراقچی … گفت»), not a name inside «با اشاره به …»
    // (time words before the subject do not count, except in a relative clause: «که روز یکشنبه وارد آنکارا شده بود»)
    let relative: boolean | undefined;
    const isRelative = () => (relative ??= opensWithRelative(ctx, cs));
    // (a clause opened by «که» the complementiser starts after it)
    const own0 = complementStart(ctx, cs);
    const own = before.find((g) => {
      const lead = leadWords(ctx, own0, g.start);
      if (lead <= 2) return true;
      const from = leadStart(ctx, own0, g.start);
      return (!isRelative() && lead - timeWords(ctx, from, g.start) - fillerWords(ctx, from, g.start) <= 2) || officeOnly(ctx, from, g.start);
    });
    if (own) return own;
    // «عراقچی … که روز یکشنبه وارد آنکارا شده بود، عصر دوشنبه با اردوغان دیدار کرد»: the relative
    // clause's head, the subject of the clause before, acts in it and, after the comma that closes
    // it, in the clause it interrupts
    // (so does the subject of the verb a complement clause without a subject of its own depends on: «ایران و بحرین … اعلام
    // کردند که برای آغاز گفت‌وگو … توافق کرده‌اند»; and the one of a plan joined to the clause before: «پوتین … وارد دوشنبه
    // شد و قرار است فردا … در نشست سران … شرکت کند»)
    const previous = ctx.clauses.find((c) => c[1] === cs);
    if (!previous) return undefined;
    const headClause =
      isRelative() || own0 !== cs || opensWithPlan(ctx, cs) ? previous : opensWithRelative(ctx, previous[0]) ? ctx.clauses.find((c) => c[1] === previous[0]) : undefined;
    if (!headClause) return undefined;
    return ctx.groups.find(
      (g) =>
        g.start >= headClause[0] &&
        g.end <= headClause[1] &&
        !g.prep &&
        (leadWords(ctx, headClause[0], g.start) <= 2 || officeOnly(ctx, leadStart(ctx, headClause[0], g.start), g.start)),
    );
  }
  // «غارة إسرائيلية»: a nisba right after an act of force is its agent, whoever stands before it
  // («قتل هنية في غارة إسرائيلية»: Haniyeh is the victim)
  if (t.form.family.kind === "attack" && first && !first.prep && gapWords === 0 && ctx.mentions.some((m) => m.start >= first.start && m.end <= first.end && m.via === "demonym")) return first;
  // a noun takes only a subject standing close before it
  // (a date between them is no word of the phrase: «قررت قطر والبحرين، أمس الأربعاء ٢١ رمضان ١٤٤٤هـ، إعادة العلاقات»)
  const subject = [...before].reverse().find((g) => noOtherTriggerBetween(g) && wordsBetween(ctx, g.end, t.start) - timeWords(ctx, g.end, t.start) <= 3);
  // an Arabic act of force is not done by the subject of a verb that judges or describes it («ووصف
  // الأنصاري الهجوم بأنه انتهاك», «كما دان البديوي الهجوم»)
  if (subject && ctx.lang === "ar" && t.form.family.kind === "attack" && bareSlice(ctx.st, cs, subject.start).split(" ").some((w) => JUDGED.test(w))) return undefined;
  // nor by the one who fell in it: «هنیه در حمله‌ای خائنانه … به شهادت رسید», «قتل القائد في غارة»,
  // nor by the one who answers it: «ترقب لرد إسرائيلي على الهجوم»
  if (subject && t.form.family.kind === "attack" && (fellIn(ctx, t) || answered(ctx, t))) return undefined;
  if (subject) return subject;
  if (!first || first.prep) return undefined;
  // (an office's words between are the name's title: «زيارة وزير الخارجية السعودي الأمير فيصل بن فرحان»; not after
  // «his»: «خلال استقباله رئيس الوزراء الإسرائيلي» receives the one named)
  if (!verbal && (gapWords <= 1 || (!t.flags.possessive && gapWords <= OFFICE_GAP && officeOnly(ctx, t.end, first.start)))) {
    const demonym = ctx.mentions.some((m) => m.start >= first.start && m.end <= first.end && m.via === "demonym");
    // (the genitive of an act of force is its doer when the one it was against follows: «حمله اسرائیل به ایران», «هجوم
    // إسرائيل على إيران»; alone it is the victim, «اغتيال هنية»)
    // (or a place of it: «حمله آمریکا به تاسیسات هسته‌ای فردو، نطنز و اصفهان»)
    const next = after[1];
    const struck = (start: number, end: number) => end <= ce && start >= first.end && wordsBetween(ctx, first.end, start) <= 4;
    const against =
      t.form.family.kind === "attack" &&
      ((next?.prep === "target" && struck(next.start, next.end)) || ctx.places.some((p) => struck(p.start, p.end) && prepositionBefore(ctx.st, p.start) === "target"));
    if (t.form.family.genitive === "agent" || (demonym && gapWords === 0) || against) return first;
  }
  return undefined;
}

/**
 * Whether a group after a verb is only a demonym of a common noun between them: «العمليات العسكرية
 * الإسرائيلية» is the object, not the subject (an office's demonym is: «وأكد الرئيس الإيراني»).
 */
function objectAdjective(ctx: SentenceContext, t: Trigger, g: Group, cs: number): boolean {
  if (g.start <= t.end) return false;
  // only where the verb is joined to a clause with a subject of its own before it («…، ودان»)
  const joined = /^[وف]/.test(t.text) && /[،,]\s*$/.test(rawSlice(ctx.st, Math.max(cs, t.start - 8), t.start)) && sentenceHeadBefore(ctx, t) !== undefined;
  if (!joined) return false;
  const demonymOnly = ctx.mentions.filter((m) => m.start >= g.start && m.end <= g.end).every((m) => m.via === "demonym");
  if (!demonymOnly) return false;
  const words = bareSlice(ctx.st, t.end, g.start).split(" ").filter((w) => w.length > 0);
  return words.length > 0 && !OFFICE_WORDS.has(words[words.length - 1]!) && !AGENT_NOUNS.has(words[words.length - 1]!);
}

/** The sentence's first group outside a preposition before a trigger. */
function sentenceHeadBefore(ctx: SentenceContext, t: Trigger): Group | undefined {
  return ctx.groups.find((g) => g.start >= ctx.sentence.start && g.end <= t.start && !g.prep);
}

/** Nouns whose demonym names who acts: «قصف الطيران الإسرائيلي», «أعلنت الحكومة الروسية». */
const AGENT_NOUNS = new Set(
  "الطيران الجيش القوات الحكومة السلطات الرئاسة البحرية الدفاعات المقاتلات الطائرات الشرطة الوفد الدولة القيادة البعثة السفارة الوزارة"
    .split(" ")
    .map((w) => normalizeText(w)),
);

/** Whether a group is the body of an office joined to it by «ل»: «الأمين العام لمجلس التعاون». */
function officeBody(ctx: SentenceContext, g: Group): boolean {
  return ofAnOffice(rawSlice(ctx.st, Math.max(ctx.sentence.start, g.start - 40), g.start));
}

/** The offset just after the last comma between `a` and `b` (`a` when there is none). */
function lastComma(ctx: SentenceContext, a: number, b: number): number {
  const raw = rawSlice(ctx.st, a, b);
  const at = Math.max(raw.lastIndexOf("،"), raw.lastIndexOf(","));
  return at < 0 ? a : a + at + 1;
}

/** Whether an act of force is told after «در / في» with a verb of one killed or hurt later in its clause. */
function fellIn(ctx: SentenceContext, t: Trigger): boolean {
  const words = bareSlice(ctx.st, Math.max(t.clause[0], t.start - 12), t.start).split(" ").filter((w) => w.length > 0);
  if (!IN.has(words[words.length - 1] ?? "")) return false;
  return ctx.triggers.some((o) => o.form.family.passive === true && o.start >= t.end && o.clause[0] === t.clause[0]);
}

const IN = new Set(["در", "في", "وفي"].map((w) => normalizeText(w)));

/** Whether an act of force is told as what a response answers: «لرد إسرائيلي على الهجوم», «الرد الإيراني على الضربة». */
function answered(ctx: SentenceContext, t: Trigger): boolean {
  if (ctx.lang !== "ar") return false;
  const words = bareSlice(ctx.st, Math.max(t.clause[0], t.start - 40), t.start).split(" ").filter((w) => w.length > 0);
  if (!ON.has(words[words.length - 1] ?? "")) return false;
  return words.slice(-4, -1).some((w) => RESPONSE_NOUN.test(w));
}



/**
 * Words before a Persian subject that do not push it away: «نیز», «هم», «همچنین», and the words of
 * an office right before it («در ۱۷ فروردین نیز وزارت خارجه جمهوری آذربایجان …»).
 */
const FILLERS = new Set(["نیز", "هم", "همچنین", "سپس"].map((w) => normalizeText(w)));
/** «پیش از آن», «پس از آن», «بعد از آن» before a subject: «پیش از آن نیز سپاه … هدف قرار داده بود». */
const THEN_PHRASE = new RegExp(`(?:^| )(?:${["پیش از آن", "پس از آن", "بعد از آن"].map((p) => normalizeText(p)).join("|")})(?= |$)`, "g");

function fillerWords(ctx: SentenceContext, a: number, b: number): number {
  const bare = bareSlice(ctx.st, a, b);
  let n = 0;
  for (const m of bare.matchAll(THEN_PHRASE)) n += m[0].trim().split(" ").length;
  const words = bare.replace(THEN_PHRASE, " ").split(" ").filter((w) => w.length > 0);
  let k = words.length - 1;
  for (; k >= 0 && OFFICE_WORDS.has(words[k]!); k--) n++;
  for (; k >= 0; k--) if (FILLERS.has(words[k]!)) n++;
  return n;
}

/** The longest run of office words (`OFFICE_WORDS`) between a verb and its subject. */
const OFFICE_GAP = 6;

/** Whether the words between two offsets are all words of an office («رئيس حكومة تصريف الأعمال»). */
function officeOnly(ctx: SentenceContext, a: number, b: number): boolean {
  return bareSlice(ctx.st, a, b)
    .split(" ")
    .every((w) => w.length === 0 || OFFICE_WORDS.has(w));
}

const AR_RELATIVES = new Set(["الذی", "التی", "الذین", "اللذان", "اللتان"].map((w) => normalizeText(w)));

/** Nouns of texts an actor issues: what they say, their author says («القرار 2722 الذي يطالب الحوثيين»). */
const DOCUMENTS = new Set(["القرار", "قرار", "البيان", "بیان", "الرساله", "رساله", "الاعلان", "اعلان", "المذکره", "مذکره", "التقریر"].map((w) => normalizeText(w)));

/**
 * Whether the Arabic clause starting at `cs` is a relative pronoun and then the verb at `verbStart`,
 * after a document noun («القرار 2722 الذي يطالب»; not «الهجوم الذي استهدف ناقلة»: an attack is nobody's text).
 */
function opensWithArRelative(ctx: SentenceContext, cs: number, verbStart: number): boolean {
  const words = bareSlice(ctx.st, cs, verbStart).split(" ").filter((w) => w.length > 0);
  if (words.length !== 1 || !AR_RELATIVES.has(words[0]!)) return false;
  const before = bareSlice(ctx.st, Math.max(ctx.sentence.start, cs - 40), cs).split(" ").filter((w) => w.length > 0);
  return before.slice(-3).some((w) => DOCUMENTS.has(w));
}

/** Verbs of doing an act of force: «شن», «نفذ», «أطلق», «ارتكب» (with their clitics: «شنه», «ونفذت»). */
export const DID_FORCE = /^و?(?:شن|نفذ|اطلق|ارتکب)/;

/** Verbs that judge or describe an act (normalised): «وصف», «دان/أدان», «استنكر», «ندد», «اعتبر», «انتقد». */
const JUDGED = /^و?(?:وصف|دان|ادان|استنکر|ندد|اعتبر|انتقد)/;

/** Whether the clause starting at `cs` opens with an Arabic relative pronoun («التي», «الذي»). */
export function opensWithArRelativePronoun(ctx: SentenceContext, cs: number): boolean {
  const first = bareSlice(ctx.st, cs, Math.min(ctx.sentence.end, cs + 12)).split(" ")[0] ?? "";
  return AR_RELATIVES.has(first);
}

/** Whether the Persian clause starting at `cs` is a plan joined to the clause before: «… و قرار است / قرار شد / قرار بود …». */
function opensWithPlan(ctx: SentenceContext, cs: number): boolean {
  const [and, plan, verb] = bareSlice(ctx.st, cs, Math.min(ctx.sentence.end, cs + 16)).split(" ");
  return and === AND_FA && plan === PLAN_FA && PLAN_VERBS_FA.has(verb ?? "");
}
const PLAN_FA = normalizeText("قرار");
const PLAN_VERBS_FA = new Set(["است", "شد", "بود"].map((w) => normalizeText(w)));

/** Whether the clause starting at `cs` opens with the Persian relative «که». */
export function opensWithRelative(ctx: SentenceContext, cs: number): boolean {
  const words = bareSlice(ctx.st, cs, Math.min(ctx.sentence.end, cs + 12)).split(" ");
  return words[0] === RELATIVE && complementStart(ctx, cs) === cs;
}

/**
 * Where a Persian clause's own words start: after «که» when it follows a finite verb, which makes it a
 * complementiser opening a clause with its own subject, not a relative pronoun («سفر السودانی در شرایطی
 * انجام می‌شود که نیروی زمینی سپاه … را هدف قرار داده است»); else the clause's start.
 */
export function complementStart(ctx: SentenceContext, cs: number): number {
  if (ctx.lang !== "fa" || cs <= ctx.sentence.start) return cs;
  const opening = bareSlice(ctx.st, cs, Math.min(ctx.sentence.end, cs + 6));
  if (opening.split(" ")[0] !== RELATIVE) return cs;
  if (!endsInFiniteVerb(bareSlice(ctx.st, Math.max(ctx.sentence.start, cs - 16), cs))) return cs;
  const raw = rawSlice(ctx.st, cs, Math.min(ctx.sentence.end, cs + 6));
  const at = raw.indexOf("که");
  return at < 0 ? cs : cs + at + 2;
}

const RELATIVE = normalizeText("که");

/** Where the words `leadWords` counts begin: after the last comma of `[from, to)`, or `from`. */
function leadStart(ctx: SentenceContext, from: number, to: number): number {
  const { raw, base } = ctx.st;
  const rs = Math.max(0, from - base);
  let k = Math.min(raw.length, to - base) - 1;
  while (k >= rs && raw[k] !== "," && raw[k] !== "،") k--;
  return base + (k >= rs ? k + 1 : rs);
}

/**
 * Words of time between `a` and `b`: the date mentions with the word before them that belongs to
 * the time phrase («در / روز / أمس»), or a day anaphor («در همان روز وزارت خارجه پاکستان … انتقاد کرد»).
 */
function timeWords(ctx: SentenceContext, a: number, b: number): number {
  let n = 0;
  for (const d of ctx.dates) {
    if (d.start < a || d.end > b) continue;
    n += wordsBetween(ctx, d.start, d.end);
    const before = bareSlice(ctx.st, a, d.start).split(" ").filter((w) => w.length > 0);
    if (before.length > 0 && TIME_PREPOSITIONS.has(before[before.length - 1]!)) n++;
  }
  const anaphor = findDayAnaphor(bareSlice(ctx.st, a, b));
  if (anaphor) n += anaphor[0][0].trim().split(/\s+/).length;
  return n;
}

/** Words that stand before a date as part of the time phrase («روز ۲۰ مهر», «أمس الأربعاء ٢١ رمضان»). */
const TIME_PREPOSITIONS = new Set(["در", "روز", "از", "تا", "دیروز", "امروز", "في", "يوم", "أمس", "اليوم", "مساء", "صباح", "فجر", "ليل"].map((w) => normalizeText(w)));

/** Words with a letter between the last comma of `[from, to)` (or `from`) and `to`. */
function leadWords(ctx: SentenceContext, from: number, to: number): number {
  const { raw, base } = ctx.st;
  const rs = from - base;
  const re = to - base;
  if (rs < 0 || re > raw.length || rs > re) {
    const lead = raw.slice(rs, re).split(/[,،]/).pop() ?? "";
    return normalizeText(lead)
      .split(" ")
      .filter((w) => /\p{L}/u.test(w)).length;
  }
  return letterWordsBetween(ctx.st, leadStart(ctx, from, to), to);
}

const TWO = normalizeText("دو");
const AND_FA = normalizeText("و");
/** A Persian light verb ending a clause: «… تسلیم کرد», «… انجام دادند». */
const LIGHT_VERB_END = /(?:^| )(?:کرد|کردند|نمود|نمودند|داد|دادند)$/u;

/**
 * Whether a Persian act noun is a compound verb whose light verb the next, joined verb stands for:
 * «… با سفیر عراق دیدار و یادداشت اعتراض کشورش را به او تسلیم کرد» (met, and handed him the note).
 */
export function lightVerbDropped(ctx: SentenceContext, t: Trigger): boolean {
  if (ctx.lang !== "fa" || t.form.verbal) return false;
  // (a noun, or a phrase of nouns: not a phrase split around its object, which ends in its own verb, «سفیر … فراخواند»)
  if (t.form.type !== "n" && wordCount(t.text) !== wordCount(t.form.lemma)) return false;
  const after = bareSlice(ctx.st, t.end, t.clause[1]).trim();
  if (!LIGHT_VERB_END.test(after)) return false;
  // (or a document the clause's verb hands over: «یادداشت اعتراض رسمی کشورش را به او تسلیم کرد»; not a visit or
  // meeting, which is what a document handed over is about: «دعوت … از عون برای سفر به تهران را به او ابلاغ کرد»)
  return after.startsWith(`${AND_FA} `) || (!MEETINGS.has(t.form.family.id) && HANDED_OVER.test(after));
}
const wordCount = (text: string) => text.split(/[\s\u200c]+/u).filter((w) => w.length > 0).length;
/** «… را (به X) تسلیم / تحویل / ابلاغ کرد» ending the clause: the object handed over. */
const HANDED_OVER = /(?:^| )را(?: [^ ]+){0,4} (?:تسلیم|تحویل|ابلاغ) (?:کرد|کردند|نمود|نمودند|داد|دادند)$/u;
/** Persian plurals of offices and delegations, and ministries' words, before «دو کشور»: «روسای جمهور», «وزرای خارجه». */
const OFFICES_FA = new Set(
  ["روسای", "رؤسای", "وزرای", "وزیران", "رهبران", "سران", "مقامات", "مسئولان", "مسئولین", "هیئت‌های", "هیات‌های", "هیأت‌های", "نمایندگان", "سخنگویان", "فرماندهان", "خارجه", "دفاع", "کشور", "اقتصاد", "نفت"].map((w) => normalizeText(w)),
);

/**
 * The group «سبق لـ» names right before «أن» and the verb: «سبق للأسد أن استقبل …», «وسبق لوزير الخارجية التركي أن زار …»
 * (had done it before). The «لـ» stands outside the mention, which opens on the name.
 */
function priorDoer(ctx: SentenceContext, t: Trigger): Group | undefined {
  for (let i = ctx.groups.length - 1; i >= 0; i--) {
    const g = ctx.groups[i]!;
    if (g.end > t.start) continue;
    if (!THAT.has(bareSlice(ctx.st, g.end, t.start).trim())) return undefined;
    // «سبق» right before, or before «لـ» and the office words the group's name follows («سبق لوزير الخارجية التركي …»)
    const words = bareSlice(ctx.st, Math.max(ctx.sentence.start, g.start - 40), g.start).split(" ").filter((w) => w.length > 0);
    const at = words.findLastIndex((w) => PRIOR.test(w));
    if (at < 0) return undefined;
    // (the «لـ» glued to the first word after it: «لوزير» is «وزير», «للرئيس» «الرئيس»)
    const rest = words.slice(at + 1).map((w, k) => (k === 0 ? w.replace(/^لل/, "ال").replace(/^ل/, "") : w)).filter((w) => w.length > 0);
    return rest.every((w) => OFFICE_WORDS.has(w)) ? g : undefined;
  }
  return undefined;
}
/** «سبق», with «و / ف» before it. */
const PRIOR = /^[وف]?سبق$/;
const THAT = new Set(["أن", "وأن"].map((w) => normalizeText(w)));

/** An Arabic noun ending in the dual's possessive «ـهما» (normalised). */
const DUAL_POSSESSIVE = /هما$/;

/** Whether a trigger is an Arabic mutual act's noun with the dual's possessive: «لقائهما», «مباحثاتهما» (their meeting, their talks). */
export function dualPossessive(ctx: SentenceContext, t: Trigger): boolean {
  return ctx.lang === "ar" && !t.form.verbal && MUTUAL_FAMILIES.has(t.form.family.id) && DUAL_POSSESSIVE.test(bareSlice(ctx.st, t.start, t.end));
}

/**
 * Whether «the two sides» act in the trigger: «الجانبان» before it in its clause or in the two
 * words after an Arabic verb («وبحث الجانبان»), «دو طرف» before a Persian one, the dual's possessive
 * on an Arabic mutual act's noun («لقائهما»).
 */
export function twoSidesAct(ctx: SentenceContext, t: Trigger): boolean {
  if (ctx.lang === "fa") {
    // the subject opens the Persian clause (after its last comma): «دو طرف بر … تاکید کردند», not «اراده دو کشور»
    const lead = bareSlice(ctx.st, leadStart(ctx, t.clause[0], t.start), t.start);
    const first = lead.split(" ").filter((w) => w.length > 0);
    const opening = ` ${first.slice(0, 3).join(" ")} `;
    if (TWO_SIDES.has(first[0] ?? "") || TWO_SIDES_FA.some((p) => opening.startsWith(` ${p} `) || opening.includes(` هر ${p} `))) return true;
    // offices of «the two countries» opening it: «روسای جمهور دو کشور … گفت‌وگو کردند», «وزیران خارجه دو طرف …»
    const two = first.indexOf(TWO, 1);
    if (two > 0 && two <= 4 && TWO_SIDES_FA.includes(`${TWO} ${first[two + 1]}`) && first.slice(0, two).every((w) => OFFICE_WORDS.has(w) || OFFICES_FA.has(w))) return true;
    // «… میان دو کشور امضا شد», and a meeting noun's genitive: «گفت‌وگوی دو رئیس‌جمهور» (not «حجم مبادلات تجاری دو کشور»)
    const [b, p1, p2] = first.slice(-3);
    if (BETWEEN.has(b ?? "") && TWO_SIDES_FA.includes(`${p1} ${p2}`)) return true;
    // an agent inside the trigger's own gap: «… به امضای وزیران دو طرف رسید», «به امضای وزرای خارجه دو کشور رسید»
    const inner = ` ${bareSlice(ctx.st, t.start, t.end)} `;
    if (TWO_SIDES_FA.some((p) => inner.includes(` ${p} `))) return true;
    if (t.form.verbal || !MEETINGS.has(t.form.family.id)) return false;
    const next = bareSlice(ctx.st, t.end, t.clause[1]).split(" ").filter((w) => w.length > 0);
    return TWO_SIDES_FA.includes(`${next[0]} ${next[1]}`);
  }
  const before = bareSlice(ctx.st, t.clause[0], t.start);
  const words = before.split(" ").filter((w) => w.length > 0);
  if (words.slice(-3).some((w) => TWO_SIDES.has(w))) return true;
  // (a noun phrase may stand between, not a comma: «أعلن البلدان رفع علاقاتهما الدبلوماسية إلى مستوى السفراء»,
  // not «مباحثات أجراها الرئيسان في موسكو، خلال أول زيارة يقوم بها بزشكيان»)
  if (words.slice(-6).some((w) => TWO_SIDES.has(w))) {
    const segment = bareSlice(ctx.st, Math.max(t.clause[0], lastComma(ctx, t.clause[0], t.start)), t.start).split(" ").filter((w) => w.length > 0);
    if (segment.slice(-6).some((w) => TWO_SIDES.has(w))) return true;
  }
  // a mutual act's noun with the dual's possessive: «ففي مستهلّ لقائهما», «خلال محادثاتهما»
  if (!t.form.verbal) return dualPossessive(ctx, t);
  // (inside the trigger's own words too: «وقّع الجانبان أربع مذكرات تفاهم»)
  if (bareSlice(ctx.st, t.start, t.end).split(" ").some((w) => TWO_SIDES.has(w))) return true;
  return bareSlice(ctx.st, t.end, t.clause[1]).split(" ").filter((w) => w.length > 0).slice(0, 2).some((w) => TWO_SIDES.has(w));
}
