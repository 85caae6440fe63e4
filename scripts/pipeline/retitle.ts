/**
 * Titles told of another time: the actor stage resolves «وزير الخارجية الإيراني» to whoever held the
 * office on the article's day, but a sentence about March 2021 means the minister of March 2021 (Zarif,
 * not Amir-Abdollahian). Once each event has its date, a person an event names only by title, and
 * who did not hold that office at the event's date, is replaced by the one who did — in the event and
 * in the article's mentions, so the evidence names the same person as the event.
 */
import { officeAt, holderOf } from "./actors/roles.ts";
import type { ActorEntry, ActorMention, ExtractedEvent } from "./types.ts";

export function retitleByEventDate(
  events: readonly ExtractedEvent[],
  mentions: readonly ActorMention[],
  byId: ReadonlyMap<string, ActorEntry>,
  published: string,
): { events: readonly ExtractedEvent[]; mentions: readonly ActorMention[] } {
  const replaced = new Map<ActorMention, ActorMention>();
  const out = events.map((e) => {
    for (const m of e.actorMentions) {
      if (m.via !== "title" || replaced.has(m)) continue;
      // (not a title next to the person's own name: «سید عباس عراقچی، وزیر امور خارجه کشورمان، …» is Araghchi whatever the date)
      if (e.actorMentions.some((o) => o !== m && o.actorId === m.actorId && o.via !== "title")) continue;
      const then = holderThen(byId, m.actorId, published, e.date.start, e.date.end);
      if (then) replaced.set(m, { ...m, actorId: then });
    }
    // (a mention re-titled by an earlier event of its sentence carries its swap to this one)
    const swaps = new Map<string, string>();
    for (const m of e.actorMentions) {
      const r = replaced.get(m);
      if (r) swaps.set(m.actorId, r.actorId);
    }
    if (swaps.size === 0) return e;
    const swap = (ids: readonly string[]) => [...new Set(ids.map((id) => swaps.get(id) ?? id))];
    // (one role each: a holder swapped in who already stood in an earlier role keeps that one)
    const sourceIds = swap(e.sourceIds);
    const targetIds = swap(e.targetIds).filter((id) => !sourceIds.includes(id));
    const otherIds = swap(e.otherIds).filter((id) => !sourceIds.includes(id) && !targetIds.includes(id));
    return { ...e, sourceIds, targetIds, otherIds, actorMentions: e.actorMentions.map((m) => replaced.get(m) ?? m) };
  });
  return { events: out, mentions: replaced.size === 0 ? mentions : mentions.map((m) => replaced.get(m) ?? m) };
}

/**
 * Who held, over the whole of [start, end], the office `id` held on `asOf` — when `id` did not
 * (a year or month over which the office changed hands names no one).
 */
function holderThen(byId: ReadonlyMap<string, ActorEntry>, id: string, asOf: string, start: string, end: string): string | undefined {
  const office = officeAt(byId.get(id), asOf);
  if (!office) return undefined;
  const key = office.organisation ?? office.country;
  if (office.start <= start && end <= office.end) return undefined;
  const first = holderOf(byId, office.role, key, start);
  return first && first !== id && holderOf(byId, office.role, key, end) === first ? first : undefined;
}
