/** The events between two actors (an edge of the graph, a relation row). */
import { useT } from "../i18n/t.ts";
import { useAppStore } from "../store/index.ts";
import { involves } from "../store/selectors.ts";
import { useVisibleEvents } from "../store/useVisibleEvents.ts";
import { useCameoName, useEventDateFormat } from "./dates.ts";
import { actorName } from "../i18n/actorName.ts";

export function PairEvents({ pair }: { pair: string }) {
  const graph = useAppStore((s) => s.graph);
  const uiLang = useAppStore((s) => s.uiLang);
  const selectEvent = useAppStore((s) => s.selectEvent);
  const selectPair = useAppStore((s) => s.selectPair);
  const t = useT();
  const date = useEventDateFormat();
  const cameoName = useCameoName();
  const [a, b] = pair.split("|") as [string, string];
  const visible = useVisibleEvents();
  const events = visible.filter((e) => involves(e, a) && involves(e, b));
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
        {events.map((e) => (
          <li key={e.id}>
            <button type="button" className="linklike" onClick={() => selectEvent(e.id)}>
              <span className={`quad-dot q${e.quad}`} aria-hidden="true" /> {date.main(e.date)} — {cameoName(e.cameo)}
            </button>
            <p className="evidence-preview" lang={graph?.articles.find((x) => x.id === e.mentions[0]!.articleId)?.lang} dir="rtl">
              {e.mentions[0]!.sentence}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
