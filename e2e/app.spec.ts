import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { SCHEMA_VERSION } from "../src/contract/schema.ts";
import { serveStatic } from "../scripts/lib/serve.ts";
import { graphOnDisk, servedGraph } from "./seedGraph.ts";
import { toGraphFile } from "../src/contract/graphFile.ts";

test("loads under the /rabt/ sub-path and lists the seed articles", async ({ page }) => {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto("./");
  await expect(page.getByTestId("timeline")).toBeVisible();
  await expect(page.getByTestId("graph")).toBeVisible();
  await expect(page.getByTestId("search")).toBeVisible();
  const articles = page.getByTestId("article-list").locator("li");
  await expect(articles).toHaveCount(5);
  await expect(page.getByTestId("article-list")).toContainText("Orient News");
  expect(errors).toEqual([]);
});

test("search finds Turkey written in Persian and in Arabic", async ({ page }) => {
  await page.goto("./");
  const box = page.getByTestId("search").getByRole("combobox");
  for (const q of ["ترکیه", "تركيا"]) {
    await box.fill(q);
    await expect(page.getByRole("option").first()).toContainText("Turkey");
  }
  await box.press("Enter");
  await expect(page.getByTestId("actor-detail")).toContainText("Turkey");
});

test("the event sentences arrive after the page opens: until then search finds names and says so, then it finds events by their words", async ({ page }) => {
  // hold the leads chunks back until the page is open and a query typed
  let release!: () => void;
  const held = new Promise<void>((r) => {
    release = r;
  });
  await page.route("**/data/chunks/leads-*.json", async (route) => {
    await held;
    await route.continue();
  });
  await page.goto("./");
  const graph = await servedGraph(page);
  const event = graph.events.find((e) => e.mentions[0]!.sentence.split(" ").length > 6)!;
  const words = event.mentions[0]!.sentence.split(" ").slice(2, 6).join(" ");
  const box = page.getByTestId("search").getByRole("combobox");
  const hits = page.getByTestId("search").getByRole("option");
  await box.fill("ترکیه");
  await expect(hits.first()).toContainText("Turkey");
  await expect(page.getByTestId("search").getByRole("status")).toContainText("event sentences are still loading");
  await box.fill(words);
  await expect(hits).toHaveCount(0);
  release();
  await expect(page.getByTestId("search").getByRole("status")).toHaveCount(0);
  await expect(page.getByRole("option", { name: /^event/i }).first()).toBeVisible();
  // the hit is an event whose sentence holds those words; choosing it shows the sentence
  await page.getByRole("option", { name: /^event/i }).first().click();
  await expect(page.getByTestId("event-detail").locator(".evidence").first()).toContainText(words);
});

test("a leads chunk that cannot be loaded is named on screen; the rest of the app works", async ({ page }) => {
  await page.route("**/data/chunks/leads-2024.json", (route) => route.fulfill({ status: 404, body: "gone" }));
  await page.goto("./");
  await expect(page.getByRole("alert")).toContainText("leads-2024.json: HTTP 404");
  const box = page.getByTestId("search").getByRole("combobox");
  const hits = page.getByTestId("search").getByRole("option");
  await box.fill("تركيا");
  await expect(hits.first()).toContainText("Turkey");
  await box.press("Enter");
  await expect(page.getByTestId("actor-detail")).toContainText("Turkey");
});

test("a corrupted graph.json shows a readable error screen, not a blank page", async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), "rabt-bad-"));
  const bad = join(dir, "graph.json");
  writeFileSync(bad, '{"schemaVersion": 1, "articles": [{"id": 3}]');
  const server = await serveStatic({ root: "dist", base: "/sub/path/", overrides: { "data/graph.json": bad } });
  try {
    await page.goto(server.url);
    await expect(page.getByTestId("error-screen")).toBeVisible();
    await expect(page.getByTestId("error-screen")).toContainText("not valid JSON");
    writeFileSync(bad, JSON.stringify({ schemaVersion: 999, articles: [] }));
    await page.reload();
    await expect(page.getByTestId("error-screen")).toContainText("schemaVersion is 999");
    writeFileSync(bad, JSON.stringify({ schemaVersion: SCHEMA_VERSION, articles: [{ id: 3 }], actors: [], events: [], relations: [], layout: {}, chunks: { events: [], articles: [] } }));
    await page.reload();
    await expect(page.getByTestId("error-screen")).toContainText("articles.0.id");
    // the error screen speaks the reader's language, though no data could be loaded
    await page.goto(`${server.url}#lang=ar`);
    await page.reload();
    await expect(page.getByTestId("error-screen")).toContainText("لا يستطيع «رابط» عرض هذه البيانات");
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  } finally {
    await server.close();
  }
});

