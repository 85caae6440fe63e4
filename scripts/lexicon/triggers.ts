/**
 * Event trigger lexicon for Arabic and Persian diplomatic news, as data: each family is one CAMEO
 * code with its quad class and standard CAMEO Goldstein weight, and the verb and noun forms that
 * report it. Spelling is free (entries are normalised when compiled: ي/ى→ی, ك→ک, ة→ه, أإآ→ا).
 *
 * Form notation (compiled by `compileTriggers` in scripts/pipeline/events.ts):
 *   Arabic  `v:PAST/PRESENT` verb: 3rd-person past stem / present stem without its person prefix
 *           (the compiler adds و ف س clitics, the person prefixes ي ت ن أ and the person and object
 *           endings; a past stem ending in ى/ا is weak: التقى → التقت، التقيا، التقوا). `-` = none.
 *           `n:NOUN` noun or masdar (adds و ف ب ل ك ال, the dual/plural/tanwin and possessive endings).
 *           `p:w1 w2 …` phrase, each word inflected like a noun; `…` allows up to 8 words between;
 *           a word written `v:PAST/PRESENT` inside a phrase is inflected as a verb.
 *   Persian `c:NOUN LIGHT` compound verb: NOUN then a light verb given by its past stem (کرد، داد،
 *           داشت، گرفت، شد، نمود، زد، آورد، گذاشت، ساخت، خواست، بود …) conjugated with می/نمی/ن/ب,
 *           personal endings, perfect «کرده است» and future «خواهد کرد»; `…` allows words between.
 *           `v:PAST/PRESENT` simple verb; `n:NOUN` noun (adds ها، های، ی، ش، شان); `p:` phrase.
 */
import type { Quad } from "../../src/contract/schema.ts";

/** How a family's events are found and who takes part in them. */
export type TriggerKind =
  /** A speech verb: an event only when the statement is about an actor other than the speaker. */
  | "statement"
  /** Two parties act with or toward each other (meet, praise, threaten, sign…). */
  | "interaction"
  /** Material force: one named party is enough (the victim or the attacker). */
  | "attack";

/** Cue words looked for next to a trigger or in its clause. */
export interface TriggerCues {
  /** Cue words (free spelling, matched as word prefixes after the clitics و ف ب ل ال). */
  readonly cues: readonly string[];
  /**
   * `next`: within the six words after the trigger; `clause`: anywhere in the trigger's clause;
   * `before`: anywhere in the sentence before it (across the relative clauses a long object holds).
   */
  readonly scope: "next" | "clause" | "before";
  /** Words that cancel a cue when they stand in the three words before it: «مكافحة الإرهاب». */
  readonly unless?: readonly string[];
}

/** A more specific code chosen when a cue word stands next to the trigger or in its clause. */
export interface TriggerRefinement extends TriggerCues {
  readonly cameo: string;
  readonly quad: Quad;
  readonly goldstein: number;
}

export interface TriggerFamily {
  readonly id: string;
  readonly cameo: string;
  readonly quad: Quad;
  readonly goldstein: number;
  readonly kind: TriggerKind;
  /**
   * Specificity when several triggers of one sentence describe one interaction: the higher rank
   * wins (statement and attendance 0 < generic 1 < specific 2 < most specific 3).
   */
  readonly rank: number;
  /** What a name right after the noun is: «زيارة عراقجي» the agent, «اغتيال هنية» the patient. */
  readonly genitive: "agent" | "patient";
  /** The verbs are passive: their subject is the one acted upon («هنیه … به شهادت رسید»). */
  readonly passive?: boolean;
  readonly ar: readonly string[];
  readonly fa: readonly string[];
  readonly refine?: readonly TriggerRefinement[];
  /** Words without which a form tells no act of the family: «تصویب کرد» adopts a resolution only where «قطعنامه» is said. */
  readonly requires?: TriggerCues;
}

/** Weapons and force words that make «هاجم / حمله کرد» a material attack rather than a verbal one. */
const WEAPON_CUES = [
  "صاروخ", "صواريخ", "صاروخی", "طائرات", "طائره", "مسیره", "مسیرات", "غاره", "قصف", "قذائف", "عسکری", "عسکریا",
  "موشک", "موشکی", "پهپاد", "پهپادی", "بمب", "هوایی", "نظامی", "توپخانه", "جنگنده",
] as const;

/** Meeting words that turn an agreement into an agreement to meet (CAMEO 036). */
const MEETING_CUES = [
  "اجتماع", "اجتماعات", "لقاء", "قمه", "جوله", "محادثات", "مفاوضات", "عقد", "جلسه", "نشست", "اجلاس", "برگزاری",
  "برگزار", "دیدار", "مذاکرات", "گفتگو",
] as const;

