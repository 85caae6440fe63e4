/**
 * One sentence read for events: its clauses, its triggers (longest match wins an overlap, a
 * statement never wins against another family), its actor groups and its speaker.
 */
import type { Lang } from "../../../src/contract/schema.ts";
import { toOriginalSpan } from "../../../src/text/normalize.ts";
import type { ActorMention, DateMention, Sentence } from "../types.ts";
import { CLAUSE_BREAKERS, IMPERSONAL_SPEECH } from "./cues.ts";
import { groupMentions } from "./groups.ts";
import { sentenceText } from "./sentenceText.ts";
import { subjectOf, wordsBetween } from "./subject.ts";
import { MAX_ANCHOR_OFFSET } from "./compile.ts";
import type { ActorInfoOf, CompiledForm, Group, SentenceContext, Trigger } from "./types.ts";

/** The forms of one language, with each distinct anchor listed once. */
interface LangForms {
  readonly forms: readonly CompiledForm[];
  readonly anchors: readonly string[];
  /** For each form, the indices of its anchors in `anchors`. */
  readonly anchorIds: readonly (readonly number[])[];
  /** Anchors of two characters or more by their first two (`code₀ × 65536 + code₁`). */
  readonly byBigram: ReadonlyMap<number, readonly number[]>;
  /** Anchors shorter than two characters. */
  readonly short: readonly number[];
}

/** Compiled forms indexed for a sentence: only the forms whose stems it holds are run. */
export type TriggerIndex = ReadonlyMap<Lang, LangForms>;

/** Indexes compiled forms by language and literal stem, keeping the lexicon's order. */
export function indexTriggers(forms: readonly CompiledForm[]): TriggerIndex {
  const out = new Map<Lang, { forms: CompiledForm[]; anchors: string[]; anchorIds: number[][]; ids: Map<string, number>; byBigram: Map<number, number[]>; short: number[] }>();
  for (const form of forms) {
    let entry = out.get(form.lang);
    if (!entry) {
      entry = { forms: [], anchors: [], anchorIds: [], ids: new Map(), byBigram: new Map(), short: [] };
      out.set(form.lang, entry);
    }
    const ids: number[] = [];
    for (const a of form.anchors) {
      let id = entry.ids.get(a);
      if (id === undefined) {
        id = entry.anchors.length;
        entry.anchors.push(a);
        entry.ids.set(a, id);
        if (a.length < 2) entry.short.push(id);
        else {
          const key = a.charCodeAt(0) * 65536 + a.charCodeAt(1);
          const list = entry.byBigram.get(key);
          if (list) list.push(id);
          else entry.byBigram.set(key, [id]);
        }
      }
      ids.push(id);
    }
    entry.forms.push(form);
    entry.anchorIds.push(ids);
  }
  return out;
}

/** What the extractor knows of a sentence before reading it. */
export interface SentenceInput {
  readonly articleText: string;
  readonly lang: Lang;
  readonly sentence: Sentence;
  /** The article's actor and date mentions inside the sentence, in the article's order. */
  readonly mentions: readonly ActorMention[];
  readonly dates: readonly DateMention[];
}

export function analyseSentence(
  input: SentenceInput,
  triggerIndex: TriggerIndex,
  info: ActorInfoOf,
  lastSpeaker: Group | undefined,
): SentenceContext {
  const { lang, sentence, mentions, dates } = input;
  const st = sentenceText(sentence);
  const norm = st.norm;
  const toOrig = (s: number, e: number) => {
    const span = toOriginalSpan(norm, s, e);
    return { start: span.start + sentence.start, end: span.end + sentence.start };
  };
  // clauses
  const cuts = [sentence.start];
  for (const m of norm.text.matchAll(CLAUSE_BREAKERS[lang])) cuts.push(toOrig(m.index, m.index + m[0].length).start);
  cuts.push(sentence.end);
  const clauses: (readonly [number, number])[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) if (cuts[i + 1]! > cuts[i]!) clauses.push([cuts[i]!, cuts[i + 1]!]);
  const clauseAt = (pos: number) => clauses.find(([s, e]) => pos >= s && pos < e) ?? ([sentence.start, sentence.end] as const);

  // triggers: longest match wins an overlap; a statement never wins against another family
  const found: Trigger[] = [];
  for (const m of triggerMatches(triggerIndex, lang, norm.text)) {
    const span = toOrig(m.index, m.index + m.text.length);
    found.push({ form: m.form, ...span, text: m.text, flags: m.form.flagsOf(m.text), clause: clauseAt(span.start) });
  }
  found.sort(
    (a, b) =>
      Number(a.form.family.kind === "statement") - Number(b.form.family.kind === "statement") ||
      b.end - b.start - (a.end - a.start) ||
      a.start - b.start,
  );
  const triggers: Trigger[] = [];
  for (const t of found) if (!triggers.some((k) => t.start < k.end && k.start < t.end)) triggers.push(t);
  triggers.sort((a, b) => a.start - b.start);

  // actor mentions of the sentence
  const kindOf = (id: string) => info(id)?.kind;
  const places = mentions.filter((m) => kindOf(m.actorId) === "place");
  const parties = mentions.filter((m) => {
    const k = kindOf(m.actorId);
    return k !== "place" && k !== "outlet";
  });
  const aligned = input.articleText.startsWith(sentence.text, sentence.start);
  const groups = groupMentions({ text: input.articleText, st, aligned }, parties, triggers, clauses, info);

  // speaker: the subject of the first speech verb, else the section's last speaker
  let speaker: Group | undefined;
  let speechAt: number | undefined;
  const speech = triggers.find((t) => t.form.family.kind === "statement");
  const partial: SentenceContext = {
    sentence, st, lang, triggers, groups, places, mentions, clauses, info, dates: [],
  };
  if (speech) {
    const outlets = mentions.filter((m) => kindOf(m.actorId) === "outlet");
    const reportedByOutlet = outlets.some(
      (m) => wordsBetween(partial, Math.min(m.end, speech.start), Math.max(m.start, speech.end)) <= 3,
    );
    // «وفق الأناضول», «آناتولی نیز گزارش داد»: an outlet speaks, no participant does
    if (reportedByOutlet || IMPERSONAL_SPEECH.has(speech.text)) return { ...partial, dates };
    speaker = subjectOf(partial, speech) ?? lastSpeaker;
    speechAt = speech.start;
  }
  return { ...partial, speaker: speaker ?? lastSpeaker, speechAt: speaker ? speechAt : undefined, dates };
}

