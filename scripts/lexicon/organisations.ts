/**
 * Organisations, armed groups, processes and news outlets named in Arabic and Persian diplomatic
 * news. Ids are the reference annotation's where it has them (`hamas`, `irgc`, `sdf`,
 * `astana-process`, `anadolu`, `tasnim`…), otherwise a slug of the usual English name.
 * Spellings are folded by normalisation (ي/ی, ك/ک, hamza, ة/ه, ZWNJ); list each written form once.
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

/** Context guards: the form is not the organisation when the next (or previous) word is one of these. */
export const ORGANISATION_GUARDS: readonly {
  readonly lang: "ar" | "fa";
  readonly form: string;
  readonly notAfter?: readonly string[];
  readonly notBefore?: readonly string[];
}[] = [
  // «مجلس الأمن القومي/الوطني» is a state's national security council, not the UN body
  { lang: "ar", form: "مجلس الأمن", notBefore: ["القومي", "الوطني", "الإقليمي"] },
  // «شورای امنیت ملی» / «شورای عالی امنیت ملی» likewise
  { lang: "fa", form: "شورای امنیت", notBefore: ["ملی", "کشور"] },
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
  { id: "iaea", kind: "organisation", label: "International Atomic Energy Agency", names: { en: ["IAEA"], ar: ["الوكالة الدولية للطاقة الذرية", "الوكالة الذرية"], fa: ["آژانس بین‌المللی انرژی اتمی", "آژانس بین المللی انرژی اتمی", "آژانس انرژی اتمی", "آژانس"] } }, // «آژانس» alone: the IAEA in Iranian news («مدیرکل آژانس», «شورای حکام آژانس»)
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
  { id: "eco", kind: "organisation", label: "Economic Cooperation Organization", names: { en: ["ECO"], ar: ["منظمة التعاون الاقتصادي"], fa: ["سازمان همکاری اقتصادی", "اکو"] } },
  // Developing-8 (Iran, Turkey, Egypt, Pakistan, Indonesia, Malaysia, Bangladesh, Nigeria; Azerbaijan since 2024):
  // its Persian name begins with ECO's («سازمان همکاری اقتصادی دی ۸»), and «دی» alone is a month
  { id: "d8", kind: "organisation", label: "D-8", names: { en: ["D-8", "Developing-8"], ar: ["مجموعة الثماني النامية", "منظمة الدول الثماني النامية", "مجموعة الدول الثماني النامية", "مجموعة دي 8", "منظمة دي 8"], fa: ["سازمان همکاری اقتصادی دی ۸", "سازمان همکاری اقتصادی دی-۸", "گروه دی ۸", "گروه دی-۸", "سازمان دی ۸", "سازمان دی-۸", "کشورهای دی ۸", "گروه هشت کشور در حال توسعه"] } },
  // Iran's Supreme National Security Council (its secretary is named by title in the lexicon of persons' roles)
  { id: "iran-snsc", kind: "organisation", label: "Supreme National Security Council", country: "IRN", names: { en: ["Supreme National Security Council", "SNSC"], ar: ["المجلس الأعلى للأمن القومي الإيراني", "المجلس الأعلى للأمن القومي في إيران"], fa: ["شورای عالی امنیت ملی"] } },
  // Atomic Energy Organization of Iran
  { id: "aeoi", kind: "organisation", label: "Atomic Energy Organization of Iran", country: "IRN", names: { en: ["AEOI", "Atomic Energy Organization of Iran"], ar: ["منظمة الطاقة الذرية الإيرانية", "هيئة الطاقة الذرية الإيرانية", "منظمة الطاقة الذرية في إيران"], fa: ["سازمان انرژی اتمی ایران", "سازمان انرژی اتمی"] } },
  // the Astana format on Syria (Turkey, Russia, Iran): never the bare city word («آستانه» is «threshold»)
  { id: "astana-process", kind: "organisation", label: "Astana process", names: { en: ["Astana process", "Astana format", "Astana talks"], ar: ["مسار أستانا", "مسار أستانة", "مسار آستانا", "صيغة أستانا", "صيغة أستانة", "عملية السلام أستانا", "عملية أستانا", "محادثات أستانا", "محادثات أستانة", "اجتماع أستانا", "اجتماع أستانة", "اجتماعات أستانا", "اجتماعات أستانة", "منصة أستانا", "مباحثات أستانا", "مفاوضات أستانا", "قمة أستانا", "ضامني أستانا"], fa: ["روند آستانه", "روند صلح آستانه", "نشست آستانه", "مذاکرات آستانه", "فرمت آستانه", "قالب آستانه", "مسیر آستانه", "اجلاس آستانه"] } },
  // --- states' organs named as actors ---
  // Syria's government as the conflict's party: the opposition's and Arab media's names for it
  { id: "syrian-government", kind: "organisation", label: "Syrian government", country: "SYR", names: { en: ["Syrian government", "Assad government", "Syrian regime"], ar: ["نظام الأسد", "نظام أسد", "حكومة الأسد", "حكومة أسد", "الحكومة السورية", "النظام السوري", "حكومة دمشق", "نظام دمشق", "حكومة ميليشيا أسد"], fa: ["رژیم اسد", "دولت اسد", "دولت بشار اسد", "حکومت اسد"] } },
  // Syrian opposition (political and armed): collective names
  { id: "syrian-opposition", kind: "organisation", label: "Syrian opposition", country: "SYR", names: { en: ["Syrian opposition"], ar: ["المعارضة السورية", "الائتلاف الوطني السوري", "الائتلاف السوري", "هيئة التفاوض السورية", "الجيش الوطني السوري", "فصائل المعارضة", "المعارضة السورية المسلحة"], fa: ["مخالفان سوری", "مخالفان دولت سوریه", "معارضان سوری", "ائتلاف ملی سوریه", "ارتش ملی سوریه"] } },
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
