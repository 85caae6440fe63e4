/**
 * Where the index's lazily loaded parts live: event chunks by year (a busy year in parts), article
 * texts in batches.
 */

/** Articles per article chunk. */
export const ARTICLES_PER_CHUNK = 200;

/** The event chunk of a year holding an event that starts on `start` (ISO date). */
export function eventChunkKey(start: string): string {
  return `events-${start.slice(0, start.startsWith("-") ? 5 : 4)}`;
}

/** Whether two ISO dates fall in the same year (what `eventChunkKey` keeps of them). */
function sameYear(a: string, b: string): boolean {
  const n = a.startsWith("-") ? 5 : 4;
  if (b.startsWith("-") !== a.startsWith("-")) return false;
  for (let k = 0; k < n; k++) if (a.charCodeAt(k) !== b.charCodeAt(k)) return false;
  return true;
}

/** The leads chunk (`LeadsChunkSchema`) of the event chunk `key`: `events-2024-01` → `leads-2024-01`. */
export function leadsChunkKey(eventChunk: string): string {
  return `leads-${eventChunk.replace(/^events-/, "")}`;
}

/**
 * Events per event chunk at most. Opening an event loads its chunk: a year of a 50,000-article
 * corpus is some 35,000 events and 23 MB of evidence, so a busy year is cut into parts.
 */
export const EVENTS_PER_CHUNK = 2000;

/**
 * The chunk of each event, for events sorted by start date: its year's (`events-2024`), or for a
 * year of more than `perChunk` events, one of the year's consecutive parts of at most `perChunk`
 * (`events-2024-01`, `events-2024-02`, …), so that every chunk's events stay contiguous.
 */
export function eventChunkKeys(starts: readonly string[], perChunk = EVENTS_PER_CHUNK): string[] {
  const keys: string[] = new Array(starts.length);
  for (let i = 0; i < starts.length; ) {
    const year = eventChunkKey(starts[i]!);
    let j = i + 1;
    // (the years compared in place: no key made per event)
    while (j < starts.length && sameYear(starts[i]!, starts[j]!)) j++;
    const n = j - i;
    if (n <= perChunk) keys.fill(year, i, j);
    else {
      const parts = Math.ceil(n / perChunk);
      const width = String(parts).length < 2 ? 2 : String(parts).length;
      // one string per chunk, shared by its events (not one per event: a large corpus holds hundreds of thousands)
      for (let part = 0; part < parts; part++) keys.fill(`${year}-${String(part + 1).padStart(width, "0")}`, i + part * perChunk, Math.min(j, i + (part + 1) * perChunk));
    }
    i = j;
  }
  return keys;
}

/** The article chunk of the `index`-th article (articles sorted by id). */
export function articleChunkKey(index: number): string {
  return `articles-${String(Math.floor(index / ARTICLES_PER_CHUNK)).padStart(3, "0")}`;
}

/** A chunk's path relative to `graph.json`. */
export const chunkPath = (key: string) => `chunks/${key}.json`;
