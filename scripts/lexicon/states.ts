/**
 * State names as Arabic and Persian news write them, beyond the official names that
 * `i18n-iso-countries` gives (those are the base for every state and are added by the gazetteer).
 * Each entry says why it exists. Spellings are given once: matching folds ي/ی, ك/ک, hamza seats,
 * ة/ه and ZWNJ (see `src/text/normalize.ts`), and Arabic clitics (و، ف، ب، ل، ك، لل) and Persian
 * suffixes (ها، های، ی، ای، را، ان) are split by the recogniser.
 */

/** News forms of one state that the ISO names lack. */
export interface StateExtra {
  /** English label when the ISO short name is not the usual one (e.g. «Iran», not «Islamic Republic of Iran»). */
  readonly label?: string;
  /** Extra Arabic names: short, colloquial, long-official or genre forms. */
  readonly ar?: readonly string[];
  /** Extra Persian names. */
  readonly fa?: readonly string[];
  /**
   * Arabic nisba stems, masculine singular without the article («تركي»): the gazetteer generates
   * the feminine, dual, sound plurals and the forms with «ال» («التركية، الإيرانيين، الروسيان»).
   */
  readonly nisba?: readonly string[];
  /** Arabic demonyms written as they are (broken plurals: «الأتراك، الروس»). */
  readonly arDemonyms?: readonly string[];
  /** Persian demonym adjectives («ایرانی، روسی، آمریکایی»). */
  readonly faDemonyms?: readonly string[];
}

