import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Mention } from "../../src/contract/schema.ts";
import type { ArticleDigest } from "../pipeline/digest.ts";
import { testMention } from "./mention.test-util.ts";
import { createAppender, createMentionSpill, createSpillStore, locate } from "./mentionStore.ts";

const mention = (articleId: string, sentence: string, start: number): Mention => testMention(articleId, sentence, start, [{ actorId: "IRN", start, end: start + 3 }]);

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
    const fileA = createAppender(join(dir, "m-0.jsonl"));
    const fileB = createAppender(join(dir, "m-1.jsonl"));
    const a = createMentionSpill(fileA);
    const b = createMentionSpill(fileB);
    const fa = mention("fa1", "عراقچی و فیدان در آنکارا دیدار کردند.", 10);
    const ar = mention("ar1", "التقى وزير الخارجية التركي نظيره الإيراني.", 0);
    const ar2 = mention("ar1", "وأكد الجانبان ضرورة وقف إطلاق النار.", 50);
    const ar3 = mention("ar2", "وبحث الجانبان العلاقات الثنائية.", 7);
    const da = a.spill(digest("fa1", [fa]));
    const db = b.spill(digest("ar1", [ar, ar2]));
    const dc = a.spill(digest("ar2", [ar3]));
    fileA.close();
    fileB.close();
    const store = createSpillStore();
    // registered in the order the main thread first sees them, not by writer
    const located = [locate(db, store.fileOf(b.path())), locate(da, store.fileOf(a.path())), locate(dc, store.fileOf(a.path()))];
    expect(store.fileOf(b.path())).toBe(0);
    const refs = located.flatMap((d) => d.events).map((e) => store.put(e.mention));
    expect(refs.map((r) => store.get(r))).toEqual([ar, ar2, fa, ar3]);
    expect(store.json(refs[1]!)).toBe(JSON.stringify(ar2));
    store.close();
  });
  it("refuses a mention that does not match the data contract, naming its article, and writes nothing of that article", () => {
    const path = join(mkdtempSync(join(tmpdir(), "rabt-spill-")), "m.jsonl");
    const file = createAppender(path);
    const spill = createMentionSpill(file);
    const good = mention("x1", "جملة صحيحة", 0);
    const bad = { ...mention("x1", "جملة", 5), start: -1 };
    expect(() => spill.spill(digest("x1", [good, bad]))).toThrow("a mention in x1 does not match the data contract");
    file.close();
    expect(readFileSync(path, "utf8")).toBe("");
  });
  it("refuses a place in a file it was never told of", () => {
    const store = createSpillStore();
    expect(() => store.put([0, 0, 10])).toThrow("unregistered file 0");
  });
});