test("the URL keeps the view: reload shows the same actor and window, back undoes a selection", async ({ page }) => {
  await page.goto("./#actor=IRN&from=2024-01-01&to=2024-12-31");
  await expect(page.getByTestId("actor-detail")).toContainText("Iran");
  await page.reload();
  await expect(page.getByTestId("actor-detail")).toContainText("Iran");
  await expect(page).toHaveURL(/from=2024-01-01&to=2024-12-31/);
  await page.getByTestId("actor-relations").getByRole("button", { name: "Turkey" }).click();
  await expect(page.getByTestId("pair-events")).toBeVisible();
  await expect(page).toHaveURL(/pair=IRN\|TUR/);
  await page.goBack();
  await expect(page.getByTestId("pair-events")).toHaveCount(0);
  await expect(page.getByTestId("actor-detail")).toContainText("Iran");
});

test("an event reported by two articles shows both source sentences, the second loaded from its chunk", async ({ page }) => {
  const index = await graphOnDisk("public/data/graph.json");
  const merged = index.events.find((e) => e.articleIds.length > 1)!;
  expect(merged.mentions).toHaveLength(1);
  const chunkRequests: string[] = [];
  page.on("request", (r) => r.url().includes("/chunks/") && chunkRequests.push(r.url()));
  await page.goto(`./#event=${merged.id}`);
  const detail = page.getByTestId("event-detail");
  await expect(detail.locator(".mentions > li")).toHaveCount(merged.mentionCount);
  await expect(detail.locator(".mentions .source").nth(1)).toContainText("2024-12-02");
  expect(chunkRequests.some((u) => /chunks\/events-\d{4}\.json$/.test(u))).toBe(true);
});

test("long lists show a hundred rows at a time: the articles, and an actor's events", async ({ page }) => {
  // the seed graph grown to 255 articles and 300+ events of Iran (copies with new ids)
  const graph = await graphOnDisk("dist/data/graph.json");
  const article = graph.articles[0]!;
  for (let i = 0; i < 250; i++) graph.articles.push({ ...article, id: `${article.id}-copy-${i}`, title: `${article.title} ${i}` });
  const iran = graph.events.find((e) => [...e.sourceIds, ...e.targetIds, ...e.otherIds].includes("IRN"))!;
  for (let i = 0; i < 300; i++) graph.events.push({ ...iran, id: `${iran.id}-copy-${i}` });
  const dir = mkdtempSync(join(tmpdir(), "rabt-long-"));
  const big = join(dir, "graph.json");
  writeFileSync(big, JSON.stringify(toGraphFile(graph)));
  const server = await serveStatic({ root: "dist", base: "/rabt/", overrides: { "data/graph.json": big } });
  try {
    await page.goto(server.url);
    const articles = page.getByTestId("article-list");
    await expect(articles.locator("li")).toHaveCount(100);
    await expect(articles).toContainText(`100 of ${graph.articles.length} listed`);
    await articles.getByRole("button", { name: "List 100 more" }).click();
    await expect(articles.locator("li")).toHaveCount(200);
    await articles.getByRole("button", { name: /^List \d+ more$/ }).click();
    await expect(articles.locator("li")).toHaveCount(graph.articles.length);
    await expect(articles.getByRole("button", { name: /^List \d+ more$/ })).toHaveCount(0);

    await page.goto(`${server.url}#actor=IRN`);
    const detail = page.getByTestId("actor-detail");
    const events = detail.locator(".event-list li");
    await expect(events).toHaveCount(100);
    const total = Number((await detail.getByRole("status").textContent())!.match(/of ([\d,]+)/)![1]!.replace(/,/g, ""));
    expect(total).toBeGreaterThan(300);
    await detail.getByRole("button", { name: "List 100 more" }).click();
    await expect(events).toHaveCount(200);
    // an event chosen far down the list opens in view, and the focus goes to it
    await events.nth(180).getByRole("button").click();
    const eventPanel = page.getByTestId("event-detail");
    await expect(eventPanel).toBeInViewport();
    await expect(eventPanel.getByRole("heading", { level: 2 })).toBeFocused();
    // the paged lists and their buttons pass axe, in Persian too
    await page.goto(`${server.url}#actor=IRN&lang=fa`);
    await expect(detail.getByTestId("list-more")).toBeVisible();
    const axe = await new AxeBuilder({ page }).include('[data-testid="actor-detail"]').withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
    // another actor starts again at one page
    await page.goto(`${server.url}#actor=TUR&lang=en`);
    await expect(detail.locator("h2")).toContainText(/Turkey|Türkiye/);
    expect(await events.count()).toBeLessThanOrEqual(100);
  } finally {
    await server.close();
  }
});
