/**
 * The sentences a picture (and a network file's description) carries about the view: which
 * time window, which filters, how many events, actors and relations. In the interface language,
 * through the app's translate function. Pure.
 */
import type { MessageKey } from "../../i18n/messages.ts";
import type { UiLang } from "../../store/types.ts";
import { formatEventDate } from "../timeline/format.ts";
import type { ExportScope } from "./scope.ts";
import type { Translate } from "./types.ts";

export interface ViewDescription {
  readonly window: string;
  readonly filters: string;
  readonly counts: string;
}

/** A window as the interface writes dates, with the ISO days after it (unambiguous in every calendar). */
export function formatWindow(w: { start: string; end: string }, lang: UiLang): string {
  const local = formatEventDate({ edtf: `${w.start}/${w.end}`, start: w.start, end: w.end, precision: "range" }, lang);
  // LRM on both sides: the digits take left-to-right order from it (bidi rule W7), so the ISO days
  // read «2024-10-01 – 2024-12-31» inside an Arabic or Persian sentence too (isolates are not
  // honoured by every SVG renderer).
  return `${local} (\u200E${w.start} – ${w.end}\u200E)`;
}

/** Window, filters and counts of the view, one sentence each. */
export function describeView(scope: ExportScope, lang: UiLang, t: Translate, relations: number): ViewDescription {
  const window = scope.window
    ? t("export.window", { range: formatWindow(scope.window, lang) })
    : scope.extent
      ? t("export.window.all", { range: formatWindow(scope.extent, lang) })
      : t("export.window.empty");
  const sep = lang === "en" ? ", " : "، ";
  const f = scope.filters;
  const parts: string[] = [];
  if (f.kinds.length) parts.push(t("export.filter.kinds", { list: f.kinds.map((k) => t(`kind.${k}` as MessageKey)).join(sep) }));
  if (f.quads.length) parts.push(t("export.filter.quads", { list: f.quads.map((q) => t(`quad.${q}` as MessageKey)).join(sep) }));
  if (f.modalities.length)
    parts.push(t("export.filter.modalities", { list: f.modalities.map((m) => t(`modality.${m}` as MessageKey)).join(sep) }));
  if (f.articleIds.length) parts.push(t("export.filter.articles", { count: f.articleIds.length, list: f.articleIds.join(sep) }));
  const filters = parts.length ? t("export.filters", { list: parts.join(" · ") }) : t("export.filters.none");
  const counts = t("export.counts", { events: scope.events.length, actors: scope.actors.length, relations });
  return { window, filters, counts };
}
