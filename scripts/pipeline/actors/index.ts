/**
 * Actor recognition for Arabic and Persian news: states (names, nisbas, capitals as metonyms),
 * cities as places, organisations and outlets, persons (full and partial names), titles resolved to
 * their holder on the article's date («وزير الخارجية التركي» → Fidan in 2024), counterparts
 * («نظيره الإيراني») and unknown persons discovered after a title.
 *
 * Matching runs on normalised text (`normalizeWithMap`) over word tokens, with a light clitic
 * splitter (Arabic proclitics و ف ب ل ك لل, Persian suffixes ها های ی ای ان را) instead of a stemmer,
 * which would mangle names. Longest match wins; mentions never overlap.
 *
 * Modules: forms (index, tokens, clitics, hits), recognise (one pass over an article), context
 * (capital or city, Oman or Amman, outlet cues), roles (office holders), discovery (unknown persons),
 * anaphors (an organisation named again by the noun of its name: «الحركة», «این جنبش»).
 */
import type { Gazetteer, Lang } from "../gazetteer.ts";
import type { ActorEntry, ActorMention, Sentence } from "../types.ts";
import { AMBIGUOUS_PARTIALS } from "./context.ts";
import { discoveredForms } from "./discovery.ts";
import { buildIndex, extendIndex } from "./forms.ts";
import { withOrganisationAnaphors } from "./anaphors.ts";
import { compileGuards, prepareText, recognise } from "./recognise.ts";

export { holderOf } from "./roles.ts";
export { transliterate } from "./romanize.ts";

export interface ActorInput {
  readonly text: string;
  readonly lang: Lang;
  /** Publication date (ISO): titles resolve to the office holder on this day. */
  readonly published: string;
  readonly sentences: readonly Sentence[];
  /** Spans of `text` never matched (the publishing outlet's own name). */
  readonly maskedSpans?: readonly { readonly start: number; readonly end: number }[];
}

export interface ActorResult {
  /** Mentions sorted by start; offsets into `input.text`, end exclusive; never overlapping. */
  readonly mentions: ActorMention[];
  /** Persons found after a title but unknown to the gazetteer. */
  readonly discovered: ActorEntry[];
}

/** Creates the recogniser for one gazetteer. */
export function createActorRecognizer(options: Readonly<{ gazetteer: Gazetteer }>): (input: ActorInput) => ActorResult {
  const base = buildIndex(options.gazetteer.forms);
  const guards = compileGuards();
  // a partial name that is someone's given name («عباس», «حسن») needs the full name earlier in the text
  const ambiguous = new Set(AMBIGUOUS_PARTIALS);
  for (const f of options.gazetteer.forms) {
    if (f.via === "name" && f.words.length > 1 && options.gazetteer.byId.get(f.actorId)?.kind === "person") ambiguous.add(f.words[0]!);
    if (f.needsFullName) ambiguous.add(f.words.join(" "));
  }
  return (input) => {
    const prepared = prepareText(input.text);
    const first = recognise(input, options.gazetteer.byId, base, [], ambiguous, guards, undefined, prepared);
    if (first.discovered.length === 0) return { ...first, mentions: withOrganisationAnaphors(input.text, input.lang, input.sentences, first.mentions, options.gazetteer.byId) };
    // second pass: the discovered names (and their surnames) are now known words
    const extra = first.discovered.flatMap((d) => discoveredForms(d, input.lang));
    const byId = new Map(options.gazetteer.byId);
    for (const d of first.discovered) byId.set(d.id, d);
    const second = recognise(input, byId, base, first.discovered, ambiguous, guards, extendIndex(new Map(), extra), prepared);
    return { mentions: withOrganisationAnaphors(input.text, input.lang, input.sentences, second.mentions, byId), discovered: first.discovered };
  };
}