/** One match of a compiled form in normalised text. */
interface FormMatch {
  readonly form: CompiledForm;
  readonly index: number;
  readonly text: string;
}

/**
 * Every match of every form of `lang`, form by form in lexicon order, each form's matches left to
 * right: what `text.matchAll(form.re)` gives. A form is tried only where a match may start: at most
 * `MAX_ANCHOR_OFFSET` characters before an occurrence of one of its anchors.
 */
function triggerMatches(index: TriggerIndex, lang: Lang, text: string): FormMatch[] {
  const entry = index.get(lang);
  if (!entry) return [];
  // occurrences of each anchor, ascending (undefined: absent; empty: an empty anchor, found anywhere)
  const occurrences: (number[] | undefined)[] = new Array(entry.anchors.length);
  for (const id of entry.short) {
    const a = entry.anchors[id]!;
    let p = text.indexOf(a);
    if (p < 0) continue;
    const at: number[] = [];
    if (a.length > 0) {
      while (p >= 0) {
        at.push(p);
        p = text.indexOf(a, p + 1);
      }
    }
    occurrences[id] = at;
  }
  for (let p = 0; p + 1 < text.length; p++) {
    const ids = entry.byBigram.get(text.charCodeAt(p) * 65536 + text.charCodeAt(p + 1));
    if (!ids) continue;
    for (const id of ids) {
      if (!text.startsWith(entry.anchors[id]!, p)) continue;
      const at = occurrences[id];
      if (at) at.push(p);
      else occurrences[id] = [p];
    }
  }
  const out: FormMatch[] = [];
  entry.forms.forEach((form, i) => {
    const ids = entry.anchorIds[i]!;
    const lists = ids.map((id) => occurrences[id]).filter((l) => l !== undefined);
    if (lists.length === 0) return;
    if (lists.some((l) => l.length === 0)) {
      form.re.lastIndex = 0;
      for (const m of text.matchAll(form.re)) out.push({ form, index: m.index, text: m[0] });
      return;
    }
    let from = 0;
    for (const q of matchStarts(lists, text)) {
      if (q < from) continue;
      form.sticky.lastIndex = q;
      const m = form.sticky.exec(text);
      if (!m) continue;
      out.push({ form, index: q, text: m[0] });
      from = q + Math.max(1, m[0].length);
    }
  });
  return out;
}

/**
 * Sorted distinct offsets within `MAX_ANCHOR_OFFSET` before an anchor occurrence where a match may
 * start: not inside a surrogate pair, and not right after a letter or digit (every pattern opens
 * with `(?<![\p{L}\p{N}])`).
 */
function matchStarts(lists: readonly (readonly number[])[], text: string): number[] {
  const starts = new Set<number>();
  for (const l of lists) {
    for (const p of l) {
      for (let q = Math.max(0, p - MAX_ANCHOR_OFFSET); q <= p; q++) if (q === 0 || !afterWordChar(text, q)) starts.add(q);
    }
  }
  return [...starts].filter((q) => !insidePair(text, q)).sort((a, b) => a - b);
}

/** Whether each UTF-16 unit is a letter or digit (`[\p{L}\p{N}]`), cached on first sight. */
const WORD_UNIT = new Int8Array(0x10000).fill(-1);
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** True when the unit before `q` is a letter or digit of the BMP (a low surrogate is left to the pattern). */
function afterWordChar(text: string, q: number): boolean {
  const c = text.charCodeAt(q - 1);
  if (c >= 0xdc00 && c <= 0xdfff) return false;
  let w = WORD_UNIT[c]!;
  if (w < 0) {
    w = LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? 1 : 0;
    WORD_UNIT[c] = w;
  }
  return w === 1;
}

function insidePair(text: string, q: number): boolean {
  if (q <= 0 || q >= text.length) return false;
  const hi = text.charCodeAt(q - 1);
  const lo = text.charCodeAt(q);
  return hi >= 0xd800 && hi <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff;
}
