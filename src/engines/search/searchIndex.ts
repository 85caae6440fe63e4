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

/** A search over a graph; call it with a query. */
export interface SearchIndex {
  /**
   * The hits for `query`: actors by every name, and — with `sentences` (once the graph's lead
   * sentences are in, see src/data/leads.ts) — events by their sentences.
   */
  (query: string, limit?: number, sentences?: boolean): SearchHit[];
  /**
   * Indexes up to `n` more event sentences and says whether some are left. The names are indexed
   * at once; the sentences (hundreds of thousands in a large corpus, seconds of work) can be
   * indexed a slice at a time while the page is idle. A query with sentences first indexes
   * whatever is left, so the hits never depend on how far that got. Call it once the graph's
   * lead sentences are in.
   */
  step(n: number): boolean;
}

/** Builds a search over a graph (see `SearchIndex.step` for its event sentences). */
export function createSearchIndex(graph: Graph): SearchIndex {
  const entries: Entry[] = [];
  for (const a of graph.actors) {
    if (a.kind === "outlet") continue;
    const weight = 1 + Math.log1p(a.mentionCount);
    for (const n of new Set([a.label, ...a.names.en, ...a.names.ar, ...a.names.fa, a.id])) {
      entries.push({ type: "actor", id: a.id, key: fold(n), shown: n, weight });
    }
  }
  let next = 0;
  const step = (n: number) => {
    const end = Math.min(graph.events.length, next + n);
    for (; next < end; next++) {
      const e = graph.events[next]!;
      for (const m of e.mentions) entries.push({ type: "event", id: e.id, key: fold(m.sentence), shown: m.sentence, weight: 0.5 });
    }
    return next < graph.events.length;
  };
  const search = (query: string, limit = 12, sentences = true): SearchHit[] => {
    if (sentences) step(Number.POSITIVE_INFINITY);
    const q = fold(query);
    if (q.length < 2) return [];
    const best = new Map<string, SearchHit>();
    for (const en of entries) {
      if (!sentences && en.type === "event") continue;
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
  return Object.assign(search, { step });
}

/** Normalisation for search: the build's, plus the Arabic article «ال» folded away at word starts. */
function fold(s: string): string {
  return normalizeText(s)
    .toLowerCase()
    .replace(/(^|\s)ال(?=\S{2,})/g, "$1");
}
