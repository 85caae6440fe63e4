/**
 * A deterministic synthetic `Graph` for benchmarks and tests: seeded PRNG, N events over thirty
 * years, ~300 actors (half of them real states with their Arabic and Persian names), a realistic
 * mix of quad classes, modalities and date precisions, bursts of events around "crisis" days, and
 * articles whose text holds every evidence sentence at its offsets. Validates against `GraphSchema`.
 */
import countries from "i18n-iso-countries";
import arNames from "i18n-iso-countries/langs/ar.json" with { type: "json" };
import enNames from "i18n-iso-countries/langs/en.json" with { type: "json" };
import faNames from "i18n-iso-countries/langs/fa.json" with { type: "json" };
import { eventChunkKey } from "../../src/contract/chunks.ts";
import { relationsFromEvents } from "../../src/contract/relations.ts";
import { splitGraph } from "../pipeline/split.ts";
import { type Actor, type Article, type FullGraph, type Graph, type Mention, type Modality, type Precision, type Quad, type RabtEvent, SCHEMA_VERSION } from "../../src/contract/schema.ts";
import { mulberry32 } from "../lib/prng.ts";

countries.registerLocale(enNames);
countries.registerLocale(arNames);
countries.registerLocale(faNames);

export interface SynthOptions {
  readonly events: number;
  /** Total actors (about half states, a third people, the rest organisations). Default 300. */
  readonly actors?: number;
  readonly seed?: number;
  /** First and last year of the dates. Default 1996–2025. */
  readonly years?: readonly [number, number];
}


// States of the region and the major powers first, so the most active actors look familiar.
const FIRST_STATES = ["IRN", "TUR", "SAU", "SYR", "IRQ", "ISR", "EGY", "JOR", "LBN", "QAT", "ARE", "KWT", "BHR", "OMN", "YEM", "RUS", "USA", "CHN", "FRA", "GBR", "DEU", "AZE", "ARM", "AFG", "PAK", "LBY", "DZA", "MAR", "TUN", "SDN", "IND", "JPN", "ITA", "ESP", "UKR", "KAZ", "TKM", "UZB", "GEO", "CYP", "GRC"];

const ORGS: readonly [string, string, string, string][] = [
  ["un", "United Nations", "الأمم المتحدة", "سازمان ملل متحد"],
  ["arab-league", "Arab League", "جامعة الدول العربية", "اتحادیه عرب"],
  ["gcc", "Gulf Cooperation Council", "مجلس التعاون الخليجي", "شورای همکاری خلیج فارس"],
  ["oic", "Organisation of Islamic Cooperation", "منظمة التعاون الإسلامي", "سازمان همکاری اسلامی"],
  ["eu", "European Union", "الاتحاد الأوروبي", "اتحادیه اروپا"],
  ["nato", "NATO", "حلف شمال الأطلسي", "ناتو"],
  ["iaea", "IAEA", "الوكالة الدولية للطاقة الذرية", "آژانس بین‌المللی انرژی اتمی"],
  ["opec", "OPEC", "أوبك", "اوپک"],
  ["sco", "Shanghai Cooperation Organisation", "منظمة شنغهاي للتعاون", "سازمان همکاری شانگهای"],
  ["brics", "BRICS", "بريكس", "بریکس"],
  ["eco", "Economic Cooperation Organization", "منظمة التعاون الاقتصادي", "سازمان همکاری اقتصادی"],
  ["unsc", "UN Security Council", "مجلس الأمن الدولي", "شورای امنیت سازمان ملل"],
];

const FIRST: readonly [string, string, string][] = [
  ["Ali", "علي", "علی"], ["Hassan", "حسن", "حسن"], ["Mohammad", "محمد", "محمد"], ["Ahmad", "أحمد", "احمد"],
  ["Mahmoud", "محمود", "محمود"], ["Abbas", "عباس", "عباس"], ["Khalid", "خالد", "خالد"], ["Faisal", "فيصل", "فیصل"],
  ["Mehmet", "محمد", "محمد"], ["Sergey", "سيرغي", "سرگئی"], ["Hossein", "حسين", "حسین"], ["Javad", "جواد", "جواد"],
];
const LAST: readonly [string, string, string][] = [
  ["Karimi", "كريمي", "کریمی"], ["Al-Saud", "آل سعود", "آل سعود"], ["Rahimi", "رحيمي", "رحیمی"], ["Yildiz", "يلدز", "ییلدیز"],
  ["Haddad", "حداد", "حداد"], ["Nasser", "ناصر", "ناصر"], ["Tehrani", "طهراني", "تهرانی"], ["Lavrov", "لافروف", "لاوروف"],
  ["Demir", "دمير", "دمیر"], ["Mansour", "منصور", "منصور"], ["Jaber", "جابر", "جابر"], ["Sadeghi", "صادقي", "صادقی"],
];

const OUTLETS = ["IRNA", "ISNA", "Tasnim", "Al Jazeera", "Anadolu", "SANA", "Asharq Al-Awsat", "Al-Ahram", "Mehr", "RT Arabic"];

