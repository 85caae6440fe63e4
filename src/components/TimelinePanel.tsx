/**
 * The timeline panel: a toolbar and the timeline engine. It owns the engine's lifetime (create in
 * an effect, destroy on unmount) and pushes store values into it; the engine computes and draws.
 */
import { useEffect, useMemo, useRef, useState } from "react";
import { createTimeline, type TimelineInstance, type TimelineLabels } from "../engines/timeline/index.ts";
import { CALENDAR_IDS, type CalendarId } from "../engines/timeline/calendar.ts";
import { cameoFamiliesFrom } from "../engines/timeline/cameoRoots.ts";
import { formatEventDate, mainCalendar } from "../engines/timeline/format.ts";
import { QUAD_COLORS, QUAD_OUTLINES } from "../engines/timeline/marks.ts";
import { CATALOGUES } from "../i18n/messages.ts";
import { dirOf, translate, useT } from "../i18n/t.ts";
import { useAppStore } from "../store/index.ts";
import { passesFilters } from "../store/selectors.ts";
import type { LaneMode, UiLang } from "../store/types.ts";
import "./timeline.css";

const LANE_MODES: readonly [LaneMode, "timeline.laneNone" | "timeline.laneActor" | "timeline.laneType"][] = [
  ["none", "timeline.laneNone"],
  ["actor", "timeline.laneActor"],
  ["type", "timeline.laneType"],
];

/** The engine's own text in a language, from the message catalogue (one object per language, so the engine relanes only on a change). */
const engineLabels = new Map<UiLang, TimelineLabels>();
function labelsFor(lang: UiLang): TimelineLabels {
  let l = engineLabels.get(lang);
  if (!l) {
    const tr = (k: Parameters<typeof translate>[1]) => translate(lang, k);
    l = {
      root: tr("timeline.root"),
      allEvents: tr("timeline.allEvents"),
      otherActors: tr("timeline.otherActors"),
      clusterEvents: CATALOGUES[lang]["timeline.clusterEvents"],
      clusterHint: tr("timeline.clusterHint"),
      noEvents: tr("timeline.noEvents"),
      cameoFamilies: cameoFamiliesFrom(CATALOGUES[lang]),
      modalities: {
        reported: tr("modality.reported"),
        planned: tr("modality.planned"),
        hoped: tr("modality.hoped"),
        denied: tr("modality.denied"),
        conditional: tr("modality.conditional"),
      },
    };
    engineLabels.set(lang, l);
  }
  return l;
}

/** Test hook for e2e specs and benchmarks (marks are on canvas): outside production, or with `?testhooks`. */
type TimelineTestHook = Pick<TimelineInstance, "screenPointOf" | "drawnEventIds" | "badgePoints" | "visibleRange" | "axisLabels">;
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
  const digits = useAppStore((s) => s.digits);
  const calendarChoice = useAppStore((s) => s.calendar);
  const setCalendar = useAppStore((s) => s.setCalendar);
  const timeDirection = useAppStore((s) => s.timeDirection);
  const setTimeDirection = useAppStore((s) => s.setTimeDirection);
  const t = useT();
  // Persian readers get the Gregorian row beside the Solar Hijri one until they choose otherwise.
  const [secondCalendarChoice, setSecondCalendar] = useState<boolean | null>(null);
  const showSecondCalendar = secondCalendarChoice ?? uiLang === "fa";
  const calendar: CalendarId = mainCalendar(uiLang, calendarChoice);
  const direction = timeDirection === "auto" ? dirOf(uiLang) : timeDirection;
  const labels = labelsFor(uiLang);

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
    digits,
    calendar,
    direction,
    labels,
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
        axisLabels: (row) => engine.axisLabels(row),
      };
    }
    return () => {
      engine.destroy();
      engineRef.current = null;
      if (TEST_HOOKS) delete window.__rabtTimeline;
    };
  }, []);

  // After every render: `update` compares each value by identity, so unchanged values cost nothing.
  useEffect(() => {
    engineRef.current?.update(params);
  });

  const windowText = timeWindow
    ? formatEventDate({ edtf: "", start: timeWindow.start, end: timeWindow.end, precision: "range" }, uiLang, calendar, digits)
    : "";

  return (
    <div className="rabt-timeline-panel">
      <div className="rabt-timeline-toolbar" role="toolbar" aria-label={t("timeline.toolbar")}>
        <button type="button" onClick={() => engineRef.current?.fit()} title={t("timeline.fitTitle")} aria-label={t("timeline.fitTitle")} data-testid="timeline-fit">
          {t("timeline.fit")}
        </button>
        <button type="button" onClick={() => engineRef.current?.zoomBy(2)} title={t("timeline.zoomInTitle")} aria-label={t("timeline.zoomInTitle")} data-testid="timeline-zoom-in">
          +
        </button>
        <button type="button" onClick={() => engineRef.current?.zoomBy(0.5)} title={t("timeline.zoomOutTitle")} aria-label={t("timeline.zoomOutTitle")} data-testid="timeline-zoom-out">
          −
        </button>
        <label>
          {t("timeline.lanes")}{" "}
          <select value={laneMode} onChange={(e) => setLaneMode(e.target.value as LaneMode)} data-testid="timeline-lanes">
            {LANE_MODES.map(([mode, key]) => (
              <option key={mode} value={mode}>
                {t(key)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("timeline.calendar")}{" "}
          <select value={calendar} onChange={(e) => setCalendar(e.target.value as CalendarId)} data-testid="timeline-calendar">
            {CALENDAR_IDS.map((c) => (
              <option key={c} value={c}>
                {t(`timeline.cal.${c}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <input type="checkbox" checked={showSecondCalendar} onChange={(e) => setSecondCalendar(e.target.checked)} data-testid="timeline-second-calendar" />{" "}
          {t("timeline.secondCalendar")}
        </label>
        <label>
          {t("timeline.direction")}{" "}
          <select value={direction} onChange={(e) => setTimeDirection(e.target.value as "ltr" | "rtl")} data-testid="timeline-direction">
            <option value="rtl">{t("timeline.dir.rtl")}</option>
            <option value="ltr">{t("timeline.dir.ltr")}</option>
          </select>
        </label>
        {timeWindow && (
          <span className="rabt-timeline-window">
            {t("timeline.window")}: <bdi>{windowText}</bdi>{" "}
            <button type="button" onClick={() => setTimeWindow(null)} title={t("timeline.clearWindowTitle")} data-testid="timeline-clear-window">
              {t("timeline.clearWindow")}
            </button>
          </span>
        )}
      </div>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: the canvas timeline takes keys itself (zoom, pan, n/p, Enter, Escape) */}
      <div ref={containerRef} className="rabt-tl" data-testid="timeline" tabIndex={0} role="application" aria-label={labels.root} />
      <ul className="rabt-timeline-legend" aria-label={t("timeline.legend")}>
        {([1, 2, 3, 4] as const).map((q) => (
          <li key={q}>
            <span className="rabt-timeline-swatch" style={{ background: QUAD_COLORS[q], borderColor: QUAD_OUTLINES[q] }} aria-hidden="true" />
            {t(`quad.${q}`)}
          </li>
        ))}
      </ul>
      <p className="visually-hidden" role="status">
        {timeWindow ? `${t("timeline.window")}: ${windowText}` : ""}
      </p>
    </div>
  );
}

const EMPTY: never[] = [];
