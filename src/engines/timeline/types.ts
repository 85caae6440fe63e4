/** Public types of the timeline engine. */
import type { Actor, Article, RabtEvent } from "../../contract/schema.ts";
import type { LaneMode, TimeWindow, UiLang } from "../../store/types.ts";

/** Interface text the engine draws or announces itself (English defaults; the app may pass a catalogue's). */
export interface TimelineLabels {
  readonly root: string;
  readonly allEvents: string;
  readonly otherActors: string;
  readonly events: string;
  readonly clusterHint: string;
  readonly noEvents: string;
}

export const DEFAULT_LABELS: TimelineLabels = {
  root: "Timeline of events. Plus and minus zoom, arrows pan, Home fits all, N and P move between events, Enter selects, Escape clears the window.",
  allEvents: "All events",
  otherActors: "Other actors",
  events: "events",
  clusterHint: "click to zoom in",
  noEvents: "No events",
};

export interface TimelineParams {
  /** The events to show (already filtered; the time window does not cut them). */
  readonly events: readonly RabtEvent[];
  readonly actors: readonly Actor[];
  /** Articles: publication days are marked on the axis, their language tags quoted date text. */
  readonly articles: readonly Pick<Article, "id" | "published" | "lang">[];
  readonly laneMode: LaneMode;
  readonly uiLang: UiLang;
  readonly selectedActorId: string | null;
  readonly selectedEventId: string | null;
  readonly hoveredEventId: string | null;
  readonly timeWindow: TimeWindow | null;
  /** Show a second axis row in the other calendar (Solar Hijri for en/ar, Gregorian for fa). */
  readonly showSecondCalendar: boolean;
  readonly labels: TimelineLabels;
  readonly onSelectEvent: (id: string | null) => void;
  readonly onHoverEvent: (id: string | null) => void;
  readonly onWindowChange: (w: TimeWindow | null) => void;
  /** Called after every drawn frame (benchmarks and tests). */
  readonly onFrame?: (stats: FrameStats) => void;
}

export interface FrameStats {
  readonly drawMs: number;
  readonly marks: number;
  readonly badges: number;
  /** Visible domain, ISO days. */
  readonly start: string;
  readonly end: string;
}

export interface ScreenPoint {
  readonly x: number;
  readonly y: number;
}

export interface TimelineInstance {
  /** Applies changed params; a no-op for values identical to the current ones. */
  update(patch: Partial<TimelineParams>): void;
  destroy(): void;
  /** Shows the whole data range. */
  fit(): void;
  /** Zooms by `factor` (>1 in) around the centre of the view. */
  zoomBy(factor: number): void;
  /** Pans by a share of the width (positive = later). */
  panBy(fraction: number): void;
  /** Visible domain as ISO days, or null without data. */
  visibleRange(): { start: string; end: string } | null;
  /** Client (viewport) coordinates of an event's drawn mark centre, or null when it is not drawn as a mark. */
  screenPointOf(id: string): ScreenPoint | null;
  /** Ids of the events drawn as marks in the current frame, in time order. */
  drawnEventIds(): string[];
  /** Client coordinates of the current frame's badge centres with their counts. */
  badgePoints(): (ScreenPoint & { count: number })[];
}
