/**
 * `node scripts/run.mjs <script> [args…]`: runs `scripts/<script>.ts` (e.g. `build-data`) as one
 * plain JavaScript bundle instead of through tsx.
 *
 * Why: tsx compiles each module on first import and wraps every inner function in a `__name`
 * helper; for a rebuild after one changed article that start-up is a fifth of the run (about
 * 0.3 s of 1.6 s on a 10k-article corpus). The bundle is made by esbuild once and kept in
 * `scripts/.bundle/` (one folder below `scripts/`, like `scripts/lib`, so the paths of
 * scripts/lib/paths.ts hold in it), under a key hashed from every file it was made of: editing a
 * source, or installing other versions of the dependencies, makes a new one at the next run.
 * The dependencies are inlined too: loaded from node_modules as separate modules, they took some
 * 0.12 s of every start (zod alone, a hundred files, 50 ms; inlined, 25 ms). Not those that a
 * bundle cannot hold or that load only for some runs (`OUTSIDE`).
 *
 * This file is plain JavaScript: it must start without a TypeScript loader.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const SCRIPTS = dirname(fileURLToPath(import.meta.url));
const ROOT = dirname(SCRIPTS);
const BUNDLES = join(SCRIPTS, ".bundle");

/** A hash of the files a bundle is made of (paths relative to the root, and their bytes). */
function keyOf(inputs) {
  const h = createHash("sha256");
  for (const input of inputs) {
    h.update(input).update("\0");
    try {
      h.update(readFileSync(join(ROOT, input)));
    } catch {
      h.update("(missing)");
    }
    h.update("\0");
  }
  return h.digest("hex").slice(0, 16);
}

/**
 * Packages left to Node: esbuild (a native binary, and loaded only to make a bundle), and the
 * browser-side tools some scripts drive (vite, the headless browser).
 */
const OUTSIDE = ["esbuild", "vite", "playwright-core", "@sparticuz/chromium"];

/** Leaves `OUTSIDE` packages (and their subpaths) to Node; the others are inlined. */
const someOutside = {
  name: "some-outside",
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) => (OUTSIDE.some((p) => args.path === p || args.path.startsWith(`${p}/`)) ? { path: args.path, external: true } : undefined));
  },
};

/** Inputs of a bundle that say what it was made of: the sources, and for the inlined packages the lock files npm writes. */
const ownInput = (p) => !p.startsWith("node_modules/");

/** The bundle of `scripts/<script>.ts`, made now if none matches the current sources. */
export async function bundleOf(script) {
  const source = resolve(SCRIPTS, `${script}.ts`);
  if (!source.startsWith(`${SCRIPTS}/`) || !existsSync(source)) throw new Error(`no such script: scripts/${script}.ts`);
  const name = script.replaceAll("/", "-");
  const manifestPath = join(BUNDLES, `${name}.json`);
  if (existsSync(manifestPath)) {
    try {
      const manifest = JSON.parse(readFileSync(manifestPath, "utf8"));
      const bundle = join(BUNDLES, `${name}-${manifest.key}.mjs`);
      if (keyOf(manifest.inputs) === manifest.key && existsSync(bundle)) return bundle;
    } catch {
      // an unreadable manifest: make the bundle again
    }
  }
  const { build } = await import("esbuild");
  mkdirSync(BUNDLES, { recursive: true });
  const tmp = join(BUNDLES, `${name}.${process.pid}.tmp.mjs`);
  const result = await build({
    entryPoints: [source],
    outfile: tmp,
    absWorkingDir: ROOT,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    logLevel: "error",
    metafile: true,
    plugins: [someOutside],
    // the CommonJS packages inlined (iconv-lite, chardet) call require() on Node's own modules
    banner: { js: 'import { createRequire as __rabtRequire } from "node:module"; const require = __rabtRequire(import.meta.url);' },
  });
  // (every install rewrites node_modules/.package-lock.json: a new bundle then, without hashing the packages' files at each start)
  const inputs = Object.keys(result.metafile.inputs)
    .map((p) => relative(ROOT, resolve(ROOT, p)))
    .filter(ownInput)
    // (and this file: how a bundle is made is part of what it is)
    .concat("package-lock.json", "node_modules/.package-lock.json", "scripts/run.mjs")
    .sort();
  const key = keyOf(inputs);
  const bundle = join(BUNDLES, `${name}-${key}.mjs`);
  renameSync(tmp, bundle);
  // the manifest last, through a rename: a reader sees the old one or the new one, whole
  const manifestTmp = `${manifestPath}.${process.pid}.tmp`;
  writeFileSync(manifestTmp, `${JSON.stringify({ key, inputs })}\n`);
  renameSync(manifestTmp, manifestPath);
  // older bundles of this script go (a run still using one has already loaded it)
  for (const f of readdirSync(BUNDLES)) {
    if (f.startsWith(`${name}-`) && f.endsWith(".mjs") && f !== `${name}-${key}.mjs` && /^[0-9a-f]{16}\.mjs$/.test(f.slice(name.length + 1))) {
      rmSync(join(BUNDLES, f), { force: true });
    }
  }
  return bundle;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const script = process.argv[2];
  if (!script) {
    process.stderr.write("usage: node scripts/run.mjs <script> [args…]   (runs scripts/<script>.ts)\n");
    process.exit(2);
  }
  let bundle;
  try {
    bundle = await bundleOf(script);
  } catch (e) {
    process.stderr.write(`rabt: cannot run scripts/${script}.ts: ${e.message}\n`);
    process.exit(1);
  }
  // the script finds its own source in argv[1], as under tsx (see isEntry in scripts/lib/paths.ts)
  process.argv.splice(1, 2, resolve(SCRIPTS, `${script}.ts`));
  await import(pathToFileURL(bundle).href);
}
