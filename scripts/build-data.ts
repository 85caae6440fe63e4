/**
 * `npm run build:data -- --in DIR --out DIR`: reads every article of a folder, runs the pipeline
 * and writes graph.json, build-report.json and the CSV exports — atomically (a temporary folder,
 * then a rename: never a half-written output) and deterministically (same input, same bytes).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { type ArticleAnalysis, assembleGraph, contentHash, createArticleAnalyser, isArticleFile, type SkippedFile } from "./pipeline/build.ts";
import { actorsCsv, eventsCsv, relationsCsv } from "./pipeline/export.ts";
import { loadGazetteer } from "./pipeline/gazetteer.ts";
import { parseMetadata } from "./pipeline/metadata.ts";
import { MAX_FILE_BYTES } from "./pipeline/read.ts";

/** Lists article files below `dir`, sorted, relative to it. */
function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      if (name.startsWith(".") || name === "node_modules") continue;
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p));
    }
  };
  walk(dir);
  return out.sort();
}

export interface BuildDataOptions {
  readonly inDir: string;
  readonly outDir: string;
  readonly quiet?: boolean;
}

/** Runs the build; returns the report's headline figures. Throws on unusable arguments. */
export function buildData({ inDir, outDir, quiet }: BuildDataOptions) {
  const log = (s: string) => quiet || process.stderr.write(`${s}\n`);
  if (!existsSync(inDir) || !statSync(inDir).isDirectory()) throw new Error(`input folder not found: ${inDir}`);
  const t0 = performance.now();
  const metaPath = join(inDir, "METADATA.json");
  const meta = parseMetadata(existsSync(metaPath) ? readFileSync(metaPath, "utf8") : null);
  const gazetteer = loadGazetteer();
  const analyse = createArticleAnalyser(gazetteer);

  const files = listFiles(inDir).filter((f) => basename(f) !== "METADATA.json" && !f.startsWith("gold/"));
  const analyses: ArticleAnalysis[] = [];
  const skipped: SkippedFile[] = [];
  const seen = new Map<string, string>();
  let lastProgress = performance.now();
  files.forEach((name, i) => {
    if (!isArticleFile(name)) {
      skipped.push({ file: name, reason: "not an article file (.txt, .md or .html)" });
      return;
    }
    let bytes: Uint8Array;
    try {
      const size = statSync(join(inDir, name)).size;
      if (size > MAX_FILE_BYTES) {
        skipped.push({ file: name, reason: `file too large (${size} bytes, limit ${MAX_FILE_BYTES})` });
        return;
      }
      bytes = readFileSync(join(inDir, name));
    } catch (e) {
      skipped.push({ file: name, reason: `cannot be read: ${(e as Error).message}` });
      return;
    }
    const hash = contentHash(bytes);
    const dup = seen.get(hash);
    if (dup) {
      skipped.push({ file: name, reason: `duplicate of ${dup} (same content)` });
      return;
    }
    seen.set(hash, name);
    const entry = meta.entries.get(name) ?? meta.entries.get(basename(name));
    try {
      const result = analyse({ name, bytes }, entry);
      if (result.ok) analyses.push(result.analysis);
      else skipped.push(result.skipped);
    } catch (e) {
      skipped.push({ file: name, reason: `failed in the pipeline: ${(e as Error).message}` });
    }
    if (performance.now() - lastProgress > 1000) {
      lastProgress = performance.now();
      log(`  ${i + 1}/${files.length} files, ${analyses.length} articles`);
    }
  });
  const unused = [...meta.entries.keys()].filter((f) => !files.includes(f));
  const warnings = [...meta.warnings, ...unused.map((f) => `METADATA.json: ${f} has no file in the folder`)];
  const { graph, report } = assembleGraph(analyses, skipped, gazetteer, warnings);

  const outputs: Record<string, string> = {
    "graph.json": `${JSON.stringify(graph)}\n`,
    "build-report.json": `${JSON.stringify(report, null, 2)}\n`,
    "actors.csv": actorsCsv(graph),
    "events.csv": eventsCsv(graph),
    "relations.csv": relationsCsv(graph),
  };
  writeAtomically(outDir, outputs);
  const ms = Math.round(performance.now() - t0);
  log(
    `rabt: ${report.articles} articles read, ${report.skipped.length} skipped, ${report.counts.actors} actors, ` +
      `${report.counts.events} events, ${report.counts.relations} relations → ${outDir} (${ms} ms)`,
  );
  for (const s of report.skipped) log(`  skipped ${s.file}: ${s.reason}`);
  for (const w of report.warnings.slice(0, 20)) log(`  warning: ${w}`);
  if (report.warnings.length > 20) log(`  … ${report.warnings.length - 20} more warnings in build-report.json`);
  return report;
}

/** Writes every file into a sibling temporary folder, then swaps it in with renames. */
export function writeAtomically(outDir: string, files: Readonly<Record<string, string>>): void {
  const target = resolve(outDir);
  mkdirSync(dirname(target), { recursive: true });
  recoverInterruptedWrite(target);
  const tmp = `${target}.tmp-${process.pid}`;
  const old = `${target}.old-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  for (const [name, content] of Object.entries(files)) writeFileSync(join(tmp, name), content);
  if (existsSync(target)) renameSync(target, old);
  renameSync(tmp, target);
  rmSync(old, { recursive: true, force: true });
}

/**
 * Cleans up after a build that was killed while writing: its temporary folder goes (it would
 * otherwise be copied into the site), and if it died between its two renames, the previous
 * output is put back.
 */
export function recoverInterruptedWrite(target: string): void {
  const dir = dirname(target);
  const name = basename(target);
  const leftovers = readdirSync(dir).filter((f) => f.startsWith(`${name}.tmp-`) || f.startsWith(`${name}.old-`));
  for (const f of leftovers.sort()) {
    const pid = Number(f.slice(f.lastIndexOf("-") + 1));
    if (pid === process.pid || isAlive(pid)) continue;
    const path = join(dir, f);
    if (f.startsWith(`${name}.old-`) && !existsSync(target)) renameSync(path, target);
    else rmSync(path, { recursive: true, force: true });
  }
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

function main() {
  const { values } = parseArgs({
    options: { in: { type: "string", default: "seeds" }, out: { type: "string", default: "public/data" }, quiet: { type: "boolean" } },
  });
  try {
    buildData({ inDir: values.in!, outDir: values.out!, quiet: values.quiet });
  } catch (e) {
    process.stderr.write(`rabt: build failed: ${(e as Error).message}\n`);
    process.exit(1);
  }
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith("build-data.ts")) main();
