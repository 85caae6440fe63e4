import { describe, expect, it } from "vitest";
import { asciiDigits, normalizeText, normalizeWithMap, toOriginalSpan } from "./normalize.ts";

describe("normalizeText", () => {
  it("folds Arabic yeh, alef maksura and kaf to the Persian letters: «تركيا» and «ترکیا» match", () => {
    expect(normalizeText("تركيا")).toBe(normalizeText("ترکیا"));
    expect(normalizeText("مصطفى")).toBe("مصطفی");
  });
  it("folds hamza-carrying alefs and madda to a bare alef: «أنقرة» → «انقره»", () => {
    expect(normalizeText("أنقرة")).toBe("انقره");
    expect(normalizeText("إيران")).toBe("ایران");
    expect(normalizeText("آستانه")).toBe("استانه");
  });
  it("folds teh marbuta to heh, so «سورية» meets «سوریه»", () => {
    expect(normalizeText("سورية")).toBe(normalizeText("سوریه"));
  });
  it("drops harakat, tatweel and superscript alef", () => {
    expect(normalizeText("تُرْكِيَا")).toBe("ترکیا");
    expect(normalizeText("إيـــران")).toBe("ایران");
  });
  it("drops zero-width non-joiners: «می‌شود» and «میشود» are one word", () => {
    expect(normalizeText("می\u200Cشود")).toBe(normalizeText("میشود"));
    expect(normalizeText("همکاری\u200Cهای")).toBe("همکاریهای");
  });
  it("turns Arabic-Indic and Persian digits into ASCII", () => {
    expect(normalizeText("۱۲ آذر ۱۴۰۳")).toBe("12 اذر 1403");
    expect(normalizeText("٢٧ أيلول")).toBe("27 ایلول");
    expect(asciiDigits("سال ۲۰۲۴ و ٢٠٢٣")).toBe("سال 2024 و 2023");
  });
  it("turns guillemets and typographic quotes into ASCII quotes", () => {
    expect(normalizeText("«سید عباس عراقچی» “بوتين”")).toBe('"سید عباس عراقچی" "بوتین"');
  });
  it("drops bidi overrides hidden in names", () => {
    expect(normalizeText("إيران\u202E")).toBe("ایران");
  });
});

describe("normalizeWithMap", () => {
  it("maps a match in the normalised text back to the original span", () => {
    const text = "قال وزير الخارجية التُّركي هاكان فيدان";
    const n = normalizeWithMap(text);
    const at = n.text.indexOf("فیدان");
    const span = toOriginalSpan(n, at, at + "فیدان".length);
    expect(text.slice(span.start, span.end)).toBe("فيدان");
    const t = n.text.indexOf("الترکی");
    const s2 = toOriginalSpan(n, t, t + "الترکی".length);
    expect(text.slice(s2.start, s2.end)).toBe("التُّركي");
  });
  it("collapses runs of white space and keeps the map consistent", () => {
    const n = normalizeWithMap("ایران \u00A0  و  ترکیه");
    expect(n.text).toBe("ایران و ترکیه");
    expect(n.map.length).toBe(n.text.length + 1);
  });
});
