import { describe, expect, it } from "vitest";
import { badgeMembers, layoutLane } from "./layout.ts";

const opts = { height: 40, binPx: 32, gapPx: 2, minRowPx: 5, maxRowPx: 14, allowClusters: true };
const run = (xs: [number, number][], o = opts) =>
  layoutLane(
    xs.map((x) => x[0]),
    xs.map((x) => x[1]),
    xs.length,
    o,
  );

describe("layoutLane", () => {
  it("stacks overlapping marks into rows and lets separate ones share row 0", () => {
    const l = run([
      [0, 6],
      [3, 9],
      [4, 10],
      [40, 46],
      [48, 54],
    ]);
    expect([...l.row]).toEqual([0, 1, 2, 0, 0]);
    expect(l.rowPx).toBe(13);
    expect(l.badges).toEqual([]);
  });

  it("needs a gap between two marks in one row", () => {
    expect([...run([[0, 6], [7, 13]]).row]).toEqual([0, 1]);
    expect([...run([[0, 6], [8, 14]]).row]).toEqual([0, 0]);
  });

  it("turns a bin with more events than rows into one cluster badge", () => {
    // 40 px lane / 5 px rows = 8 rows: nine events starting in one 32 px bin cannot fit.
    const xs: [number, number][] = Array.from({ length: 9 }, (_, i) => [100 + i, 106 + i]);
    const l = run([[0, 6], ...xs]);
    expect(l.row[0]).toBe(0);
    expect(l.badges).toEqual([{ kind: "cluster", x0: 100, x1: 114, count: 9, from: 1, to: 10, members: null }]);
    expect(badgeMembers(l.badges[0]!)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it("stacks everything at the deepest zoom and counts what overflows as +N", () => {
    const xs: [number, number][] = Array.from({ length: 10 }, () => [10, 300]);
    const l = run(xs, { ...opts, allowClusters: false });
    expect(l.rowPx).toBe(5);
    expect(l.rows).toBe(8);
    expect([...l.row]).toEqual([0, 1, 2, 3, 4, 5, 6, 7, -1, -1]);
    expect(l.badges).toEqual([{ kind: "more", x0: 10, x1: 300, count: 2, from: 8, to: 10, members: [8, 9] }]);
  });

  it("keeps rows at most 14 px tall", () => {
    expect(run([[0, 6]]).rowPx).toBe(14);
  });
});
