/** The app's one store, composed of slices. Document (the loaded graph) is kept apart from view state. */
import type { Graph, Quad, ActorKind, Modality } from "../contract/schema.ts";

export type UiLang = "en" | "ar" | "fa";
export type LaneMode = "none" | "actor" | "type";
/** Calendars the timeline axis and dates count in (BCP 47 `-u-ca-` ids); `auto` = Solar Hijri for Persian, Gregorian otherwise. */
export type CalendarChoice = "auto" | "gregory" | "persian" | "islamic-umalqura";
/** Which way time runs on the timeline axis; `auto` = the reading direction of the interface language. */
export type TimeDirection = "auto" | "ltr" | "rtl";

/** A closed interval of ISO dates, inclusive. */
export interface TimeWindow {
  readonly start: string;
  readonly end: string;
}

/** How far the lead sentences (loaded after the index, see src/data/leads.ts) have come. */
export interface LeadsProgress {
  /** Leads chunks in; done with (in, or failed); out of how many. */
  readonly loaded: number;
  readonly settled: number;
  readonly total: number;
  /** What went wrong (a chunk that could not be loaded, or that does not match the index), with where. */
  readonly errors: readonly string[];
}

export interface DocumentSlice {
  /** The validated graph, read-only (but for its lead sentences, filled in as they arrive); `null` until loaded. */
  graph: Graph | null;
  /** Bumped on every load: memoised selectors key on it. */
  graphVersion: number;
  loadError: string[] | null;
  /** The lead sentences of the graph's events: none when it loads, all there are once `settled` reaches `total`. */
  leads: LeadsProgress;
  setGraph: (graph: Graph) => void;
  setLoadError: (errors: string[]) => void;
  setLeads: (progress: LeadsProgress) => void;
}

export interface SelectionSlice {
  selectedActorId: string | null;
  selectedEventId: string | null;
  /** An actor pair `a|b` (sorted) whose relation is selected. */
  selectedPair: string | null;
  hoveredEventId: string | null;
  selectActor: (id: string | null) => void;
  selectEvent: (id: string | null) => void;
  selectPair: (a: string | null, b?: string) => void;
  hoverEvent: (id: string | null) => void;
  clearSelection: () => void;
}

export interface TimeWindowSlice {
  timeWindow: TimeWindow | null;
  setTimeWindow: (w: TimeWindow | null) => void;
}

export interface Filters {
  readonly kinds: readonly ActorKind[];
  readonly quads: readonly Quad[];
  readonly modalities: readonly Modality[];
  readonly articleIds: readonly string[];
}

export interface FiltersSlice {
  /** Empty list = no filter on that facet. */
  filters: Filters;
  setFilters: (patch: Partial<Filters>) => void;
  resetFilters: () => void;
}

export interface ViewSlice {
  uiLang: UiLang;
  /** Arabic-Indic/Persian digits (`native`) or Latin digits in Arabic and Persian. */
  digits: "native" | "latn";
  laneMode: LaneMode;
  calendar: CalendarChoice;
  timeDirection: TimeDirection;
  setDigits: (digits: "native" | "latn") => void;
  setUiLang: (lang: UiLang) => void;
  setLaneMode: (mode: LaneMode) => void;
  setCalendar: (calendar: CalendarChoice) => void;
  setTimeDirection: (direction: TimeDirection) => void;
}

export type AppState = DocumentSlice & SelectionSlice & TimeWindowSlice & FiltersSlice & ViewSlice;
