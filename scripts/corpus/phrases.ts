/**
 * Phrase material for the synthetic corpus (`synth.ts`): states, office holders, outlets, calendar
 * words, event sentence templates and page boilerplate of Arabic and Persian diplomatic news. Data
 * only — the generator fills the `{slots}`. Each entry says why it is here.
 *
 * Slots in templates: {A} / {B} a full actor phrase (title + nisba/state + name, or a state),
 * {As} / {Bs} the state's name, {An} / {Bn} the holder's name alone, {Bnis} the other side's nisba
 * (Arabic) or state name (Persian), {date} a date phrase (absolute or relative), {city} a capital,
 * {topic} a subject of talks, {clause} a reported-speech clause, {domain} a field of cooperation.
 */

export type SynthLang = "ar" | "fa";

/** One state as the press names it. */
export interface SynthState {
  readonly id: string;
  /** Arabic name as it stands in running text («تركيا»). */
  readonly ar: string;
  /** Arabic masculine nisba with the article («التركي»), for «وزير الخارجية التركي». */
  readonly arNisba: string;
  /** Persian name («ترکیه»), for «وزیر امور خارجه ترکیه». */
  readonly fa: string;
  readonly capitalAr: string;
  readonly capitalFa: string;
}

/** States of the region and the major powers, the actors of the genre. */
export const STATES: readonly SynthState[] = [
  { id: "TUR", ar: "تركيا", arNisba: "التركي", fa: "ترکیه", capitalAr: "أنقرة", capitalFa: "آنکارا" }, // regional power in most reports
  { id: "IRN", ar: "إيران", arNisba: "الإيراني", fa: "ایران", capitalAr: "طهران", capitalFa: "تهران" }, // the Persian press's own state
  { id: "RUS", ar: "روسيا", arNisba: "الروسي", fa: "روسیه", capitalAr: "موسكو", capitalFa: "مسکو" }, // Astana guarantor, major power
  { id: "USA", ar: "الولايات المتحدة", arNisba: "الأمريكي", fa: "آمریکا", capitalAr: "واشنطن", capitalFa: "واشنگتن" }, // major power
  { id: "SYR", ar: "سوريا", arNisba: "السوري", fa: "سوریه", capitalAr: "دمشق", capitalFa: "دمشق" }, // subject of the Astana talks
  { id: "SAU", ar: "السعودية", arNisba: "السعودي", fa: "عربستان سعودی", capitalAr: "الرياض", capitalFa: "ریاض" }, // Gulf power
  { id: "QAT", ar: "قطر", arNisba: "القطري", fa: "قطر", capitalAr: "الدوحة", capitalFa: "دوحه" }, // mediator
  { id: "EGY", ar: "مصر", arNisba: "المصري", fa: "مصر", capitalAr: "القاهرة", capitalFa: "قاهره" }, // Arab power, Gaza mediator
  { id: "IRQ", ar: "العراق", arNisba: "العراقي", fa: "عراق", capitalAr: "بغداد", capitalFa: "بغداد" }, // neighbour of Iran and Turkey
  { id: "LBN", ar: "لبنان", arNisba: "اللبناني", fa: "لبنان", capitalAr: "بيروت", capitalFa: "بیروت" }, // Levant
  { id: "JOR", ar: "الأردن", arNisba: "الأردني", fa: "اردن", capitalAr: "عمّان", capitalFa: "امان" }, // Levant
  { id: "ARE", ar: "الإمارات", arNisba: "الإماراتي", fa: "امارات", capitalAr: "أبوظبي", capitalFa: "ابوظبی" }, // Gulf
  { id: "OMN", ar: "سلطنة عمان", arNisba: "العماني", fa: "عمان", capitalAr: "مسقط", capitalFa: "مسقط" }, // mediator between Iran and the US
  { id: "CHN", ar: "الصين", arNisba: "الصيني", fa: "چین", capitalAr: "بكين", capitalFa: "پکن" }, // major power
  { id: "FRA", ar: "فرنسا", arNisba: "الفرنسي", fa: "فرانسه", capitalAr: "باريس", capitalFa: "پاریس" }, // E3
  { id: "DEU", ar: "ألمانيا", arNisba: "الألماني", fa: "آلمان", capitalAr: "برلين", capitalFa: "برلین" }, // E3
  { id: "GBR", ar: "بريطانيا", arNisba: "البريطاني", fa: "انگلیس", capitalAr: "لندن", capitalFa: "لندن" }, // E3
  { id: "AZE", ar: "أذربيجان", arNisba: "الأذربيجاني", fa: "جمهوری آذربایجان", capitalAr: "باكو", capitalFa: "باکو" }, // Caucasus neighbour
  { id: "PAK", ar: "باكستان", arNisba: "الباكستاني", fa: "پاکستان", capitalAr: "إسلام آباد", capitalFa: "اسلام‌آباد" }, // eastern neighbour of Iran
  { id: "KWT", ar: "الكويت", arNisba: "الكويتي", fa: "کویت", capitalAr: "الكويت", capitalFa: "کویت" }, // Gulf
];

