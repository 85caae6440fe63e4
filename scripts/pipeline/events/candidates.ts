/**
 * One trigger → one candidate event: its source (subject, speaker, anaphor), targets and others
 * (by preposition and distance), place, refined CAMEO code and modality; or nothing when the
 * trigger does not make an event between parties.
 */
import type { Modality } from "../../../src/contract/schema.ts";
import { normalizeText } from "../../../src/text/normalize.ts";
import { detectModality } from "../modality.ts";
import type { TriggerCues } from "../../lexicon/triggers.ts";
import type { ActorMention } from "../types.ts";
import { BETWEEN, CESSATION_CUES, TWO_SIDES_FA, CONTENT_TAKERS, IN, ON, PREPOSITIONS, DEMONSTRATIVES, findDayAnaphor, MEETING_REFERENTS, AT_THE_END, findMonthAnaphor, MUTUAL_FAMILIES, OFFICE_WORDS, PLACE_TARGET_FAMILIES, RECEIVED, SPEAKER_ANAPHORS, SPEAKER_STATE_ANAPHORS } from "./cues.ts";
import { lastWordBefore } from "./collapse.ts";
import { partyOf, prepositionBefore, prepositionBeforeIn } from "./groups.ts";
import { bareSlice, normSlice, rawSlice } from "./sentenceText.ts";
import { DID_FORCE, dualPossessive, lightVerbDropped, opensWithArRelativePronoun, opensWithRelative, subjectOf, twoSidesAct, wordsBetween } from "./subject.ts";
import { upToSpace } from "./words.ts";
import type { ActorInfoOf, Candidate, Group, PrepRole, SentenceContext, Trigger } from "./types.ts";

const FROM = normalizeText("من");
/** The Persian object marker «را». */
const OBJECT_MARKER = normalizeText("را");

