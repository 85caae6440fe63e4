/**
 * The diplomatic-relations graph panel: mounts the Cytoscape engine (`createGraphView`), pushes
 * the store's values into it and sends clicks back to the store. Renders the toolbar, the
 * legend, a live region that announces selections and counts, and the keyboard companion
 * `ActorList`; all text comes from the message catalogue.
 */
import { type ReactElement, useEffect, useMemo, useRef, useState } from "react";
import {
  createGraphView,
  edgeWidth,
  GOLDSTEIN_COLORS,
  GOLDSTEIN_SATURATION,
  type GraphStats,
  type GraphViewInstance,
  KIND_STYLE,
  NODE_KIND_ORDER,
  type NodeKind,
} from "../engines/graph/index.ts";
import { localeOf, translate, useT } from "../i18n/t.ts";
import { useAppStore } from "../store/index.ts";
import { selectVisibleEvents } from "../store/selectors.ts";
import { ActorList, eventCountText } from "./ActorList.tsx";
import { actorName } from "../i18n/actorName.ts";
import "./graph.css";

/** Test hook: e2e specs find where to click a node. */
export interface RabtGraphTestHook {
  nodePosition(id: string): { x: number; y: number; radius: number } | null;
  /** The label the node is drawn with, in the interface language. */
  nodeLabel(id: string): string | null;
  /** Where a click selects the relation between two actors: a point at fraction `t` of its drawn part. */
  edgePoint(a: string, b: string, t?: number): { x: number; y: number } | null;
}

declare global {
  interface Window {
    __rabtGraph?: RabtGraphTestHook;
  }
}

export function GraphPanel() {
  const graph = useAppStore((s) => s.graph);
  const timeWindow = useAppStore((s) => s.timeWindow);
  const filters = useAppStore((s) => s.filters);
  const selectedActorId = useAppStore((s) => s.selectedActorId);
  const selectedPair = useAppStore((s) => s.selectedPair);
  const uiLang = useAppStore((s) => s.uiLang);
  const visibleEvents = useMemo(() => selectVisibleEvents(graph, timeWindow, filters), [graph, timeWindow, filters]);

  const canvasRef = useRef<HTMLDivElement>(null);
  const viewRef = useRef<GraphViewInstance | null>(null);
  const [stats, setStats] = useState<GraphStats>({ nodes: 0, edges: 0, relations: 0 });
  const [busy, setBusy] = useState(false);

  // One engine per loaded document; the other values are pushed by the effect below.
  useEffect(() => {
    const container = canvasRef.current;
    if (!graph || !container) return;
    const s = useAppStore.getState();
    const view = createGraphView(container, {
      graph,
      visibleEvents: selectVisibleEvents(graph, s.timeWindow, s.filters),
      selectedActorId: s.selectedActorId,
      selectedPair: s.selectedPair,
      lang: s.uiLang,
      renderer: "auto",
      onSelectActor: (id) => useAppStore.getState().selectActor(id),
      onSelectPair: (a, b) => useAppStore.getState().selectPair(a, b),
      onClearSelection: () => {
        const st = useAppStore.getState();
        st.selectActor(null);
        st.selectPair(null);
      },
      onStats: (next) => setStats((cur) => (cur.nodes === next.nodes && cur.edges === next.edges && cur.relations === next.relations ? cur : next)),
    });
    viewRef.current = view;
    const hook: RabtGraphTestHook = { nodePosition: (id) => view.nodePosition(id), nodeLabel: (id) => view.nodeLabel(id), edgePoint: (a, b, t) => view.edgePoint(a, b, t) };
    window.__rabtGraph = hook;
    return () => {
      view.destroy();
      viewRef.current = null;
      if (window.__rabtGraph === hook) delete window.__rabtGraph;
      setStats({ nodes: 0, edges: 0, relations: 0 });
    };
  }, [graph]);

  useEffect(() => {
    viewRef.current?.update({ visibleEvents, selectedActorId, selectedPair, lang: uiLang });
  }, [visibleEvents, selectedActorId, selectedPair, uiLang]);

  const relayout = () => {
    const view = viewRef.current;
    if (!view || busy) return;
    setBusy(true);
    view.relayout().finally(() => setBusy(false));
  };

  const digits = useAppStore((s) => s.digits);
  const t = useT();
  const announcement = useMemo(() => {
    if (!graph) return "";
    const name = (id: string) => {
      const a = graph.actors.find((x) => x.id === id);
      return `\u2068${a ? actorName(a, uiLang) : id}\u2069`;
    };
    const count = (pred: (ids: readonly string[]) => boolean) => visibleEvents.filter((e) => pred([...e.sourceIds, ...e.targetIds, ...e.otherIds])).length;
    if (selectedPair) {
      const [a = "", b = ""] = selectedPair.split("|");
      const events = eventCountText(uiLang, count((ids) => ids.includes(a) && ids.includes(b)), digits);
      return translate(uiLang, "graph.selectedPair", { a: name(a), b: name(b), events }, digits);
    }
    if (selectedActorId) {
      const events = eventCountText(uiLang, count((ids) => ids.includes(selectedActorId)), digits);
      return translate(uiLang, "graph.selectedActor", { name: name(selectedActorId), events }, digits);
    }
    const total = translate(uiLang, "graph.stats", { actors: stats.nodes, relations: stats.relations }, digits);
    return stats.edges < stats.relations
      ? `${total}. ${translate(uiLang, "graph.strongestOnly", { shown: stats.edges, total: stats.relations }, digits)}`
      : total;
  }, [graph, selectedPair, selectedActorId, visibleEvents, stats, uiLang, digits]);

  return (
    <div
      className="rabt-graph"
      data-testid="graph"
      data-node-count={stats.nodes}
      data-edge-count={stats.edges}
      data-relation-count={stats.relations}
      data-selected={selectedPair ?? selectedActorId ?? ""}
      data-lang={uiLang}
    >
      <div className="rabt-graph__toolbar" role="toolbar" aria-label={t("graph.toolbar")}>
        <button type="button" onClick={relayout} disabled={!graph || busy} aria-busy={busy} title={t("graph.relayoutTitle")}>
          {t("graph.relayout")}
        </button>
        <button type="button" onClick={() => viewRef.current?.fit()} disabled={!graph} title={t("graph.fitTitle")}>
          {t("graph.fit")}
        </button>
      </div>
      <div className="rabt-graph__canvas" ref={canvasRef} role="img" aria-label={t("graph.canvas")} />
      {graph && stats.nodes === 0 ? <p className="rabt-graph__empty">{t("graph.empty")}</p> : null}
      <p className="visually-hidden" role="status" data-testid="graph-status">
        {announcement}
      </p>
      <GraphLegend shown={stats.edges} total={stats.relations} />
      <ActorList />
    </div>
  );
}

