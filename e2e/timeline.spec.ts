/**
 * The timeline as a user meets it: the seed events are there, wheel and keys zoom, a click on a
 * mark opens the event's evidence, brushing the overview (or shift-dragging) sets a time window
 * that the clear button and Escape remove. Marks are on canvas: positions come from the
 * `window.__rabtTimeline` test hook (enabled by `?testhooks`), ranges from `data-*` attributes.
 */
import { expect, type Locator, type Page, test } from "@playwright/test";

interface Hook {
  drawnEventIds(): string[];
  screenPointOf(id: string): { x: number; y: number } | null;
  badgePoints(): { x: number; y: number; count: number }[];
}

async function openTimeline(page: Page): Promise<Locator> {
  await page.goto("./?testhooks");
  const timeline = page.getByTestId("timeline");
  await expect(timeline).toHaveAttribute("data-event-count", /^[1-9]\d*$/);
  await expect(timeline).toHaveAttribute("data-visible-start", /^\d{4}-\d{2}-\d{2}$/);
  return timeline;
}

async function visibleDays(timeline: Locator): Promise<number> {
  const start = await timeline.getAttribute("data-visible-start");
  const end = await timeline.getAttribute("data-visible-end");
  return (Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / 86_400_000;
}

/** The visible period once the view has stopped moving (a zoom from the keyboard is animated). */
async function settledStart(timeline: Locator): Promise<string> {
  let last = "";
  await expect
    .poll(async () => {
      const now = (await timeline.getAttribute("data-visible-start"))!;
      const still = now === last;
      last = now;
      return still;
    }, { intervals: [150] })
    .toBe(true);
  return last;
}

async function mainCanvasCentre(timeline: Locator): Promise<{ x: number; y: number }> {
  const box = (await timeline.locator("canvas.rabt-tl-canvas").boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 3 };
}

test("shows the seed articles' events", async ({ page }) => {
  const timeline = await openTimeline(page);
  const drawn = await page.evaluate(() => {
    const hook = (window as unknown as { __rabtTimeline: Hook }).__rabtTimeline;
    return hook.drawnEventIds().length + hook.badgePoints().length;
  });
  expect(drawn).toBeGreaterThan(0);
  await expect(timeline).toHaveAttribute("role", "application");
  await expect(timeline).toHaveAttribute("aria-label", /Timeline/);
});

test("the mouse wheel zooms in around the pointer and Home fits all again", async ({ page }) => {
  const timeline = await openTimeline(page);
  const before = await visibleDays(timeline);
  const c = await mainCanvasCentre(timeline);
  await page.mouse.move(c.x, c.y);
  await page.mouse.wheel(0, -600);
  await expect.poll(() => visibleDays(timeline)).toBeLessThan(before * 0.8);
  await timeline.focus();
  await page.keyboard.press("Home");
  await expect.poll(() => visibleDays(timeline)).toBe(before);
});

test("+ and - zoom when the timeline has focus, arrows pan", async ({ page }) => {
  const timeline = await openTimeline(page);
  const before = await visibleDays(timeline);
  await timeline.focus();
  await page.keyboard.press("+");
  await expect.poll(() => visibleDays(timeline)).toBeLessThan(before * 0.6);
  const start = await timeline.getAttribute("data-visible-start");
  await page.keyboard.press("ArrowLeft");
  await expect.poll(() => timeline.getAttribute("data-visible-start")).not.toBe(start);
  await page.keyboard.press("-");
  await expect.poll(() => visibleDays(timeline)).toBeGreaterThan(before * 0.9);
});

test("clicking an event mark opens its evidence in Arabic or Persian", async ({ page }) => {
  await openTimeline(page);
  // Dense days are clusters at first: clicking a cluster zooms into it until marks show.
  let ids: string[] = [];
  for (let i = 0; i < 8; i++) {
    ids = await page.evaluate(() => (window as unknown as { __rabtTimeline: Hook }).__rabtTimeline.drawnEventIds());
    if (ids.length) break;
    const badge = await page.evaluate(() => (window as unknown as { __rabtTimeline: Hook }).__rabtTimeline.badgePoints()[0]);
    if (!badge) break;
    await page.mouse.click(badge.x, badge.y);
    await page.waitForTimeout(400);
  }
  expect(ids.length).toBeGreaterThan(0);
  const point = await page.evaluate((id) => (window as unknown as { __rabtTimeline: Hook }).__rabtTimeline.screenPointOf(id), ids[0]!);
  expect(point).not.toBeNull();
  await page.mouse.move(point!.x, point!.y);
  await expect(page.locator(".rabt-tl-tooltip")).toBeVisible();
  await page.mouse.click(point!.x, point!.y);
  const detail = page.getByTestId("event-detail");
  await expect(detail).toBeVisible();
  await expect(detail).toContainText(/[\u0600-\u06FF]{3,}/);
});

test("n moves to the first event, the live region announces it, Enter selects it", async ({ page }) => {
  const timeline = await openTimeline(page);
  await timeline.focus();
  await page.keyboard.press("n");
  await expect(timeline.locator("[aria-live=polite]")).toHaveText(/\d/);
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("event-detail")).toContainText(/[\u0600-\u06FF]{3,}/);
});

