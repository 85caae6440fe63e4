import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { testMention } from "../lib/mention.test-util.ts";
import { openStream } from "../lib/output.ts";
import { articleChunkHead, articleChunkJson } from "./assemble.ts";
import { chunkEntries, eventChunkHead, eventChunkParts, leadsChunkHead, type ReusedEntries, writeEventChunks } from "./split.ts";

/** Each entry's text, from the byte ranges `chunkEntries` gives. */
function entryTexts(text: string, head: string): string[] | null {
  const bytes = Buffer.from(text);
  const at = chunkEntries(bytes, head);
  if (!at) return null;
  const out: string[] = [];
  for (let k = 0; k < at.length; k += 2) out.push(bytes.subarray(at[k], at[k + 1]).toString("utf8"));
  return out;
}

describe("chunkEntries: the entries of a chunk file, as byte ranges", () => {
  it("finds each entry of an article chunk, whatever brackets, quotes and escapes its strings hold", () => {
    const articles = [
      { id: "ar-1", text: "قال الوزير: «سنرد}]» ثم غادر [وفق الأناضول]." },
      { id: "fa-2", text: 'گفت "توافق {نهایی}" \\ امضا شد', title: "]}{[" },
      { id: "x-3", text: "" },
      { id: "ar-4", text: 'قال: "{" ثم سكت' },
    ].map((a) => JSON.stringify(a));
    const file = articleChunkJson("articles-000", articles);
    expect(entryTexts(file, articleChunkHead("articles-000"))).toEqual(articles);
  });

  it("reads the event and leads chunks writeEventChunks writes, one entry per event", () => {
    const dir = mkdtempSync(join(tmpdir(), "rabt-split-"));
    const events = [
      { id: "ev-1", chunk: "events-2024" },
      { id: "ev-2", chunk: "events-2024" },
    ];
    const mentions = [[JSON.stringify(testMention("ar1", "التقى عراقجي نظيره التركي في أنقرة.", 0))], [JSON.stringify(testMention("fa1", "دو وزیر در تهران گفت‌وگو کردند.", 10))]];
    writeEventChunks(eventChunkParts(events), events.map((e) => e.id), (i) => mentions[i]!, (p) => openStream(join(dir, p)));
    const chunk = readFileSync(join(dir, "chunks/events-2024.json"), "utf8");
    const leads = readFileSync(join(dir, "chunks/leads-2024.json"), "utf8");
    expect(entryTexts(chunk, eventChunkHead("events-2024"))?.map((e) => JSON.parse(e).id)).toEqual(["ev-1", "ev-2"]);
    expect(entryTexts(leads, leadsChunkHead("leads-2024"))?.map((e) => JSON.parse(e))).toEqual([
      ["ev-1", "التقى عراقجي نظيره التركي في أنقرة."],
      ["ev-2", "دو وزیر در تهران گفت‌وگو کردند."],
    ]);
  });

  it("gives nothing for a file of another chunk or one cut short", () => {
    const file = articleChunkJson("articles-001", ['{"id":"a"}', '{"id":"b"}']);
    expect(entryTexts(file, articleChunkHead("articles-000"))).toBeNull();
    expect(entryTexts(file.slice(0, -4), articleChunkHead("articles-001"))).toBeNull();
    expect(entryTexts(`${articleChunkHead("articles-001")}{"id":"a"}}`, articleChunkHead("articles-001"))).toBeNull();
  });
});

describe("writeEventChunks with entries reused from an earlier build", () => {
  const dir = mkdtempSync(join(tmpdir(), "rabt-reuse-"));
  const events = [
    { id: "ev-1", chunk: "events-2023" },
    { id: "ev-2", chunk: "events-2023" },
  ];
  const mention = (i: number) => [JSON.stringify(testMention("ar1", i === 0 ? "زار أردوغان طهران." : "استقبل بزشكيان نظيره التركي.", 0))];
  const write = (folder: string, reuse?: (i: number) => ReusedEntries | null) => {
    const read: number[] = [];
    const mentionsOf = (i: number) => {
      read.push(i);
      return mention(i);
    };
    writeEventChunks(eventChunkParts(events), events.map((e) => e.id), mentionsOf, (p) => openStream(join(dir, folder, p)), reuse);
    return { read, chunk: readFileSync(join(dir, folder, "chunks/events-2023.json")), leads: readFileSync(join(dir, folder, "chunks/leads-2023.json")) };
  };
  const fresh = write("fresh");
  const entries = (i: number): ReusedEntries => {
    const e = chunkEntries(fresh.chunk, eventChunkHead("events-2023"))!;
    const l = chunkEntries(fresh.leads, leadsChunkHead("leads-2023"))!;
    return { event: fresh.chunk.subarray(e[2 * i], e[2 * i + 1]), lead: fresh.leads.subarray(l[2 * i], l[2 * i + 1]) };
  };

  it("copies an event's entries instead of reading its mentions, to the same bytes", () => {
    const reused = write("reused", (i) => (i === 1 ? entries(1) : null));
    expect(reused.read).toEqual([0]);
    expect(reused.chunk.equals(fresh.chunk)).toBe(true);
    expect(reused.leads.equals(fresh.leads)).toBe(true);
  });

  it("does not copy entries that are another event's", () => {
    const wrong = write("wrong", (i) => entries(1 - i));
    expect(wrong.read).toEqual([0, 1]);
    expect(wrong.chunk.equals(fresh.chunk)).toBe(true);
    expect(wrong.leads.equals(fresh.leads)).toBe(true);
  });
});

describe("openStream", () => {
  it("writes text and bytes in the order given, small pieces and large", () => {
    const dir = mkdtempSync(join(tmpdir(), "rabt-stream-"));
    const large = Buffer.alloc(1 << 21, "ب");
    const pieces: (string | Uint8Array)[] = ["{", Buffer.from("«آنکارا»"), ",", large, "تهران", Buffer.from("]"), "}\n"];
    const s = openStream(join(dir, "out.json"));
    for (const p of pieces) s.write(p);
    s.close();
    const expected = Buffer.concat(pieces.map((p) => (typeof p === "string" ? Buffer.from(p) : p)));
    expect(readFileSync(join(dir, "out.json")).equals(expected)).toBe(true);
  });
});
