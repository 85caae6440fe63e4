/**
 * Organisations named again by the head noun of their own name: «الجماعة» after «جماعة الحوثي»,
 * «الحركة» after «حركة حماس», «الحزب» after «حزب الله», «این جنبش» after «جنبش حماس», «این سازمان» after
 * «سازمان ملل». The anaphor names the organisation named last before it in the same section (the title,
 * the body, a related report) whose lexicon names open with that noun; nothing else (a state, a person)
 * is looked for. Only the nouns of bodies count (`BODY_NOUNS`).
 */
import { normalizeText } from "../../../src/text/normalize.ts";
import type { Lang } from "../gazetteer.ts";
import type { ActorEntry, ActorMention, Sentence } from "../types.ts";

/**
 * The anaphors of these nouns (as written in the names): Arabic, the noun with the article, after «و / ف» and
 * «ب / ل» («للجماعة», «والحركة»), not an adjective's noun («الحركة التجارية»); Persian, «این / همین» and the noun.
 */
function anaphorPattern(lang: Lang, nouns: readonly string[]): RegExp {
  const alternation = nouns.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");
  return lang === "ar"
    ? new RegExp(String.raw`(?<!\p{L})([وف]?)(?:بال|لل|ال)(${alternation})(?!\p{L})(?!\s+ال\p{L})`, "gu")
    : new RegExp(String.raw`(?<![\p{L}\u200C])()(?:این|همین)\s+(${alternation})(?![\p{L}\u200C])`, "gu");
}

/**
 * The nouns of bodies that stand for the body named before: a group, movement, party, front, organisation,
 * council, league, authority. Not a meeting or a process («این نشست» is the meeting, not the Astana process).
 */
const BODY_NOUNS: Readonly<Record<Lang, ReadonlySet<string>>> = {
  ar: new Set(["جماعة", "حركة", "حزب", "جبهة", "تنظيم", "منظمة", "مجلس", "جامعة", "هيئة", "ميليشيا", "اتحاد", "تحالف", "كونفدرالية", "مجموعة"].map((w) => normalizeText(w))),
  fa: new Set(["جنبش", "گروه", "گروهک", "حزب", "جبهه", "سازمان", "شورای", "اتحادیه", "ائتلاف", "مجمع"].map((w) => normalizeText(w))),
};

/** The body nouns an organisation's multi-word names open with, normalised, and as written: the nouns that can name it again. */
function headsOf(entry: ActorEntry, lang: Lang, written: Set<string>): Set<string> {
  const heads = new Set<string>();
  for (const name of entry.names[lang]) {
    const first = name.split(" ")[0]!;
    const head = normalizeText(first);
    if (name.includes(" ") && BODY_NOUNS[lang].has(head)) {
      heads.add(head);
      written.add(first);
    }
  }
  return heads;
}

/**
 * The mentions with the organisations' anaphors added (sorted by start; an anaphor overlapping a
 * mention is not one).
 */
export function withOrganisationAnaphors(
  text: string,
  lang: Lang,
  sentences: readonly Sentence[],
  mentions: ActorMention[],
  byId: ReadonlyMap<string, ActorEntry>,
): ActorMention[] {
  const organisations = mentions.filter((m) => {
    const kind = byId.get(m.actorId)?.kind;
    return kind === "organisation" || kind === "group";
  });
  if (organisations.length === 0) return mentions;
  const heads = new Map<string, Set<string>>();
  const written = new Set<string>();
  for (const m of organisations) if (!heads.has(m.actorId)) heads.set(m.actorId, headsOf(byId.get(m.actorId)!, lang, written));
  if (written.size === 0) return mentions;
  const sectionAt = (pos: number) => sentences.find((s) => pos >= s.start && pos < s.end)?.section;
  const sections = organisations.map((o) => sectionAt(o.start));
  const added: ActorMention[] = [];
  for (const m of text.matchAll(anaphorPattern(lang, [...written].sort()))) {
    const noun = normalizeText(m[2]!);
    // (the span leaves out a leading «و / ف», as a name's does)
    const from = m.index + m[1]!.length;
    const end = m.index + m[0].length;
    if (mentions.some((x) => x.start < end && from < x.end)) continue;
    const section = sectionAt(from);
    let antecedent: ActorMention | undefined;
    for (let i = 0; i < organisations.length && organisations[i]!.start < from; i++) {
      if (heads.get(organisations[i]!.actorId)!.has(noun) && sections[i] === section) antecedent = organisations[i];
    }
    if (antecedent) added.push({ actorId: antecedent.actorId, start: from, end, surface: text.slice(from, end), via: "anaphor" });
  }
  if (added.length === 0) return mentions;
  return [...mentions, ...added].sort((a, b) => a.start - b.start);
}
