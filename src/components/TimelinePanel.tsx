/**
 * The timeline panel: a toolbar and the timeline engine. It owns the engine's lifetime (create in
 * an effect, destroy on unmount) and pushes store values into it; the engine computes and draws.
 */
import { useEffect, useMemo, useRef, useState } from "react";
import { createTimeline, type TimelineInstance, type TimelineLabels } from "../engines/timeline/index.ts";
import { useAppStore } from "../store/index.ts";
import { passesFilters } from "../store/selectors.ts";
import type { LaneMode } from "../store/types.ts";
import "./timeline.css";

/** Interface text, in one place so it can move to a message catalogue. */
const LABELS = {
  toolbar: "Timeline controls",
  fit: "Fit",
  fitTitle: "Show the whole period (Home)",
  zoomIn: "+",
  zoomInTitle: "Zoom in (+)",
  zoomOut: "−",
  zoomOutTitle: "Zoom out (−)",
  lanes: "Lanes",
  laneNone: "One lane",
  laneActor: "By actor",
  laneType: "By event type",
  secondCalendar: "Second calendar",
  window: "Window",
  clearWindow: "Clear window",
  clearWindowTitle: "Clear the time window (Escape)",
  engine: {
    root: "Timeline of events. Plus and minus zoom, arrows pan, Home fits all, N and P move between events, Enter selects, Escape clears the window. Shift-drag sets a time window.",
    allEvents: "All events",
    otherActors: "Other actors",
    events: "events",
    clusterHint: "Click to zoom in",
    noEvents: "No events to show",
  } satisfies TimelineLabels,
} as const;

const LANE_MODES: readonly [LaneMode, string][] = [
  ["none", LABELS.laneNone],
  ["actor", LABELS.laneActor],
  ["type", LABELS.laneType],
];

/** Test hook for e2e specs and benchmarks (marks are on canvas): outside production, or with `?testhooks`. */
type TimelineTestHook = Pick<TimelineInstance, "screenPointOf" | "drawnEventIds" | "badgePoints" | "visibleRange">;
declare global {
  interface Window {
    __rabtTimeline?: TimelineTestHook;
  }
}
const TEST_HOOKS =
  import.meta.env.MODE !== "production" || (typeof location !== "undefined" && new URLSearchParams(location.search).has("testhooks"));

export function TimelinePanel() {
  const graph = useAppStore((s) => s.graph);
  const filters = useAppStore((s) => s.filters);
  const laneMode = useAppStore((s) => s.laneMode);
  const uiLang = useAppStore((s) => s.uiLang);
  const selectedActorId = useAppStore((s) => s.selectedActorId);
  const selectedEventId = useAppStore((s) => s.selectedEventId);
  const hoveredEventId = useAppStore((s) => s.hoveredEventId);
  const timeWindow = useAppStore((s) => s.timeWindow);
  const selectEvent = useAppStore((s) => s.selectEvent);
  const hoverEvent = useAppStore((s) => s.hoverEvent);
  const setTimeWindow = useAppStore((s) => s.setTimeWindow);
  const setLaneMode = useAppStore((s) => s.setLaneMode);
  const [showSecondCalendar, setShowSecondCalendar] = useState(false);

  // Every event passing the filters: the window this timeline drives does not cut it.
  const events = useMemo(() => {
    if (!graph) return [];
    const noFilter = !filters.kinds.length && !filters.quads.length && !filters.modalities.length && !filters.articleIds.length;
    if (noFilter) return graph.events;
    const kinds = new Map(graph.actors.map((a) => [a.id, a.kind]));
    return graph.events.filter((e) => passesFilters(e, filters, (id) => kinds.get(id)));
  }, [graph, filters]);
  const actors = graph?.actors ?? EMPTY;
  const articles = graph?.articles ?? EMPTY;

  const containerRef = useRef<HTMLDivElement>(null);
  const engineRef = useRef<TimelineInstance | null>(null);
  const params = {
    events,
    actors,
    articles,
    laneMode,
    uiLang,
    selectedActorId,
    selectedEventId,
    hoveredEventId,
    timeWindow,
    showSecondCalendar,
    labels: LABELS.engine,
    onSelectEvent: selectEvent,
    onHoverEvent: hoverEvent,
    onWindowChange: setTimeWindow,
  };
  const initialParams = useRef(params);

  useEffect(() => {
    const engine = createTimeline(containerRef.current!, initialParams.current);
    engineRef.current = engine;
    if (TEST_HOOKS) {
      window.__rabtTimeline = {
        screenPointOf: (id) => engine.screenPointOf(id),
        drawnEventIds: () => engine.drawnEventIds(),
        badgePoints: () => engine.badgePoints(),
        visibleRange: () => engine.visibleRange(),
      };
    }
    return () => {
      engine.destroy();
      engineRef.current = null;
      if (TEST_HOOKS) delete window.__rabtTimeline;
    };
  }, []);

  // Each value is compared by identity inside `update`: unchanged values cost nothing.
  useEffect(() => {
    engineRef.current?.update({
      events,
      actors,
      articles,
      laneMode,
      uiLang,
      selectedActorId,
      selectedEventId,
      hoveredEventId,
      timeWindow,
      showSecondCalendar,
      onSelectEvent: selectEvent,
      onHoverEvent: hoverEvent,
      onWindowChange: setTimeWindow,
    });
  }, [events, actors, articles, laneMode, uiLang, selectedActorId, selectedEventId, hoveredEventId, timeWindow, showSecondCalendar, selectEvent, hoverEvent, setTimeWindow]);

  return (
    <div className="rabt-timeline-panel">
      <div className="rabt-timeline-toolbar" role="toolbar" aria-label={LABELS.toolbar}>
        <button type="button" onClick={() => engineRef.current?.fit()} title={LABELS.fitTitle} aria-label={LABELS.fitTitle} data-testid="timeline-fit">
          {LABELS.fit}
        </button>
        <button type="button" onClick={() => engineRef.current?.zoomBy(2)} title={LABELS.zoomInTitle} aria-label={LABELS.zoomInTitle} data-testid="timeline-zoom-in">
          {LABELS.zoomIn}
        </button>
        <button type="button" onClick={() => engineRef.current?.zoomBy(0.5)} title={LABELS.zoomOutTitle} aria-label={LABELS.zoomOutTitle} data-testid="timeline-zoom-out">
          {LABELS.zoomOut}
        </button>
        <label>
          {LABELS.lanes}{" "}
          <select value={laneMode} onChange={(e) => setLaneMode(e.target.value as LaneMode)} data-testid="timeline-lanes">
            {LANE_MODES.map(([mode, label]) => (
              <option key={mode} value={mode}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label>
          <input type="checkbox" checked={showSecondCalendar} onChange={(e) => setShowSecondCalendar(e.target.checked)} /> {LABELS.secondCalendar}
        </label>
        {timeWindow && (
          <span className="rabt-timeline-window">
            {LABELS.window}: <bdi>{timeWindow.start}</bdi> – <bdi>{timeWindow.end}</bdi>{" "}
            <button type="button" onClick={() => setTimeWindow(null)} title={LABELS.clearWindowTitle} data-testid="timeline-clear-window">
              {LABELS.clearWindow}
            </button>
          </span>
        )}
      </div>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: the canvas timeline takes keys itself (zoom, pan, n/p, Enter, Escape) */}
      <div ref={containerRef} className="rabt-tl" data-testid="timeline" tabIndex={0} role="application" aria-label={LABELS.engine.root} />
    </div>
  );
}

const EMPTY: never[] = [];
