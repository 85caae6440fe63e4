/**
 * The zoomable timeline engine: `createTimeline(container, params)` → `{ update, destroy, … }`.
 * Framework-free. d3-zoom owns the transform (the base scale is fixed; every frame derives the
 * visible domain from the transform), marks go to a canvas redrawn at most once per animation
 * frame, a d3-brush on the overview strip sets the time window.
 */
import { type BrushBehavior, brushX, type D3BrushEvent, type D3ZoomEvent, select, type ZoomBehavior, type ZoomTransform, zoom, zoomIdentity, zoomTransform } from "d3";
import type { Actor, RabtEvent } from "../../contract/schema.ts";
import { cameoRoot, cameoRootLabel } from "./cameoRoots.ts";
import { actorName, formatCount, formatEventDate, isolate, mainCalendar, secondCalendar } from "./format.ts";
import { computeFrame, createFrameBuffers, type Frame, frameHitRects, markBox } from "./frame.ts";
import { badgeMembers } from "./layout.ts";
import { createHitIndex, type HitIndex } from "./hitTest.ts";
import { assignLanes, type Lane } from "./lanes.ts";
import { buildModel, stepEvent, type TimelineModel } from "./model.ts";
import { histogramMax, quadHistogram } from "./overview.ts";
import { axisHeight, axisLabels, drawMain, drawOverview } from "./render.ts";
import { logicalX, panDx, screenSpan, screenXOf, type TimeDirection, timeAtScreenX, transformFor as transformForDomain, visibleDomain, zoomScaleExtent } from "./scale.ts";
import { DAY_MS, isoToMs, msToIso, windowFromMs } from "./time.ts";
import type { ScreenPoint, TimelineInstance, TimelineParams } from "./types.ts";

const OVERVIEW_H = 34;
const BIN_PX = 32;
const SVG_NS = "http://www.w3.org/2000/svg";

