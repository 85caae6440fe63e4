/**
 * The build on bad input: every bad file is named in `build-report.json` with its reason, every good
 * file gets through, the output validates against the contract and is the same bytes on a second run.
 * Fixtures are generated into a temporary folder (`fixtures.ts`).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FullGraph, FullGraphSchema } from "../../src/contract/schema.ts";
import { buildData } from "../build-data.ts";
import type { BuildReport } from "../pipeline/build.ts";
import { readBuiltGraph } from "../lib/readBuiltGraph.ts";
import { isValidIsoDate } from "../pipeline/metadata.ts";
import { type FixtureSet, TEXTS, writeBadInputFixtures, writeBrokenMetadataFixtures, writeLongLineFixtures } from "./fixtures.ts";

const BUILD_DATA = fileURLToPath(new URL("../build-data.ts", import.meta.url));
const OUTPUTS = ["graph.json", "build-report.json", "actors.csv", "events.csv", "relations.csv"];

let work: string;
let fixtures: FixtureSet;
let report: BuildReport;
let graph: FullGraph;
let secondRunSame: Record<string, boolean>;

const articleOf = (file: string) => graph.articles.find((a) => a.file === file);
const perArticle = (file: string) => report.perArticle.find((a) => a.file === file);
/** Actor ids recognised in one article (its mentions are counted in `Actor.articleIds`). */
const actorsOf = (file: string) => {
  const id = articleOf(file)?.id;
  return graph.actors.filter((a) => id !== undefined && a.articleIds.includes(id)).map((a) => a.id);
};

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "rabt-bad-input-"));
  fixtures = writeBadInputFixtures(join(work, "in"));
  await buildData({ inDir: fixtures.dir, outDir: join(work, "out1"), quiet: true, cacheDir: false });
  // the whole report, with its per-article rows, is the file
  report = JSON.parse(readFileSync(join(work, "out1", "build-report.json"), "utf8")) as BuildReport;
  await buildData({ inDir: fixtures.dir, outDir: join(work, "out2"), quiet: true, cacheDir: false });
  graph = readBuiltGraph(join(work, "out1"));
  secondRunSame = Object.fromEntries(
    OUTPUTS.map((f) => [f, readFileSync(join(work, "out1", f)).equals(readFileSync(join(work, "out2", f)))]),
  );
}, 120_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe("the build on a folder of bad input", () => {
  it("names every bad file in build-report.json with its reason", () => {
    const expected = Object.entries(fixtures.files).filter(([, e]) => e.kind === "skipped");
    const byFile = new Map(report.skipped.map((s) => [s.file, s.reason]));
    for (const [file, e] of expected) {
      if (e.kind !== "skipped") continue;
      expect(byFile.has(file), `${file} is not in skipped`).toBe(true);
      if (typeof e.reason === "string") expect(byFile.get(file), file).toBe(e.reason);
      else expect(byFile.get(file), file).toMatch(e.reason);
    }
    expect(report.skipped.map((s) => s.file).sort()).toEqual(expected.map(([f]) => f).sort());
  });

  it("gets every good file through (11 of 20 files)", () => {
    const good = Object.entries(fixtures.files)
      .filter(([, e]) => e.kind === "article")
      .map(([f]) => f)
      .sort();
    expect(good.length).toBe(11);
    expect(graph.articles.map((a) => a.file).sort()).toEqual(good);
    expect(report.articles).toBe(11);
    expect(report.filesRead).toBe(20);
  });

  it("writes output that validates against the data contract", () => {
    const parsed = FullGraphSchema.safeParse(graph);
    expect(parsed.success ? [] : parsed.error.issues.slice(0, 5)).toEqual([]);
    expect(readdirSync(join(work, "out1")).sort()).toEqual([...OUTPUTS, "chunks"].sort());
  });

  it("writes the same bytes on a second run", () => {
    expect(secondRunSame).toEqual(Object.fromEntries(OUTPUTS.map((f) => [f, true])));
  });

  it("skips the 50 MB file as too large (the build ran in this process: it did not run out of memory)", () => {
    expect(report.skipped.find((s) => s.file === "huge.txt")?.reason).toBe("file too large (52428800 bytes, limit 20971520)");
  });
});

describe("encodings", () => {
  it("decodes Windows-1256 Arabic to the same words", () => {
    expect(perArticle("cp1256.txt")?.encoding).toBe("windows-1256");
    expect(articleOf("cp1256.txt")?.text).toContain("انتقد وزير الخارجية السعودي فيصل بن فرحان في 12 آذار 2023");
    expect(actorsOf("cp1256.txt")).toContain("SAU");
  });

  it("decodes UTF-16LE with a BOM (Persian, ZWNJ kept)", () => {
    expect(perArticle("utf16le-bom.txt")?.encoding).toBe("utf-16le (BOM)");
    expect(articleOf("utf16le-bom.txt")?.lang).toBe("fa");
    expect(articleOf("utf16le-bom.txt")?.text).toContain("در همه زمینه‌ها رو به گسترش است");
    expect(actorsOf("utf16le-bom.txt")).toEqual(expect.arrayContaining(["IRN", "RUS"]));
  });

  it("drops the UTF-8 BOM and infers the publication date from the text", () => {
    const a = articleOf("utf8-bom.txt")!;
    expect(perArticle("utf8-bom.txt")?.encoding).toBe("utf-8 (BOM)");
    expect(a.text.startsWith("\uFEFF")).toBe(false);
    expect(a.text.startsWith("أجرى الرئيس المصري")).toBe(true);
    expect([a.published, a.publishedInferred]).toEqual(["2024-01-05", true]);
  });

  // Decision: a file pasted together from a UTF-8 part and a Windows-1256 part is decoded line by
  // line, each line in the encoding it is valid in — both parts keep their words, none turns to mojibake.
  it("decodes a file mixing UTF-8 and Windows-1256 line by line, keeping both parts", () => {
    const text = articleOf("mixed-encoding.txt")?.text ?? "";
    expect(text).toContain("التقى وزير الخارجية الروسي سيرغي لافروف");
    expect(text).toContain("وقال المقداد إن دمشق تقدر الدعم الروسي");
  });
});

