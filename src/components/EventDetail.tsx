/** The event panel: date with precision, CAMEO type, participants, and every source sentence. */
import { useEffect, useRef } from "react";
import { useT } from "../i18n/t.ts";
import type { Actor, Graph, RabtEvent } from "../contract/schema.ts";
import { useEventMentions } from "../data/chunks.ts";
import { useAppStore } from "../store/index.ts";
import { useCameoName, useEventDateFormat } from "./dates.ts";
import { Highlighted } from "./Highlighted.tsx";
import { actorName } from "../i18n/actorName.ts";

export function EventDetail({ eventId }: { eventId: string }) {
  const graph = useAppStore((s) => s.graph);
  const selectEvent = useAppStore((s) => s.selectEvent);
  const t = useT();
  const date = useEventDateFormat();
  const cameoName = useCameoName();
  const event = graph?.events.find((e) => e.id === eventId);
  const { mentions, loading, error } = useEventMentions(event);
  const panel = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // The panel opens at the top of the detail column, which may be scrolled far down (an event
  // chosen in a long list): bring it into view. Chosen from inside the column, the focus follows
  // it there too; chosen in the timeline or the graph, the focus stays where the reader works.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs for each newly selected event
  useEffect(() => {
    const section = panel.current;
    if (!section) return;
    section.scrollIntoView({ block: "nearest" });
    const active = document.activeElement;
    if (active && active !== document.body && !section.contains(active) && active.closest("#detail")) heading.current?.focus();
  }, [eventId, event !== undefined]);
  if (!graph || !event) return null;
  const byId = new Map(graph.actors.map((a) => [a.id, a]));
  return (
    <section ref={panel} className="panel" data-testid="event-detail" aria-labelledby="event-detail-title">
      <header className="panel-head">
        <h2 id="event-detail-title" ref={heading} tabIndex={-1}>
          {cameoName(event.cameo)}
        </h2>
        <button type="button" className="close" onClick={() => selectEvent(null)} aria-label={t("event.close")}>
          ×
        </button>
      </header>
      <dl className="facts">
        <dt>{t("event.date")}</dt>
        <dd>
          {date.main(event.date)}
          {date.gregorian(event.date) && <span className="muted"> ({date.gregorian(event.date)})</span>}{" "}
          <span className="muted">
            ({t(`precision.${event.date.precision}`)}, EDTF <bdi>{event.date.edtf}</bdi>)
          </span>
        </dd>
        <dt>{t("event.type")}</dt>
        <dd>
          <span className={`quad-chip q${event.quad}`}>{t(`quad.${event.quad}`)}</span> <bdi>CAMEO {event.cameo} · Goldstein {event.goldstein}</bdi>
          {event.modality !== "reported" && <span className="modality"> · {t(`modality.${event.modality}`)}</span>}
        </dd>
        <Participants label={t("event.source")} ids={event.sourceIds} byId={byId} />
        <Participants label={t("event.target")} ids={event.targetIds} byId={byId} />
        <Participants label={t("event.other")} ids={event.otherIds} byId={byId} />
      </dl>
      <h3>{t("event.sources", { count: event.mentionCount })}</h3>
      {loading && mentions.length < event.mentionCount && <p className="muted" role="status">{t("event.loadingSources")}</p>}
      {error && <p className="load-error" role="alert">{t("event.sourcesError", { error })}</p>}
      <ol className="mentions">
        {mentions.map((m) => (
          <li key={`${m.articleId}:${m.start}`}>
            <MentionSource graph={graph} articleId={m.articleId} inferred={t("event.inferred")} />
            <Highlighted mention={m} lang={graph.articles.find((a) => a.id === m.articleId)?.lang ?? "ar"} />
          </li>
        ))}
      </ol>
    </section>
  );
}

function Participants({ label, ids, byId }: { label: string; ids: readonly string[]; byId: Map<string, Actor> }) {
  const uiLang = useAppStore((s) => s.uiLang);
  const selectActor = useAppStore((s) => s.selectActor);
  const selectEvent = useAppStore((s) => s.selectEvent);
  if (!ids.length) return null;
  return (
    <>
      <dt>{label}</dt>
      <dd className="chips">
        {ids.map((id) => {
          const a = byId.get(id);
          return (
            <button
              type="button"
              key={id}
              className="chip"
              onClick={() => {
                selectEvent(null);
                selectActor(id);
              }}
            >
              <bdi>{a ? actorName(a, uiLang) : id}</bdi>
            </button>
          );
        })}
      </dd>
    </>
  );
}

function MentionSource({ graph, articleId, inferred }: { graph: Graph; articleId: string; inferred: string }) {
  const article = graph.articles.find((a) => a.id === articleId);
  if (!article) return <p className="source">{articleId}</p>;
  return (
    <p className="source">
      <bdi>{article.outlet || article.file}</bdi> · {article.published}
      {article.publishedInferred ? ` ${inferred}` : ""}
    </p>
  );
}

export type { RabtEvent };
