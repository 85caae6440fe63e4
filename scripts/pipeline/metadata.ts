/**
 * Metadata: `METADATA.json` of an input folder (optional), read leniently — a broken file or
 * entry is reported and the article's facts are inferred from its text instead.
 */
import { z } from "zod";
import { LangSchema } from "../../src/contract/schema.ts";
import { type Normalized, normalizeText } from "../../src/text/normalize.ts";
import { normalizeFast } from "./normalizeIndexed.ts";
import { OUTLET_GENERIC_WORDS } from "../lexicon/boilerplate.ts";

const EntrySchema = z.object({
  file: z.string().min(1),
  lang: LangSchema.optional(),
  outlet: z.string().optional(),
  published: z.string().optional(),
  title: z.string().optional(),
});
export type MetadataEntry = z.infer<typeof EntrySchema>;

export interface MetadataResult {
  readonly entries: ReadonlyMap<string, MetadataEntry>;
  readonly warnings: string[];
}

/** Parses METADATA.json text; never throws: problems become warnings naming the entry. */
export function parseMetadata(text: string | null): MetadataResult {
  const entries = new Map<string, MetadataEntry>();
  const warnings: string[] = [];
  if (text === null) return { entries, warnings };
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    warnings.push(`METADATA.json: not valid JSON (${(e as Error).message}); metadata inferred from the texts`);
    return { entries, warnings };
  }
  const list = Array.isArray(json) ? json : (json as { articles?: unknown })?.articles;
  if (!Array.isArray(list)) {
    warnings.push("METADATA.json: expected an array or an object with an `articles` array; metadata inferred from the texts");
    return { entries, warnings };
  }
  list.forEach((raw, i) => {
    const parsed = EntrySchema.safeParse(raw);
    if (!parsed.success) {
      const where = parsed.error.issues.map((x) => `${x.path.join(".")}: ${x.message}`).join("; ");
      warnings.push(`METADATA.json: entry ${i} ignored (${where})`);
      return;
    }
    const e = parsed.data;
    if (e.published !== undefined && !isValidIsoDate(e.published)) {
      warnings.push(`METADATA.json: ${e.file}: published "${e.published}" is not a valid date; inferred from the text`);
      entries.set(e.file, { ...e, published: undefined });
    } else if (entries.has(e.file)) {
      warnings.push(`METADATA.json: ${e.file} listed twice; the first entry is used`);
    } else {
      entries.set(e.file, e);
    }
  });
  return { entries, warnings };
}

/**
 * The normalised text without its spaces, lower-cased, and the original offset of each of its
 * characters; undefined when the text has no astral character, which is most texts: normalisation
 * lower-cases every BMP unit already (speedups.test.ts), and `spacelessMatches` needs no copy.
 */
function spacelessText(n: Normalized): { text: string; back: number[] } | undefined {
  let astral = false;
  for (let i = 0; i < n.text.length && !astral; i++) {
    const c = n.text.charCodeAt(i);
    astral = c >= 0xd800 && c <= 0xdfff;
  }
  if (!astral) return undefined;
  const back: number[] = [];
  for (let i = 0; i < n.text.length; i++) if (n.text.charCodeAt(i) !== 0x20) back.push(n.map[i]!);
  return { text: n.text.replace(/ /g, "").toLowerCase(), back };
}

/** The successive non-overlapping `[start, end)` of `needle` in `text` (`indexOf`, then on after the match). */
function* compactMatches(text: string, needle: string): Generator<[number, number]> {
  let from = 0;
  for (;;) {
    const at = text.indexOf(needle, from);
    if (at < 0) return;
    yield [at, at + needle.length];
    from = at + needle.length;
  }
}

/**
 * `compactMatches` of `text` with its spaces removed, as spans of `text` itself (first and last
 * character of the needle; the spaces inside are skipped): no spaceless copy of the article.
 */
function* spacelessMatches(text: string, needle: string): Generator<[number, number]> {
  let from = 0;
  for (;;) {
    const at = text.indexOf(needle[0]!, from);
    if (at < 0) return;
    let i = at;
    let k = 0;
    let last = at;
    while (k < needle.length && i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 0x20) {
        i++;
        continue;
      }
      if (c !== needle.charCodeAt(k)) break;
      last = i;
      k++;
      i++;
    }
    if (k === needle.length) {
      yield [at, last + 1];
      from = last + 1;
    } else from = at + 1;
  }
}

/** True for a real calendar day `YYYY-MM-DD` (no 31 February, no year 0). */
export function isValidIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1 || mo < 1 || mo > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

/**
 * The publisher's own names from an outlet field such as
 * "Saraya News Agency (وكالة أنباء سرايا الإخبارية)" or "Espadana Khabar (اسپادانا خبر), citing Tasnim (تسنیم)":
 * the full names, and the names without generic words (so «سرايا» alone is the publisher too).
 * A cited outlet ("citing …") is not the publisher: it stays an actor of the text.
 */
export function publisherNames(outlet: string): string[] {
  const own = outlet.split(/,\s*(?:citing|via|from)\b/i)[0] ?? "";
  const names = new Set<string>();
  const inParens = [...own.matchAll(/\(([^)]+)\)/g)].map((m) => m[1]!.trim());
  const outside = own.replace(/\([^)]*\)/g, "").trim();
  for (const n of [outside, ...inParens]) {
    if (!n) continue;
    names.add(n);
    const reduced = n
      .split(/\s+/)
      .filter((w) => !OUTLET_GENERIC_WORDS.has(normalizeText(w).toLowerCase()))
      .join(" ");
    if (reduced && reduced !== n && reduced.length >= 3) names.add(reduced);
  }
  return [...names];
}

/**
 * Spans of `text` naming the publisher, matched on normalised text with spaces optional
 * («عصرترکیه» and «عصر ترکیه» alike) so that its words never become actors.
 */
export function findPublisherSpans(text: string, names: readonly string[]): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  if (names.length === 0) return spans;
  // compare on the normalised text with its spaces removed, mapping back to the original
  const n = normalizeFast(text);
  const compact = spacelessText(n);
  for (const name of names) {
    const needle = normalizeText(name).replace(/\s+/g, "").toLowerCase();
    if (needle.length < 3) continue;
    if (compact) {
      for (const [a, b] of compactMatches(compact.text, needle)) spans.push({ start: compact.back[a]!, end: compact.back[b - 1]! + 1 });
      continue;
    }
    for (const [a, b] of spacelessMatches(n.text, needle)) spans.push({ start: n.map[a]!, end: n.map[b - 1]! + 1 });
  }
  return spans.sort((a, b) => a.start - b.start || b.end - a.end);
}
