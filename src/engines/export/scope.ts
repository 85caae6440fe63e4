/**
 * What is on screen, as the exports see it: the events passing the time window and the filters
 * (the app's own selector), the actors taking part in them and the relations recomputed from
 * them with the build's rule. Pure.
 */
import { affiliatedBy, eventParticipants, relationsFromEvents } from "../../contract/relations.ts";
import type { Actor, Graph, RabtEvent, Relation } from "../../contract/schema.ts";
import { selectVisibleEvents } from "../../store/selectors.ts";
import type { Filters, TimeWindow } from "../../store/types.ts";

export interface ExportScope {
  readonly events: readonly RabtEvent[];
  /** Actors taking part (source, target or other) in at least one visible event, in the graph's order. */
  readonly actors: readonly Actor[];
  /** Relations aggregated from the visible events only. */
  readonly relations: readonly Relation[];
  /** The time window the user set, or null for all dates. */
  readonly window: TimeWindow | null;
  /** First and last day covered by the visible events (null without events). */
  readonly extent: TimeWindow | null;
  readonly filters: Filters;
}

/** The visible part of the graph for a time window and filters. */
export function exportScope(graph: Graph, window: TimeWindow | null, filters: Filters): ExportScope {
  const events = selectVisibleEvents(graph, window, filters);
  const taking = new Set<string>();
  for (const e of events) for (const id of eventParticipants(e)) taking.add(id);
  const countries = new Map(graph.actors.map((a) => [a.id, a.country]));
  const relations = relationsFromEvents(events, { affiliated: affiliatedBy((id) => countries.get(id)) });
  let start = "";
  let end = "";
  for (const e of events) {
    if (!start || e.date.start < start) start = e.date.start;
    if (!end || e.date.end > end) end = e.date.end;
  }
  const extent: TimeWindow | null = events.length ? { start, end } : null;
  return { events, actors: graph.actors.filter((a) => taking.has(a.id)), relations, window, extent, filters };
}

/** True when at least one facet of the filters is set. */
export function hasFilters(f: Filters): boolean {
  return f.kinds.length + f.quads.length + f.modalities.length + f.articleIds.length > 0;
}

/**
 * `rabt-<what>_<from>_<to>[_filtered].<ext>`: the window in the name (`all` without one), and
 * `filtered` when a filter hides events, so two exports of different views never share a name.
 */
export function exportFileName(what: string, ext: string, window: TimeWindow | null, filters: Filters): string {
  const period = window ? `${window.start}_${window.end}` : "all";
  return `rabt-${what}_${period}${hasFilters(filters) ? "_filtered" : ""}.${ext}`;
}