/** Extra forms per ISO3 code. */
export const STATE_EXTRAS: Readonly<Record<string, StateExtra>> = {
  // Turkey: «تركيا/ترکیه» come from ISO; the nisba and «الأتراك» carry «الوزير التركي» and «أشقائنا الأتراك»
  TUR: { label: "Turkey", ar: ["تركيا", "تركية", "الجمهورية التركية", "تورکیا"], fa: ["ترکیه", "جمهوری ترکیه", "تورکیه"], nisba: ["تركي"], arDemonyms: ["الأتراك", "أتراك"], faDemonyms: ["ترکیه‌ای", "ترکیه ای"] },
  // Iran: the regime's self-name is common in both languages; «کشورمان» is handled as a title complement in actors.ts
  IRN: { label: "Iran", ar: ["الجمهورية الإسلامية الإيرانية", "الجمهورية الإسلامية في إيران", "جمهورية إيران الإسلامية"], fa: ["جمهوری اسلامی ایران", "جمهوری اسلامی"], nisba: ["إيراني"], faDemonyms: ["ایرانی", "ایرانیان"] },
  // United States: «أمريكا/أميركا/آمریکا» are the everyday names; «الأمريكان» is a colloquial plural
  USA: { label: "United States", ar: ["أمريكا", "أميركا", "الولايات المتحدة الأمريكية", "الولايات المتحدة الأميركية"], fa: ["آمریکا", "امریکا", "ایالات متحده آمریکا", "ایالات متحده امریکا", "ایالات متحده"], nisba: ["أمريكي", "أميركي"], arDemonyms: ["الأمريكان", "الأميركان"], faDemonyms: ["آمریکایی", "امریکایی", "آمریکائی"] },
  // United Kingdom: Arabic says «بريطانيا», Persian mostly «انگلیس/انگلستان»
  GBR: { label: "United Kingdom", ar: ["بريطانيا", "بريطانيا العظمى"], fa: ["انگلیس", "انگلستان", "بریتانیا", "پادشاهی متحده"], nisba: ["بريطاني"], faDemonyms: ["انگلیسی", "بریتانیایی"] },
  // Russia: «روسيا الاتحادية» in official Arabic releases; «الروس» is the broken plural
  RUS: { label: "Russia", ar: ["روسيا الاتحادية", "روسية"], fa: ["فدراسیون روسیه"], nisba: ["روسي"], arDemonyms: ["الروس"], faDemonyms: ["روسی", "روس", "روسها"] },
  // Syria: «سورية» is the Syrian state media's own spelling
  SYR: { label: "Syria", ar: ["سورية", "الجمهورية العربية السورية"], fa: ["جمهوری عربی سوریه"], nisba: ["سوري"], faDemonyms: ["سوری", "سوریه‌ای"] },
  // Saudi Arabia: Persian news says «عربستان» alone; «المملكة العربية السعودية» is the full Arabic name
  SAU: { label: "Saudi Arabia", ar: ["المملكة العربية السعودية", "السعودية"], fa: ["عربستان", "عربستان سعودی"], nisba: ["سعودي"], faDemonyms: ["سعودی", "عربستانی"] },
  // UAE: «الإمارات/امارات» alone is the usual short name
  ARE: { label: "United Arab Emirates", ar: ["الإمارات", "دولة الإمارات", "دولة الإمارات العربية المتحدة"], fa: ["امارات", "امارات متحده عربی", "امارات عربی متحده"], nisba: ["إماراتي"], faDemonyms: ["اماراتی"] },
  // Oman: bare Arabic «عمان» is left out (Amman); «سلطنة عمان» and the nisba are unambiguous — see actors.ts for «عُمان»
  OMN: { ar: ["سلطنة عمان"], fa: ["عمان", "سلطنت عمان"], nisba: ["عماني"], faDemonyms: ["عمانی"] },
  // Israel: genre names of Iranian, Syrian and resistance-aligned media all denote the state
  ISR: {
    ar: ["الكيان الصهيوني", "الكيان الإسرائيلي", "النظام الصهيوني", "دولة الاحتلال", "كيان الاحتلال", "حكومة الاحتلال", "جيش الاحتلال", "سلطات الاحتلال", "دولة إسرائيل"],
    // («سرزمین‌های اشغالی»: what Iranian media call Israel's territory — «موشک به سوی سرزمین‌های اشغالی شلیک کرد»)
    fa: ["رژیم صهیونیستی", "رژیم صهیونیسم", "رژیم اشغالگر قدس", "رژیم اشغالگر", "رژیم غاصب صهیونیستی", "رژیم غاصب", "رژیم کودک‌کش", "رژیم اسرائیل", "رژیم صهیونیست", "رژیم صهیونی", "سرزمین‌های اشغالی", "سرزمینهای اشغالی"],
    nisba: ["إسرائيلي", "صهيوني"],
    faDemonyms: ["اسرائیلی", "صهیونیستی", "صهیونیستها", "صهیونیست‌ها", "صهیونی"],
  },
  // Palestine: the gold annotation counts Gaza, the West Bank and the Authority as Palestine
  PSE: { label: "Palestine", ar: ["غزة", "قطاع غزة", "الضفة الغربية", "السلطة الفلسطينية", "الأراضي الفلسطينية", "دولة فلسطين", "الأراضي الفلسطينية المحتلة"], fa: ["فلسطین", "غزه", "نوار غزه", "کرانه باختری", "کرانه غربی", "تشکیلات خودگردان فلسطین", "دولت فلسطین"], nisba: ["فلسطيني"], faDemonyms: ["فلسطینی", "فلسطینیان"] },
  // Lebanon
  LBN: { nisba: ["لبناني"], faDemonyms: ["لبنانی"] },
  // Iraq: Persian «عراق» without article is already the ISO name
  IRQ: { ar: ["جمهورية العراق"], nisba: ["عراقي"], faDemonyms: ["عراقی"] },
  // Egypt: guarded against «مصر على» (insists on) in actors' guards below
  EGY: { ar: ["جمهورية مصر العربية"], nisba: ["مصري"], faDemonyms: ["مصری"] },
  // Jordan: «المملكة الأردنية الهاشمية» in official releases
  JOR: { ar: ["المملكة الأردنية الهاشمية", "المملكة الأردنية"], nisba: ["أردني"], faDemonyms: ["اردنی"] },
  // Qatar
  QAT: { ar: ["دولة قطر"], nisba: ["قطري"], faDemonyms: ["قطری"] },
  // Kuwait
  KWT: { ar: ["دولة الكويت"], nisba: ["كويتي"], faDemonyms: ["کویتی"] },
  // Bahrain
  BHR: { ar: ["مملكة البحرين"], nisba: ["بحريني"], faDemonyms: ["بحرینی"] },
  // Yemen
  YEM: { nisba: ["يمني"], faDemonyms: ["یمنی"] },
  // North Africa: nisbas for «الرئيس الجزائري», «وزير الخارجية المغربي»…
  LBY: { nisba: ["ليبي"], faDemonyms: ["لیبیایی"] },
  TUN: { nisba: ["تونسي"], faDemonyms: ["تونسی"] },
  DZA: { nisba: ["جزائري"], faDemonyms: ["الجزایری"] },
  // Morocco: Persian «مراکش» is ISO; «المملكة المغربية» official Arabic
  MAR: { ar: ["المملكة المغربية"], nisba: ["مغربي"], faDemonyms: ["مراکشی"] },
  SDN: { nisba: ["سوداني"], faDemonyms: ["سودانی"] },
  MRT: { nisba: ["موريتاني"] },
  SOM: { nisba: ["صومالي"] },
  // Caucasus: plain Persian «آذربایجان» is also Iran's provinces, so only «جمهوری آذربایجان» (ISO) and «باکو» count
  AZE: { ar: ["جمهورية أذربيجان", "أذربيجان"], nisba: ["أذربيجاني", "أذري"], faDemonyms: ["جمهوری آذربایجانی"] },
  ARM: { ar: ["أرمينيا", "أرمينية"], fa: ["ارمنستان"], nisba: ["أرميني"], faDemonyms: ["ارمنستانی"] },
  GEO: { nisba: ["جورجي"], faDemonyms: ["گرجی"] },
  // Central Asia
  KAZ: { ar: ["كازاخستان", "قازاقستان"], fa: ["قزاقستان", "کازاخستان"], nisba: ["كازاخستاني", "كازاخي"], faDemonyms: ["قزاقستانی"] },
  UZB: { nisba: ["أوزبكستاني", "أوزبكي"], faDemonyms: ["ازبکستانی"] },
  TKM: { nisba: ["تركمانستاني"], faDemonyms: ["ترکمنستانی"] },
  TJK: { ar: ["طاجكستان"], nisba: ["طاجيكستاني", "طاجيكي"], faDemonyms: ["تاجیکستانی"] },
  KGZ: { ar: ["قرغيزستان", "قيرغيزيا"], nisba: ["قرغيزي", "قيرغيزي"], faDemonyms: ["قرقیزستانی"] },
  // Afghanistan and Pakistan
  AFG: { nisba: ["أفغاني"], faDemonyms: ["افغانستانی", "افغان"] },
  PAK: { nisba: ["باكستاني"], faDemonyms: ["پاکستانی"] },
  // P5 and major EU states: the Persian demonyms «فرانسوی، آلمانی، چینی» are guarded after «زبان» (language)
  CHN: { label: "China", ar: ["جمهورية الصين الشعبية"], fa: ["جمهوری خلق چین"], nisba: ["صيني"], faDemonyms: ["چینی"] },
  FRA: { nisba: ["فرنسي"], faDemonyms: ["فرانسوی"] },
  DEU: { nisba: ["ألماني"], arDemonyms: ["الألمان"], faDemonyms: ["آلمانی"] },
  ITA: { nisba: ["إيطالي"], faDemonyms: ["ایتالیایی"] },
  ESP: { nisba: ["إسباني"], faDemonyms: ["اسپانیایی"] },
  NLD: { nisba: ["هولندي"], faDemonyms: ["هلندی"] },
  POL: { nisba: ["بولندي"], faDemonyms: ["لهستانی"] },
  GRC: { nisba: ["يوناني"], faDemonyms: ["یونانی"] },
  // European states whose citizens, prisoners and mediators are in the region's news
  BEL: { nisba: ["بلجيكي"], faDemonyms: ["بلژیکی"] },
  SWE: { nisba: ["سويدي"], faDemonyms: ["سوئدی"] },
  AUT: { nisba: ["نمساوي"], faDemonyms: ["اتریشی"] },
  CHE: { nisba: ["سويسري"], faDemonyms: ["سوئیسی"] },
  DNK: { nisba: ["دنماركي"], faDemonyms: ["دانمارکی"] },
  NOR: { nisba: ["نرويجي"], faDemonyms: ["نروژی"] },
  CYP: { nisba: ["قبرصي"] },
  // Ukraine: «أوكرانيا/اوکراین» are ISO
  UKR: { nisba: ["أوكراني"], faDemonyms: ["اوکراینی"] },
  // Others often in regional news
  IND: { nisba: ["هندي"], faDemonyms: ["هندی"] },
  JPN: { nisba: ["ياباني"], faDemonyms: ["ژاپنی"] },
  PRK: { label: "North Korea", fa: ["کره شمالی"] },
  KOR: { label: "South Korea", fa: ["کره جنوبی"] },
  VEN: { nisba: ["فنزويلي"], faDemonyms: ["ونزوئلایی"] },
  BLR: { ar: ["بيلاروسيا"], fa: ["بلاروس", "روسیه سفید"] },
  CAN: { nisba: ["كندي"], faDemonyms: ["کانادایی"] },
  AUS: { nisba: ["أسترالي"], faDemonyms: ["استرالیایی"] },
  BRA: { nisba: ["برازيلي"], faDemonyms: ["برزیلی"] },
  ETH: { nisba: ["إثيوبي"], faDemonyms: ["اتیوپیایی"] },
  ZAF: { fa: ["آفریقای جنوبی"] },
  SSD: { fa: ["سودان جنوبی"] },
  MMR: { fa: ["میانمار", "برمه"] },
  // Vatican: the Holy See is named for the state in diplomatic news
  VAT: { ar: ["الكرسي الرسولي"] },
};

