/** One pass of recognition over an article: hits → mentions (titles, counterparts, capitals, persons, discoveries). */
import { normalizeText, toOriginalSpan } from "../../../src/text/normalize.ts";
import { ORGANISATION_GUARDS } from "../../lexicon/organisations.ts";
import { STATE_GUARDS } from "../../lexicon/states.ts";
import type { Normalized } from "../../../src/text/normalize.ts";
import { normalizeFast } from "../normalizeIndexed.ts";
import type { Lang } from "../gazetteer.ts";
import type { ActorEntry, ActorMention, MentionVia } from "../types.ts";
import { dushanbeIsCity, maliIsState } from "../homographs.ts";
import { hasOutletCue, isPlaceContext, OCCUPATION, omanOrAmman } from "./context.ts";
import { discoverAfter, discoverBefore, discoveredEntry } from "./discovery.ts";
import { findHits, type Hit, type Index, selectLongest, type Token, tokenize, words } from "./forms.ts";
import type { ActorInput, ActorResult } from "./index.ts";
import { holderOf, roleAt } from "./roles.ts";
const SON_OF = normalizeText("بن");
const DAUGHTER_OF = normalizeText("بنت");

/**
 * The words that follow «بن / بنت» right after `words` in the person's longer Arabic-script names
 * («محمد بن عبد الرحمن» → «جاسم» from «محمد بن عبد الرحمن بن جاسم آل ثاني»); none when no name goes on.
 */
function lineageAfter(entry: ActorEntry | undefined, words: readonly string[]): string[] {
  if (!entry) return [];
  const out: string[] = [];
  for (const name of [...entry.names.ar, ...entry.names.fa]) {
    const w = normalizeText(name).split(" ");
    if (w.length < words.length + 2 || !words.every((x, i) => w[i] === x)) continue;
    const link = w[words.length];
    if ((link === SON_OF || link === DAUGHTER_OF) && w[words.length + 1]) out.push(w[words.length + 1]!);
  }
  return out;
}

/** Offices that stand before another's title as its deputy, envoy or voice: «نائب الأمين العام», «معاون دبیرکل». */
const DEPUTY_WORDS = new Set(["نائب", "وكيل", "مساعد", "باسم", "مستشار", "معاون", "قائم‌مقام", "سخنگوی", "نماینده", "فرستاده"].map((w) => normalizeText(w)));

/** Words a standing-alone Persian title may follow (see `bareTitleCountry`): «و», prepositions, «نیز / همچنین». */
const BARE_TITLE_AFTER = new Set(["و", "با", "به", "از", "برای", "نزد", "سوی", "جانب", "توسط", "که", "نیز", "همچنین", "میان", "بین", "همراه", "دیدار", "اما", "ولی"].map((w) => normalizeText(w)));
/** Words right after a Persian title that make it not the present holder, or a holder of some other body. */
const BARE_TITLE_QUALIFIED = new Set(["وقت", "سابق", "پیشین", "اسبق", "فقید", "منتخب", "جدید", "بعدی", "آینده", "این", "آن", "دو", "کشور", "دولت", "هر"].map((w) => normalizeText(w)));
/**
 * Words between a title and a state that part them, the state being not the title's but the verb's
 * («رئیس‌جمهور در مسکو», «رئیس‌جمهور عازم ترکیه شد»); not «و», which joins the title's own words («وزیر امور
 * خارجه و مهاجرت مصر»).
 */
const BARE_TITLE_BREAK = new Set(["را", "در", "با", "به", "از", "برای", "نزد", "عازم", "وارد", "که"].map((w) => normalizeText(w)));
/** «then», «at the time» between a title and its holder's name. */
const THEN = new Set(["آنذاك", "حينها", "حينذاك", "وقتها", "وقت", "آن زمان"].map((w) => normalizeText(w)));

export interface Emitted {
  readonly actorId: string;
  /** Normalised span. */
  readonly s: number;
  readonly e: number;
  readonly via: MentionVia;
}

/** A guard of a state or organisation form: the words it may not follow or precede, normalised. */
interface Guard {
  readonly notAfter: ReadonlySet<string>;
  readonly notBefore: ReadonlySet<string>;
}