describe("METADATA.json that contradicts the texts", () => {
  it("reads an Arabic text called Persian as Arabic, with a warning naming the file", () => {
    expect(articleOf("contradict-lang.txt")?.lang).toBe("ar");
    expect(report.warnings).toContain('contradict-lang.txt: METADATA.json says lang "fa" but the text reads as "ar"; using "ar"');
  });

  it("rejects published «2024-02-31» and infers the date from the text instead", () => {
    const a = articleOf("bad-date.txt")!;
    expect([a.published, a.publishedInferred]).toEqual(["2024-02-20", true]);
    expect(report.warnings).toContain('METADATA.json: bad-date.txt: published "2024-02-31" is not a valid date; inferred from the text');
  });

  it("warns about an entry with no file", () => {
    expect(report.warnings).toContain("METADATA.json: ghost.txt has no file in the folder");
  });
});

describe("HTML with script payloads", () => {
  it("keeps none of the scripts, handlers or javascript: links", () => {
    const text = articleOf("page.html")?.text ?? "";
    for (const payload of ["head-script", "body-onload", "onerror-payload", "link-payload", "body-script", "iframe-payload", "svg-payload", "svg-text", "document.cookie", "javascript:", "alert('"]) {
      expect(text, payload).not.toContain(payload);
    }
    expect(JSON.stringify(graph)).not.toContain("document.cookie");
  });

  it("keeps the visible body, and the payload written in it as plain text", () => {
    const text = articleOf("page.html")?.text ?? "";
    expect(text).toContain("استقبل الرئيس التركي رجب طيب أردوغان نظيره الإيراني مسعود بزشكيان في أنقرة");
    expect(text).toContain('<script>alert("visible")</script>');
    expect(text).toContain("اضغط هنا لقراءة البيان الكامل.");
    expect(actorsOf("page.html")).toEqual(expect.arrayContaining(["TUR", "IRN"]));
  });
});

describe("characters hidden inside names", () => {
  it("recognises «تر\u200Bكيا» (zero-width space) as TUR and «إيران\u202E» (RTL override) as IRN", () => {
    expect(actorsOf("bidi.txt")).toEqual(expect.arrayContaining(["TUR", "IRN"]));
  });
});

describe("pathological texts", () => {
  // In a child process with a time limit: a stage that is quadratic in the sentence length must fail
  // this test, not hang the suite. A news article builds in well under a second; 20 s is generous.
  it("builds a 200 KB single line within 20 seconds", () => {
    const set = writeLongLineFixtures(join(work, "long-in"));
    const out = join(work, "long-out");
    const t0 = performance.now();
    const r = spawnSync(process.execPath, ["--import", "tsx", BUILD_DATA, "--in", set.dir, "--out", out, "--quiet"], {
      encoding: "utf8",
      timeout: 20_000,
      killSignal: "SIGKILL",
    });
    const seconds = Math.round((performance.now() - t0) / 1000);
    expect(r.signal === "SIGKILL" ? `killed after ${seconds} s` : `exit ${r.status}`).toBe("exit 0");
    const long = readBuiltGraph(out);
    const a = long.articles[0]!;
    expect(a.file).toBe("long-line.txt");
    expect(a.text.length).toBeGreaterThan(100_000);
    expect(a.text.includes("\n")).toBe(false);
    expect(long.actors.map((x) => x.id)).toEqual(expect.arrayContaining(["TUR", "IRN", "RUS"]));
  }, 40_000);

  it("survives «31 شباط 2024», year 0 and day 0: the real date is the publication date, no invalid date anywhere", () => {
    const a = articleOf("odd-dates.txt")!;
    expect([a.published, a.publishedInferred]).toEqual(["2024-02-15", true]);
    const dates = [
      ...graph.articles.map((x) => x.published),
      ...graph.events.flatMap((e) => [e.date.start, e.date.end]),
      ...graph.actors.flatMap((x) => x.roles.flatMap((r) => [r.start, r.end].filter((d): d is string => d !== undefined))),
    ];
    expect(dates.filter((d) => !isValidIsoDate(d))).toEqual([]);
    expect(TEXTS.oddDates).toContain("31 شباط 2024");
  });
});

describe("a METADATA.json that is not valid JSON", () => {
  let broken: BuildReport;
  let brokenGraph: FullGraph;
  beforeAll(async () => {
    const set = writeBrokenMetadataFixtures(join(work, "broken-in"));
    broken = (await buildData({ inDir: set.dir, outDir: join(work, "broken-out"), quiet: true, cacheDir: false })) as BuildReport;
    brokenGraph = readBuiltGraph(join(work, "broken-out"));
  }, 60_000);

  it("is reported as a warning, and every article is still built with facts inferred from its text", () => {
    expect(broken.warnings.filter((w) => w.startsWith("METADATA.json: not valid JSON ("))).toHaveLength(1);
    expect(broken.skipped).toEqual([]);
    expect(brokenGraph.articles.map((a) => [a.file, a.lang, a.published, a.publishedInferred])).toEqual([
      ["a.txt", "ar", "2024-01-05", true],
      ["b.txt", "ar", "2024-02-20", true],
    ]);
  });
});