/** ISO names left out because they are common words (precision over recall). */
export const EXCLUDED_BASE_NAMES: readonly { readonly lang: "ar" | "fa"; readonly name: string }[] = [
  // «مالي» is the adjective «financial» in Arabic
  { lang: "ar", name: "مالي" },
  // «مالی» is «financial» in Persian
  { lang: "fa", name: "مالی" },
  // «بنين» is «sons» in Arabic
  { lang: "ar", name: "بنين" },
  { lang: "fa", name: "بنین" },
  // «عمان» in Arabic is Oman or Amman (عمّان): handled by a special rule in actors.ts
  { lang: "ar", name: "عمان" },
  // «غنا» is «wealth» in literary Persian
  { lang: "fa", name: "غنا" },
  // «موریس» is the given name Maurice
  { lang: "fa", name: "موریس" },
  // «مالت» is malt
  { lang: "fa", name: "مالت" },
  // «من» («جزیرهٔ من» splits to nothing, but keep the bare pronoun out)
  { lang: "fa", name: "من" },
  // «جمهوری آذربایجان» only: plain «آذربایجان» would also match Iran's provinces
  { lang: "fa", name: "آذربایجان" },
];

/**
 * Context guards: a form is not a state when the previous or next word is one of these.
 * Written in plain spelling; compared after normalisation.
 */
