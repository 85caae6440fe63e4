import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { type StaticServer, serveStatic } from "../scripts/lib/serve.ts";

// `npm run site` on a folder of articles written for this test, then the site in the browser.
const work = mkdtempSync(join(tmpdir(), "rabt-site-e2e-"));
const input = join(work, "articles");
const out = join(work, "site");
// the same articles as a site for a host with a tiny file limit: graph.json comes in parts
const parted = join(work, "site-parted");
let partedSummary = "";
let partedServer: StaticServer;
const PAYLOAD = "<img src=x onerror=alert(1)>";
let server: StaticServer;
let summary = "";

test.beforeAll(async () => {
  mkdirSync(input, { recursive: true });
  writeFileSync(
    join(input, "riyadh.txt"),
    "وزير الخارجية السعودي يستقبل نظيره القطري\n\nالتقى وزير الخارجية السعودي فيصل بن فرحان نظيره القطري في الرياض أمس الأحد، وبحث الجانبان العلاقات الثنائية والتطورات في المنطقة.\n\nوأكد الوزيران ضرورة التنسيق بين البلدين بشأن الأزمة في السودان.",
  );
  writeFileSync(
    join(input, "tehran.html"),
    `<html><head><title>x</title><script>alert("script")</script></head><body><nav>الرئيسية</nav><article><h1>عراقچی و لاوروف</h1>
     <p>وزیر امور خارجه ایران روز دوشنبه در مسکو با سرگئی لاوروف وزیر خارجه روسیه دیدار و گفتگو کرد و گفت ${PAYLOAD.replace(/</g, "&lt;").replace(/>/g, "&gt;")} متن آزمایشی است.</p>
     <p onclick="alert(2)"><a href="javascript:alert(3)">پیوند</a></p></article></body></html>`,
  );
  writeFileSync(join(input, "empty.txt"), "");
  writeFileSync(
    join(input, "METADATA.json"),
    JSON.stringify({ articles: [
      { file: "riyadh.txt", lang: "ar", outlet: "Test Gazette (صحيفة الاختبار)", published: "2025-03-10" },
      { file: "tehran.html", lang: "fa", outlet: "Test Agency", published: "2025-03-11" },
    ] }),
  );
  const r = spawnSync("npx", ["tsx", "scripts/site.ts", "--in", input, "--out", out, "--base", "./", "--quiet"], { encoding: "utf8" });
  summary = r.stdout;
  expect(r.status, r.stderr).toBe(0);
  server = await serveStatic({ root: out, base: "/any/sub/path/" });
  const p = spawnSync(process.execPath, ["scripts/run.mjs", "site", "--in", input, "--out", parted, "--base", "./", "--quiet", "--max-file-mb", "0.004"], { encoding: "utf8" });
  partedSummary = p.stdout;
  expect(p.status, p.stderr).toBe(0);
  partedServer = await serveStatic({ root: parted, base: "/rabt/" });
});

test.afterAll(async () => {
  await server?.close();
  await partedServer?.close();
});

test("npm run site builds a folder of articles into a site that opens from a sub-path", async ({ page }) => {
  expect(summary).toContain("2 articles read, 1 skipped");
  expect(summary).toContain("skipped empty.txt: empty file");
  expect(existsSync(join(out, "index.html"))).toBe(true);
  expect(readFileSync(join(out, "index.html"), "utf8")).toContain("Content-Security-Policy");
  await page.goto(server.url);
  await expect(page.getByTestId("article-list").locator("li")).toHaveCount(2);
  await expect(page.getByTestId("graph")).toBeVisible();
});

test("an HTML payload in an article is shown as text in the event detail and never runs", async ({ page }) => {
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(`${server.url}#actor=RUS`);
  const panel = page.getByTestId("actor-detail");
  await expect(panel).toBeVisible();
  await panel.locator(".event-list button").first().click();
  const detail = page.getByTestId("event-detail");
  await expect(detail).toContainText(PAYLOAD);
  await expect(detail.locator("img")).toHaveCount(0);
  expect(dialogs).toEqual([]);
});

test("a site whose graph.json is cut into parts for the host's file limit opens the same", async ({ page }) => {
  expect(partedSummary).toMatch(/data\/graph\.json \([0-9.]+ MB\) is in \d+ parts of at most 0\.004 MB: data\/graph\.part-001\.json/);
  const files = readdirSync(join(parted, "data"));
  expect(files.filter((f) => /^graph\.part-\d{3}\.json$/.test(f)).length).toBeGreaterThan(1);
  // every data file beside the chunks is within the limit
  for (const f of files) if (f !== "chunks") expect(statSync(join(parted, "data", f)).size, f).toBeLessThanOrEqual(4000);
  await page.goto(partedServer.url);
  await expect(page.getByTestId("article-list").locator("li")).toHaveCount(2);
  await page.goto(`${partedServer.url}#actor=RUS`);
  const panel = page.getByTestId("actor-detail");
  await panel.locator(".event-list button").first().click();
  await expect(page.getByTestId("event-detail")).toContainText("لاوروف");
});