export function candidateOf(ctx: SentenceContext, t: Trigger): Candidate | undefined {
  const family = t.form.family;
  const info = ctx.info;
  const party = (id: string) => partyOf(id, info);
  const [cs, ce] = scopeOf(ctx, t);
  // the sentence's words before and after the trigger, read by several rules: sliced once, when first asked
  let beforeText: string | undefined;
  let afterText: string | undefined;
  const before = () => (beforeText ??= normAround(ctx, t, "before"));
  const after = () => (afterText ??= normAround(ctx, t, "after"));
  const cessation = family.kind !== "statement" && family.id !== "ceasefire" && lastTwoWordsSome(before(), CESSATION_CUES);

  // «بعد هذا اللقاء», «پس از این دیدار»: an act told already
  if (refersBack(ctx, t)) return undefined;

  // an act noun right after a threat or condemnation is its content, not an act of its own
  // (one that holds its own day is told as an act of its own: «از عملیات … که حماس در ۱۵ مهر علیه رژیم صهیونیستی انجام داد تمجید کرد»)
  // (nor one told with its doer: «إدانة بلاده الهجوم الذي شنه الحرس الثوري مساء أمس»)
  if (!t.form.verbal && !cessation && !ctx.dates.some((d) => d.start >= t.start && d.end <= t.end) && !(family.kind === "attack" && relativeAgent(ctx, t))) {
    const absorbed = ctx.triggers.some(
      (o) =>
        o !== t &&
        CONTENT_TAKERS.has(o.form.family.id) &&
        // (a protest note's condemnation is the protest itself: «مذكرة احتجاج … تضمنت «إدانة العراق»»)
        o.form.family.id !== family.id &&
        ((o.end <= t.start &&
          (wordsBetween(ctx, o.end, t.start) <= 3 ||
            // an attack condemned is not an attack by the condemner, however long the condemner's title
            (family.kind === "attack" && wordsBesideActors(ctx, o.end, t.start) <= 3))) ||
          // Persian puts the content first, as the object: «حملات رژیم صهیونیستی به لبنان را محکوم کرد»
          (ctx.lang === "fa" && o.start >= t.end && o.clause[0] === t.clause[0] && bareSlice(ctx.st, t.end, o.start).split(" ").includes(OBJECT_MARKER))),
    );
    if (absorbed) return undefined;
  }

  const speakerIds = ctx.speaker ? withStates(ctx.speaker.ids, info) : [];
  let sources: string[] = [];
  let subject = subjectOf(ctx, t);
  // «their meeting» has its parties in its possessive: no name after it is its genitive agent («وفي مستهلّ لقائهما، قال الرئيس
  // الروسي …»; one before it still is: «إعلان السعودية وإيران … اتفاقهما على استئناف العلاقات»)
  if (subject && subject.start >= t.end && dualPossessive(ctx, t)) subject = undefined;
  // a Persian verb joined after another with «دو کشور» as its own subject is the two sides' act, not the first
  // verb's subject's: «رئیسی … با بشار اسد دیدار کرد و دو کشور سند همکاری … را به امضا رساندند»
  const twoSidesJoined = ctx.lang === "fa" && t.form.verbal && subject !== undefined && subject.end <= t.start && twoSidesAfterVerb(ctx, t, subject.end);
  if (twoSidesJoined) subject = undefined;
  // the anaphors matter only where there is a speaker to point back to
  const clauseWords = ctx.speaker && family.kind !== "statement" ? clauseWordsBefore(ctx, t) : "";
  const anaphor = someWord(clauseWords, SPEAKER_ANAPHORS);
  const stateAnaphor = someWord(clauseWords, SPEAKER_STATE_ANAPHORS);
  const inSpeech = ctx.speechAt !== undefined && t.start > ctx.speechAt;
  if (family.kind === "statement") {
    if (!ctx.speaker || ctx.speaker.ids.every((id) => info(id)?.kind === "outlet")) return undefined;
    sources = [...ctx.speaker.ids];
  } else if (t.flags.firstPerson && ctx.speaker) {
    // «به حاکمان افغانستان هشدار می‌دهم»: the speaker is «I»; a name before the verb is its object
    sources = speakerIds;
    subject = undefined;
  } else if (subject && anaphor && inSpeech && t.form.verbal && subject.start >= t.end && ctx.speaker) {
    // «صرّح أردوغان أنه قد يلتقي برأس النظام بشار الأسد»: the pronoun is the subject, the name the object
    sources = [...ctx.speaker.ids];
    subject = undefined;
  } else if (subject) {
    sources = [...subject.ids];
    // «أجرى أكار ونظيره السوري علي عباس محادثات»: every name inside the split phrase acts
    // (not in a hostile act, done to the second: «سلّمت الخارجية الإيرانية السفير البريطاني مذكرة احتجاج»)
    if (ctx.lang === "ar" && subject.start >= t.start && subject.end <= t.end && family.quad < 3) {
      for (const g of ctx.groups) {
        if (g !== subject && !g.prep && g.start >= t.start && g.end <= t.end) sources.push(...g.ids.filter((id) => !sources.includes(id)));
      }
    }
  } else if (stateAnaphor && ctx.speaker) {
    sources = speakerIds.filter((id) => info(id)?.kind === "state");
    if (sources.length === 0) sources = speakerIds;
  } else if (ctx.speaker && ((t.flags.possessive && !dualPossessive(ctx, t)) || (anaphor && inSpeech && t.form.verbal))) {
    // «his» is the subject of this sentence's first clause when the sentence reports no speech of its
    // own («وانتقل أردوغان إلى الدوحة …، على أن يختتم جولته»), else the speaker
    const head = ctx.speechAt === undefined && t.flags.possessive ? sentenceSubject(ctx, t) : undefined;
    sources = [...(head ?? ctx.speaker).ids];
  }

  // «او و آقای پوتین … با یکدیگر دیدار کرده بودند»: «he» is the person named last before the sentence
  if (subject && ctx.person && !sources.includes(ctx.person) && pronounAndBefore(ctx, subject.start)) sources.push(ctx.person);
  // «او ۱۸ مهر در ریاض با محمد بن سلمان … دیدار کرد»: so is a Persian «او / وی» opening the sentence as its subject
  if (sources.length === 0 && !subject && ctx.person && ctx.lang === "fa" && family.kind === "interaction" && opensWithHe(ctx)) sources.push(ctx.person);
  // (or opening the trigger's clause after «؛ / :», the person named last before it in the sentence: «این دومین سفر پزشکیان به
  // دوحه … است؛ وی ۱۱ مهر ۱۴۰۳ … به قطر سفر کرده بود»)
  if (sources.length === 0 && !subject && ctx.lang === "fa" && family.kind === "interaction") {
    const he = personBeforeHe(ctx, cs);
    if (he) sources.push(he);
  }

  // a passive verb's subject is the one acted upon: «اسماعیل هنیه … به شهادت رسید»
  const patients = family.passive ? sources.splice(0) : [];

  // «وبحث الجانبان», «دو طرف … توافق کردند»: the parties of the section's last exchange act together
  // (in a sentence that names no one too: «وفي ختام المباحثات، وقّع الجانبان …»; its evidence then marks no actor)
  // (and a Persian mutual act «between the two countries» whose sentence names one of them as subject: «رئیسی … مورد
  // استقبال … قرار گرفت و … پنج سند همکاری … میان دو کشور امضا شد»)
  const lone = ctx.lang === "fa" && MUTUAL_FAMILIES.has(family.id) && sources.length > 0 && partiesOf([sources], info).size === 1;
  if ((sources.length === 0 || lone) && (ctx.pair || ctx.groups.length > 0) && (twoSidesJoined || twoSidesAct(ctx, t))) {
    // the two named together in a clause before, in this sentence first («دیدار پزشکیان و پوتین است؛ دو رئیس‌جمهور … دیدار کردند»)
    // (else the section's last pair, else the two persons named before: «عقب فوز أردوغان …، هنّأه السيسي …، واتفق الجانبان»)
    // (after «… و», the two the verb before was done by and with: «رئیسی … با مودی … دیدار کرد و دو طرف … گفت‌وگو کردند»)
    // (for «their meeting», the two persons named before in the sentence, else the last two to meet, before the section's pair:
    // «وقال فيدان في مؤتمر صحفي مع نظيرته الإندونيسية ريتنو مارسودي، عقب مباحثاتهما»; «بعدما اقتصر لقاؤهما على …» after an
    // attack told since the two last met)
    const both =
      (twoSidesJoined || lone ? namedBefore(ctx, t) : undefined) ??
      pairBefore(ctx, t) ??
      (dualPossessive(ctx, t) ? (personsBefore(ctx, t) ?? ctx.met) : undefined) ??
      ctx.pair ??
      personsBefore(ctx, t);
    // «the two countries» are the states of the two: «أعلن البلدان رفع علاقاتهما … إلى مستوى السفراء»
    const own = partiesOf([sources], info);
    if (both && (!lone || both.some((id) => own.has(party(id))))) sources = countriesAct(ctx, t) || betweenTheTwo(ctx, t) ? [...(twoStates([...new Set(both.map(party))], info) ?? ctx.mainStates ?? new Set(both.map(party)))] : [...both];
  }
  // «سه کشور … را محکوم کردند», «وأكدت الدول الثلاث»: «the three countries» of the clause's opening are the three states
  // of the section's last event among three
  if (ctx.trio && threeSidesAct(ctx, t)) sources = [...ctx.trio];
  // «ووُقعت الاتفاقية بين البلدين عام 2012», «توافقنامه‌ای میان دو کشور امضا شد»: a mutual act between «the two countries»,
  // with no one named as its subject, is theirs — the last pair's states, else the two the article is about
  if (sources.length === 0 && MUTUAL_FAMILIES.has(family.id) && betweenTheTwo(ctx, t)) {
    const two = (ctx.pair ? twoStates([...new Set(ctx.pair.map(party))], info) : undefined) ?? ctx.mainStates;
    if (two) sources = [...two];
  }
  // a mutual act's noun «between» two named after it: «دیدار … شهریور ۱۴۰۲ میان امیرعبداللهیان و الزیانی», «محادثات بين X وY»
  // (the second of the two may stand past the first's own words: «بين الحكومة اليمنية المعترف بها دولياً وجماعة أنصار الله»)
  if (sources.length === 0 && !t.form.verbal && MUTUAL_FAMILIES.has(family.id)) {
    const at = ctx.groups.findIndex((g) => g.start >= t.end && g.end <= ce && afterBetween(ctx, g));
    const first = ctx.groups[at];
    const second = first && partiesOf([first.ids], info).size < 2 ? ctx.groups[at + 1] : undefined;
    const ids = second && second.end <= ce && joinedAfter(ctx, first!.end, second.start) ? [...first!.ids, ...second.ids] : (first?.ids ?? []);
    if (partiesOf([ids], info).size >= 2) sources = [...ids];
  }
  // an act an Arabic «announce» declares in its own clause is the announcer's: «أعلنت باكو 4 موظفين … "أشخاصاً غير مرغوب
  // فيهم"», «أعلنت القاهرة قطع العلاقات» (a clause of its own, «أعلن أن …», reports another's act)
  if (sources.length === 0 && !subject && ctx.lang === "ar" && !t.form.verbal && family.kind === "interaction" && ctx.speaker && declaredIn(ctx, t)) sources = [...ctx.speaker.ids];
  // a clash «between» two is both sides' fighting, each the other's attacker, their forces' words between: «اشتباكات بين
  // قوات حرس الحدود الإيرانية وعناصر طالبان», «تیراندازی میان مرزبانان ایران و نیروهای طالبان»
  if (sources.length === 0 && !t.form.verbal && CLASHES.has(t.form.lemma) && BETWEEN.has(bareSlice(ctx.st, t.end, Math.min(ce, t.end + 16)).trim().split(" ")[0] ?? "")) {
    // (exactly two parties named in the clause after it: a commander's name beside his force makes three, and no reading)
    const ids = ctx.groups.filter((g) => g.start >= t.end && g.end <= ce && !g.prep).flatMap((g) => g.ids);
    if (partiesOf([ids], info).size === 2) sources = ids;
  }
  // the agent inside a Persian passive's own words does a mutual act: «… به امضای وزیران … کشورمان و همتایان عمانی رسید»
  if (sources.length === 0 && ctx.lang === "fa" && MUTUAL_FAMILIES.has(family.id)) {
    const inside = ctx.groups.filter((g) => g.start > t.start && g.end < t.end).flatMap((g) => g.ids);
    if (partiesOf([inside], info).size >= 2) sources = inside;
  }
  let sourceParties = partiesOf([sources], info);
  const targets: string[] = [...patients];
  const others: string[] = [];
  const scope: readonly [number, number] = family.kind === "statement" ? [ctx.sentence.start, ctx.sentence.end] : [cs, ce];
  let previousEnd = t.end;
  // (a Persian act noun whose light verb the next verb stands for acts as that verb: «با سفیر عراق … دیدار و
  // یادداشت … را تسلیم کرد»)
  const actsAsVerb = t.form.verbal || lightVerbDropped(ctx, t);
  for (const g of ctx.groups) {
    if (g.start < scope[0] || g.end > scope[1]) continue;
    if (subject && g === subject && family.kind !== "statement") {
      if (g.start >= t.end) previousEnd = g.end;
      continue;
    }
    // a Persian verb's objects stand before it, after the verb before it: «حملات … به لبنان را محکوم کرد و
    // خواستار اقدام سازمان ملل شد» — Lebanon is the condemnation's, not the appeal's
    // (not a partner after «با», who takes part in what follows: «با وزیر خارجه ترکیه … بررسی کردیم … توافق کردیم»)
    if (ctx.lang === "fa" && t.form.verbal && family.kind !== "statement" && g.end <= t.start && verbBetween(ctx, t, g.end) && !afterWith(ctx, g)) continue;
    const fresh = g.ids.filter((id) => !sources.includes(id));
    // a passive verb's agent, after «از سوی / از جانب / توسط / من قبل», did it: «رئیسی … از سوی ویلیام روتو … مورد استقبال قرار گرفت»
    // (or inside the phrase, its genitive: «مورد استقبال ایوان خیل، وزیر امور خارجه ونزوئلا قرار گرفت»)
    if (family.passive && g.end <= t.end && (agentPhraseBefore(ctx, g) || (g.start > t.start && !g.prep && family.kind === "interaction"))) {
      sources.push(...fresh.filter((id) => !patients.includes(id)));
      sourceParties = partiesOf([sources], info);
      continue;
    }
    let role: PrepRole = "target";
    if (family.kind !== "statement") {
      const insideTrigger = g.start >= t.start && g.end <= t.end;
      // the one named inside a split act of force, before whom it is against, did it: «عملیات … که حماس … علیه»
      if (insideTrigger && !g.prep && family.kind === "attack" && sources.length === 0 && g.end < t.end) {
        sources.push(...fresh);
        sourceParties = partiesOf([sources], info);
        continue;
      }
      if (g.prep && g.end <= t.start && !actsAsVerb && wordsBetween(ctx, g.end, t.start) > 3) role = "other";
      // the object of a phrase ending in its own preposition: «أفرجت إيران، …، عن عامل الإغاثة البلجيكي»
      else if (g.prep && g.start >= t.end && endsInPreposition(t) && wordsBetween(ctx, t.end, g.start) <= 3) role = "target";
      else if (g.prep) role = g.prep === "other" && WARNINGS.has(family.id) && g.start >= t.end && warnedOf(ctx, previousEnd, g) ? "target" : g.prep;
      else if (insideTrigger) role = "target";
      // (a passive verb has no object: «هنیه، رئیس دفتر سیاسی حماس، … به شهادت رسید»)
      else if (g.end <= t.start) role = ctx.lang === "fa" && actsAsVerb && !family.passive ? "target" : "other";
      // an object follows its verb or subject closely; a name far after is a genitive of
      // another noun («مشاوراتها مع كل دول المنطقة بشأن وقف الهجمات الإسرائيلية»)
      // (the object's own title is not a gap: «والتقى على هامشها ولي العهد السعودي الأمير محمد بن سلمان»)
      else if (wordsBetween(ctx, previousEnd, g.start) - adverbialWords(ctx, previousEnd, g.start) - titleWordsBefore(ctx, previousEnd, g.start) > 2) {
        role = WARNINGS.has(family.id) && warnedOf(ctx, previousEnd, g) ? "target" : "other";
      }
    }
    if (g.start >= t.end) previousEnd = g.end;
    for (const id of fresh) {
      // a party does not act on itself: «بقائی تحریم‌های آمریکا علیه ایران را محکوم کرد» targets the United States only
      if (sourceParties.has(party(id)) && (family.kind === "statement" || role === "target")) continue;
      const list = role === "target" ? targets : others;
      if (!list.includes(id) && !targets.includes(id)) list.push(id);
      // (one named as a target after standing by is a target, once: «ووقعت قطر والبحرين …، وصادق عليها مجلس الشورى
      // القطري ومجلس النواب البحريني»)
      if (role === "target" && others.includes(id)) others.splice(others.indexOf(id), 1);
    }
  }
  // a Persian act after the relative clause that tells its object is against the one that clause says it is against:
  // «قطعنامه‌ای را که فرانسه، آلمان و انگلیس … علیه جمهوری اسلامی ایران ارائه کرده بودند، با ۱۹ رأی … تصویب کرد»
  if (ctx.lang === "fa" && targets.length === 0 && family.kind === "interaction" && family.quad >= 3) {
    const relative = ctx.clauses.find((c) => c[1] === cs);
    if (relative && opensWithRelative(ctx, relative[0])) {
      const against = ctx.groups.find((g) => g.start >= relative[0] && g.end <= relative[1] && AGAINST.has(lastWordBefore(ctx, g.start)));
      for (const id of against?.ids ?? []) if (!sourceParties.has(party(id)) && !targets.includes(id)) targets.push(id);
    }
  }
  // «… وارد فرودگاه مهرآباد شد و محمد مخبر از او استقبال کرد»: «him» welcomed is the person named last before the clause
  const welcomed = targets.length === 0 && family.id === "praise" && ctx.lang === "fa" && t.text.startsWith(WELCOME_FA) ? welcomedPronoun(ctx, t) : undefined;
  if (welcomed) targets.push(...welcomed.filter((id) => !sourceParties.has(party(id))));
  // one killed is killed alone: the others the clause names are around it («اعلام کرد هنیه «در حمله‌ای …»
  // … به شهادت رسیده است» — the one named last before the verb when no subject stands close to it)
  // (and not the subject of a verb between: «حماس … اعلام کرد هنیه … به شهادت رسیده است»)
  if (family.passive && ctx.lang === "fa" && t.form.verbal) {
    const verbBefore = ctx.triggers.filter((o) => o !== t && o.form.verbal && o.start >= cs && o.end <= t.start).pop();
    const from = verbBefore ? verbBefore.end : cs;
    if (patients.length === 0 || (subject && subject.end <= from)) {
      const person = [...ctx.groups].reverse().find((g) => g.start >= from && g.end <= t.start && !g.prep && g.ids.some((id) => info(id)?.kind === "person"));
      if (person) patients.splice(0, patients.length, ...person.ids);
    }
    // (those named before the verb between are its, not victims)
    if (patients.length > 0 && verbBefore) {
      const earlier = new Set(ctx.groups.filter((g) => g.start >= cs && g.end <= from).flatMap((g) => g.ids));
      for (const id of targets.splice(0)) {
        if (!earlier.has(id) || patients.includes(id)) targets.push(id);
        else if (!others.includes(id)) others.push(id);
      }
      for (const id of patients) if (!targets.includes(id)) targets.push(id);
    }
  }
  // (not the one held: «اقتحم مسلح … مبنى السفارة الأذربيجانية …، قبل أن تعتقله الشرطة الإيرانية» — the gunman, no party named)
  if (t.flags.objectPronoun && targets.length === 0 && family.kind !== "statement" && family.id !== "arrest") {
    for (const id of antecedentOf(ctx, t, subject, (id) => sourceParties.has(party(id)))) {
      if (sources.includes(id) || targets.includes(id)) continue;
      targets.push(id);
      if (others.includes(id)) others.splice(others.indexOf(id), 1);
    }
  }
  // «وانتقل أردوغان إلى الدوحة حيث التقى أمير قطر»: after «حيث», a meeting whose only party follows the
  // verb meets that party, and the one named last in the clause before is who went there to meet
  // (the one who goes is named last before where he goes: «وسبقه بيومين وصول المقداد إلى جدة حيث التقى نظيره»).
  // So does a meeting verb joined by «و» after a comma, met by the sentence's subject: «وشارك الأسد في
  // القمة …، والتقى على هامشها ولي العهد السعودي» (and with no party after it, it is still the subject's)
  // «صعّدت الحكومة العراقية ردّها على الضربات التي شنّها الحرس الثوري …، فاستدعت سفيرها»: a verb joined by «ف»
  // after a comma, with no subject right before it, is the sentence's subject's next act
  // (and by «و» after a comma: «…، فاستدعت سفيرها …، وتقدّمت بشكوى رسمية ضد إيران»)
  const joinedBy = ctx.lang === "ar" && t.form.verbal && subject && subject.end <= t.start ? clauseOpener(ctx, t) : undefined;
  const then =
    joinedBy !== undefined &&
    ((joinedBy === "then" && t.text.startsWith(THEN)) || (joinedBy === "and" && !MUTUAL_FAMILIES.has(family.id) && family.kind !== "statement")) &&
    wordsBetween(ctx, subject!.end, t.start) > 1;
  const head = then ? sentenceHead(ctx, t) : undefined;
  if (head && subject && head.start < subject.start && !head.ids.some((id) => sources.includes(id))) {
    sources = [...head.ids];
    sourceParties = partiesOf([sources], info);
  }
  // so is one joined by «و / ف» after a comma with no subject at all: «وطالب «إعلان البحرين» … بوقف …، ودان العمليات …»
  if (ctx.lang === "ar" && t.form.verbal && sources.length === 0 && (t.text.startsWith(AND) || t.text.startsWith(THEN)) && !MUTUAL_FAMILIES.has(family.id) && family.kind !== "statement") {
    const joined = clauseOpener(ctx, t);
    const first = joined === "and" || joined === "then" ? sentenceHead(ctx, t) : undefined;
    if (first && !first.ids.some((id) => targets.includes(id))) {
      sources = [...first.ids];
      sourceParties = partiesOf([sources], info);
    }
  }
  const opener = ctx.lang === "ar" && t.form.verbal && MUTUAL_FAMILIES.has(family.id) ? clauseOpener(ctx, t) : undefined;
  if (opener && targets.length === 0 && subject && subject.start >= t.end) {
    const head = opener === "where" ? subjectsBefore(ctx, t).pop() : sentenceHead(ctx, t);
    if (head && !head.ids.some((id) => sourceParties.has(party(id)))) {
      targets.push(...sources);
      sources = [...head.ids];
      sourceParties = partiesOf([sources], info);
    }
  } else if (opener === "and" && sources.length === 0 && targets.length > 0) {
    const head = sentenceHead(ctx, t);
    if (head && !head.ids.some((id) => targets.some((o) => party(o) === party(id)))) {
      sources = [...head.ids];
      sourceParties = partiesOf([sources], info);
    }
  }
  const call = family.id === "phone" ? receivedCall(ctx, t, sources) : undefined;
  if (call) {
    const rest = [...targets, ...others].filter((id) => !call.callers.includes(id) && !call.receivers.includes(id));
    sources = call.callers;
    targets.splice(0, targets.length, ...call.receivers);
    others.splice(0, others.length, ...rest);
    sourceParties = partiesOf([sources], info);
  }
  const place = placeFor(ctx, t, [cs, ce]);
  // a visit or withdrawal is to or from whatever it names: «سيصل … ليشارك في عملية أستانا»,
  // «انسحاب قواتها من خيرسون في أوكرانيا»
  // (a visit's destination first: «وصل إلى القاهرة …، في إطار جولة شملت لبنان وسوريا» visits Egypt)
  const destination = family.id === "visit" && targets.length === 0 ? destinationOf(ctx, t, [cs, ce]) : undefined;
  if (destination && !sourceParties.has(destination)) targets.push(destination);
  if (PLACE_TARGET_FAMILIES.has(family.id) && targets.length === 0) targets.push(...others.splice(0));
  // a visit to a place visits its state, an envoy recalled from a capital leaves its state:
  // «زيارة عراقجي إلى إسطنبول», «سفیر خود را از تهران فراخواند»
  if ((family.id === "visit" || family.id === "reduce-relations") && targets.length === 0 && place) {
    const country = info(place)?.country;
    if (country && !sourceParties.has(country)) targets.push(country);
  }

  // «الهجوم الذي شنه الحرس الثوري … على قاعدة العديد»: an act of force told with its agent in a relative
  // clause, against the state of the place it struck
  const agent = family.kind === "attack" && !t.form.verbal && sources.length === 0 ? relativeAgent(ctx, t) : undefined;
  if (agent) {
    sources = agent.ids.filter((id) => !targets.includes(id));
    sourceParties = partiesOf([sources], info);
    // what it struck, in the same clause: a party after «على / ضد» («الذي شنته إيران على إسرائيل»), else a place's state
    // (before a comma: «… على أربيل، …، فاستدعت … وتقدمت بشكوى ضد إيران» is another act's)
    const struckParty =
      targets.length === 0
        ? ctx.groups.find((g) => g.start >= agent.end && g.start < agent.clauseEnd && g.prep === "target" && AGAINST.has(lastWordBefore(ctx, g.start)) && !/[،,]/.test(rawSlice(ctx.st, agent.end, g.start)))
        : undefined;
    for (const id of struckParty?.ids ?? []) {
      if (sourceParties.has(party(id)) || targets.includes(id)) continue;
      targets.push(id);
      if (others.includes(id)) others.splice(others.indexOf(id), 1);
    }
    const struck = targets.length === 0 ? struckPlace(ctx, agent.end)?.actorId : undefined;
    const country = struck ? info(struck)?.country : undefined;
    if (country && !sourceParties.has(country)) targets.push(country);
  }
  // an act of force with no target strikes the state it was done in: «اهدافی را در سرزمین‌های اشغالی هدف قرار داده بود»,
  // or the state of the place it struck: «شنت ضربات جوية على منشآت فوردو ونطنز»
  if (family.kind === "attack" && sources.length > 0 && targets.length === 0) {
    // (not the attacker's own state: «ضربات الحرس الثوري الإيراني»)
    const own = new Set(sources.flatMap((id) => [id, party(id), info(id)?.country ?? id]));
    // (a place it was against, right after it, before a state named elsewhere in the clause: «جنگی که با حمله رژیم صهیونیستی به
    // خاک ایران … آغاز شد و با حمله آمریکا به تاسیسات هسته‌ای فردو، نطنز و اصفهان … ادامه یافت» — the second strikes Iran)
    const struckNext = struckPlace(ctx, t.end);
    const struckState = struckNext && struckNext.start - t.end <= 40 ? info(struckNext.actorId)?.country : undefined;
    const at = struckState && !own.has(struckState) ? -1 : others.findIndex((id) => info(id)?.kind === "state" && !own.has(id));
    if (at >= 0) targets.push(...others.splice(at, 1));
    else {
      const struck = struckNext?.actorId ?? objectPlace(ctx, t);
      const country = struck ? info(struck)?.country : undefined;
      if (country && !own.has(country)) {
        targets.push(country);
        if (others.includes(country)) others.splice(others.indexOf(country), 1);
      }
    }
  }
  // an act of force done in a place of a state no party names strikes that state too: «غارة إسرائيلية … في طهران»,
  // «مسيرات استهدفت مواقع في إقليم كردستان» (not one killed there: a victim and the state are no two sides of it; nor
  // a nameless noun, «در حمله‌ای»)
  if (
    family.kind === "attack" &&
    !family.passive &&
    (sources.length > 0 || (t.form.verbal && targets.length === 0)) &&
    ![...targets, ...others].some((id) => info(id)?.kind === "state")
  ) {
    const where = placeIn(ctx, t);
    const country = where ? info(where)?.country : undefined;
    const own = new Set(sources.flatMap((id) => [id, party(id), info(id)?.country ?? id]));
    if (country && !own.has(country) && !targets.some((id) => party(id) === country)) targets.push(country);
  }
  // an embassy opened in a capital is opened with that capital's state: «سفارت ایران در ریاض بازگشایی شد»,
  // «افتتحت إيران سفارتها في الرياض»
  if (family.id === "restore-relations") {
    // (whose embassy it is opens it: «سفارت ایران … بازگشایی شد»)
    const owner = sources.length === 0 ? ctx.groups.find((g) => g.start >= t.start && g.end <= t.end && !g.prep) : undefined;
    if (owner) {
      sources.push(...owner.ids);
      for (const id of owner.ids) if (targets.includes(id)) targets.splice(targets.indexOf(id), 1);
      sourceParties = partiesOf([sources], info);
    }
  }
  if (family.id === "restore-relations" && partiesOf([sources, targets, others], info).size === 1) {
    const where = placeIn(ctx, t);
    const country = where ? info(where)?.country : undefined;
    if (country && info(country)?.kind === "state" && !partiesOf([sources, targets, others], info).has(country)) targets.push(country);
  }
  // «وأدانت قطر عملية الاغتيال»: a condemnation of an act of force that names no one condemns its
  // agent when told («إدانة بلاده الهجوم الذي شنه الحرس الثوري»), else whoever did the section's last act of force
  // (and one whose only targets are the attack's victims, «إدانتها … بالهجوم … على قطر», condemns the attacker, not them)
  // (the attack may be told by a word that is no act of its own: «إدانتها … للاعتداء على قطر»)
  // (in Persian the attack stands before the verb, its object: «ناتو … این حمله را محکوم کرد»)
  const condemned =
    family.id === "criticise"
      ? (ctx.triggers.find((o) => o.form.family.kind === "attack" && o.start >= t.end && o.clause[0] === t.clause[0]) ??
        (ctx.lang === "fa" && t.form.verbal ? ctx.triggers.filter((o) => o.form.family.kind === "attack" && o.end <= t.start && o.clause[0] === t.clause[0]).pop() : undefined))
      : undefined;
  const condemnedEnd = condemned?.end ?? (family.id === "criticise" ? aggressionEnd(ctx, t) : undefined);
  if (condemnedEnd !== undefined && (targets.length === 0 || targets.every((id) => victimOf(ctx, condemnedEnd, id)))) {
    const agent = condemned && !condemned.form.verbal ? relativeAgent(ctx, condemned) : undefined;
    const attackers = (agent?.ids ?? ctx.attackers ?? []).filter((id) => !sourceParties.has(party(id)) && !targets.includes(id));
    if (attackers.length > 0) {
      for (const id of targets.splice(0)) if (!others.includes(id)) others.push(id);
      targets.push(...attackers);
    }
  }

  // «ورحب الأمين العام … بالقرار», «از این توافق استقبال کرد»: praise of a decision,
  // step or agreement that names no one praises the two parties of the section's last exchange, whose act it was
  // (not one of them praising: «رحبت قطر بالقرار» names no other side)
  if (family.id === "praise" && targets.length === 0 && sources.length > 0 && ctx.pair && aboutTheActTold(ctx, t, sources) && !ctx.pair.some((id) => sourceParties.has(party(id)))) {
    targets.push(...ctx.pair);
  }
  // so is a condemnation of one («با محکومیت این تصمیم، آن را «اقدامی ناسنجیده» خواند», «وندد بالقرار»), aimed at
  // the pair's other side when one of them condemns it (Iran condemning Albania's rupture with it)
  if (family.id === "criticise" && targets.length === 0 && sources.length > 0 && ctx.pair && aboutTheActTold(ctx, t, sources)) {
    targets.push(...ctx.pair.filter((id) => !sourceParties.has(party(id))));
  }

  // a resolution is adopted by the body named in its clause, against those after «علیه / ضد»; the states of its vote
  // count and its sponsors only stand around it («با ۱۱ رأی موافق و رأی ممتنع روسیه، چین …»)
  if (family.id === "resolution") {
    const body = ctx.groups.find((g) => g.start >= ctx.sentence.start && g.end <= t.start && g.ids.some((id) => info(id)?.kind === "organisation"));
    if (!body) return undefined;
    const all = [...new Set([...sources, ...targets, ...others])];
    sources = body.ids.filter((id) => info(id)?.kind === "organisation");
    const against = new Set(ctx.groups.filter((g) => g.start >= ctx.sentence.start && g.end <= ce && AGAINST.has(lastWordBefore(ctx, g.start))).flatMap((g) => g.ids));
    targets.splice(0, targets.length, ...all.filter((id) => against.has(id) && !sources.includes(id)));
    others.splice(0, others.length, ...all.filter((id) => !against.has(id) && !sources.includes(id)));
    sourceParties = partiesOf([sources], info);
  }
  const allParties = partiesOf([sources, targets, others], info);
  const sourceTargetParties = partiesOf([sources, targets], info);
  let targetParties = 0;
  for (const id of targets) if (!sourceParties.has(party(id))) targetParties++;

  const rank = family.rank;
  const kind = family.kind;
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
      ...(place ? { place } : {}), spans: [t], modality: modalityOf(ctx, t, before(), after()),
    };
  }

  if (kind === "statement") {
    if (targetParties === 0) return undefined;
  } else if (kind === "attack") {
    if (allParties.size === 0 || sourceTargetParties.size === 0) return undefined;
    // an attack condemned without its doer is the one told before, no new act: «ردود الفعل المنددة بالهجوم»
    if (sources.length === 0 && condemnedAt(ctx, t)) return undefined;
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
      // (two parties in one group of sources are no pair when a body stands before its office-holder:
      // «وأدان الأمين العام للأمم المتحدة أنطونيو غوتيريش الهجوم» names no one condemned)
      if (targetParties === 0 && (sourceParties.size < 2 || (subject !== undefined && officeHolderGroup(ctx, subject)))) return undefined;
    }
  }
  // refined only now: most candidates that reach the refinements were dropped above
  let { cameo, quad, goldstein } = family;
  for (const r of family.refine ?? []) {
    if (refinementApplies(ctx, t, r, after)) {
      ({ cameo, quad, goldstein } = r);
      break;
    }
  }
  // «محمد بن زاید … از اردوغان استقبال کرد»: a Persian welcome of a person is a reception (the host's), not praise
  if (family.id === "praise" && ctx.lang === "fa" && t.text.startsWith(WELCOME_FA) && (welcomed || welcomesPerson(ctx, t))) ({ cameo, quad, goldstein } = HOSTING);
  return {
    trigger: t, cameo, quad, goldstein, rank, kind,
    sources, targets, others, ...(place ? { place } : {}), spans: [t], modality: modalityOf(ctx, t, before(), after()),
  };
}

