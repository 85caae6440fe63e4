/**
 * Graph engine benchmark: a deterministic synthetic graph (2,000 actors, 20,000 relations),
 * its build-time layout (timed), and in headless Chromium the first paint and the selection
 * highlight time of `createGraphView`, with the canvas and the WebGL renderer.
 *
 *   npx tsx scripts/bench/graph.ts [--nodes 2000] [--edges 20000] [--selections 20]
 *
 * Ends with one line `BENCH {json}`.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { chromium } from "playwright-core";
import { build } from "vite";
import { relationsFromEvents } from "../../src/contract/relations.ts";
import { type Actor, type Graph, type Quad, type RabtEvent, SCHEMA_VERSION } from "../../src/contract/schema.ts";
import { chromiumLaunchOptions } from "../lib/browser.ts";
import { serveStatic } from "../lib/serve.ts";
import { computeLayout } from "../pipeline/layout.ts";
import type { BenchApi, BenchReady } from "./graph-page/main.ts";
import { mulberry32 } from "../lib/prng.ts";

const here = dirname(fileURLToPath(import.meta.url));



/** A graph shaped like the real one at scale: states as hubs, persons tied to states, skewed degrees. */
export function syntheticGraph(nodes: number, edges: number, seed = 20260101): Omit<Graph, "layout"> {
  const rand = mulberry32(seed);
  const nStates = Math.min(26 * 26, Math.round(nodes * 0.1));
  const nOrgs = Math.round(nodes * 0.2);
  const nGroups = Math.round(nodes * 0.1);
  const nPersons = nodes - nStates - nOrgs - nGroups;
  const actors: Actor[] = [];
  const base = { roles: [], discovered: false, mentionCount: 1, articleIds: ["syn"] };
  for (let i = 0; i < nStates; i++) {
    const id = `S${String.fromCharCode(65 + Math.floor(i / 26))}${String.fromCharCode(65 + (i % 26))}`;
    actors.push({ ...base, id, kind: "state", label: `State ${id}`, names: { en: [`State ${id}`], ar: [`دولة ${i}`], fa: [`کشور ${i}`] } });
  }
  const states = actors.map((a) => a.id);
  for (let i = 0; i < nPersons; i++) {
    const country = states[Math.floor(rand() ** 2 * nStates)]!;
    actors.push({ ...base, id: `person-${i}`, kind: "person", label: `Person ${i}`, names: { en: [`Person ${i}`], ar: [`شخص ${i}`], fa: [] }, country });
  }
  for (let i = 0; i < nOrgs; i++)
    actors.push({ ...base, id: `org-${i}`, kind: "organisation", label: `Organisation ${i}`, names: { en: [], ar: [], fa: [] } });
  for (let i = 0; i < nGroups; i++)
    actors.push({ ...base, id: `group-${i}`, kind: "group", label: `Group ${i}`, names: { en: [], ar: [], fa: [] } });

  // Skewed endpoint choice: low indices (states come first) take part in far more events.
  const pick = () => actors[Math.floor(rand() ** 2.2 * actors.length)]!.id;
  const pairs = new Set<string>();
  const events: RabtEvent[] = [];
  const day0 = Date.UTC(2015, 0, 1);
  let guard = 0;
  while (pairs.size < edges && guard++ < edges * 50) {
    const a = pick();
    const b = pick();
    if (a === b) continue;
    const key = a < b ? `${a}|${b}` : `${b}|${a}`;
    if (pairs.has(key)) continue;
    pairs.add(key);
    const repeats = rand() < 0.8 ? 1 : 1 + Math.floor(rand() * 4);
    for (let k = 0; k < repeats; k++) {
      const date = new Date(day0 + Math.floor(rand() * 4017) * 86_400_000).toISOString().slice(0, 10);
      const quad = (1 + Math.floor(rand() * 4)) as Quad;
      const goldstein = Math.round((quad <= 2 ? rand() * 8 : -rand() * 10) * 10) / 10;
      events.push({
        id: `e${String(events.length).padStart(6, "0")}`,
        date: { edtf: date, start: date, end: date, precision: "day" },
        cameo: "040",
        quad,
        goldstein,
        modality: "reported",
        sourceIds: [a],
        targetIds: [b],
        otherIds: [],
        articleIds: ["syn"],
        mentionCount: 1,
        chunk: "events-test",
        mentions: [{ articleId: "syn", sentence: "", start: 0, end: 0, trigger: { start: 0, end: 0 }, actorSpans: [] }],
      });
    }
  }
  return { schemaVersion: SCHEMA_VERSION, articles: [], actors, events, relations: relationsFromEvents(events), chunks: { events: [], articles: [] } };
}

