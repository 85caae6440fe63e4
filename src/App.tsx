import { useEffect } from "react";
import { ActorDetail } from "./components/ActorDetail.tsx";
import { ArticleList } from "./components/ArticleList.tsx";
import { ErrorScreen } from "./components/ErrorScreen.tsx";
import { EventDetail } from "./components/EventDetail.tsx";
import { GraphPanel } from "./components/GraphPanel.tsx";
import { PairEvents } from "./components/PairEvents.tsx";
import { Search } from "./components/Search.tsx";
import { TimelinePanel } from "./components/TimelinePanel.tsx";
import { loadGraph } from "./data/loadGraph.ts";
import { useAppStore } from "./store/index.ts";
import { syncUrlWithStore } from "./store/urlState.ts";

export function App() {
  const graph = useAppStore((s) => s.graph);
  const loadError = useAppStore((s) => s.loadError);
  const setGraph = useAppStore((s) => s.setGraph);
  const setLoadError = useAppStore((s) => s.setLoadError);

  useEffect(() => {
    let live = true;
    loadGraph().then((r) => {
      if (!live) return;
      if (r.ok) setGraph(r.graph);
      else setLoadError(r.errors);
    });
    return () => {
      live = false;
    };
  }, [setGraph, setLoadError]);

  // once the data is there, the URL hash selects, filters and windows it (and back/forward work)
  useEffect(() => (graph ? syncUrlWithStore(useAppStore) : undefined), [graph]);

  if (loadError) return <ErrorScreen errors={loadError} />;
  if (!graph) {
    return (
      <div className="loading" role="status">
        Loading data…
      </div>
    );
  }
  return (
    <div className="app">
      <a className="skip-link" href="#detail">
        Skip to details
      </a>
      <header className="app-header">
        <h1 className="brand">
          Rabt <span lang="ar">رابط</span>
        </h1>
        <Search />
        <p className="counts" aria-live="polite">
          {graph.articles.length} articles · {graph.actors.length} actors · {graph.events.length} events
        </p>
      </header>
      <main className="app-main">
        <section className="region region-timeline" aria-label="Timeline">
          <TimelinePanel />
        </section>
        <section className="region region-graph" aria-label="Relations graph">
          <GraphPanel />
        </section>
        <aside id="detail" className="region region-detail" aria-label="Details" tabIndex={-1}>
          <DetailPanel />
        </aside>
      </main>
    </div>
  );
}

function DetailPanel() {
  const selectedEventId = useAppStore((s) => s.selectedEventId);
  const selectedActorId = useAppStore((s) => s.selectedActorId);
  const selectedPair = useAppStore((s) => s.selectedPair);
  return (
    <>
      {selectedEventId && <EventDetail eventId={selectedEventId} />}
      {selectedPair && <PairEvents pair={selectedPair} />}
      {selectedActorId && !selectedPair && <ActorDetail actorId={selectedActorId} />}
      {!selectedEventId && !selectedActorId && !selectedPair && <ArticleList />}
    </>
  );
}