export const STATE_GUARDS: readonly {
  readonly lang: "ar" | "fa";
  readonly form: string;
  readonly notAfter?: readonly string[];
  readonly notBefore?: readonly string[];
}[] = [
  // «مصر على» — «insists on», not Egypt
  { lang: "ar", form: "مصر", notBefore: ["على", "عليه", "عليها", "علی"] },
  // «مصر است» — Persian «insistent», not Egypt
  { lang: "fa", form: "مصر", notBefore: ["است", "هستند", "بود", "بودند", "هستیم", "هستم"] },
  // «دریای عمان» / «بحر عمان» — the sea, not the state
  { lang: "fa", form: "عمان", notAfter: ["دریای", "خلیج"] },
  // «صلاة المغرب» — the sunset prayer
  { lang: "ar", form: "المغرب", notAfter: ["صلاة", "صلاه", "أذان", "اذان"] },
  // «المحيط الهندي» / «اقیانوس هند» — the ocean
  { lang: "ar", form: "الهندي", notAfter: ["المحيط"] },
  { lang: "fa", form: "هند", notAfter: ["اقیانوس"] },
  // «زبان انگلیسی/فرانسوی/آلمانی/چینی/روسی/ترکی» — languages
  { lang: "fa", form: "انگلیسی", notAfter: ["زبان", "به"] },
  { lang: "fa", form: "فرانسوی", notAfter: ["زبان", "به"] },
  { lang: "fa", form: "آلمانی", notAfter: ["زبان", "به"] },
  { lang: "fa", form: "چینی", notAfter: ["زبان", "به", "ظروف"] },
  { lang: "fa", form: "روسی", notAfter: ["زبان", "به"] },
  // «چهارشنبه سوری» — the fire festival
  { lang: "fa", form: "سوری", notAfter: ["چهارشنبه"] },
  // «الأمير تركي الفيصل» — the Saudi given name Turki
  { lang: "ar", form: "تركي", notAfter: ["الأمير", "الامير", "أمير", "الشيخ"] },
  // «اللغة التركية/العربية…» — languages
  { lang: "ar", form: "التركية", notAfter: ["اللغة", "باللغة"] },
  { lang: "ar", form: "الفارسية", notAfter: ["اللغة", "باللغة"] },
  { lang: "ar", form: "الروسية", notAfter: ["اللغة", "باللغة"] },
  // «جيش الاحتلال الأمريكي» etc. are handled generically: a genre name is dropped before another state's demonym
];

/** A city: a capital (metonym for its state in political sentences) or another city (always a place). */
export interface CityEntry {
  readonly id: string;
  readonly label: string;
  /** ISO3 of the state the city is in. */
  readonly country: string;
  readonly ar: readonly string[];
  readonly fa: readonly string[];
  /** True when news uses the city to mean the state («أنقرة ترحب…», «تهران هشدار داد»). */
  readonly metonym: boolean;
}

