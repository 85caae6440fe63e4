/** Where the index's lazily loaded parts live: one event chunk per year, article texts in batches. */

/** Articles per article chunk. */
export const ARTICLES_PER_CHUNK = 200;

/** The event chunk holding an event that starts on `start` (ISO date). */
export function eventChunkKey(start: string): string {
  return `events-${start.slice(0, start.startsWith("-") ? 5 : 4)}`;
}

/** The article chunk of the `index`-th article (articles sorted by id). */
export function articleChunkKey(index: number): string {
  return `articles-${String(Math.floor(index / ARTICLES_PER_CHUNK)).padStart(3, "0")}`;
}

/** A chunk's path relative to `graph.json`. */
export const chunkPath = (key: string) => `chunks/${key}.json`;
