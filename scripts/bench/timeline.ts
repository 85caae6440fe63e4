/**
 * Timeline benchmark: builds the bench page (`scripts/bench/timeline-page/`, the engine alone on a
 * synthetic graph) with Vite into a temp folder, serves it, and measures in headless Chromium:
 *   - first render: navigation start → first frame with marks (`performance.mark("first-frame")`);
 *   - frame time: for each scripted input (wheel zoom in/out, drag pan) the time from the input
 *     event to the end of the next rendered frame (rAF → setTimeout), with the frame-rate limit off
 *     so the figure is the work done, not the wait for vsync.
 * The same 10k events are rendered with vis-timeline for comparison. Prints a table, then one
 * `BENCH {json}` line.  Run: `npx tsx scripts/bench/timeline.ts [--sizes 10000,100000]`
 */
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";
import { build } from "vite";
import { chromiumLaunchOptions } from "../lib/browser.ts";
import { serveStatic } from "../lib/serve.ts";
import { synthIndex } from "./synth-graph.ts";

interface Run {
  renderer: "rabt" | "vis-timeline";
  events: number;
  graph_mb: number;
  /** Navigation start → graph.json fully received. */
  fetch_ms: number;
  /** Navigation start → graph.json parsed. */
  data_loaded_ms: number;
  /** Navigation start → first frame with marks. */
  first_render_ms: number;
  /** Parsed data → first frame with marks: the renderer's own share. */
  engine_first_render_ms: number;
  frame_median_ms: number;
  frame_p95_ms: number;
  frame_max_ms: number;
  frames: number;
  /** Engine draw time per frame (rabt only: computeFrame + canvas drawing). */
  draw_median_ms?: number;
  draw_p95_ms?: number;
}

const ROOT = resolve(import.meta.dirname, "../..");
const PAGE = join(ROOT, "scripts/bench/timeline-page");
const sizesArg = process.argv.indexOf("--sizes");
const SIZES = sizesArg > 0 ? process.argv[sizesArg + 1]!.split(",").map(Number) : [10_000, 100_000];
const VIS_EVENTS = process.argv.includes("--no-vis") ? -1 : 10_000;
const DEBUG = process.argv.includes("--debug");

async function main(): Promise<void> {
  const out = mkdtempSync(join(tmpdir(), "rabt-bench-timeline-"));
  try {
    await build({
      configFile: false,
      root: PAGE,
      base: "./",
      logLevel: "warn",
      publicDir: false,
      build: { outDir: join(out, "site"), emptyOutDir: true, target: "es2022" },
    });
    copyFileSync(join(PAGE, "vis.html"), join(out, "site", "vis.html"));
    const opts = await chromiumLaunchOptions();
    // Unthrottled frames: rAF fires as soon as a frame is ready, so latency measures work.
    const browser = await chromium.launch({ ...opts, args: [...opts.args, "--disable-gpu-vsync", "--disable-frame-rate-limit"] });
    const runs: Run[] = [];
    try {
      for (const n of [...new Set([...SIZES, VIS_EVENTS])].filter((x) => x > 0).sort((a, b) => a - b)) {
        const file = join(out, `graph-${n}.json`);
        const json = JSON.stringify(synthIndex({ events: n, actors: 300, seed: 42 }));
        writeFileSync(file, json);
        const server = await serveStatic({
          root: join(out, "site"),
          base: "/bench/",
          overrides: { "graph.json": file },
          mounts: { "/vendor/vis-timeline/": join(ROOT, "node_modules/vis-timeline") },
        });
        try {
          const mb = Math.round((json.length / 1e6) * 10) / 10;
          if (SIZES.includes(n)) runs.push(await measure(browser, `${server.url}index.html`, "rabt", n, mb));
          if (n === VIS_EVENTS) runs.push(await measure(browser, `${server.url}vis.html`, "vis-timeline", n, mb));
        } finally {
          await server.close();
        }
      }
    } finally {
      await browser.close();
    }
    printTable(runs);
    const ok100k = runs.find((r) => r.renderer === "rabt" && r.events === 100_000);
    if (ok100k) {
      console.log(
        `targets (100k): first render ${ok100k.first_render_ms} ms ${ok100k.first_render_ms < 1500 ? "<" : "≥"} 1500 ms ` +
          `(engine share ${ok100k.engine_first_render_ms} ms); ` +
          `median frame ${ok100k.frame_median_ms} ms ${ok100k.frame_median_ms < 16 ? "<" : "≥"} 16 ms`,
      );
    }
    console.log(`BENCH ${JSON.stringify({ name: "timeline", viewport_px: [1200, 320], runs })}`);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

async function measure(browser: Browser, url: string, renderer: Run["renderer"], events: number, mb: number): Promise<Run> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 480 } });
  try {
    await page.goto(url);
    await page.waitForFunction(() => window.__timelineBench?.done || window.__timelineBench?.error, null, { timeout: 120_000 });
    const err = await page.evaluate(() => window.__timelineBench.error);
    if (err) throw new Error(`${renderer} ${events}: ${err}`);
    const marks = await page.evaluate(() => ({
      data: performance.getEntriesByName("data-loaded")[0]?.startTime ?? Number.NaN,
      fetched:
        (performance.getEntriesByType("resource") as PerformanceResourceTiming[]).find((r) => r.name.endsWith("graph.json"))?.responseEnd ??
        Number.NaN,
      first: performance.getEntriesByName("first-frame")[0]?.startTime ?? Number.NaN,
    }));
    await installLatencyProbe(page);
    await page.evaluate(() => {
      window.__timelineBench.drawMs.length = 0;
      if (window.__timelineBench.spans) window.__timelineBench.spans.length = 0;
    });
    await interact(page);
    const { latencies, draws, spans } = await page.evaluate(() => ({
      latencies: window.__latency,
      draws: window.__timelineBench.drawMs,
      spans: window.__timelineBench.spans ?? [],
    }));
    if (DEBUG) {
      const slow = draws.map((d, i) => [d, spans[i]] as const).sort((a, b) => b[0] - a[0]).slice(0, 12);
      for (const [d, s] of slow) console.log(`  slow frame ${d.toFixed(1)} ms  ${s ?? ""}`);
    }
    return {
      renderer,
      events,
      graph_mb: mb,
      fetch_ms: round(marks.fetched),
      data_loaded_ms: round(marks.data),
      first_render_ms: round(marks.first),
      engine_first_render_ms: round(marks.first - marks.data),
      frame_median_ms: round(quantile(latencies, 0.5)),
      frame_p95_ms: round(quantile(latencies, 0.95)),
      frame_max_ms: round(Math.max(...latencies)),
      frames: latencies.length,
      ...(renderer === "rabt" ? { draw_median_ms: round(quantile(draws, 0.5)), draw_p95_ms: round(quantile(draws, 0.95)) } : {}),
    };
  } finally {
    await page.close();
  }
}

