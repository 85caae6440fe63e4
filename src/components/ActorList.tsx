/**
 * The graph's accessible companion: the actors drawn in the graph as a list navigable from the
 * keyboard (name in the interface language, kind, visible event count) and, for the selected
 * actor, its relations. It reads and writes the same store selection as the graph, so a click
 * on a node moves the list and Enter in the list highlights the node.
 */
import { type KeyboardEvent, useEffect, useId, useMemo, useRef, useState } from "react";
import type { Actor, RabtEvent, Relation } from "../contract/schema.ts";
import { type Digits, localeOf, translate, useT } from "../i18n/t.ts";
import type { MessageKey } from "../i18n/messages.ts";
import { useAppStore } from "../store/index.ts";
import { eventParticipants, selectActorRelations, selectVisibleEvents } from "../store/selectors.ts";
import type { UiLang } from "../store/types.ts";
import { actorName } from "../i18n/actorName.ts";
import "./actorList.css";

/** Kinds the graph draws as nodes (places and outlets are not). */
const GRAPH_KINDS: ReadonlySet<string> = new Set(["state", "person", "organisation", "group"]);

/** «3 events», «٣ أحداث», «١١ حدثًا»: the count with the plural form `Intl.PluralRules` picks for the language. */
export function eventCountText(lang: UiLang, count: number, digits: Digits = "native"): string {
  const category = new Intl.PluralRules(localeOf(lang, digits)).select(count);
  return translate(lang, `graph.events.${category}` as MessageKey, { count }, digits);
}

export interface ActorRow {
  readonly id: string;
  readonly name: string;
  readonly kind: Actor["kind"];
  readonly events: number;
}

/** The graph's actors with their visible event counts, busiest first, then by name in the language's order. */
export function actorRows(actors: readonly Actor[], visible: readonly RabtEvent[], lang: UiLang): ActorRow[] {
  const byId = new Map(actors.filter((a) => GRAPH_KINDS.has(a.kind)).map((a) => [a.id, a]));
  const counts = new Map<string, number>();
  for (const e of visible) for (const id of eventParticipants(e)) if (byId.has(id)) counts.set(id, (counts.get(id) ?? 0) + 1);
  const collator = new Intl.Collator(lang);
  return [...counts.entries()]
    .map(([id, events]) => {
      const a = byId.get(id)!;
      return { id, name: actorName(a, lang), kind: a.kind, events };
    })
    .sort((a, b) => b.events - a.events || collator.compare(a.name, b.name) || (a.id < b.id ? -1 : 1));
}

