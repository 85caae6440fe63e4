/**
 * `npm run bench:app -- [--articles 10000] [--seed S] [--data DIR] [--keep]`: the real app (the
 * production build) opening and being used on a large built corpus. For each size (`--articles`
 * takes a comma list, e.g. `1000,10000`) it synthesises a corpus (`scripts/corpus/synth.ts`),
 * builds its data (`buildData`, no cache; the build time is reported too), and serves the site —
 * built once per run with Vite and the project's config — with `data/` mapped to that folder.
 * `--data DIR` uses an already built data folder instead (`--articles` is then ignored).
 * In headless Chromium (1440×900, English interface) one page then measures, in this order:
 *   - open: `page.goto` → the timeline has drawn its events (`data-event-count` ≥ 1 and a visible
 *     range on `[data-testid=timeline]`, both set by the engine after a frame with data);
 *   - the JS heap after opening (`performance.memory.usedJSHeapSize`, Chromium only);
 *   - sentences ready: `page.goto` → every lead sentence loaded (the leads chunks, fetched after
 *     opening; `data-sentences` on `[data-testid=search]`): from then on search finds events too;
 *   - select actor: click on the busiest actor of the actor list → its detail panel with the
 *     actor's name and relations;
 *   - first and second search, once the sentences are ready: typing a query («ایران», then
 *     «روسیه») → the first result shown (the first query indexes whatever event sentences idle
 *     time has not indexed yet);
 *   - open event: click on the selected actor's first event → the event panel with its source
 *     sentences, the event's chunk (`data/chunks/events-….json`) fetched and loaded.
 * The page is left to settle (main thread idle) between steps, so each figure is its own work.
 * Prints a table and, last, one line `BENCH {json}` with every figure, units in the key names.
 * Any step that does not finish within 120 s fails the run (non-zero exit, the step named).
 * The temp folder (under the OS temp dir) is removed at the end unless `--keep`.
 */
import { cpus, loadavg, tmpdir } from "node:os";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { type Browser, chromium, type Page } from "playwright-core";
import { build } from "vite";
import { buildData } from "../build-data.ts";
import { writeSynthCorpus } from "../corpus/synth.ts";
import { chromiumLaunchOptions } from "../lib/browser.ts";
import { serveStatic } from "../lib/serve.ts";

const ROOT = resolve(import.meta.dirname, "../..");
const BASE = "/bench/";
const TIMEOUT_MS = 120_000;
const QUERIES = ["ایران", "روسیه"] as const;

interface Run {
  readonly articles: number;
  readonly actors: number;
  readonly events: number;
  readonly graph_json_mb: number;
  /** Time inside `buildData` (null with `--data`). */
  readonly build_s: number | null;
  /** Navigation start → graph.json received. */
  readonly graph_fetched_ms: number;
  /** `page.goto` → the timeline has drawn its events. */
  readonly open_ms: number;
  readonly sentences_ready_ms: number;
  /** Used JS heap after opening (null where `performance.memory` is missing). */
  readonly js_heap_mb: number | null;
  readonly select_actor_ms: number;
  readonly first_search_ms: number;
  readonly second_search_ms: number;
  readonly open_event_ms: number;
  /** Used JS heap at the end of the session, after a forced garbage collection. */
  readonly js_heap_end_gc_mb: number | null;
}

/** Where the data of one run comes from. */
interface DataSet {
  readonly dir: string;
  readonly articles: number;
  readonly actors: number;
  readonly events: number;
  readonly build_s: number | null;
}

const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;
const mb = (bytes: number) => round(bytes / 1e6, 2);
const log = (s: string) => process.stderr.write(`${s}\n`);

/** A failure with the step it happened in. */
class StepError extends Error {}

