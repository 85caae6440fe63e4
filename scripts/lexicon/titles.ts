/**
 * Titles that name an office («وزير الخارجية», «رئیس جمهور»…) mapped to role keys. The recogniser
 * reads the office's country from what follows (a nisba «التركي», a state name «تركيا/ترکیه»,
 * «کشورمان») and resolves the holder on the article's date from the persons lexicon's roles.
 * Spellings are folded by normalisation (ي/ی, ك/ک, hamza, ة/ه, ZWNJ).
 */

export type RoleKey =
  | "foreign-minister"
  | "defence-minister"
  | "president"
  | "prime-minister"
  | "supreme-leader"
  | "spokesperson-foreign-ministry"
  | "deputy-foreign-minister"
  | "king"
  | "emir"
  | "crown-prince"
  | "vice-president"
  | "secretary-general"
  | "speaker-of-parliament"
  | "head-of-intelligence"
  | "army-chief";

/**
 * How a title form takes its country:
 * - `open`: a nisba, a state name or nothing may follow («وزير الخارجية التركي», «وزیر خارجه ترکیه», «الرئيس»);
 * - `construct`: an Arabic construct state that needs a state (or organisation) name next («وزير خارجية تركيا»),
 *   otherwise it is not a title here («رئيس الجامعة»).
 */
export type TitleSyntax = "open" | "construct";

export interface TitleForm {
  readonly text: string;
  readonly syntax: TitleSyntax;
  /** Dual or plural («وزيرا خارجية إيران وتركيا», «وزرای خارجه»): each following state is one holder. */
  readonly plural?: boolean;
}

export interface TitleEntry {
  readonly role: RoleKey;
  /** Country assumed when none follows (the Supreme Leader is Iran's). */
  readonly defaultCountry?: string;
  /**
   * Country a Persian title names when it stands alone: the Persian press writes «رئیس‌جمهور», «وزیر امور
   * خارجه», «رئیس مجلس» for Iran's own holder («رئیس‌جمهور صبح امروز عازم مسکو شد»). Only where nothing
   * qualifies it (see `bareTitleCountry` in scripts/pipeline/actors/recognise.ts).
   */
  readonly bareCountryFa?: string;
  readonly ar: readonly TitleForm[];
  readonly fa: readonly TitleForm[];
}

const open = (text: string, plural = false): TitleForm => ({ text, syntax: "open", plural });
const construct = (text: string, plural = false): TitleForm => ({ text, syntax: "construct", plural });

