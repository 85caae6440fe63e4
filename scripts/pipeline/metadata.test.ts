import { describe, expect, it } from "vitest";
import { findPublisherSpans, isValidIsoDate, parseMetadata, publisherNames } from "./metadata.ts";

describe("parseMetadata", () => {
  it("reads the seed form { articles: [...] }", () => {
    const r = parseMetadata(JSON.stringify({ articles: [{ file: "a.txt", lang: "fa", outlet: "X", published: "2024-12-02" }] }));
    expect(r.warnings).toEqual([]);
    expect(r.entries.get("a.txt")).toEqual({ file: "a.txt", lang: "fa", outlet: "X", published: "2024-12-02" });
  });
  it("reports broken JSON instead of failing the build", () => {
    const r = parseMetadata("{ articles: [");
    expect(r.entries.size).toBe(0);
    expect(r.warnings[0]).toMatch(/^METADATA.json: not valid JSON/);
  });
  it("ignores an invalid entry, names it, and keeps the others", () => {
    const r = parseMetadata(JSON.stringify([{ file: "a.txt", lang: "de" }, { file: "b.txt", lang: "ar" }]));
    expect([...r.entries.keys()]).toEqual(["b.txt"]);
    expect(r.warnings[0]).toMatch(/^METADATA.json: entry 0 ignored \(lang:/);
  });
  it("drops an impossible publication date (31 February) with a warning", () => {
    const r = parseMetadata(JSON.stringify([{ file: "a.txt", published: "2024-02-31" }]));
    expect(r.entries.get("a.txt")?.published).toBeUndefined();
    expect(r.warnings).toEqual(['METADATA.json: a.txt: published "2024-02-31" is not a valid date; inferred from the text']);
  });
});

describe("isValidIsoDate", () => {
  it("accepts real days and refuses 31 February, month 13 and year 0", () => {
    expect(isValidIsoDate("2024-02-29")).toBe(true);
    expect(isValidIsoDate("2023-02-29")).toBe(false);
    expect(isValidIsoDate("2024-13-01")).toBe(false);
    expect(isValidIsoDate("0000-01-01")).toBe(false);
  });
});

describe("publisher names", () => {
  it("takes the publisher, not the outlet it cites, with and without generic words", () => {
    expect(publisherNames("Espadana Khabar (اسپادانا خبر), citing Tasnim (تسنیم)")).toEqual(["Espadana Khabar", "اسپادانا خبر", "اسپادانا"]);
    expect(publisherNames("Saraya News Agency (وكالة أنباء سرايا الإخبارية)")).toContain("سرايا");
  });
  it("finds «عصرترکیه» written without its space, so its «ترکیه» is not Turkey", () => {
    const t = "به گزارش عصرترکیه به نقل از ایسنا، ترکیه";
    const spans = findPublisherSpans(t, ["عصر ترکیه"]);
    expect(spans.map((s) => t.slice(s.start, s.end))).toEqual(["عصرترکیه"]);
  });
});