const WIDTH_SAMPLES = [1, 4, 16] as const;

/** `shown` < `total`: a large graph draws only its strongest relations, and the legend says so. */
function GraphLegend({ shown, total }: { shown: number; total: number }) {
  const t = useT();
  const uiLang = useAppStore((s) => s.uiLang);
  const digits = useAppStore((s) => s.digits);
  const signed = new Intl.NumberFormat(localeOf(uiLang, digits), { signDisplay: "exceptZero" });
  // The ramp runs from conflict to cooperation in reading order.
  const gradient = `linear-gradient(to ${uiLang === "en" ? "right" : "left"}, ${GOLDSTEIN_COLORS.conflict}, ${GOLDSTEIN_COLORS.neutral}, ${GOLDSTEIN_COLORS.cooperation})`;
  return (
    <details className="rabt-graph__legend" open>
      <summary>{t("graph.legend")}</summary>
      {shown < total ? (
        <p className="rabt-graph__legend-limit" data-testid="graph-edge-limit">
          {t("graph.strongestOnly", { shown, total })}
        </p>
      ) : null}
      <div className="rabt-graph__legend-block">
        <span className="rabt-graph__legend-title">{t("graph.colourTitle")}</span>
        <span className="rabt-graph__ramp" style={{ background: gradient }} aria-hidden="true" />
        <span className="rabt-graph__ramp-labels">
          <span>
            <bdi>{signed.format(-GOLDSTEIN_SATURATION)}</bdi> {t("graph.conflict")}
          </span>
          <span>
            <bdi>{signed.format(0)}</bdi> {t("graph.neutral")}
          </span>
          <span>
            <bdi>{signed.format(GOLDSTEIN_SATURATION)}</bdi> {t("graph.cooperation")}
          </span>
        </span>
      </div>
      <div className="rabt-graph__legend-block">
        <span className="rabt-graph__legend-title">{t("graph.widthTitle")}</span>
        <ul className="rabt-graph__legend-list">
          {WIDTH_SAMPLES.map((n) => (
            <li key={n}>
              <svg width="36" height="14" aria-hidden="true">
                <line x1="2" y1="7" x2="34" y2="7" stroke={GOLDSTEIN_COLORS.neutral} strokeWidth={edgeWidth(n)} />
              </svg>
              {eventCountText(uiLang, n, digits)}
            </li>
          ))}
        </ul>
      </div>
      <div className="rabt-graph__legend-block">
        <span className="rabt-graph__legend-title">{t("graph.shapesTitle")}</span>
        <ul className="rabt-graph__legend-list">
          {NODE_KIND_ORDER.map((kind) => (
            <li key={kind}>
              <KindSwatch kind={kind} />
              {t(`kind.${kind}`)}
            </li>
          ))}
          <li>
            <svg width="36" height="14" aria-hidden="true">
              <line x1="2" y1="7" x2="34" y2="7" stroke="#666666" strokeWidth="1.5" strokeDasharray="4 3" />
            </svg>
            {t("graph.affiliation")}
          </li>
        </ul>
        <span className="rabt-graph__legend-note">{t("graph.sizeNote")}</span>
      </div>
    </details>
  );
}

function KindSwatch({ kind }: { kind: NodeKind }) {
  const { color, shape } = KIND_STYLE[kind];
  const common = { fill: color, stroke: "#333333", strokeWidth: 1 };
  let mark: ReactElement;
  switch (shape) {
    case "ellipse":
      mark = <circle cx="8" cy="8" r="6.5" {...common} />;
      break;
    case "diamond":
      mark = <polygon points="8,1.5 14.5,8 8,14.5 1.5,8" {...common} />;
      break;
    case "round-rectangle":
      mark = <rect x="1.5" y="3" width="13" height="10" rx="3" {...common} />;
      break;
    case "hexagon":
      mark = <polygon points="4.5,2 11.5,2 15,8 11.5,14 4.5,14 1,8" {...common} />;
      break;
    default: {
      const never: never = shape;
      throw new Error(`no legend swatch for shape ${String(never)}`);
    }
  }
  return (
    <svg width="16" height="16" aria-hidden="true">
      {mark}
    </svg>
  );
}
