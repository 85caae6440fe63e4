/** Small pieces of SVG/XML text: escaping, text direction, aligned and bidi-safe text elements. */

/** Characters XML 1.0 does not allow (C0 controls other than tab, LF, CR; lone surrogates are left to the encoder). */
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Text safe inside an XML element or a double-quoted attribute. */
export function xmlEscape(s: string): string {
  return s
    .replace(INVALID_XML, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/** Hebrew, Arabic, Syriac, Thaana, NKo… and the Arabic presentation forms: right-to-left letters. */
const RTL_LETTER = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;
const LTR_LETTER = /[A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF]/;

/** Direction of a text from its first strong letter (HTML's `dir="auto"`), else `fallback`. */
export function textDirection(text: string, fallback: "ltr" | "rtl" = "ltr"): "ltr" | "rtl" {
  for (const ch of text) {
    if (RTL_LETTER.test(ch)) return "rtl";
    if (LTR_LETTER.test(ch)) return "ltr";
  }
  return fallback;
}

export type Align = "left" | "center" | "right";

/** `text-anchor` that puts a text's physical left/centre/right edge at x, for its direction. */
export function anchorFor(align: Align, dir: "ltr" | "rtl"): "start" | "middle" | "end" {
  if (align === "center") return "middle";
  return (align === "left") === (dir === "ltr") ? "start" : "end";
}

export interface TextOptions {
  readonly size: number;
  readonly align?: Align;
  /** Paragraph direction; from the text's first strong letter when absent. */
  readonly dir?: "ltr" | "rtl";
  readonly weight?: 400 | 700;
  readonly fill?: string;
  /** A white outline behind the glyphs, for labels drawn over edges. */
  readonly halo?: boolean;
  readonly className?: string;
}

const round = (v: number) => Math.round(v * 10) / 10;

/**
 * A `<text>` element whose direction is explicit (`direction` + `unicode-bidi: embed`), so an
 * Arabic or Persian name with digits or Latin letters inside keeps its order in every renderer.
 */
export function svgText(x: number, y: number, text: string, o: TextOptions): string {
  const dir = o.dir ?? textDirection(text);
  const attrs = [
    `x="${round(x)}"`,
    `y="${round(y)}"`,
    `font-size="${o.size}"`,
    `text-anchor="${anchorFor(o.align ?? "left", dir)}"`,
    `direction="${dir}"`,
    `unicode-bidi="embed"`,
  ];
  if (o.weight === 700) attrs.push('font-weight="700"');
  if (o.fill) attrs.push(`fill="${o.fill}"`);
  if (o.halo) attrs.push('stroke="#ffffff" stroke-width="3" stroke-linejoin="round" paint-order="stroke"');
  if (o.className) attrs.push(`class="${o.className}"`);
  return `<text ${attrs.join(" ")}>${xmlEscape(text)}</text>`;
}

/** Splits a line into lines of at most `maxChars` characters at spaces (a rough width budget: SVG cannot measure). */
export function wrapText(text: string, maxChars: number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = "";
  for (const w of words) {
    if (line && line.length + 1 + w.length > maxChars) {
      lines.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(line);
  return lines.length ? lines : [""];
}

export { round };
