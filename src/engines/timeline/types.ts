/** Public types of the timeline engine. */
import type { Actor, Article, Modality, RabtEvent } from "../../contract/schema.ts";
import { en as coreEn } from "../../i18n/areas/core.ts";
import { en } from "../../i18n/areas/timeline.ts";
import type { LaneMode, TimeWindow, UiLang } from "../../store/types.ts";
import type { CalendarId } from "./calendar.ts";
import { cameoFamiliesFrom } from "./cameoRoots.ts";
import type { Digits } from "./format.ts";
import type { TimeDirection } from "./scale.ts";

/** Interface text the engine draws or announces itself, in the UI language (the app passes its catalogue's). */
export interface TimelineLabels {
  readonly root: string;
  readonly allEvents: string;
  readonly otherActors: string;
  /** A cluster's size: `{count}` is replaced by the formatted number. */
  readonly clusterEvents: string;
  readonly clusterHint: string;
  readonly noEvents: string;
  /** CAMEO root family names keyed by root (`"04"`). */
  readonly cameoFamilies: Readonly<Record<string, string>>;
  readonly modalities: Readonly<Record<Modality, string>>;
}

/** English labels, straight from the message catalogue. */
export const DEFAULT_LABELS: TimelineLabels = {
  root: en["timeline.root"],
  allEvents: en["timeline.allEvents"],
  otherActors: en["timeline.otherActors"],
  clusterEvents: en["timeline.clusterEvents"],
  clusterHint: en["timeline.clusterHint"],
  noEvents: en["timeline.noEvents"],
  cameoFamilies: cameoFamiliesFrom(en),
  modalities: {
    reported: coreEn["modality.reported"],
    planned: coreEn["modality.planned"],
    hoped: coreEn["modality.hoped"],
    denied: coreEn["modality.denied"],
    conditional: coreEn["modality.conditional"],
  },
};

export interface TimelineParams {
  /** The events to show (already filtered; the time window does not cut them). */
  readonly events: readonly RabtEvent[];
  readonly actors: readonly Actor[];
  /** Articles: publication days are marked on the axis, their language tags quoted date text. */
  readonly articles: readonly Pick<Article, "id" | "published" | "lang">[];
  readonly laneMode: LaneMode;
  readonly uiLang: UiLang;
  /** Digits of numbers and dates: Arabic-Indic / Persian (`native`) or Latin. Default `native`. */
  readonly digits?: Digits;
  /** The calendar of the main axis row and of dates. Default: Solar Hijri for Persian, Gregorian otherwise. */
  readonly calendar?: CalendarId;
  /** Which way time runs: `rtl` puts later dates on the left. Default `ltr`. */
  readonly direction?: TimeDirection;
  readonly selectedActorId: string | null;
  readonly selectedEventId: string | null;
  readonly hoveredEventId: string | null;
  readonly timeWindow: TimeWindow | null;
  /** Show a second axis row in another calendar (Gregorian beside a Hijri row; Umm al-Qura for ar, Solar Hijri for en beside a Gregorian one). */
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
  /** Pans by a share of the width (positive = later, whichever way time runs). */
  panBy(fraction: number): void;
  /** Visible domain as ISO days, or null without data. */
  visibleRange(): { start: string; end: string } | null;
  /** Client (viewport) coordinates of an event's drawn mark centre, or null when it is not drawn as a mark. */
  screenPointOf(id: string): ScreenPoint | null;
  /** Ids of the events drawn as marks in the current frame, in time order. */
  drawnEventIds(): string[];
  /** The axis labels of the current frame, in screen order from left to right: the main row, or the second row (empty when hidden). */
  axisLabels(row?: "main" | "second"): string[];
  /** Client coordinates of the current frame's badge centres with their counts. */
  badgePoints(): (ScreenPoint & { count: number })[];
}
