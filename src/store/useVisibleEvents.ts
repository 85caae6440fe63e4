/** The React side of the selectors: the events passing the store's time window and filters. */
import type { RabtEvent } from "../contract/schema.ts";
import { useAppStore } from "./index.ts";
import { selectVisibleEvents } from "./selectors.ts";
/** The events passing the store's time window and filters (for components). */
export function useVisibleEvents(): RabtEvent[] {
  const graph = useAppStore((s) => s.graph);
  const timeWindow = useAppStore((s) => s.timeWindow);
  const filters = useAppStore((s) => s.filters);
  return selectVisibleEvents(graph, timeWindow, filters);
}

