/**
 * Loads `data/graph.json` relative to the page and checks it against the data contract. A site
 * made for a host that caps file sizes may hold, instead, a manifest of the index's parts
 * (src/contract/graphParts.ts): they are fetched together and joined.
 */
import { readGraphFile } from "../contract/graphFile.ts";
import { GraphPartsSchema, isGraphParts } from "../contract/graphParts.ts";
import { type Graph, SCHEMA_VERSION } from "../contract/schema.ts";

export type LoadResult = { ok: true; graph: Graph } | { ok: false; errors: string[] };

type Fetched<T> = { ok: true; value: T } | { ok: false; error: string };

async function fetchFrom<T>(url: string, read: (res: Response) => Promise<T>, what: string): Promise<Fetched<T>> {
  let res: Response;
  try {
    res = await fetch(url, { cache: "no-cache" });
  } catch (e) {
    return { ok: false, error: `${url}: could not be fetched (${(e as Error).message})` };
  }
  if (!res.ok) return { ok: false, error: `${url}: HTTP ${res.status}${what}` };
  try {
    return { ok: true, value: await read(res) };
  } catch (e) {
    return { ok: false, error: `${url}: not valid JSON (${(e as Error).message})` };
  }
}

/** The index joined from the parts a manifest lists (beside `url`), parsed. */
async function joinParts(url: string, manifest: unknown): Promise<Fetched<unknown>> {
  const v = (manifest as { schemaVersion?: unknown }).schemaVersion;
  if (v !== SCHEMA_VERSION) return { ok: false, error: `${url}: schemaVersion is ${JSON.stringify(v)}, this app reads version ${SCHEMA_VERSION}: rebuild the data` };
  const parsed = GraphPartsSchema.safeParse(manifest);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, error: `${url}: not a valid list of parts (${issue.path.join(".") || "(root)"}: ${issue.message})` };
  }
  const folder = url.slice(0, url.lastIndexOf("/") + 1);
  const parts = await Promise.all(parsed.data.parts.map((p) => fetchFrom(folder + p.path, (res) => res.arrayBuffer(), " — upload the whole site again")));
  const all = new Uint8Array(parsed.data.bytes);
  let at = 0;
  for (const [i, part] of parts.entries()) {
    if (!part.ok) return part;
    const expected = parsed.data.parts[i]!;
    // a part cut short or from another build: the join would be garbage
    if (part.value.byteLength !== expected.bytes) {
      return { ok: false, error: `${folder}${expected.path}: ${part.value.byteLength} bytes where ${url} lists ${expected.bytes} — upload the whole site again` };
    }
    all.set(new Uint8Array(part.value), at);
    at += part.value.byteLength;
  }
  try {
    return { ok: true, value: JSON.parse(new TextDecoder().decode(all)) };
  } catch (e) {
    return { ok: false, error: `${url}: its parts do not join into valid JSON (${(e as Error).message})` };
  }
}

export async function loadGraph(url = "data/graph.json"): Promise<LoadResult> {
  const got = await fetchFrom<unknown>(url, (res) => res.json(), " — run `npm run build:data` to create it");
  if (!got.ok) return { ok: false, errors: [got.error] };
  let json = got.value;
  if (isGraphParts(json)) {
    const joined = await joinParts(url, json);
    if (!joined.ok) return { ok: false, errors: [joined.error] };
    json = joined.value;
  }
  const read = readGraphFile(json);
  return read.ok ? read : { ok: false, errors: read.errors.map((e) => `${url}: ${e}`) };
}
