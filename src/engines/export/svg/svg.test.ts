import { describe, expect, it } from "vitest";
import { fixtureGraph, NO_FILTERS, testTranslate } from "../fixture.test-util.ts";
import { buildTextExport } from "../build.ts";
import { placeMarks, timeDomain } from "./timelineSvg.ts";
import { anchorFor, svgText, textDirection, wrapText, xmlEscape } from "./xml.ts";
import { exportScope } from "../scope.ts";
import { isoToMs } from "../../timeline/time.ts";

const graph = fixtureGraph();
const Y2024 = { start: "2024-01-01", end: "2024-12-31" };
const input = (uiLang: "en" | "ar" | "fa", timeWindow: typeof Y2024 | null = Y2024) => ({
  graph,
  timeWindow,
  filters: NO_FILTERS,
  uiLang,
  translate: testTranslate(uiLang),
});
const count = (svg: string, re: RegExp) => svg.match(re)?.length ?? 0;

describe("graph SVG", () => {
  it("draws one node per actor, one line per relation and affiliation, and a legend of 4 kinds and 8 relation samples", () => {
    const { content, name } = buildTextExport("graph.svg", input("en"));
    expect(name).toBe("rabt-graph_2024-01-01_2024-12-31.svg");
    expect(count(content, /<g class="node"/g)).toBe(7);
    expect(count(content, /class="edge relation"/g)).toBe(4);
    expect(count(content, /class="edge affiliation"/g)).toBe(2);
    expect(count(content, /<g class="legend-item">/g)).toBe(12);
    expect(content).toContain('stroke="#d55e00" stroke-width="1.5"');
    expect(content).toContain(">Time window: 2024 (\u200E2024-01-01 – 2024-12-31\u200E)</text>");
    expect(content).toContain(">No filters</text>");
    expect(content).toContain(">4 events · 7 actors · 4 relations</text>");
    expect(content).toContain("text { font-family: Vazirmatn, sans-serif; }");
  });

  it("writes Arabic labels right to left and starts the header at the right edge", () => {
    const { content } = buildTextExport("graph.svg", input("ar"));
    expect(content).toContain('lang="ar"');
    expect(content).toMatch(/text-anchor="middle" direction="rtl" unicode-bidi="embed"[^>]*>عباس عراقجي<\/text>/);
    // Header: x = width − margin, anchored at its start, which is the right end in RTL.
    expect(content).toContain('<text x="1376" y="44" font-size="20" text-anchor="start" direction="rtl" unicode-bidi="embed" font-weight="700" class="title">رابط — شبكة العلاقات</text>');
    // A name with no Persian form falls back to English and is written left to right.
    expect(buildTextExport("graph.svg", input("fa")).content).toMatch(/direction="ltr"[^>]*>Hakan Fidan<\/text>/);
  });

  it("embeds the given font rules and says so when nothing is visible", () => {
    const empty = buildTextExport("graph.svg", { ...input("fa", { start: "2019-01-01", end: "2019-12-31" }), fontCss: "@font-face { font-family: 'Vazirmatn'; src: url(data:font/woff2;base64,AAAA); }" });
    expect(empty.content).toContain("src: url(data:font/woff2;base64,AAAA)");
    expect(count(empty.content, /<g class="node"/g)).toBe(0);
    expect(empty.content).toContain(">در این بازهٔ زمانی و با این پالایه‌ها رویدادی نیست</text>");
  });
});

describe("timeline SVG", () => {
  it("draws one mark per visible event: dots for days, a bar for the month", () => {
    const { content } = buildTextExport("timeline.svg", input("en"));
    expect(count(content, /<g class="mark"/g)).toBe(4);
    expect(content).toMatch(/<g class="mark" data-id="e2" data-quad="1" data-precision="month"><rect /);
    expect(content).toMatch(/<g class="mark" data-id="e3" data-quad="1" data-precision="day"><circle /);
    // The denied event is hollow and crossed.
    expect(content).toMatch(/data-id="e5"[^>]*><circle [^>]*fill="#ffffff" stroke="#E69F00"[^>]*\/><line /);
    expect(count(content, /<g class="legend-item">/g)).toBe(11);
    expect(content).toContain(">Rabt — timeline of events</text>");
  });

  it("counts the Persian axis in Solar Hijri years", () => {
    const { content } = buildTextExport("timeline.svg", input("fa", null));
    expect(content).toContain('direction="rtl" unicode-bidi="embed" fill="#333333" class="tick">فروردین ۱۴۰۳</text>');
    expect(count(content, /<g class="mark"/g)).toBe(7);
  });

  it("stacks marks that would overlap and leaves the others on the first row", () => {
    const events = exportScope(graph, Y2024, NO_FILTERS).events;
    const domain = timeDomain(events, Y2024)!;
    expect(domain).toEqual([isoToMs("2024-01-01"), isoToMs("2025-01-01")]);
    // 366 px for 366 days: one pixel a day.
    const placed = placeMarks(events, domain, 0, 366).map((m) => [m.event.id, m.x0, m.x1, m.row]);
    expect(placed).toEqual([
      ["e2", 0, 31, 0],
      ["e3", 287.5, 297.5, 0],
      ["e4", 289.5, 299.5, 1],
      ["e5", 331.5, 341.5, 0],
    ]);
  });

  it("fits the events with a 4% margin without a window", () => {
    const events = exportScope(graph, null, NO_FILTERS).events;
    const [a, b] = timeDomain(events, null)!;
    const s = isoToMs("2023-03-10");
    const e = isoToMs("2026-01-01");
    const m = (e - s) * 0.04;
    expect([a, b]).toEqual([s - m, e + m]);
    expect(timeDomain([], null)).toBeNull();
  });
});

describe("SVG text", () => {
  it("escapes markup and drops characters XML forbids", () => {
    expect(xmlEscape('<b>"Ankara" & \'Tehran\'\u0007</b>')).toBe("&lt;b&gt;&quot;Ankara&quot; &amp; &apos;Tehran&apos;&lt;/b&gt;");
  });

  it("finds the direction from the first strong letter", () => {
    expect(textDirection("۱۴۰۳ ایران")).toBe("rtl");
    expect(textDirection("2024 Iran إيران")).toBe("ltr");
    expect(textDirection("2024", "rtl")).toBe("rtl");
  });

  it("anchors by physical side whatever the direction", () => {
    expect(anchorFor("right", "rtl")).toBe("start");
    expect(anchorFor("right", "ltr")).toBe("end");
    expect(anchorFor("left", "rtl")).toBe("end");
    expect(anchorFor("center", "rtl")).toBe("middle");
    expect(svgText(10, 20, "قطر", { size: 12, halo: true })).toBe(
      '<text x="10" y="20" font-size="12" text-anchor="end" direction="rtl" unicode-bidi="embed" stroke="#ffffff" stroke-width="3" stroke-linejoin="round" paint-order="stroke">قطر</text>',
    );
  });

  it("wraps long lines at spaces", () => {
    expect(wrapText("Filters: actor kind state, person · event type Verbal conflict", 30)).toEqual([
      "Filters: actor kind state,",
      "person · event type Verbal",
      "conflict",
    ]);
  });
});