const WELCOME_FA = normalizeText("استقبال");
const HOSTING = { cameo: "043", quad: 1, goldstein: 2.8 } as const;

/** Whether a person is named right before a Persian «استقبال کرد», after «از»: «از اردوغان (رسماً) استقبال کرد». */
function welcomesPerson(ctx: SentenceContext, t: Trigger): boolean {
  const g = ctx.groups.filter((x) => x.end <= t.start && x.start >= t.clause[0]).pop();
  if (!g || wordsBetween(ctx, g.end, t.start) > 2 || !g.ids.some((id) => ctx.info(id)?.kind === "person")) return false;
  return lastWordBefore(ctx, g.start) === FROM_FA;
}

const FROM_FA = normalizeText("از");
const HIM_FA = new Set(["او", "وی"].map((w) => normalizeText(w)));

/**
 * «از او / از وی استقبال کرد»: the person «him» stands for — the last named before the trigger's
 * clause in the sentence, else the person named last before the sentence.
 */
function welcomedPronoun(ctx: SentenceContext, t: Trigger): readonly string[] | undefined {
  const words = bareSlice(ctx.st, t.clause[0], t.start).split(" ").filter((w) => w.length > 0);
  if (words.length < 2 || !HIM_FA.has(words[words.length - 1]!) || words[words.length - 2] !== FROM_FA) return undefined;
  const before = ctx.groups.filter((g) => g.end <= t.clause[0] && g.ids.some((id) => ctx.info(id)?.kind === "person")).pop();
  if (before) return before.ids.filter((id) => ctx.info(id)?.kind === "person");
  return ctx.person ? [ctx.person] : undefined;
}

