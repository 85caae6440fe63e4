/** The actor panel: names, kind, roles, relations (with quad counts and a sparkline) and events. */
import { useMemo } from "react";
import type { Actor, RabtEvent, Relation } from "../contract/schema.ts";
import { useNumberFormat, useT } from "../i18n/t.ts";
import { useAppStore } from "../store/index.ts";
import { eventParticipants, selectActorRelations } from "../store/selectors.ts";
import { useCameoName, useEventDateFormat } from "./dates.ts";
import { actorName } from "../i18n/actorName.ts";
import { ShowMore, useListPage } from "./ShowMore.tsx";
import { Sparkline } from "./Sparkline.tsx";

export function ActorDetail({ actorId }: { actorId: string }) {
  const graph = useAppStore((s) => s.graph);
  const uiLang = useAppStore((s) => s.uiLang);
  const selectActor = useAppStore((s) => s.selectActor);
  const selectPair = useAppStore((s) => s.selectPair);
  const selectEvent = useAppStore((s) => s.selectEvent);
  const t = useT();
  const date = useEventDateFormat();
  const cameoName = useCameoName();
  const timeWindow = useAppStore((s) => s.timeWindow);
  const filters = useAppStore((s) => s.filters);
  const actor = graph?.actors.find((a) => a.id === actorId);
  const [shown, more] = useListPage(actorId);
  const { relations, events, withPartner } = useMemo(() => {
    const mine = selectActorRelations(graph, timeWindow, filters, actorId);
    const events = mine.events;
    // each relation row's events, in one pass (a row filtering all of them was quadratic)
    const withPartner = new Map<string, RabtEvent[]>();
    for (const e of events) {
      for (const id of eventParticipants(e)) {
        if (id === actorId) continue;
        const list = withPartner.get(id);
        if (list) list.push(e);
        else withPartner.set(id, [e]);
      }
    }
    const relations = [...mine.relations].sort(
      (a, b) => b.events - a.events || a.sourceId.localeCompare(b.sourceId) || a.targetId.localeCompare(b.targetId),
    );
    return { relations, events, withPartner };
  }, [graph, timeWindow, filters, actorId]);
  if (!graph || !actor) return null;
  const byId = new Map(graph.actors.map((a) => [a.id, a]));
  const country = actor.country ? byId.get(actor.country) : undefined;
  return (
    <section className="panel" data-testid="actor-detail" aria-labelledby="actor-detail-title">
      <header className="panel-head">
        <h2 id="actor-detail-title">
          <bdi>{actorName(actor, uiLang)}</bdi>
        </h2>
        <button type="button" className="close" onClick={() => selectActor(null)} aria-label={t("actor.close")}>
          ×
        </button>
      </header>
      <dl className="facts">
        <dt>{t("actor.kind")}</dt>
        <dd>
          {t(`kind.${actor.kind}`)}
          {actor.discovered ? ` ${t("actor.discovered")}` : ""}
        </dd>
        <dt>{t("actor.names")}</dt>
        <dd className="names">
          <span lang="en">{actor.names.en[0] ?? actor.label}</span>
          {actor.names.ar[0] && <span lang="ar" dir="rtl">{actor.names.ar[0]}</span>}
          {actor.names.fa[0] && <span lang="fa" dir="rtl">{actor.names.fa[0]}</span>}
        </dd>
        {actor.country && actor.country !== actor.id && (
          <>
            <dt>{t("actor.country")}</dt>
            <dd>{country ? <button type="button" className="chip" onClick={() => selectActor(country.id)}><bdi>{actorName(country, uiLang)}</bdi></button> : actor.country}</dd>
          </>
        )}
        {actor.roles.length > 0 && (
          <>
            <dt>{t("actor.roles")}</dt>
            <dd>
              <ul className="roles">
                {actor.roles.map((r) => (
                  <li key={`${r.role}${r.country}${r.start}`}>
                    <bdi>{r.role.replace(/-/g, " ")}</bdi> (<bdi>{r.country}</bdi>) <bdi>{r.start ?? "?"}</bdi> – <bdi>{r.end ?? t("actor.present")}</bdi>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        <dt>{t("actor.mentions")}</dt>
        <dd>{t("actor.mentionsValue", { mentions: actor.mentionCount, articles: actor.articleIds.length })}</dd>
      </dl>
      <h3>{t("actor.relations", { count: relations.length })}</h3>
      <ul className="relations" data-testid="actor-relations">
        {relations.map((r) => (
          <RelationRow key={`${r.sourceId}|${r.targetId}`} relation={r} selfId={actorId} byId={byId} withPartner={withPartner} onOpen={(other) => selectPair(actorId, other)} />
        ))}
      </ul>
      <h3>{t("actor.events", { count: events.length })}</h3>
      <ul className="event-list">
        {events.slice(0, shown).map((e) => (
          <li key={e.id}>
            <button type="button" className="linklike" onClick={() => selectEvent(e.id)}>
              <span className={`quad-dot q${e.quad}`} aria-hidden="true" /> {date.main(e.date)} — {cameoName(e.cameo)}
            </button>
          </li>
        ))}
      </ul>
      <ShowMore shown={shown} total={events.length} onMore={more} />
    </section>
  );
}

function RelationRow({ relation: r, selfId, byId, withPartner, onOpen }: { relation: Relation; selfId: string; byId: Map<string, Actor>; withPartner: ReadonlyMap<string, readonly RabtEvent[]>; onOpen: (other: string) => void }) {
  const uiLang = useAppStore((s) => s.uiLang);
  const t = useT();
  const num = useNumberFormat();
  const other = r.sourceId === selfId ? r.targetId : r.sourceId;
  const a = byId.get(other);
  const pairEvents = withPartner.get(other) ?? [];
  return (
    <li className="relation">
      <button type="button" className="linklike" onClick={() => onOpen(other)}>
        <bdi>{a ? actorName(a, uiLang) : other}</bdi>
      </button>
      <span className="rel-count">{num(r.events)}</span>
      <span className="quad-counts">
        {([1, 2, 3, 4] as const).map((q) => (
          <span key={q} className={`quad-chip q${q}`} title={t(`quad.${q}`)}>
            <span className="visually-hidden">{t(`quad.${q}`)}: </span>
            {num(r.quad[q - 1]!)}
          </span>
        ))}
      </span>
      <Sparkline events={pairEvents} />
    </li>
  );
}
