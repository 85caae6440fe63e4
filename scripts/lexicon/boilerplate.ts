/**
 * Markers of what surrounds an article on a news page, in Arabic and Persian (and the English
 * many sites leave in their templates). Patterns run on normalised text (`normalizeText`:
 * ي/ی → ی, ك/ک → ک, hamza-alef → ا, ة → ه), so they are written in the folded spelling.
 */

/** «اقرأ أيضا» / «بیشتر بخوانید»: what follows is another report (or a single headline on the same line). */
export const READ_ALSO = /^(?:[-•*·|▪►]\s*)?(?:اقرا ایضا|اقرا کذلک|اقرا المزید|شاهد ایضا|بیشتر بخوانید|بخوانید|همچنین بخوانید|read also|read more|see also)\s*[:：]?\s*/;

/** Lists of other headlines: everything after the marker that is not a full paragraph goes. */
export const RELATED_HEADLINES =
  /^(?:مقالات مشابهه|مقالات ذات صله|اخبار ذات صله|مواضیع ذات صله|اخبار متعلقه|قد یهمک|الاکثر قراءه|الاکثر مشاهده|اهم المواضیع|اهم التصنیفات|اخر الاخبار|اخبار مرتبط|مطالب مرتبط|اخبار مشابه|مطالب پیشنهادی|پربازدیدترین|پربازدیدترین ها|پربحث ترین|آخرین اخبار|اخرین اخبار|related|most read)(?=$|[\s:：(])/;

/** Tag lines: «كلمات دلالية:», «برچسب ها:». */
export const TAGS = /^(?:کلمات دلالیه|الکلمات المفتاحیه|الوسوم|وسوم|تاغات|برچسب ها|برچسبها|برچسب|کلید واژه ها|کلیدواژه ها|کلمات کلیدی|تگ ها|tags?)\s*[:：]/;

/** Start of the reader-comment section: everything after it goes. */
export const COMMENTS = /^(?:التعلیقات|تعلیقات|اضف تعلیق|اضف تعلیقا|اترک تعلیقا|نظرات|دیدگاه ها|دیدگاهها|ارسال نظر|نظر شما|comments?)\s*(?:\(\d+\))?\s*[:：]?\s*$/;

/** The source credit at the end: «المصدر:», «منبع:». */
export const SOURCE_LINE = /^(?:المصدر|مصدر|منبع|source)\s*[:：]/;

/** Share-button rows: «شارك الخبر: واتساب | تويتر», «اشتراک‌گذاری: تلگرام | ایکس», «لینک کوتاه | اشتراک گذاری در: …». */
export const SHARE_LINE = /^(?:شارک(?: الخبر| المقال| هذا الخبر)?|مشارکه(?: الخبر)?|اشتراک ?گذاری(?: در)?|به اشتراک بگذارید|لینک کوتاه|share(?: this)?(?: article| story)?)\s*[:：|،,]/;

/** Lines that are only site chrome: navigation, share buttons, back-to-top. Matched against the whole line. */
export const CHROME_WORDS = [
  "الرئیسیه",
  "الصفحه الرئیسیه",
  "اخر الاخبار",
  "تقاریر",
  "اخبار",
  "سیاسه",
  "زر الذهاب الی الاعلی",
  "العوده الی الاعلی",
  "شارک",
  "مشارکه",
  "طباعه",
  "فیسبوک",
  "تویتر",
  "واتساب",
  "تلغرام",
  "انستغرام",
  "یوتیوب",
  "نسخ الرابط",
  "انسخ الرابط",
  "الرابط المختصر",
  "البرید الالکترونی",
  "صفحه اصلی",
  "تلگرام",
  "واتس اپ",
  "واتساپ",
  "ایتا",
  "بله",
  "ایکس",
  "اینستاگرام",
  "کپی لینک",
  "لینک کوتاه",
  "ایمیل",
  "اشتراک گذاری",
  "چاپ",
  "بازگشت به بالا",
  "facebook",
  "twitter",
  "whatsapp",
  "telegram",
  "share",
  "copy link",
  "email",
  "instagram",
  "linkedin",
  "print",
  "home",
];

/** Generic words in outlet names: an outlet name without them still names the outlet. */
export const OUTLET_GENERIC_WORDS = new Set([
  "وکاله",
  "انباء",
  "الاخباریه",
  "الاخباری",
  "نت",
  "خبر",
  "خبرگزاری",
  "پایگاه",
  "خبری",
  "news",
  "agency",
  "net",
]);
