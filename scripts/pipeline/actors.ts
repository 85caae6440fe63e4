/**
 * Actor recognition for Arabic and Persian news: states (names, nisbas, capitals as metonyms),
 * cities as places, organisations and outlets, persons (full and partial names), titles resolved to
 * their holder on the article's date («وزير الخارجية التركي» → Fidan in 2024), counterparts
 * («نظيره الإيراني») and unknown persons discovered after a title.
 *
 * Matching runs on normalised text (`normalizeWithMap`) over word tokens, with a light clitic
 * splitter (Arabic proclitics و ف ب ل ك لل, Persian suffixes ها های ی ای ان را) instead of a stemmer,
 * which would mangle names. Longest match wins; mentions never overlap.
 */
import type { Role } from "../../src/contract/schema.ts";
import { type Normalized, normalizeText, normalizeWithMap, toOriginalSpan } from "../../src/text/normalize.ts";
import { ORGANISATION_GUARDS, OUTLET_CUES } from "../lexicon/organisations.ts";
import { STATE_GUARDS } from "../lexicon/states.ts";
import { COUNTERPART_WORDS, GENERIC_MINISTER_WORDS, HONORIFICS, OUR_COUNTRY_WORDS, type RoleKey, TITLES, type TitleSyntax } from "../lexicon/titles.ts";
import type { FormVia, Gazetteer, Lang } from "./gazetteer.ts";
import type { ActorEntry, ActorMention, MentionVia, Sentence } from "./types.ts";

export interface ActorInput {
  readonly text: string;
  readonly lang: Lang;
  /** Publication date (ISO): titles resolve to the office holder on this day. */
  readonly published: string;
  readonly sentences: readonly Sentence[];
  /** Spans of `text` never matched (the publishing outlet's own name). */
  readonly maskedSpans?: readonly { readonly start: number; readonly end: number }[];
}

export interface ActorResult {
  /** Mentions sorted by start; offsets into `input.text`, end exclusive; never overlapping. */
  readonly mentions: ActorMention[];
  /** Persons found after a title but unknown to the gazetteer. */
  readonly discovered: ActorEntry[];
}

/** Creates the recogniser for one gazetteer. */
export function createActorRecognizer(options: Readonly<{ gazetteer: Gazetteer }>): (input: ActorInput) => ActorResult {
  const base = buildIndex(options.gazetteer.forms);
  // a partial name that is someone's given name («عباس», «حسن») needs the full name earlier in the text
  const ambiguous = new Set(AMBIGUOUS_PARTIALS);
  for (const f of options.gazetteer.forms) {
    if (f.via === "name" && f.words.length > 1 && options.gazetteer.byId.get(f.actorId)?.kind === "person") ambiguous.add(f.words[0]!);
  }
  return (input) => {
    const first = recognise(input, options.gazetteer.byId, base, [], ambiguous);
    if (first.discovered.length === 0) return first;
    // second pass: the discovered names (and their surnames) are now known words
    const extra = first.discovered.flatMap((d) => discoveredForms(d, input.lang));
    const byId = new Map(options.gazetteer.byId);
    for (const d of first.discovered) byId.set(d.id, d);
    const second = recognise(input, byId, extendIndex(base, extra), first.discovered, ambiguous);
    return { mentions: second.mentions, discovered: first.discovered };
  };
}

// ---------------------------------------------------------------------------------------------
// index

type PseudoKind = "title" | "counterpart" | "generic-minister" | "honorific" | "our-country" | "oman";

interface MatchForm {
  readonly words: readonly string[];
  readonly lang: Lang;
  readonly actorId: string;
  readonly via: FormVia | PseudoKind;
  readonly placeId?: string;
  readonly cueOnly?: boolean;
  readonly role?: RoleKey;
  readonly syntax?: TitleSyntax;
  readonly plural?: boolean;
  readonly defaultCountry?: string;
  /** Normalised single-string form, for guards. */
  readonly key: string;
}

type Index = ReadonlyMap<string, readonly MatchForm[]>;

const words = (s: string): string[] => normalizeText(s).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);

