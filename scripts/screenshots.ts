/**
 * `npm run screenshots [-- --out docs/screens]`: serves the production build and takes
 * screenshots at 1440×900 and 390×844 in English, Arabic and Persian, with an actor and an
 * event selected — for looking at the interface (and for the README).
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { chromium } from "playwright-core";
import { chromiumLaunchOptions } from "./lib/browser.ts";
import { serveStatic } from "./lib/serve.ts";

const { values } = parseArgs({ options: { out: { type: "string", default: "docs/screens" }, langs: { type: "string", default: "en,ar,fa" } } });
const out = values.out!;
mkdirSync(out, { recursive: true });
const server = await serveStatic({ root: "dist", base: "/rabt/" });
const browser = await chromium.launch(await chromiumLaunchOptions());
try {
  for (const [w, h] of [[1440, 900], [390, 844]] as const) {
    for (const lang of values.langs!.split(",")) {
      const page = await browser.newPage({ viewport: { width: w, height: h } });
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));
      await page.goto(`${server.url}#lang=${lang}`);
      await page.waitForSelector('[data-testid="timeline"]');
      await page.waitForTimeout(800);
      await page.screenshot({ path: join(out, `${lang}-${w}x${h}.png`), fullPage: false });
      await page.goto(`${server.url}#lang=${lang}&actor=IRN`);
      await page.waitForTimeout(800);
      await page.screenshot({ path: join(out, `${lang}-${w}x${h}-actor.png`), fullPage: w < 500 });
      const firstEvent = await page.evaluate(() => {
        const el = document.querySelector('[data-testid="actor-detail"] .event-list button') as HTMLButtonElement | null;
        el?.click();
        return !!el;
      });
      if (firstEvent) {
        await page.waitForTimeout(500);
        await page.screenshot({ path: join(out, `${lang}-${w}x${h}-event.png`), fullPage: w < 500 });
      }
      if (errors.length) console.error(`${lang} ${w}x${h}: page errors: ${errors.join("; ")}`);
      await page.close();
    }
  }
  console.log(`screenshots in ${out}`);
} finally {
  await browser.close();
  await server.close();
}
