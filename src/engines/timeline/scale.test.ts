import { describe, expect, it } from "vitest";
import { dataExtent, logicalX, panDx, screenSpan, screenXOf, timeAtScreenX, transformFor, visibleDomain, zoomScaleExtent } from "./scale.ts";
import { DAY_MS } from "./time.ts";

describe("scale", () => {
  it("opens a single-day data set on a month: fifteen days of margin each side", () => {
    const d = Date.UTC(2024, 11, 2);
    expect(dataExtent([[d, d + DAY_MS]])).toEqual([d - 15 * DAY_MS, d + 16 * DAY_MS]);
  });

  it("adds 4 % of the span on each side of thirty years", () => {
    const a = Date.UTC(1996, 0, 1);
    const b = Date.UTC(2026, 0, 1);
    const m = (b - a) * 0.04;
    expect(dataExtent([[a, a + DAY_MS], [b - DAY_MS, b]])).toEqual([a - m, b + m]);
  });

  it("has no extent without events", () => {
    expect(dataExtent([])).toBeNull();
  });

  it("zooms from the whole extent down to three days", () => {
    expect(zoomScaleExtent([0, 300 * DAY_MS])).toEqual([1, 100]);
    expect(zoomScaleExtent([0, 2 * DAY_MS])).toEqual([1, 1]);
  });

  it("derives the visible domain from a zoom transform", () => {
    expect(visibleDomain([0, 1000], 100, 1, 0)).toEqual([0, 1000]);
    // k = 2 translated by half the width: the middle half of the extent.
    expect(visibleDomain([0, 1000], 100, 2, -50)).toEqual([250, 750]);
  });
});

describe("right-to-left time", () => {
  const extent = [0, 1000] as const;

  it("puts the latest date on the left edge and the earliest on the right", () => {
    expect(visibleDomain(extent, 100, 1, 0, "rtl")).toEqual([0, 1000]);
    expect(screenXOf(1000, [0, 1000], 100, "rtl")).toBe(0);
    expect(screenXOf(0, [0, 1000], 100, "rtl")).toBe(100);
    expect(screenXOf(250, [0, 1000], 100, "ltr")).toBe(25);
    expect(screenXOf(250, [0, 1000], 100, "rtl")).toBe(75);
  });

  it("shows the same middle half under k = 2 whichever way time runs, from the mirrored translation", () => {
    expect(visibleDomain(extent, 100, 2, -50, "rtl")).toEqual([250, 750]);
    // translated to show the left quarter of the screen-space base: the latest quarter of time
    expect(visibleDomain(extent, 100, 4, 0, "rtl")).toEqual([750, 1000]);
    expect(visibleDomain(extent, 100, 4, 0, "ltr")).toEqual([0, 250]);
  });

  it("inverts visibleDomain with transformFor in both directions", () => {
    for (const dir of ["ltr", "rtl"] as const) {
      const t = transformFor(extent, 100, 600, 800, dir, 1);
      expect(t.k).toBe(5);
      expect(visibleDomain(extent, 100, t.k, t.x, dir)).toEqual([600, 800]);
    }
    expect(transformFor(extent, 100, 600, 800, "ltr", 1).x).toBe(-300);
    expect(transformFor(extent, 100, 600, 800, "rtl", 1).x).toBe(-100);
  });

  it("maps a pointer back to its time and to logical x", () => {
    expect(timeAtScreenX(10, [2000, 3000], 100, "rtl")).toBe(2900);
    expect(timeAtScreenX(10, [2000, 3000], 100, "ltr")).toBe(2100);
    expect(logicalX(10, 100, "rtl")).toBe(90);
    expect(logicalX(logicalX(37, 100, "rtl"), 100, "rtl")).toBe(37);
    expect(screenSpan(10, 30, 100, "rtl")).toEqual([70, 90]);
    expect(screenSpan(10, 30, 100, "ltr")).toEqual([10, 30]);
  });

  it("pans towards later dates to the left when time runs right to left", () => {
    expect(panDx(0.2, 100, 2, "ltr")).toBe(-10);
    expect(panDx(0.2, 100, 2, "rtl")).toBe(10);
  });
});