/** An office holder for the built-in fallback (used when `scripts/lexicon/persons.json` is absent). */
export interface SynthPerson {
  readonly country: string;
  readonly role: "foreign-minister" | "president";
  readonly ar: string;
  readonly fa: string;
  /** How a report names the holder again after the first mention («فيدان», «عراقچی»); default: derived from the name. */
  readonly arShort?: string;
  readonly faShort?: string;
  /** First day in office, ISO. */
  readonly start: string;
  /** Last day in office, ISO; absent while in office. */
  readonly end?: string;
}

/** Foreign ministers and presidents of the genre's states, 2012–2026, with their terms. */
export const BUILTIN_PERSONS: readonly SynthPerson[] = [
  { country: "TUR", role: "foreign-minister", ar: "أحمد داود أوغلو", fa: "احمد داوود اوغلو", start: "2009-05-01", end: "2014-08-28" }, // Turkish FM of the early 2010s
  { country: "TUR", role: "foreign-minister", ar: "مولود تشاووش أوغلو", fa: "مولود چاووش اوغلو", start: "2015-11-24", end: "2023-06-03" }, // seed 002
  { country: "TUR", role: "foreign-minister", ar: "هاكان فيدان", fa: "هاکان فیدان", start: "2023-06-04" }, // seed 001/004
  { country: "IRN", role: "foreign-minister", ar: "محمد جواد ظريف", fa: "محمدجواد ظریف", start: "2013-08-15", end: "2021-08-24" }, // JCPOA-era FM
  { country: "IRN", role: "foreign-minister", ar: "حسين أمير عبد اللهيان", fa: "حسین امیرعبداللهیان", start: "2021-08-25", end: "2024-05-19" }, // seed 002
  { country: "IRN", role: "foreign-minister", ar: "عباس عراقجي", fa: "عباس عراقچی", start: "2024-08-21" }, // seed 001/004
  { country: "RUS", role: "foreign-minister", ar: "سيرغي لافروف", fa: "سرگئی لاوروف", start: "2004-03-09" }, // Russian FM throughout
  { country: "USA", role: "foreign-minister", ar: "جون كيري", fa: "جان کری", start: "2013-02-01", end: "2017-02-01" }, // US Secretary of State
  { country: "USA", role: "foreign-minister", ar: "مايك بومبيو", fa: "مایک پمپئو", start: "2018-04-26", end: "2021-01-20" }, // US Secretary of State
  { country: "USA", role: "foreign-minister", ar: "أنتوني بلينكن", fa: "آنتونی بلینکن", start: "2021-01-26", end: "2025-01-20" }, // US Secretary of State
  { country: "USA", role: "foreign-minister", ar: "ماركو روبيو", fa: "مارکو روبیو", start: "2025-01-21" }, // US Secretary of State
  { country: "SAU", role: "foreign-minister", ar: "عادل الجبير", fa: "عادل الجبیر", start: "2015-04-29", end: "2018-12-27" }, // Saudi FM
  { country: "SAU", role: "foreign-minister", ar: "فيصل بن فرحان", fa: "فیصل بن فرحان", start: "2019-10-23" }, // Saudi FM
  { country: "SYR", role: "foreign-minister", ar: "وليد المعلم", fa: "ولید المعلم", start: "2006-02-11", end: "2020-11-16" }, // Syrian FM
  { country: "SYR", role: "foreign-minister", ar: "فيصل المقداد", fa: "فیصل مقداد", start: "2020-11-22", end: "2024-12-08" }, // Syrian FM
  { country: "EGY", role: "foreign-minister", ar: "سامح شكري", fa: "سامح شکری", start: "2014-06-17", end: "2024-07-03" }, // Egyptian FM
  { country: "EGY", role: "foreign-minister", ar: "بدر عبد العاطي", fa: "بدر عبدالعاطی", start: "2024-07-03" }, // Egyptian FM
  { country: "QAT", role: "foreign-minister", ar: "محمد بن عبد الرحمن آل ثاني", fa: "محمد بن عبدالرحمن آل ثانی", start: "2016-01-28" }, // Qatari FM
  { country: "TUR", role: "president", ar: "رجب طيب أردوغان", fa: "رجب طیب اردوغان", start: "2014-08-28" }, // Turkish president
  { country: "IRN", role: "president", ar: "حسن روحاني", fa: "حسن روحانی", start: "2013-08-03", end: "2021-08-03" }, // Iranian president
  { country: "IRN", role: "president", ar: "إبراهيم رئيسي", fa: "ابراهیم رئیسی", start: "2021-08-03", end: "2024-05-19" }, // seed 003
  { country: "IRN", role: "president", ar: "مسعود بزشكيان", fa: "مسعود پزشکیان", start: "2024-07-28" }, // Iranian president
  { country: "RUS", role: "president", ar: "فلاديمير بوتين", fa: "ولادیمیر پوتین", start: "2012-05-07" }, // seed 003
  { country: "SYR", role: "president", ar: "بشار الأسد", fa: "بشار اسد", start: "2000-07-17", end: "2024-12-08" }, // seed 003
  { country: "EGY", role: "president", ar: "عبد الفتاح السيسي", fa: "عبدالفتاح السیسی", start: "2014-06-08" }, // Egyptian president
  { country: "USA", role: "president", ar: "باراك أوباما", fa: "باراک اوباما", start: "2009-01-20", end: "2017-01-20" }, // US president
  { country: "USA", role: "president", ar: "دونالد ترامب", fa: "دونالد ترامپ", start: "2017-01-20", end: "2021-01-20" }, // US president, first term
  { country: "USA", role: "president", ar: "جو بايدن", fa: "جو بایدن", start: "2021-01-20", end: "2025-01-20" }, // US president
  { country: "USA", role: "president", ar: "دونالد ترامب", fa: "دونالد ترامپ", start: "2025-01-20" }, // US president, second term
  { country: "FRA", role: "president", ar: "إيمانويل ماكرون", fa: "امانوئل ماکرون", start: "2017-05-14" }, // French president
  { country: "CHN", role: "president", ar: "شي جين بينغ", fa: "شی جین‌پینگ", start: "2013-03-14" }, // Chinese president
];

