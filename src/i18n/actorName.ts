/** Display names of actors in the interface language (falling back to English). */
import type { Actor } from "../contract/schema.ts";
import type { UiLang } from "../store/types.ts";

export function actorName(actor: Pick<Actor, "label" | "names">, lang: UiLang): string {
  if (lang === "ar") return actor.names.ar[0] ?? actor.names.fa[0] ?? actor.label;
  if (lang === "fa") return actor.names.fa[0] ?? actor.names.ar[0] ?? actor.label;
  return actor.label;
}

/** The name in the article scripts, for hovers beside an English label. */
export function nativeName(actor: Pick<Actor, "names">): string {
  return [actor.names.ar[0], actor.names.fa[0]].filter(Boolean).filter((v, i, a) => a.indexOf(v) === i).join(" / ");
}
