/** The shipped data as the app sees it: `graph.json` read and checked through the data contract. */
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { readGraphFile } from "../src/contract/graphFile.ts";
import type { Graph } from "../src/contract/schema.ts";

function read(json: unknown, where: string): Graph {
  const r = readGraphFile(json);
  if (!r.ok) throw new Error(`${where}: ${r.errors.join("; ")}`);
  return r.graph;
}

/** The graph the page under test is served. */
export async function servedGraph(page: Page): Promise<Graph> {
  const res = await page.request.get("data/graph.json");
  return read(await res.json(), "data/graph.json");
}

/** A built graph.json on disk. */
export function graphOnDisk(path: string): Graph {
  return read(JSON.parse(readFileSync(path, "utf8")), path);
}