/** The lexicons' guards by language and normalised form (a later entry for the same form wins). */
export type Guards = Readonly<Record<Lang, ReadonlyMap<string, Guard>>>;

export function compileGuards(): Guards {
  const of = (lang: Lang) => {
    const raw = new Map([...STATE_GUARDS, ...ORGANISATION_GUARDS].filter((g) => g.lang === lang).map((g) => [words(g.form).join(" "), g]));
    const out = new Map<string, Guard>();
    for (const [k, g] of raw) out.set(k, { notAfter: new Set((g.notAfter ?? []).map((x) => normalizeText(x))), notBefore: new Set((g.notBefore ?? []).map((x) => normalizeText(x))) });
    return out;
  };
  return { ar: of("ar"), fa: of("fa") };
}

/** The first words of the guards' forms of several words (their keys in `guards`), per guard table. */
const GUARD_HEADS = new WeakMap<ReadonlyMap<string, Guard>, ReadonlySet<string>>();

/** A hit of several tokens has a guard only when its first word heads one: most never build their key. */
function guardHeadsOf(guards: ReadonlyMap<string, Guard>): ReadonlySet<string> {
  let heads = GUARD_HEADS.get(guards);
  if (!heads) {
    heads = new Set([...guards.keys()].filter((k) => k.includes(" ")).map((k) => k.slice(0, k.indexOf(" "))));
    GUARD_HEADS.set(guards, heads);
  }
  return heads;
}

const wordsOf = (tokens: readonly Token[], t0: number, t1: number) =>
  tokens
    .slice(t0, t1 + 1)
    .map((t) => t.w)
    .join(" ");

/** An article's text normalised and split into tokens: the same for both passes. */
export interface PreparedText {
  readonly n: Normalized;
  readonly tokens: readonly Token[];
}

export function prepareText(text: string): PreparedText {
  const n = normalizeFast(text);
  return { n, tokens: tokenize(n.text) };
}

