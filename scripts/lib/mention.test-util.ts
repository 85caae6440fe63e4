/** A contract `Mention` for tests: a sentence at `start` of an article, its first letters the trigger. */
import type { Mention } from "../../src/contract/schema.ts";

export function testMention(articleId: string, sentence: string, start: number, actorSpans?: Mention["actorSpans"]): Mention {
  return { articleId, sentence, start, end: start + sentence.length, trigger: { start, end: start + 4 }, ...(actorSpans ? { actorSpans } : {}) };
}