function quantile(xs: readonly number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))]!;
}
const r1 = (v: number) => Math.round(v * 10) / 10;
/** Progress on stderr, so stdout stays the report. */
const progress = (msg: string) => process.stderr.write(`[bench:graph] ${msg}\n`);

interface RendererRun {
  readonly ready: BenchReady;
  readonly selectClasses: number[];
  readonly selectFrame: number[];
  readonly windowMs: number;
  readonly edgesAfterWindow: number;
  readonly relationsAfterWindow: number;
}

async function main(): Promise<void> {
  const { values: args } = parseArgs({
    options: {
      nodes: { type: "string", default: "2000" },
      edges: { type: "string", default: "20000" },
      selections: { type: "string", default: "20" },
    },
  });
  const NODES = Number(args.nodes);
  const EDGES = Number(args.edges);
  const SELECTIONS = Number(args.selections);
  const t0 = performance.now();
  const doc = syntheticGraph(NODES, EDGES);
  const generateMs = performance.now() - t0;

  progress(`synthetic graph: ${doc.actors.length} actors, ${doc.relations.length} relations, ${doc.events.length} events`);
  const t1 = performance.now();
  const layout = computeLayout(doc);
  const layoutMs = performance.now() - t1;
  const graph: Graph = { ...doc, layout };

  const work = mkdtempSync(join(tmpdir(), "rabt-bench-graph-"));
  const outDir = join(work, "site");
  const dataFile = join(work, "graph.json");
  writeFileSync(dataFile, JSON.stringify(graph));
  const tb = performance.now();
  await build({
    configFile: false,
    root: join(here, "graph-page"),
    base: "./",
    logLevel: "warn",
    build: { outDir, emptyOutDir: true, target: "es2022", chunkSizeWarningLimit: 2000 },
  });
  const buildMs = performance.now() - tb;

  const server = await serveStatic({ root: outDir, base: "/", overrides: { "graph.json": dataFile } });
  const launch = await chromiumLaunchOptions();
  const runs: Record<string, RendererRun> = {};
  try {
    for (const renderer of ["canvas", "webgl"] as const) {
      // No GPU here: Chromium would emulate one (SwiftShader) for the 2D canvas too, far slower
      // than the software rasteriser a GPU-less desktop browser uses. WebGL needs the emulation.
      const extra = renderer === "canvas" ? ["--disable-accelerated-2d-canvas"] : [];
      const browser = await chromium.launch({ ...launch, args: [...launch.args, ...extra] });
      try {
        const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
        page.on("pageerror", (e) => console.error(`[page ${renderer}] ${e.message}`));
        progress(`${renderer}: loading page`);
        await page.goto(`${server.url}?renderer=${renderer}`);
        const ready = await page.evaluate(() => window.__bench!.ready);
        progress(`${renderer}: first paint at ${r1(ready.firstPaintMs)} ms; selecting`);
        // Deterministic selection targets: every (n/SELECTIONS)-th actor, hubs and leaves alike.
        const ids = await page.evaluate(() => window.__bench!.nodeIds());
        const step = Math.max(1, Math.floor(ids.length / SELECTIONS));
        const targets = Array.from({ length: SELECTIONS }, (_, i) => ids[(i * step + 7) % ids.length]!);
        await page.evaluate(() => window.__bench!.select(null)); // warm-up frame
        const selectClasses: number[] = [];
        const selectFrame: number[] = [];
        for (const id of targets) {
          const [classes, frame] = await page.evaluate((x) => (window.__bench as BenchApi).select(x), id);
          selectClasses.push(classes);
          selectFrame.push(frame);
        }
        await page.evaluate(() => window.__bench!.select(null));
        progress(`${renderer}: selection median ${r1(quantile(selectFrame, 0.5))} ms; narrowing the time window`);
        const [windowMs, edgesAfterWindow, relationsAfterWindow] = await page.evaluate(() => window.__bench!.window("2020-01-01", "2020-12-31"));
        runs[renderer] = { ready, selectClasses, selectFrame, windowMs, edgesAfterWindow, relationsAfterWindow };
      } finally {
        await browser.close();
      }
    }
  } finally {
    await server.close();
    rmSync(work, { recursive: true, force: true });
  }

  const canvas = runs.canvas!;
  const webgl = runs.webgl!;
  const row = (label: string, c: string | number, w: string | number) => `${label.padEnd(38)}${String(c).padStart(12)}${String(w).padStart(12)}`;
  console.log(`\nSynthetic graph: ${NODES} actors, ${graph.relations.length} relations, ${graph.events.length} events (generated in ${r1(generateMs)} ms)`);
  console.log(`Build-time layout (ForceAtlas2, Barnes–Hut): ${r1(layoutMs)} ms; bench page built in ${r1(buildMs)} ms\n`);
  console.log(row("", "canvas", "webgl"));
  console.log(row("WebGL renderer active", String(canvas.ready.webglActive), String(webgl.ready.webglActive)));
  console.log(row("nodes drawn", canvas.ready.stats.nodes, webgl.ready.stats.nodes));
  console.log(row("relations in the graph", canvas.ready.stats.relations, webgl.ready.stats.relations));
  console.log(row("relation edges drawn (no selection)", canvas.ready.stats.edges, webgl.ready.stats.edges));
  console.log(row("data loaded (ms since navigation)", r1(canvas.ready.dataLoadedMs), r1(webgl.ready.dataLoadedMs)));
  console.log(row("elements added (ms since navigation)", r1(canvas.ready.elementsAddedMs), r1(webgl.ready.elementsAddedMs)));
  console.log(row("first paint (ms since navigation)", r1(canvas.ready.firstPaintMs), r1(webgl.ready.firstPaintMs)));
  console.log(row("first paint after data loaded (ms)", r1(canvas.ready.firstPaintMs - canvas.ready.dataLoadedMs), r1(webgl.ready.firstPaintMs - webgl.ready.dataLoadedMs)));
  console.log(row("all edges drawn (ms since navigation)", r1(canvas.ready.fullPaintMs), r1(webgl.ready.fullPaintMs)));
  console.log(row("select: classes applied, median (ms)", r1(quantile(canvas.selectClasses, 0.5)), r1(quantile(webgl.selectClasses, 0.5))));
  console.log(row("select: + frame drawn, median (ms)", r1(quantile(canvas.selectFrame, 0.5)), r1(quantile(webgl.selectFrame, 0.5))));
  console.log(row("select: + frame drawn, p95 (ms)", r1(quantile(canvas.selectFrame, 0.95)), r1(quantile(webgl.selectFrame, 0.95))));
  console.log(row("time window 2020 → frame (ms)", r1(canvas.windowMs), r1(webgl.windowMs)));
  console.log(row("relations in 2020", canvas.relationsAfterWindow, webgl.relationsAfterWindow));
  console.log(row("relation edges drawn in 2020", canvas.edgesAfterWindow, webgl.edgesAfterWindow));

  const bench = {
    name: "graph",
    nodes: NODES,
    edges: graph.relations.length,
    edges_drawn: canvas.ready.stats.edges,
    events: graph.events.length,
    selections: SELECTIONS,
    layout_build_ms: r1(layoutMs),
    first_paint_ms: r1(canvas.ready.firstPaintMs),
    first_paint_after_data_ms: r1(canvas.ready.firstPaintMs - canvas.ready.dataLoadedMs),
    full_paint_ms: r1(canvas.ready.fullPaintMs),
    select_classes_median_ms: r1(quantile(canvas.selectClasses, 0.5)),
    select_highlight_median_ms: r1(quantile(canvas.selectFrame, 0.5)),
    select_highlight_p95_ms: r1(quantile(canvas.selectFrame, 0.95)),
    window_update_ms: r1(canvas.windowMs),
    webgl_active: webgl.ready.webglActive,
    webgl_first_paint_ms: r1(webgl.ready.firstPaintMs),
    webgl_full_paint_ms: r1(webgl.ready.fullPaintMs),
    webgl_select_highlight_median_ms: r1(quantile(webgl.selectFrame, 0.5)),
    webgl_select_highlight_p95_ms: r1(quantile(webgl.selectFrame, 0.95)),
    webgl_window_update_ms: r1(webgl.windowMs),
  };
  console.log(`BENCH ${JSON.stringify(bench)}`);
}

// Run only as a script (the synthetic graph generator is importable).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