/** One pass over the article with the given actors and index. */
export function recognise(
  input: ActorInput,
  byId: ReadonlyMap<string, ActorEntry>,
  index: Index,
  known: readonly ActorEntry[],
  ambiguous: ReadonlySet<string>,
  allGuards: Guards,
  /** Forms read as if appended to `index` (the discovered names of a first pass). */
  extra?: Index,
  /** The text normalised and tokenised by a previous pass over the same input. */
  prepared?: PreparedText,
): ActorResult {
  const { text, lang, published } = input;
  const { n, tokens } = prepared ?? prepareText(text);
  const masked = input.maskedSpans ?? [];
  const isMasked = (s: number, e: number) => {
    if (masked.length === 0) return false;
    const o = toOriginalSpan(n, s, e);
    return masked.some((m) => o.start < m.end && m.start < o.end);
  };
  const guards = allGuards[lang];
  const guardHeads = guardHeadsOf(guards);

  const found = findHits(n, tokens, lang, index, extra).filter((h) => {
    if (isMasked(h.s, h.e)) return false;
    const prev = tokens[h.t0 - 1]?.w;
    const next = tokens[h.t1 + 1]?.w;
    // the guard applies to the form and to the word as written («انگلیسی» read as «انگلیس» + ی)
    const g =
      guards.get(h.form.key) ??
      (h.t0 === h.t1 ? guards.get(tokens[h.t0]!.w) : guardHeads.has(tokens[h.t0]!.w) ? guards.get(wordsOf(tokens, h.t0, h.t1)) : undefined);
    if (g && prev && g.notAfter.has(prev)) return false;
    if (g && next && g.notBefore.has(next)) return false;
    if (h.form.cueOnly && !hasOutletCue(n.text, tokens, h, lang)) return false;
    if (lang === "fa" && placeNisba(n.text, tokens, h) && byId.get(h.form.actorId)?.kind === "place") return false;
    return true;
  });
  const raw = sharedSurnames(found, byId);
  // persons named in full anywhere in the text: a headline's bare surname («أردوغان والسوداني يرعيان …»)
  // names the person its lead names in full, and a surname that is also a nisba («السوداني», «المصري»)
  // is that person, not the state
  const fullyNamed = new Set(raw.filter((h) => h.form.via === "name" && byId.get(h.form.actorId)?.kind === "person").map((h) => h.form.actorId));
  const surnames = raw.filter((h) => h.form.via === "partial-name" && fullyNamed.has(h.form.actorId));
  const hits = selectLongest(
    surnames.length === 0 ? raw : raw.filter((h) => !surnames.some((p) => p !== h && p.s === h.s && p.e === h.e && h.form.via !== "partial-name")),
  );
  // filled by loops: no pair array per hit
  const hitIndex = new Map<Hit, number>();
  const hitStarts = new Set<number>();
  for (let i = 0; i < hits.length; i++) {
    hitIndex.set(hits[i]!, i);
    hitStarts.add(hits[i]!.t0);
  }
  const hitAt = (h: Hit) => hitIndex.get(h) ?? -1;
  // what discovery of unknown names reads, after a title and before an office
  const discoveryText = { text: n.text, tokens, hits, hitStarts, sentences: input.sentences, n, lang, original: text };

  const emitted: Emitted[] = [];
  const discovered: ActorEntry[] = [...known];
  const newlyDiscovered: ActorEntry[] = [];
  const consumed = new Set<number>();
  let lastRole: { role: string; country: string } | undefined;

  const gapText = (a: number, b: number) => n.text.slice(a, b);
  const tight = (a: Hit | Emitted, b: Hit, conj = false) => {
    const g = gapText(a.e, b.s);
    return conj ? /^[\s"'()]*(و)?[\s"'()]*$/.test(g) : /^[\s"'()]*$/.test(g);
  };
  const loose = (a: { e: number }, b: Hit) => /^[\s"'(),،]*$/.test(gapText(a.e, b.s));
  const entryOf = (id: string) => byId.get(id);
  const isPersonHit = (h: Hit | undefined) => !!h && (h.form.via === "name" || h.form.via === "partial-name") && entryOf(h.form.actorId)?.kind === "person";
  const stateOfHit = (h: Hit | undefined): string | undefined => {
    if (!h) return undefined;
    if (h.form.via === "our-country") return h.form.actorId;
    if (h.form.via === "oman" || h.form.via === "dushanbe" || h.form.via === "mali") return undefined;
    const e = entryOf(h.form.actorId);
    if (!e) return undefined;
    if (e.kind === "state" && (h.form.via === "name" || h.form.via === "demonym")) return e.id;
    return undefined;
  };
  const emit = (actorId: string, s: number, e: number, via: MentionVia) => emitted.push({ actorId, s, e, via });
  const emitPerson = (h: Hit) => {
    const id = h.form.actorId;
    // «الأمير محمد بن عبد الرحمن بن عبد العزيز» is not «محمد بن عبد الرحمن بن جاسم آل ثاني»: a name that goes
    // on with «بن» otherwise than the person's own longer name is someone else's
    const after = tokens[h.t1 + 1]?.w;
    if ((after === SON_OF || after === DAUGHTER_OF) && tokens[h.t1 + 2]) {
      const own = lineageAfter(entryOf(id), h.form.words);
      if (own.length > 0 && !own.includes(tokens[h.t1 + 2]!.w)) return;
    }
    const isDiscovered = discovered.some((d) => d.id === id);
    if (h.form.via === "partial-name" && ambiguous.has(h.form.key) && !fullyNamed.has(id)) return;
    emit(id, h.s, h.e, isDiscovered ? "discovered" : h.form.via === "partial-name" ? "partial-name" : "name");
    const r = roleAt(entryOf(id), published);
    if (r) lastRole = r;
  };
  /** The person named right after index `j` (honorifics skipped), if any. */
  const personAfter = (from: { e: number }, j: number): { hit: Hit; index: number } | undefined => {
    let k = j;
    let anchor = from;
    while (hits[k] && hits[k]!.form.via === "honorific" && loose(anchor, hits[k]!)) {
      anchor = hits[k]!;
      k++;
    }
    const h = hits[k];
    if (h && isPersonHit(h) && loose(anchor, h)) return { hit: h, index: k };
    // «رئيس الوزراء الفلسطيني المنتخب الراحل إسماعيل هنية»: up to two adjectives with the article in between,
    // or «then» («نظيره التركي آنذاك مولود جاويش أوغلو»: the holder of that time, named)
    if (h && isPersonHit(h)) {
      const between = gapText(anchor.e, h.s).trim().split(/\s+/);
      if (between.length <= 2 && between.every((w) => /^ال\p{L}+$/u.test(w) || THEN.has(w))) return { hit: h, index: k };
    }
    return undefined;
  };

  /**
   * Whether a Persian title with no country after it stands alone, and so names the press's own
   * holder (`MatchForm.bareCountry`): «رئیس‌جمهور صبح امروز عازم مسکو شد», «… با رئیس‌جمهور دیدار کرد». Not
   * another office's genitive («مشاور رئیس‌جمهور», «دفتر رئیس مجلس»: the title opens its clause or
   * follows a preposition or «و»), not a holder of another time («رئیس‌جمهور وقت / سابق / منتخب»), not
   * a title whose country comes after a qualifier («وزیر امور خارجه و مهاجرت مصر», «رئیس‌جمهور دوره
   * انتقالی سوریه», «وزیر خارجه طالبان»), and not a name the lexicon lacks right after it.
   */
  function bareTitleCountry(h: Hit, k: number): boolean {
    const prev = tokens[h.t0 - 1];
    // (a word on the line before, or before a mark, is no genitive's head)
    if (prev && !BARE_TITLE_AFTER.has(prev.w) && /^[ \u200c]*$/.test(text.slice(toOriginalSpan(n, prev.e, prev.e).start, toOriginalSpan(n, h.s, h.s).start))) return false;
    const next = tokens[h.t1 + 1];
    if (next && BARE_TITLE_QUALIFIED.has(next.w)) return false;
    const after = hits[k + 1];
    if (after && (stateOfHit(after) || entryOf(after.form.actorId)?.kind === "organisation")) {
      const gap = gapText(h.e, after.s).trim();
      const words = gap === "" ? [] : gap.split(/\s+/);
      if (words.length <= 3 && !words.some((w) => BARE_TITLE_BREAK.has(w))) return false;
    }
    return discoverAfter(discoveryText, h.e) === undefined;
  }

  for (let k = 0; k < hits.length; k++) {
    if (consumed.has(k)) continue;
    const h = hits[k]!;
    const via = h.form.via;
    switch (via) {
      case "title":
      case "counterpart":
      case "generic-minister": {
        // country words after the title: «التركي», «تركيا», «کشورمان», «إيران وتركيا»
        const countries: { iso: string; hit: Hit; index: number }[] = [];
        let j = k + 1;
        let anchor: Hit = h;
        if (via === "counterpart" && hits[j] && /^\s*فی\s*$/.test(gapText(h.e, hits[j]!.s))) {
          // «نظيره في حكومة أسد»: the counterpart's country from the organisation or state after «في»
          const org = entryOf(hits[j]!.form.actorId);
          const iso = stateOfHit(hits[j]) ?? (org?.kind === "organisation" ? org.country : undefined);
          if (iso) {
            countries.push({ iso, hit: hits[j]!, index: j });
            anchor = hits[j]!;
            j++;
          }
        }
        // («الأمين العام لحزب الله», «للأمم المتحدة»: an organisation's office joined to it by «ل»)
        // (not another office's genitive: «المبعوث الخاص للأمين العام للأمم المتحدة», «نائب الأمين العام» — the envoy or
        // deputy acts, not the secretary-general)
        const ofOffice = h.form.role === "secretary-general" && (h.prefix.endsWith("ل") || DEPUTY_WORDS.has(tokens[h.t0 - 1]?.w ?? ""));
        const ofBody = (x: Hit) => via === "title" && h.form.role === "secretary-general" && !ofOffice && countries.length === 0 && /^\s*ل?\s*$/.test(gapText(anchor.e, x.s));
        while (hits[j] && (countries.length === 0 || h.form.plural) && (tight(anchor, hits[j]!, countries.length > 0) || ofBody(hits[j]!))) {
          const iso = stateOfHit(hits[j]);
          const org = entryOf(hits[j]!.form.actorId);
          const orgIso = via === "title" && h.form.role === "secretary-general" && org && org.kind !== "state" && org.kind !== "person" ? org.id : undefined;
          if (!iso && !orgIso) break;
          countries.push({ iso: iso ?? orgIso!, hit: hits[j]!, index: j });
          anchor = hits[j]!;
          j++;
        }
        if (via === "title" && h.form.syntax === "construct" && countries.length === 0) break; // «رئيس الجامعة»: not a title here
        // «أول زيارة لوزير خارجية تركي»: with a nisba without the article the title is indefinite, no one's
        if (lang === "ar" && countries.length > 0 && countries.every((c) => c.hit.form.via === "demonym" && !n.text.startsWith("ال", c.hit.s))) {
          for (const c of countries) {
            emitCountry(c.hit);
            consumed.add(c.index);
          }
          break;
        }
        if (via === "generic-minister" && countries.length === 0) break;
        // a name right after: the title is that person's
        const named = personAfter(anchor, j);
        if (named) {
          for (const c of countries) emitCountry(c.hit);
          for (let x = k + 1; x < named.index; x++) consumed.add(x);
          for (const c of countries) consumed.add(c.index);
          emitPerson(named.hit);
          consumed.add(named.index);
          if (h.form.role && countries[0]) lastRole = { role: h.form.role, country: countries[0].iso };
          break;
        }
        const role = via === "counterpart" ? lastRole?.role : h.form.role;
        const bare = countries.length === 0 && h.form.bareCountry !== undefined && bareTitleCountry(h, k) ? h.form.bareCountry : undefined;
        const iso = countries[0]?.iso ?? h.form.defaultCountry ?? bare;
        // apposition: «سیدعباس عراقچی وزیر خارجه جمهوری اسلامی ایران» — the title is the person just named
        // (a title standing alone, any person: «نیکلاس مادورو، رئیس‌جمهور …»)
        const before = emitted[emitted.length - 1];
        const beforeEntry = before ? entryOf(before.actorId) : undefined;
        const appositive = via === "title" && before !== undefined && beforeEntry?.kind === "person" && /^[\s,،]*$/.test(gapText(before.e, h.s)) && (!iso || bare !== undefined || beforeEntry.country === iso);
        // an unknown name right after: discover the person (not after an appositive title: «شی جین‌پینگ، رئیس‌جمهور چین، شکل گرفت»)
        // (nor after a plural title: «وزراء خارجية سوريا والأردن اجتماعاً» names no one person)
        // (nor after a title whose holder on the article's date is known: a name there would be theirs, and
        // what follows is not a name — «وجرت للرئيس التركي مراسم استقبال رسمية», «أمير قطر والوفد المرافق له»)
        // («then» after the title: a past holder, never the present one — «وزير الخارجية اليوناني آنذاك نيكولاس كوتزياس»)
        const then = tokens[anchor.t1 + 1];
        const past = then !== undefined && THEN.has(then.w) && /^\s*$/.test(gapText(anchor.e, then.s)) ? then : undefined;
        if (via !== "generic-minister" && role && iso && !appositive && !h.form.plural && (past || !holderOf(byId, role, iso, published))) {
          const found = discoverAfter(discoveryText, past ? past.e : anchor.e);
          if (found && !isMasked(found.s, found.e)) {
            const entry = discoveredEntry(found.name, lang, iso, role, byId, discovered);
            if (!discovered.some((d) => d.id === entry.id)) {
              discovered.push(entry);
              newlyDiscovered.push(entry);
            }
            for (const c of countries) emitCountry(c.hit);
            for (const c of countries) consumed.add(c.index);
            emit(entry.id, found.s, found.e, "discovered");
            lastRole = { role, country: iso };
            break;
          }
        }
        if (appositive) {
          for (const c of countries) emitCountry(c.hit);
          for (const c of countries) consumed.add(c.index);
          break;
        }
        if (via === "generic-minister") {
          // «الوزير التركي»: the last-named minister of that country
          const c = countries[0]!;
          const ref = [...emitted].reverse().find((m) => entryOf(m.actorId)?.kind === "person" && entryOf(m.actorId)?.country === c.iso);
          if (ref) emit(ref.actorId, h.s, h.e, "title");
          emitCountry(c.hit);
          consumed.add(c.index);
          break;
        }
        if (!role) break;
        if (h.form.plural && countries.length > 1) {
          // «وزيرا خارجية إيران وتركيا»: one holder per country, each on its country word
          for (const c of countries) {
            consumed.add(c.index);
            const holder = holderOf(byId, role, c.iso, published);
            if (holder) emit(holder, c.hit.s, c.hit.e, "title");
            else emitCountry(c.hit);
          }
          break;
        }
        const holder = iso && !past ? holderOf(byId, role, iso, published) : undefined;
        if (holder) {
          emit(holder, h.s, h.e, "title");
          lastRole = { role, country: iso! };
        }
        for (const c of countries) {
          emitCountry(c.hit);
          consumed.add(c.index);
        }
        break;
      }
      case "honorific":
        break;
      case "our-country":
        emit(h.form.actorId, h.s, h.e, "name");
        break;
      case "dushanbe": {
        const around = (from: number, to: number) => tokens.slice(Math.max(0, from), Math.max(0, to)).map((t) => t.w);
        if (dushanbeIsCity(around(h.t0 - 2, h.t0), around(h.t1 + 1, h.t1 + 3))) emit("dushanbe", h.s, h.e, "name");
        break;
      }
      case "mali": {
        const last = emitted[emitted.length - 1];
        const afterState = last !== undefined && entryOf(last.actorId)?.kind === "state" && /^\s*و?$/.test(gapText(last.e, h.s));
        if (maliIsState(tokens.slice(Math.max(0, h.t0 - 1), h.t0).map((t) => t.w), h.prefix, afterState)) emit("MLI", h.s, h.e, "name");
        break;
      }
      case "oman": {
        const id = omanOrAmman(text, n, h, tokens);
        if (id === "OMN") emit("OMN", h.s, h.e, "name");
        else if (id === "amman") emit("amman", h.s, h.e, "name");
        break;
      }
      case "capital":
      case "place":
      case "name":
      case "demonym":
      case "partial-name": {
        const e = entryOf(h.form.actorId);
        if (!e) break;
        if (e.kind === "person") emitPerson(h);
        else if (e.kind === "state") emitCountry(h);
        else emit(e.id, h.s, h.e, "name");
        break;
      }
      default: {
        const never: never = via;
        throw new Error(`actors: unknown form kind ${String(never)}`);
      }
    }
  }

  /** Where an office phrase starting at `from` ends: the next comma, full stop or line end (at most 80 characters on). */
  function officePhraseEnd(t: string, from: number): number {
    const m = /[،,.;:\n«»"]/.exec(t.slice(from, from + 80));
    return m ? from + m.index : Math.min(t.length, from + 80);
  }

  function emitCountry(h: Hit): void {
    if (h.form.via === "our-country") {
      emit(h.form.actorId, h.s, h.e, "name");
      return;
    }
    if (h.form.via === "capital") {
      // (normalisation folds line breaks into spaces: whether the hit opens a line is read in the original)
      const at = toOriginalSpan(n, h.s, h.e).start;
      const opensLine = at === 0 || /\n[^\S\n]*$/.test(text.slice(Math.max(0, at - 8), at));
      const place = isPlaceContext(h, hitAt(h), tokens, hits, emitted, n.text, opensLine);
      if (place && h.form.placeId) emit(h.form.placeId, h.s, h.e, "name");
      else emit(h.form.actorId, h.s, h.e, "capital");
      return;
    }
    if (h.form.via === "name" && h.form.key.includes(OCCUPATION)) {
      // «جيش الاحتلال الأمريكي»: the occupation is someone else's
      const next = hits[hitAt(h) + 1];
      const nextIso = stateOfHit(next);
      if (next && nextIso && nextIso !== h.form.actorId && /^\s*$/.test(n.text.slice(h.e, next.s))) return;
    }
    emit(h.form.actorId, h.s, h.e, h.form.via === "demonym" ? "demonym" : "name");
  }

  // «ممتاز زهرا بلوچ، سخنگوی وزارت خارجه پاکستان»: an unknown name with its office after it
  const named = (t: Token) => emitted.some((m) => m.s < t.e && t.s < m.e);
  for (const found of discoverBefore(discoveryText, named)) {
    if (isMasked(found.s, found.e) || emitted.some((m) => m.s < found.e && found.s < m.e)) continue;
    const office = tokens[found.officeToken]!;
    // the office's own words, up to the next mark: a title resolved to a known holder names that holder
    const phraseEnd = officePhraseEnd(n.text, office.s);
    const inPhrase = emitted.filter((m) => m.s >= office.s && m.e <= phraseEnd);
    if (inPhrase.some((m) => m.s === office.s && entryOf(m.actorId)?.kind === "person")) continue;
    let country: string | undefined;
    for (const m of inPhrase) {
      const e = entryOf(m.actorId);
      country = e?.kind === "state" ? e.id : e && e.kind !== "person" ? e.country : undefined;
      if (country) break;
    }
    const titleHit = hits.find((h) => h.s === office.s && h.form.via === "title");
    const entry = discoveredEntry(found.name, lang, country, titleHit?.form.role, byId, discovered);
    if (!discovered.some((d) => d.id === entry.id)) {
      discovered.push(entry);
      newlyDiscovered.push(entry);
    }
    emit(entry.id, found.s, found.e, "discovered");
  }

  const mentions = emitted
    .filter((m) => !isMasked(m.s, m.e))
    .sort((a, b) => a.s - b.s)
    .map((m): ActorMention => {
      const o = toOriginalSpan(n, m.s, m.e);
      return { actorId: m.actorId, start: o.start, end: o.end, surface: text.slice(o.start, o.end), via: m.via };
    });
  return { mentions, discovered: newlyDiscovered };
}

/**
 * A surname several persons of the lexicon share («بارزانی»: Masoud, Nechirvan, Masrour) names the one of
 * them named in full last before it, else the first named in full after it; with none named in full,
 * every reading stays (and the usual rules decide).
 */
function sharedSurnames(hits: Hit[], byId: ReadonlyMap<string, ActorEntry>): Hit[] {
  // (the readings of one form are found together: most texts have no two side by side, and cost one pass)
  let shared = false;
  for (let i = 1; i < hits.length && !shared; i++) {
    const a = hits[i - 1]!;
    const b = hits[i]!;
    shared = a.s === b.s && a.e === b.e && a.form.via === "partial-name" && b.form.via === "partial-name" && a.form.actorId !== b.form.actorId;
  }
  if (!shared) return hits;
  const spans = new Map<string, Hit[]>();
  for (const h of hits) {
    if (h.form.via !== "partial-name") continue;
    const k = `${h.s}:${h.e}`;
    const list = spans.get(k);
    if (list) list.push(h);
    else spans.set(k, [h]);
  }
  const lists = [...spans.values()].filter((l) => new Set(l.map((h) => h.form.actorId)).size > 1);
  const full = hits.filter((h) => h.form.via === "name" && byId.get(h.form.actorId)?.kind === "person");
  const drop = new Set<Hit>();
  for (const list of lists) {
    const ids = new Set(list.map((h) => h.form.actorId));
    const at = list[0]!.s;
    const named = full.filter((f) => ids.has(f.form.actorId));
    const chosen = named.filter((f) => f.s < at).pop() ?? named.find((f) => f.s > at);
    if (chosen) for (const h of list) if (h.form.actorId !== chosen.form.actorId) drop.add(h);
  }
  return drop.size === 0 ? hits : hits.filter((h) => !drop.has(h));
}

/**
 * Whether a one-word Persian hit ends a consonant before a joined «ی» that ends its word: a place's adjective or a family
 * name made of it («رضا نجفی», «تهرانی», «شیرازی»), not the place. (A name ending in a vowel letter takes «ی» as its
 * ezafe: «کابلِ» is written «کابل»; «بروکسلی» is the adjective all the same.)
 */
function placeNisba(text: string, tokens: readonly Token[], h: Hit): boolean {
  if (h.t0 !== h.t1) return false;
  const tok = tokens[h.t1]!;
  return text.slice(h.e, tok.e) === "ی" && !/[اوهی]$/.test(text.slice(h.s, h.e));
}
