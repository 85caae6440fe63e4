/**
 * Digest stage: what the corpus-level stages need of one article's analysis, and nothing more.
 * Actor mentions become counts, each extracted event keeps its evidence as one contract `Mention`,
 * removed boilerplate is cut to what the report shows. A digest crosses a worker boundary and sits
 * in the incremental cache, and the build holds one per article until the end: it must be small.
 */
import { type Article, ArticleSchema, type EventDate, type Mention, type Modality, type Quad } from "../../src/contract/schema.ts";
import type { ActorEntry, ExtractedEvent } from "./types.ts";

/** Removed boilerplate as the build report shows it (the text cut to 200 characters). */
export interface RemovedDigest {
  readonly kind: string;
  readonly text: string;
}

/**
 * An extracted event as merging needs it. `M` is its evidence: the `Mention` itself, or a
 * reference to it once the build has set the mention aside (see `MentionStore`).
 */
export interface EventDraft<M = Mention> {
  readonly articleId: string;
  readonly sentenceStart: number;
  readonly triggerStart: number;
  readonly cameo: string;
  readonly quad: Quad;
  readonly goldstein: number;
  readonly modality: Modality;
  readonly date: EventDate;
  readonly sourceIds: readonly string[];
  readonly targetIds: readonly string[];
  readonly otherIds: readonly string[];
  readonly place?: string;
  readonly mention: M;
}

/** An article without its text and sections (what the index lists). */
export type ArticleHead = Omit<Article, "text" | "sections">;

export interface ArticleDigest<M = Mention> {
  readonly article: ArticleHead;
  /**
   * The whole article (text and sections) as JSON text, validated: it goes into an article chunk
   * as it is, and as one string it crosses a thread boundary for the price of a copy.
   */
  readonly articleJson: string;
  readonly encoding: string;
  readonly removed: readonly RemovedDigest[];
  /** Mentions per actor id, sorted by id. */
  readonly actorCounts: readonly (readonly [string, number])[];
  readonly discovered: readonly ActorEntry[];
  readonly events: readonly EventDraft<M>[];
  readonly unresolvedDates: number;
  readonly warnings: readonly string[];
}

/** How much of a removed block the build report keeps. */
const REPORT_TEXT = 200;

/** The evidence of an extracted event, as the data contract publishes it. */
export function mentionOf(e: ExtractedEvent): Mention {
  return {
    articleId: e.articleId,
    sentence: e.sentence.text,
    start: e.sentence.start,
    end: e.sentence.end,
    trigger: { start: e.trigger.start, end: e.trigger.end },
    ...(e.dateMention ? { dateText: e.dateMention.text, dateSpan: { start: e.dateMention.start, end: e.dateMention.end } } : {}),
    actorSpans: e.actorMentions.map((m) => ({ actorId: m.actorId, start: m.start, end: m.end })),
  };
}

/** An extracted event as merging needs it. */
export function draftOf(e: ExtractedEvent): EventDraft {
  return {
    articleId: e.articleId,
    sentenceStart: e.sentence.start,
    triggerStart: e.trigger.start,
    cameo: e.cameo,
    quad: e.quad,
    goldstein: e.goldstein,
    modality: e.modality,
    date: e.date,
    sourceIds: e.sourceIds,
    targetIds: e.targetIds,
    otherIds: e.otherIds,
    ...(e.place ? { place: e.place } : {}),
    mention: mentionOf(e),
  };
}

export interface AnalysisParts {
  readonly article: Article;
  readonly encoding: string;
  readonly removed: readonly { readonly kind: string; readonly text: string }[];
  readonly mentions: readonly { readonly actorId: string }[];
  readonly discovered: readonly ActorEntry[];
  readonly events: readonly ExtractedEvent[];
  readonly unresolvedDates: number;
  readonly warnings: readonly string[];
}

export function digestAnalysis(a: AnalysisParts): ArticleDigest {
  const counts = new Map<string, number>();
  for (const m of a.mentions) counts.set(m.actorId, (counts.get(m.actorId) ?? 0) + 1);
  const checked = ArticleSchema.safeParse(a.article);
  if (!checked.success) throw new Error(`the article does not match the data contract: ${checked.error.issues[0]?.message}`);
  const { text: _text, sections: _sections, ...head } = a.article;
  return {
    article: head,
    articleJson: JSON.stringify(a.article),
    encoding: a.encoding,
    removed: a.removed.map((r) => ({ kind: r.kind, text: r.text.length > REPORT_TEXT ? `${r.text.slice(0, REPORT_TEXT)}…` : r.text })),
    actorCounts: [...counts.entries()].sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0)),
    discovered: a.discovered,
    events: a.events.map(draftOf),
    unresolvedDates: a.unresolvedDates,
    warnings: a.warnings,
  };
}
