import { describe, expect, it } from "vitest";
import { MAX_SENTENCE, segmentSentences } from "./segment.ts";

const whole = (t: string) => [{ kind: "body" as const, start: 0, end: t.length }];

describe("segmentSentences", () => {
  it("ends Persian sentences at the full stop and keeps offsets into the text", () => {
    const t = "دو کشور در بسیاری از موضوعات اشتراک نظر دارند. ما در مورد لزوم آتشبس در غزه تبادل نظر کردیم.";
    const s = segmentSentences(t, whole(t));
    expect(s.map((x) => x.text)).toEqual(["دو کشور در بسیاری از موضوعات اشتراک نظر دارند.", "ما در مورد لزوم آتشبس در غزه تبادل نظر کردیم."]);
    expect(t.slice(s[1]!.start, s[1]!.end)).toBe(s[1]!.text);
  });
  it("ends at the Arabic question mark and at newlines", () => {
    const t = "ماذا قال وزيرا خارجية إيران وتركيا؟ قال الوزير إن البلدين متفقان\nسطر آخر";
    expect(segmentSentences(t, whole(t)).map((x) => x.text)).toEqual(["ماذا قال وزيرا خارجية إيران وتركيا؟", "قال الوزير إن البلدين متفقان", "سطر آخر"]);
  });
  it("does not split inside a decimal number or the ellipsis «(..)»", () => {
    const t = "ارتفع النمو 2.5 في المئة (..) وفق التقرير. ثم انتهى.";
    expect(segmentSentences(t, whole(t)).map((x) => x.text)).toEqual(["ارتفع النمو 2.5 في المئة (..) وفق التقرير.", "ثم انتهى."]);
  });
  it("keeps a closing quote with the sentence it closes", () => {
    const t = 'وقال: "إن تعاوننا الوثيق مع إيران سيستمر." ثم غادر.';
    expect(segmentSentences(t, whole(t)).map((x) => x.text)).toEqual(['وقال: "إن تعاوننا الوثيق مع إيران سيستمر."', "ثم غادر."]);
  });
  it("labels each sentence with its section", () => {
    const t = "عنوان\n\nنص المقال هنا.";
    const s = segmentSentences(t, [{ kind: "title", start: 0, end: 5 }, { kind: "body", start: 7, end: t.length }]);
    expect(s.map((x) => [x.text, x.section])).toEqual([["عنوان", 0], ["نص المقال هنا.", 1]]);
  });
});

describe("segmentSentences on pathological lines", () => {
  // a 200 KB line with no full stop: a scraped page that lost its punctuation
  const clause = "التقى وزير الخارجية التركي هاكان فيدان نظيره الإيراني عباس عراقجي في أنقرة، ";
  const line = clause.repeat(Math.ceil(200_000 / clause.length));

  it("cuts a 200 KB line after its Arabic commas into pieces of at most 2,000 characters", () => {
    const s = segmentSentences(line, whole(line));
    const perPiece = Math.floor(MAX_SENTENCE / clause.length);
    expect(clause.length).toBe(76);
    expect(perPiece).toBe(26);
    // 2,632 clauses, 26 to a piece
    expect(s.length).toBe(102);
    expect(s.length).toBeGreaterThan(50);
    expect(Math.max(...s.map((x) => x.text.length))).toBeLessThanOrEqual(MAX_SENTENCE);
    expect(s[0]!.text).toBe(clause.repeat(perPiece).trim());
    expect(s.every((x) => line.slice(x.start, x.end) === x.text)).toBe(true);
  });

  it("cuts before « و» when a long run has no comma, else at a space, else at the limit", () => {
    // 21 characters a clause: the last «وصل» before the limit starts at 95 × 21 = 1995
    const noComma = "وصل عراقجي إلى أنقرة ".repeat(200);
    expect(segmentSentences(noComma, whole(noComma)).map((x) => x.text.length)).toEqual([1994, 1994, 209]);
    const noSpace = "ا".repeat(4500);
    expect(segmentSentences(noSpace, whole(noSpace)).map((x) => x.text.length)).toEqual([2000, 2000, 500]);
  });

  it("leaves sentences under the limit as they are", () => {
    const t = `${"كلمة ".repeat(398)}نهاية.`;
    expect(segmentSentences(t, whole(t)).map((x) => x.text.length)).toEqual([1996]);
  });
});
