import { describe, expect, it } from "vitest";
import { buildTextExport, prepareView } from "./build.ts";
import { describeView, formatWindow } from "./describe.ts";
import { fixtureGraph, NO_FILTERS, testTranslate } from "./fixture.test-util.ts";
import { exportScope } from "./scope.ts";
import { EXPORT_FORMATS, type TextExportFormat } from "./types.ts";

const graph = fixtureGraph();
const Y2024 = { start: "2024-01-01", end: "2024-12-31" };

describe("buildTextExport", () => {
  it("names every text export after the window and gives it its MIME type", () => {
    const input = { graph, timeWindow: Y2024, filters: NO_FILTERS, uiLang: "en" as const, translate: testTranslate("en") };
    const text = EXPORT_FORMATS.filter((f): f is TextExportFormat => !f.endsWith(".png"));
    expect(text.map((f) => [buildTextExport(f, input).name, buildTextExport(f, input).mime.split(";")[0]])).toEqual([
      ["rabt-events_2024-01-01_2024-12-31.csv", "text/csv"],
      ["rabt-events_2024-01-01_2024-12-31.json", "application/json"],
      ["rabt-actors_2024-01-01_2024-12-31.csv", "text/csv"],
      ["rabt-actors_2024-01-01_2024-12-31.json", "application/json"],
      ["rabt-relations_2024-01-01_2024-12-31.csv", "text/csv"],
      ["rabt-relations_2024-01-01_2024-12-31.json", "application/json"],
      ["rabt-graph_2024-01-01_2024-12-31.gexf", "application/gexf+xml"],
      ["rabt-graph_2024-01-01_2024-12-31.graphml", "application/graphml+xml"],
      ["rabt-graph_2024-01-01_2024-12-31.svg", "image/svg+xml"],
      ["rabt-timeline_2024-01-01_2024-12-31.svg", "image/svg+xml"],
    ]);
  });

  it("puts the view's description in the network files", () => {
    const input = { graph, timeWindow: null, filters: { ...NO_FILTERS, quads: [3, 4] as const }, uiLang: "en" as const, translate: testTranslate("en") };
    const gexf = buildTextExport("graph.gexf", { ...input, filters: { ...input.filters, quads: [3, 4] } });
    expect(gexf.name).toBe("rabt-graph_all_filtered.gexf");
    expect(gexf.content).toContain("<description>All dates: 21 Oct 2024");
    expect(gexf.content).toContain(
      "(\u200E2024-10-21 – 2025-12-31\u200E) — Filters: event type Verbal conflict, Material conflict — 3 events · 5 actors · 3 relations</description>",
    );
  });
});

describe("describeView", () => {
  it("says the window, every filter facet and the counts in English", () => {
    const scope = exportScope(graph, Y2024, { kinds: ["person"], quads: [1], modalities: ["reported"], articleIds: ["a2"] });
    expect(describeView(scope, "en", testTranslate("en"), scope.relations.length)).toEqual({
      window: "Time window: 2024 (\u200E2024-01-01 – 2024-12-31\u200E)",
      filters: "Filters: actor kind person · event type Verbal cooperation · status reported · articles (1): a2",
      counts: "1 events · 2 actors · 1 relations",
    });
  });

  it("writes the window in the Persian calendar with the ISO days after it", () => {
    expect(formatWindow({ start: "2024-10-01", end: "2024-12-31" }, "fa")).toBe("۱۰ مهر تا ۱۱ دی ۱۴۰۳ (\u200E2024-10-01 – 2024-12-31\u200E)");
    const view = prepareView({ graph, timeWindow: null, filters: { ...NO_FILTERS, quads: [4] }, uiLang: "ar", translate: testTranslate("ar") });
    expect(view.lines[1]).toBe("المرشحات: نوع الحدث نزاع مادي");
  });
});