test("brushing the overview sets a time window; the clear button removes it", async ({ page }) => {
  const timeline = await openTimeline(page);
  const box = (await page.getByTestId("timeline-overview").boundingBox())!;
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width * 0.3, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.5, y, { steps: 5 });
  await page.mouse.move(box.x + box.width * 0.7, y, { steps: 5 });
  await page.mouse.up();
  await expect(timeline).toHaveAttribute("data-window-start", /^\d{4}-\d{2}-\d{2}$/);
  await expect(timeline).toHaveAttribute("data-window-end", /^\d{4}-\d{2}-\d{2}$/);
  const clear = page.getByTestId("timeline-clear-window");
  await expect(clear).toBeVisible();
  await clear.click();
  await expect(timeline).not.toHaveAttribute("data-window-start", /.*/);
  await expect(clear).toHaveCount(0);
});

test("shift-dragging in the main view sets a window that Escape clears", async ({ page }) => {
  const timeline = await openTimeline(page);
  const c = await mainCanvasCentre(timeline);
  await page.keyboard.down("Shift");
  await page.mouse.move(c.x - 150, c.y);
  await page.mouse.down();
  await page.mouse.move(c.x + 150, c.y, { steps: 6 });
  await page.mouse.up();
  await page.keyboard.up("Shift");
  await expect(timeline).toHaveAttribute("data-window-start", /^\d{4}-\d{2}-\d{2}$/);
  await timeline.focus();
  await page.keyboard.press("Escape");
  await expect(timeline).not.toHaveAttribute("data-window-start", /.*/);
});