/** «حيث استقبله ولي العهد»: «him» is the party named last before the verb in the sentence, not the acting party. */
function antecedentOf(ctx: SentenceContext, t: Trigger, subject: Group | undefined, ofSourceParty: (id: string) => boolean): readonly string[] {
  for (let i = ctx.groups.length - 1; i >= 0; i--) {
    const g = ctx.groups[i]!;
    if (g.end <= t.start && g !== subject && !g.ids.some(ofSourceParty)) return g.ids;
  }
  return [];
}

/**
 * «تلقى الوزير اتصالا هاتفيا من نظيره» (a call received): the callers, after «من», and the
 * receivers — the subject, or the name after «تلقى» when a protocol title keeps it far from the
 * noun («تلقى الأمير فيصل بن فرحان وزير الخارجية، اتصالا»); undefined for a call made.
 */
function receivedCall(ctx: SentenceContext, t: Trigger, subjects: readonly string[]): { callers: string[]; receivers: string[] } | undefined {
  const [cs, ce] = scopeOf(ctx, t);
  if (ctx.lang !== "ar" || !bareSlice(ctx.st, cs, t.start).split(" ").some((w) => RECEIVED.has(w))) return undefined;
  const caller = ctx.groups.find((g) => g.start >= t.end && g.end <= ce && bareSlice(ctx.st, t.end, g.start).split(" ").includes(FROM));
  const receivers = subjects.length > 0 ? [...subjects] : [...(ctx.groups.filter((g) => g.end <= t.start && g.start >= cs && !g.prep).pop()?.ids ?? [])];
  const callers = caller?.ids.filter((id) => !receivers.includes(id)) ?? [];
  return callers.length > 0 && receivers.length > 0 ? { callers, receivers } : undefined;
}

