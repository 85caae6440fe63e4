/**
 * The interface's message catalogue: every piece of interface text, in English, Arabic and
 * Persian. Keys are typed from the English catalogue; the others must have the same keys
 * (checked by the type and by a unit test). `{name}` placeholders are filled by `t()`.
 * Plural forms use `Intl.PluralRules` categories: `key.one`, `key.other`, … (Arabic has six).
 */
import * as core from "./areas/core.ts";
import * as exporting from "./areas/export.ts";
import * as graph from "./areas/graph.ts";
import * as timeline from "./areas/timeline.ts";

/** Every area's catalogue merged: one flat key space (`area.key`). Add an area by spreading it here. */
export const en = { ...core.en, ...timeline.en, ...graph.en, ...exporting.en } as const;

export type MessageKey = keyof typeof en;
export type Catalogue = Readonly<Record<MessageKey, string>>;

export const ar: Catalogue = { ...core.ar, ...timeline.ar, ...graph.ar, ...exporting.ar };
export const fa: Catalogue = { ...core.fa, ...timeline.fa, ...graph.fa, ...exporting.fa };

export const CATALOGUES: Readonly<Record<"en" | "ar" | "fa", Catalogue>> = { en, ar, fa };
