/**
 * The lead sentences of the index's events, loaded after the index: `graph.json` carries none (on
 * a large corpus they were nearly half its bytes), each event chunk has a small leads chunk beside
 * it. They are fetched a few at a time once the app has opened, and filled into the index's lead
 * mentions as they arrive; search, previews and exports wait for them (`whenLeadsLoaded`).
 */
import { chunkPath, leadsChunkKey } from "../contract/chunks.ts";
import { createLeadFiller, readLeadsChunk } from "../contract/leads.ts";
import type { Graph } from "../contract/schema.ts";
import type { LeadsProgress } from "../store/types.ts";

/** Leads chunks fetched at once. */
const IN_FLIGHT = 3;

let done: Promise<LeadsProgress> = Promise.resolve({ loaded: 0, settled: 0, total: 0, errors: [] });

/** Settles when the leads of the graph last passed to `loadLeads` are all in (or failed). */
export function whenLeadsLoaded(): Promise<LeadsProgress> {
  return done;
}

/**
 * Fetches every leads chunk of `graph` and fills its lead sentences in, in index order (a few
 * chunks in flight), telling `onProgress` after each. It starts once the page is idle, so that
 * the app's first drawing of a large index does not share the main thread with them. A chunk that
 * cannot be loaded is named in `errors`; the others still come. `cancelled()` stops it (another
 * graph was loaded).
 */
export function loadLeads(graph: Graph, onProgress: (p: LeadsProgress) => void, cancelled: () => boolean, base = "data/"): Promise<LeadsProgress> {
  const keys = graph.chunks.events.map((c) => leadsChunkKey(c.key));
  // made in the idle period too: it walks every event once
  let fill: ReturnType<typeof createLeadFiller> | undefined;
  let loaded = 0;
  let settled = 0;
  const errors: string[] = [];
  let next = 0;
  const one = async (key: string) => {
    const url = `${base}${chunkPath(key)}`;
    try {
      const res = await fetch(url, { cache: "no-cache" });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      const read = readLeadsChunk(await res.json());
      if (!read.ok) throw new Error(read.error);
      if (cancelled()) return;
      fill ??= createLeadFiller(graph);
      const { unknown } = fill(read.chunk);
      loaded++;
      // a leads chunk from another build than graph.json: said, the rest is still used
      if (unknown > 0) errors.push(`${url}: ${unknown} sentences of events that are not in graph.json`);
    } catch (e) {
      errors.push(`${url}: ${(e as Error).message}`);
    }
    settled++;
    if (!cancelled()) onProgress({ loaded, settled, total: keys.length, errors: [...errors] });
  };
  const lane = async () => {
    while (next < keys.length && !cancelled()) await one(keys[next++]!);
  };
  done = whenIdle()
    .then(() => Promise.all(Array.from({ length: Math.min(IN_FLIGHT, keys.length) }, lane)))
    .then(() => ({ loaded, settled, total: keys.length, errors }));
  return done;
}

/** Resolves in the page's next idle period (at most a second away), or soon where there is none. */
function whenIdle(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === "function") requestIdleCallback(() => resolve(), { timeout: 1000 });
    else setTimeout(resolve, 50);
  });
}
