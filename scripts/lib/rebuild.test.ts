import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildData } from "../build-data.ts";
import { writeSynthCorpus } from "../corpus/synth.ts";

const files = (dir: string) => (readdirSync(dir, { recursive: true }) as string[]).filter((f) => statSync(join(dir, f)).isFile()).sort();

/** Builds `input` into `out` with `cache`; says how the build ran. */
async function build(input: string, out: string, cache: string | false): Promise<{ mode: string; why?: string }> {
  let mode = { mode: "?" } as { mode: string; why?: string };
  await buildData({ inDir: input, outDir: out, quiet: true, workers: 0, cacheDir: cache, onMode: (m, why) => (mode = { mode: m, ...(why ? { why } : {}) }) });
  return mode;
}

/** Expects `out` to hold the very bytes a full build of `input` without a cache writes. */
/** The one snapshot in `cache`, relative to it (it sits in its pipeline version's folder). */
function snapshotOf(cache: string): string {
  const found = readdirSync(cache, { recursive: true, encoding: "utf8" }).filter((f) => /(^|[\\/])snapshot-[0-9a-f]{16}\.bin$/.test(f));
  expect(found).toHaveLength(1);
  return found[0]!;
}

async function expectSameAsFull(work: string, input: string, out: string) {
  const full = join(work, `full-${Math.random().toString(36).slice(2)}`);
  await build(input, full, false);
  expect(files(out)).toEqual(files(full));
  for (const f of files(full)) expect(readFileSync(join(out, f)).equals(readFileSync(join(full, f))), f).toBe(true);
}

/** A paragraph of an article that dates something to the day, month and year (it resolves the same in any article). */
function datedLine(path: string): string | undefined {
  return readFileSync(path, "utf8")
    .split("\n")
    .find((l) => /[0-9۰-۹٠-٩]{1,2} \S+ [0-9۰-۹٠-٩]{4}/.test(l));
}

