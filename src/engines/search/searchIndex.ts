/**
 * Search over actors (every name in en/ar/fa) and events (their evidence sentences), with the
 * build's normalisation — «ترکیه» and «تركيا» both find Turkey.
 */
import type { Graph } from "../../contract/schema.ts";
import { normalizeText } from "../../text/normalize.ts";

export type SearchHit =
  | { readonly type: "actor"; readonly id: string; readonly score: number; readonly matched: string }
  | { readonly type: "event"; readonly id: string; readonly score: number; readonly matched: string };

interface Entry {
  readonly type: "actor" | "event";
  readonly id: string;
  readonly key: string;
  readonly shown: string;
  readonly weight: number;
}

/** Builds a search function over a graph. */
export function createSearchIndex(graph: Graph): (query: string, limit?: number) => SearchHit[] {
  const entries: Entry[] = [];
  for (const a of graph.actors) {
    if (a.kind === "outlet") continue;
    const weight = 1 + Math.log1p(a.mentionCount);
    for (const n of new Set([a.label, ...a.names.en, ...a.names.ar, ...a.names.fa, a.id])) {
      entries.push({ type: "actor", id: a.id, key: fold(n), shown: n, weight });
    }
  }
  for (const e of graph.events) {
    for (const m of e.mentions) entries.push({ type: "event", id: e.id, key: fold(m.sentence), shown: m.sentence, weight: 0.5 });
  }
  return (query, limit = 12) => {
    const q = fold(query);
    if (q.length < 2) return [];
    const best = new Map<string, SearchHit>();
    for (const en of entries) {
      const at = en.key.indexOf(q);
      if (at < 0) continue;
      // a name that starts with the query ranks above one that contains it; a whole-name match first
      const score = en.weight * (en.key === q ? 4 : at === 0 ? 3 : en.key[at - 1] === " " ? 2 : 1);
      const k = `${en.type}:${en.id}`;
      const prev = best.get(k);
      if (!prev || prev.score < score) best.set(k, { type: en.type, id: en.id, score, matched: en.shown });
    }
    return [...best.values()]
      .sort((a, b) => (a.type === b.type ? 0 : a.type === "actor" ? -1 : 1) || b.score - a.score || a.id.localeCompare(b.id))
      .slice(0, limit);
  };
}

/** Normalisation for search: the build's, plus the Arabic article «ال» folded away at word starts. */
function fold(s: string): string {
  return normalizeText(s)
    .toLowerCase()
    .replace(/(^|\s)ال(?=\S{2,})/g, "$1");
}