/** CAMEO root families of each quad class (Phoenix convention). */
const ROOTS_BY_QUAD: Readonly<Record<Quad, readonly string[]>> = {
  1: ["01", "02", "03", "04", "05"],
  2: ["06", "07", "08"],
  3: ["09", "10", "11", "12", "13"],
  4: ["14", "15", "16", "17", "18", "19", "20"],
};
const GOLDSTEIN: Readonly<Record<Quad, readonly [number, number]>> = { 1: [1, 4], 2: [4, 8], 3: [-6, -1], 4: [-10, -5] };
const VERBS: Readonly<Record<Quad, readonly [string, string]>> = {
  1: ["بحث مع", "گفتگو کرد با"],
  2: ["وقّع اتفاقية مع", "توافقنامه امضا کرد با"],
  3: ["انتقد", "انتقاد کرد از"],
  4: ["هاجم", "حمله کرد به"],
};
const DATE_TEXT: Readonly<Record<Precision, readonly [string, string]>> = {
  day: ["يوم الاثنين", "روز دوشنبه"],
  month: ["الشهر الماضي", "ماه گذشته"],
  year: ["العام الماضي", "سال گذشته"],
  approximate: ["مطلع الشهر", "اوایل ماه"],
  range: ["خلال الأسبوع الماضي", "در هفته گذشته"],
};

/** Builds the synthetic graph; the same options always give the same graph. */
/** The index the app opens (`graph.json`) for a synthetic graph. */
export function synthIndex(options: SynthOptions): Graph {
  return splitGraph(synthGraph(options)).index;
}

