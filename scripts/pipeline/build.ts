/**
 * The whole pipeline as pure functions: files in, graph + report out. No file system, no clock:
 * the runner (`scripts/build-data.ts`) reads the folder and writes the results.
 *
 * read → detect → clean → segment → actors → dates → events (per article, `analyseArticle`)
 * then merge → relations → layout (over the corpus, `assembleGraph`).
 */
import { createHash } from "node:crypto";
import { type Article, ArticleChunkSchema, type FullGraph, FullGraphSchema, type Mention, SCHEMA_VERSION } from "../../src/contract/schema.ts";
import { type ArticleChunkFile, createCorpusAssembler, memoryMentionStore } from "./assemble.ts";
import { createActorRecognizer } from "./actors.ts";
import { cleanArticle, type RemovedBlock } from "./clean.ts";
import { createDateResolver } from "./dates.ts";
import { detectLanguage } from "./detect.ts";
import { createEventExtractor } from "./events.ts";
import { type ArticleDigest, digestAnalysis } from "./digest.ts";
import { type Gazetteer, loadGazetteer } from "./gazetteer.ts";
import { persianWeekdayInArabic } from "./homographs.ts";
import { findPublisherSpans, isValidIsoDate, type MetadataEntry, publisherNames } from "./metadata.ts";
import { decodeBytes, htmlToText, markdownToText } from "./read.ts";
import { retitleByEventDate } from "./retitle.ts";
import { segmentSentences } from "./segment.ts";
import type { ActorEntry, ActorMention, DateMention, ExtractedEvent, PreparedArticle } from "./types.ts";

export interface InputFile {
  /** File name relative to the input folder. */
  readonly name: string;
  readonly bytes: Uint8Array;
}

export interface SkippedFile {
  readonly file: string;
  readonly reason: string;
}

/** What one article yields; small enough to cross a worker boundary. */
export interface ArticleAnalysis {
  readonly article: Article;
  readonly encoding: string;
  readonly removed: readonly RemovedBlock[];
  readonly mentions: readonly ActorMention[];
  readonly discovered: readonly ActorEntry[];
  readonly events: readonly ExtractedEvent[];
  readonly unresolvedDates: number;
  readonly warnings: readonly string[];
}

export type ArticleResult = { readonly ok: true; readonly analysis: ArticleAnalysis } | { readonly ok: false; readonly skipped: SkippedFile };

/** What the build keeps of an article (and caches, and gets back from a worker): its digest, or why it was skipped. */
export type DigestResult<M = Mention> = { readonly ok: true; readonly digest: ArticleDigest<M> } | { readonly ok: false; readonly skipped: SkippedFile };

/** The analyser's result reduced to its digest. */
export function toDigestResult(r: ArticleResult): DigestResult {
  return r.ok ? { ok: true, digest: digestAnalysis(r.analysis) } : r;
}

export interface BuildReport {
  readonly schemaVersion: number;
  readonly filesRead: number;
  readonly articles: number;
  readonly skipped: readonly SkippedFile[];
  readonly counts: { readonly actors: number; readonly events: number; readonly relations: number; readonly mentions: number; readonly extractedEvents: number };
  readonly perArticle: readonly {
    readonly id: string;
    readonly file: string;
    readonly lang: string;
    readonly encoding: string;
    readonly published: string;
    readonly publishedInferred: boolean;
    readonly actors: number;
    readonly events: number;
    readonly removed: readonly { readonly kind: string; readonly text: string }[];
  }[];
  readonly warnings: readonly string[];
}

const EXTENSIONS = /\.(txt|md|markdown|html?|xhtml)$/i;

/** True for files the build reads as articles. */
export const isArticleFile = (name: string) => EXTENSIONS.test(name) && !/^(readme|license)/i.test(name);