test("right to left: the overview's right side is the earlier period, ArrowLeft pans to later dates, shift-drag windows what is under it", async ({ page }) => {
  await page.goto("./?testhooks#lang=ar");
  const timeline = page.getByTestId("timeline");
  await expect(timeline).toHaveAttribute("data-direction", "rtl");
  await expect(timeline).toHaveAttribute("data-visible-start", /^\d{4}-\d{2}-\d{2}$/);
  const full = { start: (await timeline.getAttribute("data-visible-start"))!, end: (await timeline.getAttribute("data-visible-end"))! };
  const mid = new Date((Date.parse(full.start) + Date.parse(full.end)) / 2).toISOString().slice(0, 10);

  // Brush the right fifth of the overview: an early window.
  const box = (await page.getByTestId("timeline-overview").boundingBox())!;
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width * 0.75, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.85, y, { steps: 4 });
  await page.mouse.move(box.x + box.width * 0.95, y, { steps: 4 });
  await page.mouse.up();
  await expect(timeline).toHaveAttribute("data-window-end", /^\d{4}-\d{2}-\d{2}$/);
  expect((await timeline.getAttribute("data-window-end"))! < mid).toBe(true);
  await page.getByTestId("timeline-clear-window").click();

  // Zoom in, then ArrowLeft shows later dates.
  await timeline.focus();
  await page.keyboard.press("+");
  await expect.poll(async () => (await timeline.getAttribute("data-visible-start"))! > full.start).toBe(true);
  const before = await settledStart(timeline);
  await page.keyboard.press("ArrowLeft");
  await expect.poll(async () => (await timeline.getAttribute("data-visible-start"))! > before).toBe(true);
  const afterLeft = await settledStart(timeline);
  await page.keyboard.press("ArrowRight");
  await expect.poll(async () => (await timeline.getAttribute("data-visible-start"))! < afterLeft).toBe(true);

  // Shift-drag over the left half of the main view: the later half of what is visible.
  await page.keyboard.press("Home");
  await expect(timeline).toHaveAttribute("data-visible-start", full.start);
  const c = await mainCanvasCentre(timeline);
  const canvas = (await timeline.locator("canvas.rabt-tl-canvas").boundingBox())!;
  await page.keyboard.down("Shift");
  await page.mouse.move(canvas.x + 5, c.y);
  await page.mouse.down();
  await page.mouse.move(c.x, c.y, { steps: 6 });
  await page.mouse.up();
  await page.keyboard.up("Shift");
  await expect(timeline).toHaveAttribute("data-window-start", /^\d{4}-\d{2}-\d{2}$/);
  // The drag ends at the centre: the window starts near the middle of the period and runs to its end.
  const windowStart = Date.parse((await timeline.getAttribute("data-window-start"))!);
  expect(Math.abs(windowStart - Date.parse(mid)) / 86_400_000).toBeLessThan(60);
  expect((await timeline.getAttribute("data-window-end"))! > mid).toBe(true);
});

test("with reduced motion, zooming from the keyboard jumps without animation", async ({ page }) => {
  await page.emulateMedia({ reducedMotion: "reduce" });
  const timeline = await openTimeline(page);
  await timeline.focus();
  await page.keyboard.press("+");
  // No 200 ms transition: the new zoom is there on the next frame, with no step in between.
  const seen = await page.evaluate(async () => {
    const el = document.querySelector('[data-testid="timeline"]')!;
    const values: string[] = [];
    const obs = new MutationObserver(() => values.push(el.getAttribute("data-zoom") ?? ""));
    obs.observe(el, { attributes: true, attributeFilter: ["data-zoom"] });
    (el as HTMLElement).dispatchEvent(new KeyboardEvent("keydown", { key: "+", bubbles: true }));
    await new Promise((r) => setTimeout(r, 400));
    obs.disconnect();
    return values;
  });
  expect(seen).toEqual(["4.000"]);
});

test("an arrow pressed while a zoom is still animating pans from where the zoom lands", async ({ page }) => {
  // the same keys, first one at a time, then without waiting: the same view at the end
  const timeline = await openTimeline(page);
  await timeline.focus();
  await page.keyboard.press("+");
  await settledStart(timeline);
  await page.keyboard.press("ArrowRight");
  const stepwise = await settledStart(timeline);
  const zoom = await timeline.getAttribute("data-zoom");

  await page.keyboard.press("Home");
  await settledStart(timeline);
  // the arrow 60 ms into the 200 ms zoom
  await timeline.evaluate(async (el) => {
    el.dispatchEvent(new KeyboardEvent("keydown", { key: "+", bubbles: true }));
    await new Promise((r) => setTimeout(r, 60));
    el.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowRight", bubbles: true }));
  });
  expect(await settledStart(timeline)).toBe(stepwise);
  await expect(timeline).toHaveAttribute("data-zoom", zoom!);
});