export function synthGraph(options: SynthOptions): FullGraph {
  const rand = mulberry32(options.seed ?? 1);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const weighted = <T>(pairs: readonly [T, number][]): T => {
    let r = rand() * pairs.reduce((s, [, w]) => s + w, 0);
    for (const [v, w] of pairs) {
      r -= w;
      if (r < 0) return v;
    }
    return pairs[pairs.length - 1]![0];
  };
  const [y0, y1] = options.years ?? [1996, 2025];
  const dayMs = 86_400_000;
  const t0 = Date.UTC(y0, 0, 1);
  const t1 = Date.UTC(y1, 11, 31);
  const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

  // Actors: ~half states, ~a third people, the rest organisations.
  const total = Math.max(6, options.actors ?? 300);
  const nStates = Math.min(Math.round(total / 2), 240);
  const nOrgs = Math.min(ORGS.length, Math.round(total / 6));
  const codes = [...FIRST_STATES, ...Object.keys(countries.getAlpha3Codes()).sort().filter((c) => !FIRST_STATES.includes(c))];
  const actors: Actor[] = [];
  for (const id of codes.slice(0, nStates)) {
    const label = countries.getName(id, "en") ?? id;
    actors.push(actor(id, "state", label, countries.getName(id, "ar") ?? label, countries.getName(id, "fa") ?? label));
  }
  for (const [id, en, ar, fa] of ORGS.slice(0, nOrgs)) actors.push(actor(id, "organisation", en, ar, fa));
  for (let i = 0; actors.length < total; i++) {
    const f = pick(FIRST);
    const l = pick(LAST);
    const a = actor(`person-${i + 1}`, "person", `${f[0]} ${l[0]}`, `${f[1]} ${l[1]}`, `${f[2]} ${l[2]}`);
    a.country = actors[Math.floor(rand() * nStates)]!.id;
    a.roles.push({ role: pick(["foreign-minister", "president", "prime-minister", "spokesperson-foreign-ministry"]), country: a.country });
    actors.push(a);
  }
  // Zipf-like activity: a few actors take part in most events.
  const cum: number[] = [];
  let acc = 0;
  for (let i = 0; i < actors.length; i++) {
    acc += 1 / (i + 1) ** 0.9;
    cum.push(acc);
  }
  const pickActor = (): number => {
    const r = rand() * cum[cum.length - 1]!;
    let lo = 0;
    let hi = cum.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cum[mid]! < r) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };

  // Articles, a third of them around "crisis" days (bursts), the rest spread evenly.
  const nArticles = Math.max(3, Math.ceil(options.events / 12));
  const hotspots = Array.from({ length: 40 }, () => t0 + Math.floor(rand() * ((t1 - t0) / dayMs)) * dayMs);
  const articles: (Article & { sentences: string[] })[] = [];
  for (let i = 0; i < nArticles; i++) {
    const burst = rand() < 0.33;
    const day = burst
      ? Math.min(t1, Math.max(t0, pick(hotspots) + Math.round((rand() - 0.5) * 20) * dayMs))
      : t0 + Math.floor(rand() * ((t1 - t0) / dayMs)) * dayMs;
    const lang = rand() < 0.6 ? "ar" : "fa";
    articles.push({
      id: `synth-${String(i).padStart(6, "0")}`,
      file: `synth-${String(i).padStart(6, "0")}.txt`,
      lang,
      outlet: pick(OUTLETS),
      published: iso(day),
      publishedInferred: false,
      title: lang === "ar" ? "خبر دبلوماسي" : "خبر دیپلماتیک",
      text: "",
      sections: [],
      sentences: [],
    });
  }
  const lengths = articles.map(() => 0);
  const articlesOf = actors.map(() => new Set<string>());

  const events: RabtEvent[] = [];
  for (let n = 0; n < options.events; n++) {
    const ai = Math.floor(rand() * nArticles);
    const art = articles[ai]!;
    const quad = weighted<Quad>([[1, 45], [2, 20], [3, 25], [4, 10]]);
    const precision = weighted<Precision>([["day", 75], ["month", 14], ["year", 6], ["approximate", 3], ["range", 2]]);
    const modality = weighted<Modality>([["reported", 80], ["planned", 8], ["hoped", 4], ["denied", 4], ["conditional", 4]]);
    const pub = Date.parse(`${art.published}T00:00:00Z`);
    const { edtf, start, end } = eventDate(precision, pub - Math.floor(rand() * 5) * dayMs, rand, iso);
    const s = pickActor();
    let t = pickActor();
    if (t === s) t = (s + 1 + Math.floor(rand() * (actors.length - 1))) % actors.length;
    const src = actors[s]!;
    const tgt = actors[t]!;
    const fa = art.lang === "fa";
    const name = (a: Actor) => (fa ? a.names.fa[0] : a.names.ar[0]) ?? a.label;
    const verb = VERBS[quad][fa ? 1 : 0];
    const dateText = DATE_TEXT[precision][fa ? 1 : 0];
    const parts = [name(src), verb, name(tgt), dateText];
    const sentence = `${parts.join(" ")}.`;
    const base = lengths[ai]! + (lengths[ai]! > 0 ? 1 : 0);
    const off = (k: number) => base + parts.slice(0, k).reduce((acc, p) => acc + p.length + 1, 0);
    art.sentences.push(sentence);
    lengths[ai] = base + sentence.length;
    const mention: Mention = {
      articleId: art.id,
      sentence,
      start: base,
      end: base + sentence.length,
      trigger: { start: off(1), end: off(1) + verb.length },
      dateText,
      dateSpan: { start: off(3), end: off(3) + dateText.length },
      actorSpans: [
        { start: off(0), end: off(0) + parts[0]!.length, actorId: src.id },
        { start: off(2), end: off(2) + parts[2]!.length, actorId: tgt.id },
      ],
    };
    const root = pick(ROOTS_BY_QUAD[quad]);
    const [g0, g1] = GOLDSTEIN[quad];
    events.push({
      id: `ev-${String(n).padStart(6, "0")}`,
      date: { edtf, start, end, precision },
      cameo: `${root}${Math.floor(rand() * 4)}`,
      quad,
      goldstein: Math.round((g0 + rand() * (g1 - g0)) * 10) / 10,
      modality,
      sourceIds: [src.id],
      targetIds: [tgt.id],
      otherIds: [],
      articleIds: [art.id],
      mentionCount: 1,
      chunk: eventChunkKey(start),
      mentions: [mention],
    });
    src.mentionCount++;
    tgt.mentionCount++;
    articlesOf[s]!.add(art.id);
    articlesOf[t]!.add(art.id);
  }
  for (const [i, a] of actors.entries()) a.articleIds.push(...[...articlesOf[i]!].sort());
  const finalArticles: Article[] = articles.map(({ sentences, ...a }) => {
    const text = sentences.join(" ");
    return { ...a, text, sections: [{ kind: "body", start: 0, end: text.length }] };
  });
  const layout: Record<string, { x: number; y: number }> = {};
  for (const a of actors) layout[a.id] = { x: Math.round(rand() * 2000 - 1000), y: Math.round(rand() * 2000 - 1000) };
  return { schemaVersion: SCHEMA_VERSION, articles: finalArticles, actors, events, relations: relationsFromEvents(events), layout };
}

function actor(id: string, kind: Actor["kind"], label: string, ar: string, fa: string): Actor {
  return { id, kind, label, names: { en: [label], ar: [ar], fa: [fa] }, roles: [], discovered: false, mentionCount: 0, articleIds: [] };
}

/** A date of the given precision around `ms`, with its EDTF string and inclusive ISO bounds. */
function eventDate(precision: Precision, ms: number, rand: () => number, iso: (ms: number) => string): { edtf: string; start: string; end: string } {
  const d = new Date(ms);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  const monthStart = iso(Date.UTC(y, m, 1));
  const monthEnd = iso(Date.UTC(y, m + 1, 0));
  const ym = monthStart.slice(0, 7);
  switch (precision) {
    case "day":
      return { edtf: iso(ms), start: iso(ms), end: iso(ms) };
    case "month":
      return { edtf: ym, start: monthStart, end: monthEnd };
    case "year":
      return { edtf: String(y), start: `${y}-01-01`, end: `${y}-12-31` };
    case "approximate":
      return { edtf: `${ym}~`, start: monthStart, end: monthEnd };
    case "range": {
      const a = iso(ms - (2 + Math.floor(rand() * 8)) * 86_400_000);
      return { edtf: `${a}/${iso(ms)}`, start: a, end: iso(ms) };
    }
    default: {
      const never: never = precision;
      throw new Error(`unknown precision ${String(never)}`);
    }
  }
}
