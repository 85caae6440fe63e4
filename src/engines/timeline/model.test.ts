import { describe, expect, it } from "vitest";
import { ev } from "./fixtures.test-util.ts";
import { buildModel, lowerBound, OUTLINES, stepEvent } from "./model.ts";
import { DAY_MS } from "./time.ts";

describe("buildModel", () => {
  const m = buildModel([
    ev("late", "2024-12-02"),
    ev("month", "2024-10-01", { end: "2024-10-31", precision: "month", edtf: "2024-10", modality: "planned" }),
    ev("early", "2022-07-19", { quad: 4, modality: "denied" }),
    ev("approx", "2024-10-01", { end: "2024-10-31", precision: "approximate", edtf: "2024-10~", modality: "hoped" }),
  ]);

  it("sorts events by start, then end, then input order", () => {
    expect(m.events.map((e) => e.id)).toEqual(["early", "month", "approx", "late"]);
    expect(m.indexOf("late")).toBe(3);
    expect(m.indexOf("missing")).toBe(-1);
  });

  it("stores intervals, quad, outline, shape and fading as typed arrays", () => {
    expect([...m.start]).toEqual([Date.UTC(2022, 6, 19), Date.UTC(2024, 9, 1), Date.UTC(2024, 9, 1), Date.UTC(2024, 11, 2)]);
    expect(m.end[1]).toBe(Date.UTC(2024, 10, 1));
    expect([...m.quad]).toEqual([4, 1, 1, 1]);
    expect([...m.outline].map((o) => OUTLINES[o])).toEqual(["crossed", "hollow", "dashed", "solid"]);
    expect([...m.span]).toEqual([0, 1, 1, 0]);
    expect([...m.approx]).toEqual([0, 0, 1, 0]);
  });

  it("spans the data with a margin", () => {
    const lo = Date.UTC(2022, 6, 19);
    const hi = Date.UTC(2024, 11, 3);
    expect(m.extent).toEqual([lo - (hi - lo) * 0.04, hi + (hi - lo) * 0.04]);
    expect(buildModel([]).extent).toBeNull();
  });

  it("binary-searches a lane's members by start", () => {
    const members = Int32Array.from([0, 1, 2, 3]);
    expect(lowerBound(m.start, members, Date.UTC(2024, 9, 1))).toBe(1);
    expect(lowerBound(m.start, members, Date.UTC(2024, 9, 1) + DAY_MS)).toBe(3);
    expect(lowerBound(m.start, members, Date.UTC(2030, 0, 1))).toBe(4);
  });

  it("walks to the next and previous event in time (n / p)", () => {
    expect(stepEvent(m, -1, 1, Date.UTC(2023, 0, 1))).toBe(1);
    expect(stepEvent(m, -1, -1, Date.UTC(2023, 0, 1))).toBe(0);
    expect(stepEvent(m, 1, 1, 0)).toBe(2);
    expect(stepEvent(m, 3, 1, 0)).toBe(3);
    expect(stepEvent(m, 0, -1, 0)).toBe(0);
    expect(stepEvent(buildModel([]), -1, 1, 0)).toBe(-1);
  });
});
