/**
 * Shareable state in the URL hash: selection, time window, filters, language and lanes
 * (`#actor=IRN&from=2024-01-01&to=2024-12-31&quad=1,3&lang=ar`). Zoom levels and hovers are view
 * state and stay out. Selections push a history entry, so the back button walks them back.
 * The interface language is also remembered between visits (`localStorage`); a first visit
 * follows the browser's language when it is Arabic or Persian.
 */
import type { ActorKind, Modality, Quad } from "../contract/schema.ts";
import { EMPTY_FILTERS } from "./slices.ts";
import type { AppState, CalendarChoice, Filters, LaneMode, TimeDirection, TimeWindow, UiLang } from "./types.ts";

export interface UrlState {
  readonly actor: string | null;
  readonly event: string | null;
  readonly pair: string | null;
  readonly window: TimeWindow | null;
  readonly filters: Filters;
  readonly lang: UiLang | null;
  readonly lanes: LaneMode | null;
  readonly calendar: CalendarChoice | null;
  readonly timeDirection: TimeDirection | null;
  /** `latn`: Latin digits in Arabic and Persian (the reader's choice); absent: the language's own. */
  readonly digits: "latn" | null;
}

const CALENDARS: readonly CalendarChoice[] = ["auto", "gregory", "persian", "islamic-umalqura"];
const DIRECTIONS: readonly TimeDirection[] = ["auto", "ltr", "rtl"];
const oneOf = <T extends string>(v: string | null, allowed: readonly T[]): T | null => (v !== null && (allowed as readonly string[]).includes(v) ? (v as T) : null);

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const list = (v: string | null) => (v ? v.split(",").filter(Boolean) : []);

