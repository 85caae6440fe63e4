/**
 * `npm run site -- --in DIR --out DIR [--base /sub/path/] [--max-file-mb 24]`: from a folder of articles to a static
 * site ready to upload — builds the data from the folder, then the app with that data, into OUT.
 */
import { existsSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { build } from "vite";
import { buildData } from "./build-data.ts";
import { ROOT } from "./lib/paths.ts";
import { splitLargeFiles } from "./lib/splitFiles.ts";

/**
 * The largest data file the site holds, in MB: Cloudflare Pages takes at most 25 MiB per file,
 * GitHub refuses 100 MB and warns from 50 MB. Larger files are cut into parts (scripts/lib/splitFiles.ts).
 */
const DEFAULT_MAX_FILE_MB = 24;

const { values } = parseArgs({
  options: {
    in: { type: "string" },
    out: { type: "string" },
    base: { type: "string", default: "./" },
    "max-file-mb": { type: "string", default: String(DEFAULT_MAX_FILE_MB) },
    quiet: { type: "boolean" },
  },
});
const maxFileBytes = Math.floor(Number(values["max-file-mb"]) * 1e6);
if (!values.in || !values.out || !(maxFileBytes >= 1)) {
  process.stderr.write("usage: npm run site -- --in ARTICLES_DIR --out SITE_DIR [--base /sub/path/] [--max-file-mb 24]\n");
  process.exit(2);
}
const outDir = resolve(values.out);
const work = mkdtempSync(join(tmpdir(), "rabt-site-"));
const staged = `${outDir}.tmp-${process.pid}`;
try {
  process.stderr.write(`rabt site: 1/2 building the data from ${values.in}\n`);
  const dataDir = join(work, "public", "data");
  const report = await buildData({ inDir: values.in, outDir: dataDir, quiet: values.quiet });
  // hosts cap a file's size: larger data files go in parts (graph.json becomes their manifest)
  const cut = splitLargeFiles(dataDir, maxFileBytes);
  process.stderr.write("rabt site: 2/2 building the app\n");
  await build({
    root: ROOT,
    base: values.base,
    publicDir: join(work, "public"),
    logLevel: values.quiet ? "silent" : "warn",
    build: { outDir: staged, emptyOutDir: true },
  });
  // swap the finished site in at once: OUT never holds half a site
  const old = `${outDir}.old-${process.pid}`;
  if (existsSync(outDir)) renameSync(outDir, old);
  renameSync(staged, outDir);
  rmSync(old, { recursive: true, force: true });
  const size = dirSize(outDir);
  process.stdout.write(
    `rabt site: ${report.articles} articles read, ${report.skipped.length} skipped, ${report.counts.actors} actors, ` +
      `${report.counts.events} events → ${outDir} (${(size / 1024 / 1024).toFixed(1)} MB)\n`,
  );
  for (const s of report.skipped) process.stdout.write(`  skipped ${s.file}: ${s.reason}\n`);
  for (const c of cut) {
    process.stdout.write(`  data/${c.file} (${(c.bytes / 1e6).toFixed(1)} MB) is in ${c.parts.length} parts of at most ${values["max-file-mb"]} MB: data/${c.parts[0]} …\n`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
  rmSync(staged, { recursive: true, force: true });
}

function dirSize(dir: string): number {
  let n = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const st = statSync(p);
    n += st.isDirectory() ? dirSize(p) : st.size;
  }
  return n;
}