/**
 * Words between two offsets outside the actors' groups and their titles: «أدان الأمين العام لمجلس
 * التعاون … جاسم البديوي بشدة الهجوم» has one («بشدة») between the verb and what it condemns.
 */
function wordsBesideActors(ctx: SentenceContext, a: number, b: number): number {
  let count = 0;
  let at = a;
  const add = (from: number, to: number) => {
    if (to <= from) return;
    for (const w of bareSlice(ctx.st, from, to).split(" ")) if (w.length > 0 && !OFFICE_WORDS.has(w)) count++;
  };
  for (const g of ctx.groups) {
    if (g.end <= at || g.start >= b) continue;
    add(at, Math.max(at, g.start));
    at = Math.max(at, g.end);
  }
  add(at, b);
  return count;
}

/** The parties of the actors in `lists` (a person stands for their state). */
function partiesOf(lists: readonly (readonly string[])[], info: ActorInfoOf): Set<string> {
  const out = new Set<string>();
  for (const list of lists) for (const id of list) out.add(partyOf(id, info));
  return out;
}

/** Whether one of the last two words of `text` (`text.split(" ").slice(-2)`) is in `set`. */
/** The first group without a preposition in the sentence's first clause, when that clause is before the trigger's. */
function sentenceSubject(ctx: SentenceContext, t: Trigger): Group | undefined {
  const first = ctx.clauses[0];
  if (!first || first[0] === t.clause[0]) return undefined;
  return ctx.groups.find((g) => g.start >= first[0] && g.end <= first[1] && !g.prep);
}

const WHERE = new Set(["حیث", "وحیث"].map((w) => normalizeText(w)));

/** «او», «وی», «هو» and then «و» right before an offset: a pronoun joined to the name after it. */
function pronounAndBefore(ctx: SentenceContext, at: number): boolean {
  const words = bareSlice(ctx.st, Math.max(ctx.sentence.start, at - 16), at).split(" ").filter((w) => w.length > 0);
  // (office words of the name's title stand between: «او و رئیس‌جمهور روسیه»)
  let k = words.length - 1;
  while (k >= 0 && OFFICE_WORDS.has(words[k]!)) k--;
  return k >= 1 && words[k] === AND && HE.has(words[k - 1]!);
}

const HE = new Set(["او", "وی", "هو"].map((w) => normalizeText(w)));

/** The person named last in the sentence before a clause that opens with «او / وی» at `cs` (not the sentence's first clause). */
function personBeforeHe(ctx: SentenceContext, cs: number): string | undefined {
  if (cs <= ctx.sentence.start || !HE.has(bareSlice(ctx.st, cs, Math.min(ctx.sentence.end, cs + 8)).split(" ").find((w) => w.length > 0) ?? "")) return undefined;
  return ctx.mentions.filter((m) => m.end <= cs && ctx.info(m.actorId)?.kind === "person").pop()?.actorId;
}

/** Whether the sentence opens with «او» or «وی». */
function opensWithHe(ctx: SentenceContext): boolean {
  const first = bareSlice(ctx.st, ctx.sentence.start, Math.min(ctx.sentence.end, ctx.sentence.start + 8)).split(" ")[0] ?? "";
  return HE.has(first);
}

/**
 * The agent of an act-of-force noun told in the Arabic relative clause right after it: «الهجوم
 * الذي شنه الحرس الثوري الإيراني» (not «الهجوم الذي استهدف ناقلة»: what is struck follows that verb).
 */
function relativeAgent(ctx: SentenceContext, noun: Trigger): (Group & { readonly clauseEnd: number }) | undefined {
  if (ctx.lang !== "ar") return undefined;
  const clause = ctx.clauses.find(([s]) => s >= noun.end && wordsBetween(ctx, noun.end, s) <= 2);
  if (!clause || !opensWithArRelativePronoun(ctx, clause[0])) return undefined;
  const words = bareSlice(ctx.st, clause[0], clause[1]).split(" ").filter((w) => w.length > 0);
  if (!DID_FORCE.test(words[1] ?? "")) return undefined;
  const agent = ctx.groups.find((g) => g.start >= clause[0] && g.end <= clause[1] && !g.prep);
  return agent ? { ...agent, clauseEnd: clause[1] } : undefined;
}

/**
 * The end of a word for aggression after a condemnation, in its clause, that no trigger reads as an
 * act («أعربت السعودية عن إدانتها … للاعتداء على قطر»): where what it condemns is told.
 */
function aggressionEnd(ctx: SentenceContext, t: Trigger): number | undefined {
  const [, ce] = t.clause;
  const bare = bareSlice(ctx.st, t.end, ce);
  const m = AGGRESSION.exec(bare);
  if (!m) return undefined;
  const before = bare.slice(0, m.index).split(" ").filter((w) => w.length > 0).length;
  return nthWordEnd(ctx, t.end, ce, before + 1);
}

const AGGRESSION = new RegExp(`(?:^| )(?:[وبل]|لل|ال|وال|بال)*(?:${["اعتداء", "عدوان", "اعتداءات"].map((w) => normalizeText(w)).join("|")})(?= |$)`);

/** The end offset of the n-th word after `from` (before `to`), in the original text. */
function nthWordEnd(ctx: SentenceContext, from: number, to: number, n: number): number | undefined {
  const raw = rawSlice(ctx.st, from, to);
  const re = /[\p{L}\p{N}\u0640\u064B-\u065F]+/gu;
  let k = 0;
  for (let m = re.exec(raw); m; m = re.exec(raw)) if (++k === n) return from + m.index + m[0].length;
  return undefined;
}

/** Whether an act of force is the object of a condemnation told right before it: «المنددة بالهجوم», «دانت الهجوم». */
function condemnedAt(ctx: SentenceContext, t: Trigger): boolean {
  if (ctx.triggers.some((o) => o.form.family.id === "criticise" && o.end <= t.start && wordsBetween(ctx, o.end, t.start) <= 2)) return true;
  const words = bareSlice(ctx.st, Math.max(t.clause[0], t.start - 24), t.start).split(" ").filter((w) => w.length > 0);
  return words.slice(-2).some((w) => CONDEMNING.test(w));
}

const CONDEMNING = /^(?:و|ال)*(?:مندد|مستنکر)/;

/** Whether a group is a body followed by a person, as in an office-holder's title («للأمم المتحدة أنطونيو غوتيريش»). */
function officeHolderGroup(ctx: SentenceContext, g: Group): boolean {
  const kinds = g.ids.map((id) => ctx.info(id)?.kind);
  return kinds.includes("person") && kinds.includes("organisation") && !kinds.includes("state");
}

/** Whether an actor is named after an act of force (ending at `attackEnd`) behind «على / ضد / علیه»: what it struck. */
function victimOf(ctx: SentenceContext, attackEnd: number, id: string): boolean {
  return ctx.groups.some((g) => g.start >= attackEnd && g.ids.includes(id) && g.prep === "target" && AGAINST.has(lastWordBefore(ctx, g.start)));
}

