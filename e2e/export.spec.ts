/**
 * Exports as a user gets them: each item of the header's export menu downloads a file that
 * parses (CSV with csv-parse, JSON, GEXF/GraphML/SVG with the browser's DOMParser, PNG by its
 * signature and size), and an export after brushing a period holds fewer events than the full
 * one, with the period in its file name.
 */
import { readFile } from "node:fs/promises";
import { expect, type Page, test } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { servedGraph } from "./seedGraph.ts";

async function openApp(page: Page, hash = ""): Promise<void> {
  await page.goto(`./${hash}`);
  await expect(page.getByTestId("export-menu")).toBeVisible();
}

/** Clicks an export item and returns the downloaded file's name and bytes. */
async function download(page: Page, format: string): Promise<{ name: string; bytes: Buffer }> {
  await page.getByTestId("export-button").click();
  const [dl] = await Promise.all([page.waitForEvent("download"), page.getByTestId(`export-${format.replace(".", "-")}`).click()]);
  const path = await dl.path();
  return { name: dl.suggestedFilename(), bytes: await readFile(path) };
}

/** Element counts of an XML document parsed by the browser (null when it does not parse). */
async function xmlCounts(page: Page, text: string, mime: string, selectors: string[]): Promise<number[] | null> {
  return page.evaluate(
    ({ text, mime, selectors }) => {
      const doc = new DOMParser().parseFromString(text, mime as DOMParserSupportedType);
      if (doc.getElementsByTagName("parsererror").length) return null;
      return selectors.map((s) => doc.querySelectorAll(s).length);
    },
    { text, mime, selectors },
  );
}

function csvRows(bytes: Buffer): string[][] {
  return parse(bytes.toString("utf8"), { bom: true }) as string[][];
}

async function seedEvents(page: Page): Promise<number> {
  return (await servedGraph(page)).events.length;
}

test("the data exports download CSV and JSON with the build's columns", async ({ page }) => {
  await openApp(page);
  const total = await seedEvents(page);

  const events = await download(page, "events.csv");
  expect(events.name).toBe("rabt-events_all.csv");
  const rows = csvRows(events.bytes);
  expect(rows[0]).toEqual([
    "id", "date_start", "date_end", "precision", "edtf", "cameo", "quad", "goldstein",
    "source_ids", "target_ids", "other_ids", "article_ids", "status", "evidence", "place", "date_text",
  ]);
  expect(rows.length - 1).toBe(total);
  expect(rows.some((r) => /[\u0600-\u06FF]/.test(r[13] ?? ""))).toBe(true);

  const actors = await download(page, "actors.csv");
  expect(actors.name).toBe("rabt-actors_all.csv");
  expect(csvRows(actors.bytes)[0]).toEqual([
    "id", "kind", "label", "name_ar", "name_fa", "country", "wikidata", "article_ids", "mention_count", "name_en", "discovered",
  ]);

  const relations = await download(page, "relations.csv");
  expect(csvRows(relations.bytes)[0]).toEqual([
    "source_id", "target_id", "events", "quad1", "quad2", "quad3", "quad4", "mean_goldstein", "first_date", "last_date",
  ]);

  const json = await download(page, "events.json");
  expect(json.name).toBe("rabt-events_all.json");
  const doc = JSON.parse(json.bytes.toString("utf8")) as { rabt: { window: unknown }; events: { id: string; source_ids: string[] }[] };
  expect(doc.rabt.window).toBeNull();
  expect(doc.events).toHaveLength(total);
  expect(Array.isArray(doc.events[0]!.source_ids)).toBe(true);

  for (const f of ["actors.json", "relations.json"]) {
    const file = await download(page, f);
    const key = f.split(".")[0]!;
    const parsed = JSON.parse(file.bytes.toString("utf8")) as Record<string, unknown[]>;
    expect(parsed[key]!.length).toBeGreaterThan(0);
  }
});

test("the network exports parse as GEXF and GraphML with one node per actor drawn", async ({ page }) => {
  await openApp(page);
  const graphPanel = page.getByTestId("graph");
  await expect(graphPanel).toHaveAttribute("data-node-count", /^[1-9]\d*$/);
  const drawnNodes = Number(await graphPanel.getAttribute("data-node-count"));

  const gexf = await download(page, "graph.gexf");
  expect(gexf.name).toBe("rabt-graph_all.gexf");
  const g = await xmlCounts(page, gexf.bytes.toString("utf8"), "application/xml", ["nodes > node", "edges > edge", "attribute[id=mean_goldstein]"]);
  expect(g).not.toBeNull();
  expect(g![0]).toBe(drawnNodes);
  expect(g![1]).toBeGreaterThan(0);
  expect(g![2]).toBe(1);

  const graphml = await download(page, "graph.graphml");
  const m = await xmlCounts(page, graphml.bytes.toString("utf8"), "application/xml", ["graph > node", "graph > edge", 'key[attr\\.name="weight"]']);
  expect(m).not.toBeNull();
  expect(m![0]).toBe(drawnNodes);
  expect(m![1]).toBe(g![1]);
  expect(m![2]).toBe(1);
});

