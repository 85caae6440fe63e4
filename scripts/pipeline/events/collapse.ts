/**
 * The candidates of one sentence → its events: triggers that describe one interaction collapse
 * into one event, and each event takes the date its triggers own.
 */
import type { DateMention } from "../types.ts";
import { normalizeText } from "../../../src/text/normalize.ts";
import { AFTER, BEGAN_FA, FIRST, KE, MEETINGS, ON, RESPONSE, SINCE, thenAt } from "./cues.ts";
import { partyOf } from "./groups.ts";
import { bareSlice, rawSlice } from "./sentenceText.ts";
import { opensWithArRelativePronoun, opensWithRelative, wordsBetween } from "./subject.ts";
import type { Candidate, SentenceContext, Trigger } from "./types.ts";

/**
 * Collapses triggers of one sentence that describe one interaction: same quad and one party set
 * inside the other (material conflict only within one clause), keeping the most specific code.
 * A statement is dropped when another event already names every actor it is about.
 */
export function collapse(candidates: readonly Candidate[], ctx: SentenceContext): Candidate[] {
  const party = (id: string) => partyOf(id, ctx.info);
  const partiesOf = (c: Candidate) => new Set([...c.sources, ...c.targets, ...c.others].map(party));
  const subset = (a: Set<string>, b: Set<string>) => [...a].every((x) => b.has(x));
  const ordered = [...candidates].sort((a, b) => b.rank - a.rank || a.trigger.start - b.trigger.start);
  // the dates each trigger owns (see `dateFor`): two acts told with two dates that do not overlap are two events
  // («که روز یکشنبه وارد آنکارا شده بود، عصر دوشنبه با اردوغان دیدار کرد»)
  const owned = ownedDates(ctx);
  // a trigger without a date of its own shares the date of the trigger before it in its clause
  // («عصر دوشنبه با اردوغان دیدار و گفتگو کرد»: the talks are Monday's, like the meeting)
  const ownedOf = (t: Trigger) => {
    const own = owned.get(t);
    if (own) return own;
    const before = ctx.triggers.filter((o) => o.start < t.start && o.clause[0] === t.clause[0] && owned.has(o));
    return before.length > 0 ? owned.get(before[before.length - 1]!) : undefined;
  };
  const apart = (a: Trigger, b: Trigger) => {
    if (owned.size === 0) return false;
    const da = ownedOf(a);
    const db = ownedOf(b);
    return da !== undefined && db !== undefined && !da.some((d) => db.some((e) => d.start <= e.end && e.start <= d.end));
  };
  const kept: Candidate[] = [];
  for (const c of ordered) {
    const pc = partiesOf(c);
    if (c.kind === "statement") {
      // one statement per sentence, and none when another event already tells what was said
      const speakerParties = new Set(c.sources.map(party));
      const covering = candidates.filter(
        (o) =>
          o !== c &&
          o.kind !== "statement" &&
          (subset(new Set(c.targets.map(party)), partiesOf(o)) || o.sources.some((id) => speakerParties.has(party(id)))),
      );
      // announcing a meeting or talks to come is itself an act, on the day of the announcement: «أعلن
      // ترامب الاثنين أن بلاده ستجري محادثات مع إيران يوم السبت» (CAMEO 036, intent to meet or negotiate)
      const announced = covering.find((o) => o.modality === "planned" && MEETINGS.has(o.trigger.form.family.id) && o.trigger.start > c.trigger.start);
      if (announced && c.modality === "reported") {
        const addressed = [...announced.sources, ...announced.targets].filter((id) => !speakerParties.has(party(id)));
        if (addressed.length > 0 && !kept.some((k) => k.kind === "statement" || k.cameo === "036")) {
          kept.push({ ...c, cameo: "036", quad: 1, goldstein: 4.0, kind: "interaction", targets: addressed, others: [], spans: [c.trigger] });
        }
        continue;
      }
      if (covering.length === 0 && !kept.some((k) => k.kind === "statement")) kept.push(c);
      continue;
    }
    const host = kept
      // «توافق کردیم جلسه بعدی … برگزار شود»: the agreement happened, the meeting is planned
      .filter((k) => k.kind !== "statement" && k.quad === c.quad && k.modality === c.modality)
      .filter((k) => c.quad !== 4 || sameClause(k.trigger, c.trigger))
      // (against every trigger the host holds: once it took one day, it is that day's act)
      .filter((k) => !k.spans.some((t) => apart(t, c.trigger)) && !toldApart(ctx, k, c))
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

/**
 * The trigger of its own clause a date belongs to (see `nearestTrigger`), except in an Arabic relative
 * clause that runs on past a comma into the next act: its date is the antecedent noun's, when that
 * noun is a trigger just before the relative («القمة العربية الإسلامية … التي عُقدت في الرياض في ١١
 * نوفمبر ٢٠٢٣، وتلقى منه أول اتصال هاتفي» — the summit's day, not the call's).
 */
function clauseOwner(ctx: SentenceContext, d: DateMention): Trigger | undefined {
  const pool = ctx.triggers.filter((t) => d.start >= t.clause[0] && d.end <= t.clause[1]);
  const owner = nearestTrigger(ctx, d, pool);
  // the object of the verb before, after «على»: «احتجت الجزائر لدى فرنسا في 3 يونيو على تصريحات …» — the
  // day is the protest's, not the remarks'
  if (ctx.lang === "ar" && owner && !owner.form.verbal && owner.start >= d.end && ON.has(bareSlice(ctx.st, d.end, owner.start).trim())) {
    const verb = pool.filter((t) => t.form.verbal && t.end <= d.start).pop();
    if (verb) return verb;
  }
  if (ctx.lang !== "ar" || !owner || owner.start < d.end || owner.clause[0] <= ctx.sentence.start) return owner;
  const cs = owner.clause[0];
  if (pool.some((t) => t.end <= d.start) || !opensWithArRelativePronoun(ctx, cs) || !/[،,]/.test(rawSlice(ctx.st, d.end, owner.start))) return owner;
  return antecedentOf(ctx, cs) ?? owner;
}

/** The noun act a relative clause opening at `cs` tells of: the act ending at most a few words before it. */
function antecedentOf(ctx: SentenceContext, cs: number): Trigger | undefined {
  const antecedent = ctx.triggers.filter((t) => t.clause[1] === cs && t.end <= cs).sort((a, b) => b.end - a.end)[0];
  return antecedent && !antecedent.form.verbal && wordsBetween(ctx, antecedent.end, cs) <= ANTECEDENT_WORDS ? antecedent : undefined;
}

/** How many words (adjectives: «العربية الإسلامية المشتركة غير العادية») may stand between a noun and its relative. */
const ANTECEDENT_WORDS = 5;

/**
 * The trigger a date belongs to among `pool`: the nearest — in Persian the nearest after it, when
 * one follows (a Persian time adverbial stands before its verb: «…وارد آنکارا شده بود، عصر دوشنبه
 * با اردوغان دیدار کرد» — Monday is the meeting's).
 */
function nearestTrigger(ctx: SentenceContext, d: DateMention, pool: readonly Trigger[]): Trigger | undefined {
  const gap = (t: Trigger) => (d.end <= t.start ? t.start - d.end : d.start >= t.end ? d.start - t.end : 0);
  const candidates = ctx.lang === "fa" && pool.some((t) => t.start >= d.end && t.form.verbal) ? pool.filter((t) => t.start >= d.end) : pool;
  const nearest = [...candidates].sort((a, b) => gap(a) - gap(b))[0];
  // an Arabic date closing its act before a comma is that act's, not the next one's: «ووُقعت الاتفاقية بين البلدين عام
  // 2012، وصادق عليها … عام 2013»
  // (the next act opening right after the comma: «، وصادق», «، ثم التقى»; the act's object may stand before the comma:
  // «دشّن رئيسي ونظيره في 19 مايو الماضي سد "قيز قلعه سي" على نهر أراس، وقال …»)
  if (ctx.lang === "ar" && nearest && nearest.start >= d.end && /[،,]\s*(?:ثم\s+)?$/.test(rawSlice(ctx.st, d.end, nearest.start))) {
    const before = candidates.filter((t) => t.end <= d.start).sort((a, b) => gap(a) - gap(b))[0];
    if (before && !/[،,]/.test(rawSlice(ctx.st, before.end, d.start))) return before;
  }
  // so is a Persian date closing its act's phrase before the verb that ends it and «و»: «با حمله رژیم صهیونیستی به خاک
  // ایران در بامداد ۲۳ خرداد آغاز شد و با حمله آمریکا … در بامداد ۱ تیر ادامه یافت» (the first attack's day)
  if (ctx.lang === "fa" && nearest && nearest.start >= d.end && VERB_THEN_AND_FA.test(bareSlice(ctx.st, d.end, nearest.start))) {
    const before = candidates.filter((t) => t.end <= d.start).sort((a, b) => gap(a) - gap(b))[0];
    if (before && !VERB_THEN_AND_FA.test(bareSlice(ctx.st, before.end, d.start))) return before;
  }
  return nearest;
}

/** A Persian past verb (a light verb's or the copula) followed by «و», normalised: where one act's clause gives way to the next. */
const VERB_THEN_AND_FA = /(?:^| )(?:شد|شدند|کرد|کردند|داد|دادند|بود|بودند|است|یافت|گرفت) و /;

/** The dates of the sentence (their spans) by the trigger nearest to each in its clause (its owner). */
function ownedDates(ctx: SentenceContext): Map<Trigger, { start: string; end: string }[]> {
  const out = new Map<Trigger, { start: string; end: string }[]>();
  if (ctx.dates.length === 0 || ctx.triggers.length < 2) return out;
  for (const d of ctx.dates) {
    // (any named date: «ووُقعت الاتفاقية … عام 2012، وصادق عليها … عام 2013» are two acts)
    if (datesOther(ctx, d)) continue;
    const owner = clauseOwner(ctx, d);
    if (!owner) continue;
    const list = out.get(owner);
    const span = { start: d.date.start, end: d.date.end };
    if (list) list.push(span);
    else out.set(owner, [span]);
  }
  return out;
}

/** Connectors that open a clause telling another act: «كما» (as well), «فيما / بينما / في حين» (while). */
const NEW_ACT = new Set(["کما", "فیما", "بینما", "فی حین"].map((w) => normalizeText(w)));

/** Whether the clause starting at `start` opens with a `NEW_ACT` connector. */
function opensNewAct(ctx: SentenceContext, start: number): boolean {
  const words = bareSlice(ctx.st, start, Math.min(ctx.sentence.end, start + 16)).split(" ").filter((w) => w.length > 0);
  return NEW_ACT.has(words[0] ?? "") || NEW_ACT.has(`${words[0]} ${words[1]}`);
}

/**
 * Whether two candidates of different clauses tell two acts, whatever their parties:
 * - two verbs with different subjects, or of different families: «زار المقداد جدة …، فيما استقبل
 *   الأسد في دمشق … وزير الخارجية السعودي»;
 * - an act in a relative clause: «که روز یکشنبه وارد آنکارا شده بود، عصر دوشنبه با اردوغان دیدار کرد»;
 * - an act in a clause opened by «كما / فيما / بينما»: «…، كما استضافت عمان في الأول من أيار اجتماعاً».
 */
function toldApart(ctx: SentenceContext, a: Candidate, b: Candidate): boolean {
  // two verbs told one «then» the other are two acts (not two settings of one verb: «در دیداری … و سپس در نشست … گفت‌وگو کردند»)
  const [first, second] = a.trigger.start < b.trigger.start ? [a.trigger, b.trigger] : [b.trigger, a.trigger];
  if (first.form.verbal && second.form.verbal && first.end < second.start && thenAt(bareSlice(ctx.st, first.end, second.start)) >= 0) return true;
  if (sameClause(a.trigger, b.trigger)) return false;
  if (a.trigger.form.verbal && b.trigger.form.verbal && (differentSubjects(a, b) || a.trigger.form.family.id !== b.trigger.form.family.id)) return true;
  if (opensWithRelative(ctx, a.trigger.clause[0]) || opensWithRelative(ctx, b.trigger.clause[0])) return true;
  return opensNewAct(ctx, Math.max(a.trigger.clause[0], b.trigger.clause[0]));
}

/** Whether another verb, and then «then», stand between an offset and a trigger. */
function verbThenBefore(ctx: SentenceContext, from: number, t: Trigger): boolean {
  return ctx.triggers.some((o) => o !== t && o.form.verbal && o.start >= from && o.end <= t.start && thenAt(bareSlice(ctx.st, o.end, t.start)) >= 0);
}

/** Both name a source, and none is a source of the other (two ministers of one state act apart). */
function differentSubjects(a: Candidate, b: Candidate): boolean {
  return a.sources.length > 0 && b.sources.length > 0 && !b.sources.some((id) => a.sources.includes(id));
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
export function dateFor(c: Candidate, ctx: SentenceContext, live?: ReadonlySet<Trigger>): DateMention | undefined {
  const first = isFirst(ctx, c.trigger);
  const usable = ctx.dates.filter((d) => !datesOther(ctx, d) && !firstSince(ctx, d) && !(first && afterAnother(ctx, c.trigger, d)) && !respondedTo(ctx, c.trigger, d));
  if (usable.length === 0) return undefined;
  const gap = (d: DateMention, t: Trigger) => (d.end <= t.start ? t.start - d.end : d.start >= t.end ? d.start - t.end : 0);
  const ownerOf = (d: DateMention) => {
    const sameClause = ctx.triggers.filter((t) => d.start >= t.clause[0] && d.end <= t.clause[1]);
    // a Persian «که» clause with a verb of its own and no act dates the noun it tells of, if an act («گفتگوهای دو
    // جانبه که مقارن ظهر امروز … برگزار شد»), else nothing: «… را که در سال ۱۳۷۷ امضا شده بود»
    // (not one that runs on past a comma to its verb: «پس از آن که سپاه دوشنبه ۲ تیر …، العدید را هدف … قرار داد»;
    // nor one before a verb it sets the time of: «در نامه‌ای … که چهارشنبه ۲۷ دی منتشر شد، اتهامات … را رد کرد»)
    const keClause = ctx.lang === "fa" && sameClause.length === 0 ? ownVerbKeClause(ctx, d) : undefined;
    if (keClause && !ctx.triggers.some((t) => t.form.verbal && t.start >= keClause[1])) {
      const antecedent = ctx.triggers.filter((t) => !t.form.verbal && t.end <= keClause[0] && wordsBetween(ctx, t.end, keClause[0]) <= ANTECEDENT_WORDS).pop();
      // (an act of its own: not the object agreed on, «قرارداد تجاری را که در سال ۲۰۰۸ امضا شده بود»)
      return antecedent && live?.has(antecedent) ? antecedent : undefined;
    }
    const owner = clauseOwner(ctx, d) ?? nearestTrigger(ctx, d, ctx.triggers);
    // an act that names no party leaves its day to the speech verb of its clause: «گفته بود … در سفر به
    // سیستان: …» — the trip is nobody's event, the day is the speech's
    if (owner && live && !live.has(owner) && owner.form.family.kind !== "statement") {
      const speech = sameClause.find((t) => t.form.family.kind === "statement" && live.has(t) && t.end <= d.start);
      if (speech) return speech;
      // (an Arabic speech after the day leaves it to the act told before it: «كما زار وزير الخارجية السوري … بغداد في ١٤ آذار
      // الماضي، وعقد مع نظيره العراقي … مؤتمراً صحفياً مشتركاً أكدا فيه …» — the visit's day; a Persian day stands before its verb)
      const act = ctx.lang === "ar" ? sameClause.filter((t) => t.form.family.kind !== "statement" && live.has(t) && t.end <= d.start).pop() : undefined;
      if (act) return act;
      const later = sameClause.find((t) => t.form.family.kind === "statement" && live.has(t));
      if (later) return later;
    }
    return owner;
  };
  const owned = usable.filter((d) => {
    const owner = ownerOf(d);
    return owner !== undefined && c.spans.includes(owner);
  });
  const nearest = (ds: readonly DateMention[]) =>
    [...ds].sort((a, b) => Math.min(...c.spans.map((t) => gap(a, t))) - Math.min(...c.spans.map((t) => gap(b, t))))[0];
  // of the dates an event owns, the most precise: «وشهدت الأسابيع الماضية حراكاً …، إذ زار المقداد جدة في الثاني
  // عشر من نيسان» is dated by the day, not by the weeks
  if (owned.length === 1) return owned[0];
  if (owned.length > 1) {
    const v = owned.map(vagueness);
    const best = Math.min(...v);
    return nearest(owned.filter((_, k) => v[k] === best));
  }
  // a date of the same clause owned by another act («ردا على اغتيال هنية، خلال زيارة …، في نهاية تموز»)
  const inClause = usable.filter((d) => {
    const owner = ownerOf(d);
    if (owner?.form.family.kind === "statement") return false;
    // (not a day of another verb told before «then»: «… روز ۲۰ مهر … دیدار کرده بودند و پس از آن نیز … گفت‌وگو کردند»)
    // (nor the day of a relative clause closed by a comma before the trigger: «الضربات التي شنها الحرس … ليل الاثنين، فاستدعت»)
    if (d.start >= c.trigger.clause[0] && d.end <= c.trigger.clause[1]) return !(d.end <= c.trigger.start && (verbThenBefore(ctx, d.end, c.trigger) || closedRelative(ctx, d, c)));
    // the day of a noun of this clause that is no event of its own, told in a relative clause after it:
    // «التقى السيسي رئيسي على هامش القمة … التي عُقدت في الرياض في ١١ نوفمبر ٢٠٢٣»
    return owner !== undefined && !owner.form.verbal && live !== undefined && !live.has(owner) && sameClause(owner, c.trigger);
  });
  if (inClause.length > 0) return nearest(inClause);
  // the day of the speech dates what the speech reports («وقال الوزير، السبت، إن بلاده…»)
  const speech = usable.filter((d) => {
    const owner = ownerOf(d);
    // (in the speech's own clause too for what is told as done: «أعلن الاثنين الماضي، خلال استقباله نتنياهو، …»)
    return owner?.form.family.kind === "statement" && owner.start < c.trigger.start && (owner.clause[0] !== c.trigger.clause[0] || c.modality === "reported");
  });
  if (speech.length > 0) return nearest(speech);
  // a Persian act joined by «و» to the clause before it happened on that clause's day: «سلطان … روز گذشته (یکشنبه)
  // … وارد فرودگاه مهرآباد شد و محمد مخبر از او استقبال کرد»
  if (ctx.lang === "fa" && c.modality === "reported") {
    const [cs] = c.trigger.clause;
    const previous = ctx.clauses.find((k) => k[1] === cs);
    if (previous && rawSlice(ctx.st, cs, cs + 2) === "و ") {
      const day = usable.filter((d) => d.start >= previous[0] && d.end <= previous[1] && d.date.precision === "day").pop();
      if (day) return day;
    }
  }
  // a date opening the sentence frames all its clauses («وفي التاسع عشر من أيار، شارك الأسد في
  // القمة …، حيث استقبله ولي العهد»), even when a nearer act without parties owns it; when a
  // statement owns it, only what the statement reports as done («وفي التاسع من الشهر الجاري أعلنت
  // سوريا والسعودية استئناف …»): the day of a report does not date the plans it reveals
  return usable.find(
    (d) =>
      d.end <= c.trigger.start &&
      wordsBetween(ctx, ctx.sentence.start, d.start) <= OPENING_WORDS &&
      (ownerOf(d)?.form.family.kind !== "statement" || c.modality === "reported"),
  );
}

/** The clause a date is in when it opens with «که» and has a verb after the date («… امضا شده بود»). */
function ownVerbKeClause(ctx: SentenceContext, d: DateMention): readonly [number, number] | undefined {
  const clause = ctx.clauses.find(([s, e]) => d.start >= s && d.end <= e);
  if (!clause || clause[0] <= ctx.sentence.start || bareSlice(ctx.st, clause[0], d.start).split(" ").find((w) => w.length > 0) !== KE) return undefined;
  return FINITE.test(bareSlice(ctx.st, d.end, clause[1])) ? clause : undefined;
}

/** A past or perfect verb (normalised: «شده‌است» reads «شدهاست»): «شده بود», «امضا شد», «برگزار کردند», «رسیده است». */
const FINITE = /(?:^| )(?:(?:\S*ه ?)?(?:بود|بودند|است|اند)|شد|شدند|کرد|کردند)(?= |$)/;

/**
 * Whether a date before a trigger lies in the Arabic relative clause its clause opens with, closed by
 * a comma before the trigger, and telling of another act.
 */
function closedRelative(ctx: SentenceContext, d: DateMention, c: Candidate): boolean {
  const cs = c.trigger.clause[0];
  if (ctx.lang !== "ar" || cs <= ctx.sentence.start || !opensWithArRelativePronoun(ctx, cs) || !/[،,]/.test(rawSlice(ctx.st, d.end, c.trigger.start))) return false;
  const antecedent = antecedentOf(ctx, cs);
  // (an act of the same family is this one told again: «الاجتماع التشاوري الذي استضافته عمّان أمس، … ليس الاجتماع الأول»)
  return antecedent !== undefined && !c.spans.includes(antecedent) && antecedent.form.family.id !== c.trigger.form.family.id;
}

/** Whether an act is told as what was responded to after a date: «صعدت الحكومة أمس ردها على الضربات …» (the day is the response's). */
function respondedTo(ctx: SentenceContext, t: Trigger, d: DateMention): boolean {
  return d.end <= t.start && RESPONSE.test(bareSlice(ctx.st, d.end, t.start));
}


/** How vague a date is: the days it spans, and more than any span when it is approximate. */
function vagueness(d: DateMention): number {
  if (d.date.precision === "approximate") return Number.MAX_SAFE_INTEGER;
  return Date.parse(d.date.end) - Date.parse(d.date.start);
}

/**
 * Whether a date is no act's own: it qualifies a participle, or after «منذ / از» it starts a
 * duration («منذ عام 2011», «از سال ۲۰۱۱») — not when its clause says that something began then
 * («مذاکرات جده از شنبه ۱۶ اردیبهشت … آغاز شده بود»).
 */
function datesOther(ctx: SentenceContext, d: DateMention): boolean {
  if (ofParticiple(ctx, d)) return true;
  if (!SINCE.has(lastWordBefore(ctx, d.start))) return false;
  if (ctx.lang !== "fa") return true;
  const clause = ctx.clauses.find(([s, e]) => d.start >= s && d.end <= e);
  return !BEGAN_FA.test(bareSlice(ctx.st, d.end, clause?.[1] ?? ctx.sentence.end));
}

/**
 * Whether a Persian date qualifies a participle before it, not an act: «موافقت‌نامه همکاری امنیتی
 * امضاشده در سال ۲۰۰۱» — the agreement was signed then; the act told about it was not.
 */
function ofParticiple(ctx: SentenceContext, d: DateMention): boolean {
  if (ctx.lang !== "fa") return false;
  const words = bareSlice(ctx.st, Math.max(ctx.sentence.start, d.start - 24), d.start).split(" ").filter((w) => w.length > 0);
  if (words[words.length - 1] !== IN_FA) return false;
  const done = words[words.length - 2] ?? "";
  // joined («امضاشده»), or after a noun that makes one («امضا شده»), not a perfect («… آغاز شده در …»)
  return done.endsWith(DONE_FA) && (done !== DONE_FA || PARTICIPLE_NOUNS.has(words[words.length - 3] ?? ""));
}

const IN_FA = normalizeText("در");
const DONE_FA = normalizeText("شده");
const PARTICIPLE_NOUNS = new Set(["امضا", "منعقد", "تصویب", "برگزار", "اعلام"].map((w) => normalizeText(w)));

/** How many words («وفي», «منذ») may stand before a date that opens its sentence. */
const OPENING_WORDS = 2;

/** How many words before «since» a «first» makes it «the first since» (see `FIRST`). */
const FIRST_WINDOW = 4;

/** Whether a date reads «first … since D» («أول زيارة منذ 12 عاما»): D dates the previous time. */
function firstSince(ctx: SentenceContext, d: DateMention): boolean {
  const own = d.text.split(/\s+/)[0] ?? "";
  const words = bareSlice(ctx.st, ctx.sentence.start, d.start).split(" ").filter((w) => w.length > 0);
  // «منذ» inside the date's text («منذ 12 عاما») or just before it («منذ عام 2012»)
  const sinceInside = SINCE.has(normalizeText(own));
  if (!sinceInside && !SINCE.has(words[words.length - 1] ?? "")) return false;
  const before = sinceInside ? words.slice(-FIRST_WINDOW) : words.slice(-FIRST_WINDOW - 1, -1);
  return before.some((w) => FIRST.has(w));
}

/** Whether «first» qualifies the trigger («أول زيارة», «نخستین سفر»). */
function isFirst(ctx: SentenceContext, t: Trigger): boolean {
  if (t.start < ctx.sentence.start) return false;
  const words = bareSlice(ctx.st, Math.max(ctx.sentence.start, t.start - 24), t.start).split(" ");
  return words.slice(-2).some((w) => FIRST.has(w));
}

/** How many words before a date «بعد / پس از» may stand for it to date what the first act came after. */
const AFTER_WINDOW = 7;

/**
 * Whether a date after a «first» act dates what it came after: «این نخستین سفر … پس از قطع روابط دو
 * کشور در دی‌ماه ۱۳۹۴ است», «أول زيارة … بعد القطيعة في 2016».
 */
function afterAnother(ctx: SentenceContext, t: Trigger, d: DateMention): boolean {
  if (d.start < t.end) return false;
  // (not across a comma: «نخستین دیدار … پس از قطع روابط، شهریور ۱۴۰۲ میان … انجام شد» — the day is the meeting's)
  const raw = rawSlice(ctx.st, t.end, d.start);
  const comma = Math.max(raw.lastIndexOf("،"), raw.lastIndexOf(","));
  const words = bareSlice(ctx.st, comma >= 0 ? t.end + comma + 1 : t.end, d.start).split(" ").filter((w) => w.length > 0);
  return words.slice(-AFTER_WINDOW).some((w) => AFTER.has(w));
}

/** The last bare word of the sentence before an offset (the last of `split(" ")`, without splitting the sentence). */
export function lastWordBefore(ctx: SentenceContext, pos: number): string {
  const text = bareSlice(ctx.st, ctx.sentence.start, pos);
  return text.slice(text.lastIndexOf(" ") + 1);
}
