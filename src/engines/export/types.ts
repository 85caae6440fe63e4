/** Public types of the export engine: what can be exported, from what, and what comes out. */
import type { Graph } from "../../contract/schema.ts";
import type { MessageKey } from "../../i18n/messages.ts";
import type { Filters, TimeWindow, UiLang } from "../../store/types.ts";

/** Every export the menu offers: `<what>.<format>`. */
export type ExportFormat =
  | "events.csv"
  | "events.json"
  | "actors.csv"
  | "actors.json"
  | "relations.csv"
  | "relations.json"
  | "graph.gexf"
  | "graph.graphml"
  | "graph.svg"
  | "graph.png"
  | "timeline.svg"
  | "timeline.png";

export const EXPORT_FORMATS: readonly ExportFormat[] = [
  "events.csv",
  "events.json",
  "actors.csv",
  "actors.json",
  "relations.csv",
  "relations.json",
  "graph.gexf",
  "graph.graphml",
  "graph.svg",
  "graph.png",
  "timeline.svg",
  "timeline.png",
];

/** The exports that are text (everything but the PNG pictures). */
export type TextExportFormat = Exclude<ExportFormat, "graph.png" | "timeline.png">;

/** Interface text lookup (the app passes its `t()`); numbers in `vars` are formatted by it. */
export type Translate = (key: MessageKey, vars?: Readonly<Record<string, string | number>>) => string;

/** What is on screen: the loaded graph, the time window, the filters and the interface language. */
export interface ExportInput {
  readonly graph: Graph;
  readonly timeWindow: TimeWindow | null;
  readonly filters: Filters;
  readonly uiLang: UiLang;
  readonly translate: Translate;
  /** `@font-face` rules embedded in SVG pictures (self-contained files, and PNGs drawn with Vazirmatn). */
  readonly fontCss?: string;
}

/** A finished text export. */
export interface ExportFile {
  /** File name saying what was exported and for which window, e.g. `rabt-events_2024-01-01_2024-12-31.csv`. */
  readonly name: string;
  readonly mime: string;
  readonly content: string;
}