function buildIndex(forms: Gazetteer["forms"]): Index {
  const all: MatchForm[] = forms.map((f) => ({
    words: words(f.text),
    lang: f.lang,
    actorId: f.actorId,
    via: f.via,
    key: words(f.text).join(" "),
    ...(f.placeId ? { placeId: f.placeId } : {}),
    ...(f.cueOnly ? { cueOnly: true } : {}),
  }));
  const pseudo = (lang: Lang, text: string, via: PseudoKind, extra: Partial<MatchForm> = {}): MatchForm => ({
    words: words(text),
    lang,
    actorId: "",
    via,
    key: words(text).join(" "),
    ...extra,
  });
  for (const t of TITLES) {
    for (const lang of ["ar", "fa"] as const) {
      for (const f of t[lang]) {
        all.push(pseudo(lang, f.text, "title", { role: t.role, syntax: f.syntax, plural: f.plural === true, ...(t.defaultCountry ? { defaultCountry: t.defaultCountry } : {}) }));
      }
    }
  }
  for (const lang of ["ar", "fa"] as const) {
    for (const w of COUNTERPART_WORDS[lang]) all.push(pseudo(lang, w, "counterpart"));
    for (const w of GENERIC_MINISTER_WORDS[lang]) all.push(pseudo(lang, w, "generic-minister"));
    for (const w of HONORIFICS[lang]) all.push(pseudo(lang, w, "honorific"));
  }
  for (const [w, iso] of Object.entries(OUR_COUNTRY_WORDS.fa)) all.push(pseudo("fa", w, "our-country", { actorId: iso }));
  // Arabic «عمان»: Oman or Amman (عمّان) — decided on the original spelling, see `omanOrAmman`
  all.push(pseudo("ar", "عمان", "oman", { actorId: "OMN" }));
  return extendIndex(new Map(), all);
}

function extendIndex(index: Index, forms: readonly MatchForm[]): Index {
  const out = new Map<string, MatchForm[]>();
  for (const [k, v] of index) out.set(k, [...v]);
  for (const f of forms) {
    const head = f.words[0];
    if (head === undefined) continue;
    const list = out.get(head) ?? [];
    list.push(f);
    out.set(head, list);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// tokens and clitics

interface Token {
  /** Normalised offsets. */
  readonly s: number;
  readonly e: number;
  readonly w: string;
}

interface Variant {
  readonly w: string;
  /** Characters stripped at the start (proclitics) and at the end (suffixes). */
  readonly pre: number;
  readonly suf: number;
}

// Arabic proclitics: conjunctions و ف, prepositions ب ل ك and their combinations; «لل» is ل + the article
const AR_PREFIXES = ["وب", "ول", "وك", "فب", "فل", "فك", "و", "ف", "ب", "ل", "ک"];
// Persian suffixes written joined, with the ZWNJ dropped by normalisation: plural, ezafe/indefinite, object marker
const FA_SUFFIXES = ["هایی", "های", "ها", "ای", "یی", "ی", "ان", "را"];

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) out.push({ s: m.index, e: m.index + m[0].length, w: m[0] });
  return out;
}

/** Readings of a token where a name may start: itself, minus proclitics (ar) or the glued «سید» (fa). */
function startVariants(w: string, lang: Lang): Variant[] {
  const out: Variant[] = [{ w, pre: 0, suf: 0 }];
  if (lang === "ar") {
    for (const p of AR_PREFIXES) {
      if (w.startsWith(p) && w.length - p.length >= 2) out.push({ w: w.slice(p.length), pre: p.length, suf: 0 });
    }
    // «للعراق», «وللعراق»: the ل of the article is merged into the preposition
    const ll = /^([وف]?)لل/.exec(w);
    if (ll && w.length - ll[0].length >= 2) out.push({ w: `ال${w.slice(ll[0].length)}`, pre: ll[1]!.length + 1, suf: 0 });
  } else if (w.startsWith("سید") && w.length >= 6) {
    // «سیدعباس عراقچی»: the honorific glued to the given name
    out.push({ w: w.slice(3), pre: 3, suf: 0 });
  }
  return out;
}

/** Readings of a token where a name may end: itself, minus Persian suffixes. */
function endVariants(w: string, lang: Lang): Variant[] {
  const out: Variant[] = [{ w, pre: 0, suf: 0 }];
  if (lang === "fa") {
    for (const s of FA_SUFFIXES) if (w.endsWith(s) && w.length - s.length >= 2) out.push({ w: w.slice(0, -s.length), pre: 0, suf: s.length });
  }
  return out;
}