describe("incremental rebuild", () => {
  let work: string;
  let input: string;
  let out: string;
  let cache: string;
  let articles: string[];
  /** Appends to article `to` the `k`-th paragraph dated to the day among the other articles in its language. */
  let copyDated: (to: number, k: number) => void;
  let lang: Map<string, string>;
  /** Files of the articles reporting each event that several articles report, as the last build has them. */
  const mergedArticles = () => {
    const graph = JSON.parse(readFileSync(join(out, "graph.json"), "utf8")) as { articles: { file: string }[]; events: { columns: string[]; rows: unknown[][] } };
    const column = graph.events.columns.indexOf("articleIds");
    return graph.events.rows.map((r) => (r[column] as number[]).map((i) => graph.articles[i]!.file)).filter((files) => files.length > 1);
  };
  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), "rabt-rebuild-"));
    input = join(work, "in");
    out = join(work, "out");
    cache = join(work, "cache");
    writeSynthCorpus(input, { articles: 120, seed: 11 });
    articles = readdirSync(input).filter((f) => f.endsWith(".txt")).sort();
    lang = new Map((JSON.parse(readFileSync(join(input, "METADATA.json"), "utf8")) as { articles: { file: string; lang: string }[] }).articles.map((a) => [a.file, a.lang]));
    const paragraphs = articles.flatMap((file) => {
      const line = datedLine(join(input, file));
      return line ? [{ file, line, lang: lang.get(file) }] : [];
    });
    expect(paragraphs.length).toBeGreaterThan(60);
    copyDated = (to, k) => {
      const file = articles[to]!;
      const same = paragraphs.filter((p) => p.lang === lang.get(file) && p.file !== file);
      const from = same[k % same.length]!;
      appendFileSync(join(input, file), `\n${from.line}\n`);
    };
    // reports of one occurrence in several articles: dated paragraphs of twenty articles repeated in twenty others
    for (let k = 0; k < 20; k++) copyDated(100 + k, k * 2);
    expect(await build(input, out, cache)).toEqual({ mode: "full", why: "no snapshot of a previous build into this folder" });
    // the corpus merges reports across articles: what the rebuild must get right
    expect(mergedArticles().length).toBeGreaterThanOrEqual(4);
  }, 120_000);

  it("rebuilds only what a changed article touches, with the bytes of a full build", async () => {
    // an article one of whose events other articles report too: that event is merged again
    const [one, other] = mergedArticles()[0]!;
    appendFileSync(join(input, one!), "\nوأضاف أن المحادثات ستستمر.\n");
    expect(await build(input, out, cache)).toEqual({ mode: "incremental" });
    await expectSameAsFull(work, input, out);
    // the report copied into a third article of the same language joins the merged event
    const copied = readFileSync(join(input, other!), "utf8").trimEnd().split("\n").pop()!;
    const third = articles.find((f) => f !== one && f !== other && lang.get(f) === lang.get(other!))!;
    const before = mergedArticles().length;
    appendFileSync(join(input, third), `\n${copied}\n`);
    expect(await build(input, out, cache)).toEqual({ mode: "incremental" });
    await expectSameAsFull(work, input, out);
    expect(mergedArticles().some((files) => files.includes(third))).toBe(true);
    expect(mergedArticles().length).toBeGreaterThanOrEqual(before);
    // a dated report copied from another article
    copyDated(3, 20);
    expect(await build(input, out, cache)).toEqual({ mode: "incremental" });
    await expectSameAsFull(work, input, out);
  }, 120_000);

  it("stays exact over successive rebuilds: an article cut short, several changed at once, a report removed", async () => {
    const first = join(input, articles[17]!);
    writeFileSync(first, readFileSync(first, "utf8").slice(0, 400));
    expect((await build(input, out, cache)).mode).toBe("incremental");
    await expectSameAsFull(work, input, out);

    for (const [to, from] of [
      [5, 25],
      [61, 2],
      [90, 14],
    ] as const) {
      copyDated(to, from);
    }
    expect((await build(input, out, cache)).mode).toBe("incremental");
    await expectSameAsFull(work, input, out);

    // the copied report taken out again: the merged event it had joined splits back
    const target = join(input, articles[3]!);
    const text = readFileSync(target, "utf8").trimEnd().split("\n");
    writeFileSync(target, `${text.slice(0, -1).join("\n")}\n`);
    expect((await build(input, out, cache)).mode).toBe("incremental");
    await expectSameAsFull(work, input, out);
  }, 180_000);

  it("leaves an up-to-date output alone, even when a file was only touched", async () => {
    const before = statSync(join(out, "graph.json"));
    const later = new Date(Date.now() + 5000);
    utimesSync(join(input, articles[8]!), later, later);
    expect(await build(input, out, cache)).toEqual({ mode: "up to date" });
    expect(await build(input, out, cache)).toEqual({ mode: "up to date" });
    const after = statSync(join(out, "graph.json"));
    expect([after.ino, after.mtimeMs]).toEqual([before.ino, before.mtimeMs]);
  }, 60_000);

  it("builds in full, and says why, when it cannot be sure of the result", async () => {
    // an output file edited since it was written is never reused
    appendFileSync(join(out, "events.csv"), "tampered\n");
    appendFileSync(join(input, articles[20]!), "\nوأضاف أن المحادثات ستستمر.\n");
    expect(await build(input, out, cache)).toEqual({ mode: "full", why: "the previous output's events.csv changed since it was written" });
    await expectSameAsFull(work, input, out);

    // a new file changes every article's position
    cpSync(join(input, articles[30]!), join(input, "zz-new.txt"));
    appendFileSync(join(input, "zz-new.txt"), "\nوأضاف أن المحادثات ستستمر.\n");
    expect(await build(input, out, cache)).toEqual({ mode: "full", why: "files were added, removed or renamed" });

    // an article made a copy of another: which of the two is the article is decided again
    cpSync(join(input, articles[50]!), join(input, articles[51]!));
    expect(await build(input, out, cache)).toMatchObject({ mode: "full", why: `${articles[51]} has or had the content of another file` });
    await expectSameAsFull(work, input, out);
    expect(readFileSync(join(out, "build-report.json"), "utf8")).toContain(`duplicate of ${articles[50]}`);

    const meta = join(input, "METADATA.json");
    writeFileSync(meta, readFileSync(meta, "utf8").replace(/"outlet": "[^"]*"/, '"outlet": "Another outlet"'));
    expect(await build(input, out, cache)).toEqual({ mode: "full", why: "METADATA.json changed" });
    await expectSameAsFull(work, input, out);
  }, 180_000);

  it("is not fooled by a snapshot older than the output (a build killed between its output and its snapshot)", async () => {
    const snapshotFile = snapshotOf(cache);
    const older = readFileSync(join(cache, snapshotFile));
    appendFileSync(join(input, articles[12]!), "\nوأضاف أن المحادثات ستستمر.\n");
    expect((await build(input, out, cache)).mode).toBe("incremental");
    // as if that build had been killed after swapping its output in, before writing its snapshot
    writeFileSync(join(cache, snapshotFile), older);
    appendFileSync(join(input, articles[13]!), "\nوأضاف أن المحادثات ستستمر.\n");
    expect(await build(input, out, cache)).toMatchObject({ mode: "full", why: expect.stringMatching(/^the previous output's .* changed since it was written$/) });
    await expectSameAsFull(work, input, out);
  }, 120_000);

  it("builds in full, saying why, when the snapshot is of another version of the pipeline", async () => {
    const file = snapshotOf(cache);
    const [version, name] = file.split(/[\\/]/) as [string, string];
    const other = "0000000000000000";
    mkdirSync(join(cache, other), { recursive: true });
    renameSync(join(cache, file), join(cache, other, name));
    appendFileSync(join(input, articles[14]!), "\nوأضاف أن المحادثات ستستمر.\n");
    expect(await build(input, out, cache)).toEqual({ mode: "full", why: "the pipeline changed" });
    expect(existsSync(join(cache, version, name))).toBe(true);
    await expectSameAsFull(work, input, out);
  }, 120_000);

  it("is not fooled by a cache from another output folder", async () => {
    const other = join(work, "other-out");
    expect((await build(input, other, cache)).why).toBe("no snapshot of a previous build into this folder");
    copyDated(70, 22);
    expect((await build(input, other, cache)).mode).toBe("incremental");
    expect((await build(input, out, cache)).mode).toBe("incremental");
    await expectSameAsFull(work, input, other);
    await expectSameAsFull(work, input, out);
  }, 180_000);
});
