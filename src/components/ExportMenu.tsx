/**
 * The header's export menu: what is on screen (time window + filters) as CSV, JSON, GEXF,
 * GraphML, SVG or PNG. A menu button (WAI-ARIA pattern): Enter, Space or ArrowDown open it on the
 * first item, arrows move, Home/End jump, Escape closes and returns focus to the button. The
 * export engine (with the embedded fonts) is loaded on first use, not with the page.
 */
import { useEffect, useId, useRef, useState } from "react";
import { whenLeadsLoaded } from "../data/leads.ts";
import type { MessageKey } from "../i18n/messages.ts";
import { translate, useT } from "../i18n/t.ts";
import { useAppStore } from "../store/index.ts";
import type { ExportFormat } from "../engines/export/types.ts";
import "./ExportMenu.css";

const GROUPS: readonly { key: MessageKey; formats: readonly ExportFormat[] }[] = [
  { key: "export.group.data", formats: ["events.csv", "events.json", "actors.csv", "actors.json", "relations.csv", "relations.json"] },
  { key: "export.group.network", formats: ["graph.gexf", "graph.graphml"] },
  { key: "export.group.pictures", formats: ["graph.svg", "graph.png", "timeline.svg", "timeline.png"] },
];

/** The menu's items in document order. */
function menuItems(menu: HTMLElement | null): HTMLButtonElement[] {
  return [...(menu?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])];
}

export function ExportMenu() {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState("");
  const [busy, setBusy] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const menuId = useId();

  // Opening focuses the first item; a click outside closes.
  useEffect(() => {
    if (!open) return;
    menuItems(menuRef.current)[0]?.focus();
    const onDown = (e: PointerEvent) => {
      if (!rootRef.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", onDown);
    return () => document.removeEventListener("pointerdown", onDown);
  }, [open]);

  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };

  const onMenuKey = (e: React.KeyboardEvent) => {
    const list = menuItems(menuRef.current);
    const i = list.indexOf(document.activeElement as HTMLButtonElement);
    const go = (j: number) => list[(j + list.length) % list.length]?.focus();
    switch (e.key) {
      case "ArrowDown":
        go(i + 1);
        break;
      case "ArrowUp":
        go(i - 1);
        break;
      case "Home":
        go(0);
        break;
      case "End":
        go(list.length - 1);
        break;
      case "Escape":
        close();
        break;
      case "Tab":
        setOpen(false);
        return;
      default:
        return;
    }
    e.preventDefault();
  };

  const run = async (format: ExportFormat) => {
    close();
    const { graph, timeWindow, filters, uiLang, digits } = useAppStore.getState();
    if (!graph) return;
    setBusy(true);
    setStatus(t("export.status.busy", { name: t(`export.item.${format}` as MessageKey) }));
    try {
      // the events table carries each event's lead sentence: they may still be on their way
      await whenLeadsLoaded();
      const engine = await import("../engines/export/index.ts");
      const { name, blob } = await engine.exportBlob(format, {
        graph,
        timeWindow,
        filters,
        uiLang,
        translate: (key, vars) => translate(uiLang, key, vars, digits),
        fontCss: engine.VAZIRMATN_FONT_CSS,
      });
      engine.downloadBlob(blob, name);
      setStatus(t("export.status.done", { name }));
    } catch (err) {
      setStatus(t("export.status.failed", { error: err instanceof Error ? err.message : String(err) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="export-menu" data-testid="export-menu" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="export-button"
        data-testid="export-button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={menuId}
        aria-label={`${t("export.menu")} — ${t("export.hint")}`}
        aria-busy={busy}
        onClick={() => setOpen((o) => !o)}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown" || e.key === "ArrowUp") {
            e.preventDefault();
            setOpen(true);
          }
        }}
      >
        {t("export.button")} <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <div id={menuId} ref={menuRef} className="export-list" role="menu" aria-label={t("export.menu")} tabIndex={-1} onKeyDown={onMenuKey}>
          <p className="export-hint" aria-hidden="true">
            {t("export.hint")}
          </p>
          {GROUPS.map((g) => (
            <fieldset key={g.key} aria-label={t(g.key)} className="export-group">
              <div className="export-group-title" aria-hidden="true">
                {t(g.key)}
              </div>
              {g.formats.map((f) => (
                <button
                  key={f}
                  type="button"
                  role="menuitem"
                  tabIndex={-1}
                  className="export-item"
                  data-testid={`export-${f.replace(".", "-")}`}
                  onClick={() => void run(f)}
                >
                  {t(`export.item.${f}` as MessageKey)}
                </button>
              ))}
            </fieldset>
          ))}
        </div>
      )}
      <span className="visually-hidden" role="status" data-testid="export-status">
        {status}
      </span>
    </div>
  );
}
