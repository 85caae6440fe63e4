/**
 * The data contract between the build (`scripts/`) and the app (`src/`): zod schemas are the
 * single source of truth, TypeScript types are inferred from them. The build validates the
 * index against `GraphSchema` as it writes it; `graph.json` holds it in the file form of
 * graphFile.ts, which the app reads and checks with `readGraphFile`.
 */
import { z } from "zod";

/**
 * Bump when a change to this file would make an older `graph.json` unreadable.
 * 2: `graph.json` is an index (events with their lead mention, articles without text); every
 *    mention and every article text lives in chunk files loaded on demand.
 * 3: the index's events are rows pointing at actors, articles and chunks by position
 *    (graphFile.ts).
 */
export const SCHEMA_VERSION = 4;

/** ISO calendar date, `YYYY-MM-DD` (a year before the common era with a minus). */
export const ISO_DATE_PATTERN = /^-?\d{4}-\d{2}-\d{2}$/;
const IsoDate = z.string().regex(ISO_DATE_PATTERN, "expected an ISO date YYYY-MM-DD");

/** A CAMEO event code: two to four digits. */
export const CAMEO_PATTERN = /^\d{2,4}$/;

export const LangSchema = z.enum(["ar", "fa"]);
export type Lang = z.infer<typeof LangSchema>;

/** What a removed block of a page was (navigation crumb, related headlines, reader comments…). */
export const RemovedKindSchema = z.enum([
  "title-repeat",
  "duplicate-paragraph",
  "navigation",
  "related-headlines",
  "related-report",
  "tags",
  "comments",
  "share",
  "source-line",
  "footer",
]);
export type RemovedKind = z.infer<typeof RemovedKindSchema>;

export const SectionSchema = z.object({
  /** `body` is the article itself; `related-report` a second report embedded under «اقرأ أيضا» / «بیشتر بخوانید». */
  kind: z.enum(["title", "body", "related-report"]),
  /** Character offsets into `Article.text`, end exclusive. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Section = z.infer<typeof SectionSchema>;

export const ArticleSchema = z.object({
  /** File name without extension; unique within a build. */
  id: z.string().min(1),
  /** File name relative to the input folder. */
  file: z.string().min(1),
  lang: LangSchema,
  outlet: z.string(),
  /** Publication date: the anchor every relative date of the article is resolved against. */
  published: IsoDate,
  /** True when `published` was inferred from the text rather than given in METADATA.json. */
  publishedInferred: z.boolean(),
  title: z.string(),
  /** Cleaned text (boilerplate removed). Every mention offset points into this string. */
  text: z.string(),
  sections: z.array(SectionSchema),
});
export type Article = z.infer<typeof ArticleSchema>;

/** An article in the index: everything but its text, which is in the chunk `chunk`. */
export const ArticleMetaSchema = ArticleSchema.omit({ text: true, sections: true }).extend({
  /** Key of the article chunk (`chunks`) that holds the text. */
  chunk: z.string(),
});
export type ArticleMeta = z.infer<typeof ArticleMetaSchema>;

export const ActorKindSchema = z.enum(["state", "person", "organisation", "group", "place", "outlet"]);
export type ActorKind = z.infer<typeof ActorKindSchema>;

export const RoleSchema = z.object({
  /** Role key, e.g. `foreign-minister`, `president`, `spokesperson-foreign-ministry`. */
  role: z.string(),
  /** ISO3 of the state the role is held in. */
  country: z.string(),
  /** First day in office (ISO date). */
  start: IsoDate.optional(),
  /** Last day in office (ISO date); absent while in office. */
  end: IsoDate.optional(),
  /** For roles in an organisation (secretary-general of `hezbollah`, commander of `irgc`…): its actor id. */
  organisation: z.string().optional(),
  /** For envoys: the state they are sent to (ISO3). */
  to: z.string().optional(),
});
export type Role = z.infer<typeof RoleSchema>;

export const ActorSchema = z.object({
  /** ISO 3166-1 alpha-3 for states; a lowercase slug otherwise. */
  id: z.string().regex(/^([A-Z]{3}|[a-z0-9]+(-[a-z0-9]+)*)$/, "ISO3 or a lowercase slug"),
  kind: ActorKindSchema,
  /** Usual English name. */
  label: z.string().min(1),
  /** Names by language; the first of each list is the preferred form. */
  names: z.object({ en: z.array(z.string()), ar: z.array(z.string()), fa: z.array(z.string()) }),
  /** ISO3 of the state the actor belongs to (a person's, an organisation's). */
  country: z.string().optional(),
  wikidata: z.string().regex(/^Q\d+$/).optional(),
  roles: z.array(RoleSchema),
  /** True when the actor is not in the gazetteer but was discovered from a title before an unknown name. */
  discovered: z.boolean(),
  mentionCount: z.number().int().nonnegative(),
  articleIds: z.array(z.string()),
});
export type Actor = z.infer<typeof ActorSchema>;

export const PrecisionSchema = z.enum(["day", "month", "year", "approximate", "range"]);
export type Precision = z.infer<typeof PrecisionSchema>;

export const EventDateSchema = z.object({
  /** EDTF string, e.g. `2024-12-02`, `2024-10`, `2024-10~`, `2024-10-01/2024-10-10`. */
  edtf: z.string().min(4),
  /** First day the event may have happened, inclusive. */
  start: IsoDate,
  /** Last day the event may have happened, inclusive. */
  end: IsoDate,
  precision: PrecisionSchema,
});
export type EventDate = z.infer<typeof EventDateSchema>;

