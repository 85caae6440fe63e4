/**
 * Clean stage: separates an article's body from what surrounds it on a news page — navigation
 * crumbs, repeated titles, «اقرأ أيضا» blocks (kept as a related report when they carry one),
 * related-headline lists, tags, source lines, reader comments, share buttons. Line-based: a
 * scraped page keeps its blocks on separate lines. Every removed block is returned with its kind.
 */
import type { RemovedKind, Section } from "../../src/contract/schema.ts";
import { normalizeText } from "../../src/text/normalize.ts";
import { normalizeTextFast } from "./normalizeIndexed.ts";
import { CHROME_WORDS, COMMENTS, READ_ALSO, RELATED_HEADLINES, SHARE_LINE, SOURCE_LINE, TAGS } from "../lexicon/boilerplate.ts";

export interface RemovedBlock {
  readonly kind: RemovedKind;
  readonly text: string;
}

export interface CleanedArticle {
  readonly title: string;
  /** Title, body and related reports joined by blank lines; sections index into it. */
  readonly text: string;
  readonly sections: Section[];
  readonly removed: RemovedBlock[];
}

/** A paragraph long enough to be article prose rather than a headline or a button. */
const isProse = (line: string) => line.length >= 120 || (line.length >= 60 && /[.!?؟:]\s*$|[.!?؟]["»”]?$/.test(line));
const isBullet = (line: string) => /^\s*(?:[-•*·▪►]|\d+[.)-])\s*/.test(line);
const CHROME = new Set(CHROME_WORDS.map(normalizeText));
/** The chrome words without their spaces, longest first: crumbs glued together are read off with them. */
const CHROME_GLUED = [...CHROME].map((w) => w.replace(/\s+/g, "")).sort((a, b) => b.length - a.length);

type Kind = "title" | "body" | "related-report";

/** Cleans a decoded article. `outletNames` are the publisher's own names (its byline lines go). */
export function cleanArticle(raw: string, outletNames: readonly string[] = []): CleanedArticle {
  // `trim` takes trailing spaces, tabs and no-break spaces too: no expression per line
  const lines = raw.split("\n").map((l) => l.trim());
  const removed: RemovedBlock[] = [];
  const outlets = outletNames.map(normalizeText).filter((n) => n.length >= 3);
  const kept: { kind: Kind; text: string }[] = [];

  let title = "";
  let mode: "body" | "related-report" | "headlines" | "tags" = "body";
  let sawProse = false;
  const seen = new Map<string, number>();

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line) continue;
    const key = normalizeTextFast(line);
    const n = key.replace(/^[^\p{L}\p{N}]+/u, "");

    if (COMMENTS.test(n)) {
      removed.push({ kind: "comments", text: lines.slice(i).filter(Boolean).join("\n") });
      break;
    }
    if (TAGS.test(n)) {
      removed.push({ kind: "tags", text: line });
      mode = "tags";
      continue;
    }
    if (SOURCE_LINE.test(n)) {
      removed.push({ kind: "source-line", text: line });
      continue;
    }
    if (RELATED_HEADLINES.test(n)) {
      removed.push({ kind: "related-headlines", text: line });
      mode = "headlines";
      continue;
    }
    const readAlso = READ_ALSO.exec(n);
    if (readAlso) {
      const rest = n.slice(readAlso[0].length).trim();
      // «اقرأ أيضاً: headline» on one line is a link to another story, not a report
      const nextProse = lines.slice(i + 1, i + 6).filter(Boolean);
      if (rest || !nextProse.some(isProse)) {
        removed.push({ kind: "related-headlines", text: line });
        if (!rest) mode = "headlines";
        continue;
      }
      mode = "related-report";
      removed.push({ kind: "related-report", text: line });
      continue;
    }
    if (isChrome(n) || (line.length < 120 && SHARE_LINE.test(n))) {
      removed.push({ kind: "navigation", text: line });
      continue;
    }
    if (/^[\p{N}\p{P}\p{S}\s]*$/u.test(line) || /^\p{Extended_Pictographic}/u.test(line)) {
      removed.push({ kind: "footer", text: line });
      continue;
    }
    // the length first: it spares long lines the search for each outlet name
    if (line.length < 60 && outlets.some((o) => n.includes(o)) && !/[.!?؟]$/.test(line)) {
      removed.push({ kind: "source-line", text: line });
      continue;
    }
    if (mode === "tags") {
      // tag lists run on over short lines («[خاورمیانه](#) [2]»)
      if (!isProse(line)) {
        removed.push({ kind: "tags", text: line });
        continue;
      }
      mode = "body";
    }
    if (mode === "headlines") {
      if (!isProse(line) || isBullet(line)) {
        removed.push({ kind: "related-headlines", text: line });
        continue;
      }
      mode = "body";
    }
    // a headline block: «… | … | …» or a short line before any prose
    const headline =
      !sawProse &&
      mode === "body" &&
      (line.split("|").length >= 3 || (kept.length === 0 ? line.length < 150 && !/[:：]$/.test(line) : !isProse(line)));
    if (!title && headline) {
      title = line;
      seen.set(key, kept.length);
      kept.push({ kind: "title", text: line });
      continue;
    }
    if (seen.has(key)) {
      removed.push({ kind: key === normalizeText(title) ? "title-repeat" : "duplicate-paragraph", text: line });
      continue;
    }
    if (headline && kept.every((k) => k.kind === "title")) {
      // a second headline line (sub-title, kicker) before the body starts
      seen.set(key, kept.length);
      kept.push({ kind: "title", text: line });
      continue;
    }
    sawProse ||= isProse(line);
    seen.set(key, kept.length);
    kept.push({ kind: mode === "related-report" ? "related-report" : "body", text: line });
  }

  return assemble(title, kept, removed);
}

function isChrome(n: string): boolean {
  if (n.length > 80 || /[.!?؟]$/.test(n)) return false;
  if (CHROME.has(n)) return true;
  // crumbs glued together: «أخر الأخبارالرئيسيةتقارير»; buttons in a row: «تلگرام | ایتا | کپی لینک»
  let rest = n.replace(/[\s|·•,،/]+/g, "");
  const words = CHROME_GLUED;
  let progress = true;
  while (rest && progress) {
    progress = false;
    for (const w of words) {
      if (w && rest.startsWith(w)) {
        rest = rest.slice(w.length);
        progress = true;
        break;
      }
    }
  }
  return rest.length === 0 && n.length > 0;
}

function assemble(title: string, kept: readonly { kind: Kind; text: string }[], removed: RemovedBlock[]): CleanedArticle {
  let text = "";
  const sections: Section[] = [];
  let prevKind: Kind | null = null;
  for (const block of kept) {
    const sep = text ? (block.kind === prevKind ? "\n" : "\n\n") : "";
    text += sep;
    const start = text.length;
    text += block.text;
    const last = sections[sections.length - 1];
    if (last && block.kind === prevKind && (block.kind !== "related-report" || last.kind === "related-report")) {
      last.end = text.length;
    } else {
      sections.push({ kind: block.kind, start, end: text.length });
    }
    prevKind = block.kind;
  }
  return { title, text, sections, removed };
}
