/**
 * CAMEO root families (the first two digits of an event code) as lane labels. Data, not code:
 * names follow the CAMEO 1.1b3 manual; Arabic and Persian are the usual newsroom wording.
 */
import type { UiLang } from "../../store/types.ts";

export const CAMEO_ROOTS: Readonly<Record<string, Readonly<Record<UiLang, string>>>> = {
  "01": { en: "Public statement", ar: "تصريح علني", fa: "بیانیه عمومی" },
  "02": { en: "Appeal", ar: "مناشدة", fa: "درخواست" },
  "03": { en: "Intent to cooperate", ar: "نية التعاون", fa: "اعلام آمادگی همکاری" },
  "04": { en: "Consult", ar: "تشاور", fa: "رایزنی" },
  "05": { en: "Diplomatic cooperation", ar: "تعاون دبلوماسي", fa: "همکاری دیپلماتیک" },
  "06": { en: "Material cooperation", ar: "تعاون مادي", fa: "همکاری مادی" },
  "07": { en: "Provide aid", ar: "تقديم مساعدات", fa: "کمک‌رسانی" },
  "08": { en: "Yield", ar: "تنازل", fa: "امتیازدهی" },
  "09": { en: "Investigate", ar: "تحقيق", fa: "تحقیق" },
  "10": { en: "Demand", ar: "مطالبة", fa: "مطالبه" },
  "11": { en: "Disapprove", ar: "انتقاد", fa: "انتقاد" },
  "12": { en: "Reject", ar: "رفض", fa: "رد" },
  "13": { en: "Threaten", ar: "تهديد", fa: "تهدید" },
  "14": { en: "Protest", ar: "احتجاج", fa: "اعتراض" },
  "15": { en: "Force posture", ar: "استعراض القوة", fa: "نمایش قدرت" },
  "16": { en: "Reduce relations", ar: "تقليص العلاقات", fa: "کاهش روابط" },
  "17": { en: "Coerce", ar: "إكراه", fa: "اجبار" },
  "18": { en: "Assault", ar: "اعتداء", fa: "حمله" },
  "19": { en: "Fight", ar: "قتال", fa: "نبرد" },
  "20": { en: "Mass violence", ar: "عنف جماعي", fa: "خشونت جمعی" },
};

/** The root family of a CAMEO code: `"0412"` → `"04"`. */
export function cameoRoot(code: string): string {
  return code.slice(0, 2);
}

/** Lane label of a root family, `"04 Consult"`; unknown roots show their digits alone. */
export function cameoRootLabel(root: string, lang: UiLang): string {
  const name = CAMEO_ROOTS[root]?.[lang];
  return name ? `${root} ${name}` : root;
}