export const QuadSchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);
/** CAMEO quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
export type Quad = z.infer<typeof QuadSchema>;

export const ModalitySchema = z.enum(["reported", "planned", "hoped", "denied", "conditional"]);
/** Whether the event happened (`reported`) or is only announced, wished, denied or conditional. */
export type Modality = z.infer<typeof ModalitySchema>;

export const SpanSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Span = z.infer<typeof SpanSchema>;

export const MentionSchema = z.object({
  articleId: z.string(),
  /** The evidence sentence exactly as it stands in `Article.text[start, end)`. */
  sentence: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** The trigger word(s), offsets into the article text. */
  trigger: SpanSchema,
  /** The date expression the event's date came from, if the sentence had one. */
  dateText: z.string().optional(),
  dateSpan: SpanSchema.optional(),
  /** Actor mentions inside the sentence (offsets into the article text); in chunks, not in the index. */
  actorSpans: z.array(SpanSchema.extend({ actorId: z.string() })).optional(),
});
export type Mention = z.infer<typeof MentionSchema>;

export const EventSchema = z.object({
  id: z.string(),
  date: EventDateSchema,
  /** CAMEO event code, e.g. `040` (consult), `111` (criticise). */
  cameo: z.string().regex(CAMEO_PATTERN),
  quad: QuadSchema,
  /** Goldstein scale, −10 (most conflictual) to +10 (most cooperative). */
  goldstein: z.number().min(-10).max(10),
  modality: ModalitySchema,
  sourceIds: z.array(z.string()),
  targetIds: z.array(z.string()),
  otherIds: z.array(z.string()),
  /** Actor id of a place (or a state standing as the place), when the sentence names one. */
  place: z.string().optional(),
  /** Every article that reports the event (after merging). */
  articleIds: z.array(z.string()).min(1),
  /** How many sentences report it; in the index only the first is inline, the rest are in `chunk`. */
  mentionCount: z.number().int().positive(),
  /** Key of the event chunk (`chunks`) with all its mentions. */
  chunk: z.string(),
  /** The evidence: in the index the lead mention only; in a chunk (and in the build) every mention. */
  mentions: z.array(MentionSchema).min(1),
});
export type RabtEvent = z.infer<typeof EventSchema>;

export const RelationSchema = z.object({
  /** The pair is unordered: `sourceId` sorts before `targetId`. */
  sourceId: z.string(),
  targetId: z.string(),
  events: z.number().int().positive(),
  /** Event counts per quad class, index 0 = quad 1. */
  quad: z.tuple([z.number().int(), z.number().int(), z.number().int(), z.number().int()]),
  meanGoldstein: z.number(),
  firstDate: IsoDate,
  lastDate: IsoDate,
  /** The events of the pair (optional: neither the build nor the app lists them; the app finds a pair's events from the events). */
  eventIds: z.array(z.string()).optional(),
});
export type Relation = z.infer<typeof RelationSchema>;

const LayoutSchema = z.record(z.string(), z.object({ x: z.number(), y: z.number() }));

/** The whole graph as the build holds it: every article text, every mention. Exports are made from it. */
export const FullGraphSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  articles: z.array(ArticleSchema),
  actors: z.array(ActorSchema),
  events: z.array(EventSchema),
  relations: z.array(RelationSchema),
  /** Graph positions computed at build time, keyed by actor id. */
  layout: LayoutSchema,
});
export type FullGraph = z.infer<typeof FullGraphSchema>;

export const ChunkRefSchema = z.object({
  key: z.string(),
  /** Path relative to `graph.json`'s folder. */
  path: z.string(),
  /** Records in the chunk. */
  count: z.number().int().nonnegative(),
  /** For event chunks: the dates their events start in (inclusive). */
  start: IsoDate.optional(),
  end: IsoDate.optional(),
});
export type ChunkRef = z.infer<typeof ChunkRefSchema>;

/**
 * `graph.json`: the small index the app opens with — actors, relations, layout, articles without
 * text and events with their lead mention; the rest is in chunks loaded when needed. The lead
 * mention comes without its sentence (`""`): the sentences are evidence, in the leads chunks
 * (`LeadsChunkSchema`), which the app loads once it has opened.
 */
export const GraphSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  articles: z.array(ArticleMetaSchema),
  actors: z.array(ActorSchema),
  events: z.array(EventSchema.extend({ mentions: z.array(MentionSchema).length(1) })),
  relations: z.array(RelationSchema),
  /** Graph positions computed at build time, keyed by actor id. */
  layout: LayoutSchema,
  chunks: z.object({ events: z.array(ChunkRefSchema), articles: z.array(ChunkRefSchema) }),
});
export type Graph = z.infer<typeof GraphSchema>;

/** `chunks/events-YYYY.json`: every mention of the events that start in a period. */
export const EventChunkSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  key: z.string(),
  events: z.array(z.object({ id: z.string(), mentions: z.array(MentionSchema).min(1) })),
});
export type EventChunk = z.infer<typeof EventChunkSchema>;

/**
 * `chunks/leads-YYYY.json` (one per event chunk, `leadsChunkKey`): the lead sentence of each of
 * its events, `[event id, sentence]` in the index's order — what search, previews and exports
 * need of the evidence, a fraction of the chunk's bytes.
 */
export const LeadsChunkSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  key: z.string(),
  sentences: z.array(z.tuple([z.string(), z.string()])),
});
export type LeadsChunk = z.infer<typeof LeadsChunkSchema>;

/** `chunks/articles-NNN.json`: article texts with their sections. */
export const ArticleChunkSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  key: z.string(),
  articles: z.array(ArticleSchema),
});
export type ArticleChunk = z.infer<typeof ArticleChunkSchema>;
