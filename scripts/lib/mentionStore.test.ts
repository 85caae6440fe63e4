import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Mention } from "../../src/contract/schema.ts";
import type { ArticleDigest } from "../pipeline/digest.ts";
import { createMentionSpill, createSpillStore } from "./mentionStore.ts";

const mention = (articleId: string, sentence: string, start: number): Mention => ({
  articleId,
  sentence,
  start,
  end: start + sentence.length,
  trigger: { start, end: start + 4 },
  actorSpans: [{ actorId: "IRN", start, end: start + 3 }],
});

function digest(articleId: string, mentions: Mention[]): ArticleDigest {
  const date = { edtf: "2024-12-02", start: "2024-12-02", end: "2024-12-02", precision: "day" as const };
  return {
    article: { id: articleId, file: `${articleId}.txt`, lang: "fa", outlet: "", published: "2024-12-02", publishedInferred: false, title: "" },
    articleJson: "{}",
    encoding: "utf-8",
    removed: [],
    actorCounts: [],
    discovered: [],
    events: mentions.map((m) => ({
      articleId,
      sentenceStart: m.start,
      triggerStart: m.trigger.start,
      cameo: "040",
      quad: 1 as const,
      goldstein: 1,
      modality: "reported" as const,
      date,
      sourceIds: ["IRN"],
      targetIds: ["TUR"],
      otherIds: [],
      mention: m,
    })),
    unresolvedDates: 0,
    warnings: [],
  };
}

describe("mention scratch files", () => {
  it("gives back every mention, Persian and Arabic text intact, from two writers' files by the places they passed on", () => {
    const dir = mkdtempSync(join(tmpdir(), "rabt-spill-"));
    const paths = [join(dir, "m-0.jsonl"), join(dir, "m-1.jsonl")];
    const a = createMentionSpill(paths[0]!, 0);
    const b = createMentionSpill(paths[1]!, 1);
    const fa = mention("fa1", "عراقچی و فیدان در آنکارا دیدار کردند.", 10);
    const ar = mention("ar1", "التقى وزير الخارجية التركي نظيره الإيراني.", 0);
    const ar2 = mention("ar1", "وأكد الجانبان ضرورة وقف إطلاق النار.", 50);
    const da = a.spill(digest("fa1", [fa]));
    const db = b.spill(digest("ar1", [ar, ar2]));
    a.close();
    b.close();
    const store = createSpillStore(paths);
    const refs = [...da.events, ...db.events].map((e) => store.put(e.mention));
    expect(refs.map((r) => store.get(r))).toEqual([fa, ar, ar2]);
    expect(store.json(refs[2]!)).toBe(JSON.stringify(ar2));
    store.close();
  });
  it("refuses a mention that does not match the data contract, naming its article", () => {
    const spill = createMentionSpill(join(mkdtempSync(join(tmpdir(), "rabt-spill-")), "m.jsonl"), 0);
    const bad = { ...mention("x1", "جملة", 5), start: -1 };
    expect(() => spill.spill(digest("x1", [bad]))).toThrow("a mention in x1 does not match the data contract");
    spill.close();
  });
  it("writes a cache entry's mentions without checking them again, to the same bytes", () => {
    const dir = mkdtempSync(join(tmpdir(), "rabt-spill-"));
    const ar = mention("ar1", "التقى وزير الخارجية التركي بنظيره الإيراني في أنقرة.", 12);
    const fresh = createMentionSpill(join(dir, "a.jsonl"), 0);
    const cached = createMentionSpill(join(dir, "b.jsonl"), 1);
    const refA = fresh.spill(digest("ar1", [ar])).events[0]!.mention;
    const refB = cached.spill(digest("ar1", [ar]), true).events[0]!.mention;
    fresh.close();
    cached.close();
    const store = createSpillStore([join(dir, "a.jsonl"), join(dir, "b.jsonl")]);
    expect(store.json(store.put(refB))).toBe(store.json(store.put(refA)));
    store.close();
  });
});