// between the words of one name: spaces, quotes, parentheses, hyphens, dots («پ.ک.ک»)
const IN_NAME_GAP = /^[\s"'()\-.]*$/;

// ---------------------------------------------------------------------------------------------
// matching

interface Hit {
  readonly form: MatchForm;
  /** Normalised span of the name proper (clitics excluded). */
  readonly s: number;
  readonly e: number;
  readonly t0: number;
  readonly t1: number;
  /** The stripped proclitic, e.g. «ب» in «بأنقرة». */
  readonly prefix: string;
}

function findHits(n: Normalized, tokens: readonly Token[], lang: Lang, index: Index): Hit[] {
  const hits: Hit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    const starts = startVariants(tok.w, lang);
    // single-word forms may also lose a suffix
    const singles = starts.flatMap((v) => endVariants(v.w, lang).map((e) => ({ w: e.w, pre: v.pre, suf: e.suf })));
    for (const v of singles) {
      for (const f of index.get(v.w) ?? []) {
        if (f.lang !== lang || f.words.length !== 1) continue;
        hits.push({ form: f, s: tok.s + v.pre, e: tok.e - v.suf, t0: i, t1: i, prefix: tok.w.slice(0, v.pre) });
      }
    }
    for (const v of starts) {
      for (const f of index.get(v.w) ?? []) {
        if (f.lang !== lang || f.words.length < 2) continue;
        const end = matchRest(n.text, tokens, i, f.words, lang);
        if (end) hits.push({ form: f, s: tok.s + v.pre, e: end.e, t0: i, t1: end.t, prefix: tok.w.slice(0, v.pre) });
      }
    }
  }
  return hits;
}

function matchRest(text: string, tokens: readonly Token[], i: number, ws: readonly string[], lang: Lang): { t: number; e: number } | undefined {
  for (let k = 1; k < ws.length; k++) {
    const tok = tokens[i + k];
    const prev = tokens[i + k - 1];
    if (!tok || !prev || !IN_NAME_GAP.test(text.slice(prev.e, tok.s))) return undefined;
    if (k < ws.length - 1) {
      if (tok.w !== ws[k]) return undefined;
      continue;
    }
    const v = endVariants(tok.w, lang).find((x) => x.w === ws[k]);
    return v ? { t: i + k, e: tok.e - v.suf } : undefined;
  }
  return undefined;
}

/** Longest hit first, then leftmost; no overlaps. */
function selectLongest(hits: readonly Hit[]): Hit[] {
  const order = [...hits].sort((a, b) => b.e - b.s - (a.e - a.s) || a.s - b.s || a.prefix.length - b.prefix.length);
  const taken: Hit[] = [];
  for (const h of order) if (!taken.some((t) => h.s < t.e && t.s < h.e)) taken.push(h);
  return taken.sort((a, b) => a.s - b.s);
}

// ---------------------------------------------------------------------------------------------
// context word lists (normalised at load)

const norm = (xs: readonly string[]) => new Set(xs.map(normalizeText));

// a capital after these is the city (a place), not the government
const LOCATIVES = norm(["في", "إلى", "الى", "من", "نحو", "داخل", "قرب", "عبر", "ب", "ل", "بـ", "لـ", "در", "به", "از", "تا", "عازم", "راهی", "مقصد", "سوی"]);
const PLACE_CUES = norm(["العاصمة", "عاصمة", "مدينة", "بلدة", "قمة", "اجتماع", "مؤتمر", "جامعة", "محافظة", "ولاية", "شوارع", "مطار", "سفارة", "پایتخت", "شهر", "نشست", "اجلاس", "دانشگاه", "استان", "فرودگاه", "سفارت", "خیابانهای", "منطقة", "ريف"]);
const AMMAN_CUES = norm(["الأردنية", "الاردنیه"]);
const OUTLET_CUE_SET = { ar: norm(OUTLET_CUES.ar), fa: norm(OUTLET_CUES.fa) };

