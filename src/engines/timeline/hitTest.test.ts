import { describe, expect, it } from "vitest";
import { createHitIndex, type HitRect } from "./hitTest.ts";

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
