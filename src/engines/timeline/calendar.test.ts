import { describe, expect, it } from "vitest";
import { calendarOf } from "./calendar.ts";
import { msToIso } from "./time.ts";

describe("calendars", () => {
  const hijri = calendarOf("islamic-umalqura");
  const persian = calendarOf("persian");

  it("reads 1 October 2024 as 28 Rabiʿ I 1446 (Umm al-Qura) and 10 Mehr 1403", () => {
    expect(hijri.fromMs(Date.UTC(2024, 9, 1))).toEqual({ y: 1446, m: 3, d: 28 });
    expect(persian.fromMs(Date.UTC(2024, 9, 1))).toEqual({ y: 1403, m: 7, d: 10 });
  });

  it("finds 1 Ramadan 1445 on 11 March 2024 and 1 Muharram 1446 on 7 July 2024", () => {
    expect(msToIso(hijri.toMs(1445, 9, 1))).toBe("2024-03-11");
    expect(msToIso(hijri.toMs(1446, 1, 1))).toBe("2024-07-07");
    // month 13 rolls into the next year
    expect(msToIso(hijri.toMs(1445, 13, 1))).toBe("2024-07-07");
  });

  it("gives Umm al-Qura months of 29 or 30 days, Ramadan 1445 of 30", () => {
    expect(hijri.monthLength(1445, 9)).toBe(30);
    const lengths = Array.from({ length: 12 }, (_, i) => hijri.monthLength(1446, i + 1));
    expect(lengths.every((n) => n === 29 || n === 30)).toBe(true);
    expect(lengths.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(354);
  });

  it("round-trips every day of 2024 through the Hijri and Solar Hijri calendars", () => {
    for (let ms = Date.UTC(2024, 0, 1); ms < Date.UTC(2025, 0, 1); ms += 86_400_000) {
      for (const cal of [hijri, persian]) {
        const { y, m, d } = cal.fromMs(ms);
        expect(cal.toMs(y, m, d)).toBe(ms);
      }
    }
  });
});

describe("Umm al-Qura month starts", () => {
  it("land on the 1st of the right month for every month of 1380–1480 AH", () => {
    const hijri = calendarOf("islamic-umalqura");
    const wrong: string[] = [];
    for (let y = 1380; y <= 1480; y++)
      for (let m = 1; m <= 12; m++) {
        const got = hijri.fromMs(hijri.toMs(y, m, 1));
        if (got.y !== y || got.m !== m || got.d !== 1) wrong.push(`${y}-${m}`);
      }
    expect(wrong).toEqual([]);
  });
});
