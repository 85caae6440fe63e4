import { describe, expect, it } from "vitest";
import { dataExtent, visibleDomain, zoomScaleExtent } from "./scale.ts";
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