/** What a praise (or a condemnation) may be of without naming anyone: an act just told («بالقرار», «بهذه الخطوة», «این توافق»). */
const PRAISED_ACTS = new Set(["القرار", "الخطوة", "الاتفاق", "الاتفاقية", "الإعلان", "المصالحة", "التوصل", "توافق", "تصمیم", "اقدام", "گام", "توافقنامه", "آشتی"].map((w) => normalizeText(w)));
const THIS = new Set(["هذه", "هذا", "این"].map((w) => normalizeText(w)));

/**
 * Whether a praise's or a condemnation's object is an act told before it: the first words after an Arabic
 * trigger and its subject («بالقرار», «بهذه الخطوة»), «این …» right before a Persian verb («از این توافق
 * استقبال کرد») or right after a Persian noun («با محکومیت این تصمیم»).
 */
function aboutTheActTold(ctx: SentenceContext, t: Trigger, sources: readonly string[]): boolean {
  if (ctx.lang === "ar") {
    // (after a subject the verb stands before: «ورحب الأمين العام لمجلس التعاون جاسم محمد البديوي بالقرار»)
    const subject = ctx.groups.find((g) => g.start >= t.end && wordsBetween(ctx, t.end, g.start) <= 4 && g.ids.some((id) => sources.includes(id)));
    const from = subject ? subject.end : t.end;
    const words = bareSlice(ctx.st, from, Math.min(ctx.sentence.end, from + 40)).split(" ").slice(0, 3);
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!.startsWith("ب") ? words[i]!.slice(1) : words[i]!;
      if (PRAISED_ACTS.has(w)) return true;
      if (THIS.has(w) && PRAISED_ACTS.has(words[i + 1] ?? "")) return true;
    }
    return false;
  }
  const words = bareSlice(ctx.st, Math.max(ctx.sentence.start, t.start - 40), t.start).split(" ");
  const at = words.lastIndexOf(normalizeText("این"));
  if (at >= 0 && at >= words.length - 3 && PRAISED_ACTS.has(words[at + 1] ?? "")) return true;
  // (a noun's object follows it: «با محکومیت این تصمیم»)
  const next = bareSlice(ctx.st, t.end, Math.min(ctx.sentence.end, t.end + 24)).split(" ");
  return !t.form.verbal && THIS.has(next[0] ?? "") && PRAISED_ACTS.has(next[1] ?? "");
}

const AGAINST = new Set(["على", "علی", "ضد", "علیه"].map((w) => normalizeText(w)));

/**
 * The first place within four words after «على» (Persian «به») in the clause from `from`: what an
 * act of force struck («على منشآت فوردو», «حمله به بندر الحدیده», «به تاسیسات هسته‌ای فردو»).
 */
function struckPlace(ctx: SentenceContext, from: number): ActorMention | undefined {
  const clause = ctx.clauses.find(([s, e]) => from >= s && from <= e);
  const on = ctx.lang === "fa" ? ON_FA : ON;
  for (const p of ctx.places) {
    if (p.start < from || (clause && p.end > clause[1])) continue;
    const before = bareSlice(ctx.st, Math.max(from, p.start - 40), p.start).split(" ").filter((w) => w.length > 0);
    if (before.slice(-4).some((w) => on.has(w))) return p;
  }
  return undefined;
}

/**
 * A place ending the object right before a Persian verb of force («فرودگاه صنعا را بمباران کردند»),
 * or named right before it after «به» («به شهر بعلبک حمله کرد»).
 */
function objectPlace(ctx: SentenceContext, t: Trigger): string | undefined {
  if (ctx.lang !== "fa" || !t.form.verbal) return undefined;
  for (let i = ctx.places.length - 1; i >= 0; i--) {
    const p = ctx.places[i]!;
    if (p.end > t.start || p.start < t.clause[0]) continue;
    const between = bareSlice(ctx.st, p.end, t.start).split(" ").filter((w) => w.length > 0);
    if (between.length > 0) return between.length <= 2 && between[0] === OBJECT_MARKER ? p.actorId : undefined;
    const before = bareSlice(ctx.st, Math.max(t.clause[0], p.start - 24), p.start).split(" ").filter((w) => w.length > 0);
    return before.slice(-3).some((w) => ON_FA.has(w)) ? p.actorId : undefined;
  }
  return undefined;
}

const ON_FA = new Set([...ON, normalizeText("به")]);

/** The first place of the trigger's clause right after «في / در / داخل» (within three words): where an act of force was done. */
function placeIn(ctx: SentenceContext, t: Trigger): string | undefined {
  for (const p of ctx.places) {
    if (p.start < t.clause[0] || p.end > t.clause[1]) continue;
    const before = bareSlice(ctx.st, Math.max(t.clause[0], p.start - 24), p.start).split(" ").filter((w) => w.length > 0);
    if (before.slice(-3).some((w) => IN.has(w))) return p.actorId;
  }
  return undefined;
}

/**
 * The trigger's clause, run on to the end of the clause its last word is in: a split phrase may
 * cross a clause break, and its words are its clause's («عملیات … که حماس … علیه»).
 */
function scopeOf(ctx: SentenceContext, t: Trigger): readonly [number, number] {
  const [cs, ce] = t.clause;
  return t.end > ce ? [cs, ctx.clauses.find(([s, e]) => t.end > s && t.end <= e)?.[1] ?? ce] : t.clause;
}

/** The sentence's first group outside a preposition, before the trigger: its subject. */
function sentenceHead(ctx: SentenceContext, t: Trigger): Group | undefined {
  return ctx.groups.find((g) => g.start >= ctx.sentence.start && g.end <= t.start && !g.prep);
}

/** The groups outside a preposition in the clause right before the trigger's. */
function subjectsBefore(ctx: SentenceContext, t: Trigger): Group[] {
  const previous = ctx.clauses.find((c) => c[1] === t.clause[0]);
  return previous ? ctx.groups.filter((g) => g.start >= previous[0] && g.end <= previous[1] && !g.prep) : [];
}

/**
 * How a verb opens its clause: right after «حيث», joined by «و» right after a comma («…، والتقى»),
 * or by «ف» or «ثم» («…، فاستدعت», «…، ثم التقى»: then the same subject did this).
 */
function clauseOpener(ctx: SentenceContext, t: Trigger): "where" | "and" | "then" | undefined {
  const words = bareSlice(ctx.st, t.clause[0], t.start).split(" ").filter((w) => w.length > 0);
  if (words.length === 1 && WHERE.has(words[0]!)) return "where";
  // («…، ثم التقى المرشد الإيراني»: «ثم» as a word of its own is «ف»)
  if (THEN_WORD.test(rawSlice(ctx.st, t.start - 12, t.start))) return "then";
  const joined = t.text.startsWith(AND) ? "and" : t.text.startsWith(THEN) ? "then" : undefined;
  if (!joined) return undefined;
  const before = rawSlice(ctx.st, t.start - 8, t.start).trimEnd();
  return before.endsWith("،") || before.endsWith(",") ? joined : undefined;
}

/** Whether a phrase trigger's last word is a preposition («أفرج … عن», «احتج … لدى»): what follows is its object. */
function endsInPreposition(t: Trigger): boolean {
  if (t.form.type !== "p") return false;
  const last = t.text.slice(t.text.lastIndexOf(" ") + 1);
  return PREPOSITIONS.has(last);
}

const AND = normalizeText("و");
const THEN_WORD = /[،,]\s*و?ثم\s+$/u;
/** Whether a name joined by «و» follows within six words: «… المعترف بها دولياً وجماعة أنصار الله». */
function joinedAfter(ctx: SentenceContext, from: number, to: number): boolean {
  const words = bareSlice(ctx.st, from, to).split(" ").filter((w) => w.length > 0);
  return words.length > 0 && words.length <= 6 && words[words.length - 1]!.startsWith(AND) && !/[،,]/.test(rawSlice(ctx.st, from, to));
}

/** Whether «بين / میان» stands right before a group, or before the noun its demonym qualifies («بين الحكومة اليمنية»). */
function afterBetween(ctx: SentenceContext, g: Group): boolean {
  const words = bareSlice(ctx.st, Math.max(ctx.sentence.start, g.start - 24), g.start).trim().split(" ");
  return BETWEEN.has(words[words.length - 1] ?? "") || (/^ال/.test(words[words.length - 1] ?? "") && BETWEEN.has(words[words.length - 2] ?? ""));
}
const THEN = normalizeText("ف");

/**
 * The last group of exactly two parties in the sentence's clauses before the trigger's, or in its
 * own clause after «بين / میان» («الاتفاق … بين الرياض وطهران …، لاستئناف العلاقات بين البلدين»).
 */
function pairBefore(ctx: SentenceContext, t: Trigger): readonly string[] | undefined {
  for (let i = ctx.groups.length - 1; i >= 0; i--) {
    const g = ctx.groups[i]!;
    if (g.end > t.start || (g.end > t.clause[0] && !afterBetween(ctx, g))) continue;
    if (new Set(g.ids.map((id) => partyOf(id, ctx.info))).size === 2) return g.ids;
  }
  return undefined;
}

/**
 * Whether «از سوی», «از جانب», «توسط» or «من قبل» stands right before a group, or before the title
 * word it opens with («از سوی شیخ تمیم»): a passive verb's agent.
 */
function agentPhraseBefore(ctx: SentenceContext, g: Group): boolean {
  const words = bareSlice(ctx.st, Math.max(ctx.sentence.start, g.start - 24), g.start).split(" ").filter((w) => w.length > 0);
  for (const skip of [0, 1]) {
    const last = words[words.length - 1 - skip];
    if (last === BY_FA || AGENT_PHRASES.has(`${words[words.length - 2 - skip]} ${last}`)) return true;
  }
  return false;
}