/** Creates the timeline inside `container` (which should be sized by CSS and focusable). */
export function createTimeline(container: HTMLElement, initial: TimelineParams): TimelineInstance {
  let p = initial;
  const doc = container.ownerDocument;
  const win = doc.defaultView ?? window;
  const addedClass = !container.classList.contains("rabt-tl");
  container.classList.add("rabt-tl");
  if (win.getComputedStyle(container).position === "static") container.style.position = "relative";
  if (container.tabIndex < 0) container.tabIndex = 0;
  if (!container.hasAttribute("role")) container.setAttribute("role", "application");
  container.setAttribute("aria-roledescription", "timeline");
  if (!container.hasAttribute("aria-label")) container.setAttribute("aria-label", p.labels.root);

  const mainBox = el("div", "rabt-tl-main", { position: "relative", width: "100%" });
  const canvas = el("canvas", "rabt-tl-canvas", { position: "absolute", left: "0", top: "0", touchAction: "none" });
  mainBox.append(canvas);
  const overviewBox = el("div", "rabt-tl-overview", { position: "relative", width: "100%", height: `${OVERVIEW_H}px` });
  overviewBox.dataset.testid = "timeline-overview";
  const ovCanvas = el("canvas", "", { position: "absolute", left: "0", top: "0" });
  const ovSvg = doc.createElementNS(SVG_NS, "svg");
  ovSvg.setAttribute("class", "rabt-tl-overview-svg");
  Object.assign(ovSvg.style, { position: "absolute", left: "0", top: "0", width: "100%", height: "100%" });
  const viewRect = doc.createElementNS(SVG_NS, "rect");
  viewRect.setAttribute("class", "rabt-tl-viewrect");
  Object.assign(viewRect.style, { fill: "none", stroke: "#333", strokeWidth: "1", pointerEvents: "none" });
  const brushG = doc.createElementNS(SVG_NS, "g");
  brushG.setAttribute("class", "rabt-tl-brush");
  ovSvg.append(brushG, viewRect);
  overviewBox.append(ovCanvas, ovSvg);
  const tooltip = el("div", "rabt-tl-tooltip", { position: "absolute", pointerEvents: "none", display: "none" });
  tooltip.setAttribute("role", "tooltip");
  const live = el("div", "rabt-tl-live", {
    position: "absolute", width: "1px", height: "1px", overflow: "hidden", clipPath: "inset(50%)", whiteSpace: "nowrap",
  });
  live.setAttribute("aria-live", "polite");
  container.append(mainBox, overviewBox, tooltip, live);
  const ctx = canvas.getContext("2d")!;
  const ovCtx = ovCanvas.getContext("2d")!;

  // ── state ─────────────────────────────────────────────────────────────
  let width = 0;
  let mainH = 0;
  let dpr = 1;
  let model: TimelineModel = buildModel(p.events);
  let lanes: Lane[] = [];
  let actorsById = new Map<string, Actor>(p.actors.map((a) => [a.id, a]));
  let langByArticle = new Map(p.articles.map((a) => [a.id, a.lang]));
  let publications = sortedPublications(p.articles);
  let involved: Uint8Array | null = null;
  let selected = -1;
  let hovered = -1;
  let focused = -1;
  let dir: TimeDirection = p.direction ?? "ltr";
  let hist: Uint32Array = new Uint32Array(0);
  let histMax = 0;
  let transform: ZoomTransform = zoomIdentity;
  let frame: Frame | null = null;
  const buffers = createFrameBuffers();
  let hitIndex: HitIndex | null = null;
  let raf = 0;
  let dragStart: number | null = null;
  let dragPreview: [number, number] | null = null;
  let lastHover: string | null = null;
  let destroyed = false;
  const attrs = new Map<string, string | null>();

  const zoomBehavior: ZoomBehavior<HTMLCanvasElement, unknown> = zoom<HTMLCanvasElement, unknown>()
    // Shift-drag draws a time window instead of panning; ctrl+wheel (pinch) still zooms.
    .filter((ev: Event & { shiftKey?: boolean; ctrlKey?: boolean; button?: number }) =>
      ev.type === "wheel" ? true : !ev.shiftKey && !ev.ctrlKey && !ev.button,
    )
    .on("zoom", (ev: D3ZoomEvent<HTMLCanvasElement, unknown>) => {
      transform = ev.transform;
      if (ev.sourceEvent) hideTooltip();
      schedule();
    });
  const canvasSel = select(canvas);
  canvasSel.call(zoomBehavior).on("dblclick.zoom", null);

  const brush: BrushBehavior<unknown> = brushX<unknown>().on("end", (ev: D3BrushEvent<unknown>) => {
    if (!ev.sourceEvent || !model.extent) return; // programmatic moves echo back without a source event
    const sel = ev.selection as [number, number] | null;
    if (!sel || sel[1] - sel[0] < 2) {
      p.onWindowChange(null);
      return;
    }
    const ta = overviewTime(sel[0]);
    const tb = overviewTime(sel[1]);
    const w = windowFromMs(Math.min(ta, tb), Math.max(ta, tb));
    p.onWindowChange(w);
    const a = isoToMs(w.start);
    const b = isoToMs(w.end) + DAY_MS;
    const pad = (b - a) * 0.15;
    zoomTo(a - pad, b + pad, true);
  });
  const brushSel = select(brushG as SVGGElement);

  // ── derived data ──────────────────────────────────────────────────────
  function relane(): void {
    const lanesArea = Math.max(40, mainH - axisHeight(p.showSecondCalendar) - 4);
    lanes = assignLanes(model, p.laneMode, {
      actors: actorsById,
      selectedActorId: p.selectedActorId,
      lang: p.uiLang,
      maxLanes: Math.max(2, Math.floor(lanesArea / 28)),
      otherLabel: p.labels.otherActors,
      allLabel: p.labels.allEvents,
      cameoFamilies: p.labels.cameoFamilies,
    });
  }

  function computeInvolved(): void {
    const id = p.selectedActorId;
    if (!id) {
      involved = null;
      return;
    }
    involved = new Uint8Array(model.events.length);
    model.events.forEach((e, i) => {
      if (e.sourceIds.includes(id) || e.targetIds.includes(id) || e.otherIds.includes(id)) involved![i] = 1;
    });
  }

  function computeOverview(): void {
    if (!model.extent || width <= 0) {
      hist = new Uint32Array(0);
      histMax = 0;
      return;
    }
    hist = quadHistogram(model.start, model.quad, model.extent, Math.max(1, Math.floor(width / 2)));
    histMax = histogramMax(hist);
  }

  const idx = (id: string | null) => (id ? model.indexOf(id) : -1);

  // ── geometry ──────────────────────────────────────────────────────────
  function domain(): [number, number] | null {
    if (!model.extent || width <= 0) return null;
    return visibleDomain(model.extent, width, transform.k, transform.x, dir);
  }

  function transformFor(t0: number, t1: number): ZoomTransform {
    const { k, x } = transformForDomain(model.extent!, width, t0, t1, dir, DAY_MS / 24);
    return zoomIdentity.translate(x, 0).scale(k);
  }

  /** Time at a screen x of the overview strip (which always shows the whole extent). */
  function overviewTime(px: number): number {
    return timeAtScreenX(px, model.extent!, width, dir);
  }

  const calendar = () => p.calendar ?? mainCalendar(p.uiLang);
  const digits = () => p.digits ?? "native";
  const count = (n: number) => formatCount(n, p.uiLang, digits());
  const dateText = (d: RabtEvent["date"], cal = calendar()) => formatEventDate(d, p.uiLang, cal, digits());

  function zoomTo(t0: number, t1: number, animate: boolean): void {
    if (!model.extent || width <= 0) return;
    const t = transformFor(t0, t1);
    if (animate && !reducedMotion()) animated(250).call(zoomBehavior.transform, t);
    else if (animation) track(animation.transition().duration(0)).call(zoomBehavior.transform, t);
    else canvasSel.call(zoomBehavior.transform, t);
  }

  // The zoom animation under way, if any: a keyboard pan made meanwhile waits for its end and
  // starts from where it lands (applied at once, the animation's next frame would undo it).
  let animation: ReturnType<typeof canvasSel.transition> | null = null;
  function animated(ms: number): ReturnType<typeof canvasSel.transition> {
    return track(canvasSel.transition().duration(ms));
  }
  function track(t: ReturnType<typeof canvasSel.transition>): ReturnType<typeof canvasSel.transition> {
    animation = t;
    t.on("end.track interrupt.track", () => {
      if (animation === t) animation = null;
    });
    return t;
  }

  function reducedMotion(): boolean {
    return win.matchMedia?.("(prefers-reduced-motion: reduce)").matches ?? false;
  }

  function configureZoom(): void {
    const e = model.extent;
    const ext = e ? zoomScaleExtent(e) : ([1, 1] as [number, number]);
    zoomBehavior
      .scaleExtent(ext)
      .extent([
        [0, 0],
        [Math.max(1, width), Math.max(1, mainH)],
      ])
      .translateExtent([
        [0, 0],
        [Math.max(1, width), Math.max(1, mainH)],
      ]);
  }

  function resize(): void {
    const w = Math.floor(container.clientWidth);
    const h = Math.floor(container.clientHeight);
    const newDpr = win.devicePixelRatio || 1;
    const newMainH = Math.max(60, h - OVERVIEW_H - 2);
    if (w === width && newMainH === mainH && newDpr === dpr) return;
    const keep = domain();
    width = w;
    mainH = newMainH;
    dpr = newDpr;
    mainBox.style.height = `${mainH}px`;
    sizeCanvas(canvas, width, mainH, dpr);
    sizeCanvas(ovCanvas, width, OVERVIEW_H, dpr);
    brush.extent([
      [0, 0],
      [Math.max(1, width), OVERVIEW_H],
    ]);
    brushSel.call(brush);
    configureZoom();
    relane();
    computeOverview();
    drawOverviewLayer();
    if (keep) canvasSel.call(zoomBehavior.transform, transformFor(keep[0], keep[1]));
    else canvasSel.call(zoomBehavior.transform, zoomIdentity);
    syncBrush();
    schedule();
  }

  // ── drawing ───────────────────────────────────────────────────────────
  function schedule(): void {
    if (!raf && !destroyed) raf = win.requestAnimationFrame(render);
  }

  function render(): void {
    raf = 0;
    const d = domain();
    const t0perf = performance.now();
    if (!d) {
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      ctx.clearRect(0, 0, width, mainH);
      ctx.fillStyle = "#777";
      ctx.font = "13px system-ui, sans-serif";
      ctx.textAlign = "center";
      ctx.fillText(p.labels.noEvents, width / 2, mainH / 2);
      frame = null;
      hitIndex = null;
      setAttrs(null);
      return;
    }
    const axisTop = mainH - axisHeight(p.showSecondCalendar);
    const [, kMax] = zoomScaleExtent(model.extent!);
    frame = computeFrame(model, lanes, {
      t0: d[0],
      t1: d[1],
      width,
      top: 4,
      height: axisTop - 8,
      minMarkPx: 6,
      binPx: BIN_PX,
      gapPx: 2,
      minRowPx: 5,
      maxRowPx: 14,
      allowClusters: transform.k < kMax * 0.98,
    }, buffers);
    hitIndex = null;
    const win0 = p.timeWindow ? isoToMs(p.timeWindow.start) : 0;
    drawMain(ctx, frame, model, {
      width,
      height: mainH,
      dpr,
      lang: p.uiLang,
      digits: digits(),
      rtl: dir === "rtl",
      mainCalendar: calendar(),
      secondCalendar: p.showSecondCalendar ? secondCalendar(p.uiLang, calendar()) : null,
      axisTop,
      involved,
      selected,
      hovered,
      focused,
      window: p.timeWindow ? [win0, isoToMs(p.timeWindow.end) + DAY_MS] : null,
      dragPreview,
      publications,
      binPx: BIN_PX,
      showLaneLabels: p.laneMode !== "none",
    });
    const e = model.extent!;
    const [v0, v1] = screenSpan(((d[0] - e[0]) / (e[1] - e[0])) * width, ((d[1] - e[0]) / (e[1] - e[0])) * width, width, dir);
    viewRect.setAttribute("x", String(Math.max(0, v0)));
    viewRect.setAttribute("width", String(Math.max(2, Math.min(width, v1) - Math.max(0, v0))));
    viewRect.setAttribute("y", "0.5");
    viewRect.setAttribute("height", String(OVERVIEW_H - 1));
    setAttrs(d);
    p.onFrame?.({ drawMs: performance.now() - t0perf, marks: frame.marks, badges: frame.badges, start: msToIso(d[0]), end: msToIso(d[1]) });
  }

  function drawOverviewLayer(): void {
    if (width > 0) drawOverview(ovCtx, hist, histMax, width, OVERVIEW_H, dpr, dir === "rtl");
  }

  function setAttrs(d: [number, number] | null): void {
    setAttr("data-visible-start", d ? msToIso(d[0]) : null);
    setAttr("data-visible-end", d ? msToIso(d[1]) : null);
    setAttr("data-event-count", String(model.events.length));
    setAttr("data-window-start", p.timeWindow?.start ?? null);
    setAttr("data-window-end", p.timeWindow?.end ?? null);
    setAttr("data-zoom", transform.k.toFixed(3));
    setAttr("data-direction", dir);
    setAttr("data-calendar", calendar());
  }

  function setAttr(name: string, value: string | null): void {
    if (attrs.get(name) === value) return;
    attrs.set(name, value);
    if (value === null) container.removeAttribute(name);
    else container.setAttribute(name, value);
  }

  function syncBrush(): void {
    if (!model.extent || width <= 0) return;
    const w = p.timeWindow;
    if (!w) {
      brushSel.call(brush.move, null);
      return;
    }
    const e = model.extent;
    const toPx = (t: number) => Math.max(0, Math.min(width, screenXOf(t, e, width, dir)));
    const a = toPx(isoToMs(w.start));
    const b = toPx(isoToMs(w.end) + DAY_MS);
    brushSel.call(brush.move, [Math.min(a, b), Math.max(a, b)]);
  }

  // ── pointer ───────────────────────────────────────────────────────────
  function hitAt(x: number, y: number) {
    if (!frame) return null;
    hitIndex ??= createHitIndex(frameHitRects(frame, model, BIN_PX, count));
    return hitIndex.hit(logicalX(x, width, dir), y, 2);
  }

  function badgeMembersOf(ref: number): number[] {
    const lf = frame?.lanes[Math.floor(ref / 1e6)];
    const b = lf?.layout.badges[ref % 1e6];
    return lf && b ? badgeMembers(b).map((q) => lf.items[q]!) : [];
  }

  function onPointerMove(ev: PointerEvent): void {
    const { x, y } = local(ev);
    if (dragStart !== null) {
      dragPreview = [dragStart, logicalX(x, width, dir)];
      schedule();
      return;
    }
    if (ev.buttons) return;
    const h = hitAt(x, y);
    canvas.style.cursor = h ? "pointer" : ev.shiftKey ? "crosshair" : "grab";
    if (!h) {
      hideTooltip();
      setHover(null);
      return;
    }
    if (h.kind === "mark") {
      showTooltip(eventLines(model.events[h.ref]!), x, y);
      setHover(model.events[h.ref]!.id);
    } else {
      const members = badgeMembersOf(h.ref);
      const first = members.reduce((m, i) => Math.min(m, model.start[i]!), Number.POSITIVE_INFINITY);
      const last = members.reduce((m, i) => Math.max(m, model.end[i]!), Number.NEGATIVE_INFINITY);
      showTooltip(
        [
          { text: p.labels.clusterEvents.replace("{count}", count(members.length)) },
          { text: dateText({ edtf: "x", start: msToIso(first), end: msToIso(last - 1), precision: "range" }) },
          { text: p.labels.clusterHint },
        ],
        x,
        y,
      );
      setHover(null);
    }
  }

  function setHover(id: string | null): void {
    if (id === lastHover) return;
    lastHover = id;
    p.onHoverEvent(id);
  }

  function onPointerLeave(): void {
    hideTooltip();
    setHover(null);
  }

  function onClick(ev: MouseEvent): void {
    if (ev.shiftKey) return;
    const { x, y } = local(ev);
    const h = hitAt(x, y);
    if (!h) return;
    if (h.kind === "mark") {
      focused = h.ref;
      p.onSelectEvent(model.events[h.ref]!.id);
      schedule();
      return;
    }
    const members = badgeMembersOf(h.ref);
    if (!members.length) return;
    let a = Number.POSITIVE_INFINITY;
    let b = Number.NEGATIVE_INFINITY;
    for (const i of members) {
      a = Math.min(a, model.start[i]!);
      b = Math.max(b, model.start[i]! + DAY_MS);
    }
    const pad = Math.max((b - a) * 0.25, DAY_MS);
    zoomTo(a - pad, b + pad, true);
  }

  function onPointerDown(ev: PointerEvent): void {
    if (!ev.shiftKey || ev.button !== 0) return;
    ev.preventDefault();
    ev.stopImmediatePropagation();
    dragStart = logicalX(local(ev).x, width, dir);
    dragPreview = [dragStart, dragStart];
    canvas.setPointerCapture?.(ev.pointerId);
  }

  function onPointerUp(ev: PointerEvent): void {
    if (dragStart === null) return;
    const x = logicalX(local(ev).x, width, dir);
    const a = Math.min(dragStart, x);
    const b = Math.max(dragStart, x);
    dragStart = null;
    dragPreview = null;
    const d = domain();
    if (d && b - a >= 3) {
      const toT = (px: number) => d[0] + (px / width) * (d[1] - d[0]);
      p.onWindowChange(windowFromMs(toT(a), toT(b)));
    }
    schedule();
  }

  function local(ev: MouseEvent): { x: number; y: number } {
    const r = canvas.getBoundingClientRect();
    return { x: ev.clientX - r.left, y: ev.clientY - r.top };
  }

  // ── tooltip and announcements ────────────────────────────────────────
  type Line = { text: string; lang?: string; cls?: string };

  function eventLines(e: RabtEvent): Line[] {
    const lines: Line[] = [];
    const m = e.mentions[0];
    if (m?.dateText) lines.push({ text: `«${m.dateText}»`, lang: langByArticle.get(m.articleId), cls: "quote" });
    lines.push({ text: dateText(e.date), cls: "date" });
    if (p.showSecondCalendar) lines.push({ text: dateText(e.date, secondCalendar(p.uiLang, calendar())), cls: "date2" });
    // Names in mixed scripts are isolated so a Latin name or a number cannot reorder an RTL line.
    const sep = p.uiLang === "en" ? ", " : "، ";
    const names = (ids: readonly string[]) => ids.map((id) => isolate(actorsById.has(id) ? actorName(actorsById.get(id)!, p.uiLang) : id)).join(sep);
    const arrow = p.uiLang === "en" ? " → " : " ← ";
    const who = [names(e.sourceIds), names(e.targetIds)].filter(Boolean).join(arrow);
    const others = names(e.otherIds);
    if (who || others) lines.push({ text: others ? `${who}${who ? " · " : ""}${others}` : who, cls: "actors" });
    const modality = e.modality === "reported" ? "" : ` · ${p.labels.modalities[e.modality]}`;
    lines.push({ text: `${cameoRootLabel(cameoRoot(e.cameo), p.labels.cameoFamilies)} (${isolate(e.cameo)})${modality}`, cls: "type" });
    return lines;
  }

  function showTooltip(lines: Line[], x: number, y: number): void {
    tooltip.replaceChildren(
      ...lines.map((l) => {
        const div = doc.createElement("div");
        div.textContent = l.text; // text only: never markup from data
        if (l.lang) div.lang = l.lang;
        div.dir = "auto";
        if (l.cls) div.className = l.cls;
        return div;
      }),
    );
    tooltip.dir = p.uiLang === "en" ? "ltr" : "rtl";
    tooltip.style.display = "block";
    const tw = tooltip.offsetWidth;
    const th = tooltip.offsetHeight;
    const left = x + 14 + tw > width ? Math.max(0, x - 14 - tw) : x + 14;
    const top = Math.max(0, Math.min(mainH - th, y + 12));
    tooltip.style.left = `${left}px`;
    tooltip.style.top = `${top}px`;
  }

  function hideTooltip(): void {
    if (tooltip.style.display !== "none") tooltip.style.display = "none";
  }

  function announce(i: number): void {
    live.textContent = eventLines(model.events[i]!)
      .map((l) => l.text)
      .join(" — ");
  }

  // ── keyboard ──────────────────────────────────────────────────────────
  function moveFocus(dir: 1 | -1): void {
    const d = domain();
    if (!d) return;
    const next = stepEvent(model, focused, dir, dir === 1 ? d[0] : d[1]);
    if (next < 0) return;
    focused = next;
    const s = model.start[next]!;
    const e = model.end[next]!;
    if (e <= d[0] || s >= d[1]) {
      const span = d[1] - d[0];
      const mid = (s + e) / 2;
      zoomTo(mid - span / 2, mid + span / 2, false);
    }
    announce(next);
    schedule();
  }

  function onKeyDown(ev: KeyboardEvent): void {
    if (ev.target !== container || ev.altKey || ev.metaKey || ev.ctrlKey) return;
    let handled = true;
    switch (ev.key) {
      case "+":
      case "=":
        instance.zoomBy(2);
        break;
      case "-":
      case "_":
        instance.zoomBy(0.5);
        break;
      // Arrows move the view the way they point: towards later dates on the left when time runs right to left.
      case "ArrowLeft":
        instance.panBy(dir === "rtl" ? 0.2 : -0.2);
        break;
      case "ArrowRight":
        instance.panBy(dir === "rtl" ? -0.2 : 0.2);
        break;
      case "Home":
        instance.fit();
        break;
      case "n":
      case "N":
      case "]":
        moveFocus(1);
        break;
      case "p":
      case "P":
      case "[":
        moveFocus(-1);
        break;
      case "Enter":
      case " ":
        if (focused >= 0) p.onSelectEvent(model.events[focused]!.id);
        else handled = false;
        break;
      case "Escape":
        if (p.timeWindow) p.onWindowChange(null);
        else if (dragStart !== null) {
          dragStart = null;
          dragPreview = null;
          schedule();
        } else handled = false;
        break;
      default:
        handled = false;
    }
    if (handled) ev.preventDefault();
  }

  canvas.addEventListener("pointermove", onPointerMove);
  canvas.addEventListener("pointerleave", onPointerLeave);
  canvas.addEventListener("pointerdown", onPointerDown, { capture: true });
  canvas.addEventListener("pointerup", onPointerUp);
  canvas.addEventListener("click", onClick);
  container.addEventListener("keydown", onKeyDown);
  const ro = typeof ResizeObserver !== "undefined" ? new ResizeObserver(() => resize()) : null;
  ro?.observe(container);

  // ── public API ────────────────────────────────────────────────────────
  const instance: TimelineInstance = {
    update(patch) {
      const prev = p;
      let changed = false;
      for (const key of Object.keys(patch) as (keyof TimelineParams)[]) if (patch[key] !== prev[key]) changed = true;
      if (!changed) return;
      p = { ...prev, ...patch };
      const dataChanged = p.events !== prev.events;
      const nextDir = p.direction ?? "ltr";
      if (nextDir !== dir) {
        // The same period stays in view, mirrored.
        const keep = domain();
        dir = nextDir;
        if (keep) canvasSel.call(zoomBehavior.transform, transformFor(keep[0], keep[1]));
        computeOverview();
        drawOverviewLayer();
        syncBrush();
        hideTooltip();
      }
      if (p.actors !== prev.actors) actorsById = new Map(p.actors.map((a) => [a.id, a]));
      if (p.articles !== prev.articles) {
        langByArticle = new Map(p.articles.map((a) => [a.id, a.lang]));
        publications = sortedPublications(p.articles);
      }
      if (dataChanged) {
        const keep = domain();
        const hadExtent = model.extent !== null;
        model = buildModel(p.events);
        focused = -1;
        configureZoom();
        computeOverview();
        drawOverviewLayer();
        if (hadExtent && keep && model.extent) canvasSel.call(zoomBehavior.transform, transformFor(keep[0], keep[1]));
        else canvasSel.call(zoomBehavior.transform, zoomIdentity);
      }
      if (
        dataChanged ||
        p.laneMode !== prev.laneMode ||
        p.uiLang !== prev.uiLang ||
        p.actors !== prev.actors ||
        p.labels !== prev.labels ||
        p.showSecondCalendar !== prev.showSecondCalendar ||
        (p.laneMode === "actor" && p.selectedActorId !== prev.selectedActorId)
      )
        relane();
      if (dataChanged || p.selectedActorId !== prev.selectedActorId) computeInvolved();
      selected = idx(p.selectedEventId);
      hovered = idx(p.hoveredEventId);
      if (dataChanged || p.timeWindow !== prev.timeWindow) syncBrush();
      if (p.labels.root !== prev.labels.root) container.setAttribute("aria-label", p.labels.root);
      schedule();
    },
    destroy() {
      destroyed = true;
      if (raf) win.cancelAnimationFrame(raf);
      ro?.disconnect();
      canvasSel.interrupt().on(".zoom", null);
      brushSel.on(".brush", null);
      canvas.removeEventListener("pointermove", onPointerMove);
      canvas.removeEventListener("pointerleave", onPointerLeave);
      canvas.removeEventListener("pointerdown", onPointerDown, { capture: true });
      canvas.removeEventListener("pointerup", onPointerUp);
      canvas.removeEventListener("click", onClick);
      container.removeEventListener("keydown", onKeyDown);
      mainBox.remove();
      overviewBox.remove();
      tooltip.remove();
      live.remove();
      for (const name of attrs.keys()) container.removeAttribute(name);
      if (addedClass) container.classList.remove("rabt-tl");
    },
    fit() {
      if (!reducedMotion()) animated(250).call(zoomBehavior.transform, zoomIdentity);
      else canvasSel.call(zoomBehavior.transform, zoomIdentity);
    },
    zoomBy(factor) {
      if (!reducedMotion()) animated(200).call(zoomBehavior.scaleBy, factor);
      else canvasSel.call(zoomBehavior.scaleBy, factor);
    },
    panBy(fraction) {
      // the step is a fraction of the view as it is when the pan happens (after any animation under way)
      const dx = function (this: HTMLCanvasElement) {
        return panDx(fraction, width, zoomTransform(this).k, dir);
      };
      if (animation) track(animation.transition().duration(0)).call(zoomBehavior.translateBy, dx, 0);
      else canvasSel.call(zoomBehavior.translateBy, dx, 0);
    },
    visibleRange() {
      const d = domain();
      return d ? { start: msToIso(d[0]), end: msToIso(d[1]) } : null;
    },
    screenPointOf(id) {
      const i = model.indexOf(id);
      if (i < 0 || !frame) return null;
      const r = canvas.getBoundingClientRect();
      for (const lf of frame.lanes) {
        for (let q = 0; q < lf.items.length; q++) {
          if (lf.items[q] !== i || lf.layout.row[q]! < 0) continue;
          const { y0, y1 } = markBox(lf, q, model.span[i] === 1);
          const x0 = Math.max(0, lf.x0[q]!);
          const x1 = Math.min(width, lf.x1[q]!);
          if (x1 <= x0) continue;
          return { x: r.left + logicalX((x0 + x1) / 2, width, dir), y: r.top + (y0 + y1) / 2 } satisfies ScreenPoint;
        }
      }
      return null;
    },
    drawnEventIds() {
      if (!frame) return [];
      const seen = new Set<number>();
      for (const lf of frame.lanes)
        for (let q = 0; q < lf.items.length; q++) if (lf.layout.row[q]! >= 0 && lf.x1[q]! > 0 && lf.x0[q]! < width) seen.add(lf.items[q]!);
      return [...seen].sort((a, b) => a - b).map((i) => model.events[i]!.id);
    },
    axisLabels(row = "main") {
      if (!frame) return [];
      if (row === "second" && !p.showSecondCalendar) return [];
      const cal = row === "main" ? calendar() : secondCalendar(p.uiLang, calendar());
      return axisLabels(frame, { lang: p.uiLang, digits: digits(), rtl: dir === "rtl" }, cal);
    },
    badgePoints() {
      if (!frame) return [];
      const r = canvas.getBoundingClientRect();
      return frameHitRects(frame, model, BIN_PX, count)
        .filter((h) => h.kind === "badge")
        .map((h) => ({ x: r.left + logicalX((h.x0 + h.x1) / 2, width, dir), y: r.top + (h.y0 + h.y1) / 2, count: badgeMembersOf(h.ref).length }));
    },
  };

  relane();
  computeInvolved();
  selected = idx(p.selectedEventId);
  hovered = idx(p.hoveredEventId);
  resize();
  return instance;

  function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls: string, style: Partial<CSSStyleDeclaration>): HTMLElementTagNameMap[K] {
    const node = doc.createElement(tag);
    if (cls) node.className = cls;
    Object.assign(node.style, style);
    return node;
  }
}

function sizeCanvas(c: HTMLCanvasElement, w: number, h: number, dpr: number): void {
  c.width = Math.max(1, Math.round(w * dpr));
  c.height = Math.max(1, Math.round(h * dpr));
  c.style.width = `${w}px`;
  c.style.height = `${h}px`;
}

function sortedPublications(articles: readonly { published: string }[]): Float64Array {
  return Float64Array.from(new Set(articles.map((a) => isoToMs(a.published)))).sort();
}
