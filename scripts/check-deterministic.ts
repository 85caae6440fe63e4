/**
 * Builds the seeds again into a temporary folder and compares every output file byte for byte
 * with DIR (default public/data): the same input must give the same output.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildData } from "./build-data.ts";

const dir = process.argv[2] ?? "public/data";
const tmp = mkdtempSync(join(tmpdir(), "rabt-det-"));
const out = join(tmp, "data");
await buildData({ inDir: "seeds", outDir: out, quiet: true, cacheDir: false });
const list = (d: string) => (readdirSync(d, { recursive: true }) as string[]).filter((f) => statSync(join(d, f)).isFile());
const names = [...new Set([...list(dir), ...list(out)])].sort();
const differ = names.filter((n) => {
  try {
    return !readFileSync(join(dir, n)).equals(readFileSync(join(out, n)));
  } catch {
    return true;
  }
});
rmSync(tmp, { recursive: true, force: true });
if (differ.length) {
  process.stderr.write(`not deterministic: ${differ.join(", ")} differ between two builds\n`);
  process.exit(1);
}
process.stdout.write(`deterministic: ${names.length} files identical across two builds (${names.join(", ")})\n`);
