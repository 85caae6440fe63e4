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
  // Caucasus: plain Persian «آذربایجان» is the republic («ارمنستان و آذربایجان»), except where it names Iran's
  // provinces («آذربایجان شرقی», «استان آذربایجان»: guarded below); «ارمنی» is the state's adjective («همتای ارمنی»),
  // except of Iran's Armenians («کلیسای ارمنی», «هموطنان ارمنی»: guarded below)
  AZE: { ar: ["جمهورية أذربيجان", "أذربيجان"], fa: ["آذربایجان"], nisba: ["أذربيجاني", "أذري"], faDemonyms: ["جمهوری آذربایجانی"] },
  ARM: { ar: ["أرمينيا", "أرمينية"], fa: ["ارمنستان"], nisba: ["أرميني"], faDemonyms: ["ارمنستانی", "ارمنی"] },
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
  KEN: { nisba: ["كيني"], faDemonyms: ["کنیایی"] },
  // states of the Muslim world and of the Global South that the region's news names by their adjective
  // (ministers at Gaza contact-group meetings, parties to the ICJ case): «نظيرته الإندونيسية», «وزير الخارجية الماليزي»
  IDN: { nisba: ["إندونيسي", "اندونيسي"], faDemonyms: ["اندونزیایی", "اندونزیائی"] },
  MYS: { nisba: ["ماليزي"], faDemonyms: ["مالزیایی", "مالزیائی"] },
  BGD: { nisba: ["بنغلاديشي"], faDemonyms: ["بنگلادشی"] },
  IRL: { nisba: ["أيرلندي", "إيرلندي"], faDemonyms: ["ایرلندی"] },
  MEX: { nisba: ["مكسيكي"], faDemonyms: ["مکزیکی"] },
  COL: { nisba: ["كولومبي"], faDemonyms: ["کلمبیایی"] },
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
  // «آذربایجان شرقی / غربی», «استان‌های آذربایجان», «آذربایجان ایران» — Iran's provinces, not the republic
  { lang: "fa", form: "آذربایجان", notBefore: ["شرقی", "غربی", "ایران"], notAfter: ["استان", "استانهای", "استان‌های", "منطقه", "خطه", "ترکی", "زبان"] },
  // «کلیسای ارمنی», «هموطنان ارمنی», «جامعه ارمنی» — Iran's Armenians, not Armenia
  { lang: "fa", form: "ارمنی", notAfter: ["کلیسای", "کلیسا", "هموطنان", "هموطن", "جامعه", "اقلیت", "مسیحیان", "نماینده", "زبان"] },
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
  // «آمریکای لاتین / جنوبی», «أمريكا اللاتينية / الجنوبية / الوسطى» — the continent, not the United States
  { lang: "fa", form: "آمریکا", notBefore: ["لاتین", "جنوبی", "شمالی", "مرکزی"] },
  { lang: "fa", form: "امریکا", notBefore: ["لاتین", "جنوبی", "شمالی", "مرکزی"] },
  { lang: "fa", form: "آمریکایی", notAfter: ["لاتین"] },
  { lang: "ar", form: "أمريكا", notBefore: ["اللاتينية", "الجنوبية", "الشمالية", "الوسطى"] },
  { lang: "ar", form: "أميركا", notBefore: ["اللاتينية", "الجنوبية", "الشمالية", "الوسطى"] },
  // «چهارشنبه سوری» — the fire festival
  { lang: "fa", form: "سوری", notAfter: ["چهارشنبه"] },
  // «الأمير تركي الفيصل» — the Saudi given name Turki
  { lang: "ar", form: "تركي", notAfter: ["الأمير", "الامير", "أمير", "الشيخ"] },
  // «اللغة التركية/العربية…» — languages
  { lang: "ar", form: "التركية", notAfter: ["اللغة", "باللغة"] },
  { lang: "ar", form: "الفارسية", notAfter: ["اللغة", "باللغة"] },
  { lang: "ar", form: "الروسية", notAfter: ["اللغة", "باللغة"] },
  // capitals and cities («اتفاق / قمة / نشست X» are already places: see LOCATIVES and PLACE_CUES in pipeline/actors/context.ts)
  // «کابل / كابل» is also «cable»: «کابل‌های زیردریایی», «کابل برق», «قطع کابل», «كابل بحري», «كابل الإنترنت»
  { lang: "fa", form: "کابل", notAfter: ["سیم", "قطع", "فیبر"], notBefore: ["برق", "فیبر", "نوری", "زیردریایی", "دریایی", "اینترنت", "اینترنتی", "ارتباطی", "مخابراتی", "انتقال", "تلفن", "مسی", "ها", "های", "هایی"] },
  { lang: "ar", form: "كابل", notBefore: ["بحري", "كهربائي", "كهرباء", "الكهرباء", "ألياف", "الألياف", "إنترنت", "الإنترنت", "ضوئي", "نحاسي", "اتصالات", "الاتصالات"] },
  // «مجموعة مينسك» (the OSCE's Karabakh group), «اتفاقيات مينسك» (Ukraine): not Belarus
  { lang: "ar", form: "مينسك", notAfter: ["مجموعة", "لمجموعة", "ومجموعة", "اتفاقيات", "لاتفاقيات", "واتفاقيات", "اتفاقات", "بروتوكول", "صيغة", "مسار"] },
  { lang: "fa", form: "مینسک", notAfter: ["گروه", "توافقنامه", "توافقنامههای", "توافقات", "قراردادهای", "پیمان", "پروتکل", "روند", "فرمت"] },
  // «منبر جوبا», «مسار جوبا» (Sudan's peace talks held there): not South Sudan
  { lang: "ar", form: "جوبا", notAfter: ["منبر", "ومنبر", "لمنبر", "بمنبر", "مسار", "ومسار", "لمسار", "اتفاقيات", "مفاوضات", "ومفاوضات", "محادثات", "ومحادثات"] },
  { lang: "fa", form: "جوبا", notAfter: ["توافقنامه", "روند", "مذاکرات"] },
  // «حلف وارسو / پیمان ورشو» — the Warsaw Pact
  { lang: "ar", form: "وارسو", notAfter: ["حلف", "لحلف", "وحلف"] },
  { lang: "fa", form: "ورشو", notAfter: ["پیمان"] },
  // «متلازمة ستوكهولم» (the syndrome), «اتفاقيات ستوكهولم» (Yemen, 2018)
  { lang: "ar", form: "ستوكهولم", notAfter: ["متلازمة", "اتفاقيات", "لاتفاقيات", "واتفاقيات", "اتفاقات"] },
  { lang: "fa", form: "استکهلم", notAfter: ["سندرم", "توافقنامه"] },
  // «مجموعة ليما» (on Venezuela)
  { lang: "ar", form: "ليما", notAfter: ["مجموعة", "لمجموعة"] },
  // «رالي داكار» — the rally
  { lang: "ar", form: "داكار", notAfter: ["رالي", "سباق"] },
  { lang: "fa", form: "داکار", notAfter: ["رالی"] },
  // «حمية كيتو», «رژیم کیتو» — the diet
  { lang: "ar", form: "كيتو", notAfter: ["حمية", "رجيم", "نظام"] },
  { lang: "fa", form: "کیتو", notAfter: ["رژیم"] },
  // «سانتياغو برنابيو» — the stadium
  { lang: "ar", form: "سانتياغو", notBefore: ["برنابيو", "بيرنابيو"] },
  { lang: "fa", form: "سانتیاگو", notBefore: ["برنابئو", "برنابیو"] },
  // «مذكرة بودابست» (1994, Ukraine)
  { lang: "ar", form: "بودابست", notAfter: ["مذكرة", "ومذكرة", "لمذكرة", "بمذكرة"] },
  { lang: "fa", form: "بوداپست", notAfter: ["تفاهم", "تفاهمنامه", "یادداشت"] },
  // «اتفاقيات هلسنكي», «وثيقة هلسنكي» (1975)
  { lang: "ar", form: "هلسنكي", notAfter: ["اتفاقيات", "اتفاقات", "وثيقة"] },
  // «نور سلطان نزارباييف» — the man Astana was named after, not the city
  { lang: "ar", form: "نور سلطان", notBefore: ["نزارباييف", "نزاربايف"] },
  { lang: "fa", form: "نور سلطان", notBefore: ["نظربایف", "نزاربایف"] },
  { lang: "fa", form: "نورسلطان", notBefore: ["نظربایف", "نزاربایف"] },
  // «جامعة جورجتاون» — the university in Washington
  { lang: "ar", form: "جورجتاون", notAfter: ["جامعة", "بجامعة", "لجامعة"] },
  { lang: "ar", form: "جورج تاون", notAfter: ["جامعة", "بجامعة", "لجامعة"] },
  { lang: "fa", form: "جورجتاون", notAfter: ["دانشگاه"] },
  { lang: "fa", form: "جورج تاون", notAfter: ["دانشگاه"] },
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
  { id: "tbilisi", label: "Tbilisi", country: "GEO", ar: ["تبليسي"], fa: ["تفلیس", "تبیلیسی"], metonym: true },
  // «کابل / كابل» is also «cable»: guarded below («کابل‌های زیردریایی», «كابل بحري»)
  { id: "kabul", label: "Kabul", country: "AFG", ar: ["كابل", "كابول"], fa: ["کابل"], metonym: true },
  { id: "islamabad", label: "Islamabad", country: "PAK", ar: ["إسلام آباد"], fa: ["اسلام‌آباد", "اسلام آباد"], metonym: true },
  { id: "tashkent", label: "Tashkent", country: "UZB", ar: ["طشقند"], fa: ["تاشکند"], metonym: true },
  { id: "ashgabat", label: "Ashgabat", country: "TKM", ar: ["عشق آباد"], fa: ["عشق‌آباد", "عشق آباد"], metonym: true },
  // «دوشنبه» is Monday in Persian too: there it is decided on the words around it (pipeline/homographs.ts)
  { id: "dushanbe", label: "Dushanbe", country: "TJK", ar: ["دوشنبه"], fa: [], metonym: true },
  { id: "bishkek", label: "Bishkek", country: "KGZ", ar: ["بيشكيك", "بشكيك"], fa: ["بیشکک"], metonym: true },
  { id: "sanaa", label: "Sanaa", country: "YEM", ar: ["صنعاء"], fa: ["صنعا"], metonym: false },
  { id: "khartoum", label: "Khartoum", country: "SDN", ar: ["الخرطوم"], fa: ["خارطوم", "خارتوم"], metonym: true },
  // the Horn of Africa's capitals
  { id: "addis-ababa", label: "Addis Ababa", country: "ETH", ar: ["أديس أبابا", "اديس ابابا"], fa: ["آدیس آبابا", "آدیس‌آبابا"], metonym: true },
  { id: "mogadishu", label: "Mogadishu", country: "SOM", ar: ["مقديشو"], fa: ["موگادیشو"], metonym: true },
  { id: "asmara", label: "Asmara", country: "ERI", ar: ["أسمرة", "أسمرا"], fa: ["اسمره"], metonym: true },
  { id: "tokyo", label: "Tokyo", country: "JPN", ar: ["طوكيو"], fa: ["توکیو"], metonym: true },
  { id: "new-delhi", label: "New Delhi", country: "IND", ar: ["نيودلهي", "نيو دلهي"], fa: ["دهلی‌نو"], metonym: true },
  { id: "rome", label: "Rome", country: "ITA", ar: ["روما"], fa: [], metonym: true },
  { id: "madrid", label: "Madrid", country: "ESP", ar: ["مدريد"], fa: ["مادرید"], metonym: true },
  { id: "algiers", label: "Algiers", country: "DZA", ar: ["الجزائر العاصمة"], fa: [], metonym: false },
  { id: "rabat", label: "Rabat", country: "MAR", ar: ["الرباط"], fa: [], metonym: true },
  { id: "tripoli", label: "Tripoli", country: "LBY", ar: ["طرابلس"], fa: ["طرابلس"], metonym: false },
  { id: "nicosia", label: "Nicosia", country: "CYP", ar: ["نيقوسيا"], fa: ["نیکوزیا"], metonym: true },
  { id: "athens", label: "Athens", country: "GRC", ar: ["أثينا"], fa: ["آتن"], metonym: true },
  // the other UN members' capitals (seats of government where they differ), as Arabic and Persian outlets spell them.
  // Left out where the capital is spelled as its state («الكويت، جيبوتي، تونس، سنغافورة، بنما، لوكسمبورغ، موناكو»:
  // the state's name wins the same span, so a city entry would only hide it) and where a form is an ordinary word or a
  // name in this genre: Arabic «أكرا» (also «باكراً» early, read as «ب» + Accra), «سيول» (floods), «دكا» (pounding),
  // «لومي» (my blame), «صوفيا» (Sophia, «آيا صوفيا»), «ماليه» (financial), «ديلي» (Daily, «ديلي ميل»), «أبيا» (proud),
  // «برايا» (creatures), «فيكتوريا» (Victoria Nuland), «باستير» (Pasteur), «دار السلام» (an epithet of Baghdad);
  // Persian «سئول» (folds into «سیول», floods), «لیما» (a given name), «رم» (Rome: rum, shying), «بانگی» (a shout),
  // «صوفیه» (the Sufis), «ماله» (trowel), «دیلی». Brasília's Arabic «برازيليا» is already the nisba «برازيلياً» (Brazil).
  // Africa
  { id: "luanda", label: "Luanda", country: "AGO", ar: ["لواندا"], fa: ["لوآندا", "لواندا"], metonym: true },
  // Benin: its own name «بنين» is left out («sons»), so its capitals carry it
  { id: "porto-novo", label: "Porto-Novo", country: "BEN", ar: ["بورتو نوفو"], fa: ["پورتو نوو", "پورتونوو"], metonym: true },
  { id: "cotonou", label: "Cotonou", country: "BEN", ar: ["كوتونو"], fa: ["کوتونو"], metonym: true },
  { id: "gaborone", label: "Gaborone", country: "BWA", ar: ["غابورون", "جابورون", "غابوروني"], fa: ["گابورون", "گابورونه"], metonym: true },
  { id: "ouagadougou", label: "Ouagadougou", country: "BFA", ar: ["واغادوغو", "واجادوجو"], fa: ["واگادوگو"], metonym: true },
  { id: "gitega", label: "Gitega", country: "BDI", ar: ["جيتيغا", "غيتيغا"], fa: ["گیتگا"], metonym: true },
  { id: "bujumbura", label: "Bujumbura", country: "BDI", ar: ["بوجمبورا", "بوجومبورا"], fa: ["بوجومبورا"], metonym: false },
  { id: "praia", label: "Praia", country: "CPV", ar: [], fa: ["پرایا"], metonym: true },
  { id: "yaounde", label: "Yaoundé", country: "CMR", ar: ["ياوندي"], fa: ["یائونده", "یاوونده"], metonym: true },
  { id: "bangui", label: "Bangui", country: "CAF", ar: ["بانغي", "بانجي"], fa: [], metonym: true },
  { id: "ndjamena", label: "N'Djamena", country: "TCD", ar: ["نجامينا", "انجامينا"], fa: ["انجامنا", "ان‌جامنا"], metonym: true },
  { id: "moroni", label: "Moroni", country: "COM", ar: ["موروني"], fa: ["مورونی"], metonym: true },
  { id: "kinshasa", label: "Kinshasa", country: "COD", ar: ["كينشاسا"], fa: ["کینشاسا"], metonym: true },
  { id: "brazzaville", label: "Brazzaville", country: "COG", ar: ["برازافيل"], fa: ["برازاویل"], metonym: true },
  { id: "yamoussoukro", label: "Yamoussoukro", country: "CIV", ar: ["ياموسوكرو"], fa: ["یاموسوکرو"], metonym: true },
  { id: "abidjan", label: "Abidjan", country: "CIV", ar: ["أبيدجان", "أبيجان"], fa: ["آبیجان", "آبیدجان"], metonym: true },
  { id: "malabo", label: "Malabo", country: "GNQ", ar: ["مالابو"], fa: ["مالابو"], metonym: true },
  { id: "mbabane", label: "Mbabane", country: "SWZ", ar: ["مبابان", "مباباني"], fa: ["امبابانه", "مبابانه"], metonym: true },
  { id: "libreville", label: "Libreville", country: "GAB", ar: ["ليبرفيل"], fa: ["لیبرویل"], metonym: true },
  { id: "banjul", label: "Banjul", country: "GMB", ar: ["بانجول"], fa: ["بانجول"], metonym: true },
  { id: "accra", label: "Accra", country: "GHA", ar: [], fa: ["آکرا"], metonym: true },
  { id: "conakry", label: "Conakry", country: "GIN", ar: ["كوناكري"], fa: ["کوناکری"], metonym: true },
  { id: "bissau", label: "Bissau", country: "GNB", ar: ["بيساو"], fa: ["بیسائو"], metonym: true },
  { id: "nairobi", label: "Nairobi", country: "KEN", ar: ["نيروبي"], fa: ["نایروبی"], metonym: true },
  { id: "maseru", label: "Maseru", country: "LSO", ar: ["ماسيرو"], fa: ["ماسرو"], metonym: true },
  { id: "monrovia", label: "Monrovia", country: "LBR", ar: ["مونروفيا"], fa: ["مونروویا"], metonym: true },
  { id: "antananarivo", label: "Antananarivo", country: "MDG", ar: ["أنتاناناريفو"], fa: ["آنتاناناریوو"], metonym: true },
  { id: "lilongwe", label: "Lilongwe", country: "MWI", ar: ["ليلونغوي"], fa: ["لیلونگوه"], metonym: true },
  // Mali: Bamako stands for its government as the other capitals do («ولم يتأخر رد باماكو»)
  { id: "bamako", label: "Bamako", country: "MLI", ar: ["باماكو"], fa: ["باماکو"], metonym: true },
  { id: "nouakchott", label: "Nouakchott", country: "MRT", ar: ["نواكشوط"], fa: ["نواکشوت"], metonym: true },
  { id: "port-louis", label: "Port Louis", country: "MUS", ar: ["بورت لويس", "بور لويس"], fa: ["پورت لوئیس"], metonym: true },
  { id: "maputo", label: "Maputo", country: "MOZ", ar: ["مابوتو"], fa: ["ماپوتو"], metonym: true },
  { id: "windhoek", label: "Windhoek", country: "NAM", ar: ["ويندهوك"], fa: ["ویندهوک"], metonym: true },
  { id: "niamey", label: "Niamey", country: "NER", ar: ["نيامي"], fa: ["نیامی"], metonym: true },
  { id: "abuja", label: "Abuja", country: "NGA", ar: ["أبوجا"], fa: ["آبوجا"], metonym: true },
  { id: "kigali", label: "Kigali", country: "RWA", ar: ["كيغالي", "كيجالي"], fa: ["کیگالی"], metonym: true },
  { id: "sao-tome", label: "São Tomé", country: "STP", ar: ["ساو تومي"], fa: ["سائوتومه"], metonym: true },
  { id: "dakar", label: "Dakar", country: "SEN", ar: ["داكار"], fa: ["داکار"], metonym: true },
  { id: "freetown", label: "Freetown", country: "SLE", ar: ["فريتاون"], fa: ["فری‌تاون"], metonym: true },
  // South Africa: Pretoria is the seat of government; Cape Town (parliament) and Johannesburg (BRICS 2023) are places
  { id: "pretoria", label: "Pretoria", country: "ZAF", ar: ["بريتوريا"], fa: ["پرتوریا"], metonym: true },
  { id: "juba", label: "Juba", country: "SSD", ar: ["جوبا"], fa: ["جوبا"], metonym: true },
  { id: "dodoma", label: "Dodoma", country: "TZA", ar: ["دودوما"], fa: ["دودوما"], metonym: true },
  { id: "lome", label: "Lomé", country: "TGO", ar: [], fa: ["لومه"], metonym: true },
  // Tunis is «تونس» like its state: only «تونس العاصمة» names the city (as «الجزائر العاصمة» does Algiers)
  { id: "tunis", label: "Tunis", country: "TUN", ar: ["تونس العاصمة"], fa: [], metonym: false },
  { id: "kampala", label: "Kampala", country: "UGA", ar: ["كمبالا"], fa: ["کامپالا"], metonym: true },
  { id: "lusaka", label: "Lusaka", country: "ZMB", ar: ["لوساكا"], fa: ["لوساکا"], metonym: true },
  { id: "harare", label: "Harare", country: "ZWE", ar: ["هراري"], fa: ["هراره"], metonym: true },
  // the Americas
  { id: "buenos-aires", label: "Buenos Aires", country: "ARG", ar: ["بوينس آيرس", "بوينس أيريس"], fa: ["بوئنوس آیرس", "بوینس آیرس"], metonym: true },
  { id: "nassau", label: "Nassau", country: "BHS", ar: ["ناساو"], fa: ["ناسائو"], metonym: true },
  { id: "bridgetown", label: "Bridgetown", country: "BRB", ar: ["بريدجتاون"], fa: ["بریج‌تاون"], metonym: true },
  { id: "belmopan", label: "Belmopan", country: "BLZ", ar: ["بلموبان"], fa: ["بلموپان"], metonym: true },
  // Bolivia: La Paz is the seat of government, Sucre the constitutional capital
  { id: "la-paz", label: "La Paz", country: "BOL", ar: ["لاباز", "لا باز"], fa: ["لاپاز"], metonym: true },
  { id: "sucre", label: "Sucre", country: "BOL", ar: ["سوكري"], fa: ["سوکره"], metonym: false },
  { id: "brasilia", label: "Brasília", country: "BRA", ar: [], fa: ["برازیلیا"], metonym: true },
  { id: "ottawa", label: "Ottawa", country: "CAN", ar: ["أوتاوا"], fa: ["اتاوا", "اوتاوا"], metonym: true },
  { id: "santiago", label: "Santiago", country: "CHL", ar: ["سانتياغو", "سانتياجو"], fa: ["سانتیاگو"], metonym: true },
  { id: "bogota", label: "Bogotá", country: "COL", ar: ["بوغوتا", "بوجوتا"], fa: ["بوگوتا"], metonym: true },
  { id: "havana", label: "Havana", country: "CUB", ar: ["هافانا"], fa: ["هاوانا"], metonym: true },
  { id: "santo-domingo", label: "Santo Domingo", country: "DOM", ar: ["سانتو دومينغو", "سانتو دومينجو"], fa: ["سانتو دومینگو", "سانتودومینگو"], metonym: true },
  { id: "quito", label: "Quito", country: "ECU", ar: ["كيتو"], fa: ["کیتو"], metonym: true },
  { id: "san-salvador", label: "San Salvador", country: "SLV", ar: ["سان سلفادور"], fa: ["سان سالوادور"], metonym: true },
  { id: "guatemala-city", label: "Guatemala City", country: "GTM", ar: ["مدينة غواتيمالا"], fa: ["گواتمالاسیتی"], metonym: false },
  { id: "georgetown", label: "Georgetown", country: "GUY", ar: ["جورجتاون", "جورج تاون"], fa: ["جورج‌تاون"], metonym: true },
  { id: "port-au-prince", label: "Port-au-Prince", country: "HTI", ar: ["بورت أو برنس", "بور أو برنس"], fa: ["پورتوپرنس", "پورت او پرنس"], metonym: true },
  { id: "tegucigalpa", label: "Tegucigalpa", country: "HND", ar: ["تيغوسيغالبا"], fa: ["تگوسیگالپا"], metonym: true },
  { id: "kingston", label: "Kingston", country: "JAM", ar: ["كينغستون", "كينجستون"], fa: ["کینگستون"], metonym: true },
  // Mexico City: bare «مكسيكو / مکزیکو» is also the state
  { id: "mexico-city", label: "Mexico City", country: "MEX", ar: ["مكسيكو سيتي", "مدينة مكسيكو"], fa: ["مکزیکوسیتی", "مکزیکو سیتی"], metonym: false },
  { id: "managua", label: "Managua", country: "NIC", ar: ["ماناغوا", "ماناجوا"], fa: ["ماناگوا"], metonym: true },
  { id: "panama-city", label: "Panama City", country: "PAN", ar: ["مدينة بنما", "بنما سيتي"], fa: ["پاناماسیتی"], metonym: false },
  { id: "asuncion", label: "Asunción", country: "PRY", ar: ["أسونسيون"], fa: ["آسونسیون"], metonym: true },
  { id: "lima", label: "Lima", country: "PER", ar: ["ليما"], fa: [], metonym: true },
  { id: "paramaribo", label: "Paramaribo", country: "SUR", ar: ["باراماريبو"], fa: ["پاراماریبو"], metonym: true },
  { id: "port-of-spain", label: "Port of Spain", country: "TTO", ar: ["بورت أوف سبين"], fa: ["پورت آو اسپین", "پورت آف اسپین"], metonym: true },
  { id: "montevideo", label: "Montevideo", country: "URY", ar: ["مونتيفيديو"], fa: ["مونته‌ویدئو"], metonym: true },
  { id: "caracas", label: "Caracas", country: "VEN", ar: ["كاراكاس"], fa: ["کاراکاس"], metonym: true },
  { id: "st-johns", label: "St. John's", country: "ATG", ar: ["سانت جونز"], fa: ["سنت جانز"], metonym: true },
  { id: "castries", label: "Castries", country: "LCA", ar: ["كاستريس"], fa: ["کاستریس"], metonym: true },
  { id: "kingstown", label: "Kingstown", country: "VCT", ar: ["كينغستاون"], fa: ["کینگزتاون"], metonym: true },
  { id: "st-georges", label: "St. George's", country: "GRD", ar: ["سانت جورجز"], fa: ["سنت جورجز"], metonym: true },
  // Asia
  { id: "dhaka", label: "Dhaka", country: "BGD", ar: ["داكا"], fa: ["داکا"], metonym: true },
  { id: "thimphu", label: "Thimphu", country: "BTN", ar: ["تيمفو"], fa: ["تیمپو"], metonym: true },
  { id: "bandar-seri-begawan", label: "Bandar Seri Begawan", country: "BRN", ar: ["بندر سري بيغاوان", "بندر سري بكاوان"], fa: ["بندر سری بگاوان"], metonym: true },
  { id: "phnom-penh", label: "Phnom Penh", country: "KHM", ar: ["بنوم بنه"], fa: ["پنوم پن"], metonym: true },
  { id: "jakarta", label: "Jakarta", country: "IDN", ar: ["جاكرتا"], fa: ["جاکارتا"], metonym: true },
  // Astana: a place, not the state — bare «أستانا» is mostly the Syria talks named after it (organisations.ts has
  // «مسار أستانا»…); Persian «آستانه» is also «threshold», so only «آستانا» and the 2019–22 name «نورسلطان»
  { id: "astana", label: "Astana", country: "KAZ", ar: ["أستانا", "أستانة", "نور سلطان"], fa: ["آستانا", "نورسلطان", "نور سلطان"], metonym: false },
  { id: "vientiane", label: "Vientiane", country: "LAO", ar: ["فيينتيان", "فيانتيان"], fa: ["وینتیان"], metonym: true },
  // Malaysia: Putrajaya is the seat of government
  { id: "kuala-lumpur", label: "Kuala Lumpur", country: "MYS", ar: ["كوالالمبور", "كوالا لمبور", "كوالالامبور"], fa: ["کوالالامپور", "کوالا لامپور"], metonym: true },
  { id: "putrajaya", label: "Putrajaya", country: "MYS", ar: ["بوتراجايا"], fa: ["پوتراجایا"], metonym: true },
  { id: "ulaanbaatar", label: "Ulaanbaatar", country: "MNG", ar: ["أولان باتور", "أولانباتار", "أولان باتار"], fa: ["اولان‌باتور"], metonym: true },
  { id: "naypyidaw", label: "Naypyidaw", country: "MMR", ar: ["نايبيداو", "نايبيتاو"], fa: ["نایپیداو"], metonym: true },
  { id: "kathmandu", label: "Kathmandu", country: "NPL", ar: ["كاتماندو"], fa: ["کاتماندو"], metonym: true },
  { id: "pyongyang", label: "Pyongyang", country: "PRK", ar: ["بيونغ يانغ", "بيونغيانغ", "بيونج يانج"], fa: ["پیونگ‌یانگ"], metonym: true },
  { id: "manila", label: "Manila", country: "PHL", ar: ["مانيلا"], fa: ["مانیل"], metonym: true },
  // Seoul: Arabic «سيول» is also «floods» and Persian «سئول» folds into «سیول» (floods): Al Jazeera's «سول» only
  { id: "seoul", label: "Seoul", country: "KOR", ar: ["سول"], fa: [], metonym: true },
  { id: "colombo", label: "Colombo", country: "LKA", ar: ["كولومبو"], fa: ["کلمبو"], metonym: true },
  { id: "bangkok", label: "Bangkok", country: "THA", ar: ["بانكوك"], fa: ["بانکوک"], metonym: true },
  { id: "hanoi", label: "Hanoi", country: "VNM", ar: ["هانوي"], fa: ["هانوی"], metonym: true },
  // (not «تايبه»: it folds into «تائبة», repentant)
  { id: "taipei", label: "Taipei", country: "TWN", ar: ["تايبيه"], fa: ["تایپه"], metonym: true },
  // Europe
  { id: "tirana", label: "Tirana", country: "ALB", ar: ["تيرانا"], fa: ["تیرانا"], metonym: true },
  { id: "andorra-la-vella", label: "Andorra la Vella", country: "AND", ar: ["أندورا لا فيلا"], fa: ["آندورا لا ولا"], metonym: true },
  { id: "minsk", label: "Minsk", country: "BLR", ar: ["مينسك"], fa: ["مینسک"], metonym: true },
  // Brussels: in the news mostly the EU's seat («بروكسل تفرض عقوبات»), not Belgium's government: a place
  { id: "brussels", label: "Brussels", country: "BEL", ar: ["بروكسل"], fa: ["بروکسل"], metonym: false },
  { id: "sarajevo", label: "Sarajevo", country: "BIH", ar: ["سراييفو"], fa: ["سارایوو"], metonym: true },
  { id: "zagreb", label: "Zagreb", country: "HRV", ar: ["زغرب", "زغريب"], fa: ["زاگرب"], metonym: true },
  { id: "prague", label: "Prague", country: "CZE", ar: ["براغ"], fa: ["پراگ"], metonym: true },
  { id: "copenhagen", label: "Copenhagen", country: "DNK", ar: ["كوبنهاغن", "كوبنهاجن"], fa: ["کپنهاگ"], metonym: true },
  { id: "tallinn", label: "Tallinn", country: "EST", ar: ["تالين"], fa: ["تالین"], metonym: true },
  { id: "helsinki", label: "Helsinki", country: "FIN", ar: ["هلسنكي"], fa: ["هلسینکی"], metonym: true },
  { id: "budapest", label: "Budapest", country: "HUN", ar: ["بودابست"], fa: ["بوداپست"], metonym: true },
  { id: "reykjavik", label: "Reykjavík", country: "ISL", ar: ["ريكيافيك", "ريكجافيك"], fa: ["ریکیاویک"], metonym: true },
  { id: "dublin", label: "Dublin", country: "IRL", ar: ["دبلن"], fa: ["دوبلین"], metonym: true },
  { id: "riga", label: "Riga", country: "LVA", ar: ["ريغا"], fa: ["ریگا"], metonym: true },
  { id: "vaduz", label: "Vaduz", country: "LIE", ar: ["فادوز"], fa: ["وادوز"], metonym: true },
  { id: "vilnius", label: "Vilnius", country: "LTU", ar: ["فيلنيوس"], fa: ["ویلنیوس"], metonym: true },
  { id: "valletta", label: "Valletta", country: "MLT", ar: ["فاليتا"], fa: ["والتا"], metonym: true },
  { id: "chisinau", label: "Chișinău", country: "MDA", ar: ["كيشيناو", "تشيسيناو"], fa: ["کیشیناو"], metonym: true },
  { id: "podgorica", label: "Podgorica", country: "MNE", ar: ["بودغوريتسا", "بودغوريكا"], fa: ["پودگوریتسا"], metonym: true },
  // the Netherlands: the government and the courts sit in The Hague («محكمة لاهاي»), Amsterdam is the capital in name
  { id: "amsterdam", label: "Amsterdam", country: "NLD", ar: ["أمستردام"], fa: ["آمستردام"], metonym: false },
  { id: "the-hague", label: "The Hague", country: "NLD", ar: ["لاهاي"], fa: ["لاهه"], metonym: false },
  { id: "skopje", label: "Skopje", country: "MKD", ar: ["سكوبيه", "سكوبيا"], fa: ["اسکوپیه"], metonym: true },
  // Oslo: mostly the accords («اتفاقيات أوسلو», «قرارداد اسلو»): a place
  { id: "oslo", label: "Oslo", country: "NOR", ar: ["أوسلو"], fa: ["اسلو"], metonym: false },
  { id: "warsaw", label: "Warsaw", country: "POL", ar: ["وارسو"], fa: ["ورشو"], metonym: true },
  { id: "lisbon", label: "Lisbon", country: "PRT", ar: ["لشبونة"], fa: ["لیسبون"], metonym: true },
  { id: "bucharest", label: "Bucharest", country: "ROU", ar: ["بوخارست"], fa: ["بخارست"], metonym: true },
  { id: "belgrade", label: "Belgrade", country: "SRB", ar: ["بلغراد"], fa: ["بلگراد"], metonym: true },
  { id: "bratislava", label: "Bratislava", country: "SVK", ar: ["براتيسلافا"], fa: ["براتیسلاوا"], metonym: true },
  { id: "ljubljana", label: "Ljubljana", country: "SVN", ar: ["ليوبليانا", "لوبليانا"], fa: ["لیوبلیانا", "لوبلیانا"], metonym: true },
  { id: "stockholm", label: "Stockholm", country: "SWE", ar: ["ستوكهولم", "استوكهولم"], fa: ["استکهلم"], metonym: true },
  // Oceania
  { id: "canberra", label: "Canberra", country: "AUS", ar: ["كانبرا"], fa: ["کانبرا"], metonym: true },
  { id: "wellington", label: "Wellington", country: "NZL", ar: ["ولينغتون", "ويلينغتون"], fa: ["ولینگتون"], metonym: true },
  { id: "port-moresby", label: "Port Moresby", country: "PNG", ar: ["بورت مورسبي"], fa: ["پورت مورسبی"], metonym: true },
  { id: "suva", label: "Suva", country: "FJI", ar: ["سوفا"], fa: ["سووا"], metonym: true },
  { id: "tarawa", label: "Tarawa", country: "KIR", ar: ["تاراوا"], fa: ["تاراوا"], metonym: true },
  { id: "majuro", label: "Majuro", country: "MHL", ar: ["ماجورو"], fa: ["ماجورو"], metonym: true },
  { id: "palikir", label: "Palikir", country: "FSM", ar: ["باليكير"], fa: ["پالیکیر"], metonym: true },
  { id: "yaren", label: "Yaren", country: "NRU", ar: ["يارين"], fa: [], metonym: true },
  { id: "ngerulmud", label: "Ngerulmud", country: "PLW", ar: ["نغيرولمود"], fa: ["انگرولمود"], metonym: true },
  { id: "apia", label: "Apia", country: "WSM", ar: [], fa: ["آپیا"], metonym: true },
  { id: "honiara", label: "Honiara", country: "SLB", ar: ["هونيارا"], fa: ["هونیارا"], metonym: true },
  { id: "nukualofa", label: "Nukuʻalofa", country: "TON", ar: ["نوكوالوفا", "نوكو ألوفا"], fa: ["نوکوآلوفا"], metonym: true },
  { id: "funafuti", label: "Funafuti", country: "TUV", ar: ["فونافوتي"], fa: ["فونافوتی"], metonym: true },
  { id: "port-vila", label: "Port Vila", country: "VUT", ar: ["بورت فيلا"], fa: ["پورت ویلا"], metonym: true },
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
  // the Baloch borderlands, where strikes across the Iran–Pakistan border fall: Iran's province and towns, Pakistan's
  // province (Persian «بلوچستان» alone may be either: only with «ایالت» or «پاکستان»)
  { id: "sistan-baluchestan", label: "Sistan and Baluchestan", country: "IRN", ar: ["سيستان وبلوشستان", "سيستان و بلوشستان", "سيستان وبلوتشستان"], fa: ["سیستان و بلوچستان", "سیستان‌وبلوچستان"], metonym: false },
  { id: "saravan", label: "Saravan", country: "IRN", ar: ["سراوان"], fa: ["سراوان"], metonym: false },
  { id: "balochistan", label: "Balochistan (Pakistan)", country: "PAK", ar: ["إقليم بلوشستان", "بلوشستان الباكستاني", "إقليم بلوتشستان"], fa: ["ایالت بلوچستان", "بلوچستان پاکستان"], metonym: false },
  { id: "panjgur", label: "Panjgur", country: "PAK", ar: ["بنجكور", "بنجغور"], fa: ["پنجگور"], metonym: false },
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
  // venues of summits, talks and visits beyond the region (places, never the state)
  { id: "entebbe", label: "Entebbe", country: "UGA", ar: ["عنتيبي"], fa: ["انتبه"], metonym: false },
  { id: "cape-town", label: "Cape Town", country: "ZAF", ar: ["كيب تاون", "كيبتاون"], fa: ["کیپ‌تاون"], metonym: false },
  { id: "johannesburg", label: "Johannesburg", country: "ZAF", ar: ["جوهانسبرغ", "جوهانسبورغ"], fa: ["ژوهانسبورگ"], metonym: false },
  { id: "rio-de-janeiro", label: "Rio de Janeiro", country: "BRA", ar: ["ريو دي جانيرو"], fa: ["ریو دو ژانیرو", "ریودوژانیرو", "ریو دی ژانیرو"], metonym: false },
  { id: "camp-david", label: "Camp David", country: "USA", ar: ["كامب ديفيد"], fa: ["کمپ دیوید"], metonym: false },
  { id: "st-petersburg", label: "Saint Petersburg", country: "RUS", ar: ["سان بطرسبرغ", "سانت بطرسبرغ", "سان بطرسبورغ", "بطرسبورغ", "بطرسبرغ"], fa: ["سن پترزبورگ", "سنت پترزبورگ", "پترزبورگ"], metonym: false },
  { id: "kazan", label: "Kazan", country: "RUS", ar: ["قازان", "كازان"], fa: ["کازان"], metonym: false },
  { id: "almaty", label: "Almaty", country: "KAZ", ar: ["ألماتي", "آلماتي"], fa: ["آلماتی"], metonym: false },
  { id: "samarkand", label: "Samarkand", country: "UZB", ar: ["سمرقند"], fa: ["سمرقند"], metonym: false },
  { id: "tianjin", label: "Tianjin", country: "CHN", ar: ["تيانجين", "تيانجن"], fa: ["تیانجین"], metonym: false },
  { id: "munich", label: "Munich", country: "DEU", ar: ["ميونخ", "ميونيخ"], fa: ["مونیخ"], metonym: false },
  { id: "davos", label: "Davos", country: "CHE", ar: ["دافوس"], fa: ["داووس"], metonym: false },
  { id: "strasbourg", label: "Strasbourg", country: "FRA", ar: ["ستراسبورغ"], fa: ["استراسبورگ"], metonym: false },
  // Gulf and Egyptian venues of the region's own diplomacy
  { id: "kuwait-city", label: "Kuwait City", country: "KWT", ar: ["مدينة الكويت"], fa: ["کویت‌سیتی"], metonym: false },
  { id: "lusail", label: "Lusail", country: "QAT", ar: ["لوسيل"], fa: ["لوسیل"], metonym: false },
  { id: "sharjah", label: "Sharjah", country: "ARE", ar: ["الشارقة"], fa: ["شارجه"], metonym: false },
  { id: "ras-al-khaimah", label: "Ras Al Khaimah", country: "ARE", ar: ["رأس الخيمة"], fa: ["راس‌الخیمه"], metonym: false },
  { id: "neom", label: "NEOM", country: "SAU", ar: ["نيوم"], fa: ["نئوم"], metonym: false },
  { id: "taif", label: "Taif", country: "SAU", ar: ["الطائف"], fa: ["طائف"], metonym: false },
  { id: "medina", label: "Medina", country: "SAU", ar: ["المدينة المنورة"], fa: ["مدینه منوره"], metonym: false },
  { id: "dammam", label: "Dammam", country: "SAU", ar: ["الدمام"], fa: ["دمام"], metonym: false },
  { id: "new-administrative-capital", label: "New Administrative Capital", country: "EGY", ar: ["العاصمة الإدارية الجديدة"], fa: [], metonym: false },
  { id: "el-alamein", label: "El Alamein", country: "EGY", ar: ["العلمين الجديدة", "مدينة العلمين"], fa: ["العلمین"], metonym: false },
  // the airports and palaces where visits are received: arriving at one visits its state («وارد فرودگاه مهرآباد شد»)
  // (palaces only with their word «قصر / کاخ»: «الشعب» is «the people», «الاتحادية» also «federal»)
  { id: "mehrabad-airport", label: "Mehrabad Airport", country: "IRN", ar: ["مطار مهرآباد", "مطار مهر آباد"], fa: ["فرودگاه مهرآباد", "فرودگاه بین‌المللی مهرآباد"], metonym: false },
  { id: "imam-khomeini-airport", label: "Imam Khomeini International Airport", country: "IRN", ar: ["مطار الإمام الخميني"], fa: ["فرودگاه امام خمینی", "فرودگاه بین‌المللی امام خمینی"], metonym: false },
  { id: "saadabad", label: "Saadabad Palace", country: "IRN", ar: ["قصر سعد آباد", "قصر سعدآباد", "مجمع سعد آباد"], fa: ["کاخ سعدآباد", "مجموعه سعدآباد", "مجموعه فرهنگی‌تاریخی سعدآباد", "مجموعه فرهنگی تاریخی سعدآباد"], metonym: false },
  { id: "baghdad-airport", label: "Baghdad International Airport", country: "IRQ", ar: ["مطار بغداد الدولي", "مطار بغداد"], fa: ["فرودگاه بغداد", "فرودگاه بین‌المللی بغداد"], metonym: false },
  { id: "al-ittihadiya-palace", label: "Al-Ittihadiya Palace", country: "EGY", ar: ["قصر الاتحادية"], fa: ["کاخ الاتحادیه", "کاخ اتحادیه"], metonym: false },
  { id: "al-yamamah-palace", label: "Al-Yamamah Palace", country: "SAU", ar: ["قصر اليمامة"], fa: ["کاخ الیمامه"], metonym: false },
  { id: "peoples-palace-damascus", label: "People's Palace (Damascus)", country: "SYR", ar: ["قصر الشعب"], fa: ["کاخ الشعب", "کاخ مردم"], metonym: false },
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
