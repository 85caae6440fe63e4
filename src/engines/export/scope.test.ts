import { describe, expect, it } from "vitest";
import { exportFileName, exportScope, hasFilters } from "./scope.ts";
import { fixtureGraph, NO_FILTERS } from "./fixture.test-util.ts";

const graph = fixtureGraph();
const Y2024 = { start: "2024-01-01", end: "2024-12-31" };

describe("exportScope", () => {
  it("keeps every event, participant and the build's relations without window or filter", () => {
    const s = exportScope(graph, null, NO_FILTERS);
    expect(s.events.map((e) => e.id)).toEqual(["e1", "e2", "e3", "e4", "e5", "e6", "e7"]);
    // The outlet takes part in nothing: it is not exported as an actor.
    expect(s.actors.map((a) => a.id)).toEqual(["IRN", "TUR", "SAU", "QAT", "RUS", "abbas-araghchi", "hakan-fidan", "gulf-cooperation-council", "houthis", "doha"]);
    expect(s.relations).toEqual(graph.relations);
    expect(s.extent).toEqual({ start: "2023-03-10", end: "2025-12-31" });
  });

  it("keeps the events overlapping the window, including a month that starts on its first day", () => {
    const s = exportScope(graph, Y2024, NO_FILTERS);
    expect(s.events.map((e) => e.id)).toEqual(["e2", "e3", "e4", "e5"]);
    expect(s.actors.map((a) => a.id)).toEqual(["IRN", "TUR", "SAU", "RUS", "abbas-araghchi", "hakan-fidan", "houthis"]);
    expect(s.relations.map((r) => `${r.sourceId}|${r.targetId}:${r.events}`)).toEqual([
      "IRN|TUR:1",
      "RUS|TUR:1",
      "SAU|houthis:1",
      "abbas-araghchi|hakan-fidan:1",
    ]);
    expect(s.window).toEqual(Y2024);
  });

  it("recomputes relations from the visible events only (Iran–Saudi disappears outside 2023)", () => {
    const full = exportScope(graph, null, NO_FILTERS).relations.find((r) => r.sourceId === "IRN" && r.targetId === "SAU");
    expect(full?.events).toBe(1);
    expect(exportScope(graph, Y2024, NO_FILTERS).relations.some((r) => r.targetId === "SAU")).toBe(false);
  });

  it("applies the quad filter on top of the window", () => {
    const s = exportScope(graph, Y2024, { ...NO_FILTERS, quads: [3, 4] });
    expect(s.events.map((e) => e.id)).toEqual(["e4", "e5"]);
    expect(s.extent).toEqual({ start: "2024-10-21", end: "2024-12-02" });
  });

  it("has no extent when nothing is visible", () => {
    const s = exportScope(graph, { start: "2019-01-01", end: "2019-12-31" }, NO_FILTERS);
    expect(s.events).toEqual([]);
    expect(s.actors).toEqual([]);
    expect(s.relations).toEqual([]);
    expect(s.extent).toBeNull();
  });
});

describe("exportFileName", () => {
  it("names the window's days", () => {
    expect(exportFileName("events", "csv", Y2024, NO_FILTERS)).toBe("rabt-events_2024-01-01_2024-12-31.csv");
  });
  it("says all without a window and filtered with a filter", () => {
    expect(exportFileName("graph", "gexf", null, NO_FILTERS)).toBe("rabt-graph_all.gexf");
    expect(exportFileName("timeline", "png", null, { ...NO_FILTERS, kinds: ["person"] })).toBe("rabt-timeline_all_filtered.png");
    expect(hasFilters({ ...NO_FILTERS, articleIds: ["a1"] })).toBe(true);
    expect(hasFilters(NO_FILTERS)).toBe(false);
  });
});
