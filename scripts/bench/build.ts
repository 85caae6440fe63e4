/**
 * `npm run bench:build -- [--sizes 1000,10000,50000] [--seed S] [--keep]`: throughput and memory of
 * the data build on synthetic corpora (`scripts/corpus/synth.ts`). Each build runs in its own child
 * process, so its peak RSS is its own (`process.resourceUsage().maxRSS`, which the child reports —
 * the same figure `/usr/bin/time -v` prints, and it works where that tool is missing). Then one article
 * is changed and the build is run again on the same folder, three times with three articles (the
 * incremental-rebuild figure is the median; `tries_s` has each).
 * Each child runs bundled (`scripts/run.mjs`), as `npm run build:data` does.
 * Prints a table and, last, one line `BENCH {json}` with every figure, units in the key names.
 */
import { spawnSync } from "node:child_process";
import { appendFileSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { writeSynthCorpus } from "../corpus/synth.ts";
import { isEntry, ROOT, SCRIPTS } from "../lib/paths.ts";


/** Time per build phase, ms: reading and analysing, the corpus stage, writing. */
type Phases = { readonly analyse_ms: number; readonly assemble_ms: number; readonly write_ms: number };

interface ChildResult {
  readonly ok: boolean;
  readonly wallSeconds: number;
  readonly buildSeconds: number;
  readonly peakRssMb: number;
  readonly articles: number;
  readonly skipped: number;
  readonly phases?: Phases;
  /** How the build ran: "full", "incremental" (scripts/lib/rebuild.ts) or "up to date". */
  readonly mode?: string;
  readonly error?: string;
}

export interface BenchRun {
  readonly articles: number;
  readonly input_mb: number;
  readonly generate_s: number;
  /** Wall time of the child process: start-up (Node, the bundle, the gazetteer) included. */
  readonly seconds: number;
  /** Time inside `buildData`: read, analyse, assemble, write. */
  readonly build_s: number;
  readonly mb_per_s: number;
  readonly articles_per_s: number;
  readonly peak_rss_mb: number;
  readonly articles_built: number;
  readonly skipped_files: number;
  readonly graph_json_mb: number;
  readonly build_report_json_mb: number;
  readonly actors_csv_mb: number;
  readonly events_csv_mb: number;
  readonly relations_csv_mb: number;
  readonly phases_ms?: Phases;
  readonly ok: boolean;
  readonly error?: string;
}

const mb = (bytes: number) => Math.round((bytes / 1e6) * 1000) / 1000;
const round = (x: number, digits = 3) => Math.round(x * 10 ** digits) / 10 ** digits;

/** Runs one build in a child process (this file in `--child` mode) and reads its figures. */
function runBuild(inDir: string, outDir: string, cacheDir: string): ChildResult {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ["--max-semi-space-size=32", join(SCRIPTS, "run.mjs"), "bench/build", "--child", "--in", inDir, "--out", outDir, "--cache", cacheDir], {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  const wallSeconds = (performance.now() - t0) / 1000;
  const line = r.stdout.split("\n").find((l) => l.startsWith("CHILD "));
  if (r.status !== 0 || !line) {
    const error = `exit ${r.status ?? r.signal}: ${(r.stderr || r.stdout).trim().split("\n").slice(-5).join(" | ")}`;
    return { ok: false, wallSeconds, buildSeconds: 0, peakRssMb: 0, articles: 0, skipped: 0, error };
  }
  const c = JSON.parse(line.slice(6)) as { build_ms: number; maxrss_kb: number; articles: number; skipped: number; phases: Phases; mode: string };
  const phases = Object.fromEntries(Object.entries(c.phases).map(([k, v]) => [k, Math.round(v)])) as Phases;
  return { ok: true, wallSeconds, buildSeconds: c.build_ms / 1000, peakRssMb: c.maxrss_kb / 1024, articles: c.articles, skipped: c.skipped, phases, mode: c.mode };
}

/** Child mode: one build, then its figures on stdout. */
async function child(inDir: string, outDir: string, cacheDir: string): Promise<void> {
  const { buildData } = await import("../build-data.ts");
  const t0 = performance.now();
  let phases: Phases | undefined;
  let mode = "";
  const report = await buildData({ inDir, outDir, quiet: true, cacheDir, onPhases: (p) => (phases = p), onMode: (m) => (mode = m) });
  const buildMs = performance.now() - t0;
  const figures = { build_ms: buildMs, maxrss_kb: process.resourceUsage().maxRSS, articles: report.articles, skipped: report.skipped.length, phases, mode };
  process.stdout.write(`CHILD ${JSON.stringify(figures)}\n`);
}

const fileMb = (p: string) => (existsSync(p) ? mb(statSync(p).size) : 0);

async function main() {
  const { values } = parseArgs({
    options: {
      sizes: { type: "string", default: "1000,10000,50000" },
      seed: { type: "string", default: "1" },
      keep: { type: "boolean", default: false },
      child: { type: "boolean", default: false },
      cache: { type: "string" },
      in: { type: "string" },
      out: { type: "string" },
    },
  });
  if (values.child) return child(values.in!, values.out!, values.cache!);

  const sizes = values.sizes
    .split(",")
    .map((s) => Number(s.trim()))
    .filter((n) => Number.isInteger(n) && n > 0);
  const seed = Number(values.seed);
  const work = mkdtempSync(join(tmpdir(), "rabt-bench-build-"));
  const log = (s: string) => process.stderr.write(`${s}\n`);
  log(`bench:build: sizes ${sizes.join(", ")}, seed ${seed}, work folder ${work}`);
  const runs: BenchRun[] = [];
  // the incremental rebuild is measured at every size up to 10k (a 50k rebuild doubles a long run)
  const rebuilds: Rebuild[] = [];
  try {
    for (const n of sizes) {
      const inDir = join(work, `in-${n}`);
      const outDir = join(work, `out-${n}`);
      const g0 = performance.now();
      const { bytes } = writeSynthCorpus(inDir, { articles: n, seed });
      const generateSeconds = (performance.now() - g0) / 1000;
      log(`  ${n} articles generated (${mb(bytes)} MB, ${round(generateSeconds, 1)} s); building…`);
      // a cold cache of its own: the first build analyses every article, the rebuild reuses them
      const cacheDir = join(work, `cache-${n}`);
      const r = runBuild(inDir, outDir, cacheDir);
      const run: BenchRun = {
        articles: n,
        input_mb: mb(bytes),
        generate_s: round(generateSeconds, 2),
        seconds: round(r.wallSeconds, 2),
        build_s: round(r.buildSeconds, 2),
        mb_per_s: r.ok ? round(mb(bytes) / r.wallSeconds) : 0,
        articles_per_s: r.ok ? round(n / r.wallSeconds, 1) : 0,
        peak_rss_mb: round(r.peakRssMb, 1),
        articles_built: r.articles,
        skipped_files: r.skipped,
        graph_json_mb: fileMb(join(outDir, "graph.json")),
        build_report_json_mb: fileMb(join(outDir, "build-report.json")),
        actors_csv_mb: fileMb(join(outDir, "actors.csv")),
        events_csv_mb: fileMb(join(outDir, "events.csv")),
        relations_csv_mb: fileMb(join(outDir, "relations.csv")),
        ...(r.phases ? { phases_ms: r.phases } : {}),
        ok: r.ok,
        ...(r.error ? { error: r.error } : {}),
      };
      runs.push(run);
      log(`  ${n}: ${run.ok ? `${run.seconds} s, ${run.mb_per_s} MB/s, peak RSS ${run.peak_rss_mb} MB` : `FAILED ${run.error}`}`);
      if (n <= 10_000 && r.ok) {
        // change one article, three times over (the first file, one in the middle, the last), each
        // time rebuilding: the figure is the median of the three (one run on a shared machine can be
        // slowed by anything, e.g. the writing back of the full build's files)
        const articles = readdirSync(inDir).filter((f) => f.endsWith(".txt")).sort();
        const tries = [articles[0]!, articles[articles.length >> 1]!, articles[articles.length - 1]!].map((file) => {
          appendFileSync(join(inDir, file), "\nوأضاف أن المحادثات ستستمر الأسبوع المقبل.\n");
          return runBuild(inDir, outDir, cacheDir);
        });
        const median = [...tries].sort((a, b) => a.wallSeconds - b.wallSeconds)[1]!;
        const rebuild: Rebuild = {
          articles: n,
          seconds: round(median.wallSeconds, 2),
          build_s: round(median.buildSeconds, 2),
          tries_s: tries.map((t) => round(t.wallSeconds, 2)),
          mode: tries.every((t) => t.mode === "incremental") ? "incremental" : tries.map((t) => t.mode ?? "?").join(","),
          phases_ms: median.phases,
        };
        rebuilds.push(rebuild);
        log(`  rebuild after changing one of ${n} articles: ${rebuild.seconds} s (median of ${rebuild.tries_s.join(", ")} s)`);
      }
      if (!values.keep) rmSync(inDir, { recursive: true, force: true });
    }
  } finally {
    if (!values.keep) rmSync(work, { recursive: true, force: true });
  }
  printTable(runs, rebuilds);
  const bench = {
    name: "build",
    seed,
    cpus: (await import("node:os")).cpus().length,
    runs,
    rebuilds_one_changed: rebuilds,
    targets: { mb_per_s_min: 5, peak_rss_mb_max_at_50k: 1536 },
  };
  process.stdout.write(`BENCH ${JSON.stringify(bench)}\n`);
}

interface Rebuild {
  readonly articles: number;
  /** Wall time of the child process (start-up included): the median of the three tries. */
  readonly seconds: number;
  readonly build_s: number;
  /** Each try's wall time, in the order they ran. */
  readonly tries_s: readonly number[];
  /** "incremental" when the snapshot served; "full" would mean the rebuild fell back. */
  readonly mode: string | undefined;
  readonly phases_ms: Phases | undefined;
}

function printTable(runs: readonly BenchRun[], rebuilds: readonly Rebuild[]) {
  const head = ["articles", "input MB", "wall s", "build s", "MB/s", "articles/s", "peak RSS MB", "graph.json MB", "events.csv MB", "relations.csv MB", "actors.csv MB"];
  const rows = runs.map((r) =>
    r.ok
      ? [r.articles, r.input_mb, r.seconds, r.build_s, r.mb_per_s, r.articles_per_s, r.peak_rss_mb, r.graph_json_mb, r.events_csv_mb, r.relations_csv_mb, r.actors_csv_mb].map(String)
      : [String(r.articles), String(r.input_mb), String(r.seconds), "FAILED", r.error ?? "", "", "", "", "", "", ""],
  );
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? "").length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => c.padStart(widths[i]!)).join("  ");
  process.stdout.write(`\n${line(head)}\n${widths.map((w) => "-".repeat(w)).join("  ")}\n`);
  for (const row of rows) process.stdout.write(`${line(row)}\n`);
  for (const r of rebuilds) process.stdout.write(`\nrebuild after changing 1 of ${r.articles} articles: ${r.seconds} s (median of ${r.tries_s.join(", ")} s; ${r.build_s} s in the build, ${r.mode ?? "?"})`);
  process.stdout.write("\n");
  process.stdout.write("targets: ≥ 5 MB/s; < 1536 MB peak RSS at 50k articles\n\n");
}

if (isEntry("bench/build.ts")) {
  main().catch((e: unknown) => {
    process.stderr.write(`bench:build: ${(e as Error).stack ?? String(e)}\n`);
    process.exit(1);
  });
}
