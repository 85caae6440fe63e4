/** The events between two actors (an edge of the graph, a relation row), a page at a time. */
import { useMemo } from "react";
import { useT } from "../i18n/t.ts";
import { useAppStore } from "../store/index.ts";
import { involves } from "../store/selectors.ts";
import { useVisibleEvents } from "../store/useVisibleEvents.ts";
import { useCameoName, useEventDateFormat } from "./dates.ts";
import { actorName } from "../i18n/actorName.ts";
import { ShowMore, useListPage } from "./ShowMore.tsx";

export function PairEvents({ pair }: { pair: string }) {
  const graph = useAppStore((s) => s.graph);
  const uiLang = useAppStore((s) => s.uiLang);
  const selectEvent = useAppStore((s) => s.selectEvent);
  const selectPair = useAppStore((s) => s.selectPair);
  // the previews are the lead sentences, filled into the graph as they arrive: drawn again then
  useAppStore((s) => s.leads.loaded);
  const t = useT();
  const date = useEventDateFormat();
  const cameoName = useCameoName();
  const [a, b] = pair.split("|") as [string, string];
  const visible = useVisibleEvents();
  const events = useMemo(() => visible.filter((e) => involves(e, a) && involves(e, b)), [visible, a, b]);
  const langOf = useMemo(() => new Map(graph?.articles.map((x) => [x.id, x.lang])), [graph]);
  const [shown, more] = useListPage(pair);
  const name = (id: string) => {
    const actor = graph?.actors.find((x) => x.id === id);
    return actor ? actorName(actor, uiLang) : id;
  };
  return (
    <section className="panel" data-testid="pair-events" aria-labelledby="pair-title">
      <header className="panel-head">
        <h2 id="pair-title">
          <bdi>{name(a)}</bdi> ↔ <bdi>{name(b)}</bdi>
        </h2>
        <button type="button" className="close" onClick={() => selectPair(null)} aria-label={t("pair.close")}>
          ×
        </button>
      </header>
      <p className="muted">{t("pair.events", { count: events.length })}</p>
      <ul className="event-list">
        {events.slice(0, shown).map((e) => (
          <li key={e.id}>
            <button type="button" className="linklike" onClick={() => selectEvent(e.id)}>
              <span className={`quad-dot q${e.quad}`} aria-hidden="true" /> {date.main(e.date)} — {cameoName(e.cameo)}
            </button>
            {e.mentions[0]!.sentence && (
              <p className="evidence-preview" lang={langOf.get(e.mentions[0]!.articleId)} dir="rtl">
                {e.mentions[0]!.sentence}
              </p>
            )}
          </li>
        ))}
      </ul>
      <ShowMore shown={shown} total={events.length} onMore={more} />
    </section>
  );
}
