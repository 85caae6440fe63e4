/**
 * Organisations, armed groups, processes and news outlets named in Arabic and Persian diplomatic
 * news. Ids are the reference annotation's where it has them (`hamas`, `irgc`, `sdf`,
 * `astana-process`, `anadolu`, `tasnim`…), otherwise a slug of the usual English name.
 * Spellings are folded by normalisation (ي/ی, ك/ک, hamza, ة/ه, ZWNJ); list each written form once.
 *
 * A form takes in its state's name or nisba only when it needs it to be that body at all («البنك
 * المركزي التركي», «پارلمان عراق»): where the name alone is the body («صندوق الاستثمارات العامة»,
 * «أرامكو», «حكومة الوحدة الوطنية»), the state word after it is left to name the state as well.
 * Words between the words of a name may only be spaces, quotes, brackets, hyphens and dots, and
 * «+» is no letter: «أوبك+» reads as «أوبك», and «3+3» or «5+1» cannot be a form.
 */

import type { ActorEntry } from "../pipeline/types.ts";

export type OrganisationKind = "organisation" | "group" | "outlet";

/** A gazetteer entry for a body, group or outlet, with the forms that need an outlet cue. */
export interface OrganisationEntry extends Omit<ActorEntry, "kind" | "roles"> {
  readonly kind: OrganisationKind;
  /**
   * Forms that are also common words («مهر» seal/dowry, «الجزيرة» island, «فارس» Persia/knight):
   * they count only after an outlet cue («وكالة، قناة، خبرگزاری، به گزارش، به نقل از…»).
   */
  readonly cueOnly?: readonly string[];
}

/** Words that announce an outlet name right after them (possibly across a quote mark). */
export const OUTLET_CUES: Readonly<{ ar: readonly string[]; fa: readonly string[] }> = {
  ar: ["وكالة", "وكالات", "قناة", "شبكة", "موقع", "صحيفة", "وكالة أنباء", "بحسب", "حسب", "وفق", "وفقا", "وفقاً", "نقلا عن", "نقلاً عن", "منصة"],
  fa: ["خبرگزاری", "شبکه", "روزنامه", "سایت", "پایگاه", "به گزارش", "به نقل از", "گزارش", "خبرگزاریهای", "خبرگزاری‌های"],
};

interface OrganisationGuard {
  readonly lang: "ar" | "fa";
  readonly form: string;
  readonly notAfter?: readonly string[];
  readonly notBefore?: readonly string[];
}

/**
 * A parliament right after «رئيس / رئیس» is the speaker's title («رئيس البرلمان العراقي محمد الحلبوسي»,
 * «رئیس پارلمان عراق»: titles.ts then reads the state and the holder from it), and after a member's or a
 * committee's word it only says where that person sits («عضو الكنيست», «نماینده مجلس شورای اسلامی»,
 * «کمیسیون امنیت ملی و سیاست خارجی مجلس …»): the body itself does nothing there.
 */
const PARLIAMENT_NOT_AFTER = {
  ar: ["رئيس", "لرئيس", "ورئيس", "برئيس", "فرئيس", "رئيسة", "لرئيسة", "ورئيسة", "عضو", "لعضو", "وعضو", "عضوة", "أعضاء", "لأعضاء", "وأعضاء", "نائب", "النائب", "نواب", "كتلة", "لجنة", "لجان"],
  fa: ["رئیس", "نایب‌رئیس", "نماینده", "نمایندگان", "عضو", "اعضای", "کمیسیون", "فراکسیون", "هیئت‌رئیسه", "سخنگوی", "خارجی"],
} as const;
const parliamentGuards = (lang: "ar" | "fa", forms: readonly string[]): OrganisationGuard[] => forms.map((form) => ({ lang, form, notAfter: PARLIAMENT_NOT_AFTER[lang] }));

/** Arabic nisbas (feminine and masculine) and Persian state names that make a body another state's. */
const OTHER_STATES_AR = ["الفلسطينية", "الفلسطيني", "اللبنانية", "اللبناني", "العراقية", "العراقي", "السورية", "السوري", "اليمنية", "اليمني", "السودانية", "السوداني", "الأفغانية", "الأفغاني", "الإسرائيلية", "الإسرائيلي", "الصومالية", "الصومالي", "التونسية", "التونسي", "المصرية", "المصري", "الأردنية", "الأردني", "السعودية", "السعودي", "الإماراتية", "الإماراتي", "الكويتية", "الكويتي", "العمانية", "العماني", "البحرينية", "البحريني", "الإيرانية", "الإيراني", "الباكستانية", "الباكستاني", "الجزائرية", "الجزائري", "المغربية", "المغربي"];
const OTHER_STATES_FA = ["عراق", "کویت", "لیبی", "ترکیه", "عربستان", "امارات", "ابوظبی", "قطر", "الجزایر", "نیجریه", "ونزوئلا", "آذربایجان", "عمان", "روسیه", "سوریه", "بحرین", "چین", "هند", "پاکستان", "افغانستان", "فلسطین", "لبنان", "مصر", "اردن", "یمن", "سودان", "اسرائیل", "نروژ", "انگلیس", "آمریکا", "ترکمنستان", "قزاقستان", "ارمنستان", "گرجستان", "تاجیکستان"];

/** Context guards: the form is not the organisation when the next (or previous) word is one of these. */
export const ORGANISATION_GUARDS: readonly OrganisationGuard[] = [
  // «مجلس الأمن القومي/الوطني» is a state's national security council, not the UN body
  { lang: "ar", form: "مجلس الأمن", notBefore: ["القومي", "الوطني", "الإقليمي"] },
  // «شورای امنیت ملی» / «شورای عالی امنیت ملی» likewise
  { lang: "fa", form: "شورای امنیت", notBefore: ["ملی", "کشور"] },
  // «آژانس» alone is the IAEA in Iranian news, not another agency named with it («آژانس همکاری امنیتی و دفاعی» of the
  // Pentagon, «آژانس فضایی», «آژانس بین‌المللی انرژی» of the OECD)
  { lang: "fa", form: "آژانس", notBefore: ["همکاری", "فضایی", "امنیت", "امنیتی", "اطلاعات", "اطلاعاتی", "مرکزی", "توسعه", "خبری", "ملی", "هوایی", "دفاعی", "پناهندگان", "اروپایی"] },
  // «سپاه» is also any army corps («سپاه سوم ارتش»)
  { lang: "fa", form: "سپاه", notBefore: ["سوم", "دوم", "یکم", "اول", "روسیه"] },
  // «مجلس التعاون» alone is the GCC («الأمين العام لمجلس التعاون», «دول مجلس التعاون»), not a council two
  // states set up («مجلس التعاون الاستراتيجي رفيع المستوى», «مجلس التنسيق»)
  {
    lang: "ar",
    form: "مجلس التعاون",
    notBefore: ["الاستراتيجي", "الإستراتيجي", "الاستراتيجية", "رفيع", "الأعلى", "الاقتصادي", "التجاري", "المشترك", "التنسيقي", "الثنائي", "الإسلامي", "العربي", "التركي", "السعودي", "المصري", "الإيراني", "العراقي", "الصيني", "الروسي", "الأمني", "العسكري"],
  },
  { lang: "fa", form: "شورای همکاری", notBefore: ["راهبردی", "عالی", "اقتصادی", "مشترک", "شانگهای"] },
  // a parliament in its speaker's title or a member's office
  ...parliamentGuards("ar", ["مجلس النواب العراقي", "البرلمان العراقي", "مجلس النواب الليبي", "البرلمان الليبي", "البرلمان الإيراني", "مجلس الشورى الإيراني", "البرلمان التركي", "مجلس الأمة التركي", "مجلس الأمة التركي الكبير", "الجمعية الوطنية الكبرى التركية", "الجمعية الوطنية التركية الكبرى", "المجلس الوطني التركي الكبير", "مجلس النواب المصري", "البرلمان المصري", "مجلس النواب الأردني", "البرلمان الأردني", "مجلس الأمة الأردني", "مجلس الأمة الكويتي", "البرلمان الكويتي", "مجلس النواب اللبناني", "البرلمان اللبناني", "المجلس النيابي اللبناني", "مجلس الشعب السوري", "البرلمان السوري", "مجلس الشورى السعودي", "الكنيست", "الكونغرس", "الكونجرس", "البرلمان الأوروبي"]),
  ...parliamentGuards("fa", ["پارلمان عراق", "مجلس عراق", "مجلس نمایندگان عراق", "پارلمان لیبی", "مجلس لیبی", "مجلس نمایندگان لیبی", "پارلمان ایران", "مجلس ایران", "پارلمان ترکیه", "مجلس ترکیه", "مجلس ملی ترکیه", "مجلس ملی کبیر ترکیه", "مجلس کبیر ملی ترکیه", "پارلمان مصر", "مجلس مصر", "مجلس نمایندگان مصر", "پارلمان اردن", "مجلس اردن", "پارلمان کویت", "مجلس کویت", "مجلس ملی کویت", "مجلس امت کویت", "پارلمان لبنان", "مجلس لبنان", "مجلس نمایندگان لبنان", "پارلمان سوریه", "مجلس سوریه", "مجلس خلق سوریه", "مجلس شورای عربستان", "کنست", "کنگره آمریکا", "کنگره ایالات متحده", "پارلمان اروپا"]),
  // «حكومة الوحدة الوطنية / دولت وحدت ملی» alone is Libya's since 2021; another state's is named with it
  { lang: "ar", form: "حكومة الوحدة الوطنية", notBefore: [...OTHER_STATES_AR, "المقبلة", "الجديدة", "المرتقبة", "المقترحة", "المنشودة"] },
  { lang: "fa", form: "دولت وحدت ملی", notBefore: OTHER_STATES_FA.filter((s) => s !== "لیبی") },
  // Qatar and Turkey's Supreme Strategic Committee, not another pair's
  { lang: "ar", form: "اللجنة الاستراتيجية العليا", notBefore: OTHER_STATES_AR },
  { lang: "fa", form: "کمیته عالی راهبردی", notBefore: OTHER_STATES_FA.filter((s) => s !== "قطر" && s !== "ترکیه") },
  // «شرکت ملی نفت/گاز» alone is Iran's; «شرکت ملی نفت عراق» is another state's
  { lang: "fa", form: "شرکت ملی نفت", notBefore: OTHER_STATES_FA },
  { lang: "fa", form: "شرکت ملی گاز", notBefore: OTHER_STATES_FA },
  // «صندوق النقد العربي» is the Arab Monetary Fund
  { lang: "ar", form: "صندوق النقد", notBefore: ["العربي"] },
  // «مجموعة العمل المالي لمنطقة الشرق الأوسط وشمال أفريقيا» is the regional body (MENAFATF)
  { lang: "ar", form: "مجموعة العمل المالي", notBefore: ["لمنطقة", "للشرق"] },
];

