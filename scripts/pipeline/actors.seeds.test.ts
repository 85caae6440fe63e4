/**
 * Runs the recogniser over the five seed articles (whole text, boilerplate included) and compares
 * the actor ids found with the reference annotation: every required actor found, nothing outside
 * required + optional except places (which do not count against precision).
 * Needs `scripts/lexicon/persons.json`; skipped without it.
 */
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createActorRecognizer } from "./actors.ts";
import { PERSONS_PATH } from "../lib/paths.ts";
import { loadGazetteer } from "./gazetteer.ts";
import { segmentSentences } from "./segment.ts";

const root = new URL("../../seeds/", import.meta.url);
const gold = JSON.parse(readFileSync(new URL("gold/seed-gold.json", root), "utf8")) as {
  articles: Record<string, { lang: "ar" | "fa"; published: string; actors: { required: string[]; optional: string[] } }>;
};
// the publisher's own name, masked as the pipeline will do
const OUTLET_NAMES: Record<string, string[]> = {
  "000_eeef0678e201c693": ["وكالة أنباء سرايا الإخبارية", "سرايا"],
  "001_bb1f0f209f3694d5": ["اسپادانا خبر"],
  "002_7b6e2cec56946d6c": ["أورينت"],
  "003_009de1a4e7ca2b42": ["سناك سوري"],
  "004_ca222840752e4fe1": ["عصرترکیه", "عصر ترکیه"],
};
// found outside the annotation, and why it is acceptable on the raw file
const KNOWN_EXTRA: Record<string, string[]> = {
  // «الحدود الأردنية» in the reader-comment section, which the cleaning stage removes
  "002_7b6e2cec56946d6c": ["JOR"],
};

describe.skipIf(!existsSync(PERSONS_PATH))("seed articles against the reference annotation", () => {
  const gazetteer = loadGazetteer();
  const recognise = createActorRecognizer({ gazetteer });
  for (const [id, a] of Object.entries(gold.articles)) {
    it(`${id}: finds every required actor and nothing unannotated`, () => {
      const text = readFileSync(new URL(`${id}.txt`, root), "utf8");
      const maskedSpans = (OUTLET_NAMES[id] ?? []).flatMap((name) => [...text.matchAll(new RegExp(name, "g"))].map((m) => ({ start: m.index, end: m.index + name.length })));
      const sentences = segmentSentences(text, [{ kind: "body", start: 0, end: text.length }]);
      const r = recognise({ text, lang: a.lang, published: a.published, sentences, maskedSpans });
      const found = new Set(r.mentions.map((m) => m.actorId));
      const missing = a.actors.required.filter((x) => !found.has(x));
      const extra = [...found].filter((x) => !a.actors.required.includes(x) && !a.actors.optional.includes(x) && gazetteer.byId.get(x)?.kind !== "place").sort();
      expect(missing).toEqual([]);
      expect(extra).toEqual(KNOWN_EXTRA[id] ?? []);
      for (const m of r.mentions) expect(text.slice(m.start, m.end)).toBe(m.surface);
    });
  }
});
