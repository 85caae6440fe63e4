/** A source sentence with its trigger and actor mentions marked — built from text nodes, never HTML. */
import type { Mention } from "../contract/schema.ts";

interface Mark {
  start: number;
  end: number;
  kind: "trigger" | "actor";
  actorId?: string;
}

/** Splits the sentence into plain and marked pieces (offsets are into the article; the sentence starts at `m.start`). */
export function highlightPieces(m: Mention): { text: string; at: number; mark?: Mark }[] {
  const marks: Mark[] = [
    { start: m.trigger.start, end: m.trigger.end, kind: "trigger" as const },
    ...(m.actorSpans ?? []).map((a) => ({ start: a.start, end: a.end, kind: "actor" as const, actorId: a.actorId })),
  ]
    .filter((x) => x.start >= m.start && x.end <= m.end && x.end > x.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const pieces: { text: string; at: number; mark?: Mark }[] = [];
  let at = m.start;
  for (const mark of marks) {
    if (mark.start < at) continue; // overlapping: keep the first
    if (mark.start > at) pieces.push({ text: m.sentence.slice(at - m.start, mark.start - m.start), at });
    pieces.push({ text: m.sentence.slice(mark.start - m.start, mark.end - m.start), at: mark.start, mark });
    at = mark.end;
  }
  if (at < m.end) pieces.push({ text: m.sentence.slice(at - m.start), at });
  return pieces;
}

export function Highlighted({ mention, lang }: { mention: Mention; lang: string }) {
  return (
    <blockquote className="evidence" lang={lang} dir="rtl">
      {highlightPieces(mention).map((p) =>
        p.mark ? (
          <mark key={p.at} className={`hl-${p.mark.kind}`} data-actor={p.mark.actorId}>
            {p.text}
          </mark>
        ) : (
          <span key={p.at}>{p.text}</span>
        ),
      )}
    </blockquote>
  );
}