/** Reads the state from a hash (with or without the leading `#`); unknown values are ignored. */
export function parseHash(hash: string): UrlState {
  const p = new URLSearchParams(hash.replace(/^#/, ""));
  const from = p.get("from");
  const to = p.get("to");
  const lang = p.get("lang");
  const lanes = p.get("lanes");
  const calendar = oneOf(p.get("cal"), CALENDARS);
  const timeDirection = oneOf(p.get("time"), DIRECTIONS);
  return {
    actor: p.get("actor"),
    event: p.get("event"),
    pair: p.get("pair"),
    window: from && to && ISO.test(from) && ISO.test(to) && from <= to ? { start: from, end: to } : null,
    filters: {
      kinds: list(p.get("kind")) as ActorKind[],
      quads: list(p.get("quad"))
        .map(Number)
        .filter((q): q is Quad => q === 1 || q === 2 || q === 3 || q === 4),
      modalities: list(p.get("modality")) as Modality[],
      articleIds: list(p.get("article")),
    },
    lang: lang === "en" || lang === "ar" || lang === "fa" ? lang : null,
    lanes: lanes === "none" || lanes === "actor" || lanes === "type" ? lanes : null,
    calendar: calendar === "auto" ? null : calendar,
    timeDirection: timeDirection === "auto" ? null : timeDirection,
    digits: p.get("num") === "latn" ? "latn" : null,
  };
}

/** Writes the shareable part of the store as a hash (stable key order; empty values left out). */
export function toHash(s: Pick<AppState, "selectedActorId" | "selectedEventId" | "selectedPair" | "timeWindow" | "filters" | "uiLang" | "laneMode"> & Partial<Pick<AppState, "calendar" | "timeDirection" | "digits">>): string {
  const p = new URLSearchParams();
  if (s.selectedActorId) p.set("actor", s.selectedActorId);
  if (s.selectedEventId) p.set("event", s.selectedEventId);
  if (s.selectedPair) p.set("pair", s.selectedPair);
  if (s.timeWindow) {
    p.set("from", s.timeWindow.start);
    p.set("to", s.timeWindow.end);
  }
  if (s.filters.kinds.length) p.set("kind", s.filters.kinds.join(","));
  if (s.filters.quads.length) p.set("quad", s.filters.quads.join(","));
  if (s.filters.modalities.length) p.set("modality", s.filters.modalities.join(","));
  if (s.filters.articleIds.length) p.set("article", s.filters.articleIds.join(","));
  if (s.uiLang !== "en") p.set("lang", s.uiLang);
  if (s.laneMode !== "none") p.set("lanes", s.laneMode);
  if (s.calendar && s.calendar !== "auto") p.set("cal", s.calendar);
  if (s.timeDirection && s.timeDirection !== "auto") p.set("time", s.timeDirection);
  if (s.digits === "latn") p.set("num", "latn");
  const out = p.toString().replace(/%7C/g, "|").replace(/%2C/g, ",");
  return out ? `#${out}` : "";
}

/** The store patch that applies a URL state. */
export function patchFromUrl(u: UrlState): Partial<AppState> {
  return {
    selectedActorId: u.actor,
    selectedEventId: u.event,
    selectedPair: u.pair,
    timeWindow: u.window,
    filters: u.filters ?? EMPTY_FILTERS,
    ...(u.lang ? { uiLang: u.lang } : {}),
    ...(u.lanes ? { laneMode: u.lanes } : {}),
    calendar: u.calendar ?? "auto",
    timeDirection: u.timeDirection ?? "auto",
    digits: u.digits ?? "native",
  };
}

/** Key under which the interface language is remembered between visits. */
export const LANG_STORAGE_KEY = "rabt.lang";

const asLang = (v: string | null | undefined): UiLang | null => (v === "en" || v === "ar" || v === "fa" ? v : null);

/**
 * The interface language of a visit: the URL's, else the one remembered from the last visit,
 * else the browser's when it is Arabic or Persian (`ar-EG`, `fa-IR`…), else English.
 */
export function initialLanguage(hashLang: UiLang | null, stored: string | null, browserLanguages: readonly string[]): UiLang {
  if (hashLang) return hashLang;
  const remembered = asLang(stored);
  if (remembered) return remembered;
  for (const l of browserLanguages) {
    const base = asLang(l.toLowerCase().split("-")[0]);
    if (base === "ar" || base === "fa") return base;
    if (base === "en") return "en";
  }
  return "en";
}

export function readStoredLang(win: Window): string | null {
  try {
    return win.localStorage?.getItem(LANG_STORAGE_KEY) ?? null;
  } catch {
    return null; // storage disabled (privacy mode, sandboxed frame)
  }
}

function storeLang(win: Window, lang: UiLang): void {
  try {
    win.localStorage?.setItem(LANG_STORAGE_KEY, lang);
  } catch {
    // storage disabled: the URL still carries the language
  }
}

interface StoreLike {
  getState(): AppState;
  setState(patch: Partial<AppState>): void;
  subscribe(fn: (s: AppState, prev: AppState) => void): () => void;
}

/**
 * Keeps the store and `location.hash` in step: applies the hash at start and on back/forward,
 * writes it on every change (a new history entry when the selection changes).
 */
export function syncUrlWithStore(store: StoreLike, win: Window = window): () => void {
  let applying = false;
  const apply = () => {
    applying = true;
    store.setState(patchFromUrl(parseHash(win.location.hash)));
    applying = false;
  };
  // The first visit's language: the hash's, else remembered, else the browser's.
  const first = parseHash(win.location.hash);
  applying = true;
  store.setState({
    ...patchFromUrl(first),
    uiLang: initialLanguage(first.lang, readStoredLang(win), win.navigator?.languages?.length ? win.navigator.languages : [win.navigator?.language ?? ""]),
  });
  applying = false;
  const startHash = toHash(store.getState());
  if (startHash !== win.location.hash && !(startHash === "" && win.location.hash === "")) {
    win.history.replaceState(null, "", `${win.location.pathname}${win.location.search}${startHash}`);
  }
  if (first.lang) storeLang(win, first.lang);
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.uiLang !== prev.uiLang) storeLang(win, s.uiLang);
    if (applying) return;
    const hash = toHash(s);
    if (hash === toHash(prev) || hash === win.location.hash || (hash === "" && win.location.hash === "")) return;
    const url = `${win.location.pathname}${win.location.search}${hash}`;
    const selectionChanged = s.selectedActorId !== prev.selectedActorId || s.selectedEventId !== prev.selectedEventId || s.selectedPair !== prev.selectedPair;
    if (selectionChanged) win.history.pushState(null, "", url);
    else win.history.replaceState(null, "", url);
  });
  win.addEventListener("popstate", apply);
  return () => {
    unsubscribe();
    win.removeEventListener("popstate", apply);
  };
}