/** Creates the per-article analysis (the expensive, parallelisable part). */
export function createArticleAnalyser(gazetteer: Gazetteer = loadGazetteer()) {
  // persons discovered in the article being analysed (per article: the result must not depend on
  // which articles a worker happened to analyse before)
  const discoveredIndex = new Map<string, ActorEntry>();
  const recogniseActors = createActorRecognizer({ gazetteer });
  const resolveDates = createDateResolver();
  const extractEvents = createEventExtractor({
    actorInfo: (id) => {
      const a = gazetteer.byId.get(id) ?? discoveredIndex.get(id);
      return a ? { kind: a.kind, ...(a.country ? { country: a.country } : {}) } : undefined;
    },
  });

  return (file: InputFile, meta: MetadataEntry | undefined): ArticleResult => {
    const skip = (reason: string): ArticleResult => ({ ok: false, skipped: { file: file.name, reason } });
    const decoded = decodeBytes(file.bytes);
    if (!decoded.ok) return skip(decoded.reason);
    let raw = decoded.text;
    let htmlTitle = "";
    if (/\.x?html?$/i.test(file.name)) {
      const h = htmlToText(raw);
      raw = h.text;
      htmlTitle = h.title;
    } else if (/\.(md|markdown)$/i.test(file.name)) {
      raw = markdownToText(raw);
    }
    const guess = detectLanguage(raw);
    if (guess.lang === null) return skip(guess.reason);
    const warnings: string[] = [];
    let lang = meta?.lang ?? guess.lang;
    if (meta?.lang && meta.lang !== guess.lang && guess.confidence > 0.85) {
      warnings.push(`${file.name}: METADATA.json says lang "${meta.lang}" but the text reads as "${guess.lang}"; using "${guess.lang}"`);
      lang = guess.lang;
    }
    const outlet = meta?.outlet ?? "";
    const ownNames = outlet ? publisherNames(outlet) : [];
    const cleaned = cleanArticle(raw, ownNames);
    if (!cleaned.text.trim()) return skip("nothing left after removing page boilerplate");

    let published = meta?.published;
    let publishedInferred = false;
    if (!published) {
      published = inferPublished(cleaned.text, resolveDates);
      publishedInferred = true;
      if (!published) return skip("no publication date: not in METADATA.json and no date in the text");
      warnings.push(`${file.name}: publication date ${published} inferred from the text`);
    }
    const id = articleIdOf(file.name);
    const title = meta?.title ?? (htmlTitle || cleaned.title || firstWords(cleaned.text));
    const article: Article = { id, file: file.name, lang, outlet, published, publishedInferred, title, text: cleaned.text, sections: cleaned.sections };
    const sentences = segmentSentences(article.text, article.sections);
    const prepared: PreparedArticle = { article, sentences };

    const masked = findPublisherSpans(article.text, ownNames);
    const { mentions, discovered } = recogniseActors({ text: article.text, lang, published, sentences, maskedSpans: masked });
    discoveredIndex.clear();
    for (const d of discovered) discoveredIndex.set(d.id, d);
    const dateMentions: DateMention[] = [];
    let unresolvedDates = 0;
    for (const s of prepared.sentences) {
      for (const d of resolveDates(s.text, published)) {
        // Arabic says Monday «الاثنين», Friday «الجمعة»: «دوشنبه», «جمعه» in Arabic text are Dushanbe and «جمعه» (brought him together)
        if (lang === "ar" && persianWeekdayInArabic(d.text)) continue;
        dateMentions.push({ ...d, start: d.start + s.start, end: d.end + s.start });
      }
    }
    if (!isValidIsoDate(published)) unresolvedDates++;
    // a title told of another time names that time's holder (see retitle.ts)
    const told = retitleByEventDate(extractEvents({ article, sentences, actorMentions: mentions, dateMentions }), mentions, gazetteer.byId, published);
    return {
      ok: true,
      analysis: { article, encoding: decoded.encoding, removed: cleaned.removed, mentions: told.mentions, discovered, events: told.events, unresolvedDates, warnings },
    };
  };
}

/** A publication date from the text: the latest day-precision absolute date it mentions. */
function inferPublished(text: string, resolve: ReturnType<typeof createDateResolver>): string | undefined {
  // absolute dates do not depend on the anchor; any anchor serves to find them
  const found = resolve(text, "2000-01-01").filter((d) => !d.relative);
  const days = found.filter((d) => d.date.precision === "day").map((d) => d.date.start);
  const any = found.map((d) => d.date.end);
  return [...days].sort().pop() ?? [...any].sort().pop();
}

function firstWords(text: string): string {
  const line = text.split("\n")[0] ?? "";
  return line.length > 90 ? `${line.slice(0, 90).replace(/\s+\S*$/, "")}…` : line;
}

/**
 * The whole corpus in memory, validated against the contract: every article's digest through the
 * corpus stage with its mentions kept inline. Tests and tools use it; the runner
 * (`scripts/build-data.ts`) streams the same stages to disk instead.
 */
export function assembleGraph(
  analyses: readonly ArticleAnalysis[],
  skipped: readonly SkippedFile[],
  gazetteer: Gazetteer,
  extraWarnings: readonly string[] = [],
): { graph: FullGraph; report: BuildReport } {
  const assembler = createCorpusAssembler({ gazetteer, store: memoryMentionStore() });
  const texts: Article[] = [];
  const sorted = [...analyses].sort((a, b) => compareIds(a.article.id, b.article.id));
  const chunkArticles = (c: ArticleChunkFile | null) => (c ? ArticleChunkSchema.parse(JSON.parse(c.json)).articles : []);
  for (const a of sorted) texts.push(...chunkArticles(assembler.add(digestAnalysis(a))));
  const { lastChunk, corpus } = assembler.finish(skipped, extraWarnings);
  texts.push(...chunkArticles(lastChunk));
  const graph: FullGraph = {
    schemaVersion: SCHEMA_VERSION,
    articles: texts,
    actors: [...corpus.actors],
    events: [...corpus.events],
    relations: [...corpus.relations],
    layout: { ...corpus.layout },
  };
  const parsed = FullGraphSchema.safeParse(graph);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 10).map((i) => `${i.path.join(".")}: ${i.message}`);
    throw new Error(`the built graph does not match the data contract:\n  ${issues.join("\n  ")}`);
  }
  return { graph, report: corpus.report };
}

/** Article ids in code-unit order: the order of the index, the chunks and the report. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** An article's id: its file name without the extension, folders joined with `_`. */
export function articleIdOf(file: string): string {
  return file.replace(/\.[^.]+$/, "").replace(/[/\\]/g, "_");
}

/** Content hash of a file, to recognise the same article under two names. */
export function contentHash(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}