const BY_FA = normalizeText("توسط");
const AGENT_PHRASES = new Set(["از سوی", "از جانب", "من قبل"].map((p) => normalizeText(p)));

/** Everyone named in the sentence before the trigger, when they are of two parties. */
function namedBefore(ctx: SentenceContext, t: Trigger): readonly string[] | undefined {
  const ids = [...new Set(ctx.groups.filter((g) => g.start >= ctx.sentence.start && g.end <= t.start).flatMap((g) => g.ids))];
  return new Set(ids.map((id) => partyOf(id, ctx.info))).size === 2 ? ids : undefined;
}

/** The persons named in the sentence before the trigger, when they are two of two parties. */
function personsBefore(ctx: SentenceContext, t: Trigger): readonly string[] | undefined {
  const persons = ctx.groups.filter((g) => g.end <= t.start).flatMap((g) => g.ids.filter((id) => ctx.info(id)?.kind === "person"));
  const unique = [...new Set(persons)];
  return unique.length === 2 && new Set(unique.map((id) => partyOf(id, ctx.info))).size === 2 ? unique : undefined;
}

/** The last verb ending between an offset and a trigger. */
function verbBefore(ctx: SentenceContext, t: Trigger, from: number): Trigger | undefined {
  let verb: Trigger | undefined;
  for (const o of ctx.triggers) if (o !== t && o.form.verbal && o.end > from && o.end <= t.start) verb = o;
  return verb;
}

/** Whether a Persian verb follows another verb and «و» with «the two sides» as its subject: «… دیدار کرد و دو کشور سند … را امضا کردند». */
function twoSidesAfterVerb(ctx: SentenceContext, t: Trigger, from: number): boolean {
  const verb = verbBefore(ctx, t, from);
  if (!verb) return false;
  const words = bareSlice(ctx.st, verb.end, t.start).split(" ").filter((w) => w.length > 0);
  return words[0] === AND && TWO_SIDES_FA.includes(`${words[1]} ${words[2]}`);
}

/** Whether «the two sides» of a trigger are «the two countries» («البلدان», «الدولتان», «دو کشور»). */
function countriesAct(ctx: SentenceContext, t: Trigger): boolean {
  const words = bareSlice(ctx.st, t.clause[0], t.start).split(" ").filter((w) => w.length > 0);
  return words.slice(-6).some((w) => COUNTRIES.has(w)) || ` ${words.join(" ")} `.includes(TWO_COUNTRIES_FA);
}

const COUNTRIES = new Set(["البلدان", "البلدين", "الدولتان", "الدولتين"].map((w) => normalizeText(w)));

const THREE_SIDES = ["سه کشور", "سه طرف", "الدول الثلاث", "البلدان الثلاثة", "الأطراف الثلاثة", "الدول الثلاثة"].map((w) => normalizeText(w));

/** Whether «the three countries» open the trigger's clause, or stand right before it: «سه کشور همچنین … محکوم کردند». */
function threeSidesAct(ctx: SentenceContext, t: Trigger): boolean {
  const lead = ` ${bareSlice(ctx.st, t.clause[0], t.start)} `;
  const opening = lead.split(" ").filter((w) => w.length > 0).slice(0, 4).join(" ");
  const last = lead.split(" ").filter((w) => w.length > 0).slice(-4).join(" ");
  return THREE_SIDES.some((w) => ` ${opening} `.startsWith(` ${w} `) || ` ${opening} `.includes(` و${w} `) || ` ${last} `.includes(` ${w} `));
}

/** `ids` when they are two states, else nothing: «the two countries» are states. */
function twoStates(ids: readonly string[], info: ActorInfoOf): readonly string[] | undefined {
  return ids.length === 2 && ids.every((id) => info(id)?.kind === "state") ? ids : undefined;
}

const BETWEEN_THE_TWO = ["بين البلدين", "بين الدولتين", "بین دو کشور", "میان دو کشور"].map((w) => ` ${normalizeText(w)} `);

/** Whether «between the two countries» follows a trigger within a few words: «وُقعت الاتفاقية بين البلدين». */
function betweenTheTwo(ctx: SentenceContext, t: Trigger): boolean {
  const after = ` ${bareSlice(ctx.st, t.end, Math.min(t.clause[1], t.end + 48)).split(" ").slice(0, 4).join(" ")} `;
  return BETWEEN_THE_TWO.some((w) => after.includes(w));
}
const TWO_COUNTRIES_FA = ` ${normalizeText("دو کشور")} `;

/** Whether a trigger is an act noun after a demonstrative («هذه الزيارة», «این دیدار»): an act the text told before. */
export function refersBack(ctx: SentenceContext, t: Trigger): boolean {
  if (t.form.verbal || t.start < ctx.sentence.start) return false;
  const from = Math.max(ctx.sentence.start, t.start - 24);
  const before = bareSlice(ctx.st, from, t.start).trimEnd();
  const space = before.lastIndexOf(" ");
  // (a window cut inside a word says nothing of it)
  if (space < 0 && from > ctx.sentence.start) return false;
  if (!DEMONSTRATIVES.has(before.slice(space + 1))) return false;
  // an Arabic demonstrative determines a noun with the article only: «وسبق ذلك لقاء» (that was preceded by a meeting) tells a meeting
  return ctx.lang !== "ar" || /^(?:[وفبل]?ال|لل)/.test(normalizeText(t.text));
}

/** Nouns of fighting between two sides, each side the other's attacker: «اشتباكات», «درگیری», «تیراندازی», «تبادل إطلاق النار». */
const CLASHES = new Set(["اشتباكات", "اشتباك", "اشتباكات مسلحة", "تبادل إطلاق النار", "تبادل لإطلاق النار", "درگیری", "درگیری مسلحانه", "تیراندازی", "تبادل آتش"].map((w) => normalizeText(w)));

/** Whether an Arabic «أعلن» opens the trigger's clause before it: the act is declared, not reported («أعلنت باكو … غير مرغوب فيهم»). */
function declaredIn(ctx: SentenceContext, t: Trigger): boolean {
  const speech = ctx.triggers.find((o) => o.form.family.kind === "statement" && o.end <= t.start && o.clause[0] === t.clause[0]);
  return speech !== undefined && ANNOUNCE.has(bareSlice(ctx.st, speech.start, speech.end).replace(/^[وف]/u, ""));
}
const ANNOUNCE = new Set(["اعلن", "اعلنت", "تعلن", "یعلن"].map((w) => normalizeText(w)));

/**
 * Whether the sentence tells what the end of a meeting told before brought, naming it by a noun that is no trigger:
 * «در پایان این نشست، … به امضا رسید», «وفي ختام هذه الجلسة، وقّع …».
 */
export function endOfMeetingTold(ctx: SentenceContext): boolean {
  const words = bareSlice(ctx.st, ctx.sentence.start, ctx.sentence.end).split(" ");
  for (let i = 1; i + 1 < words.length; i++) {
    if (DEMONSTRATIVES.has(words[i]!) && MEETING_REFERENTS.has(words[i + 1]!) && AT_THE_END.has(words[i - 1]!)) return true;
  }
  return false;
}

function lastTwoWordsSome(text: string, set: ReadonlySet<string>): boolean {
  const a = text.lastIndexOf(" ");
  if (set.has(text.slice(a + 1))) return true;
  if (a < 0) return false;
  return set.has(text.slice(text.lastIndexOf(" ", a - 1) + 1, a));
}

function withStates(ids: readonly string[], info: ActorInfoOf): string[] {
  const out = [...ids];
  for (const id of ids) {
    const i = info(id);
    if (i?.kind === "person" && i.country && !out.includes(i.country)) out.push(i.country);
  }
  return out;
}

/** A refinement's cues normalised once: whole phrases, single cues with and without «ال», vetoes. */
interface RefinementCues {
  readonly cues: readonly string[];
  readonly bareCues: readonly string[];
  readonly vetoes: readonly string[];
}
const refinementCues = new WeakMap<TriggerCues, RefinementCues>();
function cuesOf(r: TriggerCues): RefinementCues {
  let out = refinementCues.get(r);
  if (!out) {
    const cues = r.cues.map((c) => normalizeText(c));
    out = { cues, bareCues: cues.map((c) => c.replace(/^ال(?=\S{3})/, "")), vetoes: (r.unless ?? []).map((c) => normalizeText(c)) };
    refinementCues.set(r, out);
  }
  return out;
}

/** The words of a scope, as written and without their proclitics; per sentence, per scope text. */
const scopeWords = new WeakMap<SentenceContext, Map<string, { raw: string[]; words: string[] }>>();
function wordsOf(ctx: SentenceContext, text: string): { raw: string[]; words: string[] } {
  let cache = scopeWords.get(ctx);
  if (!cache) {
    cache = new Map();
    scopeWords.set(ctx, cache);
  }
  let entry = cache.get(text);
  if (!entry) {
    const raw = text.split(" ");
    entry = { raw, words: raw.map((w) => w.replace(/^(?:[وف])?(?:لل|[بلک]?(?:ال)?)(?=\S{3})/u, "")) };
    cache.set(text, entry);
  }
  return entry;
}

/**
 * Whether a trigger whose family asks for cue words (`TriggerFamily.requires`) has them: asked of each
 * trigger before overlaps are settled, so that one without its cues takes no span from another
 * («قطعنامه … تصویب کرد» is a resolution, «پروتکل … تصویب کرد» a ratification).
 */
