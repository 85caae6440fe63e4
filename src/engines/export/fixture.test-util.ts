/**
 * A small hand-written graph for the export tests: Iran, Turkey, Saudi Arabia, Qatar and Russia,
 * two foreign ministers, an organisation, a group, a place (never a node) and an outlet; seven
 * events over 2023–2025 with day, month and year precision, all four quad classes and evidence
 * sentences in Arabic and Persian (one starting like a spreadsheet formula).
 */
import { type Actor, type Graph, type Modality, type Precision, type Quad, type RabtEvent, SCHEMA_VERSION } from "../../contract/schema.ts";
import { relationsFromEvents, affiliatedBy } from "../../contract/relations.ts";
import { CATALOGUES, type MessageKey } from "../../i18n/messages.ts";
import type { UiLang } from "../../store/types.ts";
import type { Translate } from "./types.ts";

function actor(id: string, kind: Actor["kind"], label: string, ar: string, fa: string, country?: string): Actor {
  return {
    id,
    kind,
    label,
    names: { en: [label], ar: ar ? [ar] : [], fa: fa ? [fa] : [] },
    ...(country ? { country } : {}),
    roles: [],
    discovered: false,
    mentionCount: 2,
    articleIds: ["a1", "a2"],
  };
}

interface EventSpec {
  id: string;
  start: string;
  end?: string;
  precision?: Precision;
  source: string[];
  target: string[];
  quad: Quad;
  goldstein: number;
  modality?: Modality;
  other?: string[];
  sentence: string;
  articleId?: string;
}

function event(s: EventSpec): RabtEvent {
  const end = s.end ?? s.start;
  const precision = s.precision ?? "day";
  const edtf = precision === "month" ? s.start.slice(0, 7) : precision === "year" ? s.start.slice(0, 4) : s.start;
  return {
    id: s.id,
    date: { edtf, start: s.start, end, precision },
    cameo: s.quad <= 2 ? "040" : "111",
    quad: s.quad,
    goldstein: s.goldstein,
    modality: s.modality ?? "reported",
    sourceIds: s.source,
    targetIds: s.target,
    otherIds: s.other ?? [],
    articleIds: [s.articleId ?? "a1"],
    mentionCount: 1,
    chunk: "events-test",
    mentions: [
      {
        articleId: s.articleId ?? "a1",
        sentence: s.sentence,
        start: 0,
        end: s.sentence.length,
        trigger: { start: 0, end: 1 },
        actorSpans: [],
      },
    ],
  };
}

export const ACTORS: Actor[] = [
  actor("IRN", "state", "Iran", "إيران", "ایران"),
  actor("TUR", "state", "Turkey", "تركيا", "ترکیه"),
  actor("SAU", "state", "Saudi Arabia", "السعودية", "عربستان سعودی"),
  actor("QAT", "state", "Qatar", "قطر", "قطر"),
  actor("RUS", "state", "Russia", "روسيا", "روسیه"),
  actor("abbas-araghchi", "person", "Abbas Araghchi", "عباس عراقجي", "عباس عراقچی", "IRN"),
  actor("hakan-fidan", "person", "Hakan Fidan", "هاكان فيدان", "", "TUR"),
  actor("gulf-cooperation-council", "organisation", "Gulf Cooperation Council", "مجلس التعاون الخليجي", "شورای همکاری خلیج فارس"),
  actor("houthis", "group", "Houthis", "الحوثيون", "حوثی‌ها", "YEM"),
  actor("doha", "place", "Doha", "الدوحة", "دوحه", "QAT"),
  actor("irna", "outlet", "IRNA", "إرنا", "ایرنا", "IRN"),
];

export const EVENTS: RabtEvent[] = [
  event({ id: "e1", start: "2023-03-10", source: ["IRN"], target: ["SAU"], quad: 2, goldstein: 6, other: ["QAT"], sentence: "اتفقت إيران والسعودية على استئناف العلاقات." }),
  event({ id: "e2", start: "2024-01-01", end: "2024-01-31", precision: "month", source: ["TUR"], target: ["RUS"], quad: 1, goldstein: 1, sentence: "در ژانویه ترکیه و روسیه گفت‌وگو کردند." }),
  event({ id: "e3", start: "2024-10-19", source: ["abbas-araghchi"], target: ["hakan-fidan"], quad: 1, goldstein: 3, sentence: "التقى عراقجي بنظيره التركي هاكان فيدان.", articleId: "a2" }),
  event({ id: "e4", start: "2024-10-21", source: ["SAU"], target: ["houthis"], quad: 4, goldstein: -10, sentence: "=HYPERLINK(\"http://x\") شنت السعودية غارات على الحوثيين" }),
  event({ id: "e5", start: "2024-12-02", source: ["TUR"], target: ["IRN"], quad: 3, goldstein: -2, modality: "denied", sentence: "-ترکیه اتهام‌های ایران را رد کرد." }),
  event({ id: "e6", start: "2025-01-01", end: "2025-12-31", precision: "year", source: ["gulf-cooperation-council"], target: ["IRN"], quad: 3, goldstein: -4, modality: "planned", sentence: "مجلس التعاون الخليجي ينتقد إيران، وفق «إرنا»." }),
  event({ id: "e7", start: "2025-03-05", source: ["QAT"], target: ["doha"], quad: 1, goldstein: 1, sentence: "قطر في الدوحة." }),
];

/** The fixture as a full graph (relations aggregated by the build's rule, a layout for all but one node). */
export function fixtureGraph(): Graph {
  const countries = new Map(ACTORS.map((a) => [a.id, a.country]));
  const layout: Graph["layout"] = {};
  ACTORS.forEach((a, i) => {
    if (a.id !== "houthis") layout[a.id] = { x: i * 100, y: (i % 3) * 50 - 50 };
  });
  return {
    schemaVersion: SCHEMA_VERSION,
    articles: [],
    actors: ACTORS,
    events: EVENTS,
    relations: relationsFromEvents(EVENTS, { affiliated: affiliatedBy((id) => countries.get(id)) }),
    layout,
    chunks: { events: [], articles: [] },
  };
}

/** The app's catalogues with plain number formatting: a translate for tests without the store. */
export function testTranslate(lang: UiLang): Translate {
  return (key: MessageKey, vars = {}) =>
    CATALOGUES[lang][key].replace(/\{(\w+)\}/g, (_, name: string) => (vars[name] === undefined ? `{${name}}` : String(vars[name])));
}

export const NO_FILTERS = { kinds: [], quads: [], modalities: [], articleIds: [] } as const;