/** Office titles before a nisba (Arabic) or a state name (Persian). */
export const TITLES: Readonly<Record<SynthPerson["role"], { readonly ar: string; readonly fa: string }>> = {
  "foreign-minister": { ar: "وزير الخارجية", fa: "وزیر امور خارجه" }, // «وزير الخارجية التركي», «وزیر امور خارجه ترکیه»
  president: { ar: "الرئيس", fa: "رئیس جمهور" }, // «الرئيس الروسي», «رئیس جمهور روسیه»
};

/** An outlet: the METADATA.json name and the dateline it opens its reports with. */
export interface SynthOutlet {
  readonly name: string;
  readonly lang: SynthLang;
  /** First words of the body, «سرايا - », «به گزارش ایسنا، ». */
  readonly dateline: string;
}

/** Outlets of the genre, with their usual datelines. */
export const OUTLETS: readonly SynthOutlet[] = [
  { name: "Saraya News Agency (وكالة أنباء سرايا الإخبارية)", lang: "ar", dateline: "سرايا - " }, // Jordanian, seed 000
  { name: "Orient News (أورينت نت)", lang: "ar", dateline: "أورينت نت - " }, // Syrian opposition, seed 002
  { name: "Snack Syrian (سناك سوري)", lang: "ar", dateline: "سناك سوري _ متابعات\n\n" }, // Syrian, seed 003
  { name: "Anadolu Agency (وكالة الأناضول)", lang: "ar", dateline: "أنقرة/ الأناضول\n\n" }, // Turkish state agency, Arabic service
  { name: "Al Jazeera (الجزيرة نت)", lang: "ar", dateline: "" }, // Qatari
  { name: "Asharq Al-Awsat (الشرق الأوسط)", lang: "ar", dateline: "لندن: «الشرق الأوسط»\n\n" }, // Saudi-owned, London
  { name: "Al-Ahram (الأهرام)", lang: "ar", dateline: "" }, // Egyptian state daily
  { name: "Enab Baladi (عنب بلدي)", lang: "ar", dateline: "عنب بلدي – " }, // Syrian independent
  { name: "Espadana Khabar (اسپادانا خبر), citing Tasnim (تسنیم)", lang: "fa", dateline: "به گزارش اسپادانا خبر و به نقل از تسنیم، " }, // seed 001
  { name: "Asr-e Torkiyeh (عصر ترکیه), citing ISNA (ایسنا)", lang: "fa", dateline: "به گزارش عصرترکیه به نقل از ایسنا، " }, // seed 004
  { name: "IRNA (ایرنا)", lang: "fa", dateline: "به گزارش خبرگزاری ایرنا، " }, // Iranian state agency
  { name: "Mehr News (خبرگزاری مهر)", lang: "fa", dateline: "به گزارش خبرگزاری مهر، " }, // Iranian agency
  { name: "Hamshahri (همشهری آنلاین)", lang: "fa", dateline: "" }, // Tehran daily
  { name: "Fars News (خبرگزاری فارس)", lang: "fa", dateline: "به گزارش خبرگزاری فارس، " }, // Iranian agency
];