export function requirementMet(ctx: Pick<SentenceContext, "sentence" | "st" | "clauses">, t: Trigger): boolean {
  const r = t.form.family.requires;
  if (!r) return true;
  const c = ctx as SentenceContext;
  return refinementApplies(c, t, r, () => normAround(c, t, "after"));
}

function refinementApplies(ctx: SentenceContext, t: Trigger, r: TriggerCues, after: () => string): boolean {
  const { cues, bareCues, vetoes } = cuesOf(r);
  let text: string;
  if (r.scope === "next") {
    text = `${t.text} ${upToSpace(after(), 6)}`;
  } else if (r.scope === "before") {
    text = normSlice(ctx.st, ctx.sentence.start, t.end);
  } else {
    const [cs, ce] = scopeOf(ctx, t);
    const start = t.form.family.kind === "statement" ? t.start : cs;
    const end = t.form.family.kind === "statement" ? ctx.sentence.end : ce;
    text = normSlice(ctx.st, start, end);
  }
  return cues.some((c, k) => {
    if (c.includes(" ")) return text.includes(c);
    const bareCue = bareCues[k]!;
    // every word is part of the text, and the cue without «ال» is part of the cue
    if (!text.includes(bareCue)) return false;
    const { raw, words } = wordsOf(ctx, text);
    const vetoed = (i: number) => words.slice(Math.max(0, i - 3), i).some((w) => vetoes.some((v) => w.startsWith(v)));
    return words.some((w, i) => (raw[i]!.startsWith(c) || w.startsWith(bareCue)) && !vetoed(i));
  });
}

/** The sentence's words before or after the trigger, without punctuation. */
function normAround(ctx: SentenceContext, t: Trigger, side: "before" | "after"): string {
  const s = ctx.sentence;
  // the slices are `text.slice(0, t.start − s.start)` and `text.slice(t.end − s.start)`
  if (side === "before") return t.start >= s.start ? bareSlice(ctx.st, s.start, t.start) : legacyBare(s.text.slice(0, t.start - s.start));
  return t.end >= s.start ? bareSlice(ctx.st, t.end, s.start + s.text.length) : legacyBare(s.text.slice(t.end - s.start));
}

function legacyBare(slice: string): string {
  return normalizeText(slice.replace(/[^\p{L}\p{N}\s]/gu, " "));
}

/** The words of the trigger's clause before it, space-separated. */
function clauseWordsBefore(ctx: SentenceContext, t: Trigger): string {
  const s = ctx.sentence;
  // the clause break word itself («إنه», «بلاده» right after «أن») counts
  const from = Math.max(s.start, t.clause[0]);
  return bareSlice(ctx.st, from, t.start);
}

/** `text.split(" ").some((w) => set.has(w))`, without the array. */
function someWord(text: string, set: ReadonlySet<string>): boolean {
  let start = 0;
  for (;;) {
    const space = text.indexOf(" ", start);
    if (set.has(space < 0 ? text.slice(start) : text.slice(start, space))) return true;
    if (space < 0) return false;
    start = space + 1;
  }
}

const WITH = normalizeText("با");

/** Families whose «من X» names whom the warning is about: «حذّر من العدوان التركي», «هشدار داد … از». */
const WARNINGS = new Set(["warn", "threaten"]);
const OF = new Set(["من", "از"].map((w) => normalizeText(w)));

/**
 * Whether «من / از» opens the words between the trigger (or its subject after it, `from`) and the group,
 * with at most two nouns between: «من العدوان التركي», «حذّرت الخارجية المصرية من سياسة التصعيد الإسرائيلية».
 */
function warnedOf(ctx: SentenceContext, from: number, g: Group): boolean {
  const words = bareSlice(ctx.st, from, g.start).split(" ").filter((w) => w.length > 0);
  return words.length >= 1 && words.length <= 3 && OF.has(words[0]!);
}

/** Whether the group follows «با» (its first word, or the word before it). */
function afterWith(ctx: SentenceContext, g: Group): boolean {
  const before = bareSlice(ctx.st, Math.max(ctx.sentence.start, g.start - 40), g.start).split(" ").filter((w) => w.length > 0);
  // «با وزیر امور خارجه ترکیه»: the group is the state after the office words
  for (let k = before.length - 1; k >= 0 && k >= before.length - 5; k--) {
    if (before[k] === WITH) return true;
    if (!OFFICE_WORDS.has(before[k]!)) return false;
  }
  return false;
}

/** Whether another verbal trigger (not a speech verb) ends between `from` and the trigger. */
function verbBetween(ctx: SentenceContext, t: Trigger, from: number): boolean {
  return ctx.triggers.some((o) => o !== t && o.form.verbal && o.form.family.kind !== "statement" && o.start >= from && o.end <= t.start);
}

/**
 * The words of the dates and places between `a` and `b`, each place with its preposition: they do not
 * part a verb from its object («استقبل الأسد في دمشق أمس وزير الخارجية السعودي»).
 */
function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** The words of an office at the end of a span, right before the name they belong to («… ولي العهد السعودي»). */
function titleWordsBefore(ctx: SentenceContext, a: number, b: number): number {
  const words = bareSlice(ctx.st, a, b).split(" ");
  let n = 0;
  for (let k = words.length - 1; k >= 0 && OFFICE_WORDS.has(words[k]!); k--) n++;
  return n;
}

function adverbialWords(ctx: SentenceContext, a: number, b: number): number {
  let n = 0;
  // a day or month told by reference: «والتقى بزشكيان في اليوم نفسه الرئيس الصيني»
  const between = normSlice(ctx.st, a, b);
  const anaphor = findDayAnaphor(between)?.[0][0] ?? findMonthAnaphor(between)?.[0][0];
  if (anaphor) n += anaphor.trim().split(/\s+/).length;
  // asides between commas: «قد التقى الثلاثاء، فور وصوله إلى قازان، رئيس الوزراء الهندي», «دعت المفوضية الأوروبية،
  // اليوم، على لسان كبير المتحدثين باسمها إيريك مامر، الجزائر إلى …» (a date or place inside one counted once)
  const raw = rawSlice(ctx.st, a, b);
  const open = raw.search(/[،,]/);
  const close = open >= 0 ? Math.max(raw.lastIndexOf("،"), raw.lastIndexOf(",")) : -1;
  if (close > open) n += wordCount(raw.slice(open + 1, close));
  const aside = (s: number, e: number) => close > open && s >= a + open && e <= a + close;
  for (const d of ctx.dates) if (d.start >= a && d.end <= b && !aside(d.start, d.end)) n += wordsBetween(ctx, d.start, d.end);
  for (const p of ctx.places) {
    if (p.start < a || p.end > b || aside(p.start, p.end)) continue;
    n += wordsBetween(ctx, p.start, p.end);
    if (placePreposition(ctx, p) !== undefined && wordsBetween(ctx, a, p.start) >= 1) n++;
  }
  return n;
}

/** A place mention in the trigger's clause, preferring one after «في / بـ / در». */
function placeFor(ctx: SentenceContext, t: Trigger, [cs, ce]: readonly [number, number]): string | undefined {
  const inClause = ctx.places.filter((p) => p.start >= cs && p.end <= ce);
  const distance = (p: ActorMention) => (p.start >= t.end ? p.start - t.end : t.start - p.end);
  // the nearest place after a preposition («… در عشق‌آباد و ۱۶ آذر در جریان سفر رئیسی به مسکو»: Moscow), else the nearest
  const introduced = inClause.filter((p) => placePreposition(ctx, p) !== undefined).sort((a, b) => distance(a) - distance(b))[0];
  const chosen = introduced ?? inClause.sort((a, b) => distance(a) - distance(b))[0];
  return chosen?.actorId;
}

/** Words that make the place after them where one goes: «إلى», «به». */
const TO = new Set(["إلى", "الى", "به"].map((w) => normalizeText(w)));

/**
 * The state of the nearest place after the trigger, in its clause, that follows «إلى / به»; or, for a Persian verb, of
 * the place right before it after «به»: «… درباره غزه به ریاض سفر کرد» visits Saudi Arabia, not what the trip was about.
 */
function destinationOf(ctx: SentenceContext, t: Trigger, [cs, ce]: readonly [number, number]): string | undefined {
  const afterTo = (p: ActorMention) => TO.has(bareSlice(ctx.st, Math.max(cs, p.start - 12), p.start).split(" ").filter((w) => w.length > 0).pop() ?? "");
  for (const p of ctx.places) {
    if (p.start < t.end || p.end > ce || p.start < cs) continue;
    if (afterTo(p)) return ctx.info(p.actorId)?.country;
  }
  if (ctx.lang !== "fa" || !t.form.verbal) return undefined;
  const right = ctx.places.find((p) => p.start >= cs && p.end <= t.start && wordsBetween(ctx, p.end, t.start) === 0);
  return right && afterTo(right) ? ctx.info(right.actorId)?.country : undefined;
}

function placePreposition(ctx: SentenceContext, p: ActorMention): PrepRole | undefined {
  const s = ctx.sentence;
  const rel = p.start - s.start;
  return rel >= 0 && rel <= s.text.length ? prepositionBefore(ctx.st, p.start) : prepositionBeforeIn(s.text, rel, 0);
}

function modalityOf(ctx: SentenceContext, t: Trigger, before: string, after: string): Modality {
  return detectModality({
    lang: ctx.lang,
    before,
    after,
    flags: t.flags,
    verbal: t.form.verbal,
  });
}
