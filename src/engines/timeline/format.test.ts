import { describe, expect, it } from "vitest";
import type { EventDate } from "../../contract/schema.ts";
import { actorName, formatCount, formatEventDate, isolate, localeFor, mainCalendar, naturalUnit, secondCalendar, tickLabel } from "./format.ts";
import { ticksBetween } from "./ticks.ts";

const month = (edtf: string, start: string, end: string, precision: EventDate["precision"] = "month"): EventDate => ({ edtf, start, end, precision });
const day = (iso: string) => month(iso, iso, iso, "day");

describe("axis labels", () => {
  const nowruz = ticksBetween(Date.UTC(2024, 2, 1), Date.UTC(2024, 4, 1), { unit: "month", step: 1 }, "persian");
  const gregorianMonths = ticksBetween(Date.UTC(2024, 9, 15), Date.UTC(2025, 1, 10), { unit: "month", step: 1 }, "gregory");
  const hijriMonths = ticksBetween(Date.UTC(2024, 2, 1), Date.UTC(2024, 4, 1), { unit: "month", step: 1 }, "islamic-umalqura");

  it("counts in the Persian calendar for Persian readers, Gregorian otherwise, unless the reader chose one", () => {
    expect([mainCalendar("fa"), mainCalendar("ar"), mainCalendar("en")]).toEqual(["persian", "gregory", "gregory"]);
    expect([mainCalendar("fa", "gregory"), mainCalendar("en", "islamic-umalqura")]).toEqual(["gregory", "islamic-umalqura"]);
  });

  it("puts the Gregorian beside a Hijri row, and a Hijri row beside a Gregorian one", () => {
    expect([secondCalendar("fa"), secondCalendar("en"), secondCalendar("ar")]).toEqual(["gregory", "persian", "islamic-umalqura"]);
    expect(secondCalendar("ar", "islamic-umalqura")).toBe("gregory");
  });

  it("builds the locale with the calendar and the digits", () => {
    expect(localeFor("fa", "persian")).toBe("fa-IR-u-ca-persian-nu-arabext");
    expect(localeFor("ar", "islamic-umalqura", "latn")).toBe("ar-u-ca-islamic-umalqura-nu-latn");
    expect(localeFor("en", "gregory")).toBe("en-GB-u-ca-gregory");
  });

  it("labels Persian months in Persian with Persian digits, the year at Nowruz", () => {
    expect(nowruz.map((t) => tickLabel(t, "fa", "persian"))).toEqual(["فروردین ۱۴۰۳", "اردیبهشت"]);
    expect(nowruz.map((t) => tickLabel(t, "fa", "persian", "latn"))).toEqual(["فروردین 1403", "اردیبهشت"]);
  });

  it("labels Gregorian months in English and Arabic, the year on January, in the reader's digits", () => {
    expect(gregorianMonths.map((t) => tickLabel(t, "en", "gregory"))).toEqual(["Nov", "Dec", "Jan 2025", "Feb"]);
    expect(gregorianMonths.map((t) => tickLabel(t, "ar", "gregory"))).toEqual(["نوفمبر", "ديسمبر", "يناير ٢٠٢٥", "فبراير"]);
    expect(gregorianMonths.map((t) => tickLabel(t, "ar", "gregory", "latn"))).toEqual(["نوفمبر", "ديسمبر", "يناير 2025", "فبراير"]);
  });

  it("labels Hijri months on their first days: Ramadan 1445 began on 11 March 2024, Shawwal on 10 April", () => {
    expect(hijriMonths.map((t) => new Date(t.ms).toISOString().slice(0, 10))).toEqual(["2024-03-11", "2024-04-10"]);
    expect(hijriMonths.map((t) => tickLabel(t, "ar", "islamic-umalqura"))).toEqual(["رمضان", "شوال"]);
  });

  it("labels the Solar Hijri second row for English readers", () => {
    expect(nowruz.map((t) => tickLabel(t, "en", "persian"))).toEqual(["Farvardin 1403 AP", "Ordibehesht"]);
  });
});

