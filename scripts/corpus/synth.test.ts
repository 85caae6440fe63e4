import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { BUILTIN_PERSONS, STATES, TITLES } from "./phrases.ts";
import { mulberry32 } from "../lib/prng.ts";
import { MAX_CHARS, MIN_CHARS, personsFromRecords, synthCorpus, writeSynthCorpus } from "./synth.ts";

const tmp = mkdtempSync(join(tmpdir(), "rabt-synth-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const corpus = synthCorpus({ articles: 300, seed: 1, persons: BUILTIN_PERSONS });

describe("mulberry32", () => {
  it("gives the same stream for the same seed", () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const xs = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(xs);
    expect(xs[0]).toBe(0.6011037519201636);
  });

  it("gives another stream for another seed", () => {
    expect(mulberry32(43)()).not.toBe(mulberry32(42)());
  });
});

describe("synthCorpus", () => {
  it("is deterministic: same arguments, same texts and metadata", () => {
    const again = synthCorpus({ articles: 300, seed: 1, persons: BUILTIN_PERSONS });
    expect(again).toEqual(corpus);
  });

  it("gives other articles for another seed", () => {
    const other = synthCorpus({ articles: 5, seed: 2, persons: BUILTIN_PERSONS });
    expect(other.files.map((f) => f.text)).not.toEqual(corpus.files.slice(0, 5).map((f) => f.text));
  });

  it("makes article i depend on (seed, i) only: a small corpus is the prefix of a large one", () => {
    const small = synthCorpus({ articles: 7, seed: 1, persons: BUILTIN_PERSONS });
    expect(small.files).toEqual(corpus.files.slice(0, 7));
    expect(small.metadata.articles).toEqual(corpus.metadata.articles.slice(0, 7));
  });

  it("names files like the seeds (index + 16 hex digits) and lists each in the metadata", () => {
    expect(corpus.files[0]!.name).toMatch(/^000000_[0-9a-f]{16}\.txt$/);
    expect(corpus.files[299]!.name).toMatch(/^000299_[0-9a-f]{16}\.txt$/);
    expect(corpus.metadata.articles.map((a) => a.file)).toEqual(corpus.files.map((f) => f.name));
    expect(new Set(corpus.files.map((f) => f.name)).size).toBe(300);
  });

  it("keeps every article between 300 and 6000 characters", () => {
    const lengths = corpus.files.map((f) => f.text.length);
    expect(Math.min(...lengths)).toBeGreaterThanOrEqual(MIN_CHARS);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(MAX_CHARS);
  });

  it("mixes Arabic and Persian, and each text is written in its own language's letters", () => {
    const langs = corpus.metadata.articles.map((a) => a.lang);
    const fa = langs.filter((l) => l === "fa").length;
    expect(fa).toBeGreaterThan(80);
    expect(fa).toBeLessThan(160);
    corpus.files.forEach((f, i) => {
      const lang = corpus.metadata.articles[i]!.lang;
      // Persian yeh/keheh never appear in the Arabic templates; Arabic yeh/kaf never in the Persian ones
      if (lang === "ar") expect(f.text, f.name).not.toMatch(/[یکگچپژ]/);
      else expect(f.text, f.name).toMatch(/[یک]/);
    });
  });

  it("draws publication dates between 2012-01-01 and 2026-06-30", () => {
    const dates = corpus.metadata.articles.map((a) => a.published).sort();
    expect(dates[0]! >= "2012-01-01").toBe(true);
    expect(dates[dates.length - 1]! <= "2026-06-30").toBe(true);
    for (const d of dates) expect(new Date(`${d}T00:00:00Z`).toISOString().slice(0, 10)).toBe(d);
  });

  it("names an office holder only during their term (e.g. «وزير الخارجية التركي هاكان فيدان» after 2023-06-04)", () => {
    let named = 0;
    corpus.files.forEach((f, i) => {
      const meta = corpus.metadata.articles[i]!;
      const phraseOf = (p: (typeof BUILTIN_PERSONS)[number]) => {
        const state = STATES.find((s) => s.id === p.country)!;
        return meta.lang === "ar" ? `${TITLES[p.role].ar} ${state.arNisba} ${p.ar}` : `${TITLES[p.role].fa} ${state.fa} ${p.fa}`;
      };
      for (const phrase of new Set(BUILTIN_PERSONS.map(phraseOf))) {
        if (!f.text.includes(phrase)) continue;
        named++;
        // a holder may have two terms (Trump): one of them must hold the publication date
        const terms = BUILTIN_PERSONS.filter((p) => phraseOf(p) === phrase);
        const inOffice = terms.some((p) => p.start <= meta.published && (!p.end || meta.published <= p.end));
        expect(inOffice, `${f.name} (${meta.published}): ${phrase}`).toBe(true);
      }
    });
    expect(named).toBeGreaterThan(100);
  });

  it("uses relative and absolute dates of both calendars", () => {
    const all = corpus.files.map((f) => f.text).join("\n");
    for (const phrase of ["أمس", "الماضي", "شباط", "فبراير", "دیروز", "گذشته", "اسفند", "فروردین"]) expect(all).toContain(phrase);
    expect(all).toMatch(/[۰-۹]{1,2} (?:فروردین|اردیبهشت|خرداد|تیر|مرداد|شهریور|مهر|آبان|آذر|دی|بهمن|اسفند) ۱[۳۴][۰-۹]{2}/);
  });

  it("wraps articles in the page boilerplate the cleaning stage has to remove", () => {
    const count = (re: RegExp) => corpus.files.filter((f) => re.test(f.text)).length;
    expect(count(/^كلمات دلالية: /m)).toBeGreaterThan(10);
    expect(count(/^برچسب ها: /m)).toBeGreaterThan(10);
    expect(count(/^(?:اقرأ أيضاً|اقرأ أيضا): /m)).toBeGreaterThan(10);
    expect(count(/^(?:مقالات مشابهة|أخبار ذات صلة|الأكثر قراءة)$/m)).toBeGreaterThan(10);
    expect(count(/^(?:التعليقات|أضف تعليق)$/m)).toBeGreaterThan(5);
    expect(count(/^(?:نظرات|ارسال نظر)$/m)).toBeGreaterThan(5);
  });
});

describe("personsFromRecords", () => {
  it("takes foreign ministers and presidents from persons.json records, with their surname forms", () => {
    const persons = personsFromRecords([
      {
        names: { ar: ["عباس عراقجي"], fa: ["عباس عراقچی"] },
        partial: { ar: ["عراقجي"], fa: ["عراقچی"] },
        roles: [
          { role: "foreign-minister", country: "IRN", start: "2024-08-21" },
          { role: "deputy-foreign-minister", country: "IRN", start: "2013-08-01", end: "2021-08-01" },
        ],
      },
    ]);
    const irnFm = persons.filter((p) => p.country === "IRN" && p.role === "foreign-minister");
    expect(irnFm).toEqual([{ country: "IRN", role: "foreign-minister", ar: "عباس عراقجي", fa: "عباس عراقچی", arShort: "عراقجي", faShort: "عراقچی", start: "2024-08-21" }]);
    // offices the file does not cover come from the built-in list
    expect(persons.filter((p) => p.country === "TUR" && p.role === "foreign-minister").map((p) => p.ar)).toEqual([
      "أحمد داود أوغلو",
      "مولود تشاووش أوغلو",
      "هاكان فيدان",
    ]);
  });

  it("falls back to the built-in list when there are no records", () => {
    expect(personsFromRecords([])).toEqual(BUILTIN_PERSONS);
  });
});

describe("corpus:synth CLI", () => {
  it("writes byte-identical files for the same arguments, equal to writeSynthCorpus", () => {
    const run = (out: string) =>
      spawnSync(process.execPath, ["--import", "tsx", "scripts/corpus/synth.ts", "--articles", "12", "--seed", "5", "--out", out], { encoding: "utf8" });
    const a = join(tmp, "cli-a");
    const b = join(tmp, "cli-b");
    const c = join(tmp, "inproc");
    expect(run(a).status).toBe(0);
    expect(run(b).status).toBe(0);
    writeSynthCorpus(c, { articles: 12, seed: 5 });
    const names = readdirSync(a).sort();
    expect(names.length).toBe(13);
    expect(names).toContain("METADATA.json");
    for (const n of names) {
      const bytes = readFileSync(join(a, n));
      expect(readFileSync(join(b, n)).equals(bytes), n).toBe(true);
      expect(readFileSync(join(c, n)).equals(bytes), n).toBe(true);
    }
    const meta = JSON.parse(readFileSync(join(a, "METADATA.json"), "utf8")) as { articles: { file: string }[] };
    expect(meta.articles.map((x) => x.file)).toEqual(names.filter((n) => n !== "METADATA.json"));
  });

  it("refuses a folder that is not empty unless --force", () => {
    const out = join(tmp, "cli-a");
    const r = spawnSync(process.execPath, ["--import", "tsx", "scripts/corpus/synth.ts", "--articles", "1", "--out", out], { encoding: "utf8" });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("is not empty (use --force to replace it)");
  });
});