export const TITLES: readonly TitleEntry[] = [
  {
    role: "foreign-minister",
    bareCountryFa: "IRN",
    ar: [
      open("وزير الخارجية"), // «وزير الخارجية التركي»
      open("وزيرة الخارجية"), // female holders (e.g. Baerbock, Colonna)
      open("وزير الشؤون الخارجية"), // Maghreb and Gulf official style
      construct("وزير خارجية"), // «وزير خارجية تركيا»
      construct("وزيرة خارجية"),
      open("وزيرا الخارجية", true), // dual with nisbas: «وزيرا الخارجية التركي والإيراني»
      construct("وزيرا خارجية", true), // «وزيرا خارجية إيران وتركيا»
      open("وزراء الخارجية", true),
      construct("وزراء خارجية", true),
      open("رئيس الدبلوماسية"), // journalistic periphrasis
    ],
    fa: [
      open("وزیر امور خارجه"), // official Persian style
      open("وزیر خارجه"), // everyday Persian
      open("رئیس دستگاه دیپلماسی"), // periphrasis of Iranian agencies
      open("سکاندار دستگاه دیپلماسی"), // same, journalistic
      open("وزرای امور خارجه", true), // «وزرای امور خارجه ایران و ترکیه»
      open("وزرای خارجه", true),
    ],
  },
  {
    role: "defence-minister",
    ar: [open("وزير الدفاع"), construct("وزير دفاع"), open("وزيرة الدفاع"), open("وزيرا الدفاع", true), construct("وزيرا دفاع", true), construct("وزراء دفاع", true)],
    fa: [open("وزیر دفاع"), open("وزرای دفاع", true)],
  },
  {
    role: "deputy-foreign-minister",
    ar: [open("نائب وزير الخارجية"), construct("نائب وزير خارجية"), open("مساعد وزير الخارجية"), construct("مساعد وزير خارجية")],
    fa: [open("معاون وزیر امور خارجه"), open("معاون وزیر خارجه"), open("قائم مقام وزیر امور خارجه"), open("قائم‌مقام وزیر امور خارجه")],
  },
  {
    role: "spokesperson-foreign-ministry",
    bareCountryFa: "IRN",
    ar: [
      open("متحدث وزارة الخارجية"), // «متحدث وزارة الخارجية الإيرانية»
      open("المتحدث باسم وزارة الخارجية"),
      open("المتحدث باسم الخارجية"),
      open("المتحدثة باسم وزارة الخارجية"),
      open("الناطق باسم وزارة الخارجية"),
      open("الناطق باسم الخارجية"),
      open("المتحدث الرسمي باسم وزارة الخارجية"),
      open("متحدث الخارجية"),
      construct("متحدث خارجية"),
    ],
    fa: [open("سخنگوی وزارت امور خارجه"), open("سخنگوی وزارت خارجه"), open("سخنگوی دستگاه دیپلماسی")],
  },
  {
    role: "president",
    bareCountryFa: "IRN",
    ar: [
      open("الرئيس"), // «الرئيس التركي», «الرئيس رجب طيب أردوغان»
      open("الرئيسين", true), // «الرئيسين الروسي … والسوري …»
      open("الرؤساء", true),
      construct("رئيس"), // «رئيس تركيا» — only before a state name
      open("رئيس الجمهورية"),
      construct("رئيس جمهورية"), // «رئيس جمهورية مصر العربية»
    ],
    fa: [open("رئیس جمهور"), open("رئیس‌جمهور"), open("رئیس جمهوری"), open("رؤسای جمهور", true), open("روسای جمهور", true)],
  },
  {
    role: "prime-minister",
    ar: [open("رئيس الوزراء"), construct("رئيس وزراء"), open("رئيسة الوزراء"), open("رئيس الحكومة"), construct("رئيس حكومة")],
    fa: [open("نخست وزیر"), open("نخست‌وزیر")],
  },
  {
    role: "supreme-leader",
    defaultCountry: "IRN",
    ar: [open("المرشد الأعلى"), open("المرشد الإيراني"), open("مرشد الثورة"), open("مرشد الجمهورية"), open("قائد الثورة"), open("المرشد الأعلى للثورة")],
    fa: [open("رهبر معظم انقلاب"), open("رهبر معظم انقلاب اسلامی"), open("رهبر انقلاب"), open("رهبر انقلاب اسلامی"), open("مقام معظم رهبری"), open("رهبر جمهوری اسلامی")],
  },
  {
    role: "king",
    ar: [open("الملك"), open("العاهل"), construct("ملك"), construct("عاهل")],
    fa: [open("پادشاه")],
  },
  {
    role: "emir",
    ar: [construct("أمير"), construct("أمير دولة")], // «أمير قطر»; bare «الأمير» is any prince
    fa: [construct("امیر")], // «امیر قطر»
  },
  {
    role: "crown-prince",
    ar: [open("ولي العهد"), construct("ولي عهد")],
    fa: [open("ولیعهد"), open("ولی‌عهد"), open("ولی عهد")],
  },
  {
    role: "vice-president",
    ar: [open("نائب الرئيس"), construct("نائب رئيس"), open("النائب الأول للرئيس")],
    fa: [open("معاون اول رئیس جمهور"), open("معاون رئیس جمهور"), open("معاون اول رئیس‌جمهور"), open("معاون رئیس‌جمهور")],
  },
  {
    role: "secretary-general",
    // (and the IAEA's Director General, recorded under this role: «المدير العام للوكالة», «مدیرکل آژانس»)
    ar: [open("الأمين العام"), construct("أمين عام"), open("المدير العام"), construct("مدير عام")], // «الأمين العام لحزب الله» — country from the organisation
    fa: [open("دبیرکل"), open("دبیر کل"), open("مدیرکل"), open("مدیر کل")],
  },
  {
    role: "speaker-of-parliament",
    bareCountryFa: "IRN",
    ar: [open("رئيس البرلمان"), open("رئيس مجلس النواب"), open("رئيس مجلس الشورى"), open("رئيس مجلس الشعب"), open("رئيس مجلس الأمة"), open("رئيس الكنيست")],
    fa: [open("رئیس مجلس"), open("رئیس مجلس شورای اسلامی"), open("رئیس پارلمان")],
  },
  {
    role: "head-of-intelligence",
    ar: [open("رئيس جهاز الاستخبارات"), open("رئيس الاستخبارات"), open("رئيس المخابرات"), open("مدير المخابرات"), open("رئيس جهاز المخابرات"), open("مدير الاستخبارات")],
    fa: [open("رئیس سازمان اطلاعات"), open("رئیس سازمان اطلاعات ملی"), open("رئیس سازمان اطلاعات سپاه"), open("وزیر اطلاعات")],
  },
  {
    role: "army-chief",
    ar: [open("رئيس الأركان"), open("رئيس هيئة الأركان"), open("رئيس أركان الجيش"), open("قائد الجيش"), open("رئيس هيئة الأركان العامة")],
    fa: [open("رئیس ستاد کل نیروهای مسلح"), open("فرمانده کل ارتش"), open("رئیس ستاد ارتش")],
  },
];

/** «نظيره الإيراني», «همتای ایرانی»: the same office as the last-named person, in another country. */
export const COUNTERPART_WORDS: Readonly<{ ar: readonly string[]; fa: readonly string[] }> = {
  ar: ["نظيره", "نظيرها", "نظيريه", "نظرائه", "نظيرته", "نظيرتها", "نظيرهم"],
  fa: ["همتای", "همتایان", "همتایش", "همتا"],
};

/** «الوزير التركي», «الرئيس …» already covered: a bare «الوزير» + nisba refers back to that country's last-named minister. */
export const GENERIC_MINISTER_WORDS: Readonly<{ ar: readonly string[]; fa: readonly string[] }> = {
  ar: ["الوزير", "الوزيرة"],
  fa: ["وزیر"],
};

/** Words after a title that stand for the outlet's own country (Iranian agencies: «وزیر امور خارجه کشورمان»). */
export const OUR_COUNTRY_WORDS: Readonly<{ fa: Readonly<Record<string, string>> }> = {
  // Persian news that says «کشورمان» (our country) is Iranian press
  fa: { کشورمان: "IRN", "کشور ما": "IRN" },
};

/** Honorifics skipped before a name («السيد», «آقای», «سید», «دکتر»). */
export const HONORIFICS: Readonly<{ ar: readonly string[]; fa: readonly string[] }> = {
  ar: ["السيد", "السيدة", "الشيخ", "الدكتور", "الدكتورة", "الأمير", "الأميرة", "سماحة", "فخامة", "معالي", "سمو", "آية الله", "حجة الإسلام", "المهندس", "اللواء", "العميد", "الفريق"],
  fa: ["آقای", "خانم", "سید", "دکتر", "آیت‌الله", "آیت الله", "حجت‌الاسلام", "حجت الاسلام", "حجت‌الاسلام والمسلمین", "سردار", "سرلشکر", "سرتیپ", "مهندس", "شیخ"],
};
