import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { GraphPartsSchema } from "../../src/contract/graphParts.ts";
import { partName, splitLargeFiles } from "./splitFiles.ts";

const folder = () => mkdtempSync(join(tmpdir(), "rabt-split-"));

describe("cutting large data files for a static host", () => {
  it("cuts every file over the limit into parts that concatenate to it, and leaves the others and the chunks alone", () => {
    const dir = folder();
    const csv = `id,sentence\n${Array.from({ length: 40 }, (_, i) => `ev-${i},"التقى الوزيران في أنقرة ${i}"`).join("\n")}\n`;
    writeFileSync(join(dir, "events.csv"), csv);
    writeFileSync(join(dir, "relations.csv"), "a,b\n");
    mkdirSync(join(dir, "chunks"));
    writeFileSync(join(dir, "chunks", "events-2024.json"), "x".repeat(5000));
    const limit = 700;
    const cut = splitLargeFiles(dir, limit);
    const bytes = Buffer.byteLength(csv);
    const n = Math.ceil(bytes / limit);
    expect(cut).toEqual([{ file: "events.csv", bytes, parts: Array.from({ length: n }, (_, i) => partName("events.csv", i)) }]);
    expect(cut[0]!.parts[0]).toBe("events.part-001.csv");
    const names = readdirSync(dir).sort();
    expect(names).toEqual(["chunks", ...cut[0]!.parts, "relations.csv"].sort());
    // in name order, the parts are the file again, byte for byte (Arabic cut mid-character included)
    const joined = Buffer.concat(names.filter((f) => f.startsWith("events.part-")).map((f) => readFileSync(join(dir, f))));
    expect(joined.equals(Buffer.from(csv))).toBe(true);
    for (const p of cut[0]!.parts.slice(0, -1)) expect(readFileSync(join(dir, p)).length).toBe(limit);
    expect(readFileSync(join(dir, "chunks", "events-2024.json"), "utf8")).toHaveLength(5000);
  });

  it("replaces graph.json by the manifest of its parts, which the contract accepts", () => {
    const dir = folder();
    const graph = JSON.stringify({ schemaVersion: 4, actors: [{ id: "IRN", name: "إيران" }], padding: "ا".repeat(3000) });
    writeFileSync(join(dir, "graph.json"), graph);
    splitLargeFiles(dir, 1024);
    const manifest = JSON.parse(readFileSync(join(dir, "graph.json"), "utf8"));
    const parsed = GraphPartsSchema.parse(manifest);
    expect(parsed.bytes).toBe(Buffer.byteLength(graph));
    expect(parsed.parts.map((p) => p.path)).toEqual(Array.from({ length: Math.ceil(parsed.bytes / 1024) }, (_, i) => `graph.part-00${i + 1}.json`));
    expect(parsed.parts).toHaveLength(6);
    const joined = Buffer.concat(parsed.parts.map((p) => readFileSync(join(dir, p.path))));
    expect(joined.toString("utf8")).toBe(graph);
  });

  it("cuts nothing under the limit, and refuses a limit that is not a positive number of bytes", () => {
    const dir = folder();
    writeFileSync(join(dir, "graph.json"), "{}");
    expect(splitLargeFiles(dir, 2)).toEqual([]);
    expect(readFileSync(join(dir, "graph.json"), "utf8")).toBe("{}");
    for (const bad of [0, -1, 1.5, Number.NaN]) expect(() => splitLargeFiles(dir, bad)).toThrow(/positive number of bytes/);
  });
});
