/**
 * The relations graph as a user meets it: click an actor, click a relation, brush a period.
 * Runs against the production build served under `/rabt/` (see playwright.config.ts) with the
 * seed data. Node positions come from the panel's test hook `window.__rabtGraph`.
 */
import { expect, type Locator, type Page, test } from "@playwright/test";
import { servedGraph } from "./seedGraph.ts";

/** The timeline's overview brush (the timeline panel's test id). */
const OVERVIEW_BRUSH = '[data-testid="timeline-overview"]';

interface GraphHook {
  nodePosition(id: string): { x: number; y: number } | null;
  edgePoint(a: string, b: string, t?: number): { x: number; y: number } | null;
}

async function nodePosition(page: Page, id: string): Promise<{ x: number; y: number }> {
  await page.waitForFunction((x) => !!(window as unknown as { __rabtGraph?: GraphHook }).__rabtGraph?.nodePosition(x), id);
  return page.evaluate((x) => (window as unknown as { __rabtGraph: GraphHook }).__rabtGraph.nodePosition(x)!, id);
}

async function edgeCount(graph: Locator): Promise<number> {
  return Number(await graph.getAttribute("data-edge-count"));
}

test.beforeEach(async ({ page }) => {
  await page.goto("./");
  // Drawn and counted: at least one node and one relation edge.
  await expect(page.getByTestId("graph")).toHaveAttribute("data-node-count", /^[1-9]\d*$/);
  await expect(page.getByTestId("graph")).toHaveAttribute("data-edge-count", /^[1-9]\d*$/);
});

test("clicking Iran selects it and the actor panel lists Turkey", async ({ page }) => {
  const graph = page.getByTestId("graph");
  const iran = await nodePosition(page, "IRN");
  await page.mouse.click(iran.x, iran.y);
  await expect(graph).toHaveAttribute("data-selected", "IRN");
  await expect(page.getByTestId("actor-detail")).toContainText(/Turkey|Türkiye/);
});

test("clicking a relation's edge selects it and lists the events between its two actors", async ({ page }) => {
  const graph = page.getByTestId("graph");
  const data = await servedGraph(page);
  await nodePosition(page, "IRN");
  const box = (await graph.locator(".rabt-graph__canvas").boundingBox())!;
  // The busiest relations first. Where relations run close together (the busiest actors are drawn
  // large and near each other) another one can be nearer the pointer: then the next relation. At
  // least one of the five busiest must be clickable, and the one clicked must list all its events.
  const busiest = [...data.relations].sort((a, b) => b.events - a.events || (a.sourceId + a.targetId < b.sourceId + b.targetId ? -1 : 1)).slice(0, 5);
  let clicked: (typeof busiest)[number] | undefined;
  for (const r of busiest) {
    const pair = [r.sourceId, r.targetId].sort().join("|");
    const at = await page.evaluate(([a, b]) => (window as unknown as { __rabtGraph: GraphHook }).__rabtGraph.edgePoint(a!, b!, 0.5), [r.sourceId, r.targetId]);
    if (!at) continue;
    await page.mouse.click(at.x, at.y);
    if ((await graph.getAttribute("data-selected")) === pair) {
      clicked = r;
      break;
    }
    // another relation caught the click: clear it before trying the next
    await page.mouse.click(box.x + 5, box.y + 5);
    await expect(graph).toHaveAttribute("data-selected", "");
  }
  expect(clicked, "one of the five busiest relations can be clicked").toBeDefined();
  await expect(page.getByTestId("pair-events").getByRole("listitem")).toHaveCount(clicked!.events);
});

test("clicking the background clears the selection", async ({ page }) => {
  const graph = page.getByTestId("graph");
  const iran = await nodePosition(page, "IRN");
  await page.mouse.click(iran.x, iran.y);
  await expect(graph).toHaveAttribute("data-selected", "IRN");
  // The top-left corner of the canvas: fit() leaves a 30 px margin free of nodes.
  const box = (await graph.locator(".rabt-graph__canvas").boundingBox())!;
  await page.mouse.click(box.x + 5, box.y + 5);
  await expect(graph).toHaveAttribute("data-selected", "");
});

test("hovering a node shows its Arabic name in a tooltip", async ({ page }) => {
  const iran = await nodePosition(page, "IRN");
  await page.mouse.move(iran.x, iran.y);
  const tip = page.getByRole("tooltip");
  await expect(tip).toBeVisible();
  await expect(tip.locator('[lang="ar"]')).toHaveAttribute("dir", "rtl");
  await expect(tip.locator('[lang="ar"]')).not.toBeEmpty();
});

test("brushing a shorter period on the timeline removes relation edges from the graph", async ({ page }) => {
  const graph = page.getByTestId("graph");
  const before = await edgeCount(graph);
  const brush = page.locator(OVERVIEW_BRUSH);
  const box = (await brush.boundingBox())!;
  // Brush the middle fifth of the whole period.
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width * 0.4, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.5, y, { steps: 5 });
  await page.mouse.move(box.x + box.width * 0.6, y, { steps: 5 });
  await page.mouse.up();
  await expect.poll(() => edgeCount(graph)).toBeLessThan(before);
});

test("the toolbar's Fit and Re-layout buttons keep every node drawn", async ({ page }) => {
  const graph = page.getByTestId("graph");
  const nodes = await graph.getAttribute("data-node-count");
  await page.getByRole("button", { name: "Re-layout" }).click();
  await expect(page.getByRole("button", { name: "Re-layout" })).toBeEnabled();
  await page.getByRole("button", { name: "Fit" }).click();
  await expect(graph).toHaveAttribute("data-node-count", nodes!);
  // After the fit animation Iran is inside the canvas.
  const box = (await graph.locator(".rabt-graph__canvas").boundingBox())!;
  await expect
    .poll(async () => {
      const p = await nodePosition(page, "IRN");
      return p.x >= box.x && p.x <= box.x + box.width && p.y >= box.y && p.y <= box.y + box.height;
    })
    .toBe(true);
});
