import { useEffect } from "react";
import { ActorDetail } from "./components/ActorDetail.tsx";
import { ArticleList } from "./components/ArticleList.tsx";
import { ErrorScreen } from "./components/ErrorScreen.tsx";
import { EventDetail } from "./components/EventDetail.tsx";
import { GraphPanel } from "./components/GraphPanel.tsx";
import { PairEvents } from "./components/PairEvents.tsx";
import { Search } from "./components/Search.tsx";
import { TimelinePanel } from "./components/TimelinePanel.tsx";
import { loadLeads } from "./data/leads.ts";
import { loadGraph } from "./data/loadGraph.ts";
import { useAppStore } from "./store/index.ts";
import { initialLanguage, parseHash, readStoredLang, syncUrlWithStore } from "./store/urlState.ts";
import { dirOf, useT } from "./i18n/t.ts";
import { LanguageSwitch } from "./components/LanguageSwitch.tsx";
import { ExportMenu } from "./components/ExportMenu.tsx";

export function App() {
  const graph = useAppStore((s) => s.graph);
  // primitives: the leads' progress changes often, and the app should not redraw for it
  const leadErrorCount = useAppStore((s) => s.leads.errors.length);
  const firstLeadError = useAppStore((s) => s.leads.errors[0]);
  const loadError = useAppStore((s) => s.loadError);
  const setGraph = useAppStore((s) => s.setGraph);
  const setLoadError = useAppStore((s) => s.setLoadError);
  const uiLang = useAppStore((s) => s.uiLang);
  // on a phone the detail panel becomes a bottom sheet while something is selected
  const hasSelection = useAppStore((s) => !!(s.selectedActorId || s.selectedEventId || s.selectedPair));
  const t = useT();

  // <html lang dir> follow the interface language: the whole layout mirrors in Arabic and Persian
  useEffect(() => {
    document.documentElement.lang = uiLang;
    document.documentElement.dir = dirOf(uiLang);
  }, [uiLang]);

  useEffect(() => {
    // the reader's language before the data arrives, so "loading" and load errors speak it too
    const langs = navigator.languages?.length ? navigator.languages : [navigator.language];
    useAppStore.getState().setUiLang(initialLanguage(parseHash(location.hash).lang, readStoredLang(window), langs));
    let live = true;
    loadGraph().then((r) => {
      if (!live) return;
      if (!r.ok) {
        setLoadError(r.errors);
        return;
      }
      setGraph(r.graph);
      // the lead sentences come after: the app is usable meanwhile
      loadLeads(r.graph, useAppStore.getState().setLeads, () => !live);
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
        {t("app.loading")}
      </div>
    );
  }
  return (
    <div className="app">
      <a className="skip-link" href="#detail">
        {t("app.skip")}
      </a>
      <header className="app-header">
        <h1 className="brand">
          Rabt <span lang="ar">رابط</span>
        </h1>
        <Search />
        <LanguageSwitch />
        <ExportMenu />
        <p className="counts" aria-live="polite">
          {t("app.counts", { articles: graph.articles.length, actors: graph.actors.length, events: graph.events.length })}
        </p>
        {firstLeadError !== undefined && (
          <p className="load-error leads-error" role="alert">
            {t("app.leadsError", { count: leadErrorCount, error: firstLeadError })}
          </p>
        )}
      </header>
      <main className="app-main">
        <section className="region region-timeline" aria-label={t("region.timeline")}>
          <TimelinePanel />
        </section>
        <section className="region region-graph" aria-label={t("region.graph")}>
          <GraphPanel />
        </section>
        <aside id="detail" className={`region region-detail${hasSelection ? " has-selection" : ""}`} aria-label={t("region.detail")} tabIndex={-1}>
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