/** Gregorian months, Levantine names (Syria, Lebanon, Jordan, Iraq). */
export const MONTHS_LEVANT = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"];
/** Gregorian months, Egyptian/Gulf transliterations. */
export const MONTHS_EGYPT = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"];
/** Solar Hijri months, Persian. */
export const MONTHS_JALALI = ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"];
/** Weekdays from Sunday (`getUTCDay()` order). */
export const WEEKDAYS_AR = ["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"];
export const WEEKDAYS_FA = ["یکشنبه", "دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه", "جمعه", "شنبه"];

/** Relative day words: today, yesterday, and «{weekday} الماضي» for the past week. */
export const RELATIVE = {
  ar: { today: ["اليوم", "اليوم {wd}"], yesterday: ["أمس", "يوم أمس"], pastWeekday: ["{wd} الماضي", "يوم {wd} الماضي", "{wd}"] },
  fa: { today: ["امروز", "صبح امروز"], yesterday: ["دیروز", "روز گذشته"], pastWeekday: ["{wd} گذشته", "روز {wd}", "{wd} هفته گذشته"] },
} as const;

/** Event sentence shapes: the lead of a report (one event, its actors and its date). */
export const EVENT_TEMPLATES: Readonly<Record<SynthLang, Readonly<Record<EventKind, readonly string[]>>>> = {
  ar: {
    meeting: [
      "التقى {A} نظيره {Bnis} {Bn} في {city} {date}، وبحث الجانبان العلاقات الثنائية و{topic}.",
      "بحث {A} مع {B} خلال لقاء جمعهما في {city} {date} سبل تعزيز التعاون بين البلدين.",
      "استقبل {A} في {city} {date} {B}، وجرى خلال اللقاء بحث {topic}.",
    ],
    call: [
      "أجرى {A} اتصالاً هاتفياً مع نظيره {Bnis} {Bn} {date}، تناول {topic}.",
      "تلقى {A} {date} اتصالاً هاتفياً من {B}، بحثا خلاله {topic}.",
    ],
    statement: [
      "قال {A} {date} إن {clause}.",
      "أكد {A} في مؤتمر صحفي بالعاصمة {city} {date} أن {clause}.",
      "صرّح {A} {date} بأن {clause}، وفق وكالة الأناضول.",
    ],
    criticism: [
      "انتقد {A} {date} سياسات {Bs} في المنطقة، معتبراً أنها تهدد الاستقرار.",
      "هاجم {A} {date} موقف {Bs} من {topic}، واصفاً إياه بأنه «غير مسؤول».",
      "أدانت {As} {date} تصريحات {B} بشأن {topic}.",
    ],
    agreement: [
      "وقّعت {As} و{Bs} {date} مذكرة تفاهم للتعاون في مجال {domain}.",
      "اتفق {A} و{B} {date} على عقد الجولة المقبلة من المحادثات في {city}.",
    ],
    attack: [
      "شنّت {As} {date} غارات جوية على مواقع في {Bs}، بحسب ما أفادت مصادر محلية.",
      "استهدفت طائرات مسيّرة تابعة لـ{As} {date} مواقع عسكرية داخل أراضي {Bs}.",
    ],
    sanctions: [
      "فرضت {As} {date} عقوبات جديدة على {Bs} تستهدف قطاع {domain}.",
      "أعلنت وزارة الخزانة في {As} {date} فرض عقوبات على كيانات مرتبطة بـ{Bs}.",
    ],
    visit: [
      "وصل {A} إلى {city} {date} في زيارة رسمية يلتقي خلالها كبار المسؤولين.",
      "زار {A} العاصمة {city} {date}، حيث أجرى مباحثات مع {B}.",
    ],
  },
  fa: {
    meeting: [
      "{A} {date} در دیدار با همتای {Bnis} خود {Bn} در {city} درباره {topic} گفت‌وگو کرد.",
      "{A} در دیدار با {B} که {date} در {city} برگزار شد، گفت: {clause}.",
      "{A} {date} در {city} با {B} دیدار و درباره {topic} رایزنی کرد.",
    ],
    call: [
      "{A} {date} در گفت‌وگوی تلفنی با {B} درباره {topic} تبادل نظر کرد.",
      "{A} {date} در تماس تلفنی با همتای {Bnis} خود {Bn} بر ضرورت {topic} تاکید کرد.",
    ],
    statement: [
      "{A} {date} گفت: {clause}.",
      "{A} {date} در نشست خبری در {city} اظهار داشت: {clause}.",
      "{A} {date} با اشاره به {topic} تصریح کرد: {clause}.",
    ],
    criticism: [
      "{A} {date} از سیاست‌های {Bs} در منطقه انتقاد کرد.",
      "{A} {date} اقدامات {Bs} درباره {topic} را محکوم کرد.",
    ],
    agreement: [
      "{As} و {Bs} {date} یادداشت تفاهم همکاری در زمینه {domain} امضا کردند.",
      "{A} و {B} {date} توافق کردند دور بعدی مذاکرات در {city} برگزار شود.",
    ],
    attack: [
      "{As} {date} مواضعی را در خاک {Bs} هدف حمله هوایی قرار داد.",
      "پهپادهای {As} {date} چند پایگاه نظامی در {Bs} را هدف قرار دادند.",
    ],
    sanctions: [
      "{As} {date} تحریم‌های جدیدی علیه {Bs} در بخش {domain} اعمال کرد.",
      "وزارت خزانه‌داری {As} {date} چند نهاد مرتبط با {Bs} را تحریم کرد.",
    ],
    visit: [
      "{A} {date} برای سفری رسمی وارد {city} شد.",
      "{A} {date} به {city} سفر کرد و با {B} دیدار کرد.",
    ],
  },
};