async function step<T>(name: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof StepError) throw e;
    const msg = (e as Error).message.split("\n")[0];
    throw new StepError(`${name}: ${msg}`);
  }
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      articles: { type: "string", default: "10000" },
      seed: { type: "string", default: "1" },
      data: { type: "string" },
      keep: { type: "boolean", default: false },
    },
  });
  const sizes = values.data
    ? [0]
    : values.articles
        .split(",")
        .map((s) => Number(s.trim()))
        .filter((n) => Number.isInteger(n) && n > 0);
  if (!sizes.length) throw new Error(`--articles: no size in «${values.articles}»`);
  const seed = Number(values.seed);
  // before this run's own work: another job on the machine shows here
  const loadAtStart = round(loadavg()[0] ?? 0, 2);
  const tmp = mkdtempSync(join(tmpdir(), "rabt-bench-app-"));
  log(`bench:app: ${values.data ? `data ${resolve(values.data)}` : `sizes ${sizes.join(", ")}, seed ${seed}`}, work folder ${tmp}`);
  const runs: Run[] = [];
  let browser: Browser | undefined;
  let failure: string | undefined;
  try {
    const site = join(tmp, "site");
    const t0 = performance.now();
    // The project's config (base "./", the CSP); the data is served from the built corpus, so
    // public/ (public/data) is not copied.
    await step("vite build", () => build({ root: ROOT, logLevel: "warn", publicDir: false, build: { outDir: site, emptyOutDir: true } }));
    log(`  site built (${round((performance.now() - t0) / 1000)} s)`);
    const opts = await chromiumLaunchOptions();
    browser = await chromium.launch({ ...opts, args: [...opts.args, "--enable-precise-memory-info"] });
    for (const n of sizes) {
      const data = values.data ? readDataSet(resolve(values.data)) : await step(`build data (${n} articles)`, () => synthAndBuild(tmp, n, seed));
      const server = await serveStatic({ root: site, base: BASE, mounts: { [`${BASE}data/`]: data.dir } });
      try {
        const label = `${data.articles} articles`;
        const m = await measure(browser, `${server.url}index.html`, values.keep ? join(tmp, `failure-${data.articles}.png`) : undefined).catch((e: Error) => {
          throw new StepError(`${label}: ${e.message}`);
        });
        const run: Run = {
          articles: data.articles,
          actors: data.actors,
          events: data.events,
          graph_json_mb: mb(statSync(join(data.dir, "graph.json")).size),
          build_s: data.build_s,
          ...m,
        };
        runs.push(run);
        log(
          `  ${run.articles} articles, ${run.events} events (graph.json ${run.graph_json_mb} MB): open ${run.open_ms} ms, heap ${run.js_heap_mb ?? "–"} MB, ` +
            `select actor ${run.select_actor_ms} ms, search ${run.first_search_ms} / ${run.second_search_ms} ms, open event ${run.open_event_ms} ms`,
        );
      } finally {
        await server.close();
      }
      if (!values.data && !values.keep) {
        rmSync(join(tmp, `in-${n}`), { recursive: true, force: true });
        rmSync(join(tmp, `out-${n}`), { recursive: true, force: true });
      }
    }
  } catch (e) {
    failure = e instanceof StepError ? e.message : ((e as Error).stack ?? String(e));
  } finally {
    await browser?.close().catch(() => {});
    if (values.keep) log(`  kept ${tmp}`);
    else rmSync(tmp, { recursive: true, force: true });
  }
  if (runs.length) printTable(runs);
  if (failure) {
    process.stderr.write(`bench:app: FAILED — ${failure}\n`);
    return 1;
  }
  const machine = { cores: cpus().length, node: process.version, load_1m_at_start: loadAtStart };
  process.stdout.write(`BENCH ${JSON.stringify({ name: "app", seed: values.data ? null : seed, machine, viewport_px: [1440, 900], runs })}\n`);
  return 0;
}

/** Synthesises `n` articles and builds their data (no cache: every article analysed). */
async function synthAndBuild(tmp: string, n: number, seed: number): Promise<DataSet> {
  const inDir = join(tmp, `in-${n}`);
  const outDir = join(tmp, `out-${n}`);
  const g0 = performance.now();
  const { bytes } = writeSynthCorpus(inDir, { articles: n, seed });
  log(`  ${n} articles generated (${mb(bytes)} MB, ${round((performance.now() - g0) / 1000)} s); building the data…`);
  const b0 = performance.now();
  const summary = await buildData({ inDir, outDir, quiet: true, cacheDir: false });
  const buildSeconds = round((performance.now() - b0) / 1000, 2);
  log(`  data built in ${buildSeconds} s`);
  return { dir: outDir, articles: summary.articles, actors: summary.counts.actors, events: summary.counts.events, build_s: buildSeconds };
}

