/**
 * Types for graphology-gexf's writer, imported directly: the package's entry points also load
 * its parser, which needs `@xmldom/xmldom` (Node) or a global `DOMParser` at load time (browser).
 */
declare module "graphology-gexf/common/writer.js" {
  import type AbstractGraph from "graphology-types";
  import type { Attributes } from "graphology-types";
  import type { GexfWriterOptions } from "graphology-gexf/common/types";

  export default function write(graph: AbstractGraph, options?: GexfWriterOptions<Attributes, Attributes, Attributes, Attributes>): string;
}
