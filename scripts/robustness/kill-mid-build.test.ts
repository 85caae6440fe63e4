/**
 * A build killed mid-way (SIGKILL: no cleanup handler runs) must leave the output folder as the
 * previous complete build, and must not leave anything that trips — or pollutes — the next build.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readGraphFile } from "../../src/contract/graphFile.ts";
import { buildData } from "../build-data.ts";
import { writeSynthCorpus } from "../corpus/synth.ts";

const BUILD_DATA = fileURLToPath(new URL("../build-data.ts", import.meta.url));
const OUTPUTS = ["actors.csv", "build-report.json", "events.csv", "graph.json", "relations.csv"];

let work: string;
let out: string;
let previousIn: string;
let largeIn: string;
let previous: Map<string, Buffer>;

const snapshot = (dir: string) =>
  new Map(
    (readdirSync(dir, { recursive: true }) as string[])
      .filter((f) => statSync(join(dir, f)).isFile())
      .sort()
      .map((f) => [f, readFileSync(join(dir, f))]),
  );
/** Folders beside the output that a build left: `out.tmp-<pid>`, `out.old-<pid>`. */
const leftovers = () => readdirSync(dirname(out)).filter((f) => f.startsWith(`${basename(out)}.`));

/** Resolves when the child has exited, with the signal that ended it. */
const exited = (child: ChildProcess) =>
  new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on("exit", (code, signal) => resolve({ code, signal })));

function expectPreviousBuild() {
  const now = snapshot(out);
  expect([...now.keys()].sort()).toEqual([...previous.keys()].sort());
  for (const name of OUTPUTS) expect(now.has(name), name).toBe(true);
  for (const [name, bytes] of previous) expect(now.get(name)?.equals(bytes), name).toBe(true);
  expect(readGraphFile(JSON.parse(now.get("graph.json")!.toString("utf8"))).ok).toBe(true);
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "rabt-kill-"));
  out = join(work, "data");
  previousIn = join(work, "previous-in");
  largeIn = join(work, "large-in");
  writeSynthCorpus(previousIn, { articles: 4, seed: 3 });
  writeSynthCorpus(largeIn, { articles: 300, seed: 4 });
  await buildData({ inDir: previousIn, outDir: out, quiet: true, cacheDir: false });
  previous = snapshot(out);
}, 120_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe("a build killed mid-way", () => {
  // without the cache: a cached rebuild of 300 articles can finish before its first progress line
  it("killed while analysing (at its first progress line) leaves the previous complete build", async () => {
    const child = spawn(process.execPath, ["--import", "tsx", BUILD_DATA, "--in", largeIn, "--out", out, "--no-cache"], { stdio: ["ignore", "ignore", "pipe"] });
    let progressSeen = false;
    child.stderr!.on("data", (chunk: Buffer) => {
      if (!progressSeen && /^\s+\d+\/300 files/m.test(chunk.toString("utf8"))) {
        progressSeen = true;
        child.kill("SIGKILL");
      }
    });
    // a build that never reports progress is killed anyway
    const fallback = setTimeout(() => child.kill("SIGKILL"), 60_000);
    const { signal } = await exited(child);
    clearTimeout(fallback);
    expect([signal, progressSeen]).toEqual(["SIGKILL", true]);
    expectPreviousBuild();
  }, 90_000);

  it("killed while writing (its temporary folder exists) leaves the previous complete build", async () => {
    // a child that writes 40 files of 5 MB through the runner's own atomic writer: a window long enough to kill in
    const script = `
      const { writeAtomically } = await import(${JSON.stringify(BUILD_DATA)});
      const files = {};
      for (let i = 0; i < 40; i++) files["part-" + i + ".json"] = "x".repeat(5_000_000);
      writeAtomically(${JSON.stringify(out)}, files);
    `;
    const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { stdio: "ignore" });
    const tmp = `${out}.tmp-${child.pid}`;
    const done = exited(child);
    let killedWriting = false;
    let finished = false;
    void done.then(() => {
      finished = true;
    });
    while (!finished) {
      if (existsSync(tmp)) {
        child.kill("SIGKILL");
        killedWriting = true;
        break;
      }
      await new Promise((r) => setTimeout(r, 1));
    }
    const { signal } = await done;
    expect([signal, killedWriting]).toEqual(["SIGKILL", true]);
    expectPreviousBuild();
  }, 60_000);

  it("the next build succeeds after a killed one", async () => {
    const report = await buildData({ inDir: previousIn, outDir: out, quiet: true, cacheDir: false });
    expect(report.articles).toBe(4);
    expect([...snapshot(out).keys()].filter((f) => !f.startsWith("chunks/")).sort()).toEqual(OUTPUTS);
    expect(readGraphFile(JSON.parse(readFileSync(join(out, "graph.json"), "utf8"))).ok).toBe(true);
    // same input as the previous build: the same bytes
    for (const [name, bytes] of previous) expect(readFileSync(join(out, name)).equals(bytes), name).toBe(true);
  }, 60_000);

  // `public/data.tmp-<pid>` beside `public/data` would be copied into the site by `vite build`
  it("the next build leaves no temporary folder of a killed build behind", () => {
    expect(leftovers()).toEqual([]);
  });
});
