/** One search box for actors and events, with keyboard navigation of the results (ARIA combobox). */
import { useEffect, useMemo, useState } from "react";
import type { Graph } from "../contract/schema.ts";
import { createSearchIndex } from "../engines/search/searchIndex.ts";
import { useT } from "../i18n/t.ts";
import { useAppStore } from "../store/index.ts";
import { useCameoName, useEventDateFormat } from "./dates.ts";
import { actorName } from "../i18n/actorName.ts";

export function Search() {
  const graph = useAppStore((s) => s.graph);
  const uiLang = useAppStore((s) => s.uiLang);
  const selectActor = useAppStore((s) => s.selectActor);
  const selectEvent = useAppStore((s) => s.selectEvent);
  const t = useT();
  const date = useEventDateFormat();
  const cameoName = useCameoName();
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(0);
  // the event sentences are indexed in idle slices once the page is up, not while it opens: a
  // large corpus opens without waiting for them, and is usually searchable at once by the first query
  // and only once the lead sentences are in (they load after the index, see src/data/leads.ts):
  // until then a query finds actors, and says the events are still to come
  const sentences = useAppStore((s) => s.leads.total > 0 && s.leads.settled >= s.leads.total);
  const index = useMemo(() => (graph ? createSearchIndex(graph) : null), [graph]);
  useEffect(() => {
    if (!index || !sentences) return;
    return whenIdle(() => index.step(500));
  }, [index, sentences]);
  const typed = query.trim().length >= 2;
  const hits = useMemo(() => (index && typed ? index(query, 12, sentences) : []), [index, query, typed, sentences]);
  const shown = useMemo(() => {
    const ids = new Set(hits.map((h) => h.id));
    if (ids.size === 0) return { actors: new Map<string, Graph["actors"][number]>(), events: new Map<string, Graph["events"][number]>() };
    return {
      actors: new Map(graph?.actors.filter((a) => ids.has(a.id)).map((a) => [a.id, a])),
      events: new Map(graph?.events.filter((e) => ids.has(e.id)).map((e) => [e.id, e])),
    };
  }, [graph, hits]);
  if (!graph) return null;
  const { actors, events } = shown;
  const choose = (i: number) => {
    const h = hits[i];
    if (!h) return;
    if (h.type === "actor") {
      selectEvent(null);
      selectActor(h.id);
    } else selectEvent(h.id);
    setQuery("");
  };
  const open = hits.length > 0;
  const pending = typed && !sentences && graph.events.length > 0;
  return (
    <div className="search" data-testid="search" data-sentences={sentences ? "ready" : "loading"}>
      <input
        type="search"
        role="combobox"
        aria-expanded={open}
        aria-controls="search-results"
        aria-activedescendant={open ? `search-hit-${active}` : undefined}
        aria-label={t("search.label")}
        placeholder={t("search.placeholder")}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown") {
            e.preventDefault();
            setActive((a) => Math.min(a + 1, hits.length - 1));
          } else if (e.key === "ArrowUp") {
            e.preventDefault();
            setActive((a) => Math.max(a - 1, 0));
          } else if (e.key === "Enter") {
            e.preventDefault();
            choose(active);
          } else if (e.key === "Escape") setQuery("");
        }}
      />
      {(open || pending) && (
        <div className="search-drop">
          {pending && (
            <p className="search-pending" role="status">
              {t("search.sentencesLoading")}
            </p>
          )}
          {open && (
        <div id="search-results" role="listbox" className="search-results" aria-label={t("search.results")}>
          {hits.map((h, i) => {
            const label =
              h.type === "actor"
                ? actorName(actors.get(h.id)!, uiLang)
                : `${date.main(events.get(h.id)!.date)} — ${cameoName(events.get(h.id)!.cameo)}`;
            return (
              // biome-ignore lint/a11y/useKeyWithClickEvents: the combobox input handles the keys (aria-activedescendant)
              <div
                key={`${h.type}:${h.id}`}
                id={`search-hit-${i}`}
                role="option"
                aria-selected={i === active}
                tabIndex={-1}
                className={i === active ? "search-hit active" : "search-hit"}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => choose(i)}
              >
                <span className="hit-type">{t(h.type === "actor" ? "search.actor" : "search.event")}</span> <bdi>{label}</bdi>
                {h.type === "actor" && h.matched !== label && (
                  <span className="muted" dir="auto">
                    {" "}
                    ({h.matched})
                  </span>
                )}
              </div>
            );
          })}
        </div>
          )}
        </div>
      )}
    </div>
  );
}

/**
 * Runs `work` in idle time — as many calls as fit in each idle period (or 10 ms every 50 ms where
 * the browser has no `requestIdleCallback`) — until it says nothing is left; returns a function
 * that stops it.
 */
function whenIdle(work: () => boolean): () => void {
  let stopped = false;
  let handle = 0;
  const idle = typeof requestIdleCallback === "function";
  const next = () => {
    handle = idle ? requestIdleCallback(run, { timeout: 1000 }) : window.setTimeout(run, 50);
  };
  const run = (deadline?: IdleDeadline) => {
    const until = performance.now() + 10;
    const more = () => (deadline ? deadline.timeRemaining() > 1 : performance.now() < until);
    let left = true;
    do left = !stopped && work();
    while (left && more());
    if (left) next();
  };
  next();
  return () => {
    stopped = true;
    if (idle) cancelIdleCallback(handle);
    else clearTimeout(handle);
  };
}
