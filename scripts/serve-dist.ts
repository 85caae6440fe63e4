/**
 * Serves the production build (`dist/`) under a sub-path, printing its URL.
 * `tsx scripts/serve-dist.ts [--dir dist] [--base /rabt/] [--port 4173]`
 */
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { serveStatic } from "./lib/serve.ts";

const { values } = parseArgs({
  options: { dir: { type: "string", default: "dist" }, base: { type: "string", default: "/" }, port: { type: "string", default: "4173" } },
});
if (!existsSync(`${values.dir}/index.html`)) {
  process.stderr.write(`rabt: ${values.dir}/index.html not found — run \`npm run build\` first\n`);
  process.exit(1);
}
const base = `/${values.base!.replace(/^\/+|\/+$/g, "")}/`.replace("//", "/");
const server = await serveStatic({ root: values.dir!, base, port: Number(values.port) });
process.stdout.write(`Rabt is served at ${server.url}  (Ctrl+C to stop)\n`);
