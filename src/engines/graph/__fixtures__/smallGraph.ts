/**
 * A small hand-written graph for the graph engine's tests: four states, two foreign ministers,
 * an organisation, an armed group, an outlet and a place (the last two must never be nodes).
 */
import type { Actor, Graph, Quad, RabtEvent } from "../../../contract/schema.ts";
import { relationsFromEvents } from "../../../contract/relations.ts";

function actor(id: string, kind: Actor["kind"], label: string, ar: string[], fa: string[], country?: string): Actor {
  return {
    id,
    kind,
    label,
    names: { en: [label], ar, fa },
    ...(country ? { country } : {}),
    roles: [],
    discovered: false,
    mentionCount: 1,
    articleIds: ["a1"],
  };
}

/** One event with a single mention; `others` are co-participants (e.g. a mediator). */
export function event(
  id: string,
  date: string,
  sourceIds: string[],
  targetIds: string[],
  quad: Quad,
  goldstein: number,
  otherIds: string[] = [],
): RabtEvent {
  return {
    id,
    date: { edtf: date, start: date, end: date, precision: "day" },
    cameo: quad <= 2 ? "040" : "111",
    quad,
    goldstein,
    modality: "reported",
    sourceIds,
    targetIds,
    otherIds,
    articleIds: ["a1"],
    mentionCount: 1,
    chunk: "events-test",
    mentions: [{ articleId: "a1", sentence: "…", start: 0, end: 1, trigger: { start: 0, end: 1 }, actorSpans: [] }],
  };
}

export const ACTORS: Actor[] = [
  actor("IRN", "state", "Iran", ["إيران"], ["ایران"]),
  actor("TUR", "state", "Turkey", ["تركيا"], ["ترکیه"]),
  actor("SAU", "state", "Saudi Arabia", ["السعودية"], ["عربستان سعودی"]),
  actor("OMN", "state", "Oman", ["سلطنة عمان"], ["عمان"]),
  actor("RUS", "state", "Russia", ["روسيا"], ["روسیه"]),
  actor("abbas-araghchi", "person", "Abbas Araghchi", ["عباس عراقجي"], ["عباس عراقچی"], "IRN"),
  actor("hakan-fidan", "person", "Hakan Fidan", ["هاكان فيدان"], [], "TUR"),
  actor("sergey-lavrov", "person", "Sergey Lavrov", ["سيرغي لافروف"], ["سرگئی لاوروف"], "RUS"),
  actor("united-nations", "organisation", "United Nations", ["الأمم المتحدة"], ["سازمان ملل"]),
  actor("houthis", "group", "Houthis", ["الحوثيون"], ["حوثی‌ها"], "YEM"),
  actor("irna", "outlet", "IRNA", ["إرنا"], ["ایرنا"], "IRN"),
  actor("tehran", "place", "Tehran", ["طهران"], ["تهران"], "IRN"),
];

export const EVENTS: RabtEvent[] = [
  // Araghchi meets Fidan in Tehran; IRNA reported it (the outlet is not a participant).
  event("e1", "2024-12-02", ["abbas-araghchi"], ["hakan-fidan"], 1, 3),
  event("e2", "2024-12-02", ["IRN"], ["TUR"], 1, 1),
  event("e3", "2025-01-15", ["TUR"], ["IRN"], 3, -2),
  event("e4", "2025-01-20", ["SAU"], ["houthis"], 4, -10),
  event("e5", "2025-03-01", ["OMN"], ["IRN"], 2, 6, ["united-nations"]),
  // A place as a participant (a mis-extraction the graph must tolerate): no node, no edge.
  event("e6", "2025-03-05", ["IRN"], ["tehran"], 1, 1),
];

export function smallGraph(): Pick<Graph, "actors" | "events" | "relations" | "layout"> {
  const layout: Graph["layout"] = {};
  ACTORS.forEach((a, i) => {
    layout[a.id] = { x: i * 100, y: (i % 3) * 50 };
  });
  return { actors: ACTORS, events: EVENTS, relations: relationsFromEvents(EVENTS), layout };
}