/** An already built data folder: its counts from build-report.json. */
function readDataSet(dir: string): DataSet {
  const report = join(dir, "build-report.json");
  if (!existsSync(join(dir, "graph.json")) || !existsSync(report)) throw new StepError(`--data ${dir}: not a built data folder (graph.json and build-report.json expected)`);
  const r = JSON.parse(readFileSync(report, "utf8")) as { articles: number; counts: { actors: number; events: number } };
  return { dir, articles: r.articles, actors: r.counts.actors, events: r.counts.events, build_s: null };
}

type Measured = Omit<Run, "articles" | "actors" | "events" | "graph_json_mb" | "build_s">;

/** One page, one session: open, select the busiest actor, two searches, open one of its events. */
async function measure(browser: Browser, url: string, screenshot: string | undefined): Promise<Measured> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: "en-US" });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  const badResponses: string[] = [];
  page.on("pageerror", (e) => pageErrors.push(e.message));
  page.on("response", (r) => {
    if (r.url().includes(`${BASE}data/`) && r.status() !== 200) badResponses.push(`${r.url()}: HTTP ${r.status()}`);
  });
  // the page's own complaints in a failure message
  const withPageState = (e: Error) =>
    new Error([e.message, ...pageErrors.map((m) => `page error: ${m}`), ...badResponses.map((m) => `data: ${m}`)].join(" | "));
  try {
    let opening = 0;
    const open = await step("open (timeline with events)", async () => {
      const t0 = performance.now();
      opening = t0;
      await page.goto(url, { timeout: TIMEOUT_MS });
      // the engine sets data-visible-start only after a frame with data, data-event-count with it.
      // (Functions, not strings, in waitForFunction: the page's CSP forbids evaluating strings;
      // and no named inner functions, which tsx would wrap in a helper the page lacks.)
      const state = await page.waitForFunction(
        () => {
          if (document.querySelector("[data-testid=error-screen]")) return "error";
          const tl = document.querySelector("[data-testid=timeline]");
          return tl && /^[1-9]/.test(tl.getAttribute("data-event-count") ?? "") && tl.hasAttribute("data-visible-start") ? "ready" : false;
        },
        null,
        { timeout: TIMEOUT_MS },
      );
      const ms = performance.now() - t0;
      if ((await state.jsonValue()) === "error") throw new Error(`error screen: ${await page.getByTestId("error-screen").innerText()}`);
      return ms;
    });
    const fetched = await page.evaluate(
      () => (performance.getEntriesByType("resource") as PerformanceResourceTiming[]).find((r) => r.name.endsWith("/data/graph.json"))?.responseEnd ?? -1,
    );
    await settle(page);
    const heap = await usedHeapMb(page);
    const sentencesReady = await step("sentences ready", async () => {
      await page.locator("[data-testid=search][data-sentences=ready]").waitFor({ state: "attached", timeout: TIMEOUT_MS });
      return performance.now() - opening;
    });
    await settle(page);

    const row = page.locator("[data-testid=actor-list] [data-actor-id]").first();
    const selectActor = await step("select actor", async () => {
      await row.waitFor({ timeout: TIMEOUT_MS });
      const name = (await row.locator(".rabt-actors__name").innerText()).trim();
      const detail = page.getByTestId("actor-detail");
      const t0 = performance.now();
      await row.click({ timeout: TIMEOUT_MS });
      await detail.locator("h2", { hasText: name }).waitFor({ timeout: TIMEOUT_MS });
      await detail.locator("[data-testid=actor-relations] > li").first().waitFor({ timeout: TIMEOUT_MS });
      return performance.now() - t0;
    });
    await settle(page);

    const box = page.getByTestId("search").getByRole("combobox");
    const firstHit = page.locator("[data-testid=search] [role=option]").first();
    const search = async (query: string) =>
      step(`search «${query}»`, async () => {
        const t0 = performance.now();
        await box.fill(query, { timeout: TIMEOUT_MS });
        await firstHit.waitFor({ timeout: TIMEOUT_MS });
        const ms = performance.now() - t0;
        await box.press("Escape");
        await firstHit.waitFor({ state: "detached", timeout: TIMEOUT_MS });
        await settle(page);
        return ms;
      });
    const firstSearch = await search(QUERIES[0]);
    const secondSearch = await search(QUERIES[1]);

    const openEvent = await step("open event", async () => {
      const button = page.locator("[data-testid=actor-detail] .event-list button").first();
      await button.waitFor({ timeout: TIMEOUT_MS });
      // every source sentence comes with the event's chunk (watched here: the page's resource
      // timing buffer, 250 entries, is full of leads chunks on a large corpus)
      const chunk = page.waitForResponse((r) => r.url().includes("/data/chunks/events-"), { timeout: TIMEOUT_MS });
      const t0 = performance.now();
      await button.click({ timeout: TIMEOUT_MS });
      await (await chunk).finished();
      const state = await page.waitForFunction(
        () => {
          const d = document.querySelector("[data-testid=event-detail]");
          if (!d) return false;
          if (d.querySelector(".load-error")) return "error";
          return d.querySelector(".mentions .evidence") && !d.querySelector("[role=status]") ? "ready" : false;
        },
        null,
        { timeout: TIMEOUT_MS },
      );
      if ((await state.jsonValue()) === "error") throw new Error(await page.locator("[data-testid=event-detail] .load-error").innerText());
      // the chunk is parsed and validated after it arrives: done when the main thread is idle
      await idle(page);
      return performance.now() - t0;
    });
    await settle(page);
    const endHeap = await usedHeapMb(page, true);
    if (badResponses.length) throw new Error(badResponses.join("; "));
    return {
      graph_fetched_ms: round(fetched),
      open_ms: round(open),
      sentences_ready_ms: round(sentencesReady),
      js_heap_mb: heap,
      select_actor_ms: round(selectActor),
      first_search_ms: round(firstSearch),
      second_search_ms: round(secondSearch),
      open_event_ms: round(openEvent),
      js_heap_end_gc_mb: endHeap,
    };
  } catch (e) {
    if (screenshot) await page.screenshot({ path: screenshot }).catch(() => {});
    throw withPageState(e as Error);
  } finally {
    await context.close();
  }
}

