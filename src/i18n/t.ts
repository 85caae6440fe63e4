/** Message lookup and number formatting in the interface language. */
import { useAppStore } from "../store/index.ts";
import type { UiLang } from "../store/types.ts";
import { CATALOGUES, type MessageKey } from "./messages.ts";

export const LOCALES: Readonly<Record<UiLang, string>> = { en: "en-GB", ar: "ar", fa: "fa-IR" };
export type Digits = "native" | "latn";

/** The `Intl` locale for a language and the reader's digit choice (Arabic-Indic, Persian or Latin). */
export function localeOf(lang: UiLang, digits: Digits = "native"): string {
  if (lang === "en") return LOCALES.en;
  const nu = digits === "latn" ? "latn" : lang === "fa" ? "arabext" : "arab";
  return `${LOCALES[lang]}-u-nu-${nu}`;
}

/** Fills `{name}` placeholders; numbers are formatted in the interface language. */
export function translate(lang: UiLang, key: MessageKey, vars: Readonly<Record<string, string | number>> = {}, digits: Digits = "native"): string {
  const template = CATALOGUES[lang][key] ?? CATALOGUES.en[key];
  const nf = new Intl.NumberFormat(localeOf(lang, digits));
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const v = vars[name];
    return v === undefined ? `{${name}}` : typeof v === "number" ? nf.format(v) : v;
  });
}

export type Translate = (key: MessageKey, vars?: Readonly<Record<string, string | number>>) => string;

/** The translate function for the current interface language (re-renders when it changes). */
export function useT(): Translate {
  const lang = useAppStore((s) => s.uiLang);
  const digits = useAppStore((s) => s.digits);
  return (key, vars) => translate(lang, key, vars, digits);
}

/** Formats a number in the interface language and the reader's digits. */
export function useNumberFormat(): (n: number) => string {
  const lang = useAppStore((s) => s.uiLang);
  const digits = useAppStore((s) => s.digits);
  const nf = new Intl.NumberFormat(localeOf(lang, digits));
  return (n) => nf.format(n);
}

/** Text direction of an interface language. */
export const dirOf = (lang: UiLang): "rtl" | "ltr" => (lang === "en" ? "ltr" : "rtl");
