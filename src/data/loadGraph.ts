/** Loads `data/graph.json` relative to the page and checks it against the data contract. */
import { readGraphFile } from "../contract/graphFile.ts";
import type { Graph } from "../contract/schema.ts";

export type LoadResult = { ok: true; graph: Graph } | { ok: false; errors: string[] };

export async function loadGraph(url = "data/graph.json"): Promise<LoadResult> {
  let res: Response;
  try {
    res = await fetch(url, { cache: "no-cache" });
  } catch (e) {
    return { ok: false, errors: [`${url}: could not be fetched (${(e as Error).message})`] };
  }
  if (!res.ok) return { ok: false, errors: [`${url}: HTTP ${res.status} — run \`npm run build:data\` to create it`] };
  let json: unknown;
  try {
    json = await res.json();
  } catch (e) {
    return { ok: false, errors: [`${url}: not valid JSON (${(e as Error).message})`] };
  }
  const read = readGraphFile(json);
  return read.ok ? read : { ok: false, errors: read.errors.map((e) => `${url}: ${e}`) };
}