export type EventKind = "meeting" | "call" | "statement" | "criticism" | "agreement" | "attack" | "sanctions" | "visit";
export const EVENT_KINDS: readonly EventKind[] = ["meeting", "call", "statement", "criticism", "agreement", "attack", "sanctions", "visit"];

/** Follow-up sentences: what a report says after its lead (speech, background). */
export const FOLLOW_UPS: Readonly<Record<SynthLang, readonly string[]>> = {
  ar: [
    "وأضاف {An} أن {clause}.",
    "وتابع: \"{clause}\".",
    "وأشار إلى أن {clause}.",
    "ولفت {An} إلى أن {clause}.",
    "من جهته، قال {B} إن {clause}.",
    "وشدّد الجانبان على أهمية {topic}.",
    "يذكر أن العلاقات بين {As} و{Bs} شهدت توتراً خلال السنوات الماضية بسبب {topic}.",
    "وكانت {As} قد أعلنت في وقت سابق عن استعدادها لبحث {topic}.",
  ],
  fa: [
    "وی افزود: {clause}.",
    "{An} همچنین گفت: {clause}.",
    "وی با اشاره به {topic} اظهار کرد: {clause}.",
    "{B} نیز در این دیدار گفت: {clause}.",
    "دو طرف بر اهمیت {topic} تاکید کردند.",
    "روابط {As} و {Bs} در سال‌های اخیر به دلیل {topic} با فراز و نشیب همراه بوده است.",
    "پیش از این، {As} آمادگی خود را برای گفت‌وگو درباره {topic} اعلام کرده بود.",
  ],
};

