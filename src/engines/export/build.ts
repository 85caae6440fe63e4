/**
 * Every text export of the view, from the app state to a named file: CSV and JSON tables, GEXF
 * and GraphML networks, SVG pictures. Pure (no DOM): the browser side (`browser.ts`) adds the
 * PNG rendering and the download.
 */
import type { MessageKey } from "../../i18n/messages.ts";
import type { Modality } from "../../contract/schema.ts";
import { NODE_KIND_ORDER, type NodeKind } from "../graph/style.ts";
import { describeView } from "./describe.ts";
import { writeGexf } from "./gexf.ts";
import { writeGraphml } from "./graphml.ts";
import { buildNetwork, type Network } from "./network.ts";
import { networkGraph } from "./networkGraph.ts";
import { type ExportScope, exportFileName, exportScope } from "./scope.ts";
import { type GraphPictureText, graphSvg, type Picture } from "./svg/graphSvg.ts";
import { type TimelinePictureText, timelineSvg } from "./svg/timelineSvg.ts";
import { tableCsv, tableJson } from "./tables.ts";
import type { ExportFile, ExportInput, TextExportFormat, Translate } from "./types.ts";

const MIME = {
  csv: "text/csv;charset=utf-8",
  json: "application/json;charset=utf-8",
  gexf: "application/gexf+xml;charset=utf-8",
  graphml: "application/graphml+xml;charset=utf-8",
  svg: "image/svg+xml;charset=utf-8",
  png: "image/png",
} as const;

/** The view's scope, network and the sentences describing it, computed once per export. */
export interface PreparedView {
  readonly scope: ExportScope;
  readonly network: Network;
  /** Window, filters and counts lines. */
  readonly lines: readonly string[];
}

export function prepareView(input: ExportInput): PreparedView {
  const scope = exportScope(input.graph, input.timeWindow, input.filters);
  const network = buildNetwork(input.graph, scope, input.uiLang);
  const d = describeView(scope, input.uiLang, input.translate, scope.relations.length);
  return { scope, network, lines: [d.window, d.filters, d.counts] };
}

/** A text export of the view. */
export function buildTextExport(format: TextExportFormat, input: ExportInput): ExportFile {
  const view = prepareView(input);
  const { scope } = view;
  const [what, ext] = format.split(".") as [string, keyof typeof MIME];
  const name = exportFileName(what, ext, scope.window, scope.filters);
  const file = (content: string): ExportFile => ({ name, mime: MIME[ext], content });
  switch (format) {
    case "events.csv":
      return file(tableCsv(scope, "events"));
    case "actors.csv":
      return file(tableCsv(scope, "actors"));
    case "relations.csv":
      return file(tableCsv(scope, "relations"));
    case "events.json":
      return file(tableJson(scope, "events"));
    case "actors.json":
      return file(tableJson(scope, "actors"));
    case "relations.json":
      return file(tableJson(scope, "relations"));
    case "graph.gexf":
      return file(writeGexf(networkGraph(view.network, { description: view.lines.join(" — ") })));
    case "graph.graphml":
      return file(writeGraphml(networkGraph(view.network, { description: view.lines.join(" — ") })));
    case "graph.svg":
      return file(graphPicture(view, input).svg);
    case "timeline.svg":
      return file(timelinePicture(view, input).svg);
    default: {
      const never: never = format;
      throw new Error(`unknown export ${String(never)}`);
    }
  }
}

/** File name and MIME type of a PNG picture of the view. */
export function pngFileName(what: "graph" | "timeline", input: ExportInput): { name: string; mime: string } {
  return { name: exportFileName(what, "png", input.timeWindow, input.filters), mime: MIME.png };
}

/** The graph picture (SVG text and size). */
export function graphPicture(view: PreparedView, input: ExportInput): Picture {
  return graphSvg(view.network, {
    lang: input.uiLang,
    rtl: isRtl(input.uiLang),
    text: graphText(input.translate, view.lines),
    ...(input.fontCss ? { fontCss: input.fontCss } : {}),
  });
}

/** The timeline picture (SVG text and size). */
export function timelinePicture(view: PreparedView, input: ExportInput): Picture {
  return timelineSvg(view.scope.events, {
    lang: input.uiLang,
    rtl: isRtl(input.uiLang),
    window: view.scope.window,
    text: timelineText(input.translate, view.lines),
    ...(input.fontCss ? { fontCss: input.fontCss } : {}),
  });
}

/** Arabic and Persian interfaces read right to left. */
function isRtl(lang: ExportInput["uiLang"]): boolean {
  return lang !== "en";
}

function graphText(t: Translate, lines: readonly string[]): GraphPictureText {
  const kinds = Object.fromEntries(NODE_KIND_ORDER.map((k) => [k, t(`kind.${k}` as MessageKey)])) as Record<NodeKind, string>;
  return {
    title: t("export.title.graph"),
    lines,
    legendActors: t("export.legend.actors"),
    kinds,
    legendRelations: t("export.legend.relations"),
    conflict: t("export.legend.conflict"),
    neutral: t("export.legend.neutral"),
    cooperation: t("export.legend.cooperation"),
    eventsCount: (count) => t("export.legend.events", { count }),
    affiliation: t("export.legend.affiliation"),
    empty: t("export.empty"),
  };
}

const MODALITIES: readonly Modality[] = ["reported", "planned", "hoped", "denied", "conditional"];

function timelineText(t: Translate, lines: readonly string[]): TimelinePictureText {
  return {
    title: t("export.title.timeline"),
    lines,
    legendQuads: t("export.legend.quads"),
    quads: { 1: t("quad.1"), 2: t("quad.2"), 3: t("quad.3"), 4: t("quad.4") },
    legendStatus: t("export.legend.status"),
    modalities: Object.fromEntries(MODALITIES.map((m) => [m, t(`modality.${m}` as MessageKey)])) as Record<Modality, string>,
    legendDates: t("export.legend.dates"),
    day: t("export.legend.day"),
    span: t("export.legend.span"),
    empty: t("export.empty"),
  };
}
