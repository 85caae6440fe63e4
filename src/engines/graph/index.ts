/** The relations graph engine: framework-free, mounted by `GraphPanel`. */
export { createGraphView, type GraphStats, type GraphViewInstance, type GraphViewParams } from "./view.ts";
export { buildGraphElements, labelFor, type LabelLang } from "./elements.ts";
export {
  edgeWidth,
  GOLDSTEIN_COLORS,
  GOLDSTEIN_SATURATION,
  goldsteinColor,
  KIND_STYLE,
  NODE_KIND_ORDER,
  type NodeKind,
} from "./style.ts";
