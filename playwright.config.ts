import { defineConfig } from "@playwright/test";
import { chromiumLaunchOptions } from "./scripts/lib/browser.ts";

const PORT = Number(process.env.RABT_E2E_PORT ?? 4391);

// End-to-end tests run against the production build served under a sub-path, in the Chromium
// shipped by @sparticuz/chromium (or CHROMIUM_PATH): no browser download needed.
export default defineConfig({
  testDir: "e2e",
  timeout: 60_000,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/rabt/`,
    browserName: "chromium",
    launchOptions: await chromiumLaunchOptions(),
    viewport: { width: 1440, height: 900 },
  },
  webServer: {
    command: `npx tsx scripts/serve-dist.ts --base /rabt/ --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/rabt/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
