import { describe, expect, it } from "vitest";
import { DAY_MS, dateInterval, isoToMs, msToIso, windowFromMs } from "./time.ts";

describe("time", () => {
  it("reads an ISO day as UTC midnight and writes it back", () => {
    expect(isoToMs("2024-12-02")).toBe(Date.UTC(2024, 11, 2));
    expect(msToIso(Date.UTC(2024, 11, 2) + 13 * 3_600_000)).toBe("2024-12-02");
    expect(msToIso(isoToMs("0099-03-01"))).toBe("0099-03-01");
  });

  it("refuses a date that is not YYYY-MM-DD, naming it", () => {
    expect(() => isoToMs("2024-1-2")).toThrow('timeline: not an ISO date: "2024-1-2"');
  });

  it("covers a month-precision date from its first day to the end of its last day", () => {
    expect(dateInterval({ start: "2024-10-01", end: "2024-10-31" })).toEqual([Date.UTC(2024, 9, 1), Date.UTC(2024, 10, 1)]);
    expect(dateInterval({ start: "2022-07-19", end: "2022-07-19" })).toEqual([Date.UTC(2022, 6, 19), Date.UTC(2022, 6, 19) + DAY_MS]);
  });

  it("turns a dragged interval into whole days, a midnight end excluded", () => {
    expect(windowFromMs(Date.UTC(2023, 0, 17, 15), Date.UTC(2023, 1, 1))).toEqual({ start: "2023-01-17", end: "2023-01-31" });
    expect(windowFromMs(Date.UTC(2023, 0, 17, 15), Date.UTC(2023, 0, 17, 16))).toEqual({ start: "2023-01-17", end: "2023-01-17" });
  });
});
