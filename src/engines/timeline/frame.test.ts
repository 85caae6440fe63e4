import { describe, expect, it } from "vitest";
import { ev } from "./fixtures.test-util.ts";
import { badgeText, computeFrame, createFrameBuffers, frameHitRects, markBox, xOf } from "./frame.ts";
import { assignLanes } from "./lanes.ts";
import { buildModel } from "./model.ts";
import { quadHistogram, histogramMax } from "./overview.ts";

const model = buildModel([
  ev("year", "2024-01-01", { end: "2024-12-31", precision: "year", edtf: "2024" }),
  ev("oct", "2024-10-19", { quad: 2 }),
  ev("dec", "2024-12-02", { quad: 3 }),
  ev("next", "2025-02-01", { quad: 4 }),
]);
const lanes = assignLanes(model, "none", { actors: new Map(), selectedActorId: null, lang: "en", maxLanes: 4, otherLabel: "o", allLabel: "all", cameoFamilies: {} });
const options = {
  t0: Date.UTC(2024, 9, 1),
  t1: Date.UTC(2024, 11, 31),
  width: 910,
  top: 4,
  height: 100,
  minMarkPx: 6,
  binPx: 32,
  gapPx: 2,
  minRowPx: 5,
  maxRowPx: 14,
  allowClusters: true,
};

describe("computeFrame", () => {
  const frame = computeFrame(model, lanes, options);
  const lane = frame.lanes[0]!;

  it("culls to the visible domain, keeping a year-long span that began before it", () => {
    expect([...lane.items].map((i) => model.events[i]!.id)).toEqual(["year", "oct", "dec"]);
    expect(frame.marks).toBe(3);
    expect(frame.badges).toBe(0);
  });

  it("maps time to pixels at 10 px a day, points at least 6 px wide", () => {
    expect(frame.k * 86_400_000).toBeCloseTo(10, 10);
    expect(xOf(frame, Date.UTC(2024, 9, 19))).toBeCloseTo(180, 6);
    expect(lane.x0[1]).toBeCloseTo(180, 6);
    expect(lane.x1[1]).toBeCloseTo(190, 6);
    expect([...lane.layout.row]).toEqual([0, 1, 1]);
  });

  it("draws spans as thinner bars centred in their row", () => {
    // Lane top 4 + padding 3 = 7; rows 14 px; a 13 px mark, a span 8 px of it, 2 px down.
    expect(markBox(lane, 0, true)).toEqual({ y0: 9, y1: 17 });
    expect(markBox(lane, 1, false)).toEqual({ y0: 21, y1: 34 });
  });

  it("gives every drawn mark a hit rectangle", () => {
    expect(frameHitRects(frame, model, 32, String).map((r) => [r.kind, r.ref])).toEqual([
      ["mark", 0],
      ["mark", 1],
      ["mark", 2],
    ]);
  });

  it("gives the same frame from reused buffers", () => {
    const buffers = createFrameBuffers();
    computeFrame(model, lanes, { ...options, t0: Date.UTC(2020, 0, 1), t1: Date.UTC(2030, 0, 1) }, buffers);
    const again = computeFrame(model, lanes, options, buffers);
    expect([...again.lanes[0]!.items]).toEqual([...lane.items]);
    expect([...again.lanes[0]!.layout.row]).toEqual([0, 1, 1]);
  });

  it("writes cluster and overflow badge labels", () => {
    expect(badgeText({ kind: "cluster", count: 1234 }, (n) => `${n}`)).toBe("1234");
    expect(badgeText({ kind: "more", count: 3 }, (n) => `${n}`)).toBe("+3");
  });
});

describe("quadHistogram", () => {
  it("counts events per column by quad, clamping the edges", () => {
    const h = quadHistogram(model.start, model.quad, [Date.UTC(2024, 0, 1), Date.UTC(2025, 0, 1)], 2);
    // Column 0 (Jan–Jul): the year span. Column 1 (Jul–Dec): oct, dec, and next clamped in.
    expect([...h]).toEqual([1, 0, 0, 0, 0, 1, 1, 1]);
    expect(histogramMax(h)).toBe(3);
  });
});