// words that end or cannot be part of a name after a title (verbs of saying, prepositions, weekdays…)
const NOT_NAME: Readonly<Record<Lang, Set<string>>> = {
  ar: norm([
    "في", "من", "إلى", "الى", "على", "عن", "مع", "إن", "أن", "أنه", "إنه", "قال", "أكد", "أعلن", "أشار", "أوضح", "أضاف", "صرح", "ذكر", "كشف", "شدد", "دعا", "خلال", "بعد", "قبل", "أمس", "اليوم", "يوم", "الذي", "التي", "لدى", "حيث", "كما", "هذا", "هذه", "ذلك", "تلك",
    "يزور", "زار", "سيزور", "التقى", "يلتقي", "استقبل", "بحث", "ناقش", "عقد", "أجرى", "وصل", "يصل", "غادر", "اجتمع", "يجري", "تلقى", "بعث", "أجرى", "هاتفيا", "اتصالا", "رسالة", "بشأن", "حول", "أمام", "لقد", "قد", "لن", "لم", "سوف", "ان", "انه", "ایضا", "أيضا", "إنها", "بأن", "وقال", "وأكد",
    "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد", "اثنين", "ثلاثاء", "أربعاء", "خميس", "جمعة", "سبت", "أحد",
    "يوم", "مساء", "صباح", "ظهر", "الأسبوع", "الماضي", "المقبل", "الجاري", "بدوره", "بدورها", "كذلك", "أيضاً", "ايضا", "مؤتمر", "صحفي", "مشترك", "لقاء", "لقائه", "اتصال", "بحث", "لبحث", "مناقشة", "الملف", "بشان", "زيارة", "خلالها", "الذي", "عبر", "أول", "ثاني", "جديد", "سابق", "السابق", "الأسبق", "الحالي",
  ]),
  fa: norm([
    "در", "به", "از", "با", "که", "را", "و", "گفت", "اظهار", "کرد", "است", "بود", "شد", "امروز", "دیروز", "روز", "این", "آن", "برای", "تا", "نیز", "هم", "طی", "پس", "ضمن", "صبح", "امشب", "دیدار", "سفر", "وارد", "گفتگو", "تماس", "تلفنی", "خود", "ما", "او", "وی", "ایشان", "پیش", "روزهای",
    "شنبه", "یکشنبه", "دوشنبه", "سهشنبه", "چهارشنبه", "پنجشنبه", "جمعه", "افزود", "تاکید", "کرد", "گفت", "نوشت", "داد", "هشدار",
    "ها", "های", "هایی", "ای", "را", "همچنین", "بیان", "ادامه", "تصریح", "خاطرنشان", "اعلام", "اشاره", "عنوان", "درباره", "مورد", "طرف", "نشست", "خبری", "کنفرانس", "مشترک", "جدید", "سابق", "پیشین", "کنونی", "فعلی", "جمهوری", "اسلامی", "هفته", "ماه", "سال", "اخیر", "گذشته", "آینده", "بر", "درخصوص", "خصوص", "باره", "شامگاه", "بامداد", "ظهر", "عصر", "اول", "دوم", "نخست",
  ]),
};
const PUNCT_BOUNDARY = /[,.;:!?()\n\-–—|]/;

// partial names that are also common words or given names: only after the full name in the same text
// (given names of other persons are added at creation: «عباس» is Araghchi's and Nilforoushan's first name)
const AMBIGUOUS_PARTIALS = norm([
  "رئيسي", "رئیسی", "الأسد", "أسد", "اسد", "عباس", "صالح", "نصر", "أمين", "امین", "كريم", "سعيد", "حسن", "علي", "محمد", "حسين", "جعفر", "الشرع", "ظريف", "روحاني", "قاسم",
  // Persian words: «برهم» upset, «آستین» sleeve, «بودن» to be, «والس» waltz, «بارو» rampart, «قالین/کالین» carpet, «خرازی» haberdashery
  "برهم", "آستین", "بودن", "والس", "فالس", "والاس", "بارو", "قالین", "کالین", "خرازی",
  // Arabic words: «أفخم» grander, «تراس» terrace, «سوسان» lily, «فياض» abundant, «عطاف» sympathy, «سلامي» my peace
  "أفخم", "افخم", "تراس", "سوسان", "فياض", "فیاض", "عطاف", "سلامي", "سلامی",
  // given names used as surnames
  "شهباز", "مجتبى", "مجتبی", "مقتدى", "مقتدی", "باسيل", "باسیل", "حاتمي", "حاتمی", "مؤمني", "مومنی", "مؤمنی", "لامي", "لامی", "دياب", "دیاب", "هانت", "ونس",
]);

