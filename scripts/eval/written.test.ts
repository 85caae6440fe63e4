/** The written evaluation sets (`npm run eval:written`) are well formed: what the scorer reads matches the articles. */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Gold } from "./score.ts";

const WRITTEN = new URL("./written/", import.meta.url).pathname;
const sets = readdirSync(WRITTEN).filter((n) => statSync(join(WRITTEN, n)).isDirectory());

describe.each(sets)("written set %s", (name) => {
  const dir = join(WRITTEN, name);
  const files = readdirSync(join(dir, "articles")).filter((f) => f.endsWith(".txt")).sort();
  const meta = JSON.parse(readFileSync(join(dir, "articles", "METADATA.json"), "utf8")) as { articles: { file: string; lang: string; published: string }[] };
  const gold = JSON.parse(readFileSync(join(dir, "gold.json"), "utf8")) as Gold & { articles: Record<string, { lang: string; published: string }> };

  it("has a METADATA.json entry for each article and no other", () => {
    expect(meta.articles.map((a) => a.file).sort()).toEqual(files);
  });

  it("annotates each article, with its language and publication date", () => {
    expect(Object.keys(gold.articles).sort()).toEqual(files.map((f) => f.replace(/\.txt$/, "")));
    for (const a of meta.articles) {
      const g = gold.articles[a.file.replace(/\.txt$/, "")]!;
      expect([g.lang, g.published], a.file).toEqual([a.lang, a.published]);
    }
  });

  it("defines every actor its articles and events name", () => {
    const ids = new Set(Object.keys(gold.actors));
    for (const [id, a] of Object.entries(gold.articles)) {
      for (const actor of [...a.actors.required, ...(a.actors.optional ?? [])]) expect(ids.has(actor), `${id}: ${actor}`).toBe(true);
      for (const e of a.events) for (const p of e.participants) expect(ids.has(p), `${e.id}: ${p}`).toBe(true);
    }
  });
});