/** Background sentences with a month-precision date ({pastMonth}) and an ordinal ({n}). */
export const BACKGROUND: Readonly<Record<SynthLang, readonly string[]>> = {
  ar: [
    "وفي {pastMonth} عقدت الجولة الـ{n} من اجتماعات مسار أستانة بحضور وفود {As} و{Bs}.", // seed 000's background shape
    "وكان الطرفان قد وقّعا في {pastMonth} اتفاقاً لتعزيز التعاون الأمني.",
  ],
  fa: [
    "دور {n} نشست روند آستانه در {pastMonth} با حضور هیئت‌های {As} و {Bs} برگزار شد.",
    "دو طرف در {pastMonth} توافقنامه همکاری امنیتی امضا کرده بودند.",
  ],
};

/** Subjects of talks. */
export const TOPICS: Readonly<Record<SynthLang, readonly string[]>> = {
  ar: ["التطورات الإقليمية", "الأوضاع في غزة", "الملف السوري", "مسار أستانة", "أمن الحدود المشتركة", "الملف النووي", "مكافحة الإرهاب", "أمن الملاحة في الخليج", "التبادل التجاري", "عودة اللاجئين"],
  fa: ["تحولات منطقه", "وضعیت غزه", "بحران سوریه", "روند آستانه", "امنیت مرزهای مشترک", "پرونده هسته‌ای", "مبارزه با تروریسم", "امنیت کشتیرانی در خلیج فارس", "مبادلات تجاری", "بازگشت پناهندگان"],
};

