/**
 * GraphML for Cytoscape Desktop (and yEd, igraph, NetworkX). graphology-graphml 0.5 only parses,
 * so this writes it: one typed `<key>` per attribute (int, double, string), values as `<data>`.
 * Positions stay in screen orientation (y down), as Cytoscape's are.
 */
import type AbstractGraph from "graphology-types";
import type { Attributes } from "graphology-types";
import { xmlEscape } from "./svg/xml.ts";

type KeyType = "int" | "double" | "boolean" | "string";

interface KeySpec {
  readonly id: string;
  readonly name: string;
  readonly type: KeyType;
}

/** The narrowest GraphML type holding every value seen (int ⊂ double ⊂ string). */
function typeOf(values: readonly unknown[]): KeyType {
  let t: KeyType | null = null;
  for (const v of values) {
    if (v === undefined || v === null || v === "") continue;
    const vt: KeyType =
      typeof v === "boolean" ? "boolean" : typeof v === "number" ? (Number.isInteger(v) && Math.abs(v) <= 0x7fffffff ? "int" : "double") : "string";
    if (t === null || t === vt) t = vt;
    else if ((t === "int" && vt === "double") || (t === "double" && vt === "int")) t = "double";
    else t = "string";
  }
  return t ?? "string";
}

function keysFor(prefix: string, rows: readonly Attributes[]): KeySpec[] {
  const names: string[] = [];
  for (const r of rows) for (const k of Object.keys(r)) if (!names.includes(k)) names.push(k);
  return names.map((name) => ({ id: `${prefix}_${name}`, name, type: typeOf(rows.map((r) => r[name])) }));
}

function dataOf(keys: readonly KeySpec[], attrs: Attributes, indent: string): string {
  let out = "";
  for (const k of keys) {
    const v = attrs[k.name];
    if (v === undefined || v === null || v === "") continue;
    out += `${indent}<data key="${k.id}">${xmlEscape(String(v))}</data>\n`;
  }
  return out;
}

/** The graph as a GraphML document (undirected edge default when the graph is undirected). */
export function writeGraphml(graph: AbstractGraph): string {
  const nodeRows: Attributes[] = [];
  graph.forEachNode((_n, a) => {
    nodeRows.push(a);
  });
  const edgeRows: Attributes[] = [];
  graph.forEachEdge((_e, a) => {
    edgeRows.push(a);
  });
  const graphAttrs = graph.getAttributes();
  const gKeys = keysFor("g", [graphAttrs]);
  const nKeys = keysFor("n", nodeRows);
  const eKeys = keysFor("e", edgeRows);

  let xml = '<?xml version="1.0" encoding="UTF-8"?>\n';
  xml +=
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
    ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n';
  for (const [scope, keys] of [["graph", gKeys], ["node", nKeys], ["edge", eKeys]] as const)
    for (const k of keys) xml += `  <key id="${k.id}" for="${scope}" attr.name="${xmlEscape(k.name)}" attr.type="${k.type}"/>\n`;
  xml += `  <graph id="G" edgedefault="${graph.type === "directed" ? "directed" : "undirected"}">\n`;
  xml += dataOf(gKeys, graphAttrs, "    ");
  graph.forEachNode((n, a) => {
    xml += `    <node id="${xmlEscape(n)}">\n${dataOf(nKeys, a, "      ")}    </node>\n`;
  });
  graph.forEachEdge((e, a, s, t) => {
    xml += `    <edge id="${xmlEscape(e)}" source="${xmlEscape(s)}" target="${xmlEscape(t)}">\n${dataOf(eKeys, a, "      ")}    </edge>\n`;
  });
  xml += "  </graph>\n</graphml>\n";
  return xml;
}
