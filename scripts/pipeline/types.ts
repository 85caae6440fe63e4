/**
 * Types that flow between the build's pipeline stages (not part of the published contract).
 * read → detect → clean → segment → actors → dates → events → merge → relations → layout → export
 */
import type { ActorKind, Article, EventDate, Modality, Quad, Role } from "../../src/contract/schema.ts";

/** One sentence of an article, offsets into `Article.text` (end exclusive). */
export interface Sentence {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Index into `Article.sections`. */
  readonly section: number;
}

/** How a mention was recognised — kept for the build report and for debugging the lexicons. */
export type MentionVia = "name" | "demonym" | "capital" | "title" | "partial-name" | "discovered" | "anaphor";

/** An actor recognised in the text, offsets into `Article.text`. */
export interface ActorMention {
  readonly actorId: string;
  readonly start: number;
  readonly end: number;
  readonly surface: string;
  readonly via: MentionVia;
}

/** A gazetteer entry (also the shape of a discovered actor before aggregation). */
export interface ActorEntry {
  readonly id: string;
  readonly kind: ActorKind;
  readonly label: string;
  readonly names: { readonly en: readonly string[]; readonly ar: readonly string[]; readonly fa: readonly string[] };
  readonly country?: string;
  readonly wikidata?: string;
  readonly roles?: readonly Role[];
}

/** A temporal expression found in a text and resolved against an anchor date. */
export interface DateMention {
  /** Offsets into the text that was scanned (end exclusive). */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly date: EventDate;
  /** True when the expression needed the anchor (relative: «أمس», «الاثنين», «الشهر الماضي»). */
  readonly relative: boolean;
}

/** An event as extracted from one sentence, before merging across mentions. */
export interface ExtractedEvent {
  readonly articleId: string;
  readonly sentence: Sentence;
  readonly trigger: { readonly start: number; readonly end: number; readonly lemma: string };
  readonly cameo: string;
  readonly quad: Quad;
  readonly goldstein: number;
  readonly modality: Modality;
  readonly date: EventDate;
  readonly dateMention?: DateMention;
  readonly sourceIds: readonly string[];
  readonly targetIds: readonly string[];
  readonly otherIds: readonly string[];
  readonly place?: string;
  readonly actorMentions: readonly ActorMention[];
}

/** An article after reading and cleaning, with its sentences. */
export interface PreparedArticle {
  readonly article: Article;
  readonly sentences: readonly Sentence[];
}