/** Reported-speech clauses. */
export const CLAUSES: Readonly<Record<SynthLang, readonly string[]>> = {
  ar: [
    "العلاقات بين البلدين تشهد تطوراً ملحوظاً في مختلف المجالات",
    "بلاده لن تسمح باستخدام أراضيها في أي هجوم ضد دول الجوار",
    "الحل السياسي هو السبيل الوحيد لإنهاء الأزمة",
    "الحوار بين دول المنطقة ضروري لضمان الأمن والاستقرار",
    "التدخلات الخارجية هي سبب معظم مشكلات المنطقة",
    "الجانبين اتفقا على تشكيل لجنة مشتركة لمتابعة تنفيذ الاتفاقات",
    "وقف إطلاق النار يجب أن يكون شاملاً ودائماً",
    "حجم التبادل التجاري بين البلدين سيرتفع خلال العام المقبل",
  ],
  fa: [
    "روابط دو کشور در همه زمینه‌ها رو به گسترش است",
    "کشورمان اجازه نمی‌دهد خاک آن علیه همسایگان استفاده شود",
    "راه‌حل سیاسی تنها راه پایان دادن به بحران است",
    "گفت‌وگو میان کشورهای منطقه برای تامین امنیت و ثبات ضروری است",
    "دخالت‌های خارجی ریشه بسیاری از مشکلات منطقه است",
    "دو طرف برای پیگیری اجرای توافق‌ها کمیته مشترکی تشکیل می‌دهند",
    "آتش‌بس باید فراگیر و پایدار باشد",
    "حجم مبادلات تجاری دو کشور در سال آینده افزایش می‌یابد",
  ],
};

/** Fields of cooperation or sanction. */
export const DOMAINS: Readonly<Record<SynthLang, readonly string[]>> = {
  ar: ["الطاقة", "النقل", "الزراعة", "التجارة", "النفط", "الصحة", "التعليم", "المصارف"],
  fa: ["انرژی", "حمل و نقل", "کشاورزی", "تجارت", "نفت", "بهداشت", "آموزش", "بانکی"],
};

/** Page chrome and what follows an article on the page; the cleaning stage must remove each of these. */
export const BOILERPLATE = {
  ar: {
    crumbs: ["الرئيسية » أخبار » سياسة", "أخر الأخبارالرئيسيةتقارير", "الرئيسية / عربي ودولي"], // navigation crumb above the title
    readAlso: ["اقرأ أيضاً:", "اقرأ أيضا:"], // a headline or a second report follows
    related: ["مقالات مشابهة", "أخبار ذات صلة", "الأكثر قراءة"], // list of other headlines
    tags: "كلمات دلالية:", // tag line
    comments: ["التعليقات", "أضف تعليق"], // reader comments follow
    commentLines: ["الله يحمي البلد", "كلام فاضي", "متى تنتهي هذه الحرب؟", "شكراً على التغطية"],
    share: ["شارك", "فيسبوك", "تويتر", "واتساب"], // share buttons, one per line
    source: "المصدر: وكالات", // source credit
  },
  fa: {
    crumbs: ["صفحه اصلی » سیاسی", "صفحه اصلی / سیاست خارجی"],
    readAlso: ["بیشتر بخوانید:", "همچنین بخوانید:"],
    related: ["اخبار مرتبط", "مطالب پیشنهادی", "پربازدیدترین ها"],
    tags: "برچسب ها:",
    comments: ["نظرات", "ارسال نظر"],
    commentLines: ["عالی بود", "ممنون از گزارش خوبتون", "این سیاست به نفع مردم نیست"],
    share: ["اشتراک گذاری", "چاپ"],
    source: "منبع: ایسنا",
  },
} as const;

/** Headline shapes for titles and related-headline lists. */
export const HEADLINES: Readonly<Record<SynthLang, readonly string[]>> = {
  ar: [
    "{As} و{Bs} تبحثان {topic}",
    "وزير الخارجية {nisA}: {clause}",
    "{As} تنتقد موقف {Bs} من {topic}",
    "مباحثات {nisAf} {nisBf} في {city}",
    "ماذا قال وزيرا خارجية {As} و{Bs} حول {topic}؟",
  ],
  fa: [
    "رایزنی {As} و {Bs} درباره {topic}",
    "تاکید {As} بر {topic}",
    "انتقاد {As} از {Bs}",
    "دیدار وزرای امور خارجه {As} و {Bs} در {city}",
  ],
};
