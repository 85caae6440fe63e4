/**
 * The interface in English, Arabic and Persian: the page mirrors, the timeline and graph speak
 * the reader's language, time runs right to left in Arabic and Persian (later dates on the
 * left), Persian dates count in the Solar Hijri calendar, and the language survives a reload.
 * Canvas marks are found through the `?testhooks` hooks `window.__rabtTimeline` / `__rabtGraph`.
 */
import { expect, type Page, test } from "@playwright/test";
import { servedGraph } from "./seedGraph.ts";

interface TimelineHook {
  drawnEventIds(): string[];
  screenPointOf(id: string): { x: number; y: number } | null;
  axisLabels(row?: "main" | "second"): string[];
}
interface GraphHook {
  nodeLabel(id: string): string | null;
}
interface SeedEvent {
  id: string;
  date: { start: string; edtf: string };
}

const timelineHook = (page: Page) => page.evaluate(() => (window as unknown as { __rabtTimeline: TimelineHook }).__rabtTimeline.drawnEventIds());

async function seedEvents(page: Page): Promise<Map<string, SeedEvent>> {
  const data = (await servedGraph(page)) as unknown as { events: SeedEvent[] };
  return new Map(data.events.map((e) => [e.id, e]));
}

async function openApp(page: Page, hash = ""): Promise<void> {
  await page.goto(`./?testhooks${hash}`);
  await expect(page.getByTestId("timeline")).toHaveAttribute("data-event-count", /^[1-9]\d*$/);
  await expect(page.getByTestId("graph")).toHaveAttribute("data-node-count", /^[1-9]\d*$/);
}

async function switchLanguage(page: Page, lang: "en" | "ar" | "fa"): Promise<void> {
  await page.getByTestId("ui-language").selectOption(lang);
  await expect(page.locator("html")).toHaveAttribute("lang", lang);
}

test("in Arabic the page mirrors, the panels speak Arabic and time runs right to left", async ({ page }) => {
  await openApp(page);
  const timeline = page.getByTestId("timeline");
  await expect(timeline).toHaveAttribute("data-direction", "ltr");
  await switchLanguage(page, "ar");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");

  // Interface text from the Arabic catalogue: the timeline toolbar and the graph legend.
  const toolbar = page.getByRole("toolbar", { name: "أدوات الخط الزمني" });
  await expect(toolbar).toContainText("المسارات");
  await expect(toolbar.getByTestId("timeline-calendar")).toHaveValue("gregory");
  await expect(toolbar.getByTestId("timeline-calendar").locator("option:checked")).toHaveText("الميلادي");
  const legend = page.locator(".rabt-graph__legend");
  await expect(legend).toContainText("لون الخط: متوسط مقياس غولدشتاين");
  await expect(legend).toContainText("دولة");
  await expect(timeline).toHaveAttribute("aria-label", /^الخط الزمني للأحداث/);

  // Actor labels in Arabic: the node Iran is drawn as «إيران», and the actor list says so too.
  await expect.poll(() => page.evaluate(() => (window as unknown as { __rabtGraph: GraphHook }).__rabtGraph.nodeLabel("IRN"))).toBe("إيران");
  await expect(page.getByTestId("actor-list").locator('[data-actor-id="IRN"]')).toContainText("إيران");

  // Time runs right to left: the later of two drawn events sits further left.
  await expect(timeline).toHaveAttribute("data-direction", "rtl");
  const events = await seedEvents(page);
  const ids = await timelineHook(page);
  const dated = ids.map((id) => events.get(id)!).sort((a, b) => a.date.start.localeCompare(b.date.start));
  const early = dated[0]!;
  const late = dated.findLast((e) => e.date.start > early.date.start)!;
  expect(late, "two drawn events on different dates").toBeDefined();
  const [pEarly, pLate] = await page.evaluate(
    ([a, b]) => {
      const h = (window as unknown as { __rabtTimeline: TimelineHook }).__rabtTimeline;
      return [h.screenPointOf(a), h.screenPointOf(b)];
    },
    [early.id, late.id] as const,
  );
  expect(pLate!.x).toBeLessThan(pEarly!.x);
  // The axis reads right to left as well: the latest year label is leftmost.
  const years = await page.evaluate(() => (window as unknown as { __rabtTimeline: TimelineHook }).__rabtTimeline.axisLabels());
  expect(years.length).toBeGreaterThan(1);
  const asNumber = (s: string) => Number(s.replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x660)).replace(/\D/g, ""));
  expect(asNumber(years[0]!)).toBeGreaterThan(asNumber(years.at(-1)!));

  // A click on a mark still opens that very event: its id goes to the URL, its EDTF date shows in the panel.
  await page.mouse.click(pLate!.x, pLate!.y);
  await expect(page).toHaveURL(new RegExp(`event=${late.id}`));
  await expect(page.getByTestId("event-detail")).toContainText(late.date.edtf);

  // The toggle runs time left to right again, and keeps that in the URL.
  await page.getByTestId("timeline-direction").selectOption("ltr");
  await expect(timeline).toHaveAttribute("data-direction", "ltr");
  await expect(page).toHaveURL(/time=ltr/);
  const [qEarly, qLate] = await page.evaluate(
    ([a, b]) => {
      const h = (window as unknown as { __rabtTimeline: TimelineHook }).__rabtTimeline;
      return [h.screenPointOf(a), h.screenPointOf(b)];
    },
    [early.id, late.id] as const,
  );
  expect(qLate!.x).toBeGreaterThan(qEarly!.x);
});

