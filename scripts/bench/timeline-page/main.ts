/**
 * Bench page: mounts the timeline engine directly (no app) on `./graph.json` and reports
 * `performance.mark`s: `data-loaded` after parsing, `first-frame` after the first frame with marks.
 */
import type { Graph } from "../../../src/contract/schema.ts";
import { createTimeline, DEFAULT_LABELS } from "../../../src/engines/timeline/index.ts";
import "../../../src/components/timeline.css";

declare global {
  interface Window {
    __timelineBench: { done: boolean; drawMs: number[]; spans?: string[]; error?: string };
  }
}

window.__timelineBench = { done: false, drawMs: [], spans: [] };
const container = document.getElementById("timeline")!;
try {
  const graph = (await (await fetch("./graph.json")).json()) as Graph;
  performance.mark("data-loaded");
  let first = true;
  createTimeline(container, {
    events: graph.events,
    actors: graph.actors,
    articles: graph.articles,
    laneMode: (new URLSearchParams(location.search).get("lanes") as "none" | "actor" | "type" | null) ?? "none",
    uiLang: "en",
    selectedActorId: null,
    selectedEventId: null,
    hoveredEventId: null,
    timeWindow: null,
    showSecondCalendar: true,
    labels: DEFAULT_LABELS,
    onSelectEvent: () => {},
    onHoverEvent: () => {},
    onWindowChange: () => {},
    onFrame: (s) => {
      window.__timelineBench.drawMs.push(s.drawMs);
      window.__timelineBench.spans?.push(`${s.start}…${s.end} marks=${s.marks} badges=${s.badges}`);
      if (first && s.marks + s.badges > 0) {
        first = false;
        performance.mark("first-frame");
        window.__timelineBench.done = true;
      }
    },
  });
} catch (e) {
  window.__timelineBench.error = String(e);
}
