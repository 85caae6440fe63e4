/**
 * Sentence segmentation for Arabic and Persian news: ends a sentence at . ! ? ؟ … followed by
 * space, a closing quote or the end; at a newline; never inside a number (2.5) or an ellipsis «(..)».
 */
import type { Section } from "../../src/contract/schema.ts";
import type { Sentence } from "./types.ts";

const TERMINATORS = new Set([".", "!", "?", "\u061F", "\u06D4", "\u2026"]);
const CLOSERS = new Set(['"', "\u201D", "\u00BB", "'", "\u2019", ")", "]"]);

/** Splits `text` into sentences inside each section; offsets point into `text`. */
export function segmentSentences(text: string, sections: readonly Section[]): Sentence[] {
  const out: Sentence[] = [];
  sections.forEach((section, index) => {
    let start = section.start;
    const push = (end: number) => {
      // trim white space on both sides, keep offsets exact
      let s = start;
      let e = end;
      while (s < e && /\s/.test(text[s]!)) s++;
      while (e > s && /\s/.test(text[e - 1]!)) e--;
      if (e > s && /[\p{L}\p{N}]/u.test(text.slice(s, e))) out.push({ start: s, end: e, text: text.slice(s, e), section: index });
    };
    for (let i = section.start; i < section.end; i++) {
      const ch = text[i]!;
      if (ch === "\n") {
        push(i);
        start = i + 1;
        continue;
      }
      if (!TERMINATORS.has(ch)) continue;
      // «2.5», «(..)», «...»: not an end
      if (ch === "." && (/\d/.test(text[i - 1] ?? "") && /\d/.test(text[i + 1] ?? ""))) continue;
      if (ch === "." && (text[i + 1] === "." || text[i - 1] === ".")) continue;
      let j = i + 1;
      while (j < section.end && CLOSERS.has(text[j]!)) j++;
      if (j >= section.end || /\s/.test(text[j]!)) {
        push(j);
        start = j;
        i = j - 1;
      }
    }
    push(section.end);
  });
  return out;
}
