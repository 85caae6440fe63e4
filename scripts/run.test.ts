import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildData } from "./build-data.ts";
import { ROOT, SCRIPTS } from "./lib/paths.ts";

const work = mkdtempSync(join(tmpdir(), "rabt-run-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const node = (args: string[], cwd = ROOT) => spawnSync(process.execPath, args, { cwd, encoding: "utf8" });

describe("scripts/run.mjs", () => {
  it("builds the seeds' data bundled to the same bytes as the TypeScript build", async () => {
    const bundled = join(work, "bundled");
    const direct = join(work, "direct");
    const r = node([join(SCRIPTS, "run.mjs"), "build-data", "--in", join(ROOT, "seeds"), "--out", bundled, "--no-cache", "--quiet"]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    await buildData({ inDir: join(ROOT, "seeds"), outDir: direct, quiet: true, cacheDir: false });
    for (const file of ["graph.json", "events.csv", "actors.csv", "relations.csv", "build-report.json"]) {
      expect(readFileSync(join(bundled, file)).equals(readFileSync(join(direct, file))), file).toBe(true);
    }
  }, 60_000);

  describe("in a folder of its own", () => {
    // a copy of the runner with a script of its own, and the repository's node_modules for esbuild
    const root = join(work, "repo");
    const scripts = join(root, "scripts");
    mkdirSync(join(scripts, "lib"), { recursive: true });
    cpSync(join(SCRIPTS, "run.mjs"), join(scripts, "run.mjs"));
    symlinkSync(join(ROOT, "node_modules"), join(root, "node_modules"));
    writeFileSync(join(root, "package-lock.json"), "{}\n");
    writeFileSync(join(scripts, "lib", "word.ts"), 'export const word: string = "one";\n');
    writeFileSync(
      join(scripts, "hello.ts"),
      'import { word } from "./lib/word.ts";\nprocess.stdout.write([word, process.argv.slice(2).join(","), process.argv[1]].join(" ") + "\\n");\n',
    );
    const run = (...args: string[]) => node([join(scripts, "run.mjs"), ...args], root);
    const bundles = () => readdirSync(join(scripts, ".bundle")).filter((f) => f.endsWith(".mjs"));

    it("runs a script with its arguments, telling it its own source as argv[1]", () => {
      const r = run("hello", "a", "b");
      expect(r.stdout).toBe(`one a,b ${join(scripts, "hello.ts")}\n`);
      expect(bundles()).toHaveLength(1);
    });

    it("makes the bundle again when a file it was made of changes, and keeps only the new one", () => {
      const before = bundles();
      expect(run("hello").stdout).toMatch(/^one /);
      expect(bundles()).toEqual(before);
      writeFileSync(join(scripts, "lib", "word.ts"), 'export const word: string = "two";\n');
      expect(run("hello").stdout).toMatch(/^two /);
      expect(bundles()).toHaveLength(1);
      expect(bundles()).not.toEqual(before);
    });

    it("makes the bundle again when the runner itself changes (how a bundle is made is part of it)", () => {
      const before = bundles();
      const runner = join(scripts, "run.mjs");
      writeFileSync(runner, readFileSync(runner, "utf8").replace('logLevel: "error",', 'logLevel: "error", legalComments: "none",'));
      expect(run("hello").stdout).toMatch(/^two /);
      expect(bundles()).toHaveLength(1);
      expect(bundles()).not.toEqual(before);
    });

    it("names a script that does not exist, or one outside scripts/", () => {
      for (const name of ["nothing", "../package-lock"]) {
        const r = run(name);
        expect(r.status).toBe(1);
        expect(r.stderr).toContain(`cannot run scripts/${name}.ts: no such script`);
      }
      expect(run().status).toBe(2);
    });

    it("names a script that does not compile, and runs nothing", () => {
      writeFileSync(join(scripts, "broken.ts"), "export const = ;\n");
      const r = run("broken");
      expect(r.status).toBe(1);
      expect(r.stderr).toContain("cannot run scripts/broken.ts");
      expect(r.stdout).toBe("");
    });
  });
});
