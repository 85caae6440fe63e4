/** The interface language switch (English, العربية, فارسی) and the digit choice. */
import { useT } from "../i18n/t.ts";
import { useAppStore } from "../store/index.ts";
import type { UiLang } from "../store/types.ts";

const NAMES: Readonly<Record<UiLang, string>> = { en: "English", ar: "العربية", fa: "فارسی" };

export function LanguageSwitch() {
  const uiLang = useAppStore((s) => s.uiLang);
  const setUiLang = useAppStore((s) => s.setUiLang);
  const digits = useAppStore((s) => s.digits);
  const setDigits = useAppStore((s) => s.setDigits);
  const t = useT();
  return (
    <>
    <label className="lang-switch">
      <span className="visually-hidden">{t("lang.label")}</span>
      <select data-testid="ui-language" value={uiLang} onChange={(e) => setUiLang(e.target.value as UiLang)} aria-label={t("lang.label")}>
        {(Object.keys(NAMES) as UiLang[]).map((l) => (
          <option key={l} value={l} lang={l}>
            {NAMES[l]}
          </option>
        ))}
      </select>
    </label>
    {uiLang !== "en" && (
      <label className="lang-switch">
        <span className="visually-hidden">{t("lang.digits")}</span>
        <select value={digits} onChange={(e) => setDigits(e.target.value as "native" | "latn")} aria-label={t("lang.digits")}>
          <option value="native">{uiLang === "fa" ? "۱۲۳" : "١٢٣"}</option>
          <option value="latn">123</option>
        </select>
      </label>
    )}
    </>
  );
}
