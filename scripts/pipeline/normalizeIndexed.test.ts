import { describe, expect, it } from "vitest";
import { normalizeText, normalizeWithMap } from "../../src/text/normalize.ts";
import { normalizeFast, normalizeIndexed, normalizeTextFast } from "./normalizeIndexed.ts";

/** Deterministic strings mixing the characters normalisation treats differently. */
function samples(count: number): string[] {
  const alphabet = [
    ..."وزير الخارجية التركي هاكان فيدان",
    ..."وزیر امور خارجه ایران",
    "ي", "ى", "ئ", "ك", "أ", "إ", "آ", "ة", "ۀ", "ه", "ـ", "\u064E", "\u0651", "\u200C", "\u200F", "\uFEFF",
    "٢", "۳", "«", "»", "،", "؛", "؟", ".", ",", "-", "(", ")", "\"", "'",
    " ", " ", "  ", "\n", "\t", "\u00A0", "\u2009",
    "A", "Z", "İ", "ẞ", "Σ", "ß",
    "𝐀", "😀", "\uD800", "\uDC00",
  ];
  let seed = 12345;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed;
  };
  const out: string[] = [];
  for (let k = 0; k < count; k++) {
    let s = "";
    const len = next() % 40;
    for (let i = 0; i < len; i++) s += alphabet[next() % alphabet.length]!;
    out.push(s);
  }
  return out;
}

describe("normalizeFast / normalizeIndexed", () => {
  it("folds an Arabic phrase with the map of normalizeWithMap", () => {
    const input = "وزيرُ  الخارجيّة";
    expect(normalizeFast(input)).toEqual({ text: "وزیر الخارجیه", map: [0, 1, 2, 3, 5, 7, 8, 9, 10, 11, 12, 13, 15, 16] });
    expect(normalizeIndexed(input, false).at).toEqual(Int32Array.from([0, 1, 2, 3, 4, 4, 5, 5, 6, 7, 8, 9, 10, 11, 12, 12, 13]));
  });

  it("blanks punctuation and collapses the spaces it makes", () => {
    const r = normalizeIndexed("«طهران»، أمس", true);
    expect(r.text).toBe(" طهران امس");
    expect(r.map).toEqual([0, 1, 2, 3, 4, 5, 6, 9, 10, 11, 12]);
  });

  it("expands a capital whose lower case has two units, one map entry per code point", () => {
    expect(normalizeFast("İran")).toEqual(normalizeWithMap("İran"));
    expect(normalizeFast("İran").text).toBe("i̇ran");
  });

  it("gives normalizeWithMap's text and map on 3000 mixed strings", () => {
    for (const s of samples(3000)) {
      const expected = normalizeWithMap(s);
      expect(normalizeFast(s)).toEqual(expected);
      expect(normalizeTextFast(s)).toBe(normalizeText(s));
      const indexed = normalizeIndexed(s, false);
      expect({ text: indexed.text, map: indexed.map }).toEqual(expected);
      const blanked = normalizeIndexed(s, true);
      expect(blanked.text).toBe(normalizeWithMap(s.replace(/[^\p{L}\p{N}\s]/gu, " ")).text);
    }
  });

  it("normalises a text longer than one conversion chunk", () => {
    const long = "وزیر امور خارجه ایران، ".repeat(2000);
    expect(normalizeFast(long)).toEqual(normalizeWithMap(long));
  });
});
