/**
 * The table-driven scanners that replaced regular expressions on the build's hot paths give what
 * the expressions gave: on real phrases (exact values) and on a deterministic sweep of mixed strings.
 */
import { describe, expect, it } from "vitest";
import { tokenize as actorTokens } from "./actors/forms.ts";
import { tokenize as dateTokens } from "./dates/lexicon.ts";
import { detectLanguage } from "./detect.ts";
import { CLAUSE_BREAKERS, clauseBreaks } from "./events/cues.ts";
import { findPublisherSpans } from "./metadata.ts";
import { mixedStrings } from "../lib/mixedStrings.ts";

const PIECES = [
  ..."وزير الخارجية التركي هاكان فيدان",
  "ان", "انه", "بعد", "بعد ان", "که", "در حالی که", "چرا که", "ولی", "اما",
  "۱۴۰۳", "2024", "٣", "²", "\u064E", "ـ", "«", "»", "،", ".", ";", ":", " ", " ", "\u00A0", "\u2028", "\uFEFF", "\u200C", "\n",
  "𝐀", "😀", "𝟙", "\uD800", "\uDC00", "a", "Z", "_",
];

const mixed = (count: number, seed: number) => mixedStrings(PIECES, count, seed);

describe("actor tokens", () => {
  it("are the runs of letters and digits of a normalised phrase", () => {
    expect(actorTokens("وزیر الخارجیه، هاکان-فیدان 2024")).toEqual([
      { s: 0, e: 4, w: "وزیر" },
      { s: 5, e: 13, w: "الخارجیه" },
      { s: 15, e: 20, w: "هاکان" },
      { s: 21, e: 26, w: "فیدان" },
      { s: 27, e: 31, w: "2024" },
    ]);
  });

  it("are the matches of /[\\p{L}\\p{N}]+/gu on 4000 mixed strings", () => {
    for (const s of mixed(4000, 11)) {
      expect(actorTokens(s)).toEqual([...s.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({ s: m.index, e: m.index + m[0].length, w: m[0] })));
    }
  });
});

describe("date tokens", () => {
  it("split words, numbers and marks of «الاثنين 21 أكتوبر، 2024»", () => {
    expect(dateTokens("الاثنین 21 اکتوبر، 2024").map((t) => [t.text, t.kind])).toEqual([
      ["الاثنین", "word"],
      ["21", "num"],
      ["اکتوبر", "word"],
      ["،", "punct"],
      ["2024", "num"],
    ]);
  });

  it("are the matches of /(\\p{L}+)|(\\d+)|([^\\s\\p{L}\\d])/gu on 4000 mixed strings", () => {
    for (const s of mixed(4000, 7)) {
      const expected = [...s.matchAll(/(\p{L}+)|(\d+)|([^\s\p{L}\d])/gu)].map((m) => ({
        text: m[0],
        start: m.index,
        end: m.index + m[0].length,
        kind: m[1] ? "word" : m[2] ? "num" : "punct",
      }));
      expect(dateTokens(s)).toEqual(expected);
    }
  });
});

describe("clause breaks", () => {
  it("cut an Arabic sentence at «أن» and «:» but not inside «الأنباء»", () => {
    const text = "وقال الوزیر ان بلاده تدعم الحوار: نقلا عن الانباء";
    expect(clauseBreaks(text, "ar")).toEqual([
      [12, 2],
      [32, 1],
    ]);
  });

  it("take «در حالی که» whole in Persian", () => {
    expect(clauseBreaks("عراقچی گفت در حالی که تهران", "fa")).toEqual([[11, 10]]);
  });

  it("are the matches of CLAUSE_BREAKERS on 4000 mixed strings in each language", () => {
    for (const s of mixed(4000, 5)) {
      for (const lang of ["ar", "fa"] as const) {
        expect(clauseBreaks(s, lang)).toEqual([...s.matchAll(CLAUSE_BREAKERS[lang])].map((m) => [m.index, m[0].length]));
      }
    }
  });
});

describe("detectLanguage", () => {
  it("reads a Persian sentence as Persian from its letters and words", () => {
    expect(detectLanguage("وزیر امور خارجه ایران گفت که این دیدار برای همکاری های دو کشور مهم است و پیشنهاد ترکیه را بررسی کرد")).toEqual({
      lang: "fa",
      confidence: 1,
    });
  });

  it("reads an Arabic sentence as Arabic from «في», «من», «قال» and «ة»", () => {
    expect(detectLanguage("قال وزير الخارجية التركي في مؤتمر صحفي إن أنقرة تدعم الحوار من أجل التهدئة في المنطقة")).toEqual({
      lang: "ar",
      confidence: 1,
    });
  });

  it("counts an astral letter once among the letters", () => {
    expect(detectLanguage(`${"𝐀".repeat(200)} في من على`)).toEqual({ lang: null, reason: "not Arabic or Persian (7 Arabic-script letters of 207)" });
    expect(detectLanguage("قررت قطر والبحرين إعادة العلاقات الدبلوماسية.")).toEqual({ lang: null, reason: "too short to analyse (39 Arabic-script letters; at least 40)" });
  });
});

describe("findPublisherSpans", () => {
  it("finds the outlet with or without its space and maps back to the original", () => {
    expect(findPublisherSpans("به گزارش عصرترکیه و عصر ترکیه", ["عصر ترکیه"])).toEqual([
      { start: 9, end: 17 },
      { start: 20, end: 29 },
    ]);
  });

  it("finds nothing when the outlet has no names", () => {
    expect(findPublisherSpans("به گزارش عصرترکیه", [])).toEqual([]);
  });
});