declare global {
  interface Window {
    __latency: number[];
    __timelineBench: { done: boolean; drawMs: number[]; spans?: string[]; error?: string };
  }
}

/** Records, for every wheel and mouse-move event, the time until the next frame has been produced. */
async function installLatencyProbe(page: Page): Promise<void> {
  // A string, not a function: tsx would wrap named functions in a `__name` helper the page lacks.
  await page.evaluate(`(() => {
    window.__latency = [];
    function probe() {
      const t0 = performance.now();
      requestAnimationFrame(() => setTimeout(() => window.__latency.push(performance.now() - t0), 0));
    }
    window.addEventListener("wheel", probe, { capture: true, passive: true });
    window.addEventListener("mousemove", (e) => { if (e.buttons) probe(); }, { capture: true, passive: true });
  })()`);
}

/** The scripted session: zoom in from the decades to days, pan, zoom out, pan again. */
async function interact(page: Page): Promise<void> {
  const box = (await page.locator("#timeline").boundingBox())!;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height * 0.4;
  const settle = () => page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0))));
  await page.mouse.move(cx, cy);
  const wheel = async (dy: number, times: number) => {
    for (let i = 0; i < times; i++) {
      await page.mouse.wheel(0, dy);
      await settle();
    }
  };
  const drag = async (dx: number, steps: number) => {
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    for (let i = 1; i <= steps; i++) {
      await page.mouse.move(cx + (dx * i) / steps, cy);
      await settle();
    }
    await page.mouse.up();
  };
  await wheel(-200, 20);
  await drag(300, 15);
  await wheel(-200, 20);
  await drag(-400, 15);
  await wheel(200, 40);
  await drag(200, 10);
}

function quantile(xs: readonly number[], q: number): number {
  if (!xs.length) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
}

function round(x: number): number {
  return Math.round(x * 10) / 10;
}

function printTable(runs: readonly Run[]): void {
  const head = ["renderer", "events", "graph MB", "fetched ms", "parsed ms", "first render ms", "engine ms", "frame median ms", "frame p95 ms", "frame max ms", "frames", "draw median ms", "draw p95 ms"];
  const rows = runs.map((r) => [
    r.renderer,
    String(r.events),
    String(r.graph_mb),
    String(r.fetch_ms),
    String(r.data_loaded_ms),
    String(r.first_render_ms),
    String(r.engine_first_render_ms),
    String(r.frame_median_ms),
    String(r.frame_p95_ms),
    String(r.frame_max_ms),
    String(r.frames),
    r.draw_median_ms === undefined ? "–" : String(r.draw_median_ms),
    r.draw_p95_ms === undefined ? "–" : String(r.draw_p95_ms),
  ]);
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i < 1 ? c.padEnd(w[i]!) : c.padStart(w[i]!))).join("  ");
  console.log(line(head));
  console.log(w.map((n) => "─".repeat(n)).join("  "));
  for (const r of rows) console.log(line(r));
  console.log("fetched / parsed / first render: ms from navigation start; engine = parsed → first frame with marks;");
  console.log("frame = input event → next frame produced (frame-rate limit off); draw = engine frame computation + canvas drawing.");
}

await main();
