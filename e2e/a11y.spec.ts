/**
 * Accessibility as a screen-reader and keyboard user meets the app: axe finds no serious or
 * critical violation in English, Arabic or Persian with an actor and an event selected, and the
 * keyboard alone leads from the search box to an event's source sentence.
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { servedGraph } from "./seedGraph.ts";

interface SeedData {
  events: { id: string; sourceIds: string[]; targetIds: string[]; otherIds: string[]; mentions: { sentence: string }[] }[];
}

async function seed(page: Page): Promise<SeedData> {
  return (await servedGraph(page)) as unknown as SeedData;
}

for (const lang of ["en", "ar", "fa"] as const) {
  test(`axe finds no serious or critical violation in ${lang} with Iran and one of its events selected`, async ({ page }) => {
    await page.goto("./");
    const data = await seed(page);
    const event = data.events.find((e) => [...e.sourceIds, ...e.targetIds, ...e.otherIds].includes("IRN"))!;
    await page.goto(`./#lang=${lang}&actor=IRN&event=${event.id}`);
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
    await expect(page.getByTestId("event-detail")).toBeVisible();
    await expect(page.getByTestId("graph")).toHaveAttribute("data-node-count", /^[1-9]\d*$/);
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    const summary = results.violations.map((v) => `${v.impact} ${v.id} ×${v.nodes.length}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 4).join(" | ")}`);
    console.log(`axe ${lang}: ${summary.length ? `\n  ${summary.join("\n  ")}` : "no violations"}`);
    const blocking = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(blocking.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  });
}

test("the keyboard alone leads from the search box to an actor, one of its events and its source sentence", async ({ page }) => {
  await page.goto("./");
  await expect(page.getByTestId("graph")).toHaveAttribute("data-node-count", /^[1-9]\d*$/);
  const search = page.getByTestId("search").getByRole("combobox");
  // From the start of the page, Tab until the search box has the focus.
  for (let i = 0; i < 10 && !(await search.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
  await expect(search).toBeFocused();
  await page.keyboard.type("ایران");
  await expect(page.getByRole("option").first()).toBeVisible();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  const actorPanel = page.getByTestId("actor-detail");
  await expect(actorPanel).toBeVisible();
  // Tab on until an event button of the actor panel has the focus, then open it.
  const eventButtons = actorPanel.locator(".event-list button");
  await expect(eventButtons.first()).toBeVisible();
  let onEvent = false;
  for (let i = 0; i < 150 && !onEvent; i++) {
    await page.keyboard.press("Tab");
    onEvent = await page.evaluate(() => !!document.activeElement?.closest('[data-testid="actor-detail"] .event-list'));
  }
  expect(onEvent, "an event button in the actor panel takes the focus").toBe(true);
  const label = await page.evaluate(() => document.activeElement?.textContent ?? "");
  await page.keyboard.press("Enter");
  const detail = page.getByTestId("event-detail");
  await expect(detail).toBeVisible();
  const eventId = new URLSearchParams(new URL(page.url()).hash.slice(1)).get("event");
  const data = await seed(page);
  const event = data.events.find((e) => e.id === eventId);
  expect(event, `the opened event (${label}) is in the data`).toBeDefined();
  await expect(detail.locator(".evidence").first()).toHaveText(event!.mentions[0]!.sentence);
});
