import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Mention } from "../../src/contract/schema.ts";
import type { Corpus } from "../pipeline/assemble.ts";
import { eventChunkParts, writeEventChunks } from "../pipeline/split.ts";
import { writeChunksAside } from "./chunkWriter.ts";
import { testMention } from "./mention.test-util.ts";
import { createAppender, createSpillReader, createSpillStore } from "./mentionStore.ts";
import { openStream } from "./output.ts";


/** Three events over two chunks, the second reported twice, with their mentions in a scratch file. */
function corpusOnDisk() {
  const dir = mkdtempSync(join(tmpdir(), "rabt-chunks-"));
  const file = createAppender(join(dir, "m.jsonl"));
  const store = createSpillStore();
  const f = store.fileOf(file.path());
  const put = (m: Mention) => {
    const bytes = Buffer.from(`${JSON.stringify(m)}\n`);
    return store.put([f, file.append(bytes), bytes.length - 1]);
  };
  const events = [
    { id: "ev-a", chunk: "events-2023", mentions: [put(testMention("fa1", "عراقچی و فیدان در آنکارا دیدار کردند.", 4))] },
    { id: "ev-b", chunk: "events-2024", mentions: [put(testMention("ar1", "التقى وزير الخارجية التركي نظيره الإيراني.", 0)), put(testMention("fa1", "دو وزیر گفت‌وگو کردند.", 60))] },
    { id: "ev-c", chunk: "events-2024", mentions: [put(testMention("ar2", "وأكد الجانبان ضرورة وقف إطلاق النار.", 9))] },
  ];
  file.close();
  return { dir, store, corpus: { events } as unknown as Corpus<number> };
}

describe("the event chunks written on a thread of their own", () => {
  it("are the bytes the main thread writes: every mention of each event, and its lead sentence beside it", async () => {
    const { dir, store, corpus } = corpusOnDisk();
    const here = join(dir, "here");
    const events = corpus.events;
    writeEventChunks(
      eventChunkParts(events),
      events.map((e) => e.id),
      (i) => events[i]!.mentions.map((r) => store.json(r)),
      (p) => openStream(join(here, p)),
    );
    const aside = join(dir, "aside");
    await writeChunksAside(corpus, store.places(), aside, join(dir, "bundle"), "test");
    for (const p of ["chunks/events-2023.json", "chunks/events-2024.json", "chunks/leads-2023.json", "chunks/leads-2024.json"]) {
      expect(readFileSync(join(aside, p), "utf8"), p).toBe(readFileSync(join(here, p), "utf8"));
    }
    const leads = JSON.parse(readFileSync(join(aside, "chunks/leads-2024.json"), "utf8"));
    expect(leads.sentences).toEqual([
      ["ev-b", "التقى وزير الخارجية التركي نظيره الإيراني."],
      ["ev-c", "وأكد الجانبان ضرورة وقف إطلاق النار."],
    ]);
    expect(JSON.parse(readFileSync(join(aside, "chunks/events-2024.json"), "utf8")).events[0].mentions).toHaveLength(2);
    store.close();
  }, 30_000);

  it("fail the build with the reason when a mention cannot be read back", async () => {
    const { dir, store, corpus } = corpusOnDisk();
    // (places are handed over to the thread, not copied: a fresh set for each use)
    const broken = () => ({ ...store.places(), paths: [join(dir, "gone.jsonl")] });
    await expect(writeChunksAside(corpus, broken(), join(dir, "out"), join(dir, "bundle"), "test")).rejects.toThrow(/writing the event chunks: .*gone\.jsonl/);
    expect(() => createSpillReader(broken()).json(0)).toThrow("gone.jsonl");
    store.close();
  }, 30_000);
});
