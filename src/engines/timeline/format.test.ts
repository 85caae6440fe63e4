import { describe, expect, it } from "vitest";
import type { EventDate } from "../../contract/schema.ts";
import { actorName, formatCount, formatEventDate, isolate, localeFor, mainCalendar, secondCalendar, tickLabel } from "./format.ts";
import { ticksBetween } from "./ticks.ts";

const month = (edtf: string, start: string, end: string, precision: EventDate["precision"] = "month"): EventDate => ({ edtf, start, end, precision });

describe("axis labels", () => {
  const nowruz = ticksBetween(Date.UTC(2024, 2, 1), Date.UTC(2024, 4, 1), { unit: "month", step: 1 }, "persian");
  const gregorianMonths = ticksBetween(Date.UTC(2024, 9, 15), Date.UTC(2025, 1, 10), { unit: "month", step: 1 }, "gregory");

  it("counts in the Persian calendar for Persian readers, Gregorian otherwise", () => {
    expect([mainCalendar("fa"), mainCalendar("ar"), mainCalendar("en")]).toEqual(["persian", "gregory", "gregory"]);
    expect([secondCalendar("fa"), secondCalendar("en")]).toEqual(["gregory", "persian"]);
    expect(localeFor("fa", "persian")).toBe("fa-IR-u-ca-persian");
  });

  it("labels Persian months in Persian with Persian digits, the year at Nowruz", () => {
    expect(nowruz.map((t) => tickLabel(t, "fa", "persian"))).toEqual(["فروردین ۱۴۰۳", "اردیبهشت"]);
  });

  it("labels Gregorian months in English and Arabic, the year on January", () => {
    expect(gregorianMonths.map((t) => tickLabel(t, "en", "gregory"))).toEqual(["Nov", "Dec", "Jan 2025", "Feb"]);
    expect(gregorianMonths.map((t) => tickLabel(t, "ar", "gregory"))).toEqual(["نوفمبر", "ديسمبر", "يناير 2025", "فبراير"]);
  });

  it("labels the Solar Hijri second row for English readers", () => {
    expect(nowruz.map((t) => tickLabel(t, "en", "persian"))).toEqual(["Farvardin 1403 AP", "Ordibehesht"]);
  });
});

describe("formatEventDate", () => {
  it("gives a day in the reader's calendar: 2 December 2024 is 12 Azar 1403", () => {
    expect(formatEventDate(month("2024-12-02", "2024-12-02", "2024-12-02", "day"), "en")).toBe("2 Dec 2024");
    expect(formatEventDate(month("2024-12-02", "2024-12-02", "2024-12-02", "day"), "fa")).toBe("۱۲ آذر ۱۴۰۳");
  });

  it("keeps a Gregorian month Gregorian, even for Persian readers", () => {
    expect(formatEventDate(month("2024-10", "2024-10-01", "2024-10-31"), "en")).toBe("October 2024");
    expect(formatEventDate(month("2024-10", "2024-10-01", "2024-10-31"), "ar")).toBe("أكتوبر 2024");
    expect(formatEventDate(month("2024-10", "2024-10-01", "2024-10-31"), "fa")).toBe("اکتبر ۲۰۲۴");
  });

  it("names a Persian month (Mehr 1403 = 22 Sep – 21 Oct 2024) in the Persian calendar", () => {
    expect(formatEventDate(month("2024-09-22/2024-10-21", "2024-09-22", "2024-10-21", "range"), "fa")).toBe("مهر ۱۴۰۳");
  });

  it("gives a year, a range and an approximate month", () => {
    expect(formatEventDate(month("2023", "2023-01-01", "2023-12-31", "year"), "en")).toBe("2023");
    expect(formatEventDate(month("2023", "2023-01-01", "2023-12-31", "year"), "fa")).toBe("۲۰۲۳");
    expect(formatEventDate(month("2024-10~", "2024-10-01", "2024-10-31", "approximate"), "en")).toBe("~October 2024");
    expect(formatEventDate(month("2024-10-01/2024-10-10", "2024-10-01", "2024-10-10", "range"), "ar")).toBe("1–10 أكتوبر 2024");
  });
});

describe("names and badges", () => {
  const turkey = { label: "Turkey", names: { en: ["Turkey"], ar: ["تركيا"], fa: ["ترکیه"] } };
  const discovered = { label: "Hakan Fidan", names: { en: [], ar: [], fa: [] } };

  it("uses the actor's name in the UI language, else the English label", () => {
    expect([actorName(turkey, "ar"), actorName(turkey, "fa"), actorName(turkey, "en")]).toEqual(["تركيا", "ترکیه", "Turkey"]);
    expect(actorName(discovered, "fa")).toBe("Hakan Fidan");
  });

  it("isolates canvas text with FSI … PDI", () => {
    expect(isolate("عراقچی")).toBe("\u2068عراقچی\u2069");
  });

  it("shortens large counts", () => {
    expect([formatCount(987), formatCount(1234), formatCount(34_567)]).toEqual(["987", "1.2k", "35k"]);
  });
});
