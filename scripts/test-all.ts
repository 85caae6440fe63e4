/**
 * `npm test`: every suite in order — types, lint, unit tests, data build (twice, compared byte for
 * byte), production build, end-to-end tests in a real headless Chromium. Prints one closing line
 * `N passed, N failed` counting the tests of every suite (a step without tests counts as one).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";

interface Outcome {
  readonly name: string;
  readonly passed: number;
  readonly failed: number;
  readonly ms: number;
}

const outcomes: Outcome[] = [];
mkdirSync(".cache", { recursive: true });

function run(name: string, cmd: string, args: string[], env: Record<string, string> = {}): boolean {
  process.stdout.write(`\n━━ ${name}: ${cmd} ${args.join(" ")}\n`);
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { stdio: "inherit", env: { ...process.env, ...env } });
  const ok = r.status === 0;
  outcomes.push({ name, passed: ok ? 1 : 0, failed: ok ? 0 : 1, ms: performance.now() - t0 });
  return ok;
}

/** Replaces the last outcome's counts with the suite's own test counts from its JSON report. */
function countFrom(file: string, read: (json: unknown) => { passed: number; failed: number }) {
  const last = outcomes.pop()!;
  try {
    const counts = read(JSON.parse(readFileSync(file, "utf8")));
    // a runner that exits non-zero with no failed test still failed (e.g. a file that does not compile)
    const failed = counts.failed || last.failed ? Math.max(counts.failed, last.failed) : 0;
    outcomes.push({ ...last, passed: counts.passed, failed });
  } catch {
    outcomes.push(last);
  }
}

const npx = "npx";
run("typecheck", npx, ["tsc", "--noEmit", "-p", "tsconfig.json"]);
run("lint", npx, ["biome", "lint", "."]);
rmSync(".cache/vitest.json", { force: true });
run("unit", npx, ["vitest", "run", "--reporter=default", "--reporter=json", "--outputFile=.cache/vitest.json"]);
countFrom(".cache/vitest.json", (j) => {
  const v = j as { numPassedTests: number; numFailedTests: number };
  return { passed: v.numPassedTests, failed: v.numFailedTests };
});
// as `npm run build:data` runs it: bundled (scripts/run.mjs)
const dataOk = run("build:data", process.execPath, ["--max-semi-space-size=32", "scripts/run.mjs", "build-data", "--in", "seeds", "--out", "public/data"]);
if (dataOk) {
  run("build:data is deterministic", npx, ["tsx", "scripts/check-deterministic.ts", "public/data"]);
}
const buildOk = run("production build", npx, ["vite", "build"]);
if (buildOk && existsSync(join("dist", "index.html"))) {
  rmSync(".cache/playwright.json", { force: true });
  run("end-to-end", npx, ["playwright", "test", "--reporter=list,json"], { PLAYWRIGHT_JSON_OUTPUT_NAME: ".cache/playwright.json" });
  countFrom(".cache/playwright.json", (j) => {
    const s = (j as { stats: { expected: number; unexpected: number; flaky: number } }).stats;
    return { passed: s.expected + s.flaky, failed: s.unexpected };
  });
} else {
  outcomes.push({ name: "end-to-end (not run: no production build)", passed: 0, failed: 1, ms: 0 });
}

process.stdout.write("\n━━ summary\n");
for (const o of outcomes) {
  process.stdout.write(`  ${o.failed ? "✗" : "✓"} ${o.name.padEnd(32)} ${o.passed} passed, ${o.failed} failed  (${(o.ms / 1000).toFixed(1)} s)\n`);
}
const passed = outcomes.reduce((n, o) => n + o.passed, 0);
const failed = outcomes.reduce((n, o) => n + o.failed, 0);
process.stdout.write(`${passed} passed, ${failed} failed\n`);
process.exit(failed ? 1 : 0);
