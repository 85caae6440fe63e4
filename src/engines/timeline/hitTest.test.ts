import { describe, expect, it } from "vitest";
import { createHitIndex, type HitRect } from "./hitTest.ts";
import { logicalX, screenSpan, screenXOf, timeAtScreenX } from "./scale.ts";

const mark = (x0: number, x1: number, y0: number, ref: number): HitRect => ({ x0, x1, y0, y1: y0 + 10, kind: "mark", ref });

describe("createHitIndex", () => {
  const rects: HitRect[] = [
    mark(0, 500, 0, 1), // a year-long bar starting far to the left
    mark(200, 206, 12, 2),
    mark(204, 210, 12, 3), // overlaps 2 and is drawn later
    { x0: 300, x1: 330, y0: 0, y1: 40, kind: "badge", ref: 7 },
    mark(310, 316, 20, 4),
  ];
  const index = createHitIndex(rects);

  it("finds a long bar far from its start", () => {
    expect(index.hit(450, 5)?.ref).toBe(1);
  });

  it("prefers the mark drawn last where two overlap", () => {
    expect(index.hit(205, 15)?.ref).toBe(3);
    expect(index.hit(201, 15)?.ref).toBe(2);
  });

  it("prefers a mark over a badge under it", () => {
    expect(index.hit(312, 25)?.ref).toBe(4);
    expect(index.hit(325, 35)).toEqual({ x0: 300, x1: 330, y0: 0, y1: 40, kind: "badge", ref: 7 });
  });

  it("misses empty space, and catches a near miss within the slop", () => {
    expect(index.hit(600, 5)).toBeNull();
    expect(index.hit(208, 24)).toBeNull();
    expect(index.hit(208, 24, 2)?.ref).toBe(3);
    expect(index.size).toBe(5);
  });
});

describe("hit-testing when time runs right to left", () => {
  // Two day marks 6 px wide, on 12 Jan and 18 Jan, in a 20-day view 100 px wide: logical x 55 and 85.
  const day = 86_400_000;
  const domain: [number, number] = [Date.UTC(2024, 0, 1), Date.UTC(2024, 0, 21)];
  const starts = [Date.UTC(2024, 0, 12), Date.UTC(2024, 0, 18)];
  const index = createHitIndex(starts.map((t, i) => {
    const x = screenXOf(t, domain, 100, "ltr");
    return mark(x, x + 6, 0, i);
  }));
  const hitScreen = (px: number, dir: "ltr" | "rtl") => index.hit(logicalX(px, 100, dir), 5)?.ref ?? null;

  it("finds the later event near the left edge and the earlier one to its right", () => {
    const [l0, r0] = screenSpan(85, 91, 100, "rtl");
    expect([l0, r0]).toEqual([9, 15]);
    expect(hitScreen(12, "rtl")).toBe(1);
    expect(hitScreen(42, "rtl")).toBe(0);
    expect(hitScreen(12, "ltr")).toBeNull();
    expect(hitScreen(88, "ltr")).toBe(1);
  });

  it("agrees with the time under the pointer", () => {
    expect(timeAtScreenX(15, domain, 100, "rtl")).toBe(starts[1]!);
    expect(Math.round((timeAtScreenX(45, domain, 100, "rtl") - domain[0]) / day)).toBe(11);
  });
});