test("in Persian the axis counts in the Solar Hijri calendar beside the Gregorian, and the language survives a reload", async ({ page }) => {
  await openApp(page);
  await switchLanguage(page, "fa");
  const timeline = page.getByTestId("timeline");
  await expect(timeline).toHaveAttribute("data-calendar", "persian");
  await expect(page.getByTestId("timeline-calendar")).toHaveValue("persian");
  await expect(page.getByTestId("timeline-second-calendar")).toBeChecked();
  // Zoom in until the axis names months: a Persian month name must appear.
  await timeline.focus();
  const PERSIAN_MONTHS = /فروردین|اردیبهشت|خرداد|تیر|مرداد|شهریور|مهر|آبان|آذر|دی|بهمن|اسفند/;
  for (let i = 0; i < 6; i++) {
    const labels = await page.evaluate(() => (window as unknown as { __rabtTimeline: TimelineHook }).__rabtTimeline.axisLabels());
    if (labels.some((l) => PERSIAN_MONTHS.test(l))) break;
    await page.keyboard.press("+");
    await page.waitForTimeout(300);
  }
  const labels = await page.evaluate(() => (window as unknown as { __rabtTimeline: TimelineHook }).__rabtTimeline.axisLabels());
  expect(labels.some((l) => PERSIAN_MONTHS.test(l)), labels.join(" | ")).toBe(true);
  expect(labels.join(" ")).toMatch(/[۰-۹]/);
  // … with the Gregorian row beside it.
  const second = await page.evaluate(() => (window as unknown as { __rabtTimeline: TimelineHook }).__rabtTimeline.axisLabels("second"));
  expect(second.join(" ")).toMatch(/ژانویه|فوریه|مارس|آوریل|مه|ژوئن|ژوئیه|اوت|سپتامبر|اکتبر|نوامبر|دسامبر|[۰-۹]{4}/);

  // The Hijri (Umm al-Qura) calendar can be chosen and is kept in the URL.
  await page.getByTestId("timeline-calendar").selectOption("islamic-umalqura");
  await expect(timeline).toHaveAttribute("data-calendar", "islamic-umalqura");
  await expect(page).toHaveURL(/cal=islamic-umalqura/);
  await page.getByTestId("timeline-calendar").selectOption("persian");

  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("lang", "fa");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("button", { name: "چیدمان دوباره" })).toBeVisible();
  await expect(page).toHaveURL(/lang=fa/);
  // Remembered between visits: a fresh visit without a hash opens in Persian too.
  await page.goto("./");
  await expect(page.locator("html")).toHaveAttribute("lang", "fa");
  await expect(page.getByTestId("timeline")).toHaveAttribute("data-direction", "rtl");
});

test.describe("a first visit from a Persian browser", () => {
  test.use({ locale: "fa-IR" });
  test("opens in Persian", async ({ page }) => {
    await page.goto("./");
    await expect(page.locator("html")).toHaveAttribute("lang", "fa");
    await expect(page).toHaveURL(/lang=fa/);
  });
});

test("the actor list selects with the keyboard and follows a click in the graph", async ({ page }) => {
  await openApp(page, "#lang=ar");
  const list = page.getByTestId("actor-list").getByRole("listbox");
  await list.focus();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  const second = await list.getByRole("option").nth(1).getAttribute("data-actor-id");
  await expect(page.getByTestId("graph")).toHaveAttribute("data-selected", second!);
  await expect(list.getByRole("option", { selected: true })).toHaveAttribute("data-actor-id", second!);
  await expect(page.getByTestId("graph-status")).toContainText("المحدَّد");
  await expect(page.getByTestId("actor-list")).toContainText("علاقات");
  // Selected elsewhere (the URL, the search, a node click): the list follows.
  await page.evaluate(() => {
    location.hash = "#lang=ar&actor=TUR";
  });
  await expect(list.getByRole("option", { selected: true })).toHaveAttribute("data-actor-id", "TUR");
  await expect(list).toHaveAttribute("aria-activedescendant", (await list.getByRole("option", { selected: true }).getAttribute("id"))!);
});
