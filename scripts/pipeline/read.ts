/**
 * Read stage: bytes of one file → decoded text, or a reason why the file cannot be used.
 * Encodings seen in scraped Arabic/Persian archives: UTF-8 (with or without BOM), UTF-16 with a
 * BOM, and Windows-1256 (the legacy Arabic code page). HTML pages are reduced to their text.
 */
import { isUtf8 } from "node:buffer";
import chardet from "chardet";
import iconv from "iconv-lite";
import { parse as parseHtml, type HTMLElement } from "node-html-parser";

export type ReadResult =
  | { readonly ok: true; readonly text: string; readonly encoding: string }
  | { readonly ok: false; readonly reason: string };

/** Files larger than this are skipped: no news article is this long (and it protects memory). */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Decodes a file's bytes, detecting BOMs, strict UTF-8, then falling back to a detector. */
export function decodeBytes(bytes: Uint8Array): ReadResult {
  if (bytes.length === 0) return { ok: false, reason: "empty file" };
  if (bytes.length > MAX_FILE_BYTES) {
    return { ok: false, reason: `file too large (${bytes.length} bytes, limit ${MAX_FILE_BYTES})` };
  }
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return done(buf.subarray(3).toString("utf8"), "utf-8 (BOM)");
  if (buf[0] === 0xff && buf[1] === 0xfe) return done(iconv.decode(buf.subarray(2), "utf-16le"), "utf-16le (BOM)");
  if (buf[0] === 0xfe && buf[1] === 0xff) return done(iconv.decode(buf.subarray(2), "utf-16be"), "utf-16be (BOM)");
  if (looksBinary(buf)) return { ok: false, reason: "binary file (NUL or control bytes), not text" };
  // the validator, then Node's decoder: what the strict decoder accepts and gives, at several times its speed
  if (isUtf8(buf)) return done(buf.toString("utf8"), "utf-8");
  // not valid UTF-8: ask the detector, but only accept encodings that can hold Arabic script
  const guess = (chardet.detect(buf) ?? "").toLowerCase();
  const encoding = /1256|arabic|8859-6/.test(guess) ? guess : "windows-1256";
  if (!iconv.encodingExists(encoding)) return { ok: false, reason: `unknown encoding ${guess}` };
  // Archives glued from several sources mix encodings line by line: decode each line in the
  // encoding it is valid in, so that neither part turns into mojibake.
  let utf8Lines = 0;
  let legacyLines = 0;
  const lines: string[] = [];
  let from = 0;
  for (let i = 0; i <= buf.length; i++) {
    if (i < buf.length && buf[i] !== 0x0a) continue;
    const line = buf.subarray(from, i);
    try {
      lines.push(utf8.decode(line));
      if (line.some((b) => b > 0x7f)) utf8Lines++;
    } catch {
      lines.push(iconv.decode(line, encoding));
      legacyLines++;
    }
    from = i + 1;
  }
  return done(lines.join("\n"), utf8Lines && legacyLines ? `mixed (utf-8 + ${encoding})` : encoding);
}

/** Bidi embedding/override/isolate controls: in article text they only serve to disguise (U+202E). */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

function done(text: string, encoding: string): ReadResult {
  if (!text.trim()) return { ok: false, reason: "empty file (only white space)" };
  return { ok: true, text: text.replace(/\r\n?/g, "\n").replace(BIDI_CONTROLS, ""), encoding };
}

/** NUL bytes, or many C0 control bytes, mean the file is not text (UTF-16 without BOM is not supported). */
function looksBinary(buf: Buffer): boolean {
  const n = Math.min(buf.length, 8192);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = buf[i]!;
    if (b === 0) return true;
    if (b < 8 || (b > 13 && b < 32 && b !== 27)) controls++;
  }
  return controls / n > 0.05;
}

/** Block-level elements: their text starts on a new line. */
const BLOCKS = new Set(["p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "section", "article", "blockquote", "tr", "figcaption"]);
/** Never article text: code, styles, chrome. */
const DROPPED = new Set(["script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "iframe", "svg", "button", "select"]);

/** Extracts an HTML page's article text: `<article>` (or `<main>`, else `<body>`), scripts and navigation dropped. */
export function htmlToText(html: string): { title: string; text: string } {
  const root = parseHtml(html, { comment: false, blockTextElements: { script: false, style: false, noscript: false, pre: true } });
  const title = (root.querySelector("h1")?.text ?? root.querySelector("title")?.text ?? "").trim();
  const container = root.querySelector("article") ?? root.querySelector("main") ?? root.querySelector("body") ?? root;
  const parts: string[] = [];
  const walk = (el: HTMLElement) => {
    for (const child of el.childNodes) {
      if (child.nodeType === 3) {
        parts.push(child.text);
        continue;
      }
      if (child.nodeType !== 1) continue;
      const tag = (child as HTMLElement).tagName?.toLowerCase() ?? "";
      if (DROPPED.has(tag)) continue;
      if (BLOCKS.has(tag)) parts.push("\n");
      walk(child as HTMLElement);
      if (BLOCKS.has(tag)) parts.push("\n");
    }
  };
  walk(container);
  const text = parts
    .join("")
    .replace(/[ \t\u00A0]+/g, " ")
    .split("\n")
    .map((l) => l.trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  const hasTitle = title && text.startsWith(title);
  return { title, text: title && !hasTitle ? `${title}\n\n${text}` : text };
}

/** Markdown: drop link targets and emphasis marks, keep the words. */
export function markdownToText(md: string): string {
  return md
    .replace(/!\[[^\]]*\]\([^)]*\)/g, "")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/^#{1,6}\s+/gm, "")
    .replace(/(\*\*|__)(.*?)\1/g, "$2");
}
