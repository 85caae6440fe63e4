import { afterEach, describe, expect, it, vi } from "vitest";
import { toGraphFile } from "../contract/graphFile.ts";
import { type Graph, SCHEMA_VERSION } from "../contract/schema.ts";
import { loadGraph } from "./loadGraph.ts";

/** A tiny index in its file form, as the build writes it. */
const index: Graph = {
  schemaVersion: SCHEMA_VERSION,
  articles: [],
  actors: [],
  events: [],
  relations: [],
  layout: {},
  chunks: { events: [], articles: [] },
};
const indexText = JSON.stringify({ ...toGraphFile(index), note: "ایران و ترکیه" });

/** Serves `files` (by URL) to fetch; anything else is a 404. */
function serve(files: Record<string, string | Uint8Array>) {
  vi.stubGlobal("fetch", async (url: string) => {
    const body = files[url];
    return body === undefined ? new Response("missing", { status: 404 }) : new Response(body as BodyInit);
  });
}

/** `text` cut into byte parts of `size`, served beside a manifest at data/graph.json. */
function serveParts(text: string, size: number, tamper?: (parts: Uint8Array[]) => void) {
  const bytes = new TextEncoder().encode(text);
  const parts: Uint8Array[] = [];
  for (let at = 0; at < bytes.length; at += size) parts.push(bytes.slice(at, at + size));
  const manifest = { schemaVersion: SCHEMA_VERSION, bytes: bytes.length, parts: parts.map((p, i) => ({ path: `graph.part-00${i + 1}.json`, bytes: p.length })) };
  tamper?.(parts);
  serve({ "data/graph.json": JSON.stringify(manifest), ...Object.fromEntries(parts.map((p, i) => [`data/graph.part-00${i + 1}.json`, p])) });
}

afterEach(() => vi.unstubAllGlobals());

describe("loading the index", () => {
  it("reads a whole graph.json", async () => {
    serve({ "data/graph.json": indexText });
    const r = await loadGraph();
    expect(r.ok).toBe(true);
  });

  it("joins the parts a manifest lists, even when a cut falls inside a Persian character", async () => {
    // cut every 7 bytes: some cuts fall between the two bytes of a letter
    serveParts(indexText, 7);
    const r = await loadGraph();
    expect(r).toEqual({ ok: true, graph: index });
  });

  it("names a missing part, and a part whose size is not the manifest's", async () => {
    serveParts(indexText, 50, (parts) => parts.splice(1, 1, new Uint8Array(10)));
    expect(await loadGraph()).toEqual({ ok: false, errors: ["data/graph.part-002.json: 10 bytes where data/graph.json lists 50 — upload the whole site again"] });
    const bytes = new TextEncoder().encode(indexText);
    serve({ "data/graph.json": JSON.stringify({ schemaVersion: SCHEMA_VERSION, bytes: bytes.length, parts: [{ path: "graph.part-001.json", bytes: bytes.length }] }) });
    expect(await loadGraph()).toEqual({ ok: false, errors: ["data/graph.part-001.json: HTTP 404 — upload the whole site again"] });
  });

  it("refuses a manifest of another schema version, or one pointing outside its folder", async () => {
    serve({ "data/graph.json": JSON.stringify({ schemaVersion: 1, bytes: 5, parts: [{ path: "a.json", bytes: 5 }] }) });
    expect(await loadGraph()).toEqual({ ok: false, errors: [`data/graph.json: schemaVersion is 1, this app reads version ${SCHEMA_VERSION}: rebuild the data`] });
    for (const path of ["../secret.json", "https://example.com/x.json", ".hidden"]) {
      serve({ "data/graph.json": JSON.stringify({ schemaVersion: SCHEMA_VERSION, bytes: 5, parts: [{ path, bytes: 5 }] }) });
      const r = await loadGraph();
      expect(r.ok).toBe(false);
      expect(!r.ok && r.errors[0]).toContain("not a valid list of parts (parts.0.path: a file name beside graph.json)");
    }
  });
});