/** Capitals and cities of the region's news. */
export const CITIES: readonly CityEntry[] = [
  // capitals: used as metonyms for the government
  { id: "ankara", label: "Ankara", country: "TUR", ar: ["أنقرة"], fa: ["آنکارا"], metonym: true },
  { id: "tehran", label: "Tehran", country: "IRN", ar: ["طهران"], fa: ["تهران"], metonym: true },
  { id: "damascus", label: "Damascus", country: "SYR", ar: ["دمشق"], fa: ["دمشق"], metonym: true },
  { id: "moscow", label: "Moscow", country: "RUS", ar: ["موسكو"], fa: ["مسکو"], metonym: true },
  { id: "washington", label: "Washington", country: "USA", ar: ["واشنطن"], fa: ["واشنگتن"], metonym: true },
  { id: "riyadh", label: "Riyadh", country: "SAU", ar: ["الرياض"], fa: ["ریاض"], metonym: true },
  { id: "beijing", label: "Beijing", country: "CHN", ar: ["بكين"], fa: ["پکن"], metonym: true },
  { id: "baghdad", label: "Baghdad", country: "IRQ", ar: ["بغداد"], fa: ["بغداد"], metonym: true },
  { id: "beirut", label: "Beirut", country: "LBN", ar: ["بيروت"], fa: ["بیروت"], metonym: true },
  { id: "cairo", label: "Cairo", country: "EGY", ar: ["القاهرة"], fa: ["قاهره"], metonym: true },
  { id: "doha", label: "Doha", country: "QAT", ar: ["الدوحة"], fa: ["دوحه"], metonym: true },
  { id: "muscat", label: "Muscat", country: "OMN", ar: ["مسقط"], fa: ["مسقط"], metonym: true },
  { id: "manama", label: "Manama", country: "BHR", ar: ["المنامة"], fa: ["منامه"], metonym: true },
  { id: "abu-dhabi", label: "Abu Dhabi", country: "ARE", ar: ["أبوظبي", "أبو ظبي"], fa: ["ابوظبی", "ابو ظبی"], metonym: true },
  // Amman: normalisation folds «عمّان» into «عمان» (Oman), so Arabic Amman is a rule in actors.ts (shadda, «العاصمة الأردنية»)
  { id: "amman", label: "Amman", country: "JOR", ar: [], fa: [], metonym: false }, // Persian «امان» is also «safety»
  { id: "tel-aviv", label: "Tel Aviv", country: "ISR", ar: ["تل أبيب"], fa: ["تل‌آویو", "تل آویو"], metonym: true },
  { id: "paris", label: "Paris", country: "FRA", ar: ["باريس"], fa: ["پاریس"], metonym: true },
  { id: "london", label: "London", country: "GBR", ar: ["لندن"], fa: ["لندن"], metonym: true },
  { id: "berlin", label: "Berlin", country: "DEU", ar: ["برلين"], fa: ["برلین"], metonym: true },
  // «کیف» is «bag/pleasure» in Persian and «كيف» «how» in Arabic: only the spellings with the doubled yeh
  { id: "kyiv", label: "Kyiv", country: "UKR", ar: ["كييف"], fa: ["کی‌یف", "کییف"], metonym: true },
  { id: "baku", label: "Baku", country: "AZE", ar: ["باكو"], fa: ["باکو"], metonym: true },
  { id: "yerevan", label: "Yerevan", country: "ARM", ar: ["يريفان"], fa: ["ایروان"], metonym: true },
  { id: "tbilisi", label: "Tbilisi", country: "GEO", ar: ["تبليسي"], fa: ["تفلیس"], metonym: true },
  { id: "kabul", label: "Kabul", country: "AFG", ar: ["كابل"], fa: ["کابل"], metonym: true },
  { id: "islamabad", label: "Islamabad", country: "PAK", ar: ["إسلام آباد"], fa: ["اسلام‌آباد", "اسلام آباد"], metonym: true },
  { id: "tashkent", label: "Tashkent", country: "UZB", ar: ["طشقند"], fa: ["تاشکند"], metonym: true },
  { id: "ashgabat", label: "Ashgabat", country: "TKM", ar: ["عشق آباد"], fa: ["عشق‌آباد", "عشق آباد"], metonym: true },
  // «دوشنبه» is Monday in Persian too: there it is decided on the words around it (pipeline/homographs.ts)
  { id: "dushanbe", label: "Dushanbe", country: "TJK", ar: ["دوشنبه"], fa: [], metonym: true },
  { id: "bishkek", label: "Bishkek", country: "KGZ", ar: ["بيشكيك"], fa: ["بیشکک"], metonym: true },
  { id: "sanaa", label: "Sanaa", country: "YEM", ar: ["صنعاء"], fa: ["صنعا"], metonym: false },
  { id: "khartoum", label: "Khartoum", country: "SDN", ar: ["الخرطوم"], fa: ["خارطوم"], metonym: true },
  // the Horn of Africa's capitals
  { id: "addis-ababa", label: "Addis Ababa", country: "ETH", ar: ["أديس أبابا", "اديس ابابا"], fa: ["آدیس آبابا", "آدیس‌آبابا"], metonym: true },
  { id: "mogadishu", label: "Mogadishu", country: "SOM", ar: ["مقديشو"], fa: ["موگادیشو"], metonym: true },
  { id: "asmara", label: "Asmara", country: "ERI", ar: ["أسمرة", "أسمرا"], fa: ["اسمره"], metonym: true },
  { id: "tokyo", label: "Tokyo", country: "JPN", ar: ["طوكيو"], fa: ["توکیو"], metonym: true },
  { id: "new-delhi", label: "New Delhi", country: "IND", ar: ["نيودلهي"], fa: ["دهلی نو"], metonym: true },
  { id: "rome", label: "Rome", country: "ITA", ar: ["روما"], fa: [], metonym: true },
  { id: "madrid", label: "Madrid", country: "ESP", ar: ["مدريد"], fa: ["مادرید"], metonym: true },
  { id: "algiers", label: "Algiers", country: "DZA", ar: ["الجزائر العاصمة"], fa: [], metonym: false },
  { id: "rabat", label: "Rabat", country: "MAR", ar: ["الرباط"], fa: [], metonym: true },
  { id: "tripoli", label: "Tripoli", country: "LBY", ar: ["طرابلس"], fa: ["طرابلس"], metonym: false },
  { id: "nicosia", label: "Nicosia", country: "CYP", ar: ["نيقوسيا"], fa: ["نیکوزیا"], metonym: true },
  { id: "athens", label: "Athens", country: "GRC", ar: ["أثينا"], fa: ["آتن"], metonym: true },
  // government seats used as metonyms
  { id: "kremlin", label: "Kremlin", country: "RUS", ar: ["الكرملين"], fa: ["کرملین", "کاخ کرملین"], metonym: true },
  { id: "white-house", label: "White House", country: "USA", ar: ["البيت الأبيض"], fa: ["کاخ سفید"], metonym: true },
  // other cities: always places
  { id: "istanbul", label: "Istanbul", country: "TUR", ar: ["إسطنبول", "اسطنبول"], fa: ["استانبول"], metonym: false },
  { id: "izmir", label: "Izmir", country: "TUR", ar: ["إزمير"], fa: ["ازمیر"], metonym: false },
  { id: "gaziantep", label: "Gaziantep", country: "TUR", ar: ["غازي عنتاب"], fa: ["غازی‌عنتاب", "غازی عنتاب"], metonym: false },
  { id: "antalya", label: "Antalya", country: "TUR", ar: ["أنطاليا"], fa: ["آنتالیا"], metonym: false },
  { id: "aleppo", label: "Aleppo", country: "SYR", ar: ["حلب"], fa: ["حلب"], metonym: false },
  { id: "idlib", label: "Idlib", country: "SYR", ar: ["إدلب"], fa: ["ادلب"], metonym: false },
  { id: "homs", label: "Homs", country: "SYR", ar: ["حمص"], fa: ["حمص"], metonym: false },
  { id: "raqqa", label: "Raqqa", country: "SYR", ar: ["الرقة"], fa: ["رقه"], metonym: false },
  { id: "deir-ez-zor", label: "Deir ez-Zor", country: "SYR", ar: ["دير الزور"], fa: ["دیرالزور", "دیر الزور"], metonym: false },
  { id: "manbij", label: "Manbij", country: "SYR", ar: ["منبج"], fa: ["منبج"], metonym: false },
  { id: "afrin", label: "Afrin", country: "SYR", ar: ["عفرين"], fa: ["عفرین"], metonym: false },
  { id: "qamishli", label: "Qamishli", country: "SYR", ar: ["القامشلي"], fa: ["قامشلی"], metonym: false },
  { id: "latakia", label: "Latakia", country: "SYR", ar: ["اللاذقية"], fa: ["لاذقیه"], metonym: false },
  { id: "tartus", label: "Tartus", country: "SYR", ar: ["طرطوس"], fa: ["طرطوس"], metonym: false },
  { id: "daraa", label: "Daraa", country: "SYR", ar: ["درعا"], fa: ["درعا"], metonym: false },
  { id: "mosul", label: "Mosul", country: "IRQ", ar: ["الموصل"], fa: ["موصل"], metonym: false },
  { id: "basra", label: "Basra", country: "IRQ", ar: ["البصرة"], fa: ["بصره"], metonym: false },
  { id: "erbil", label: "Erbil", country: "IRQ", ar: ["أربيل"], fa: ["اربیل"], metonym: false },
  { id: "najaf", label: "Najaf", country: "IRQ", ar: ["النجف"], fa: ["نجف"], metonym: false },
  { id: "karbala", label: "Karbala", country: "IRQ", ar: ["كربلاء"], fa: ["کربلا"], metonym: false },
  // «مشهد» is «scene» in Arabic: Persian only
  { id: "mashhad", label: "Mashhad", country: "IRN", ar: [], fa: ["مشهد"], metonym: false },
  { id: "isfahan", label: "Isfahan", country: "IRN", ar: ["أصفهان"], fa: ["اصفهان"], metonym: false },
  { id: "tabriz", label: "Tabriz", country: "IRN", ar: ["تبريز"], fa: ["تبریز"], metonym: false },
  { id: "shiraz", label: "Shiraz", country: "IRN", ar: ["شيراز"], fa: ["شیراز"], metonym: false },
  // «قم» is «stand up» in Arabic: Persian only
  { id: "qom", label: "Qom", country: "IRN", ar: [], fa: ["قم"], metonym: false },
  { id: "jeddah", label: "Jeddah", country: "SAU", ar: ["جدة"], fa: ["جده"], metonym: false },
  { id: "mecca", label: "Mecca", country: "SAU", ar: ["مكة", "مكة المكرمة"], fa: ["مکه"], metonym: false },
  { id: "dubai", label: "Dubai", country: "ARE", ar: ["دبي"], fa: ["دبی"], metonym: false },
  { id: "sharm-el-sheikh", label: "Sharm el-Sheikh", country: "EGY", ar: ["شرم الشيخ"], fa: ["شرم‌الشیخ", "شرم الشیخ"], metonym: false },
  { id: "rafah", label: "Rafah", country: "PSE", ar: ["رفح"], fa: ["رفح"], metonym: false },
  { id: "khan-younis", label: "Khan Younis", country: "PSE", ar: ["خان يونس"], fa: ["خان یونس"], metonym: false },
  { id: "jerusalem", label: "Jerusalem", country: "PSE", ar: ["القدس المحتلة"], fa: ["بیت‌المقدس", "بیت المقدس"], metonym: false },
  { id: "beirut-southern-suburb", label: "Beirut southern suburb (Dahiyeh)", country: "LBN", ar: ["الضاحية الجنوبية"], fa: ["ضاحیه جنوبی"], metonym: false },
  { id: "sochi", label: "Sochi", country: "RUS", ar: ["سوتشي"], fa: ["سوچی"], metonym: false },
  { id: "geneva", label: "Geneva", country: "CHE", ar: ["جنيف"], fa: ["ژنو"], metonym: false },
  { id: "vienna", label: "Vienna", country: "AUT", ar: ["فيينا"], fa: ["وین"], metonym: false },
  // Iraq's Kurdistan Region as a place («في إقليم كردستان», «در اقلیم کردستان»: attacks there strike Iraq; «… عراق»
  // after it stays Iraq); its government is an organisation (organisations.ts). Not «كردستان / کردستان» alone: also Iran's province
  { id: "iraqi-kurdistan", label: "Kurdistan Region of Iraq", country: "IRQ", ar: ["إقليم كردستان"], fa: ["اقلیم کردستان"], metonym: false },
  // Switzerland's other venues of talks and prisoner deals
  { id: "bern", label: "Bern", country: "CHE", ar: ["بيرن", "برن"], fa: ["برن"], metonym: false },
  { id: "lausanne", label: "Lausanne", country: "CHE", ar: ["لوزان"], fa: ["لوزان"], metonym: false },
  { id: "new-york", label: "New York", country: "USA", ar: ["نيويورك"], fa: ["نیویورک"], metonym: false },
  { id: "kirkuk", label: "Kirkuk", country: "IRQ", ar: ["كركوك"], fa: ["کرکوک"], metonym: false },
  { id: "sulaymaniyah", label: "Sulaymaniyah", country: "IRQ", ar: ["السليمانية"], fa: ["سلیمانیه"], metonym: false },
  { id: "sinjar", label: "Sinjar", country: "IRQ", ar: ["سنجار"], fa: ["سنجار"], metonym: false },
  { id: "hodeidah", label: "Hodeidah", country: "YEM", ar: ["الحديدة"], fa: ["الحدیده", "حدیده"], metonym: false },
  { id: "aden", label: "Aden", country: "YEM", ar: ["عدن"], fa: ["عدن"], metonym: false },
  { id: "marib", label: "Marib", country: "YEM", ar: ["مأرب"], fa: ["مأرب", "مارب"], metonym: false },
  { id: "haifa", label: "Haifa", country: "ISR", ar: ["حيفا"], fa: ["حیفا"], metonym: false },
  { id: "eilat", label: "Eilat", country: "ISR", ar: ["إيلات", "ايلات"], fa: ["ایلات"], metonym: false },
  { id: "dimona", label: "Dimona", country: "ISR", ar: ["ديمونا"], fa: ["دیمونا"], metonym: false },
  { id: "ben-gurion-airport", label: "Ben Gurion Airport", country: "ISR", ar: ["مطار بن غوريون"], fa: ["فرودگاه بن‌گوریون", "فرودگاه بن گوریون"], metonym: false },
  { id: "ramallah", label: "Ramallah", country: "PSE", ar: ["رام الله"], fa: ["رام‌الله", "رام الله"], metonym: false },
  { id: "nablus", label: "Nablus", country: "PSE", ar: ["نابلس"], fa: ["نابلس"], metonym: false },
  { id: "jenin", label: "Jenin", country: "PSE", ar: ["جنين"], fa: ["جنین"], metonym: false },
  { id: "baalbek", label: "Baalbek", country: "LBN", ar: ["بعلبك"], fa: ["بعلبک"], metonym: false },
  { id: "nabatieh", label: "Nabatieh", country: "LBN", ar: ["النبطية"], fa: ["نبطیه"], metonym: false },
  { id: "sidon", label: "Sidon", country: "LBN", ar: ["صيدا"], fa: ["صیدا"], metonym: false },
  { id: "benghazi", label: "Benghazi", country: "LBY", ar: ["بنغازي"], fa: ["بنغازی"], metonym: false },
  { id: "misrata", label: "Misrata", country: "LBY", ar: ["مصراتة"], fa: ["مصراته"], metonym: false },
  { id: "port-sudan", label: "Port Sudan", country: "SDN", ar: ["بورتسودان", "بور سودان"], fa: ["بندر پورت‌سودان", "پورت‌سودان", "پورت سودان"], metonym: false },
  { id: "el-fasher", label: "El Fasher", country: "SDN", ar: ["الفاشر"], fa: ["الفاشر"], metonym: false },
  { id: "omdurman", label: "Omdurman", country: "SDN", ar: ["أم درمان"], fa: ["ام‌درمان", "ام درمان"], metonym: false },
  { id: "alexandria", label: "Alexandria", country: "EGY", ar: ["الإسكندرية"], fa: ["اسکندریه"], metonym: false },
  { id: "el-arish", label: "El Arish", country: "EGY", ar: ["العريش"], fa: ["العریش"], metonym: false },
  { id: "bandar-abbas", label: "Bandar Abbas", country: "IRN", ar: ["بندر عباس"], fa: ["بندرعباس", "بندر عباس"], metonym: false },
  { id: "chabahar", label: "Chabahar", country: "IRN", ar: ["تشابهار", "جابهار"], fa: ["چابهار"], metonym: false },
  { id: "zahedan", label: "Zahedan", country: "IRN", ar: ["زاهدان"], fa: ["زاهدان"], metonym: false },
  { id: "kerman", label: "Kerman", country: "IRN", ar: ["كرمان"], fa: ["کرمان"], metonym: false },
  { id: "ahvaz", label: "Ahvaz", country: "IRN", ar: ["الأهواز"], fa: ["اهواز"], metonym: false },
  { id: "nakhchivan", label: "Nakhchivan", country: "AZE", ar: ["ناخيتشيفان", "نخجوان"], fa: ["نخجوان"], metonym: false },
  { id: "karabakh", label: "Karabakh", country: "AZE", ar: ["كاراباخ", "قره باغ"], fa: ["قره‌باغ", "قره باغ"], metonym: false },
  { id: "herat", label: "Herat", country: "AFG", ar: ["هرات"], fa: ["هرات"], metonym: false },
  { id: "kandahar", label: "Kandahar", country: "AFG", ar: ["قندهار"], fa: ["قندهار"], metonym: false },
  { id: "dhahran", label: "Dhahran", country: "SAU", ar: ["الظهران"], fa: ["ظهران"], metonym: false },
  { id: "abqaiq", label: "Abqaiq", country: "SAU", ar: ["أبقيق"], fa: ["ابقیق"], metonym: false },
  { id: "fujairah", label: "Fujairah", country: "ARE", ar: ["الفجيرة"], fa: ["فجیره"], metonym: false },
  { id: "salalah", label: "Salalah", country: "OMN", ar: ["صلالة"], fa: ["صلاله"], metonym: false },
  // nuclear sites named as targets of strikes
  { id: "fordow", label: "Fordow", country: "IRN", ar: ["فوردو"], fa: ["فردو", "فوردو"], metonym: false },
  { id: "natanz", label: "Natanz", country: "IRN", ar: ["نطنز"], fa: ["نطنز"], metonym: false },
  { id: "bushehr", label: "Bushehr", country: "IRN", ar: ["بوشهر"], fa: ["بوشهر"], metonym: false },
  // military bases the region's news names as targets: a strike on one strikes its host state
  { id: "al-udeid", label: "Al Udeid Air Base", country: "QAT", ar: ["قاعدة العديد", "قاعدة العديد الجوية"], fa: ["پایگاه العدید", "پایگاه هوایی العدید"], metonym: false },
  { id: "ain-al-asad", label: "Ain al-Asad Air Base", country: "IRQ", ar: ["قاعدة عين الأسد", "عين الأسد"], fa: ["پایگاه عین الاسد", "عین الاسد"], metonym: false },
  { id: "hmeimim", label: "Hmeimim Air Base", country: "SYR", ar: ["قاعدة حميميم", "حميميم"], fa: ["پایگاه حمیمیم", "حمیمیم"], metonym: false },
  { id: "al-tanf", label: "Al-Tanf garrison", country: "SYR", ar: ["قاعدة التنف", "التنف"], fa: ["پایگاه التنف"], metonym: false },
  { id: "incirlik", label: "Incirlik Air Base", country: "TUR", ar: ["قاعدة إنجرليك", "إنجرليك"], fa: ["پایگاه اینجرلیک", "اینجرلیک"], metonym: false },
  { id: "nevatim", label: "Nevatim Air Base", country: "ISR", ar: ["قاعدة نيفاتيم", "نيفاتيم"], fa: ["پایگاه نواتیم", "نواتیم"], metonym: false },
];
