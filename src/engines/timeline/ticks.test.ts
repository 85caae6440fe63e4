import { describe, expect, it } from "vitest";
import { DAY_MS, msToIso } from "./time.ts";
import { chooseTickInterval, ticksBetween } from "./ticks.ts";

const YEAR = 365.25 * DAY_MS;
const days = (ts: { ms: number; major: boolean }[]) => ts.map((t) => `${msToIso(t.ms)}${t.major ? "*" : ""}`);

describe("chooseTickInterval", () => {
  it("labels every second year across thirty years on 1200 px", () => {
    expect(chooseTickInterval(30 * YEAR, 1200, 64)).toEqual({ unit: "year", step: 2 });
  });
  it("labels months across one year", () => {
    expect(chooseTickInterval(YEAR, 1200, 64)).toEqual({ unit: "month", step: 1 });
  });
  it("labels single days across three days", () => {
    expect(chooseTickInterval(3 * DAY_MS, 1200, 64)).toEqual({ unit: "day", step: 1 });
  });
  it("falls back to fifty years when even that is too dense", () => {
    expect(chooseTickInterval(3000 * YEAR, 100, 64)).toEqual({ unit: "year", step: 50 });
  });
});

describe("ticksBetween", () => {
  it("puts Gregorian month ticks on the 1st, the January one major", () => {
    expect(days(ticksBetween(Date.UTC(2024, 9, 15), Date.UTC(2025, 1, 10), { unit: "month", step: 1 }, "gregory"))).toEqual([
      "2024-11-01",
      "2024-12-01",
      "2025-01-01*",
      "2025-02-01",
    ]);
  });

  it("puts Solar Hijri month ticks on Nowruz (1 Farvardin 1403 = 20 March 2024) and 1 Ordibehesht", () => {
    const ts = ticksBetween(Date.UTC(2024, 2, 1), Date.UTC(2024, 4, 1), { unit: "month", step: 1 }, "persian");
    expect(days(ts)).toEqual(["2024-03-20*", "2024-04-20"]);
    expect(ts.map((t) => [t.y, t.m])).toEqual([[1403, 1], [1403, 2]]);
  });

  it("ticks weeks on the 1st, 8th, 15th and 22nd, skipping a 29th too close to the next 1st", () => {
    expect(days(ticksBetween(Date.UTC(2024, 0, 28), Date.UTC(2024, 2, 3), { unit: "day", step: 7 }, "gregory"))).toEqual([
      "2024-02-01*",
      "2024-02-08",
      "2024-02-15",
      "2024-02-22",
      "2024-03-01*",
    ]);
  });

  it("aligns five-year ticks on multiples of five, the half-century major", () => {
    expect(days(ticksBetween(Date.UTC(1996, 5, 1), Date.UTC(2011, 0, 1), { unit: "year", step: 5 }, "gregory"))).toEqual([
      "2000-01-01*",
      "2005-01-01",
      "2010-01-01",
    ]);
  });

  it("counts Solar Hijri years from Nowruz", () => {
    expect(days(ticksBetween(Date.UTC(2022, 0, 1), Date.UTC(2024, 11, 31), { unit: "year", step: 1 }, "persian"))).toEqual([
      "2022-03-21",
      "2023-03-21",
      "2024-03-20",
    ]);
  });
});
