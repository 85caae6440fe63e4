/**
 * Headless Chromium for tests and benchmarks: the binary shipped by `@sparticuz/chromium`
 * (Playwright cannot download browsers here), or `CHROMIUM_PATH` when set.
 */
import chromium from "@sparticuz/chromium";

/** Launch options for playwright-core's `chromium.launch`. */
export async function chromiumLaunchOptions(): Promise<{ executablePath: string; args: string[]; headless: true }> {
  const override = process.env.CHROMIUM_PATH;
  // --single-process kills every page after the first one ("Target page, context or browser has been closed").
  const args = override
    ? ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"]
    : chromium.args.filter((a) => a !== "--single-process" && !a.startsWith("--headless"));
  const executablePath = override ?? (await chromium.executablePath());
  return { executablePath, args, headless: true };
}
