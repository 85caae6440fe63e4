/**
 * The shipped data as the app sees it once open: `graph.json` read and checked through the data
 * contract, with its lead sentences from the leads chunks.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { Page } from "@playwright/test";
import { chunkPath, leadsChunkKey } from "../src/contract/chunks.ts";
import { readGraphFile } from "../src/contract/graphFile.ts";
import { createLeadFiller, readLeadsChunk } from "../src/contract/leads.ts";
import type { Graph } from "../src/contract/schema.ts";

async function read(json: unknown, where: string, load: (path: string) => Promise<unknown>): Promise<Graph> {
  const r = readGraphFile(json);
  if (!r.ok) throw new Error(`${where}: ${r.errors.join("; ")}`);
  const fill = createLeadFiller(r.graph);
  for (const ref of r.graph.chunks.events) {
    const leads = readLeadsChunk(await load(chunkPath(leadsChunkKey(ref.key))));
    if (!leads.ok) throw new Error(`${ref.key}: ${leads.error}`);
    fill(leads.chunk);
  }
  return r.graph;
}

/** The graph the page under test is served. */
export async function servedGraph(page: Page): Promise<Graph> {
  const res = await page.request.get("data/graph.json");
  return read(await res.json(), "data/graph.json", async (path) => (await page.request.get(`data/${path}`)).json());
}

/** A built graph.json on disk. */
export function graphOnDisk(path: string): Promise<Graph> {
  const json = (p: string) => JSON.parse(readFileSync(p, "utf8")) as unknown;
  return read(json(path), path, async (p) => json(join(dirname(path), p)));
}
