/**
 * The event stage's fast paths give exactly what the plain code they replace gives: the bare view
 * of a sentence, the words at either end of a text, the clitic-preposition check read backwards,
 * the clause breaks found by a scan. Each is compared with its plain twin on written sentences and
 * on generated strings mixing the characters where the two could part (marks, ZWNJ, tatweel,
 * quotes, astral letters, a lower-case expansion).
 */
import { describe, expect, it } from "vitest";
import { normalizeText } from "../../src/text/normalize.ts";
import { detectModality } from "./modality.ts";
import { CLAUSE_BREAKERS, clauseBreaks, PREPOSITIONS, TITLE_WORD } from "./events/cues.ts";
import { prepositionBefore, prepositionBeforeIn } from "./events/groups.ts";
import { bareSlice, createViewArena, letterWordsBetween, sentenceText } from "./events/sentenceText.ts";
import { firstWords, lastWords, upToSpace } from "./events/words.ts";

/** A small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  "ب", "ل", "و", "ف", "ـ", "\"", "«", "»", "“", "”", "'", " ", "  ", "\u00A0", "،", ";", ":", "\u200C", "\u064E", "\u0651",
  "مع", "با", "إن", "أن", "انه", "حيث", "في حين", "که", "در حالی که", "الوزير", "وزير الخارجية", "نظيره", "بنظيره", "لـ",
  "𝐀", "😀", "İ", "7", "٣", "a", "-", "\n", "التركي", "في", "الوزير", "بالعاصمة",
];

function sample(rand: () => number, n: number): string {
  let s = "";
  for (let i = 0; i < n; i++) s += PIECES[Math.floor(rand() * PIECES.length)];
  return s;
}

/** The plain versions the fast paths replace. */
const plainBare = (s: string) => normalizeText(s.replace(/[^\p{L}\p{N}\s]/gu, " "));
const plainClitic = (before: string) => /(?:^|[^\p{L}])[وف]?[بل]\u0640?["'«“”»\u201D\u201C]*$/u.test(before);

/** `prepositionBeforeIn` of a whole window as it was written before the fast paths. */
function plainPrepositionBefore(before: string): "target" | "other" | undefined {
  const words = plainBare(before).split(" ").filter((w) => w.length > 0);
  if (plainClitic(before)) return "target";
  const last = words[words.length - 1];
  for (const w of words.slice(-4).reverse()) {
    const bare = w.replace(/^[وف](?=\S{2})/, "");
    const role = PREPOSITIONS.get(w) ?? PREPOSITIONS.get(bare);
    if (role) return role;
    if (/^(?:ب|ل)(?:نظیر|همتا|ال)/.test(bare)) return /^بال(?:عاصمه|مدینه)/.test(bare) ? "other" : "target";
    if (!TITLE_WORD.test(bare) && !(w === last && /^ال\S{3}/.test(bare))) return undefined;
  }
  return undefined;
}

describe("event fast paths", () => {
  it("reads «بـ\"أردوغان\"» and «لـ» as a clitic preposition before the name", () => {
    expect(prepositionBeforeIn("التقى بـ\"", 9, 0)).toBe("target");
    expect(prepositionBeforeIn("وقال لـ", 7, 0)).toBe("target");
    expect(prepositionBeforeIn("وقال قلب", 8, 0)).toBe(undefined);
    // «مع الوزير»: a title stands between the preposition and the name
    expect(prepositionBeforeIn("اجتمع مع الوزير", 15, 0)).toBe("target");
    expect(prepositionBeforeIn("اجتمع في الوزارة", 16, 0)).toBe("other");
  });

  it("gives the bare words and letter-word count of every span of a sentence as normalising the span would", () => {
    const rand = random(7);
    for (let k = 0; k < 150; k++) {
      const text = sample(rand, 12);
      const base = 100;
      const st = sentenceText({ text, start: base, end: base + text.length, section: 0 } as never, k % 2 === 0 ? createViewArena() : undefined);
      for (let a = 0; a <= text.length; a += 3) {
        for (let b = a; b <= text.length; b += 2) {
          expect(bareSlice(st, base + a, base + b)).toBe(plainBare(text.slice(a, b)));
          const words = normalizeText(text.slice(a, b)).split(" ");
          expect(letterWordsBetween(st, base + a, base + b)).toBe(words.filter((w) => /\p{L}/u.test(w)).length);
        }
      }
    }
  });

  it("finds the same preposition through the sentence's views as on the text alone", () => {
    const rand = random(11);
    for (let k = 0; k < 300; k++) {
      const text = sample(rand, 10);
      const st = sentenceText({ text, start: 0, end: text.length, section: 0 } as never, createViewArena());
      for (let p = 0; p <= text.length; p++) {
        // a window that splits a surrogate pair is normalised on its own by both
        expect(prepositionBefore(st, p)).toBe(prepositionBeforeIn(text, p, 0));
      }
    }
  });

  it("reads the clitic preposition backwards as the anchored expression reads it", () => {
    const rand = random(5);
    for (let k = 0; k < 3000; k++) {
      const before = sample(rand, 1 + (k % 6));
      expect(prepositionBeforeIn(before, before.length, 0)).toBe(plainPrepositionBefore(before));
    }
    // a letter before the clitic makes it part of a word: «قلب», and an astral letter is a letter
    expect(plainClitic("قلب")).toBe(false);
    expect(prepositionBeforeIn("𝐀ب", 3, 0)).toBe(undefined);
    expect(prepositionBeforeIn("😀ب", 3, 0)).toBe("target");
  });

  it("takes the words at either end of a text as splitting it would", () => {
    const rand = random(3);
    for (let k = 0; k < 500; k++) {
      const text = sample(rand, k % 9).replace(/\n/g, " ");
      const words = text.split(" ").filter((w) => w.length > 0);
      for (const n of [1, 2, 4, 8]) {
        expect(lastWords(text, n)).toEqual(words.slice(-n));
        expect(firstWords(text, n)).toEqual(words.slice(0, n));
        expect(upToSpace(text, n)).toBe(text.split(" ").slice(0, n).join(" "));
      }
    }
  });

  it("finds the clause breaks the expression finds, around astral letters and multi-word breakers", () => {
    const rand = random(13);
    const texts = ["قال إن 𝐀ان البلدين", "در حالی که ایران", "ردا علی الهجوم; وقال", "انهما انهم𝐀 ان:"];
    for (let k = 0; k < 400; k++) texts.push(normalizeText(sample(rand, 10)));
    for (const text of texts) {
      for (const lang of ["ar", "fa"] as const) {
        const expected = [...text.matchAll(CLAUSE_BREAKERS[lang])].map((m) => [m.index, m[0].length]);
        expect(clauseBreaks(text, lang)).toEqual(expected);
      }
    }
  });

  it("decides modality from the last words before the trigger, however they are spaced", () => {
    const flags = { future: false, negated: false, subjunctive: false };
    expect(detectModality({ lang: "ar", before: "الرئيس  لم", after: "", flags, verbal: true })).toBe("denied");
    expect(detectModality({ lang: "ar", before: "من المقرر ان", after: "", flags, verbal: true })).toBe("planned");
    expect(detectModality({ lang: "ar", before: "", after: " المرتقب  غدا", flags, verbal: false })).toBe("planned");
    expect(detectModality({ lang: "fa", before: "ما هر گونه", after: "", flags, verbal: false })).toBe("conditional");
    // the ninth word back is outside the cue window
    expect(detectModality({ lang: "ar", before: "سوف a b c d e f g h", after: "", flags, verbal: true })).toBe("reported");
  });
});