export function ActorList() {
  const graph = useAppStore((s) => s.graph);
  const timeWindow = useAppStore((s) => s.timeWindow);
  const filters = useAppStore((s) => s.filters);
  const uiLang = useAppStore((s) => s.uiLang);
  const digits = useAppStore((s) => s.digits);
  const selectedActorId = useAppStore((s) => s.selectedActorId);
  const selectActor = useAppStore((s) => s.selectActor);
  const selectPair = useAppStore((s) => s.selectPair);
  const t = useT();
  const uid = useId();
  const [open, setOpen] = useState(true);
  const [active, setActive] = useState(0);
  const listRef = useRef<HTMLDivElement>(null);

  const visible = useMemo(() => selectVisibleEvents(graph, timeWindow, filters), [graph, timeWindow, filters]);
  const rows = useMemo(() => actorRows(graph?.actors ?? [], visible, uiLang), [graph, visible, uiLang]);
  const relations = useMemo((): Relation[] => {
    if (!graph || !selectedActorId) return [];
    return [...selectActorRelations(graph, timeWindow, filters, selectedActorId).relations].sort(
      (a, b) => b.events - a.events || (a.sourceId + a.targetId < b.sourceId + b.targetId ? -1 : 1),
    );
  }, [graph, timeWindow, filters, selectedActorId]);
  const byId = useMemo(() => new Map((graph?.actors ?? []).map((a) => [a.id, a])), [graph]);

  // The graph selected an actor: the list's active row follows it.
  useEffect(() => {
    const i = rows.findIndex((r) => r.id === selectedActorId);
    if (i >= 0) setActive(i);
  }, [selectedActorId, rows]);
  const current = Math.min(active, Math.max(0, rows.length - 1));
  // Keep the active row in view by scrolling the list alone (scrollIntoView would scroll the page too).
  useEffect(() => {
    const list = listRef.current;
    const el = list?.querySelector<HTMLElement>(`[data-index="${current}"]`);
    if (!list || !el) return;
    const top = el.offsetTop;
    if (top < list.scrollTop) list.scrollTop = top;
    else if (top + el.offsetHeight > list.scrollTop + list.clientHeight) list.scrollTop = top + el.offsetHeight - list.clientHeight;
  }, [current]);

  if (!graph) return null;
  const nf = new Intl.NumberFormat(localeOf(uiLang, digits), { maximumFractionDigits: 1, signDisplay: "exceptZero" });
  const optionId = (i: number) => `${uid}-actor-${i}`;
  const selected = selectedActorId ? byId.get(selectedActorId) : undefined;

  const onKeyDown = (ev: KeyboardEvent<HTMLDivElement>) => {
    const last = rows.length - 1;
    let next = current;
    switch (ev.key) {
      case "ArrowDown":
        next = Math.min(last, current + 1);
        break;
      case "ArrowUp":
        next = Math.max(0, current - 1);
        break;
      case "Home":
        next = 0;
        break;
      case "End":
        next = last;
        break;
      case "PageDown":
        next = Math.min(last, current + 10);
        break;
      case "PageUp":
        next = Math.max(0, current - 10);
        break;
      case "Enter":
      case " ": {
        const row = rows[current];
        if (row) selectActor(row.id);
        break;
      }
      case "Escape":
        selectActor(null);
        break;
      default:
        return;
    }
    ev.preventDefault();
    setActive(next);
  };

  return (
    <section className="rabt-actors" aria-labelledby={`${uid}-heading`} data-testid="actor-list">
      <h2 className="rabt-actors__heading" id={`${uid}-heading`}>
        <button type="button" aria-expanded={open} aria-controls={`${uid}-body`} onClick={() => setOpen((o) => !o)}>
          <span aria-hidden="true" className="rabt-actors__chevron">
            {open ? "▾" : "▸"}
          </span>{" "}
          {t("actors.heading", { count: rows.length })}
        </button>
      </h2>
      <div id={`${uid}-body`} className="rabt-actors__body" hidden={!open}>
        <div
          ref={listRef}
          className="rabt-actors__list"
          role="listbox"
          tabIndex={0}
          aria-label={t("actors.listLabel")}
          aria-activedescendant={rows.length ? optionId(current) : undefined}
          onKeyDown={onKeyDown}
        >
          {rows.map((r, i) => (
            // biome-ignore lint/a11y/useKeyWithClickEvents: the listbox handles the keys (aria-activedescendant)
            <div
              key={r.id}
              id={optionId(i)}
              tabIndex={-1}
              data-index={i}
              data-actor-id={r.id}
              role="option"
              aria-selected={r.id === selectedActorId}
              className={`rabt-actors__item${i === current ? " is-active" : ""}${r.id === selectedActorId ? " is-selected" : ""}`}
              onClick={() => {
                setActive(i);
                selectActor(r.id);
              }}
            >
              <bdi className="rabt-actors__name">{r.name}</bdi>
              <span className="rabt-actors__kind">{t(`kind.${r.kind}`)}</span>
              <span className="rabt-actors__count">{eventCountText(uiLang, r.events, digits)}</span>
            </div>
          ))}
        </div>
        {selected && (
          <div className="rabt-actors__relations">
            <h3>{t("actors.relationsOf", { name: `\u2068${actorName(selected, uiLang)}\u2069`, count: relations.length })}</h3>
            {relations.length === 0 ? (
              <p>{t("actors.noRelations")}</p>
            ) : (
              <ul>
                {relations.map((r) => {
                  const other = r.sourceId === selected.id ? r.targetId : r.sourceId;
                  const a = byId.get(other);
                  return (
                    <li key={other}>
                      <button type="button" className="linklike" onClick={() => selectPair(selected.id, other)}>
                        <bdi>{a ? actorName(a, uiLang) : other}</bdi>
                      </button>{" "}
                      <span className="rabt-actors__meta">
                        {eventCountText(uiLang, r.events, digits)} · {t("actors.goldstein", { value: nf.format(r.meanGoldstein) })}
                      </span>
                    </li>
                  );
                })}
              </ul>
            )}
          </div>
        )}
      </div>
    </section>
  );
}