test("the pictures download as SVG that parses and as PNG at twice the size", async ({ page }) => {
  const cspErrors: string[] = [];
  page.on("console", (msg) => {
    if (/Content Security Policy|Refused to load/i.test(msg.text())) cspErrors.push(msg.text());
  });
  await openApp(page);
  const total = await seedEvents(page);

  const timeline = await download(page, "timeline.svg");
  expect(timeline.name).toBe("rabt-timeline_all.svg");
  const svgText = timeline.bytes.toString("utf8");
  const t = await xmlCounts(page, svgText, "image/svg+xml", ["g.mark", "g.legend-item", "text.title"]);
  expect(t).toEqual([total, 11, 1]);
  expect(svgText).toContain("font-family: Vazirmatn, sans-serif");
  expect(svgText).toContain("data:font/woff2;base64,");

  const graph = await download(page, "graph.svg");
  const gc = await xmlCounts(page, graph.bytes.toString("utf8"), "image/svg+xml", ["g.node", "line.edge.relation"]);
  expect(gc).not.toBeNull();
  expect(gc![0]).toBe(Number(await page.getByTestId("graph").getAttribute("data-node-count")));

  for (const [format, svg] of [["timeline.png", svgText], ["graph.png", graph.bytes.toString("utf8")]] as const) {
    const png = await download(page, format);
    expect(png.name).toBe(`rabt-${format.split(".")[0]}_all.png`);
    // PNG signature, then IHDR: width and height as big-endian 32-bit integers.
    expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const width = Number(/<svg[^>]* width="(\d+)"/.exec(svg)![1]);
    const height = Number(/<svg[^>]* height="(\d+)"/.exec(svg)![1]);
    expect(png.bytes.readUInt32BE(16)).toBe(width * 2);
    expect(png.bytes.readUInt32BE(20)).toBe(height * 2);
  }
  await expect(page.getByTestId("export-status")).toHaveText(/rabt-graph_all\.png/);
  expect(cspErrors).toEqual([]);
});

test("an export after brushing a period holds fewer events, and says which period", async ({ page }) => {
  await openApp(page, "?testhooks");
  const total = await seedEvents(page);
  const timeline = page.getByTestId("timeline");
  await expect(timeline).toHaveAttribute("data-event-count", /^[1-9]\d*$/);
  const box = (await page.getByTestId("timeline-overview").boundingBox())!;
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width * 0.55, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.75, y, { steps: 5 });
  await page.mouse.move(box.x + box.width * 0.98, y, { steps: 5 });
  await page.mouse.up();
  await expect(timeline).toHaveAttribute("data-window-start", /^\d{4}-\d{2}-\d{2}$/);
  const start = (await timeline.getAttribute("data-window-start"))!;
  const end = (await timeline.getAttribute("data-window-end"))!;

  const events = await download(page, "events.csv");
  expect(events.name).toBe(`rabt-events_${start}_${end}.csv`);
  const rows = csvRows(events.bytes).slice(1);
  expect(rows.length).toBeGreaterThan(0);
  expect(rows.length).toBeLessThan(total);
  // Every exported event overlaps the window.
  for (const r of rows) {
    expect(r[2]! >= start).toBe(true);
    expect(r[1]! <= end).toBe(true);
  }
  const svg = await download(page, "timeline.svg");
  expect(svg.bytes.toString("utf8")).toContain(`${start} – ${end}`);
  const marks = await xmlCounts(page, svg.bytes.toString("utf8"), "image/svg+xml", ["g.mark"]);
  expect(marks).toEqual([rows.length]);
});

test("a filter in the URL narrows the export and marks the file name", async ({ page }) => {
  await openApp(page, "#quad=3,4");
  const total = await seedEvents(page);
  const events = await download(page, "events.csv");
  expect(events.name).toBe("rabt-events_all_filtered.csv");
  const rows = csvRows(events.bytes).slice(1);
  expect(rows.length).toBeLessThan(total);
  expect(rows.every((r) => r[6] === "3" || r[6] === "4")).toBe(true);
});

test("the menu works from the keyboard and labels pictures in Arabic", async ({ page }) => {
  await openApp(page, "#lang=ar");
  const button = page.getByTestId("export-button");
  await expect(button).toHaveAccessibleName(/تصدير/);
  await button.focus();
  await page.keyboard.press("ArrowDown");
  const menu = page.getByRole("menu");
  await expect(menu).toBeVisible();
  await expect(page.getByRole("menuitem").first()).toBeFocused();
  await page.keyboard.press("End");
  await expect(page.getByTestId("export-timeline-png")).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("menuitem").first()).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(menu).toHaveCount(0);
  await expect(button).toBeFocused();

  // Keyboard all the way: open, go to the graph SVG item, press Enter.
  await page.keyboard.press("ArrowDown");
  for (let i = 0; i < 8; i++) await page.keyboard.press("ArrowDown");
  await expect(page.getByTestId("export-graph-svg")).toBeFocused();
  const [dl] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
  const svg = (await readFile(await dl.path())).toString("utf8");
  expect(svg).toContain('lang="ar"');
  expect(svg).toContain("رابط — شبكة العلاقات");
  expect(svg).toMatch(/direction="rtl"[^>]*>إيران</);
});
