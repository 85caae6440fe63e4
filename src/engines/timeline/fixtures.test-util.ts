/** Small hand-made events for the engine's tests. */
import type { Modality, Precision, Quad, RabtEvent } from "../../contract/schema.ts";

export function ev(
  id: string,
  start: string,
  o: { end?: string; quad?: Quad; cameo?: string; src?: string[]; tgt?: string[]; other?: string[]; precision?: Precision; modality?: Modality; edtf?: string } = {},
): RabtEvent {
  return {
    id,
    date: { edtf: o.edtf ?? start, start, end: o.end ?? start, precision: o.precision ?? "day" },
    cameo: o.cameo ?? "040",
    quad: o.quad ?? 1,
    goldstein: 1,
    modality: o.modality ?? "reported",
    sourceIds: o.src ?? [],
    targetIds: o.tgt ?? [],
    otherIds: o.other ?? [],
    articleIds: ["a"],
    mentionCount: 1,
    chunk: "events-test",
    mentions: [{ articleId: "a", sentence: "s", start: 0, end: 1, trigger: { start: 0, end: 1 }, actorSpans: [] }],
  };
}