// ISR genre names built on «الاحتلال» are dropped before another state's nisba («جيش الاحتلال الأمريكي»)
const OCCUPATION = normalizeText("الاحتلال");

// ---------------------------------------------------------------------------------------------
// recognition

interface Emitted {
  readonly actorId: string;
  /** Normalised span. */
  readonly s: number;
  readonly e: number;
  readonly via: MentionVia;
}

function recognise(input: ActorInput, byId: ReadonlyMap<string, ActorEntry>, index: Index, known: readonly ActorEntry[], ambiguous: ReadonlySet<string>): ActorResult {
  const { text, lang, published } = input;
  const n = normalizeWithMap(text);
  const tokens = tokenize(n.text);
  const masked = input.maskedSpans ?? [];
  const isMasked = (s: number, e: number) => {
    const o = toOriginalSpan(n, s, e);
    return masked.some((m) => o.start < m.end && m.start < o.end);
  };
  const guards = new Map([...STATE_GUARDS, ...ORGANISATION_GUARDS].filter((g) => g.lang === lang).map((g) => [words(g.form).join(" "), g]));

  const raw = findHits(n, tokens, lang, index).filter((h) => {
    if (isMasked(h.s, h.e)) return false;
    const prev = tokens[h.t0 - 1]?.w;
    const next = tokens[h.t1 + 1]?.w;
    // the guard applies to the form and to the word as written («انگلیسی» read as «انگلیس» + ی)
    const g = guards.get(h.form.key) ?? guards.get(tokens.slice(h.t0, h.t1 + 1).map((t) => t.w).join(" "));
    if (g && prev && (g.notAfter ?? []).some((x) => normalizeText(x) === prev)) return false;
    if (g && next && (g.notBefore ?? []).some((x) => normalizeText(x) === next)) return false;
    if (h.form.cueOnly && !hasOutletCue(n.text, tokens, h, lang)) return false;
    return true;
  });
  const hits = selectLongest(raw);

  const emitted: Emitted[] = [];
  const discovered: ActorEntry[] = [...known];
  const newlyDiscovered: ActorEntry[] = [];
  const consumed = new Set<number>();
  const fullNameSeen = new Set<string>();
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
    if (h.form.via === "oman") return undefined;
    const e = entryOf(h.form.actorId);
    if (!e) return undefined;
    if (e.kind === "state" && (h.form.via === "name" || h.form.via === "demonym")) return e.id;
    return undefined;
  };
  const emit = (actorId: string, s: number, e: number, via: MentionVia) => emitted.push({ actorId, s, e, via });
  const emitPerson = (h: Hit) => {
    const id = h.form.actorId;
    const isDiscovered = discovered.some((d) => d.id === id);
    if (h.form.via === "partial-name" && ambiguous.has(h.form.key) && !fullNameSeen.has(id)) return;
    if (h.form.via === "name") fullNameSeen.add(id);
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
    // «رئيس الوزراء الفلسطيني المنتخب الراحل إسماعيل هنية»: up to two adjectives with the article in between
    if (h && isPersonHit(h)) {
      const between = gapText(anchor.e, h.s).trim().split(/\s+/);
      if (between.length <= 2 && between.every((w) => /^ال\p{L}+$/u.test(w))) return { hit: h, index: k };
    }
    return undefined;
  };

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
        while (hits[j] && (countries.length === 0 || h.form.plural) && tight(anchor, hits[j]!, countries.length > 0)) {
          const iso = stateOfHit(hits[j]);
          const org = entryOf(hits[j]!.form.actorId);
          const orgIso = via === "title" && h.form.role === "secretary-general" && org && org.kind !== "state" && org.kind !== "person" ? org.id : undefined;
          if (!iso && !orgIso) break;
          countries.push({ iso: iso ?? orgIso!, hit: hits[j]!, index: j });
          anchor = hits[j]!;
          j++;
        }
        if (via === "title" && h.form.syntax === "construct" && countries.length === 0) break; // «رئيس الجامعة»: not a title here
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
        const iso = countries[0]?.iso ?? h.form.defaultCountry;
        // an unknown name right after: discover the person
        if (via !== "generic-minister" && role && iso) {
          const found = discoverAfter(n.text, tokens, hits, anchor.e, input.sentences, n, lang, text);
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
        // apposition: «سیدعباس عراقچی وزیر خارجه جمهوری اسلامی ایران» — the title is the person just named
        const before = emitted[emitted.length - 1];
        const beforeEntry = before ? entryOf(before.actorId) : undefined;
        if (via === "title" && before && beforeEntry?.kind === "person" && /^[\s,،]*$/.test(gapText(before.e, h.s)) && (!iso || beforeEntry.country === iso)) {
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
        const holder = iso ? holderOf(byId, role, iso, published) : undefined;
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

  function emitCountry(h: Hit): void {
    if (h.form.via === "our-country") {
      emit(h.form.actorId, h.s, h.e, "name");
      return;
    }
    if (h.form.via === "capital") {
      const place = isPlaceContext(h, tokens, hits, emitted, n.text);
      if (place && h.form.placeId) emit(h.form.placeId, h.s, h.e, "name");
      else emit(h.form.actorId, h.s, h.e, "capital");
      return;
    }
    if (h.form.via === "name" && h.form.key.includes(OCCUPATION)) {
      // «جيش الاحتلال الأمريكي»: the occupation is someone else's
      const next = hits[hits.indexOf(h) + 1];
      const nextIso = stateOfHit(next);
      if (next && nextIso && nextIso !== h.form.actorId && /^\s*$/.test(n.text.slice(h.e, next.s))) return;
    }
    emit(h.form.actorId, h.s, h.e, h.form.via === "demonym" ? "demonym" : "name");
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

// ---------------------------------------------------------------------------------------------
// context decisions

/** A capital after a locative preposition, «العاصمة/پایتخت/مدينة/شهر», «قمة» or a locative clitic is the city. */
function isPlaceContext(h: Hit, tokens: readonly Token[], hits: readonly Hit[], emitted: readonly Emitted[], text: string): boolean {
  if (/[بل]/.test(h.prefix)) return true; // «بالعاصمة», «لبيروت», «بأنقرة»
  // dateline: «الرياض (واس) -», «أنقرة - »
  if (/^\s*[-–(]/.test(text.slice(h.e, h.e + 3)) && (h.t0 === 0 || /\n\s*$/.test(text.slice(Math.max(0, h.s - 3), h.s)))) return true;
  let t = h.t0 - 1;
  // «العاصمة الروسية موسكو»: skip one nisba
  const prevHit = hits[hits.indexOf(h) - 1];
  if (prevHit && prevHit.form.via === "demonym" && prevHit.t1 === t) t = prevHit.t0 - 1;
  const prev = tokens[t];
  if (prev) {
    if (LOCATIVES.has(prev.w) || PLACE_CUES.has(prev.w)) return true;
    for (const v of startVariants(prev.w, "ar")) if (v.pre > 0 && PLACE_CUES.has(v.w)) return true;
  }
  // «في أنقرة ودمشق»: a coordinated capital shares the first one's reading
  if (h.prefix === "و" && prevHit?.form.via === "capital" && /^\s*$/.test(text.slice(prevHit.e, h.s - 1))) {
    const first = emitted.find((m) => m.s === prevHit.s);
    return first !== undefined && !/^[A-Z]{3}$/.test(first.actorId);
  }
  return false;
}

/**
 * Arabic «عمان»: «عُمان» (damma) or «سلطنة عمان» is Oman; «عمّان» (shadda) or «العاصمة الأردنية عمان» is Amman;
 * a bare unvocalised «عمان» is left out (precision).
 */
function omanOrAmman(text: string, n: Normalized, h: Hit, tokens: readonly Token[]): "OMN" | "amman" | undefined {
  const o = toOriginalSpan(n, h.s, h.e);
  const original = text.slice(o.start, o.end);
  if (original.includes("\u0651")) return "amman";
  if (original.includes("\u064F")) return "OMN";
  const prev = tokens[h.t0 - 1]?.w;
  if (prev && AMMAN_CUES.has(prev)) return "amman";
  if (prev && startVariants(prev, "ar").some((v) => v.w === normalizeText("سلطنة"))) return "OMN";
  return undefined;
}

/** «وكالة مهر», «به گزارش مهر», «خبرگزاری “فارس”»: an outlet cue of 1–3 words right before. */
function hasOutletCue(text: string, tokens: readonly Token[], h: Hit, lang: Lang): boolean {
  const cues = OUTLET_CUE_SET[lang];
  for (let len = 1; len <= 3; len++) {
    const first = tokens[h.t0 - len];
    if (!first) break;
    if (!/^[\s"'«»“”]*$/.test(text.slice(tokens[h.t0 - 1]!.e, h.s - h.prefix.length))) return false;
    const phrase = tokens.slice(h.t0 - len, h.t0).map((t) => t.w).join(" ");
    if (cues.has(phrase)) return true;
    for (const v of startVariants(first.w, lang)) {
      if (v.pre > 0 && cues.has([v.w, ...tokens.slice(h.t0 - len + 1, h.t0).map((t) => t.w)].join(" "))) return true;
    }
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// roles

/** The person holding `role` in `country` on `date`; the latest-starting holder when several match. */
export function holderOf(byId: ReadonlyMap<string, ActorEntry>, role: string, country: string, date: string): string | undefined {
  let best: { id: string; start: string } | undefined;
  for (const e of byId.values()) {
    if (e.kind !== "person") continue;
    for (const r of e.roles ?? []) {
      // an organisation's office (Hezbollah's secretary-general) is asked for by the organisation's id
      const holds = r.organisation ? r.organisation === country : r.country === country;
      if (r.role !== role || !holds || !inOffice(r, date)) continue;
      const start = r.start ?? "";
      if (!best || start > best.start) best = { id: e.id, start };
    }
  }
  return best?.id;
}

function inOffice(r: Role, date: string): boolean {
  return (!r.start || r.start <= date) && (!r.end || date <= r.end);
}

function roleAt(e: ActorEntry | undefined, date: string): { role: string; country: string } | undefined {
  const r = (e?.roles ?? []).find((x) => inOffice(x, date));
  return r ? { role: r.role, country: r.country } : undefined;
}

// ---------------------------------------------------------------------------------------------
// discovery of unknown persons

/** Two to four name-like words right after a title (optionally after a comma, or inside quotes). */
function discoverAfter(
  text: string,
  tokens: readonly Token[],
  hits: readonly Hit[],
  from: number,
  sentences: readonly Sentence[],
  n: Normalized,
  lang: Lang,
  original: string,
): { s: number; e: number; name: string } | undefined {
  const lead = /^[\s,،]*(["'])?\s*/.exec(text.slice(from))!;
  const quoted = lead[1] !== undefined;
  const start = from + lead[0].length;
  const first = tokens.findIndex((t) => t.s === start);
  if (first < 0) return undefined;
  // the name must stay in the title's sentence
  const origStart = n.map[start] ?? 0;
  const sentence = sentences.find((s) => s.start <= origStart && origStart < s.end);
  const limit = sentence ? sentence.end : Number.POSITIVE_INFINITY;
  const picked: Token[] = [];
  for (let i = first; i < tokens.length && picked.length < 5; i++) {
    const t = tokens[i]!;
    if ((n.map[t.s] ?? 0) >= limit) break;
    if (picked.length > 0 && !/^\s+$/.test(text.slice(picked[picked.length - 1]!.e, t.s))) {
      // a closing quote ends a quoted name; any other mark ends the name too
      break;
    }
    if (hits.some((h) => h.s < t.e && t.s < h.e)) break;
    if (!isNameLike(t.w, picked.length === 0, lang)) break;
    picked.push(t);
  }
  // a name has at most one word with the article («فيصل المقداد»): «… العاطي الأزمة» ends before «الأزمة»
  let cutAtArticle = false;
  if (lang === "ar") {
    const second = picked.findIndex((t, i) => t.w.startsWith("ال") && picked.slice(0, i).some((x) => x.w.startsWith("ال")));
    if (second > 0) {
      picked.length = second;
      cutAtArticle = true;
    }
  }
  if (picked.length < 2 || picked.length > 4) return undefined;
  const last = picked[picked.length - 1]!;
  const after = text.slice(last.e, last.e + 2);
  if (quoted && !/^\s*["']/.test(after)) return undefined;
  const next = tokens[tokens.indexOf(last) + 1];
  const ends = cutAtArticle || after === "" || PUNCT_BOUNDARY.test(after.trimStart()[0] ?? ".") || /^\s*["']/.test(after) || !next || NOT_NAME[lang].has(next.w) || hits.some((h) => h.t0 === tokens.indexOf(next)) || stripConj(next.w, lang) !== next.w;
  if (!ends) return undefined;
  const o = toOriginalSpan(n, picked[0]!.s, last.e);
  return { s: picked[0]!.s, e: last.e, name: original.slice(o.start, o.end) };
}

function stripConj(w: string, lang: Lang): string {
  return /^[وف]/.test(w) && w.length > 3 && NOT_NAME[lang].has(w.slice(1)) ? w.slice(1) : w;
}

function isNameLike(w: string, first: boolean, lang: Lang): boolean {
  if (!/^[\u0621-\u064A\u067E\u0686\u0698\u06A9\u06AF\u06CC]{2,}$/u.test(w)) return false;
  if (NOT_NAME[lang].has(w)) return false;
  // «لبحث», «وقال»: a function word or verb behind a proclitic
  if (lang === "ar" && startVariants(w, "ar").some((v) => v.pre > 0 && v.w.length >= 3 && NOT_NAME.ar.has(v.w))) return false;
  // «السبت», «المنتخب»: a name does not begin with the article (family names like «المقداد» come second)
  if (first && lang === "ar" && w.startsWith("ال")) return false;
  return true;
}

function discoveredEntry(name: string, lang: Lang, country: string, role: string, byId: ReadonlyMap<string, ActorEntry>, known: readonly ActorEntry[]): ActorEntry {
  const label = transliterate(name)
    .split(" ")
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(" ");
  let id = slug(transliterate(name));
  if (byId.has(id) && !known.some((k) => k.id === id)) id = `${id}-${country.toLowerCase()}`;
  return { id, kind: "person", label, names: { en: [label], ar: lang === "ar" ? [name] : [], fa: lang === "fa" ? [name] : [] }, country, roles: [{ role, country }] };
}

/** Match forms for a discovered person: the full name and, alone, the surname. */
function discoveredForms(d: ActorEntry, lang: Lang): MatchForm[] {
  const out: MatchForm[] = [];
  for (const name of d.names[lang]) {
    const ws = words(name);
    out.push({ words: ws, lang, actorId: d.id, via: "name", key: ws.join(" ") });
    const surname = ws[ws.length - 1];
    if (surname && ws.length > 1) out.push({ words: [surname], lang, actorId: d.id, via: "partial-name", key: surname });
  }
  return out;
}

// Deterministic Arabic/Persian → ASCII transliteration for discovered ids and labels.
const TRANSLIT: Readonly<Record<string, string>> = {
  ا: "a", أ: "a", إ: "i", آ: "a", ٱ: "a", ء: "", ئ: "", ؤ: "", ب: "b", پ: "p", ت: "t", ث: "th", ج: "j", چ: "ch", ح: "h", خ: "kh", د: "d", ذ: "dh",
  ر: "r", ز: "z", ژ: "zh", س: "s", ش: "sh", ص: "s", ض: "d", ط: "t", ظ: "z", ع: "", غ: "gh", ف: "f", ق: "q", ك: "k", ک: "k", گ: "g", ل: "l", م: "m",
  ن: "n", ه: "h", ة: "a", ۀ: "eh",
};

/** Transliterates an Arabic or Persian name to lowercase ASCII words («سامح شكري» → «samh shkri»). */
export function transliterate(name: string): string {
  return normalizeText(name)
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length > 0)
    .map((w) => {
      let out = "";
      const chars = [...w];
      chars.forEach((c, i) => {
        const vowelBefore = /[aeiou]$/.test(out) || out === "";
        if (c === "و") out += i === 0 || vowelBefore ? "w" : i === chars.length - 1 || !/[اوی]/.test(chars[i + 1] ?? "") ? "u" : "w";
        else if (c === "ی" || c === "ي" || c === "ى") out += i === 0 || vowelBefore ? "y" : "i";
        else if (c === "ع") out += i === 0 ? "a" : "";
        else if (/[a-z0-9]/.test(c)) out += c;
        else out += TRANSLIT[c] ?? "";
      });
      if (out.startsWith("al") && w.startsWith("ال") && out.length > 2) out = `al-${out.slice(2)}`;
      return out;
    })
    .filter((w) => w.length > 0)
    .join(" ");
}

function slug(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