export const ORGANISATIONS: readonly OrganisationEntry[] = [
  // --- intergovernmental bodies ---
  // the UN: «سازمان ملل» is the everyday Persian name
  // Asia Cooperation Dialogue: Iran chaired it from 2023
  { id: "asia-cooperation-dialogue", kind: "organisation", label: "Asia Cooperation Dialogue", names: { en: ["ACD", "Asia Cooperation Dialogue"], ar: ["حوار التعاون الآسيوي", "منتدى حوار التعاون الآسيوي"], fa: ["مجمع گفت‌وگوی همکاری آسیا", "مجمع گفتگوی همکاری آسیا", "گفت‌وگوی همکاری آسیا", "گفتگوی همکاری آسیا"] } },
  // the Red Cross of Geneva: «اللجنة الدولية» alone is it only in its own story, so not listed
  { id: "icrc", kind: "organisation", label: "International Committee of the Red Cross", wikidata: "Q71", names: { en: ["ICRC", "International Committee of the Red Cross"], ar: ["اللجنة الدولية للصليب الأحمر", "الصليب الأحمر الدولي"], fa: ["کمیته بین‌المللی صلیب سرخ", "صلیب سرخ جهانی", "صلیب سرخ بین‌المللی"] } },
  { id: "united-nations", kind: "organisation", label: "United Nations", wikidata: "Q1065", names: { en: ["United Nations", "UN"], ar: ["الأمم المتحدة", "منظمة الأمم المتحدة", "هيئة الأمم المتحدة"], fa: ["سازمان ملل", "سازمان ملل متحد", "ملل متحد"] } },
  // the Security Council: «مجلس الأمن القومي» (national) is guarded in actors.ts
  // the UN force in south Lebanon: «قوات اليونيفيل», «قوة الأمم المتحدة المؤقتة في لبنان» (not the UN itself)
  { id: "unifil", kind: "organisation", label: "UNIFIL", names: { en: ["UNIFIL", "United Nations Interim Force in Lebanon"], ar: ["اليونيفيل", "اليونيفل", "قوات اليونيفيل", "قوة الأمم المتحدة المؤقتة في لبنان", "قوات الأمم المتحدة المؤقتة في لبنان", "قوات حفظ السلام الدولية في جنوب لبنان"], fa: ["یونیفل", "یونیفیل", "نیروهای یونیفل", "نیروهای حافظ صلح سازمان ملل در لبنان"] } },
  { id: "un-security-council", kind: "organisation", label: "UN Security Council", wikidata: "Q37470", names: { en: ["UN Security Council", "UNSC"], ar: ["مجلس الأمن", "مجلس الأمن الدولي", "مجلس الأمن التابع للأمم المتحدة"], fa: ["شورای امنیت", "شورای امنیت سازمان ملل", "شورای امنیت سازمان ملل متحد"] } },
  // UN General Assembly
  { id: "un-general-assembly", kind: "organisation", label: "UN General Assembly", names: { en: ["UN General Assembly"], ar: ["الجمعية العامة للأمم المتحدة"], fa: ["مجمع عمومی سازمان ملل", "مجمع عمومی سازمان ملل متحد"] } },
  // UNRWA
  { id: "unrwa", kind: "organisation", label: "UNRWA", names: { en: ["UNRWA"], ar: ["الأونروا", "وكالة الأونروا", "وكالة غوث وتشغيل اللاجئين الفلسطينيين"], fa: ["آنروا", "آژانس امدادرسانی و کاریابی پناهندگان فلسطینی"] } },
  // IAEA: «آژانس» alone is the Persian shorthand in nuclear news
  { id: "iaea", kind: "organisation", label: "International Atomic Energy Agency", names: { en: ["IAEA"], ar: ["الوكالة الدولية للطاقة الذرية", "الوكالة الذرية", "مجلس محافظي الوكالة", "مجلس المحافظين"], fa: ["آژانس بین‌المللی انرژی اتمی", "آژانس بین المللی انرژی اتمی", "آژانس انرژی اتمی", "آژانس", "شورای حکام"] } }, // «آژانس» alone: the IAEA in Iranian news («مدیرکل آژانس», «شورای حکام آژانس»)
  // NATO
  { id: "nato", kind: "organisation", label: "NATO", wikidata: "Q7184", names: { en: ["NATO"], ar: ["الناتو", "حلف الناتو", "حلف شمال الأطلسي", "حلف شمال الاطلسي"], fa: ["ناتو", "پیمان ناتو", "سازمان پیمان آتلانتیک شمالی"] } },
  // European Union
  { id: "european-union", kind: "organisation", label: "European Union", wikidata: "Q458", names: { en: ["European Union", "EU"], ar: ["الاتحاد الأوروبي", "الاتحاد الاوروبي"], fa: ["اتحادیه اروپا"] } },
  // Arab League
  { id: "arab-league", kind: "organisation", label: "Arab League", names: { en: ["Arab League"], ar: ["جامعة الدول العربية", "الجامعة العربية"], fa: ["اتحادیه عرب", "جامعه عرب"] } },
  // GCC: «مجلس التعاون» alone is the Gulf body in Gulf news
  { id: "gcc", kind: "organisation", label: "Gulf Cooperation Council", names: { en: ["GCC", "Gulf Cooperation Council"], ar: ["مجلس التعاون الخليجي", "مجلس التعاون لدول الخليج العربية", "مجلس التعاون لدول الخليج", "مجلس التعاون"], fa: ["شورای همکاری خلیج فارس", "شورای همکاری"] } },
  // OIC
  { id: "oic", kind: "organisation", label: "Organisation of Islamic Cooperation", names: { en: ["OIC"], ar: ["منظمة التعاون الإسلامي", "منظمة المؤتمر الإسلامي"], fa: ["سازمان همکاری اسلامی", "سازمان کنفرانس اسلامی"] } },
  // African Union
  { id: "african-union", kind: "organisation", label: "African Union", names: { en: ["African Union", "AU"], ar: ["الاتحاد الأفريقي", "الاتحاد الإفريقي"], fa: ["اتحادیه آفریقا"] } },
  // Shanghai Cooperation Organisation: Iran joined in 2023
  { id: "sco", kind: "organisation", label: "Shanghai Cooperation Organisation", names: { en: ["SCO"], ar: ["منظمة شنغهاي للتعاون"], fa: ["سازمان همکاری شانگهای"] } },
  // BRICS
  { id: "brics", kind: "organisation", label: "BRICS", names: { en: ["BRICS"], ar: ["بريكس", "مجموعة بريكس"], fa: ["بریکس"] } },
  // OPEC
  { id: "opec", kind: "organisation", label: "OPEC", names: { en: ["OPEC"], ar: ["أوبك", "منظمة أوبك"], fa: ["اوپک"] } },
  // Economic Cooperation Organization (Iran, Turkey, Pakistan, Central Asia)
  { id: "eco", kind: "organisation", label: "Economic Cooperation Organization", names: { en: ["ECO"], ar: ["منظمة التعاون الاقتصادي", "إيكو", "منظمة إيكو"], fa: ["سازمان همکاری اقتصادی", "اکو", "سازمان اکو"] } },
  // Developing-8 (Iran, Turkey, Egypt, Pakistan, Indonesia, Malaysia, Bangladesh, Nigeria; Azerbaijan since 2024):
  // its Persian name begins with ECO's («سازمان همکاری اقتصادی دی ۸»), and «دی» alone is a month
  { id: "d8", kind: "organisation", label: "D-8", names: { en: ["D-8", "Developing-8"], ar: ["مجموعة الثماني النامية", "منظمة الدول الثماني النامية", "مجموعة الدول الثماني النامية", "مجموعة دي 8", "منظمة دي 8"], fa: ["سازمان همکاری اقتصادی دی ۸", "سازمان همکاری اقتصادی دی-۸", "گروه دی ۸", "گروه دی-۸", "سازمان دی ۸", "سازمان دی-۸", "کشورهای دی ۸", "گروه هشت کشور در حال توسعه"] } },
  // OPEC+: OPEC with Russia and the other producers («+» is no letter: «أوبك+» alone reads as OPEC)
  { id: "opec-plus", kind: "organisation", label: "OPEC+", names: { en: ["OPEC+", "OPEC Plus"], ar: ["أوبك بلس", "تحالف أوبك"], fa: ["اوپک‌پلاس", "ائتلاف اوپک"] } },
  // OECD: its names begin with ECO's, so it must be known to be told apart
  { id: "oecd", kind: "organisation", label: "Organisation for Economic Co-operation and Development", names: { en: ["OECD"], ar: ["منظمة التعاون الاقتصادي والتنمية"], fa: ["سازمان همکاری اقتصادی و توسعه"] } },
  // --- the UN's agencies, courts and councils ---
  { id: "imf", kind: "organisation", label: "International Monetary Fund", names: { en: ["IMF", "International Monetary Fund"], ar: ["صندوق النقد الدولي", "صندوق النقد"], fa: ["صندوق بین‌المللی پول"] } }, // «صندوق النقد» alone is the IMF (the Arab Monetary Fund is guarded)
  { id: "world-bank", kind: "organisation", label: "World Bank", names: { en: ["World Bank"], ar: ["البنك الدولي", "مجموعة البنك الدولي"], fa: ["بانک جهانی"] } },
  { id: "wto", kind: "organisation", label: "World Trade Organization", names: { en: ["WTO", "World Trade Organization"], ar: ["منظمة التجارة العالمية"], fa: ["سازمان تجارت جهانی"] } },
  // the WHO: persons' roles name it `who`
  { id: "who", kind: "organisation", label: "World Health Organization", names: { en: ["WHO", "World Health Organization"], ar: ["منظمة الصحة العالمية"], fa: ["سازمان جهانی بهداشت", "سازمان بهداشت جهانی"] } },
  // the UN's humanitarian agencies: each of their Arabic names takes in «الأمم المتحدة»
  { id: "unhcr", kind: "organisation", label: "UNHCR", names: { en: ["UNHCR", "UN Refugee Agency"], ar: ["المفوضية السامية للأمم المتحدة لشؤون اللاجئين", "مفوضية الأمم المتحدة لشؤون اللاجئين", "المفوضية السامية لشؤون اللاجئين", "مفوضية اللاجئين"], fa: ["کمیساریای عالی سازمان ملل در امور پناهندگان", "کمیساریای عالی پناهندگان سازمان ملل", "کمیساریای عالی پناهندگان"] } },
  { id: "wfp", kind: "organisation", label: "World Food Programme", names: { en: ["WFP", "World Food Programme"], ar: ["برنامج الأغذية العالمي"], fa: ["برنامه جهانی غذا"] } },
  { id: "unicef", kind: "organisation", label: "UNICEF", names: { en: ["UNICEF"], ar: ["اليونيسف", "يونيسف", "منظمة الأمم المتحدة للطفولة"], fa: ["یونیسف", "صندوق کودکان سازمان ملل"] } },
  { id: "ocha", kind: "organisation", label: "OCHA", names: { en: ["OCHA", "UN Office for the Coordination of Humanitarian Affairs"], ar: ["مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية", "مكتب تنسيق الشؤون الإنسانية", "أوتشا"], fa: ["دفتر هماهنگی امور بشردوستانه سازمان ملل", "دفتر هماهنگی امور بشردوستانه", "اوچا"] } },
  // the UN Human Rights Council (not a state's own «المجلس القومي لحقوق الإنسان»)
  { id: "unhrc", kind: "organisation", label: "UN Human Rights Council", names: { en: ["UN Human Rights Council", "UNHRC"], ar: ["مجلس حقوق الإنسان", "مجلس حقوق الإنسان الأممي", "مجلس حقوق الإنسان التابع للأمم المتحدة"], fa: ["شورای حقوق بشر", "شورای حقوق بشر سازمان ملل"] } },
  { id: "icj", kind: "organisation", label: "International Court of Justice", names: { en: ["ICJ", "International Court of Justice"], ar: ["محكمة العدل الدولية"], fa: ["دیوان بین‌المللی دادگستری", "دادگاه بین‌المللی دادگستری", "دیوان دادگستری بین‌المللی"] } },
  { id: "icc", kind: "organisation", label: "International Criminal Court", names: { en: ["ICC", "International Criminal Court"], ar: ["المحكمة الجنائية الدولية"], fa: ["دیوان کیفری بین‌المللی", "دادگاه کیفری بین‌المللی", "دیوان بین‌المللی کیفری", "دادگاه بین‌المللی کیفری"] } },
  { id: "opcw", kind: "organisation", label: "Organisation for the Prohibition of Chemical Weapons", names: { en: ["OPCW"], ar: ["منظمة حظر الأسلحة الكيميائية"], fa: ["سازمان منع سلاح‌های شیمیایی", "سازمان منع تسلیحات شیمیایی"] } },
  // FATF: Iranian news writes it in Latin letters as often as not
  { id: "fatf", kind: "organisation", label: "Financial Action Task Force", names: { en: ["FATF", "Financial Action Task Force"], ar: ["مجموعة العمل المالي", "مجموعة العمل المالي الدولية", "فاتف"], fa: ["گروه ویژه اقدام مالی", "FATF", "اف‌ای‌تی‌اف"] } },
  // --- development banks ---
  { id: "isdb", kind: "organisation", label: "Islamic Development Bank", names: { en: ["IsDB", "Islamic Development Bank"], ar: ["البنك الإسلامي للتنمية"], fa: ["بانک توسعه اسلامی"] } },
  // the BRICS bank («بنك بريكس» is it, not BRICS)
  { id: "ndb", kind: "organisation", label: "New Development Bank", names: { en: ["NDB", "New Development Bank", "BRICS bank"], ar: ["بنك التنمية الجديد", "بنك بريكس", "بنك التنمية التابع لبريكس"], fa: ["بانک توسعه جدید", "بانک بریکس", "بانک توسعه بریکس"] } },
  { id: "aiib", kind: "organisation", label: "Asian Infrastructure Investment Bank", names: { en: ["AIIB"], ar: ["البنك الآسيوي للاستثمار في البنية التحتية"], fa: ["بانک سرمایه‌گذاری زیرساخت آسیا", "بانک سرمایه‌گذاری زیرساختی آسیا"] } },
  // --- groups of states and regional bodies ---
  { id: "g7", kind: "organisation", label: "G7", names: { en: ["G7", "Group of Seven"], ar: ["مجموعة السبع", "مجموعة الدول السبع", "مجموعة السبع الكبرى", "مجموعة الدول السبع الكبرى", "مجموعة الدول الصناعية السبع"], fa: ["گروه ۷", "گروه هفت", "جی‌۷"] } },
  { id: "g20", kind: "organisation", label: "G20", names: { en: ["G20", "Group of Twenty"], ar: ["مجموعة العشرين", "مجموعة الـ20", "مجموعة الدول العشرين"], fa: ["گروه ۲۰", "گروه بیست", "جی‌۲۰"] } },
  // the EU's institutions: persons' roles name the Commission `european-commission`
  { id: "european-commission", kind: "organisation", label: "European Commission", names: { en: ["European Commission"], ar: ["المفوضية الأوروبية"], fa: ["کمیسیون اروپا", "کمیسیون اروپایی"] } },
  // («شورای اروپا» alone is also the Council of Europe: not listed)
  { id: "european-council", kind: "organisation", label: "European Council", names: { en: ["European Council"], ar: ["المجلس الأوروبي"], fa: ["شورای اروپایی"] } },
  { id: "european-parliament", kind: "organisation", label: "European Parliament", names: { en: ["European Parliament"], ar: ["البرلمان الأوروبي"], fa: ["پارلمان اروپا"] } },
  // the European Political Community (since 2022)
  { id: "european-political-community", kind: "organisation", label: "European Political Community", names: { en: ["European Political Community", "EPC"], ar: ["المجموعة السياسية الأوروبية", "الجماعة السياسية الأوروبية"], fa: ["جامعه سیاسی اروپا", "جامعه سیاسی اروپایی", "اجتماع سیاسی اروپا"] } },
  // the E3 of the nuclear file (France, Germany, the United Kingdom)
  { id: "e3", kind: "organisation", label: "E3", names: { en: ["E3", "European troika"], ar: ["الترويكا الأوروبية", "الدول الأوروبية الثلاث"], fa: ["تروئیکای اروپایی", "تروئیکای اروپا", "سه کشور اروپایی"] } },
  { id: "osce", kind: "organisation", label: "OSCE", names: { en: ["OSCE", "Organization for Security and Co-operation in Europe"], ar: ["منظمة الأمن والتعاون في أوروبا"], fa: ["سازمان امنیت و همکاری اروپا", "سازمان امنیت و همکاری در اروپا"] } },
  { id: "union-for-the-mediterranean", kind: "organisation", label: "Union for the Mediterranean", names: { en: ["Union for the Mediterranean", "UfM"], ar: ["الاتحاد من أجل المتوسط"], fa: ["اتحادیه برای مدیترانه", "اتحاد برای مدیترانه"] } },
  { id: "non-aligned-movement", kind: "organisation", label: "Non-Aligned Movement", names: { en: ["Non-Aligned Movement", "NAM"], ar: ["حركة عدم الانحياز", "دول عدم الانحياز", "منظمة عدم الانحياز"], fa: ["جنبش عدم‌تعهد", "جنبش غیرمتعهدها"] } },
  // ECOWAS: «إيكواس» with or without the article
  { id: "ecowas", kind: "organisation", label: "ECOWAS", names: { en: ["ECOWAS", "Economic Community of West African States"], ar: ["إيكواس", "الإيكواس", "المجموعة الاقتصادية لدول غرب أفريقيا"], fa: ["اکواس", "جامعه اقتصادی کشورهای غرب آفریقا", "جامعه اقتصادی دولت‌های غرب آفریقا"] } },
  // ASEAN (the GCC–ASEAN summits since 2023): in Arabic only as «رابطة …» or by its full name, the bare «آسيان» is left out
  { id: "asean", kind: "organisation", label: "ASEAN", names: { en: ["ASEAN"], ar: ["رابطة آسيان", "رابطة دول جنوب شرق آسيا", "رابطة أمم جنوب شرق آسيا"], fa: ["آسه‌آن", "آسیان", "اتحادیه کشورهای جنوب شرق آسیا", "اتحادیه ملل جنوب شرق آسیا"] } },
  // Eurasian Economic Union: Iran's free-trade agreement with it (2023)
  { id: "eaeu", kind: "organisation", label: "Eurasian Economic Union", names: { en: ["Eurasian Economic Union", "EAEU"], ar: ["الاتحاد الاقتصادي الأوراسي", "الاتحاد الأوراسي", "الاتحاد الاقتصادي الأوروآسيوي"], fa: ["اتحادیه اقتصادی اوراسیا", "اتحادیه اوراسیا", "اتحاد اقتصادی اوراسیا"] } },
  { id: "csto", kind: "organisation", label: "Collective Security Treaty Organization", names: { en: ["CSTO"], ar: ["منظمة معاهدة الأمن الجماعي"], fa: ["سازمان پیمان امنیت جمعی"] } },
  // Organization of Turkic States (the Turkic Council until 2021)
  { id: "ots", kind: "organisation", label: "Organization of Turkic States", names: { en: ["Organization of Turkic States", "OTS", "Turkic Council"], ar: ["منظمة الدول التركية", "منظمة الدول الناطقة بالتركية", "مجلس الدول الناطقة بالتركية", "مجلس التعاون للدول الناطقة بالتركية"], fa: ["سازمان کشورهای ترک", "سازمان دولت‌های ترک", "سازمان کشورهای ترک‌زبان", "شورای کشورهای ترک‌زبان", "شورای ترک"] } },
  // CICA: «سيكا / سیکا» alone is its usual short name
  { id: "cica", kind: "organisation", label: "Conference on Interaction and Confidence-Building Measures in Asia", names: { en: ["CICA"], ar: ["مؤتمر التفاعل وتدابير بناء الثقة في آسيا", "مؤتمر التفاعل وإجراءات بناء الثقة في آسيا", "مؤتمر التعاون وإجراءات بناء الثقة في آسيا", "سيكا"], fa: ["کنفرانس تعامل و اعتمادسازی در آسیا", "کنفرانس تعامل و اقدامات اعتمادساز در آسیا", "سیکا"] } },
  // Iran's Supreme National Security Council (its secretary is named by title in the lexicon of persons' roles)
  { id: "iran-snsc", kind: "organisation", label: "Supreme National Security Council", country: "IRN", names: { en: ["Supreme National Security Council", "SNSC"], ar: ["المجلس الأعلى للأمن القومي الإيراني", "المجلس الأعلى للأمن القومي في إيران"], fa: ["شورای عالی امنیت ملی"] } },
  // Atomic Energy Organization of Iran
  { id: "aeoi", kind: "organisation", label: "Atomic Energy Organization of Iran", country: "IRN", names: { en: ["AEOI", "Atomic Energy Organization of Iran"], ar: ["منظمة الطاقة الذرية الإيرانية", "هيئة الطاقة الذرية الإيرانية", "منظمة الطاقة الذرية في إيران"], fa: ["سازمان انرژی اتمی ایران", "سازمان انرژی اتمی"] } },
  // the Astana format on Syria (Turkey, Russia, Iran): never the bare city word («آستانه» is «threshold»)
  { id: "astana-process", kind: "organisation", label: "Astana process", names: { en: ["Astana process", "Astana format", "Astana talks"], ar: ["مسار أستانا", "مسار أستانة", "مسار آستانا", "صيغة أستانا", "صيغة أستانة", "عملية السلام أستانا", "عملية أستانا", "محادثات أستانا", "محادثات أستانة", "اجتماع أستانا", "اجتماع أستانة", "اجتماعات أستانا", "اجتماعات أستانة", "منصة أستانا", "مباحثات أستانا", "مفاوضات أستانا", "قمة أستانا", "ضامني أستانا"], fa: ["روند آستانه", "روند صلح آستانه", "نشست آستانه", "مذاکرات آستانه", "فرمت آستانه", "قالب آستانه", "مسیر آستانه", "اجلاس آستانه"] } },
  // the South Caucasus «3+3» (Turkey, Russia, Iran with Azerbaijan, Armenia, Georgia): only its spelled-out names can be forms
  { id: "3-plus-3", kind: "organisation", label: "3+3 format", names: { en: ["3+3 format", "3+3 platform", "South Caucasus Regional Cooperation Platform"], ar: ["صيغة 3 زائد 3", "منصة 3 زائد 3", "منصة التعاون الإقليمي لجنوب القوقاز", "منصة التعاون الإقليمي في جنوب القوقاز", "منصة جنوب القوقاز الإقليمية"], fa: ["قالب ۳ به علاوه ۳", "سازوکار ۳ به علاوه ۳", "قالب سه به علاوه سه", "سازوکار سه به علاوه سه", "سازوکار همکاری منطقه‌ای قفقاز جنوبی"] } },
  // the Negev Forum (Israel, the United States, Egypt, the UAE, Bahrain, Morocco; since 2022): never the bare desert
  { id: "negev-forum", kind: "organisation", label: "Negev Forum", names: { en: ["Negev Forum", "Negev Summit"], ar: ["منتدى النقب", "قمة النقب", "اجتماع النقب"], fa: ["مجمع نقب", "نشست نقب", "اجلاس نقب"] } },
  // I2U2 (India, Israel, the United States, the UAE)
  { id: "i2u2", kind: "organisation", label: "I2U2", names: { en: ["I2U2"], ar: ["I2U2", "مجموعة I2U2"], fa: ["I2U2", "گروه I2U2"] } },
  // the Quad (the United States, India, Japan, Australia)
  { id: "quad", kind: "organisation", label: "Quad", names: { en: ["Quad", "Quadrilateral Security Dialogue"], ar: ["كواد", "مجموعة كواد", "تحالف كواد", "الحوار الأمني الرباعي"], fa: ["کواد", "گروه کواد", "گفت‌وگوی امنیتی چهارجانبه", "گفتگوی امنیتی چهارجانبه"] } },
  // the Middle East Quartet (UN, EU, United States, Russia)
  { id: "middle-east-quartet", kind: "organisation", label: "Middle East Quartet", names: { en: ["Middle East Quartet", "Quartet"], ar: ["اللجنة الرباعية الدولية", "الرباعية الدولية", "اللجنة الرباعية للشرق الأوسط"], fa: ["گروه چهارجانبه صلح خاورمیانه", "کمیته چهارجانبه خاورمیانه"] } },
  // the Baghdad Conference for Cooperation and Partnership (2021, 2022): never «مؤتمر بغداد» alone (the capital names Iraq)
  { id: "baghdad-conference", kind: "organisation", label: "Baghdad Conference for Cooperation and Partnership", names: { en: ["Baghdad Conference for Cooperation and Partnership", "Baghdad Conference"], ar: ["مؤتمر بغداد للتعاون والشراكة"], fa: ["کنفرانس همکاری و مشارکت بغداد", "کنفرانس بغداد برای همکاری و مشارکت"] } },
  // the Black Sea Grain Initiative (July 2022 – July 2023): «اتفاق الحبوب / توافق غلات» alone is it
  { id: "black-sea-grain-initiative", kind: "organisation", label: "Black Sea Grain Initiative", names: { en: ["Black Sea Grain Initiative", "grain deal"], ar: ["مبادرة حبوب البحر الأسود", "مبادرة البحر الأسود للحبوب", "اتفاق الحبوب", "اتفاقية الحبوب", "صفقة الحبوب", "اتفاق تصدير الحبوب", "اتفاقية تصدير الحبوب", "ممر الحبوب"], fa: ["ابتکار غلات دریای سیاه", "توافق غلات", "قرارداد غلات", "توافق‌نامه غلات", "توافق صادرات غلات", "کریدور غلات", "ابتکار صادرات غلات"] } },
  // the Saudi-led coalition in Yemen: «التحالف العربي» alone is it; the state after «بقيادة» stays a state
  { id: "arab-coalition", kind: "organisation", label: "Saudi-led coalition", names: { en: ["Saudi-led coalition", "Arab coalition", "Coalition to Restore Legitimacy in Yemen"], ar: ["التحالف العربي", "تحالف دعم الشرعية", "تحالف دعم الشرعية في اليمن", "التحالف العربي لدعم الشرعية", "التحالف بقيادة السعودية", "التحالف الذي تقوده السعودية", "التحالف السعودي"], fa: ["ائتلاف سعودی", "ائتلاف عربی", "ائتلاف متجاوز سعودی", "ائتلاف به رهبری عربستان", "ائتلاف تحت رهبری عربستان"] } },
  // the ministerial committee of the joint Arab-Islamic summit on Gaza (Riyadh, November 2023)
  { id: "arab-islamic-ministerial-committee", kind: "organisation", label: "Arab-Islamic Ministerial Committee", names: { en: ["Arab-Islamic Ministerial Committee"], ar: ["اللجنة الوزارية العربية الإسلامية", "اللجنة الوزارية العربية الإسلامية المشتركة", "اللجنة الوزارية المكلفة من القمة العربية الإسلامية المشتركة", "اللجنة الوزارية المكلفة من القمة العربية والإسلامية المشتركة", "اللجنة العربية الإسلامية المشتركة"], fa: ["کمیته وزیران عربی اسلامی", "کمیته وزارتی عربی اسلامی", "کمیته مشترک عربی اسلامی"] } },
  // the Arab contact committee on Syria (Jordan, Saudi Arabia, Iraq, Lebanon, Egypt; since 2023)
  { id: "arab-contact-committee", kind: "organisation", label: "Arab Ministerial Contact Committee on Syria", names: { en: ["Arab Contact Committee"], ar: ["لجنة الاتصال العربية", "لجنة الاتصال الوزارية العربية", "لجنة الاتصال العربية الوزارية"], fa: ["کمیته تماس عربی", "کمیته ارتباط عربی"] } },
  // --- states' organs named as actors ---
  // Syria's government as the conflict's party: the opposition's and Arab media's names for it
  { id: "syrian-government", kind: "organisation", label: "Syrian government", country: "SYR", names: { en: ["Syrian government", "Assad government", "Syrian regime"], ar: ["نظام الأسد", "نظام أسد", "حكومة الأسد", "حكومة أسد", "الحكومة السورية", "النظام السوري", "حكومة دمشق", "نظام دمشق", "حكومة ميليشيا أسد"], fa: ["رژیم اسد", "دولت اسد", "دولت بشار اسد", "حکومت اسد"] } },
  // Syrian opposition (political and armed): collective names
  { id: "syrian-opposition", kind: "organisation", label: "Syrian opposition", country: "SYR", names: { en: ["Syrian opposition"], ar: ["المعارضة السورية", "الائتلاف الوطني السوري", "الائتلاف السوري", "هيئة التفاوض السورية", "الجيش الوطني السوري", "فصائل المعارضة", "المعارضة السورية المسلحة"], fa: ["مخالفان سوری", "مخالفان دولت سوریه", "معارضان سوری", "ائتلاف ملی سوریه", "ارتش ملی سوریه"] } },
  // --- parliaments named as actors: with their state when «البرلمان / مجلس النواب» alone is anyone's ---
  // (after «رئيس / رئیس» they are the speaker's title, after «عضو / نماینده» a member's office: see ORGANISATION_GUARDS)
  { id: "iraqi-parliament", kind: "organisation", label: "Council of Representatives of Iraq", country: "IRQ", names: { en: ["Council of Representatives of Iraq", "Iraqi parliament"], ar: ["مجلس النواب العراقي", "البرلمان العراقي"], fa: ["پارلمان عراق", "مجلس عراق", "مجلس نمایندگان عراق"] } },
  // Libya's House of Representatives (Tobruk, Benghazi) and High Council of State (Tripoli)
  { id: "libyan-house-of-representatives", kind: "organisation", label: "Libyan House of Representatives", country: "LBY", names: { en: ["Libyan House of Representatives", "House of Representatives"], ar: ["مجلس النواب الليبي", "البرلمان الليبي"], fa: ["پارلمان لیبی", "مجلس لیبی", "مجلس نمایندگان لیبی"] } },
  { id: "high-council-of-state", kind: "organisation", label: "High Council of State", country: "LBY", names: { en: ["High Council of State"], ar: ["المجلس الأعلى للدولة", "مجلس الدولة الليبي"], fa: ["شورای عالی دولت"] } },
  // Iran's Majlis, named with its state: «مجلس» alone is also any council or assembly, and its official name
  // («مجلس شورای اسلامی», «مجلس الشورى الإسلامي», «خانه ملت») mostly stands in its members' and committees' offices
  { id: "iranian-parliament", kind: "organisation", label: "Islamic Consultative Assembly", country: "IRN", names: { en: ["Islamic Consultative Assembly", "Majlis", "Iranian parliament"], ar: ["البرلمان الإيراني", "مجلس الشورى الإيراني"], fa: ["پارلمان ایران", "مجلس ایران"] } },
  { id: "turkish-parliament", kind: "organisation", label: "Grand National Assembly of Turkey", country: "TUR", names: { en: ["Grand National Assembly of Turkey", "TBMM", "Turkish parliament"], ar: ["البرلمان التركي", "مجلس الأمة التركي", "مجلس الأمة التركي الكبير", "الجمعية الوطنية الكبرى التركية", "الجمعية الوطنية التركية الكبرى", "المجلس الوطني التركي الكبير"], fa: ["پارلمان ترکیه", "مجلس ترکیه", "مجلس ملی ترکیه", "مجلس ملی کبیر ترکیه", "مجلس کبیر ملی ترکیه"] } },
  { id: "egyptian-parliament", kind: "organisation", label: "House of Representatives of Egypt", country: "EGY", names: { en: ["House of Representatives of Egypt", "Egyptian parliament"], ar: ["مجلس النواب المصري", "البرلمان المصري"], fa: ["پارلمان مصر", "مجلس مصر", "مجلس نمایندگان مصر"] } },
  { id: "jordanian-parliament", kind: "organisation", label: "Parliament of Jordan", country: "JOR", names: { en: ["Parliament of Jordan", "Jordanian parliament"], ar: ["مجلس النواب الأردني", "البرلمان الأردني", "مجلس الأمة الأردني"], fa: ["پارلمان اردن", "مجلس اردن"] } },
  { id: "kuwaiti-national-assembly", kind: "organisation", label: "National Assembly of Kuwait", country: "KWT", names: { en: ["National Assembly of Kuwait", "Kuwaiti parliament"], ar: ["مجلس الأمة الكويتي", "البرلمان الكويتي"], fa: ["پارلمان کویت", "مجلس کویت", "مجلس ملی کویت", "مجلس امت کویت"] } },
  { id: "lebanese-parliament", kind: "organisation", label: "Parliament of Lebanon", country: "LBN", names: { en: ["Parliament of Lebanon", "Lebanese parliament"], ar: ["مجلس النواب اللبناني", "البرلمان اللبناني", "المجلس النيابي اللبناني"], fa: ["پارلمان لبنان", "مجلس لبنان", "مجلس نمایندگان لبنان"] } },
  { id: "syrian-peoples-assembly", kind: "organisation", label: "People's Assembly of Syria", country: "SYR", names: { en: ["People's Assembly of Syria", "Syrian parliament"], ar: ["مجلس الشعب السوري", "البرلمان السوري"], fa: ["پارلمان سوریه", "مجلس سوریه", "مجلس خلق سوریه"] } },
  { id: "saudi-shura-council", kind: "organisation", label: "Shura Council of Saudi Arabia", country: "SAU", names: { en: ["Shura Council of Saudi Arabia", "Saudi Shura Council"], ar: ["مجلس الشورى السعودي"], fa: ["مجلس شورای عربستان"] } },
  // Israel's Knesset: the state after it («الكنيست الإسرائيلي», «کنست رژیم صهیونیستی») stays a state
  { id: "knesset", kind: "organisation", label: "Knesset", country: "ISR", names: { en: ["Knesset"], ar: ["الكنيست"], fa: ["کنست"] } },
  // the US Congress: Persian «کنگره» alone is any congress
  { id: "us-congress", kind: "organisation", label: "United States Congress", country: "USA", names: { en: ["United States Congress", "US Congress", "Congress"], ar: ["الكونغرس", "الكونجرس"], fa: ["کنگره آمریکا", "کنگره ایالات متحده"] } },
  // --- rival and transitional governments and councils ---
  // Libya: the Government of National Unity (Tripoli, Dbeibah, since 2021), the Government of National Stability
  // (named by the House in 2022), the Presidential Council, the eastern army
  { id: "government-of-national-unity", kind: "organisation", label: "Government of National Unity", country: "LBY", names: { en: ["Government of National Unity", "GNU"], ar: ["حكومة الوحدة الوطنية"], fa: ["دولت وحدت ملی"] } },
  { id: "government-of-national-stability", kind: "organisation", label: "Government of National Stability", country: "LBY", names: { en: ["Government of National Stability", "GNS"], ar: ["حكومة الاستقرار الوطني"], fa: ["دولت ثبات ملی"] } },
  { id: "libyan-presidential-council", kind: "organisation", label: "Libyan Presidential Council", country: "LBY", names: { en: ["Libyan Presidential Council", "Presidential Council"], ar: ["المجلس الرئاسي الليبي"], fa: ["شورای ریاستی لیبی", "شورای ریاست‌جمهوری لیبی"] } },
  // the Libyan National Army: persons' roles name it `lna`
  { id: "lna", kind: "organisation", label: "Libyan National Army", country: "LBY", names: { en: ["Libyan National Army", "LNA"], ar: ["الجيش الوطني الليبي", "قوات القيادة العامة", "القيادة العامة للقوات المسلحة العربية الليبية", "القيادة العامة للجيش الليبي"], fa: ["ارتش ملی لیبی"] } },
  // Yemen's Presidential Leadership Council (Aden, since April 2022)
  { id: "presidential-leadership-council", kind: "organisation", label: "Presidential Leadership Council", country: "YEM", names: { en: ["Presidential Leadership Council", "PLC"], ar: ["مجلس القيادة الرئاسي"], fa: ["شورای رهبری ریاستی", "شورای رهبری ریاست‌جمهوری", "شورای ریاستی یمن", "شورای ریاست‌جمهوری یمن"] } },
  // --- councils two states set up: the two states are in the name (no one state's) ---
  { id: "saudi-iraqi-coordination-council", kind: "organisation", label: "Saudi-Iraqi Coordination Council", names: { en: ["Saudi-Iraqi Coordination Council"], ar: ["مجلس التنسيق السعودي العراقي", "مجلس التنسيق العراقي السعودي"], fa: ["شورای هماهنگی عربستان و عراق", "شورای هماهنگی عراق و عربستان", "شورای هماهنگی سعودی عراقی"] } },
  { id: "saudi-egyptian-coordination-council", kind: "organisation", label: "Saudi-Egyptian Supreme Coordination Council", names: { en: ["Saudi-Egyptian Supreme Coordination Council"], ar: ["مجلس التنسيق الأعلى السعودي المصري", "مجلس التنسيق الأعلى المصري السعودي", "مجلس التنسيق السعودي المصري", "مجلس التنسيق المصري السعودي"], fa: ["شورای عالی هماهنگی عربستان و مصر", "شورای هماهنگی عربستان و مصر"] } },
  { id: "saudi-turkish-coordination-council", kind: "organisation", label: "Saudi-Turkish Coordination Council", names: { en: ["Saudi-Turkish Coordination Council"], ar: ["مجلس التنسيق السعودي التركي", "مجلس التنسيق التركي السعودي"], fa: ["شورای هماهنگی عربستان و ترکیه", "شورای هماهنگی ترکیه و عربستان"] } },
  // Qatar and Turkey's Supreme Strategic Committee: the name alone is it (another pair's is guarded), the states after it stay states
  { id: "qatar-turkey-supreme-strategic-committee", kind: "organisation", label: "Qatar-Turkey Supreme Strategic Committee", names: { en: ["Qatar-Turkey Supreme Strategic Committee", "Supreme Strategic Committee"], ar: ["اللجنة الاستراتيجية العليا"], fa: ["کمیته عالی راهبردی", "کمیته راهبردی عالی"] } },
  // --- central banks: «البنك المركزي / بانک مرکزی» alone is any state's, so always with the state ---
  { id: "cbrt", kind: "organisation", label: "Central Bank of the Republic of Turkey", country: "TUR", names: { en: ["Central Bank of the Republic of Turkey", "CBRT", "Turkish central bank"], ar: ["البنك المركزي التركي", "المصرف المركزي التركي", "البنك المركزي في تركيا", "البنك المركزي لجمهورية تركيا"], fa: ["بانک مرکزی ترکیه", "بانک مرکزی جمهوری ترکیه"] } },
  { id: "central-bank-of-iran", kind: "organisation", label: "Central Bank of Iran", country: "IRN", names: { en: ["Central Bank of Iran", "CBI"], ar: ["البنك المركزي الإيراني", "المصرف المركزي الإيراني", "البنك المركزي في إيران"], fa: ["بانک مرکزی ایران", "بانک مرکزی جمهوری اسلامی ایران", "بانک مرکزی جمهوری اسلامی"] } },
  // Saudi Arabia's (the Saudi Arabian Monetary Authority until 2020, «ساما» — also a given name, so not alone)
  { id: "sama", kind: "organisation", label: "Saudi Central Bank", country: "SAU", names: { en: ["Saudi Central Bank", "SAMA", "Saudi Arabian Monetary Authority"], ar: ["البنك المركزي السعودي", "المصرف المركزي السعودي", "مؤسسة النقد العربي السعودي"], fa: ["بانک مرکزی عربستان", "بانک مرکزی عربستان سعودی"] } },
  { id: "central-bank-of-the-uae", kind: "organisation", label: "Central Bank of the UAE", country: "ARE", names: { en: ["Central Bank of the UAE", "CBUAE"], ar: ["مصرف الإمارات العربية المتحدة المركزي", "مصرف الإمارات المركزي", "المصرف المركزي الإماراتي", "البنك المركزي الإماراتي", "المصرف المركزي لدولة الإمارات", "المصرف المركزي لدولة الإمارات العربية المتحدة"], fa: ["بانک مرکزی امارات", "بانک مرکزی امارات متحده عربی"] } },
  { id: "qatar-central-bank", kind: "organisation", label: "Qatar Central Bank", country: "QAT", names: { en: ["Qatar Central Bank", "QCB"], ar: ["مصرف قطر المركزي", "المصرف المركزي القطري", "البنك المركزي القطري"], fa: ["بانک مرکزی قطر"] } },
  { id: "central-bank-of-iraq", kind: "organisation", label: "Central Bank of Iraq", country: "IRQ", names: { en: ["Central Bank of Iraq"], ar: ["البنك المركزي العراقي", "المصرف المركزي العراقي", "البنك المركزي في العراق"], fa: ["بانک مرکزی عراق"] } },
  { id: "central-bank-of-egypt", kind: "organisation", label: "Central Bank of Egypt", country: "EGY", names: { en: ["Central Bank of Egypt", "CBE"], ar: ["البنك المركزي المصري"], fa: ["بانک مرکزی مصر"] } },
  { id: "central-bank-of-syria", kind: "organisation", label: "Central Bank of Syria", country: "SYR", names: { en: ["Central Bank of Syria"], ar: ["مصرف سوريا المركزي", "مصرف سورية المركزي", "المصرف المركزي السوري", "البنك المركزي السوري"], fa: ["بانک مرکزی سوریه"] } },
  // Libya's (its governor's removal in 2024 was a crisis between the two governments)
  { id: "central-bank-of-libya", kind: "organisation", label: "Central Bank of Libya", country: "LBY", names: { en: ["Central Bank of Libya", "CBL"], ar: ["مصرف ليبيا المركزي", "المصرف المركزي الليبي", "البنك المركزي الليبي"], fa: ["بانک مرکزی لیبی"] } },
  { id: "central-bank-of-yemen", kind: "organisation", label: "Central Bank of Yemen", country: "YEM", names: { en: ["Central Bank of Yemen", "CBY"], ar: ["البنك المركزي اليمني"], fa: ["بانک مرکزی یمن"] } },
  { id: "banque-du-liban", kind: "organisation", label: "Banque du Liban", country: "LBN", names: { en: ["Banque du Liban", "Central Bank of Lebanon"], ar: ["مصرف لبنان", "مصرف لبنان المركزي", "المصرف المركزي اللبناني", "البنك المركزي اللبناني"], fa: ["بانک مرکزی لبنان"] } },
  // Russia's (linking Iran's and Russia's card and messaging systems, 2022–2024)
  { id: "bank-of-russia", kind: "organisation", label: "Central Bank of Russia", country: "RUS", names: { en: ["Central Bank of Russia", "Bank of Russia"], ar: ["البنك المركزي الروسي", "المصرف المركزي الروسي", "بنك روسيا المركزي"], fa: ["بانک مرکزی روسیه"] } },
  // --- sovereign wealth and development funds ---
  { id: "pif", kind: "organisation", label: "Public Investment Fund", country: "SAU", names: { en: ["Public Investment Fund", "PIF"], ar: ["صندوق الاستثمارات العامة"], fa: ["صندوق سرمایه‌گذاری عمومی", "صندوق سرمایه‌گذاری‌های عمومی"] } },
  { id: "saudi-fund-for-development", kind: "organisation", label: "Saudi Fund for Development", country: "SAU", names: { en: ["Saudi Fund for Development", "SFD"], ar: ["الصندوق السعودي للتنمية"], fa: ["صندوق توسعه عربستان", "صندوق توسعه سعودی", "صندوق سعودی برای توسعه"] } },
  // Abu Dhabi's ADQ: «القابضة» alone is any holding company
  { id: "adq", kind: "organisation", label: "ADQ", country: "ARE", names: { en: ["ADQ", "Abu Dhabi Developmental Holding Company"], ar: ["ADQ", "أبوظبي التنموية القابضة", "أبو ظبي التنموية القابضة", "شركة أبوظبي التنموية القابضة"], fa: ["ADQ", "هلدینگ توسعه‌ای ابوظبی", "شرکت هلدینگ توسعه‌ای ابوظبی"] } },
  // Mubadala: «مبادلة / مبادله» alone is «exchange» («مبادلة الأسرى»)
  { id: "mubadala", kind: "organisation", label: "Mubadala Investment Company", country: "ARE", names: { en: ["Mubadala", "Mubadala Investment Company"], ar: ["شركة مبادلة", "مبادلة للاستثمار", "شركة مبادلة للاستثمار", "صندوق مبادلة"], fa: ["شرکت مبادله ابوظبی", "صندوق مبادله ابوظبی", "شرکت سرمایه‌گذاری مبادله"] } },
  { id: "qia", kind: "organisation", label: "Qatar Investment Authority", country: "QAT", names: { en: ["Qatar Investment Authority", "QIA"], ar: ["جهاز قطر للاستثمار", "هيئة قطر للاستثمار"], fa: ["سازمان سرمایه‌گذاری قطر", "صندوق سرمایه‌گذاری قطر", "صندوق ثروت ملی قطر"] } },
  { id: "kuwait-fund", kind: "organisation", label: "Kuwait Fund for Arab Economic Development", country: "KWT", names: { en: ["Kuwait Fund for Arab Economic Development", "Kuwait Fund"], ar: ["الصندوق الكويتي للتنمية الاقتصادية العربية", "الصندوق الكويتي للتنمية"], fa: ["صندوق توسعه کویت", "صندوق کویت برای توسعه اقتصادی عرب", "صندوق توسعه اقتصادی عرب کویت"] } },
  { id: "adfd", kind: "organisation", label: "Abu Dhabi Fund for Development", country: "ARE", names: { en: ["Abu Dhabi Fund for Development", "ADFD"], ar: ["صندوق أبوظبي للتنمية", "صندوق أبو ظبي للتنمية"], fa: ["صندوق توسعه ابوظبی", "صندوق توسعه ابو ظبی"] } },
  { id: "turkey-wealth-fund", kind: "organisation", label: "Turkey Wealth Fund", country: "TUR", names: { en: ["Turkey Wealth Fund", "TWF"], ar: ["صندوق الثروة التركي", "صندوق الثروة السيادي التركي", "صندوق ثروة تركيا"], fa: ["صندوق ثروت ترکیه", "صندوق ثروت ملی ترکیه", "صندوق ثروت دولتی ترکیه"] } },
  // Iran's National Development Fund: «صندوق توسعه ملی» alone is it in Persian
  { id: "ndfi", kind: "organisation", label: "National Development Fund of Iran", country: "IRN", names: { en: ["National Development Fund of Iran", "NDFI"], ar: ["صندوق التنمية الوطني الإيراني", "صندوق التنمية الوطنية الإيراني"], fa: ["صندوق توسعه ملی"] } },
  // --- national oil and gas companies ---
  // Aramco: «أرامكو السعودية» is its name, but the state after «أرامكو» is left to name Saudi Arabia
  { id: "saudi-aramco", kind: "organisation", label: "Saudi Aramco", country: "SAU", names: { en: ["Saudi Aramco", "Aramco"], ar: ["أرامكو", "شركة أرامكو"], fa: ["آرامکو", "شرکت آرامکو"] } },
  // NIOC and NIGC: «شرکت ملی نفت/گاز» alone is Iran's (another state's is guarded); the Arabic names need the nisba
  { id: "nioc", kind: "organisation", label: "National Iranian Oil Company", country: "IRN", names: { en: ["National Iranian Oil Company", "NIOC"], ar: ["شركة النفط الوطنية الإيرانية", "الشركة الوطنية الإيرانية للنفط", "شركة النفط الإيرانية", "الشركة الوطنية للنفط الإيرانية"], fa: ["شرکت ملی نفت"] } },
  { id: "nigc", kind: "organisation", label: "National Iranian Gas Company", country: "IRN", names: { en: ["National Iranian Gas Company", "NIGC"], ar: ["شركة الغاز الوطنية الإيرانية", "الشركة الوطنية الإيرانية للغاز", "شركة الغاز الإيرانية"], fa: ["شرکت ملی گاز"] } },
  // Iraq's oil marketer
  { id: "somo", kind: "organisation", label: "State Organization for Marketing of Oil", country: "IRQ", names: { en: ["SOMO", "State Organization for Marketing of Oil"], ar: ["سومو", "شركة سومو", "شركة تسويق النفط العراقية", "شركة تسويق النفط", "الشركة العامة لتسويق النفط"], fa: ["سومو", "شرکت سومو", "سازمان بازاریابی نفت عراق", "شرکت بازاریابی نفت عراق"] } },
  // QatarEnergy (Qatar Petroleum until October 2021)
  { id: "qatarenergy", kind: "organisation", label: "QatarEnergy", country: "QAT", names: { en: ["QatarEnergy", "Qatar Petroleum"], ar: ["قطر للطاقة", "شركة قطر للطاقة", "قطر للبترول", "شركة قطر للبترول"], fa: ["قطر انرژی", "شرکت قطر انرژی", "قطر پترولیوم", "شرکت قطر پترولیوم"] } },
  { id: "adnoc", kind: "organisation", label: "ADNOC", country: "ARE", names: { en: ["ADNOC", "Abu Dhabi National Oil Company"], ar: ["أدنوك", "شركة أدنوك", "شركة بترول أبوظبي الوطنية", "بترول أبوظبي الوطنية"], fa: ["ادنوک", "شرکت ادنوک", "شرکت ملی نفت ابوظبی"] } },
  { id: "kpc", kind: "organisation", label: "Kuwait Petroleum Corporation", country: "KWT", names: { en: ["Kuwait Petroleum Corporation", "KPC"], ar: ["مؤسسة البترول الكويتية"], fa: ["شرکت ملی نفت کویت", "شرکت نفت کویت"] } },
  // Turkey's gas importer and its oil company
  { id: "botas", kind: "organisation", label: "BOTAŞ", country: "TUR", names: { en: ["BOTAŞ", "BOTAS"], ar: ["بوتاش", "شركة بوتاش", "شركة خطوط أنابيب البترول التركية"], fa: ["بوتاش", "شرکت بوتاش"] } },
  { id: "tpao", kind: "organisation", label: "Turkish Petroleum Corporation", country: "TUR", names: { en: ["Turkish Petroleum Corporation", "TPAO"], ar: ["شركة البترول التركية", "شركة النفط التركية", "مؤسسة البترول التركية", "الشركة التركية للبترول", "شركة البترول الوطنية التركية"], fa: ["شرکت ملی نفت ترکیه", "شرکت نفت ترکیه", "شرکت نفت دولتی ترکیه"] } },
  { id: "sonatrach", kind: "organisation", label: "Sonatrach", country: "DZA", names: { en: ["Sonatrach"], ar: ["سوناطراك", "سوناتراك", "شركة سوناطراك"], fa: ["سوناتراک", "شرکت سوناتراک"] } },
  // Libya's National Oil Corporation: «المؤسسة الوطنية للنفط» alone is it in Arabic
  { id: "noc", kind: "organisation", label: "National Oil Corporation", country: "LBY", names: { en: ["National Oil Corporation", "NOC"], ar: ["المؤسسة الوطنية للنفط", "مؤسسة النفط الليبية", "المؤسسة الليبية للنفط"], fa: ["شرکت ملی نفت لیبی"] } },
  // Russia's and Azerbaijan's state energy companies, named in their states' deals with Turkey and Iran
  { id: "gazprom", kind: "organisation", label: "Gazprom", country: "RUS", names: { en: ["Gazprom"], ar: ["غازبروم", "جازبروم", "شركة غازبروم"], fa: ["گازپروم", "شرکت گازپروم"] } },
  { id: "rosatom", kind: "organisation", label: "Rosatom", country: "RUS", names: { en: ["Rosatom"], ar: ["روساتوم", "شركة روساتوم", "مؤسسة روساتوم"], fa: ["روس‌اتم", "شرکت روس‌اتم"] } },
  { id: "socar", kind: "organisation", label: "SOCAR", country: "AZE", names: { en: ["SOCAR", "State Oil Company of Azerbaijan Republic"], ar: ["سوكار", "شركة سوكار"], fa: ["سوکار", "شرکت سوکار"] } },
  // --- grids and infrastructure ---
  // the GCC Interconnection Authority (the Gulf grid's link to Iraq)
  { id: "gccia", kind: "organisation", label: "GCC Interconnection Authority", names: { en: ["GCC Interconnection Authority", "GCCIA"], ar: ["هيئة الربط الكهربائي الخليجي", "هيئة الربط الكهربائي لدول مجلس التعاون الخليجي", "هيئة الربط الكهربائي لدول مجلس التعاون لدول الخليج العربية", "هيئة الربط الكهربائي لدول مجلس التعاون", "هيئة الربط الخليجي"], fa: ["سازمان اتصال برق کشورهای شورای همکاری خلیج فارس", "شبکه اتصال برق کشورهای شورای همکاری خلیج فارس"] } },
  // --- defence industry named in states' deals ---
  { id: "baykar", kind: "organisation", label: "Baykar", country: "TUR", names: { en: ["Baykar"], ar: ["بايكار", "شركة بايكار"], fa: ["بایکار", "شرکت بایکار"] } },
  { id: "aselsan", kind: "organisation", label: "Aselsan", country: "TUR", names: { en: ["Aselsan"], ar: ["أسلسان", "أسيلسان", "شركة أسلسان"], fa: ["آسلسان", "شرکت آسلسان"] } },
  // TUSAŞ / Turkish Aerospace: the Turkish name is what both presses write
  { id: "tusas", kind: "organisation", label: "Turkish Aerospace Industries", country: "TUR", names: { en: ["Turkish Aerospace Industries", "TUSAŞ", "TAI", "Turkish Aerospace"], ar: ["توساش", "شركة توساش", "شركة صناعات الطيران والفضاء التركية", "الصناعات الجوية والفضائية التركية", "شركة الصناعات الجوية والفضائية التركية", "شركة الصناعات الجوية التركية"], fa: ["توساش", "شرکت توساش", "صنایع هوافضای ترکیه", "شرکت صنایع هوافضای ترکیه", "شرکت هوافضای ترکیه", "صنایع هوایی و فضایی ترکیه"] } },
  { id: "roketsan", kind: "organisation", label: "Roketsan", country: "TUR", names: { en: ["Roketsan"], ar: ["روكتسان", "روكيتسان", "شركة روكتسان"], fa: ["روکتسان", "شرکت روکتسان"] } },
  // Turkey's Presidency of Defence Industries (SSB), party to the states' arms deals
  { id: "ssb", kind: "organisation", label: "Presidency of Defence Industries", country: "TUR", names: { en: ["Presidency of Defence Industries", "SSB"], ar: ["رئاسة الصناعات الدفاعية", "مستشارية الصناعات الدفاعية"], fa: ["ریاست صنایع دفاعی ترکیه", "سازمان صنایع دفاعی ترکیه"] } },
  // --- armed groups and movements ---
  // Hamas
  { id: "hamas", kind: "organisation", label: "Hamas", country: "PSE", wikidata: "Q38799", names: { en: ["Hamas"], ar: ["حماس", "حركة حماس", "حركة المقاومة الإسلامية"], fa: ["حماس", "جنبش حماس", "جنبش مقاومت اسلامی فلسطین"] } },
  // Hezbollah: «حزب‌الله» with ZWNJ, joined or spaced
  { id: "hezbollah", kind: "organisation", label: "Hezbollah", country: "LBN", wikidata: "Q41053", names: { en: ["Hezbollah"], ar: ["حزب الله", "حزب الله اللبناني"], fa: ["حزب‌الله", "حزب الله", "حزب‌الله لبنان"] } },
  // Palestinian Islamic Jihad
  { id: "islamic-jihad", kind: "organisation", label: "Palestinian Islamic Jihad", country: "PSE", names: { en: ["Islamic Jihad"], ar: ["الجهاد الإسلامي", "حركة الجهاد الإسلامي", "سرايا القدس"], fa: ["جهاد اسلامی", "جنبش جهاد اسلامی"] } },
  // Houthis / Ansar Allah
  { id: "houthis", kind: "group", label: "Houthis (Ansar Allah)", country: "YEM", names: { en: ["Houthis", "Ansar Allah"], ar: ["الحوثيين", "الحوثيون", "جماعة الحوثي", "أنصار الله", "جماعة أنصار الله"], fa: ["انصارالله", "انصار الله", "حوثی‌ها", "حوثیها", "جنبش انصارالله"] } },
  // IRGC: «سپاه» alone is the IRGC in Iranian press
  { id: "irgc", kind: "organisation", label: "Islamic Revolutionary Guard Corps", country: "IRN", names: { en: ["IRGC", "Revolutionary Guards"], ar: ["الحرس الثوري", "الحرس الثوري الإيراني", "حرس الثورة", "حرس الثورة الإسلامية"], fa: ["سپاه پاسداران", "سپاه پاسداران انقلاب اسلامی", "سپاه"] } },
  // the IRGC's external arm
  { id: "quds-force", kind: "organisation", label: "Quds Force", country: "IRN", names: { en: ["Quds Force"], ar: ["فيلق القدس"], fa: ["نیروی قدس", "نیروی قدس سپاه", "سپاه قدس"] } },
  // SDF: «قسد» is the Arabic acronym
  { id: "sdf", kind: "organisation", label: "Syrian Democratic Forces", country: "SYR", names: { en: ["SDF", "QSD"], ar: ["قسد", "قوات سوريا الديمقراطية", "قوات سورية الديمقراطية"], fa: ["نیروهای سوریه دموکراتیک", "نیروهای دموکراتیک سوریه", "قسد"] } },
  // Sudan's civil war (since April 2023) has two sides, neither of them «Sudan»: the army and the RSF
  { id: "saf", kind: "organisation", label: "Sudanese Armed Forces", country: "SDN", names: { en: ["Sudanese Armed Forces", "SAF"], ar: ["القوات المسلحة السودانية", "الجيش السوداني"], fa: ["ارتش سودان", "نیروهای مسلح سودان"] } },
  { id: "rsf", kind: "group", label: "Rapid Support Forces", country: "SDN", names: { en: ["Rapid Support Forces", "RSF"], ar: ["قوات الدعم السريع", "الدعم السريع"], fa: ["نیروهای پشتیبانی سریع", "نیروهای واکنش سریع"] } },
  // PKK
  { id: "pkk", kind: "group", label: "PKK", names: { en: ["PKK"], ar: ["حزب العمال الكردستاني", "العمال الكردستاني", "بي كا كا", "بي كي كي"], fa: ["پ.ک.ک", "پ ک ک", "پکک", "حزب کارگران کردستان"] } },
  // Iraq's Kurdistan Regional Government, named as a government («حكومة إقليم كردستان»); the region is a place (states.ts)
  { id: "krg", kind: "organisation", label: "Kurdistan Regional Government", country: "IRQ", names: { en: ["Kurdistan Regional Government", "KRG"], ar: ["حكومة إقليم كردستان", "حكومة إقليم كردستان العراق", "حكومة كردستان العراق"], fa: ["دولت اقلیم کردستان", "حکومت اقلیم کردستان", "دولت اقلیم کردستان عراق", "حکومت اقلیم کردستان عراق", "دولت منطقه‌ای کردستان"] } },
  // Iraq's KDP, apart from Iran's KDPI (Persian news means the KDPI by «حزب دموکرات کردستان» alone)
  { id: "kdp", kind: "organisation", label: "Kurdistan Democratic Party", country: "IRQ", names: { en: ["Kurdistan Democratic Party", "KDP"], ar: ["الحزب الديمقراطي الكردستاني"], fa: ["حزب دموکرات کردستان عراق", "پارت دموکرات کردستان عراق"] } },
  // Iranian Kurdish armed opposition in Iraqi Kurdistan
  { id: "kdpi", kind: "group", label: "Democratic Party of Iranian Kurdistan", country: "IRN", names: { en: ["KDPI", "PDKI", "Democratic Party of Iranian Kurdistan"], ar: ["الحزب الديمقراطي الكردستاني الإيراني", "الحزب الديمقراطي الكردستاني - إيران", "الحزب الديمقراطي الكردستاني الايراني"], fa: ["حزب دموکرات کردستان ایران", "حزب دمکرات کردستان ایران", "حزب دموکرات کردستان", "حزب دمکرات کردستان"] } },
  { id: "komala", kind: "group", label: "Komala", country: "IRN", names: { en: ["Komala"], ar: ["كومله", "كوملة", "حزب كومله"], fa: ["کومله", "حزب کومله"] } },
  { id: "pjak", kind: "group", label: "PJAK", country: "IRN", names: { en: ["PJAK"], ar: ["بيجاك", "حزب الحياة الحرة الكردستاني"], fa: ["پژاک", "پیجاک"] } },
  // YPG
  { id: "ypg", kind: "group", label: "YPG", country: "SYR", names: { en: ["YPG"], ar: ["وحدات حماية الشعب", "وحدات حماية الشعب الكردية", "واي بي جي"], fa: ["یگانهای مدافع خلق", "یگان‌های مدافع خلق", "ی.پ.گ"] } },
  // PYD
  { id: "pyd", kind: "group", label: "PYD", country: "SYR", names: { en: ["PYD"], ar: ["حزب الاتحاد الديمقراطي", "بي يي دي"], fa: ["حزب اتحاد دموکراتیک"] } },
  // ISIS / Daesh
  { id: "isis", kind: "group", label: "ISIS", wikidata: "Q2429253", names: { en: ["ISIS", "Daesh", "Islamic State"], ar: ["داعش", "تنظيم داعش", "تنظيم الدولة", "تنظيم الدولة الإسلامية"], fa: ["داعش", "گروه تروریستی داعش"] } },
  // HTS
  // bodies whose offices persons.json records («قائد إدارة العمليات العسكرية»; not the Houthis' «المجلس السياسي الأعلى»,
  // named in its head's title, «رئيس المجلس السياسي الأعلى مهدي المشاط», more than as an actor)
  { id: "military-operations-command", kind: "group", label: "Military Operations Command (Syria)", country: "SYR", names: { en: ["Military Operations Command"], ar: ["إدارة العمليات العسكرية", "غرفة عمليات ردع العدوان"], fa: ["فرماندهی عملیات نظامی", "اتاق عملیات نظامی"] } },
  { id: "polisario", kind: "group", label: "Polisario Front", names: { en: ["Polisario Front"], ar: ["جبهة البوليساريو", "البوليساريو"], fa: ["جبهه پولیساریو", "پولیساریو"] } },
  { id: "chp", kind: "organisation", label: "Republican People's Party (CHP)", country: "TUR", names: { en: ["CHP", "Republican People's Party"], ar: ["حزب الشعب الجمهوري"], fa: ["حزب جمهوری‌خواه خلق"] } },
  { id: "artesh", kind: "organisation", label: "Islamic Republic of Iran Army (Artesh)", country: "IRN", names: { en: ["Artesh", "Islamic Republic of Iran Army"], ar: ["جيش الجمهورية الإسلامية الإيرانية"], fa: ["ارتش جمهوری اسلامی ایران", "ارتش جمهوری اسلامی"] } },
  // the Baloch armed group on the Iran–Pakistan border; Iranian outlets call it «جیش‌الظلم» («army of injustice»)
  { id: "jaish-al-adl", kind: "group", label: "Jaish al-Adl", names: { en: ["Jaish al-Adl"], ar: ["جيش العدل", "جيش الظلم"], fa: ["جیش‌العدل", "جیش العدل", "جیش‌الظلم", "جیش الظلم"] } },
  // Somaliland, self-declared, recognised by no state («مذكرة التفاهم بين إثيوبيا وأرض الصومال»)
  { id: "somaliland", kind: "organisation", label: "Somaliland", country: "SOM", names: { en: ["Somaliland"], ar: ["أرض الصومال", "إقليم أرض الصومال", "صوماليلاند", "جمهورية أرض الصومال"], fa: ["سومالی‌لند", "سومالیلند", "سومالی لند"] } },
  // the Alliance (since 2024 Confederation) of Sahel States: Mali, Burkina Faso, Niger
  { id: "aes", kind: "organisation", label: "Alliance of Sahel States", names: { en: ["Alliance of Sahel States", "AES"], ar: ["تحالف دول الساحل", "كونفدرالية دول الساحل", "كونفدرالية الساحل", "اتحاد دول الساحل"], fa: ["اتحاد کشورهای ساحل", "کنفدراسیون کشورهای ساحل", "ائتلاف کشورهای ساحل"] } },
  { id: "hts", kind: "group", label: "Hayat Tahrir al-Sham", country: "SYR", names: { en: ["HTS", "Hayat Tahrir al-Sham"], ar: ["هيئة تحرير الشام", "تحرير الشام", "جبهة النصرة"], fa: ["هیئت تحریر الشام", "هیئت تحریرالشام", "تحریر الشام", "تحریرالشام", "جبهه النصره"] } },
  // Taliban: the de facto authority of Afghanistan since 2021
  { id: "taliban", kind: "group", label: "Taliban", country: "AFG", names: { en: ["Taliban"], ar: ["طالبان", "حركة طالبان"], fa: ["طالبان"] } },
  // Iraq's Popular Mobilisation Forces
  { id: "pmf", kind: "group", label: "Popular Mobilization Forces", country: "IRQ", names: { en: ["PMF", "Hashd al-Shaabi"], ar: ["الحشد الشعبي", "هيئة الحشد الشعبي"], fa: ["حشد الشعبی", "حشدالشعبی"] } },
  // --- news outlets: ids as in the reference annotation ---
  // Anadolu: «الأناضول» in diplomatic news is the agency, not the region
  { id: "anadolu", kind: "outlet", label: "Anadolu Agency", country: "TUR", names: { en: ["Anadolu Agency", "Anadolu"], ar: ["الأناضول", "وكالة الأناضول"], fa: ["آناتولی", "خبرگزاری آناتولی", "آنادولو"] } },
  // Tasnim: also a given name, so bare only after a cue
  { id: "tasnim", kind: "outlet", label: "Tasnim News Agency", country: "IRN", names: { en: ["Tasnim"], ar: ["وكالة تسنيم", "تسنيم"], fa: ["خبرگزاری تسنیم", "تسنیم"] }, cueOnly: ["تسنيم", "تسنیم"] },
  // ISNA: an acronym, unambiguous
  { id: "isna", kind: "outlet", label: "Iranian Students' News Agency", country: "IRN", names: { en: ["ISNA"], ar: ["إيسنا", "وكالة إيسنا"], fa: ["ایسنا", "خبرگزاری ایسنا"] } },
  // Mehr: «مهر» is a month, «seal» and «love» in Persian, «dowry» in Arabic
  { id: "mehr", kind: "outlet", label: "Mehr News Agency", country: "IRN", names: { en: ["Mehr"], ar: ["مهر", "وكالة مهر", "مهر نيوز"], fa: ["مهر", "خبرگزاری مهر"] }, cueOnly: ["مهر"] },
  // IRNA: an acronym
  { id: "irna", kind: "outlet", label: "IRNA", country: "IRN", names: { en: ["IRNA"], ar: ["إرنا", "وكالة إرنا"], fa: ["ایرنا", "خبرگزاری ایرنا", "خبرگزاری جمهوری اسلامی"] } },
  // Fars: «فارس» is Persia/Persian Gulf/the province, and «knight» in Arabic
  { id: "fars", kind: "outlet", label: "Fars News Agency", country: "IRN", names: { en: ["Fars"], ar: ["فارس", "وكالة فارس"], fa: ["فارس", "خبرگزاری فارس"] }, cueOnly: ["فارس"] },
  // SANA: Syria's state agency
  { id: "sana", kind: "outlet", label: "SANA", country: "SYR", names: { en: ["SANA"], ar: ["سانا", "وكالة سانا", "الوكالة العربية السورية للأنباء"], fa: ["سانا", "خبرگزاری سانا"] } },
  // The Arab states' own agencies: named with their state («وكالة الأنباء الكويتية», «خبرگزاری کویت»), which
  // is then no actor; the short names are also words («وام» a loan, «بترا» the city, «قنا» a canal), so bare only after a cue
  { id: "kuna", kind: "outlet", label: "KUNA", country: "KWT", names: { en: ["KUNA", "Kuwait News Agency"], ar: ["وكالة الأنباء الكويتية", "كونا"], fa: ["خبرگزاری کویت", "خبرگزاری رسمی کویت", "کونا"] }, cueOnly: ["كونا", "کونا"] },
  { id: "spa", kind: "outlet", label: "Saudi Press Agency", country: "SAU", names: { en: ["SPA", "Saudi Press Agency"], ar: ["وكالة الأنباء السعودية", "واس"], fa: ["خبرگزاری عربستان", "خبرگزاری رسمی عربستان", "خبرگزاری رسمی عربستان سعودی", "خبرگزاری عربستان سعودی", "واس"] }, cueOnly: ["واس"] },
  { id: "wam", kind: "outlet", label: "WAM", country: "ARE", names: { en: ["WAM", "Emirates News Agency"], ar: ["وكالة أنباء الإمارات", "وكالة الأنباء الإماراتية", "وام"], fa: ["خبرگزاری امارات", "خبرگزاری رسمی امارات", "وام"] }, cueOnly: ["وام"] },
  { id: "qna", kind: "outlet", label: "Qatar News Agency", country: "QAT", names: { en: ["QNA", "Qatar News Agency"], ar: ["وكالة الأنباء القطرية", "قنا"], fa: ["خبرگزاری قطر", "خبرگزاری رسمی قطر", "قنا"] }, cueOnly: ["قنا"] },
  { id: "bna", kind: "outlet", label: "Bahrain News Agency", country: "BHR", names: { en: ["BNA", "Bahrain News Agency"], ar: ["وكالة أنباء البحرين", "بنا"], fa: ["خبرگزاری بحرین", "خبرگزاری رسمی بحرین"] }, cueOnly: ["بنا"] },
  { id: "petra", kind: "outlet", label: "Petra", country: "JOR", names: { en: ["Petra", "Jordan News Agency"], ar: ["وكالة الأنباء الأردنية", "بترا"], fa: ["خبرگزاری اردن", "خبرگزاری رسمی اردن", "پترا"] }, cueOnly: ["بترا", "پترا"] },
  { id: "ina", kind: "outlet", label: "Iraqi News Agency", country: "IRQ", names: { en: ["INA", "Iraqi News Agency"], ar: ["وكالة الأنباء العراقية", "واع"], fa: ["خبرگزاری عراق", "خبرگزاری رسمی عراق"] }, cueOnly: ["واع"] },
  { id: "oman-news-agency", kind: "outlet", label: "Oman News Agency", country: "OMN", names: { en: ["Oman News Agency"], ar: ["وكالة الأنباء العمانية"], fa: ["خبرگزاری عمان", "خبرگزاری رسمی عمان"] } },
  { id: "mena", kind: "outlet", label: "Middle East News Agency", country: "EGY", names: { en: ["MENA", "Middle East News Agency"], ar: ["وكالة أنباء الشرق الأوسط"], fa: ["خبرگزاری رسمی مصر", "خبرگزاری خاورمیانه"] } },
  // RIA Novosti: Arabic often writes «نوفوستي» alone
  { id: "ria-novosti", kind: "outlet", label: "RIA Novosti", country: "RUS", names: { en: ["RIA Novosti", "Novosti"], ar: ["ريا نوفوستي", "نوفوستي"], fa: ["ریانووستی", "ریا نووستی", "نووستی"] } },
  // TASS
  { id: "tass", kind: "outlet", label: "TASS", country: "RUS", names: { en: ["TASS"], ar: ["تاس", "وكالة تاس"], fa: ["تاس", "خبرگزاری تاس"] }, cueOnly: ["تاس"] },
  // Sputnik
  { id: "sputnik", kind: "outlet", label: "Sputnik", country: "RUS", names: { en: ["Sputnik"], ar: ["سبوتنيك"], fa: ["اسپوتنیک"] } },
  // Middle East Eye
  { id: "middle-east-eye", kind: "outlet", label: "Middle East Eye", country: "GBR", names: { en: ["Middle East Eye"], ar: ["ميدل إيست آي", "ميدل ايست آي"], fa: ["میدل ایست آی"] } },
  // Al Jazeera: «الجزيرة» is also «the island/peninsula»
  { id: "al-jazeera", kind: "outlet", label: "Al Jazeera", country: "QAT", names: { en: ["Al Jazeera"], ar: ["قناة الجزيرة", "شبكة الجزيرة", "الجزيرة نت", "الجزيرة"], fa: ["الجزیره", "شبکه الجزیره"] }, cueOnly: ["الجزيرة"] },
  // Al Arabiya
  { id: "al-arabiya", kind: "outlet", label: "Al Arabiya", country: "SAU", names: { en: ["Al Arabiya"], ar: ["قناة العربية", "العربية نت", "العربية"], fa: ["العربیه", "شبکه العربیه"] }, cueOnly: ["العربية"] },
  // Reuters
  { id: "reuters", kind: "outlet", label: "Reuters", wikidata: "Q130879", names: { en: ["Reuters"], ar: ["رويترز", "وكالة رويترز"], fa: ["رویترز", "خبرگزاری رویترز"] } },
  // AFP
  { id: "afp", kind: "outlet", label: "Agence France-Presse", country: "FRA", wikidata: "Q40464", names: { en: ["AFP"], ar: ["فرانس برس", "فرانس بريس", "وكالة الصحافة الفرنسية"], fa: ["فرانس پرس", "خبرگزاری فرانسه"] } },
  // AP
  { id: "ap", kind: "outlet", label: "Associated Press", country: "USA", wikidata: "Q40469", names: { en: ["AP", "Associated Press"], ar: ["أسوشيتد برس", "أسوشييتد برس", "اسوشيتد برس"], fa: ["آسوشیتدپرس", "آسوشیتد پرس"] } },
  // BBC
  { id: "bbc", kind: "outlet", label: "BBC", country: "GBR", wikidata: "Q9531", names: { en: ["BBC"], ar: ["بي بي سي", "بي بي سي عربي"], fa: ["بی‌بی‌سی", "بی بی سی", "بی‌بی‌سی فارسی"] } },
  // CNN
  { id: "cnn", kind: "outlet", label: "CNN", country: "USA", names: { en: ["CNN"], ar: ["سي إن إن", "سي ان ان"], fa: ["سی‌ان‌ان", "سی ان ان"] } },
  // Press TV and Al-Alam: Iranian state broadcasters
  { id: "press-tv", kind: "outlet", label: "Press TV", country: "IRN", names: { en: ["Press TV"], ar: ["برس تي في"], fa: ["پرس تی وی", "پرس‌تی‌وی"] } },
  { id: "al-alam", kind: "outlet", label: "Al-Alam", country: "IRN", names: { en: ["Al-Alam"], ar: ["قناة العالم"], fa: ["شبکه العالم"] } },
  // Al Mayadeen
  { id: "al-mayadeen", kind: "outlet", label: "Al Mayadeen", country: "LBN", names: { en: ["Al Mayadeen"], ar: ["الميادين", "قناة الميادين"], fa: ["المیادین", "شبکه المیادین"] } },
  // Twitter / X: «إكس» alone is too short, only after «منصة»
  { id: "twitter", kind: "outlet", label: "Twitter", wikidata: "Q918", names: { en: ["Twitter", "X"], ar: ["تويتر", "منصة إكس", "منصة اكس"], fa: ["توییتر", "توئیتر", "شبکه اجتماعی ایکس"] } },
  // Telegram channels are routinely cited
  { id: "telegram", kind: "outlet", label: "Telegram", names: { en: ["Telegram"], ar: ["تلغرام", "تليغرام"], fa: ["تلگرام"] } },
];
