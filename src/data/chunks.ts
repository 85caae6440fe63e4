/**
 * Chunks of the data loaded on demand (every mention of an event, by year), fetched once each,
 * validated with the shared schema.
 */
import { useEffect, useState } from "react";
import { chunkPath } from "../contract/chunks.ts";
import { type EventChunk, EventChunkSchema, type Mention, type RabtEvent } from "../contract/schema.ts";

const loaded = new Map<string, Promise<EventChunk>>();

/** Fetches (once) and validates the event chunk `key`. */
export function loadEventChunk(key: string, base = "data/"): Promise<EventChunk> {
  let p = loaded.get(key);
  if (!p) {
    const url = `${base}${chunkPath(key)}`;
    p = fetch(url, { cache: "no-cache" })
      .then((r) => {
        if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
        return r.json();
      })
      .then((json) => {
        const parsed = EventChunkSchema.safeParse(json);
        if (!parsed.success) throw new Error(`${url}: ${parsed.error.issues[0]?.path.join(".")}: ${parsed.error.issues[0]?.message}`);
        return parsed.data;
      });
    p.catch(() => loaded.delete(key)); // a failed load can be tried again
    loaded.set(key, p);
  }
  return p;
}

export type MentionsState = { readonly mentions: readonly Mention[]; readonly loading: boolean; readonly error: string | null };

/** The index's lead mention, once its sentence is in (see leads.ts): what an event shows before its chunk has loaded. */
function leadOf(event: RabtEvent | undefined): readonly Mention[] {
  return event?.mentions.filter((m) => m.sentence !== "") ?? [];
}

/** Every mention of an event, with its highlights: the index's lead mention at once (when its sentence is in), all of them when the chunk has loaded. */
export function useEventMentions(event: RabtEvent | undefined): MentionsState {
  const [state, setState] = useState<MentionsState>({ mentions: leadOf(event), loading: false, error: null });
  useEffect(() => {
    if (!event) return;
    let live = true;
    setState({ mentions: leadOf(event), loading: true, error: null });
    loadEventChunk(event.chunk).then(
      (chunk) => {
        const all = chunk.events.find((e) => e.id === event.id)?.mentions;
        if (live) setState({ mentions: all ?? leadOf(event), loading: false, error: all ? null : `event ${event.id} is not in ${event.chunk}` });
      },
      (e: Error) => live && setState({ mentions: leadOf(event), loading: false, error: e.message }),
    );
    return () => {
      live = false;
    };
  }, [event]);
  return state;
}
