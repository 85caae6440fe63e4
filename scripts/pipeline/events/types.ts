/** Types shared by the event extraction modules (the public ones are re-exported by `index.ts`). */
import type { ActorKind, Article, Lang, Modality, Quad } from "../../../src/contract/schema.ts";
import type { TriggerFamily } from "../../lexicon/triggers.ts";
import type { VerbFlags } from "../modality.ts";
import type { ActorMention, DateMention, Sentence } from "../types.ts";
import type { SentenceText } from "./sentenceText.ts";

export interface ActorInfo {
  readonly kind: ActorKind;
  readonly country?: string;
}

export interface EventExtractorOptions {
  readonly actorInfo: (id: string) => ActorInfo | undefined;
  /** Trigger families; defaults to the lexicon. */
  readonly families?: readonly TriggerFamily[];
}

export interface EventExtractorInput {
  readonly article: Article;
  readonly sentences: readonly Sentence[];
  readonly actorMentions: readonly ActorMention[];
  readonly dateMentions: readonly DateMention[];
}

export type ActorInfoOf = EventExtractorOptions["actorInfo"];

export type FormType = "v" | "n" | "p" | "c";

/** What a matched form says about itself: tense, negation, person, possessive. */
export type TriggerFlags = VerbFlags & {
  readonly firstPerson: boolean;
  readonly possessive: boolean;
  /** An Arabic verb with a masculine object pronoun («استقبله», «التقاهم»): its target was named before. */
  readonly objectPronoun?: boolean;
};

export interface CompiledForm {
  readonly family: TriggerFamily;
  readonly lang: Lang;
  readonly type: FormType;
  readonly lemma: string;
  readonly re: RegExp;
  /** `re` anchored (flag `y`): tried only where a match may start (see `anchors`). */
  readonly sticky: RegExp;
  /**
   * `sticky` without its opening `(?<![\p{L}\p{N}])`: the same match at an offset that is the
   * text's start or follows a BMP unit that is neither a letter, a digit nor a low surrogate.
   */
  readonly open: RegExp;
  /** True when the form is (or starts with) a verb. */
  readonly verbal: boolean;
  /**
   * Literal strings of normalised text, one of which every match contains (the stems of the
   * form's first word): a sentence holding none of them is not searched with `re`.
   */
  readonly anchors: readonly string[];
  /** True when the first word's pattern matches no space (Arabic): a match starts in the word that holds its anchor. */
  readonly oneWord: boolean;
  readonly flagsOf: (match: string) => TriggerFlags;
}

/** What a preposition makes of the group after it. */
export type PrepRole = "target" | "other";

/** A run of actor mentions that act together: one party or a coordination of parties. */
export interface Group {
  readonly start: number;
  readonly end: number;
  readonly ids: readonly string[];
  /** The preposition that introduces the group, if any («مع», «با», «بـ», «في», «از»…). */
  readonly prep?: PrepRole;
}

export interface Trigger {
  readonly form: CompiledForm;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly flags: TriggerFlags;
  readonly clause: readonly [number, number];
}

export interface SentenceContext {
  readonly sentence: Sentence;
  /** The sentence's normalised views, computed once (every word count and window derives from them). */
  readonly st: SentenceText;
  readonly lang: Lang;
  readonly triggers: readonly Trigger[];
  readonly groups: readonly Group[];
  readonly places: readonly ActorMention[];
  readonly mentions: readonly ActorMention[];
  readonly clauses: readonly (readonly [number, number])[];
  readonly speaker?: Group;
  /** Start of the speech verb whose speaker is `speaker` (triggers after it are reported speech). */
  readonly speechAt?: number;
  readonly info: ActorInfoOf;
  readonly dates: readonly DateMention[];
  /** The parties of the section's last two-party event: who «الجانبان», «دو طرف» are. */
  readonly pair?: readonly string[];
  /** The attackers of the section's last act of force: whom a condemnation that names no one condemns. */
  readonly attackers?: readonly string[];
  /** The person named last before the sentence in its section: whom «او» in «او و پوتین» stands for. */
  readonly person?: string;
  /** The two states the article is about (see `mainStates` in index.ts): «البلدين» when no last pair is two states. */
  readonly mainStates?: readonly string[];
  /** The three states of the section's last event among three states: who «سه کشور», «الدول الثلاث» are. */
  readonly trio?: readonly string[];
  /** The parties of the section's last meeting, visit or call between two: whose «لقاؤهما» (their meeting) it is. */
  readonly met?: readonly string[];
}

export interface Candidate {
  trigger: Trigger;
  cameo: string;
  quad: Quad;
  goldstein: number;
  rank: number;
  kind: TriggerFamily["kind"];
  modality: Modality;
  sources: string[];
  targets: string[];
  others: string[];
  place?: string;
  /** All triggers this event stands for after collapsing (for dating). */
  spans: Trigger[];
}
