/**
 * Hover tooltip for graph nodes: a DOM element inside the graph container, filled with
 * `textContent` only (names come from data: never parsed as HTML). Arabic and Persian names
 * carry `lang` and `dir="rtl"`.
 */
export interface TooltipContent {
  readonly label: string;
  readonly nameAr: string;
  readonly nameFa: string;
}

export interface Tooltip {
  show(content: TooltipContent, x: number, y: number): void;
  hide(): void;
  destroy(): void;
}

/** Creates the tooltip element (hidden) inside `container`. */
export function createTooltip(container: HTMLElement): Tooltip {
  const doc = container.ownerDocument;
  const el = doc.createElement("div");
  el.className = "rabt-graph-tooltip";
  el.setAttribute("role", "tooltip");
  el.hidden = true;
  container.appendChild(el);

  const line = (text: string, lang: string | null) => {
    const span = doc.createElement("span");
    span.textContent = text;
    if (lang) {
      span.lang = lang;
      span.dir = "rtl";
    }
    el.appendChild(span);
  };

  return {
    show(content, x, y) {
      el.replaceChildren();
      line(content.label, null);
      // The same name in both scripts is shown once.
      if (content.nameAr) line(content.nameAr, "ar");
      if (content.nameFa && content.nameFa !== content.nameAr) line(content.nameFa, "fa");
      el.style.transform = `translate(${Math.round(x + 12)}px, ${Math.round(y + 12)}px)`;
      el.hidden = false;
    },
    hide() {
      el.hidden = true;
    },
    destroy() {
      el.remove();
    },
  };
}