/** Resolves when the page's main thread has been idle once (rAF, then an idle callback). */
function idle(page: Page): Promise<unknown> {
  return page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestIdleCallback(() => done(null), { timeout: 10_000 }))));
}

/** Lets the effects of the last step run out before the next one is timed. */
async function settle(page: Page): Promise<void> {
  await page.waitForTimeout(300);
  await idle(page);
}

/** `performance.memory.usedJSHeapSize` in MB (after a full collection when `gc`), or null. */
async function usedHeapMb(page: Page, gc = false): Promise<number | null> {
  if (gc) {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("HeapProfiler.collectGarbage");
    await cdp.detach();
  }
  const bytes = await page.evaluate(() => (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? null);
  return typeof bytes === "number" ? mb(bytes) : null;
}

function printTable(runs: readonly Run[]): void {
  const head = ["articles", "events", "graph.json MB", "build s", "graph fetched ms", "open ms", "sentences ready ms", "heap MB", "select actor ms", "1st search ms", "2nd search ms", "open event ms", "end heap (gc) MB"];
  const rows = runs.map((r) =>
    [
      r.articles,
      r.events,
      r.graph_json_mb,
      r.build_s ?? "–",
      r.graph_fetched_ms,
      r.open_ms,
      r.sentences_ready_ms,
      r.js_heap_mb ?? "–",
      r.select_actor_ms,
      r.first_search_ms,
      r.second_search_ms,
      r.open_event_ms,
      r.js_heap_end_gc_mb ?? "–",
    ].map(String),
  );
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => c.padStart(w[i]!)).join("  ");
  process.stdout.write(`\n${line(head)}\n${w.map((n) => "─".repeat(n)).join("  ")}\n`);
  for (const r of rows) process.stdout.write(`${line(r)}\n`);
  process.stdout.write(
    `open: page.goto → timeline drawn with events; graph fetched: navigation start → graph.json received; heap: used JS heap after opening;\n` +
      `select actor: click on the busiest actor → its detail with relations; search: «${QUERIES[0]}», then «${QUERIES[1]}» → first result;\n` +
      `open event: click on the actor's first event → its source sentences, chunk loaded; end heap: after the session and a forced GC.\n\n`,
  );
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`bench:app: FAILED — ${(e as Error).message ?? String(e)}\n`);
    process.exit(1);
  },
);