export const TRIGGER_FAMILIES: readonly TriggerFamily[] = [
  // Meetings are the backbone of diplomatic news: «التقى X بنظيره Y», «دیدار کرد».
  {
    id: "meet", cameo: "040", quad: 1, goldstein: 1.0, kind: "interaction", rank: 2, genitive: "agent",
    ar: [
      "v:التقى/لتقي", "v:اجتمع/جتمع", "n:لقاء", "n:اجتماع", "n:اجتماعات", "p:v:عقد/عقد … اجتماع", "v:صافح/صافح", "v:تصافح/تصافح",
      // a meeting that «brought together» its parties, named after the verb: «بعد جولة أولى جمعت في مسقط … الوزير عراقجي
      // والمبعوث الأميركي», «في لقاء جمعه بنظيره» (not «جمع» alone: «جمع المعلومات», «جمع التبرعات»)
      "p:لقاء … v:جمع/جمع", "p:اجتماع … v:جمع/جمع", "p:جولة … v:جمع/جمع", "p:قمة … v:جمع/جمع",
    ],
    fa: [
      "c:دیدار کرد", "c:ملاقات کرد", "n:دیدار", "n:ملاقات", "c:دیدار داشت", "c:ملاقات داشت", "c:دیدار و گفتگوی … داشت", "c:دیدار و گفت وگوی … داشت", "c:دیدار و گفتوگوی … داشت", "c:دیدار دوجانبه داشت", "c:نشست … برگزار کرد",
      "c:جلسه … برگزار کرد", "c:اجلاس … برگزار کرد", "c:نشست … برگزار شد", "c:جلسه … برگزار شد", "c:اجلاس … برگزار شد",
      // a session attended: «… همراه با علی‌اف … در نشست شورای سران کشورهای مستقل همسود شرکت کند», «در اجلاس … حضور یافت»
      "c:در نشست … شرکت کرد", "c:در نشست … حضور یافت", "c:در اجلاس … شرکت کرد", "c:در اجلاس … حضور یافت",
    ],
  },
  // Talks and consultations name both sides: «بحث/بحثا مع», «أجرى محادثات», «گفتگو کردند», «تبادل نظر کردیم».
  {
    id: "talks", cameo: "040", quad: 1, goldstein: 1.0, kind: "interaction", rank: 1, genitive: "agent",
    ar: [
      "v:بحث/بحث", "v:تباحث/تباحث", "v:تشاور/تشاور", "v:ناقش/ناقش", "p:v:تواصل/تواصل مع", "n:محادثات", "n:مباحثات",
      "n:مشاورات", "n:مفاوضات", "n:اتصالات", "v:تفاوض/تفاوض", "p:v:أجرى/جري … محادثات", "p:تبادل … وجهات النظر",
    ],
    fa: [
      "c:گفتگو کرد", "c:گفت وگو کرد", "c:گفت و گو کرد", "c:گفتوگو کرد", "c:تبادل نظر کرد", "c:رایزنی کرد", "c:مذاکره کرد", "c:بررسی کرد",
      "c:مشورت کرد", "c:صحبت کرد", "n:گفتگوها", "n:مذاکرات", "n:رایزنی", "n:مشورتهای", "c:بحث و تبادل نظر کرد",
    ],
  },
  // Phone calls are their own CAMEO code: «اتصال هاتفي», «تماس تلفنی».
  {
    id: "phone", cameo: "041", quad: 1, goldstein: 1.0, kind: "interaction", rank: 2, genitive: "agent",
    // («اتصل» in the past only: «فيما يتصل ب» is «regarding»; a verb, so that «وكان علييف قد اتصل ببوتين» happened)
    ar: ["p:اتصال هاتفي", "p:مكالمة هاتفية", "p:اتصالا هاتفيا", "p:v:هاتف/هاتف", "v:اتصل/-"],
    fa: ["p:تماس تلفنی", "p:گفتگوی تلفنی", "p:گفتوگوی تلفنی"],
  },
  // Joint press conferences are consultations the reader sees: «مؤتمر صحفي مشترك», «نشست خبری مشترک».
  {
    id: "press-conference", cameo: "040", quad: 1, goldstein: 1.0, kind: "interaction", rank: 2, genitive: "agent",
    // (and «صحافي», the other common spelling)
    ar: ["p:مؤتمر صحفي مشترك", "p:مؤتمر صحفي", "p:مؤتمرا صحفيا مشتركا", "p:مؤتمر صحافي مشترك", "p:مؤتمر صحافي", "p:مؤتمرا صحافيا مشتركا"],
    fa: ["p:نشست خبری مشترک", "p:کنفرانس خبری مشترک", "p:نشست خبری", "p:کنفرانس خبری"],
  },
  // A visit has a visitor and a host country: «زار», «زيارة … إلى», «سفر کرد به».
  {
    id: "visit", cameo: "042", quad: 1, goldstein: 1.9, kind: "interaction", rank: 2, genitive: "agent",
    ar: ["v:زار/زور", "n:زيارة", "v:وصل/-", "n:سيصل", "n:جولة"],
    // (and «از کوبا دیدن کرد», «عازم نایروبی شد»; not «به … رفت», which is «به شمار می‌رود», «انتظار می‌رود» as often)
    fa: ["c:سفر کرد", "n:سفر", "c:دیدار رسمی کرد", "c:وارد … شد", "c:دیدن کرد", "c:عازم … شد"],
  },
  // Hosting puts the host first: «استقبل X Y», «میزبانی کرد», «پذیرفت».
  {
    id: "host", cameo: "043", quad: 1, goldstein: 2.8, kind: "interaction", rank: 2, genitive: "agent",
    ar: ["v:استقبل/ستقبل", "n:استقبال", "v:استضاف/ستضيف"],
    // «… میزبان السودانی و هیئت همراه او بود»: the host was host to the one named between
    fa: ["c:میزبانی کرد", "c:استقبال رسمی کرد", "c:میزبان … بود"],
  },
  // Hosting told from the guest's side: «X از سوی Y مورد استقبال رسمی قرار گرفت», «… از سوی Y استقبال شد»
  // (the guest is the subject; the host is named after «از سوی / توسط»)
  {
    id: "welcomed", cameo: "043", quad: 1, goldstein: 2.8, kind: "interaction", rank: 2, genitive: "agent", passive: true,
    ar: [],
    fa: ["c:مورد استقبال … قرار گرفت", "c:استقبال شد"],
  },
  // Attending another state's ceremony (an inauguration, a funeral) is a visit to it: «حضر … مراسم تنصيب»,
  // «شارك … في مراسم التشييع», «در مراسم تحلیف اردوغان … شرکت کرد»
  {
    id: "attend", cameo: "042", quad: 1, goldstein: 1.9, kind: "interaction", rank: 0, genitive: "agent",
    ar: [
      "p:v:حضر/حضر … مراسم", "p:v:شارك/شارك … مراسم", "p:v:حضر/حضر … حفل", "p:v:شارك/شارك … حفل", "p:v:حضر/حضر … تشييع",
      "p:v:شارك/شارك … تشييع", "p:v:حضر/حضر … جنازة", "p:v:شارك/شارك … جنازة",
    ],
    fa: ["c:در مراسم … شرکت کرد", "c:در مراسم … حضور یافت", "c:در مراسم … حضور داشت", "c:در مراسم … حاضر شد"],
  },
  // A resolution adopted against a state is a formal censure by the body that adopts it: «شورای حکام … قطعنامه‌ای …
  // علیه ایران تصویب کرد» («تصویب کرد» alone also adopts laws and budgets). (Arabic news tells what the resolution
  // demands, «تبنّى مجلس الأمن القرار 2722 الذي يطالب الحوثيين»: the demand is the act, see «demand».)
  {
    id: "resolution", cameo: "111", quad: 3, goldstein: -2.0, kind: "interaction", rank: 2, genitive: "agent",
    ar: [],
    fa: ["c:تصویب کرد"],
    requires: { cues: ["قطعنامه"], scope: "before" },
  },
  // A parliament or government ratifying a treaty, a protocol or an accession signs on to it (CAMEO 057): «مجلس ملی
  // کبیر ترکیه پروتکل الحاق سوئد به ناتو را … تصویب کرد», «وصادق عليها مجلس النواب العراقي ومجلس الأمة الكويتي».
  // Only where an agreement is named in the clause: «تصویب کرد» also adopts laws, budgets and resolutions. (Not the
  // noun «التصديق», as often a law's name: «قانون التصديق على الاتفاقية».)
  {
    id: "ratify", cameo: "057", quad: 1, goldstein: 8.0, kind: "interaction", rank: 2, genitive: "agent",
    ar: ["p:v:صادق/صادق على"],
    fa: ["c:تصویب کرد", "c:به تصویب رساند"],
    requires: { cues: ["اتفاق", "معاهده", "بروتوکول", "انضمام", "پروتکل", "توافقنامه", "پیمان", "قرارداد", "موافقتنامه", "الحاق", "تفاهمنامه", "کنوانسیون"], scope: "clause" },
  },
  // Summits are meetings at a third place: «قمة», «نشست سران»; so are conferences of several states («خلال مؤتمر احتضنته
  // بغداد … بمشاركة وزراء النقل», «در همایشی در بغداد با حضور وزیران …»; a press conference is its own family, and longer)
  {
    id: "summit", cameo: "044", quad: 1, goldstein: 2.5, kind: "interaction", rank: 1, genitive: "agent",
    ar: ["n:قمة", "n:مؤتمر"],
    fa: ["p:نشست سران", "p:اجلاس سران", "n:همایش", "n:کنفرانس"],
  },
  // Plain statements count only when about another actor; a positive or negative verdict refines them.
  {
    id: "statement", cameo: "010", quad: 1, goldstein: 0.0, kind: "statement", rank: 0, genitive: "agent",
    ar: [
      "v:قال/قول", "v:صرح/صرح", "v:أكد/ؤكد", "v:أعلن/علن", "v:أوضح/وضح", "v:أشار/شير", "v:شدد/شدد", "v:أضاف/ضيف",
      "v:تابع/تابع", "v:لفت/لفت", "v:تطرق/تطرق", "v:كشف/كشف", "v:اعتبر/عتبر", "v:أردف/ردف", "v:ذكر/ذكر",
      "n:تصريحات", "n:بيان",
    ],
    fa: [
      "v:گفت/گو", "v:افزود/افزا", "c:اظهار کرد", "c:اظهار داشت", "c:تاکید کرد", "c:بیان کرد", "c:اعلام کرد",
      "c:خاطرنشان کرد", "c:تصریح کرد", "c:عنوان کرد", "c:اشاره کرد", "v:نوشت/نویس", "c:خبر داد",
    ],
    refine: [
      // a reported verdict of excellence is an optimistic comment: «علاقات … متميزة»
      {
        cues: ["متميزه", "ممتازه", "ایجابیه", "جیده", "متینه", "قویه", "عالی", "سازنده", "دوستانه", "مثبت"],
        scope: "clause", cameo: "013", quad: 1, goldstein: 0.4,
      },
      // a vow of revenge or punishment is a threat: «خون‌خواهی او را وظیفه خود می‌دانیم», «مجازات سختی», «الثأر»
      {
        cues: ["انتقام", "الانتقام", "خونخواهی", "مجازات", "پشیمان", "الثار", "بالثار", "عقاب", "العقاب"],
        scope: "clause", cameo: "130", quad: 3, goldstein: -4.4,
      },
      // an allegation of terrorism, occupation or crimes is an accusation: «دولة محتلة وداعمة للإرهاب»
      {
        cues: [
          "الارهاب", "للارهاب", "الارهابیه", "احتلال", "الاحتلال", "محتله", "جرائم", "عدوانی", "تروریسم", "تروریستی",
          "جنایات", "نسل کشی", "اشغالگر", "تجاوز",
        ],
        unless: ["مکافحه", "محاربه", "لمحاربه", "مبارزه", "ضد", "علیه", "مقابله", "لمکافحه", "بردن", "ریشه"],
        scope: "clause", cameo: "112", quad: 3, goldstein: -2.0,
      },
    ],
  },
  // Expressions of concern are pessimistic comments: «أعرب عن قلقه», «ابراز نگرانی کرد».
  {
    id: "concern", cameo: "012", quad: 1, goldstein: -0.4, kind: "interaction", rank: 1, genitive: "agent",
    ar: ["p:أعرب عن قلق", "p:عن قلقه", "n:قلق"],
    fa: ["c:ابراز نگرانی کرد", "c:نگرانی … ابراز کرد"],
  },
  // Condolences and sympathy are empathetic comments: «عزّى», «قدم التعازي», «تسلیت گفت».
  {
    id: "condolence", cameo: "018", quad: 1, goldstein: 3.4, kind: "interaction", rank: 2, genitive: "agent",
    ar: ["v:عزى/عزي", "n:تعزية", "n:تعازي", "p:برقية عزاء", "p:برقيتي عزاء", "p:برقيات عزاء", "p:رسالة عزاء", "p:الحداد الرسمي", "p:حداد رسمي", "p:الحداد العام", "p:v:أعلن/علن … الحداد"],
    fa: ["c:تسلیت گفت", "n:تسلیت", "p:عزای عمومی", "p:عزای ملی"],
  },
  // Shared views are expressions of accord: «اتفاق نظر داریم», «متفقون», «نتفق مع».
  {
    id: "accord", cameo: "019", quad: 1, goldstein: 3.4, kind: "interaction", rank: 1, genitive: "agent",
    ar: ["n:متفقون", "p:وجهات النظر متطابقة", "n:تطابق", "p:بيان مشترك", "p:بيانا مشتركا"],
    fa: ["c:اتفاق نظر داشت", "c:اشتراک نظر داشت", "c:اتفاق نظر وجود داشت", "n:اتفاق نظر", "p:بیانیه مشترک", "p:بیانیهای مشترک", "p:بیانیه ای مشترک"],
  },
  // Calls on someone to act are appeals: «دعا X إلى», «ناشد», «خواستار شد».
  {
    id: "appeal", cameo: "020", quad: 1, goldstein: 3.0, kind: "interaction", rank: 1, genitive: "agent",
    ar: ["v:دعا/دعو", "v:ناشد/ناشد", "n:مناشدة"],
    fa: ["c:خواستار شد", "c:خواستار … شد", "c:درخواست کرد", "c:دعوت کرد"],
    refine: [
      // an appeal to meet or negotiate: «دعا إلى الحوار والمفاوضات»
      { cues: ["الحوار", "المفاوضات", "التفاوض", "مذاکره", "گفتگو"], scope: "next", cameo: "026", quad: 1, goldstein: 4.0 },
    ],
  },
  // Demands are conflictual: «طالب», «مطالبة», «خواستار … شد» with pressure.
  {
    id: "demand", cameo: "100", quad: 3, goldstein: -5.0, kind: "interaction", rank: 1, genitive: "agent",
    ar: ["v:طالب/طالب", "n:مطالبة", "n:مطالب"],
    fa: ["c:مطالبه کرد"],
  },
  // Intentions to cooperate: «ستتعاون مع», «همکاری خواهیم کرد», «مستعد للتعاون».
  {
    id: "intend-cooperate", cameo: "030", quad: 1, goldstein: 4.0, kind: "interaction", rank: 1, genitive: "agent",
    ar: ["v:تعاون/تعاون", "p:استعداد … للتعاون", "p:مستعد … للتعاون"],
    fa: ["c:همکاری کرد", "p:آماده همکاری", "c:همکاری … ادامه داد"],
    refine: [
      // cooperation against terrorism or in security is intent to cooperate materially (security)
      { cues: ["الارهاب", "لمحاربه", "مکافحه", "تروریسم", "امنیتی", "الامنی"], scope: "next", cameo: "031", quad: 1, goldstein: 5.2 },
    ],
  },
  // Agreements reached: «اتفق/اتفقا», «توافق کردیم»; an agreement to meet is 036.
  {
    id: "agree", cameo: "030", quad: 1, goldstein: 4.0, kind: "interaction", rank: 2, genitive: "agent",
    ar: ["v:اتفق/تفق", "v:توافق/توافق", "n:اتفاق", "p:تم الاتفاق", "p:تم التوافق", "p:v:جرى/جري التوافق", "p:v:جرى/جري الاتفاق"],
    fa: ["c:توافق کرد", "n:توافق", "c:موافقت کرد", "c:به توافق رسید", "c:توافق شد"],
    refine: [{ cues: MEETING_CUES, scope: "next", cameo: "036", quad: 1, goldstein: 4.0 }],
  },
  // Signing a formal agreement: «وقّع اتفاقية», «مذكرة تفاهم», «امضا کرد».
  {
    id: "sign", cameo: "057", quad: 1, goldstein: 8.0, kind: "interaction", rank: 3, genitive: "agent",
    ar: [
      "p:v:وقّع/وقع … اتفاق", "p:v:وقّع/وقع … مذكرة", "p:v:وقّع/وقع … معاهدة", "p:v:وقّع/وقع … وثيقة", "p:v:وقّع/وقع … وثائق", "n:توقيع", "n:اتفاقية",
      "p:مذكرة تفاهم", "n:معاهدة",
      // a document «which X signed» (only documents are signed): «الاتفاق الذي وقعته السعودية وإيران في بكين»
      "p:الذي وقعته", "p:الذي وقعه", "p:الذي وقعاه", "p:التي وقعتها", "p:التي وقعها", "p:التي وقعاها", "p:اللذين وقعهما",
    ],
    fa: ["c:امضا کرد", "c:امضاء کرد", "n:تفاهمنامه", "n:موافقتنامه", "n:قرارداد", "c:به امضا رسید", "c:به امضا رساند", "c:به امضای … رسید", "c:به امضای … و … رسید", "c:امضا شد", "p:شاهد امضای", "p:شاهد امضا"],
  },
  // Relations restored, embassies reopened: «استئناف العلاقات», «إعادة فتح السفارة», «ازسرگیری روابط».
  {
    id: "restore-relations", cameo: "050", quad: 1, goldstein: 3.5, kind: "interaction", rank: 2, genitive: "agent",
    ar: [
      "p:استئناف … العلاقات", "p:استئناف علاقات", "p:استئناف عمل … بعثات", "p:استئناف عمل … بعثتي", "p:استئناف عمل … السفارات", "p:استئناف عمل … السفارة",
      "p:إعادة فتح … السفارة", "p:إعادة فتح … سفارتي", "p:إعادة فتح … السفارات", "p:إعادة … العلاقات الدبلوماسية", "p:عودة العلاقات",
      "p:رفع مستوى … العلاقات", "p:رفع … مستوى العلاقات",
      // relations raised to ambassadors, ambassadors exchanged: «رفع علاقاتهما الدبلوماسية إلى مستوى السفراء»
      "p:إلى مستوى السفراء", "p:تبادل السفراء",
      // as a verb: «استأنف البلدان علاقاتهما الدبلوماسية», «أعادت … فتح سفارتها»
      "p:v:استأنف/ستأنف … العلاقات", "p:v:استأنف/ستأنف علاقات", "p:v:استأنف/ستأنف … علاقاتهما", "p:v:أعاد/عيد … فتح سفارتها", "p:v:أعاد/عيد … فتح سفارته", "p:v:أعاد/عيد … فتح السفارة",
      // an embassy opened or reopened: «افتتحت إيران سفارتها في الرياض», «أُعيد افتتاح السفارة», «إعادة افتتاح السفارة»
      "p:v:افتتح/فتتح … سفارتها", "p:v:افتتح/فتتح … سفارته", "p:v:افتتح/فتتح … السفارة", "p:إعادة افتتاح … السفارة", "p:إعادة افتتاح … سفارتي",
      "p:أعيد فتح … السفارة", "p:أعيد افتتاح … السفارة", "p:أعيد فتح … سفارة", "p:أعيد افتتاح … سفارة",
      // the embassy as the subject: «استأنفت السفارة التركية في دمشق أعمالها»
      "p:v:استأنف/ستأنف السفارة", "p:v:استأنف/ستأنف سفارة",
    ],
    fa: [
      "p:ازسرگیری روابط", "p:از سرگیری روابط", "p:ازسرگیری … روابط", "p:از سرگیری … روابط", "p:بازگشایی سفارت", "p:برقراری مجدد روابط",
      "p:ارتقای سطح روابط", "p:ارتقای روابط", "c:ارتقا داد", "p:تبادل سفیر",
      // as a verb: «روابط دیپلماتیک دو کشور را از سر بگیرند», «سفارت خود را بازگشایی کرد»
      "c:روابط … از سر گرفت", "c:مناسبات … از سر گرفت", "c:سفارت … بازگشایی کرد", "c:سفارتش … بازگشایی کرد",
      // the embassy as the subject: «سفارت ایران در ریاض … بازگشایی شد», «سفارت … رسماً افتتاح شد»
      "c:سفارت … بازگشایی شد", "c:سفارتخانه … بازگشایی شد", "c:سفارت … افتتاح شد", "c:سفارت … گشایش یافت",
      "c:سفارت … فعالیت … از سر گرفت", "c:سفارتخانه … فعالیت … از سر گرفت",
    ],
  },
  // Praise and endorsement: «أشاد», «رحّب», «ثمّن», «تقدیر کرد», «استقبال کرد» (of a decision).
  {
    id: "praise", cameo: "051", quad: 1, goldstein: 3.4, kind: "interaction", rank: 2, genitive: "agent",
    ar: ["v:أشاد/شيد", "n:إشادة", "v:رحب/رحب", "n:ترحيب", "v:ثمن/ثمن", "n:تقدير", "n:تهنئة", "v:هنأ/هنئ", "p:عن شكره", "p:عن شكرها"],
    fa: ["c:تقدیر کرد", "c:تمجید کرد", "c:استقبال کرد", "c:تبریک گفت", "c:قدردانی کرد", "c:تشکر کرد", "c:سپاسگزاری کرد"],
  },
  // Declared support is endorsement: «أعلن دعمه ل», «حمایت … اعلام کرد», «کنار … خواهیم ایستاد».
  {
    id: "support", cameo: "051", quad: 1, goldstein: 3.4, kind: "interaction", rank: 2, genitive: "agent",
    ar: ["v:دعم/دعم", "n:دعم", "v:أيد/ؤيد", "n:تأييد", "n:تضامن", "p:وقوف … إلى جانب"],
    fa: ["c:حمایت … اعلام کرد", "c:حمایت کرد", "n:حمایت", "c:کنار … ایستاد"],
    refine: [
      // support with weapons is military aid: «دعم بالأسلحة», «حمایت تسلیحاتی»
      { cues: ["بالاسلحه", "الاسلحه", "عسکری", "تسلیحاتی", "نظامی", "سلاح"], scope: "next", cameo: "072", quad: 2, goldstein: 8.3 },
    ],
  },
  // Material cooperation: «تعاون اقتصادي/عسكري», «همکاری های اقتصادی».
  {
    id: "cooperate-material", cameo: "061", quad: 2, goldstein: 6.4, kind: "interaction", rank: 2, genitive: "agent",
    // (and a work opened together: «رئیسی و علی‌اف سد … را افتتاح کردند», «دشّن الرئيسان المشروع»)
    ar: ["p:تعاون اقتصادي", "p:تبادل تجاري", "p:تعاون تجاري", "v:دشن/دشن", "v:افتتح/فتتح"],
    fa: ["p:همکاری اقتصادی", "p:همکاریهای اقتصادی", "p:مبادلات تجاری", "c:افتتاح کرد"],
  },
  // Joint military exercises are military cooperation (CAMEO 062): «مناورات بحرية مشتركة», «رزمایش مشترک».
  {
    id: "military-exercise", cameo: "062", quad: 2, goldstein: 7.4, kind: "interaction", rank: 2, genitive: "agent",
    ar: ["n:مناورات", "n:مناورة", "p:تدريبات عسكرية مشتركة", "p:تدريبات مشتركة"],
    fa: ["n:رزمایش", "n:رزمایشهای", "p:رزمایش مشترک", "c:رزمایش … برگزار کرد"],
  },
  // Lawsuits and complaints to a court or the Security Council (CAMEO 115): «رفعت دعوى … أمام محكمة العدل الدولية»,
  // «قدّمت شكوى إلى مجلس الأمن», «دادخواست خود را علیه اسرائیل به دیوان … ارائه کرد», «از … به شورای امنیت شکایت کرد»
  {
    id: "lawsuit", cameo: "115", quad: 3, goldstein: -2.0, kind: "interaction", rank: 2, genitive: "agent",
    ar: [
      "p:v:رفع/رفع دعوى", "p:v:رفع/رفع … دعوى", "p:v:أقام/قيم دعوى", "p:v:أقام/قيم … دعوى", "p:v:قدم/قدم شكوى", "p:v:قدم/قدم … شكوى",
      "p:v:تقدم/تقدم بشكوى", "p:v:تقدم/تقدم … بشكوى", "p:v:قدم/قدم … دعوى",
      // «انضمت تركيا إلى الدعوى التي رفعتها جنوب أفريقيا»
      "p:v:انضم/نضم إلى الدعوى", "p:v:انضم/نضم الى الدعوى", "p:v:انضم/نضم إلى القضية", "p:v:انضم/نضم … إلى الدعوى",
    ],
    fa: [
      "c:شکایت کرد", "c:دادخواست … ارائه کرد", "c:شکایت … ارائه کرد", "c:دادخواست … تسلیم کرد", "c:شکایت … تسلیم کرد", "c:طرح دعوی کرد",
      // joining a case is joining the lawsuit, not an organisation: «به پرونده شکایت آفریقای جنوبی علیه اسرائیل … پیوست»
      "p:به پرونده … پیوست", "p:به پرونده … پیوستند", "p:به شکایت … پیوست", "p:به شکایت … پیوستند",
    ],
  },
  // Joining an organisation is diplomatic cooperation (CAMEO 050): «انضمت إلى», «به … پیوست»,
  // «عضویت … رسمیت یافت» (verbs only: «دعم انضمام طهران» is support, not the accession).
  {
    id: "join", cameo: "050", quad: 1, goldstein: 3.5, kind: "interaction", rank: 2, genitive: "agent",
    ar: ["p:v:انضم/نضم إلى", "p:v:انضم/نضم الى", "p:أصبحت عضوا", "p:أصبح عضوا", "p:عضوية … رسميا"],
    fa: ["p:به … پیوست", "p:به … پیوستند", "p:عضویت … رسمیت یافت", "p:به عضویت … درآمد", "c:عضو … شد"],
  },
  // Aid deliveries: «مساعدات», «کمک»; humanitarian and military aid have their own codes.
  {
    id: "aid", cameo: "070", quad: 2, goldstein: 7.0, kind: "interaction", rank: 2, genitive: "agent",
    ar: ["n:مساعدات", "n:مساعدة", "n:معونات", "v:قدم … مساعدات", "p:طائرات إغاثة", "p:طائرة إغاثة", "p:قافلة إغاثة", "p:مواد إغاثية"],
    fa: ["n:کمکهای", "n:کمک های", "c:کمک کرد", "n:کمک"],
    refine: [
      { cues: ["انسانیه", "الانسانیه", "اغاثیه", "بشردوستانه", "بشر دوستانه"], scope: "next", cameo: "073", quad: 2, goldstein: 7.4 },
      { cues: ["عسکریه", "العسکریه", "نظامی", "تسلیحاتی"], scope: "next", cameo: "072", quad: 2, goldstein: 8.3 },
      { cues: ["اقتصادیه", "مالیه", "اقتصادی", "مالی"], scope: "next", cameo: "071", quad: 2, goldstein: 7.4 },
    ],
  },
  // Closing one's airspace to another state's flights is a sanction (CAMEO 163): «غلق المجال الجوي أمام الطيران المالي»,
  // «إغلاق أجوائها في وجه …», «حریم هوایی خود را به روی پروازهای … بست». (Closed to all, for safety, it names no other side.)
  {
    id: "close-airspace", cameo: "163", quad: 4, goldstein: -8.0, kind: "interaction", rank: 2, genitive: "agent",
    ar: ["p:غلق المجال الجوي", "p:إغلاق المجال الجوي", "p:v:أغلق/غلق … المجال الجوي", "p:v:أغلق/غلق … مجالها الجوي", "p:غلق الأجواء", "p:إغلاق الأجواء", "p:v:أغلق/غلق … أجواءها"],
    fa: ["p:حریم هوایی … v:بست/بند", "p:بستن حریم هوایی", "p:بستن آسمان"],
  },
  // Releasing or exchanging prisoners yields (CAMEO 084): «أفرجت عن 104 محتجزين», «أطلق سراح», «صفقة تبادل الأسرى»,
  // «زندانیان را آزاد کرد», «تبادل زندانیان».
  {
    id: "release", cameo: "084", quad: 2, goldstein: 7.0, kind: "interaction", rank: 2, genitive: "agent",
    ar: ["p:v:أفرج/فرج … عن", "p:إفراج عن", "p:v:أطلق/طلق … سراح", "p:إطلاق … سراح"],
    fa: ["c:آزاد کرد", "p:آزادی … زندانی"],
  },
  // A release told from the released side: «۱۰ کارگر تایلندی … از سوی حماس آزاد شدند», «أُفرج عن … من قبل» — the agent,
  // after «از سوی / توسط / من قبل», releases; the subject is released
  {
    id: "released", cameo: "084", quad: 2, goldstein: 7.0, kind: "interaction", rank: 2, genitive: "patient", passive: true,
    ar: ["p:أُفرج عن", "p:وأُفرج عن"],
    fa: ["c:آزاد شد"],
  },
  // An exchange is both sides' release: «عملية تبادل … بين الحكومة والحوثيين», «تبادل زندانیان میان ایران و آمریکا».
  {
    id: "exchange", cameo: "084", quad: 2, goldstein: 7.0, kind: "interaction", rank: 2, genitive: "agent",
    ar: ["p:تبادل الأسرى", "p:تبادل المحتجزين", "p:تبادل المعتقلين", "p:صفقة تبادل", "p:عملية تبادل", "p:v:تبادل/تبادل … الأسرى", "p:v:تبادل/تبادل … المحتجزين"],
    fa: ["p:تبادل زندانیان", "p:مبادله زندانیان", "p:تبادل … زندانی", "p:مبادله … زندانی"],
  },
  // Ceasefires de-escalate fighting: «وقف إطلاق النار», «هدنة», «آتش بس».
  {
    id: "ceasefire", cameo: "087", quad: 2, goldstein: 9.0, kind: "interaction", rank: 2, genitive: "agent",
    ar: ["p:وقف إطلاق النار", "p:وقف … لإطلاق النار", "n:هدنة"],
    fa: ["p:آتش بس", "p:آتشبس", "n:آتش‌بس"],
  },
  // Military withdrawals de-escalate too: «انسحاب القوات», «عقب نشینی».
  {
    id: "withdraw", cameo: "087", quad: 2, goldstein: 9.0, kind: "interaction", rank: 2, genitive: "agent",
    ar: ["v:انسحب/نسحب", "n:انسحاب", "p:v:سحب/سحب قوات"],
    fa: ["c:عقب نشینی کرد", "n:عقب نشینی", "n:عقبنشینی"],
  },
  // Criticism and condemnation: «أدان», «ندّد», «انتقد», «محکوم کرد», «انتقاد کرد».
  {
    id: "criticise", cameo: "111", quad: 3, goldstein: -2.0, kind: "interaction", rank: 2, genitive: "agent",
    ar: [
      "v:أدان/دين", "v:دان/دين", "n:إدانة", "v:ندد/ندد", "n:تنديد", "v:انتقد/نتقد", "n:انتقاد", "n:انتقادات", "v:استنكر/ستنكر",
      // a diplomatic protest: «سلّمت السفير … مذكرة احتجاج», «احتجت لدى …»
      "p:مذكرة احتجاج", "p:v:سلّم/سلّم … مذكرة احتجاج", "p:v:احتج/حتج … لدى",
    ],
    fa: ["c:محکوم کرد", "c:انتقاد کرد", "n:انتقاد", "c:محکومیت … اعلام کرد", "p:یادداشت اعتراض", "p:یادداشت اعتراضیه", "p:با محکومیت"],
  },
  // Accusations: «اتهم», «اتهام», «متهم کرد».
  {
    id: "accuse", cameo: "112", quad: 3, goldstein: -2.0, kind: "interaction", rank: 2, genitive: "agent",
    ar: ["v:اتهم/تهم", "n:اتهام", "n:اتهامات"],
    fa: ["c:متهم کرد", "n:اتهام"],
  },
  // «هاجم» is verbal (111) unless weapons are in the clause (190); «حمله کرد» likewise.
  {
    id: "verbal-attack", cameo: "111", quad: 3, goldstein: -2.0, kind: "interaction", rank: 2, genitive: "agent",
    ar: ["v:هاجم/هاجم"],
    fa: ["c:حمله لفظی کرد", "c:انتقاد تند کرد"],
    refine: [{ cues: WEAPON_CUES, scope: "clause", cameo: "190", quad: 4, goldstein: -10.0 }],
  },
  // Rejections are verbal conflict: «رفض البيان», «ادعاهای … را رد کرد», «مردود دانست».
  {
    id: "reject", cameo: "120", quad: 3, goldstein: -4.0, kind: "interaction", rank: 2, genitive: "agent",
    ar: ["v:رفض/رفض", "n:رفض"],
    fa: ["c:رد کرد", "c:رد … کرد", "p:مردود دانست", "p:مردود خواند"],
  },
  // Warnings are verbal conflict short of a threat: «حذّر من», «هشدار داد».
  {
    id: "warn", cameo: "130", quad: 3, goldstein: -4.4, kind: "interaction", rank: 2, genitive: "agent",
    ar: ["v:حذر/حذر", "n:تحذير", "n:تحذيرات"],
    fa: ["c:هشدار داد", "n:هشدار"],
  },
  // Threats, of force when force is named: «هدّد», «توعّد», «تهدید کرد».
  {
    id: "threaten", cameo: "130", quad: 3, goldstein: -4.4, kind: "interaction", rank: 2, genitive: "agent",
    ar: ["v:هدد/هدد", "n:تهديد", "n:تهديدات", "v:توعد/توعد", "v:تعهد/تعهد", "n:انتقام", "n:الثأر"],
    // Iranian officials' vows: «انتقام», «خون‌خواهی», «… را پشیمان خواهیم کرد», «مجازات سخت»
    fa: ["c:تهدید کرد", "n:تهدید", "n:تهدیدات", "n:انتقام", "n:خونخواهی", "n:خون خواهی", "c:پشیمان … کرد", "p:مجازات سخت", "p:مجازات سختی"],
    refine: [
      {
        cues: ["بشن", "ضربه", "هجوم", "عسکری", "رد", "حمله", "نظامی", "موشکی", "انتقام"],
        scope: "next", cameo: "138", quad: 3, goldstein: -7.0,
      },
    ],
  },
  // Coercion of another's people or property: arrests, detentions, police raids («اعتقلت قوات الأمن الروسية مواطنين
  // أذربيجانيين», «داهمت الشرطة الأذربيجانية مكتب وكالة سبوتنيك», «پلیس … به خانه‌های آذربایجانی‌ها یورش برد»). CAMEO 173
  // (arrest, detain); a raid is counted with it. (A passive «بازداشت شدند» is left out: its subject is the one held.)
  {
    id: "arrest", cameo: "173", quad: 4, goldstein: -5.0, kind: "interaction", rank: 2, genitive: "patient",
    ar: [
      "v:اعتقل/عتقل", "n:اعتقال", "v:احتجز/حتجز", "n:احتجاز", "p:v:ألقى/لقي القبض", "p:إلقاء القبض", "v:داهم/داهم", "n:مداهمة", "n:مداهمات",
    ],
    fa: ["c:بازداشت کرد", "n:بازداشت", "c:دستگیر کرد", "c:یورش برد", "n:یورش", "c:توقیف کرد"],
  },
  // Sanctions and embargoes: «فرض عقوبات», «تحریم کرد»; the UN sanctions brought back («تفعيل آلية الزناد»,
  // «مکانیسم ماشه را فعال کردند»).
  {
    id: "sanction", cameo: "163", quad: 4, goldstein: -8.0, kind: "interaction", rank: 3, genitive: "agent",
    ar: [
      "p:v:فرض/فرض … عقوبات", "n:عقوبات", "n:حظر",
      "p:تفعيل آلية الزناد", "p:v:فعل/فعل … آلية الزناد", "p:تفعيل آلية سناب باك", "p:v:فعل/فعل … آلية سناب باك",
    ],
    fa: [
      "c:تحریم کرد", "n:تحریم", "n:تحریمها", "n:تحریمهای",
      "c:مکانیسم ماشه … فعال کرد", "p:فعال‌سازی مکانیسم ماشه", "p:فعال کردن مکانیسم ماشه", "c:اسنپ‌بک … فعال کرد", "p:فعال‌سازی اسنپ‌بک",
    ],
  },
  // Expulsions, cut ties, envoys summoned or recalled: «طرد السفير», «قطع العلاقات», «استدعت الخارجية
  // السفير الإيراني», «سحبت سفيرها», «سفیر ایران را احضار کرد», «سفیر خود را فراخواند».
  {
    id: "reduce-relations", cameo: "161", quad: 4, goldstein: -4.0, kind: "interaction", rank: 3, genitive: "agent",
    ar: [
      "p:قطع العلاقات", "p:v:قطع/قطع … علاقات", "p:v:طرد/طرد … السفير", "p:استدعاء السفير", "p:v:استدعى/ستدعي … سفير",
      "p:v:استدعى/ستدعي … القائم بالأعمال", "p:v:سحب/سحب … سفير",
      // persona non grata, representation downgraded, diplomats expelled
      "p:غير مرغوب فيه", "p:غير مرغوب فيهم", "p:خفض التمثيل الدبلوماسي", "p:تخفيض التمثيل الدبلوماسي", "p:v:خفض/خفض … التمثيل الدبلوماسي",
      "p:v:طرد/طرد … دبلوماسيين",
      // diplomats called home: «استدعاء الممثلين الدبلوماسيين الإسرائيليين من تركيا»
      "p:استدعاء … الدبلوماسيين", "p:v:استدعى/ستدعي … الدبلوماسيين", "p:سحب … الدبلوماسيين",
      // an embassy closed or emptied: «أغلقت سفارتها», «أجلت دبلوماسييها»
      "p:v:أغلق/غلق … سفارتها", "p:v:أغلق/غلق … سفارته", "p:إغلاق السفارة", "p:v:أجلى/جلي … دبلوماسييها", "p:v:علق/علق … عمل سفارتها", "p:استدعاء سفيرها", "p:استدعاء سفيره",
      // (its staff, or «the mission»: «أجلت موظفي سفارتها …، وعلّقت عمل البعثة»; and the expulsion as a noun, «بطرد 4 دبلوماسيين»)
      "p:v:أجلى/جلي … موظفي سفارتها", "p:v:أجلى/جلي … طاقم سفارتها", "p:v:علق/علق … عمل البعثة", "p:v:علق/علق … عمل سفارته",
      // two envoys or more: «استدعاء سفيريها لدى مالي والنيجر», «تبادل البلدان استدعاء سفيريهما», «سحب سفرائها من الجزائر»
      "p:استدعاء … سفير", "p:استدعاء … سفراء", "p:v:استدعى/ستدعي … سفراء", "p:v:سحب/سحب … سفراء",
      "p:طرد … دبلوماسيين", "p:طرد … السفير",
      // a member suspended by its organisation: «علّقت الجامعة عضوية سوريا», «تعليق عضوية»
      "p:v:علق/علق … عضوية", "p:تعليق عضوية",
    ],
    fa: [
      "p:قطع روابط", "c:روابط … قطع کرد", "c:اخراج کرد", "p:احضار سفیر", "c:احضار کرد", "c:احضار شد", "p:سفیر … v:فراخواند/فراخوان",
      // the summons as a noun, its light verb dropped: «… سفیر کشورمان در بغداد را احضار و یادداشت اعتراضی به او تسلیم کرده بود»
      "n:احضار",
      "c:عنصر نامطلوب اعلام کرد", "c:عناصر نامطلوب اعلام کرد", "c:عنصر نامطلوب اعلام شد", "p:کاهش سطح روابط", "p:کاهش سطح مناسبات",
      // «کارکنان سفارت … را تخلیه کرد», «سفارت خود را تعطیل کرد»
      "c:سفارت … تخلیه کرد", "c:سفارت … تعطیل کرد", "c:سفارتش … تعطیل کرد",
      // «فعالیت سفارت خود را تعلیق کرد», «کارکنان سفارتش را از تهران خارج کرد»
      "c:فعالیت سفارت … تعلیق کرد", "c:کارکنان سفارت … خارج کرد", "c:کارکنان سفارتش … خارج کرد",
      // «عضویت سوریه در اتحادیه عرب را تعلیق کرد», «تعلیق عضویت»
      "c:عضویت … تعلیق کرد", "p:تعلیق عضویت", "c:عضویت … تعلیق شد",
    ],
  },
  // Military force: «شنّ هجوما», «هجوم», «حمله»; missiles and air strikes are 195.
  {
    id: "attack", cameo: "190", quad: 4, goldstein: -10.0, kind: "attack", rank: 2, genitive: "patient",
    ar: [
      "p:v:شن/شن … هجوما", "n:هجوم", "n:هجمات", "n:ضربة", "n:ضربات", "n:عملية عسكرية", "v:استهدف/ستهدف", "n:اشتباكات",
      "v:اشتبك/شتبك", "p:v:أطلق/طلق النار", "p:اشتباكات مسلحة", "p:تبادل إطلاق النار", "p:تبادل لإطلاق النار",
      // an aircraft or drone shot down: «رصد وإسقاط طائرة استطلاع مسيرة» (not the verb, whose subject is often a unit
      // beside its allies, «أن قواتها وقوات بريطانية أسقطت 18 طائرة مسيرة … أطلقها الحوثيون»)
      "p:إسقاط طائرة",
    ],
    fa: [
      "c:حمله کرد", "n:حمله", "n:حملات", "p:عملیات نظامی", "p:عملیات موشکی", "c:هدف … قرار داد", "c:سرنگون کرد", "p:سرنگونی پهپاد", "p:درگیری مسلحانه", "n:درگیری", "n:تیراندازی", "p:تبادل آتش",
      "c:درگیر شد", "c:تیراندازی کرد", "c:شلیک کرد",
      // the light-verb «attacked», its object before it: «مناطقی در … سراوان را مورد حمله قرار داد»
      "c:مورد حمله قرار داد", "c:مورد هجوم قرار داد",
      // an operation against someone: «عملیات «طوفان الاقصی» که حماس … علیه رژیم صهیونیستی انجام داد»
      "p:عملیات … علیه",
    ],
    refine: [
      { cues: ["صاروخی", "الصاروخی", "جوی", "جویه", "بالصواریخ", "بمسیرات", "موشکی", "هوایی", "پهپادی"], scope: "next", cameo: "195", quad: 4, goldstein: -10.0 },
      // an attack on computers is no use of arms: «حمله سایبری», «هجوم سيبراني», «الهجمات الإلكترونية» (CAMEO 176)
      { cues: ["سایبری", "سیبرانی", "السیبرانی", "سیبرانیه", "السیبرانیه", "الکترونی", "الالکترونی", "الکترونیه", "الالکترونیه", "اینترنتی"], scope: "next", cameo: "176", quad: 4, goldstein: -7.0 },
    ],
  },
  // Air strikes and shelling: «غارة», «قصف», «بمباران».
  {
    id: "airstrike", cameo: "195", quad: 4, goldstein: -10.0, kind: "attack", rank: 2, genitive: "patient",
    // (missiles fired at someone: «أطلق الحرس الثوري 12 صاروخا باليستيا على أربيل»)
    ar: ["n:غارة", "n:غارات", "v:قصف/قصف", "n:قصف", "p:v:أطلق/طلق … صواريخ", "p:v:أطلق/طلق … صاروخا", "p:v:أطلق/طلق … قذائف", "p:v:أطلق/طلق … مسيرات"],
    fa: ["c:بمباران کرد", "n:بمباران", "n:حمله هوایی"],
  },
  // A named person killed, told in the passive: «اغتيل», «لقي حتفه», «ترور شد», «به شهادت رسید» — the
  // subject is the victim; whoever struck is in the sentence's own act of force, if named.
  {
    id: "killed", cameo: "186", quad: 4, goldstein: -10.0, kind: "attack", rank: 2, genitive: "patient", passive: true,
    ar: ["v:اغتيل/-", "p:لقي حتفه", "p:لقي مصرعه"],
    fa: ["c:ترور شد", "c:به شهادت رسید", "c:کشته شد"],
  },
  // Assassinations are the most specific assault: «اغتيال», «اغتال», «ترور کرد».
  {
    id: "assassinate", cameo: "186", quad: 4, goldstein: -10.0, kind: "attack", rank: 3, genitive: "patient",
    ar: ["v:اغتال/غتال", "n:اغتيال"],
    fa: ["c:ترور کرد", "n:ترور"],
  },
];
