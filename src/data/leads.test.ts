import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it, vi } from "vitest";
import { readGraphFile } from "../contract/graphFile.ts";
import type { Graph } from "../contract/schema.ts";
import type { LeadsProgress } from "../store/types.ts";
import { loadLeads, whenLeadsLoaded } from "./leads.ts";

const disk = (path: string) => readFileSync(new URL(`../../public/data/${path}`, import.meta.url), "utf8");
const seed = (): Graph => {
  const r = readGraphFile(JSON.parse(disk("graph.json")));
  if (!r.ok) throw new Error(r.errors.join("; "));
  return r.graph;
};

/** Serves the seed data folder, with some files replaced (`null`: a 404). */
function serve(replaced: Record<string, string | null> = {}) {
  const asked: string[] = [];
  vi.stubGlobal("fetch", async (url: string) => {
    asked.push(url);
    const path = url.replace(/^data\//, "");
    const body = path in replaced ? replaced[path] : disk(path);
    return body === null ? new Response("gone", { status: 404 }) : new Response(body, { status: 200 });
  });
  return asked;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("loading the lead sentences after the index", () => {
  it("fetches each leads chunk once, fills every event's lead sentence and reports its progress to the end", async () => {
    const graph = seed();
    const asked = serve();
    const seen: LeadsProgress[] = [];
    const final = await loadLeads(graph, (p) => seen.push(p), () => false);
    expect(asked.sort()).toEqual(graph.chunks.events.map((c) => `data/chunks/${c.key.replace("events-", "leads-")}.json`).sort());
    expect(final).toMatchObject({ loaded: graph.chunks.events.length, settled: graph.chunks.events.length, errors: [] });
    expect(seen.map((p) => p.settled)).toEqual(graph.chunks.events.map((_, i) => i + 1));
    expect(graph.events.every((e) => e.mentions[0]!.sentence.length > 0)).toBe(true);
    expect(await whenLeadsLoaded()).toEqual(final);
  });

  it("names a chunk that cannot be loaded and one that does not match the index, and still fills the others", async () => {
    const graph = seed();
    const [first, second] = graph.chunks.events;
    const secondLeads = JSON.parse(disk(`chunks/${second!.key.replace("events-", "leads-")}.json`));
    secondLeads.sentences.push(["ev-not-in-this-index", "جملة من بناء آخر"]);
    serve({
      [`chunks/${first!.key.replace("events-", "leads-")}.json`]: null,
      [`chunks/${second!.key.replace("events-", "leads-")}.json`]: JSON.stringify(secondLeads),
    });
    const final = await loadLeads(graph, () => {}, () => false);
    expect(final.settled).toBe(graph.chunks.events.length);
    expect(final.loaded).toBe(graph.chunks.events.length - 1);
    expect(final.errors).toEqual([
      expect.stringMatching(new RegExp(`${first!.key.replace("events-", "leads-")}\\.json: HTTP 404$`)),
      expect.stringContaining("1 sentences of events that are not in graph.json"),
    ]);
    expect(graph.events.filter((e) => e.chunk === first!.key).every((e) => e.mentions[0]!.sentence === "")).toBe(true);
    expect(graph.events.filter((e) => e.chunk === second!.key).every((e) => e.mentions[0]!.sentence !== "")).toBe(true);
  });

  it("stops when another graph is loaded: nothing more is filled or reported", async () => {
    const graph = seed();
    serve();
    let cancelled = false;
    const seen: LeadsProgress[] = [];
    const loading = loadLeads(graph, (p) => {
      seen.push(p);
      cancelled = true;
    }, () => cancelled);
    await loading;
    expect(seen).toHaveLength(1);
    expect(graph.events.some((e) => e.mentions[0]!.sentence === "")).toBe(true);
  });
});
