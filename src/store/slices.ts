import type { StateCreator } from "zustand";
import type { AppState, DocumentSlice, Filters, FiltersSlice, SelectionSlice, TimeWindowSlice, ViewSlice } from "./types.ts";

export const EMPTY_FILTERS: Filters = { kinds: [], quads: [], modalities: [], articleIds: [] };

export const createDocumentSlice: StateCreator<AppState, [], [], DocumentSlice> = (set) => ({
  graph: null,
  graphVersion: 0,
  loadError: null,
  leads: { loaded: 0, settled: 0, total: 0, errors: [] },
  setGraph: (graph) =>
    set((s) => ({ graph, graphVersion: s.graphVersion + 1, loadError: null, leads: { loaded: 0, settled: 0, total: graph.chunks.events.length, errors: [] } })),
  setLoadError: (errors) => set({ loadError: errors }),
  setLeads: (leads) => set({ leads }),
});

export const createSelectionSlice: StateCreator<AppState, [], [], SelectionSlice> = (set, get) => ({
  selectedActorId: null,
  selectedEventId: null,
  selectedPair: null,
  hoveredEventId: null,
  // Each setter is a no-op when nothing changes, so store → engine → store loops settle.
  selectActor: (id) => {
    if (get().selectedActorId !== id) set({ selectedActorId: id, selectedPair: null });
  },
  selectEvent: (id) => {
    if (get().selectedEventId !== id) set({ selectedEventId: id });
  },
  selectPair: (a, b) => {
    const pair = a && b ? [a, b].sort().join("|") : null;
    if (get().selectedPair !== pair) set({ selectedPair: pair });
  },
  hoverEvent: (id) => {
    if (get().hoveredEventId !== id) set({ hoveredEventId: id });
  },
  clearSelection: () => set({ selectedActorId: null, selectedEventId: null, selectedPair: null }),
});

export const createTimeWindowSlice: StateCreator<AppState, [], [], TimeWindowSlice> = (set, get) => ({
  timeWindow: null,
  setTimeWindow: (w) => {
    const cur = get().timeWindow;
    if (cur === w || (cur && w && cur.start === w.start && cur.end === w.end)) return;
    set({ timeWindow: w });
  },
});

export const createFiltersSlice: StateCreator<AppState, [], [], FiltersSlice> = (set) => ({
  filters: EMPTY_FILTERS,
  setFilters: (patch) => set((s) => ({ filters: { ...s.filters, ...patch } })),
  resetFilters: () => set({ filters: EMPTY_FILTERS }),
});

export const createViewSlice: StateCreator<AppState, [], [], ViewSlice> = (set) => ({
  uiLang: "en",
  digits: "native",
  laneMode: "none",
  calendar: "auto",
  timeDirection: "auto",
  setDigits: (digits) => set({ digits }),
  setUiLang: (uiLang) => set({ uiLang }),
  setLaneMode: (laneMode) => set({ laneMode }),
  setCalendar: (calendar) => set({ calendar }),
  setTimeDirection: (timeDirection) => set({ timeDirection }),
});
