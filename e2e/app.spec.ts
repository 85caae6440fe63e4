import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { SCHEMA_VERSION } from "../src/contract/schema.ts";
import { serveStatic } from "../scripts/lib/serve.ts";

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
  const index = JSON.parse(readFileSync("public/data/graph.json", "utf8")) as {
    events: { id: string; mentionCount: number; articleIds: string[]; mentions: unknown[] }[];
  };
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