describe("formatEventDate", () => {
  it("gives a day in the chosen calendar: 2 December 2024 is 12 Azar 1403 and 1 Jumada II 1446", () => {
    expect(formatEventDate(day("2024-12-02"), "en")).toBe("2 Dec 2024");
    expect(formatEventDate(day("2024-12-02"), "fa")).toBe("۱۲ آذر ۱۴۰۳");
    expect(formatEventDate(day("2024-12-02"), "ar", "islamic-umalqura")).toBe("١ جمادى الآخرة ١٤٤٦ هـ");
    expect(formatEventDate(day("2024-12-02"), "fa", "gregory", "latn")).toBe("2 دسامبر 2024");
  });

  it("names a Gregorian month in the Gregorian calendar", () => {
    expect(formatEventDate(month("2024-10", "2024-10-01", "2024-10-31"), "en", "gregory")).toBe("October 2024");
    expect(formatEventDate(month("2024-10", "2024-10-01", "2024-10-31"), "ar", "gregory")).toBe("أكتوبر ٢٠٢٤");
    expect(formatEventDate(month("2024-10", "2024-10-01", "2024-10-31"), "fa", "gregory")).toBe("اکتبر ۲۰۲۴");
  });

  it("shows a Gregorian month in the Hijri calendars as the months it spans, never as a day", () => {
    expect(formatEventDate(month("2024-10", "2024-10-01", "2024-10-31"), "fa")).toBe("مهر–آبان ۱۴۰۳");
    expect(formatEventDate(month("2024-10", "2024-10-01", "2024-10-31"), "en", "persian")).toBe("Mehr–Aban 1403 AP");
    expect(formatEventDate(month("2024-10", "2024-10-01", "2024-10-31"), "ar", "islamic-umalqura")).toBe("ربيع الأول–ربيع الآخر ١٤٤٦ هـ");
    // December 2024 → Azar–Dey 1403; January 2025 → Dey–Bahman 1403; March 2025 crosses Nowruz
    expect(formatEventDate(month("2025-03", "2025-03-01", "2025-03-31"), "fa")).toBe("اسفند ۱۴۰۳ – فروردین ۱۴۰۴");
  });

  it("names a Persian month (Mehr 1403 = 22 Sep – 21 Oct 2024) in the Persian calendar and spans it in the Gregorian", () => {
    expect(formatEventDate(month("2024-09-22/2024-10-21", "2024-09-22", "2024-10-21", "range"), "fa")).toBe("مهر ۱۴۰۳");
    expect(formatEventDate(month("2024-09-22/2024-10-21", "2024-09-22", "2024-10-21", "range"), "en", "gregory")).toBe("September–October 2024");
    expect(naturalUnit(Date.UTC(2024, 8, 22), Date.UTC(2024, 9, 21), "gregory")).toEqual({ unit: "month", calendar: "persian" });
  });

  it("gives a year, a year span, a range and an approximate month", () => {
    expect(formatEventDate(month("2023", "2023-01-01", "2023-12-31", "year"), "en")).toBe("2023");
    expect(formatEventDate(month("2023", "2023-01-01", "2023-12-31", "year"), "fa", "gregory")).toBe("۲۰۲۳");
    expect(formatEventDate(month("2023", "2023-01-01", "2023-12-31", "year"), "fa")).toBe("۱۴۰۱–۱۴۰۲");
    expect(formatEventDate(month("2024-10~", "2024-10-01", "2024-10-31", "approximate"), "en")).toBe("~October 2024");
    expect(formatEventDate(month("2024-10-01/2024-10-10", "2024-10-01", "2024-10-10", "range"), "ar")).toBe("١–١٠ أكتوبر ٢٠٢٤");
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

  it("shortens large counts in the reader's digits", () => {
    expect([formatCount(987), formatCount(1234), formatCount(34_567)]).toEqual(["987", "1.2k", "35k"]);
    expect([formatCount(987, "fa"), formatCount(34_567, "ar", "latn")]).toEqual(["۹۸۷", "35\u00a0ألف"]);
  });
});
