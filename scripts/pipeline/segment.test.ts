import { describe, expect, it } from "vitest";
import { segmentSentences } from "./segment.ts";

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
