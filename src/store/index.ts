import { create } from "zustand";
import { createDocumentSlice, createFiltersSlice, createSelectionSlice, createTimeWindowSlice, createViewSlice } from "./slices.ts";
import type { AppState } from "./types.ts";

/** Creates a fresh store (tests make their own; the app uses `useAppStore`). */
export const createAppStore = () =>
  create<AppState>()((...a) => ({
    ...createDocumentSlice(...a),
    ...createSelectionSlice(...a),
    ...createTimeWindowSlice(...a),
    ...createFiltersSlice(...a),
    ...createViewSlice(...a),
  }));

export const useAppStore = createAppStore();
export type { AppState } from "./types.ts";
