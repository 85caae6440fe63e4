import { describe, expect, it } from "vitest";
import { createActorRecognizer, holderOf, transliterate } from "./actors.ts";
import { buildGazetteer, type PersonRecord } from "./gazetteer.ts";
import { segmentSentences } from "./segment.ts";

const person = (id: string, label: string, country: string, ar: string[], fa: string[], partialAr: string[], partialFa: string[], roles: PersonRecord["roles"]): PersonRecord => ({
  id,
  label,
  country,
  names: { en: [label], ar, fa },
  partial: { en: [], ar: partialAr, fa: partialFa },
  roles,
  source: "test fixture",
});

/** A small persons lexicon: dates of office are public record. */
const PERSONS: PersonRecord[] = [
  person("esmaeil-baghaei", "Esmaeil Baghaei", "IRN", ["إسماعيل بقائي"], ["اسماعیل بقائی"], ["بقائي"], ["بقائی"], [{ role: "spokesperson-foreign-ministry", country: "IRN", start: "2024-06-24" }]),
  person("abbas-araghchi", "Abbas Araghchi", "IRN", ["عباس عراقجي"], ["عباس عراقچی"], ["عراقجي"], ["عراقچی"], [{ role: "foreign-minister", country: "IRN", start: "2024-08-21" }]),
  person("hossein-amir-abdollahian", "Hossein Amir-Abdollahian", "IRN", ["حسين أمير عبد اللهيان"], ["حسین امیرعبداللهیان"], ["عبد اللهيان"], ["امیرعبداللهیان"], [{ role: "foreign-minister", country: "IRN", start: "2021-08-25", end: "2024-05-19" }]),
  person("hakan-fidan", "Hakan Fidan", "TUR", ["هاكان فيدان"], ["هاکان فیدان"], ["فيدان"], ["فیدان"], [{ role: "head-of-intelligence", country: "TUR", start: "2010-05-27", end: "2023-06-03" }, { role: "foreign-minister", country: "TUR", start: "2023-06-04" }]),
  person("mevlut-cavusoglu", "Mevlüt Çavuşoğlu", "TUR", ["مولود تشاووش أوغلو"], ["مولود چاووش‌اوغلو"], ["تشاووش أوغلو", "جاويش أوغلو"], ["چاووش‌اوغلو"], [{ role: "foreign-minister", country: "TUR", start: "2015-11-24", end: "2023-06-03" }]),
  person("recep-tayyip-erdogan", "Recep Tayyip Erdoğan", "TUR", ["رجب طيب أردوغان"], ["رجب طیب اردوغان"], ["أردوغان"], ["اردوغان"], [{ role: "president", country: "TUR", start: "2014-08-28" }]),
  person("ebrahim-raisi", "Ebrahim Raisi", "IRN", ["إبراهيم رئيسي"], ["ابراهیم رئیسی"], ["رئيسي"], ["رئیسی"], [{ role: "president", country: "IRN", start: "2021-08-03", end: "2024-05-19" }]),
  person("ali-khamenei", "Ali Khamenei", "IRN", ["علي خامنئي"], ["علی خامنه‌ای"], ["خامنئي"], ["خامنه‌ای"], [{ role: "supreme-leader", country: "IRN", start: "1989-06-04" }]),
  person("bashar-al-assad", "Bashar al-Assad", "SYR", ["بشار الأسد"], ["بشار اسد"], ["الأسد"], ["اسد"], [{ role: "president", country: "SYR", start: "2000-07-17", end: "2024-12-08" }]),
  person("faisal-mekdad", "Faisal Mekdad", "SYR", ["فيصل المقداد"], ["فیصل مقداد"], ["المقداد"], ["مقداد"], [{ role: "foreign-minister", country: "SYR", start: "2020-11-22", end: "2024-09-22" }]),
  person("benjamin-netanyahu", "Benjamin Netanyahu", "ISR", ["بنيامين نتنياهو"], ["بنیامین نتانیاهو"], ["نتنياهو"], ["نتانیاهو"], [{ role: "prime-minister", country: "ISR", start: "2022-12-29" }]),
  person("faisal-bin-farhan", "Faisal bin Farhan", "SAU", ["فيصل بن فرحان"], ["فیصل بن فرحان"], ["بن فرحان"], ["بن فرحان"], [{ role: "foreign-minister", country: "SAU", start: "2019-10-23" }]),
  person("mohammed-bin-abdulrahman-al-thani", "Mohammed bin Abdulrahman Al Thani", "QAT", ["محمد بن عبد الرحمن آل ثاني"], ["محمد بن عبدالرحمن آل ثانی"], [], [], [{ role: "foreign-minister", country: "QAT", start: "2016-01-27" }]),
  person("antony-blinken", "Antony Blinken", "USA", ["أنتوني بلينكن"], ["آنتونی بلینکن"], ["بلينكن"], ["بلینکن"], [{ role: "foreign-minister", country: "USA", start: "2021-01-26", end: "2025-01-20" }]),
  person("fuad-hussein", "Fuad Hussein", "IRQ", ["فؤاد حسين"], ["فواد حسین"], [], [], [{ role: "foreign-minister", country: "IRQ", start: "2020-06-06" }]),
  person("qin-gang", "Qin Gang", "CHN", ["تشين قانغ"], ["چین گانگ"], [], [], [{ role: "foreign-minister", country: "CHN", start: "2022-12-30", end: "2023-07-25" }]),
  person("wang-yi", "Wang Yi", "CHN", ["وانغ يي"], ["وانگ یی"], [], [], [{ role: "foreign-minister", country: "CHN", start: "2013-03-16", end: "2022-12-30" }, { role: "foreign-minister", country: "CHN", start: "2023-07-25" }]),
];

const gazetteer = buildGazetteer(PERSONS);
const recognise = createActorRecognizer({ gazetteer });

function run(text: string, lang: "ar" | "fa", published = "2024-12-02", maskedSpans: { start: number; end: number }[] = []) {
  const sentences = segmentSentences(text, [{ kind: "body", start: 0, end: text.length }]);
  return recognise({ text, lang, published, sentences, maskedSpans });
}
/** `actorId:surface:via` for each mention, in text order. */
function mentions(text: string, lang: "ar" | "fa", published?: string, masked?: { start: number; end: number }[]): string[] {
  return run(text, lang, published, masked).mentions.map((m) => `${m.actorId}:${m.surface}:${m.via}`);
}
/** The set of actor ids found, sorted. */
function ids(text: string, lang: "ar" | "fa", published?: string): string[] {
  return [...new Set(run(text, lang, published).mentions.map((m) => m.actorId))].sort();
}

describe("Arabic clitics", () => {
  it.each([
    ["والعراق", "العراق"],
    ["بالعراق", "العراق"],
    ["للعراق", "لعراق"],
    ["وللعراق", "لعراق"],
    ["فتركيا", "تركيا"],
    ["لتركيا", "تركيا"],
    ["كتركيا", "تركيا"],
    ["وبتركيا", "تركيا"],
  ])("finds the state behind «%s»", (word, surface) => {
    const id = word.includes("عراق") ? "IRQ" : "TUR";
    expect(mentions(`تحدث الوزير عن العلاقات ${word} أمس.`, "ar")).toEqual([`${id}:${surface}:name`]);
  });

  it("does not split a name that merely starts with a clitic letter («لبنان», «بريطانيا»)", () => {
    expect(mentions("زار لبنان وبريطانيا.", "ar")).toEqual(["LBN:لبنان:name", "GBR:بريطانيا:name"]);
  });

  it("reads nisbas in every gender and number as the state", () => {
    expect(mentions("قال مسؤول تركي إن الأتراك والإيرانيين والقوات الروسية والمسؤولين الإيرانيين اتفقوا.", "ar")).toEqual([
      "TUR:تركي:demonym",
      "TUR:الأتراك:demonym",
      "IRN:الإيرانيين:demonym",
      "RUS:الروسية:demonym",
      "IRN:الإيرانيين:demonym",
    ]);
  });
});

describe("Persian suffixes", () => {
  it.each([
    ["ایرانی‌ها", "ایرانی"],
    ["ایرانیها", "ایرانی"],
    ["ایرانی ها", "ایرانی"],
    ["آمریکاییان", "آمریکایی"],
  ])("reads «%s» as a demonym", (word, surface) => {
    const id = word.includes("آمریکا") ? "USA" : "IRN";
    expect(mentions(`به گفته ${word} مذاکرات ادامه دارد.`, "fa")).toEqual([`${id}:${surface}:demonym`]);
  });

  it("splits the object marker and the ezafe yeh from a state name", () => {
    expect(mentions("آنها روسیه‌را تهدید کردند و ترکیه‌ی امروز قوی است.", "fa")).toEqual(["RUS:روسیه:name", "TUR:ترکیه:name"]);
  });

  it("reads «ترکیه‌ای» with ZWNJ, joined or spaced as Turkish", () => {
    expect(mentions("مقامات ترکیه‌ای", "fa")).toEqual(["TUR:ترکیه‌ای:demonym"]);
    expect(mentions("مقامات ترکیهای", "fa")).toEqual(["TUR:ترکیهای:demonym"]);
    expect(mentions("مقامات ترکیه ای", "fa")).toEqual(["TUR:ترکیه ای:demonym"]);
  });

  it("does not read the verb «ترک کرد» as Turks", () => {
    expect(mentions("او جلسه را ترک کرد.", "fa")).toEqual([]);
  });
});

describe("spellings folded by normalisation", () => {
  it("matches Arabic and Persian yeh and kaf («ترکیا», «تركيا»)", () => {
    expect(mentions("ترکیا و تركيا", "ar")).toEqual(["TUR:ترکیا:name", "TUR:تركيا:name"]);
  });

  it("matches hamza-less spellings («ايران», «امريكا», «الامارات»)", () => {
    expect(ids("ايران وامريكا والامارات", "ar")).toEqual(["ARE", "IRN", "USA"]);
  });

  it("matches «سورية» and «أميركا» variants", () => {
    expect(mentions("سورية وأميركا", "ar")).toEqual(["SYR:سورية:name", "USA:أميركا:name"]);
  });

  it("matches «حزب‌الله» with ZWNJ, without and with a space", () => {
    for (const s of ["حزب‌الله", "حزبالله", "حزب الله"]) expect(mentions(`مواضع ${s} در لبنان`, "fa")).toEqual([`hezbollah:${s}:name`, "LBN:لبنان:name"]);
  });

  it("matches the Arabic spelling with diacritics and tatweel", () => {
    expect(mentions("تُرْكِيـــا", "ar")).toEqual(["TUR:تُرْكِيـــا:name"]);
  });
});

describe("capitals", () => {
  it("reads a capital after a locative as the city", () => {
    expect(mentions("عقد مؤتمر صحفي في أنقرة.", "ar")).toEqual(["ankara:أنقرة:name"]);
    expect(mentions("عقد مؤتمر صحفي بالعاصمة طهران.", "ar")).toEqual(["tehran:طهران:name"]);
    expect(mentions("نشست در تهران برگزار شد.", "fa")).toEqual(["tehran:تهران:name"]);
  });

  it("reads «العاصمة الروسية موسكو» as Russia and the city of Moscow", () => {
    expect(mentions("محادثات في العاصمة الروسية موسكو", "ar")).toEqual(["RUS:الروسية:demonym", "moscow:موسكو:name"]);
  });

  it("reads a capital as subject or in «بين أنقرة ودمشق» as its state", () => {
    expect(mentions("تعمل أنقرة وطهران بحزم.", "ar")).toEqual(["TUR:أنقرة:capital", "IRN:طهران:capital"]);
    expect(mentions("العلاقات بين أنقرة ودمشق تغيرت.", "ar")).toEqual(["TUR:أنقرة:capital", "SYR:دمشق:capital"]);
    expect(mentions("تهران هشدار داد.", "fa")).toEqual(["IRN:تهران:capital"]);
  });

  it("keeps coordinated capitals after a locative as places", () => {
    expect(mentions("جولة في الرياض والدوحة", "ar")).toEqual(["riyadh:الرياض:name", "doha:الدوحة:name"]);
  });

  it("does not take what the two sides did after a nameless title as a person («… الباكستاني، بحثا خلاله مكافحة الإرهاب»)", () => {
    const text = "تلقى وزير الخارجية الأمريكي اتصالا هاتفيا من وزير الخارجية الباكستاني، بحثا خلاله مكافحة الإرهاب.";
    expect(run(text, "ar").discovered).toEqual([]);
  });

  it("does not take a date after a plural title as a person («لوزراء خارجية السعودية ومصر مطلع الشهر المقبل»)", () => {
    expect(run("ومن المقرر أن يستضيف الأردن اجتماعا لوزراء خارجية السعودية ومصر مطلع الشهر المقبل.", "ar").discovered).toEqual([]);
  });

  it("reads a dateline capital as the city", () => {
    expect(mentions("القاهرة - أعلنت مصر", "ar")).toEqual(["cairo:القاهرة:name", "EGY:مصر:name"]);
  });

  it("reads a dateline after the headline (a later line) as the city, and a capital inside a line as its state", () => {
    const text = "السيسي يستقبل أردوغان\n\nالقاهرة (رويترز) - استقبل الرئيس المصري نظيره التركي.";
    expect(mentions(text, "ar").filter((m) => m.includes("القاهرة"))).toEqual(["cairo:القاهرة:name"]);
    expect(mentions("عنوان الخبر\nأنقرة - أعلنت تركيا", "ar")[0]).toBe("ankara:أنقرة:name");
    expect(mentions("قالت الخارجية إن أنقرة - وفق البيان - ترفض ذلك", "ar")).toContain("TUR:أنقرة:capital");
  });

  it("reads non-capital cities as places only", () => {
    expect(mentions("في مدينة إسطنبول التركية وحلب", "ar")).toEqual(["istanbul:إسطنبول:name", "TUR:التركية:demonym", "aleppo:حلب:name"]);
  });
});

describe("ambiguous short names", () => {
  it("skips «مصر على» (insists on)", () => {
    expect(mentions("إن الوزير مصر على موقفه", "ar")).toEqual([]);
  });

  it("reads «سلطنة عمان» and «عُمان» as Oman, «عمّان» as Amman, bare «عمان» as nothing", () => {
    expect(mentions("زار سلطنة عمان", "ar")).toEqual(["OMN:سلطنة عمان:name"]);
    expect(mentions("زار عُمان", "ar")).toEqual(["OMN:عُمان:name"]);
    expect(mentions("وصل إلى عمّان", "ar")).toEqual(["amman:عمّان:name"]);
    expect(mentions("في العاصمة الأردنية عمان", "ar")).toEqual(["JOR:الأردنية:demonym", "amman:عمان:name"]);
    expect(mentions("زار عمان", "ar")).toEqual([]);
  });

  it("reads Persian «عمان» as Oman but not «دریای عمان»", () => {
    expect(mentions("عمان میانجی شد", "fa")).toEqual(["OMN:عمان:name"]);
    expect(mentions("در دریای عمان", "fa")).toEqual([]);
  });

  it("does not read «الاحتلال» alone as Israel, and drops «جيش الاحتلال» before another state's nisba", () => {
    expect(mentions("إن الاحتلال لن يدوم", "ar")).toEqual([]);
    expect(mentions("قصف جيش الاحتلال المخيم", "ar")).toEqual(["ISR:جيش الاحتلال:name"]);
    expect(mentions("انسحاب قوات الاحتلال الأمريكي", "ar")).toEqual(["USA:الأمريكي:demonym"]);
    expect(mentions("قصف جيش الاحتلال الأمريكي", "ar")).toEqual(["USA:الأمريكي:demonym"]);
  });

  it("reads Israel's genre names in both languages", () => {
    expect(ids("هجوم للنظام الصهيوني ودولة الاحتلال والكيان الصهيوني", "ar")).toEqual(["ISR"]);
    expect(mentions("جنایات رژیم صهیونیستی و رژیم اشغالگر قدس", "fa")).toEqual(["ISR:رژیم صهیونیستی:name", "ISR:رژیم اشغالگر قدس:name"]);
    // «صهیونی», the shorter adjective: «رژیم صهیونی», «رژیم جنایتکار و تروریست صهیونی»
    expect(mentions("رژیم صهیونی و رژیم جنایتکار و تروریست صهیونی", "fa")).toEqual(["ISR:رژیم صهیونی:name", "ISR:صهیونی:demonym"]);
  });

  it("reads Gaza and the West Bank as Palestine", () => {
    expect(ids("العدوان على قطاع غزة والضفة الغربية", "ar")).toEqual(["PSE"]);
    expect(mentions("کمک به غزه", "fa")).toEqual(["PSE:غزه:name"]);
  });

  it("skips languages («زبان انگلیسی») and the UN body's national namesake («مجلس الأمن القومي»)", () => {
    expect(mentions("به زبان انگلیسی", "fa")).toEqual([]);
    expect(mentions("اجتماع مجلس الأمن القومي", "ar")).toEqual([]);
    expect(mentions("اجتماع مجلس الأمن الدولي", "ar")).toEqual(["un-security-council:مجلس الأمن الدولي:name"]);
  });

  it("needs an outlet cue for outlets that are common words («مهر», «فارس», «الجزيرة»)", () => {
    expect(mentions("به گزارش مهر، جلسه برگزار شد", "fa")).toEqual(["mehr:مهر:name"]);
    expect(mentions("در ماه مهر", "fa")).toEqual([]);
    expect(mentions("در خلیج فارس", "fa")).toEqual([]);
    expect(mentions("وفق وكالة “فارس” الإيرانية", "ar")).toEqual(["fars:وكالة “فارس:name", "IRN:الإيرانية:demonym"]);
    expect(mentions("في شبه الجزيرة العربية", "ar")).toEqual([]);
  });

  it("accepts a partial name that is a common word only after the full name («رئيسي»)", () => {
    expect(mentions("له دور رئيسي في المفاوضات", "ar", "2022-07-19")).toEqual([]);
    expect(mentions("التقى إبراهيم رئيسي الوفد، وقال رئيسي إن", "ar", "2022-07-19")).toEqual(["ebrahim-raisi:إبراهيم رئيسي:name", "ebrahim-raisi:رئيسي:partial-name"]);
  });
});

describe("masked spans", () => {
  it("never matches inside a masked span (the outlet's own name)", () => {
    const text = "به گزارش عصرترکیه، ترکیه و ایران توافق کردند.";
    const start = text.indexOf("عصرترکیه");
    expect(mentions(text, "fa", "2024-12-02", [{ start, end: start + "عصرترکیه".length }])).toEqual(["TUR:ترکیه:name", "IRN:ایران:name"]);
    const spaced = "به گزارش عصر ترکیه، ایران";
    const s2 = spaced.indexOf("عصر ترکیه");
    expect(mentions(spaced, "fa", "2024-12-02", [{ start: s2, end: s2 + "عصر ترکیه".length }])).toEqual(["IRN:ایران:name"]);
  });
});

describe("persons and honorifics", () => {
  it("finds full and partial names, skipping honorifics", () => {
    expect(mentions("قال السيد عباس عراقجي ثم أضاف عراقجي", "ar")).toEqual(["abbas-araghchi:عباس عراقجي:name", "abbas-araghchi:عراقجي:partial-name"]);
    expect(mentions("آقای فیدان گفت", "fa")).toEqual(["hakan-fidan:فیدان:partial-name"]);
  });

  it("reads «سیدعباس عراقچی» with the honorific glued on", () => {
    expect(mentions("سیدعباس عراقچی گفت", "fa")).toEqual(["abbas-araghchi:عباس عراقچی:name"]);
  });

  it("maps span offsets back to the original text", () => {
    const text = "وقال وزير الخارجية التركي هاكان فيدان";
    const m = run(text, "ar").mentions.find((x) => x.actorId === "hakan-fidan")!;
    expect(text.slice(m.start, m.end)).toBe("هاكان فيدان");
    expect([m.start, m.end]).toEqual([26, 37]);
  });
});

describe("titles", () => {
  it("resolves the same title to the holder on the publication date (2023 vs 2024)", () => {
    expect(mentions("وصل وزير الخارجية التركي إلى طهران", "ar", "2023-01-17")).toEqual(["mevlut-cavusoglu:وزير الخارجية:title", "TUR:التركي:demonym", "tehran:طهران:name"]);
    expect(mentions("وصل وزير الخارجية التركي إلى طهران", "ar", "2024-10-21")).toEqual(["hakan-fidan:وزير الخارجية:title", "TUR:التركي:demonym", "tehran:طهران:name"]);
    expect(mentions("وزیر خارجه ترکیه گفت", "fa", "2023-01-17")).toEqual(["mevlut-cavusoglu:وزیر خارجه:title", "TUR:ترکیه:name"]);
    expect(mentions("وزیر خارجه ترکیه گفت", "fa", "2024-12-02")).toEqual(["hakan-fidan:وزیر خارجه:title", "TUR:ترکیه:name"]);
  });

  it("resolves a construct title «وزير خارجية الصين» by date to Qin Gang in March 2023 and Wang Yi in 2024", () => {
    expect(ids("قال وزير خارجية الصين إن بلاده ترحب", "ar", "2023-03-11")).toEqual(["CHN", "qin-gang"]);
    expect(ids("قال وزير خارجية الصين إن بلاده ترحب", "ar", "2024-03-11")).toEqual(["CHN", "wang-yi"]);
  });

  it("resolves «وزيرا خارجية إيران وتركيا» to both holders, each on its country word", () => {
    expect(mentions("وزيرا خارجية إيران وتركيا يحذران", "ar", "2024-10-21")).toEqual(["abbas-araghchi:إيران:title", "hakan-fidan:تركيا:title"]);
    expect(mentions("تاکید وزرای امور خارجه ایران و ترکیه", "fa", "2023-01-17")).toEqual(["hossein-amir-abdollahian:ایران:title", "mevlut-cavusoglu:ترکیه:title"]);
  });

  it("reads «کشورمان» after a title as Iran", () => {
    expect(mentions("رئیس دستگاه دیپلماسی کشورمان تصریح کرد", "fa", "2024-12-02")).toEqual(["abbas-araghchi:رئیس دستگاه دیپلماسی:title", "IRN:کشورمان:name"]);
  });

  it("gives the Supreme Leader Iran as default country", () => {
    expect(mentions("قال المرشد الأعلى إن", "ar", "2022-07-19")).toEqual(["ali-khamenei:المرشد الأعلى:title"]);
  });

  it("lets a following known name win over the date (one person mention on the name)", () => {
    expect(mentions("وقال وزير الخارجية التركي هاكان فيدان", "ar", "2023-01-17")).toEqual(["TUR:التركي:demonym", "hakan-fidan:هاكان فيدان:name"]);
    expect(mentions("قال متحدث وزارة الخارجية الإيرانية، إسماعيل بقائي، إن", "ar", "2024-10-21")).toEqual(["IRN:الإيرانية:demonym", "esmaeil-baghaei:إسماعيل بقائي:name"]);
  });

  it("does not re-resolve a title in apposition after a name", () => {
    expect(mentions("سیدعباس عراقچی وزیر خارجه جمهوری اسلامی ایران گفت", "fa", "2024-12-02")).toEqual(["abbas-araghchi:عباس عراقچی:name", "IRN:جمهوری اسلامی ایران:name"]);
  });

  it("skips adjectives between a title and a known name («رئيس الوزراء الفلسطيني المنتخب الراحل …»)", () => {
    const text = "اغتيال رئيس الوزراء الإسرائيلي السابق بنيامين نتنياهو";
    expect(mentions(text, "ar", "2024-10-21")).toEqual(["ISR:الإسرائيلي:demonym", "benjamin-netanyahu:بنيامين نتنياهو:name"]);
  });

  it("ignores a construct title without a state («رئيس الجامعة»)", () => {
    expect(mentions("قال رئيس الجامعة", "ar")).toEqual([]);
  });

  it("refers «الوزير التركي» back to the last-named Turkish minister", () => {
    expect(mentions("التقى فيدان بالوفد. وشدد الوزير التركي على", "ar", "2024-10-21")).toEqual(["hakan-fidan:فيدان:partial-name", "hakan-fidan:الوزير:title", "TUR:التركي:demonym"]);
  });
});

describe("counterparts", () => {
  it("resolves «نظيره الإيراني» to the holder of the same office in Iran on that date", () => {
    expect(mentions("بحث فيدان مع نظيره الإيراني الأوضاع", "ar", "2024-10-21")).toEqual(["hakan-fidan:فيدان:partial-name", "abbas-araghchi:نظيره:title", "IRN:الإيراني:demonym"]);
    expect(mentions("بحث تشاووش أوغلو مع نظيره الإيراني الأوضاع", "ar", "2023-01-17")).toEqual(["mevlut-cavusoglu:تشاووش أوغلو:partial-name", "hossein-amir-abdollahian:نظيره:title", "IRN:الإيراني:demonym"]);
  });

  it("resolves the counterpart of a president to a president", () => {
    expect(ids("التقى أردوغان بنظيره الإيراني في طهران", "ar", "2022-07-19")).toEqual(["IRN", "ebrahim-raisi", "recep-tayyip-erdogan", "tehran"]);
  });

  it("resolves «همتای ایرانی خود» in Persian", () => {
    expect(mentions("فیدان درباره مذاکراتش با همتای ایرانی خود گفت", "fa", "2024-12-02")).toEqual(["hakan-fidan:فیدان:partial-name", "abbas-araghchi:همتای:title", "IRN:ایرانی:demonym"]);
  });

  it("takes the counterpart's country from «في حكومة أسد»", () => {
    expect(mentions("اجتماع بين تشاووش أوغلو ونظيره في حكومة أسد في أنقرة", "ar", "2023-01-17")).toEqual([
      "mevlut-cavusoglu:تشاووش أوغلو:partial-name",
      "faisal-mekdad:نظيره:title",
      "syrian-government:حكومة أسد:name",
      "ankara:أنقرة:name",
    ]);
  });
});

describe("discovery of unknown persons", () => {
  it("creates a person from a title followed by an unknown name, and maps the later surname to it", () => {
    const r = run("بحث وزير الخارجية المصري بدر عبد العاطي الأزمة. وشدد عبد العاطي على الحل.", "ar", "2024-09-10");
    expect(r.discovered).toEqual([
      { id: "bdr-abd-al-ati", kind: "person", label: "Badr Abdelatty", names: { en: ["Badr Abdelatty"], ar: ["بدر عبد العاطي"], fa: [] }, country: "EGY", roles: [{ role: "foreign-minister", country: "EGY" }] },
    ]);
    expect(r.mentions.map((m) => `${m.actorId}:${m.surface}:${m.via}`)).toEqual(["EGY:المصري:demonym", "bdr-abd-al-ati:بدر عبد العاطي:discovered", "bdr-abd-al-ati:العاطي:discovered"]);
  });

  it("discovers a quoted Persian name and its later surname", () => {
    const r = run("وزیر امور خارجه جمهوری آذربایجان «جیحون بایرام‌اف» با امیرعبداللهیان گفتگو کرد. بایرام‌اف گفت باکو آماده است.", "fa", "2023-07-06");
    expect(r.discovered.map((d) => [d.id, d.label, d.country, d.names.fa])).toEqual([["jihun-bayramaf", "Jeyhun Bayramov", "AZE", ["جیحون بایرام‌اف"]]]);
    expect(r.mentions.map((m) => `${m.actorId}:${m.surface}`)).toEqual([
      "AZE:جمهوری آذربایجان",
      "jihun-bayramaf:جیحون بایرام‌اف",
      "hossein-amir-abdollahian:امیرعبداللهیان",
      "jihun-bayramaf:بایرام‌اف",
      "AZE:باکو",
    ]);
  });

  it("does not take verbs, dates or common words after a title for a name", () => {
    expect(run("وقال وزير الخارجية الإيراني، السبت، إن بلاده مستعدة", "ar", "2024-10-21").discovered).toEqual([]);
    expect(run("وزیر امور خارجه ایران همچنین بیان کرد", "fa", "2024-12-02").discovered).toEqual([]);
    expect(run("با وزیر امور خارجه ترکیه راه های ثبات در سوریه را بررسی کردیم", "fa", "2024-12-02").discovered).toEqual([]);
    expect(run("التقى وزير الخارجية الصيني نظيره الإيراني لبحث الملف النووي.", "ar", "2024-03-11").discovered).toEqual([]);
  });

  it("takes no verb phrase for a name: not before a light verb, not after a title that is itself an apposition", () => {
    // «… خواستار مذاکره شد»: the supreme leader is addressed, no «Khwastar Mdhakrh» is discovered
    const a = run("ترامپ در نامه‌ای خطاب به رهبر معظم انقلاب خواستار مذاکره شد.", "fa", "2025-04-12");
    expect(a.discovered).toEqual([]);
    expect(a.mentions.map((m) => m.actorId)).toContain("ali-khamenei");
    expect(run("پیام‌ها از طریق وزیر خارجه عمان منتقل می‌شود.", "fa", "2025-04-12").discovered).toEqual([]);
    expect(run("دو هیئت در حضور وزیر خارجه عمان به‌طور مستقیم با یکدیگر صحبت کردند.", "fa", "2025-04-12").discovered).toEqual([]);
    // «Name، title، …»: what follows the title is the sentence going on, not a second name
    const b = run("مذاکرات پس از گفت‌وگوی او با وانگ یی، وزیر خارجه چین، شکل گرفت.", "fa", "2024-03-11");
    expect(b.discovered).toEqual([]);
    expect(b.mentions.map((m) => m.actorId)).toEqual(["wang-yi", "CHN"]);
  });

  it("discovers a name introduced by its office after a comma («X، سخنگوی …»), with the office's country", () => {
    const r = run("در مقابل، عبدالنافع تکور، سخنگوی وزارت داخله ترکیه، در توییتی نوشت که مرز آرام است.", "fa", "2023-05-28");
    expect(r.discovered.map((d) => [d.id, d.country, d.names.fa])).toEqual([["abdalnaf-tkur", "TUR", ["عبدالنافع تکور"]]]);
    expect(r.mentions.map((m) => `${m.actorId}:${m.surface}`)).toEqual(["abdalnaf-tkur:عبدالنافع تکور", "TUR:ترکیه"]);
    // a name not opening its clause is not taken: «… گفت حسن کاظمی، سفیر …» could be anything before the comma
    expect(run("نماینده ایران گفت حسن کاظمی، سفیر ایران در کابل است.", "fa", "2023-05-28").discovered).toEqual([]);
    // a name the gazetteer knows stays itself
    expect(run("عباس عراقچی، وزیر امور خارجه، گفت.", "fa", "2024-12-02").discovered).toEqual([]);
  });

  it("transliterates Arabic and Persian names deterministically", () => {
    expect(transliterate("سامح شكري")).toBe("samh shkri");
    expect(transliterate("فيصل المقداد")).toBe("fisl al-mqdad");
    expect(transliterate("جیحون بایرام‌اف")).toBe("jihun bayramaf");
  });
});

describe("names written with a space fewer, ambiguous surnames, look-alike words", () => {
  const jilani: PersonRecord = {
    ...person("jalil-abbas-jilani", "Jalil Abbas Jilani", "PAK", ["جليل عباس جيلاني"], ["جلیل عباس جیلانی"], [], [], []),
    partialAmbiguous: { ar: ["جيلاني"], fa: ["جیلانی"] },
  };
  const recogniseMore = createActorRecognizer({ gazetteer: buildGazetteer([...PERSONS, jilani]) });
  const more = (text: string, lang: "ar" | "fa") =>
    recogniseMore({ text, lang, published: "2024-01-22", sentences: segmentSentences(text, [{ kind: "body", start: 0, end: text.length }]) }).mentions.map((m) => `${m.actorId}:${m.surface}`);

  it("links an ambiguous surname to the person once the full name has been given, and only then", () => {
    expect(more("جلیل عباس جیلانی به تهران رفت. روز جمعه امیرعبداللهیان و جیلانی گفتگو کردند.", "fa")).toEqual([
      "jalil-abbas-jilani:جلیل عباس جیلانی",
      "tehran:تهران",
      "hossein-amir-abdollahian:امیرعبداللهیان",
      "jalil-abbas-jilani:جیلانی",
    ]);
    expect(more("روز جمعه امیرعبداللهیان و جیلانی گفتگو کردند.", "fa")).toEqual(["hossein-amir-abdollahian:امیرعبداللهیان"]);
  });

  it("finds a full name written with one space fewer", () => {
    expect(more("وقال الرئيس الصيني وانغيي إن الاتفاق انتصار للحوار", "ar")).toContain("wang-yi:وانغيي");
    expect(more("دیدار با رجب طیباردوغان", "fa")).toEqual(["recep-tayyip-erdogan:رجب طیباردوغان"]);
  });

  it("does not read «رؤسای» (heads of) as the Russians", () => {
    expect(more("رؤسای دو هیئت با یکدیگر صحبت کردند.", "fa")).toEqual([]);
  });
});

describe("a capital that names an agreement, and greetings after a title", () => {
  it("reads «توافق پکن» and «اتفاق بكين» as the city the agreement is named after, not China", () => {
    expect(mentions("این سفرها پس از توافق پکن انجام می‌شود", "fa", "2023-03-19")).toEqual(["beijing:پکن:name"]);
    expect(mentions("وجاءت الزيارة بعد اتفاق بكين", "ar", "2023-03-19")).toEqual(["beijing:بكين:name"]);
  });

  it("takes no name from «ونقل إليه تحيات …» or «ازسرگیری روابط» after a title", () => {
    expect(run("التقى ولي العهد السعودي ونقل إليه تحيات خادم الحرمين", "ar", "2023-06-17").discovered).toEqual([]);
    expect(run("ولیعهد عربستان، ازسرگیری روابط را آغاز مرحله‌ای جدید خواند", "fa", "2023-06-17").discovered).toEqual([]);
  });
});

describe("titles with «then» and indefinite titles", () => {
  it("takes the name after «آنذاك» as the title's holder then, not today's", () => {
    expect(mentions("والتقى نظيره التركي آنذاك مولود تشاووش أوغلو في أنقرة", "ar", "2024-02-15")).toEqual([
      "TUR:التركي:demonym",
      "mevlut-cavusoglu:مولود تشاووش أوغلو:name",
      "ankara:أنقرة:name",
    ]);
  });

  it("resolves no holder for an indefinite title («لوزير خارجية تركي»)", () => {
    expect(ids("في أول زيارة لوزير خارجية تركي إلى مصر منذ عشر سنوات", "ar", "2024-02-15")).toEqual(["EGY", "TUR"]);
    expect(ids("في زيارة لوزير الخارجية التركي إلى مصر", "ar", "2024-02-15")).toEqual(["EGY", "TUR", "hakan-fidan"]);
  });
});

describe("holderOf", () => {
  it("picks the office holder on a date and nobody outside the term", () => {
    expect(holderOf(gazetteer.byId, "head-of-intelligence", "TUR", "2020-01-01")).toBe("hakan-fidan");
    expect(holderOf(gazetteer.byId, "head-of-intelligence", "TUR", "2024-01-01")).toBeUndefined();
    expect(holderOf(gazetteer.byId, "foreign-minister", "IRN", "2024-06-01")).toBeUndefined();
  });
});

describe("short articles in other outlets' styles (written for these tests)", () => {
  it("SPA-style Gulf report, 2021: Saudi and Qatari ministers, capitals as dateline, place and metonym", () => {
    const text =
      "الرياض (واس) - استقبل وزير الخارجية السعودي الأمير فيصل بن فرحان في الرياض نظيره القطري الشيخ محمد بن عبد الرحمن آل ثاني، وبحثا العلاقات الثنائية بعد قمة العلا. وأكد بن فرحان أن الرياض والدوحة تتطلعان إلى طي صفحة الخلاف، فيما رحب الأمين العام لمجلس التعاون الخليجي بالاتفاق.";
    expect(ids(text, "ar", "2021-01-05")).toEqual(["QAT", "SAU", "faisal-bin-farhan", "gcc", "mohammed-bin-abdulrahman-al-thani", "riyadh"]);
  });

  it("Egyptian-press report, 2024: an unknown Egyptian minister is discovered, the US minister resolved by date", () => {
    const text =
      "القاهرة - بحث وزير الخارجية المصري بدر عبد العاطي مع وزير الخارجية الأمريكي، في اتصال هاتفي، جهود وقف إطلاق النار في قطاع غزة. وشدد عبد العاطي على رفض مصر أي وجود إسرائيلي في محور فيلادلفيا، فيما أكد بلينكن أن واشنطن تواصل العمل مع القاهرة والدوحة.";
    expect(ids(text, "ar", "2024-09-10")).toEqual(["EGY", "ISR", "PSE", "QAT", "USA", "antony-blinken", "bdr-abd-al-ati", "cairo"]);
  });

  it("IRNA-style Persian report, 2022: Iraqi minister by name, «وزیر خارجه کشورمان» by date, the verb «ترک» ignored", () => {
    const text =
      "به گزارش ایرنا، فواد حسین وزیر امور خارجه عراق امروز در بغداد با حسین امیرعبداللهیان دیدار کرد. وزیر خارجه کشورمان در این دیدار گفت تهران از ثبات عراق حمایت می‌کند و آمریکایی‌ها باید منطقه را ترک کنند.";
    expect(ids(text, "fa", "2022-02-13")).toEqual(["IRN", "IRQ", "USA", "baghdad", "fuad-hussein", "hossein-amir-abdollahian", "irna"]);
  });

  it("Tasnim-style Persian report, 2023: a quoted Azerbaijani minister is discovered; Baku as place and as metonym", () => {
    const text =
      "به گزارش خبرگزاری تسنیم، وزیر امور خارجه جمهوری آذربایجان «جیحون بایرام‌اف» در تماس تلفنی با امیرعبداللهیان درباره بازگشایی سفارت باکو در تهران گفتگو کرد. بایرام‌اف گفت باکو خواهان روابط خوب با همسایگان است. روسیه و ترکیه نیز از این گفتگوها استقبال کردند.";
    expect(ids(text, "fa", "2023-07-06")).toEqual(["AZE", "RUS", "TUR", "baku", "hossein-amir-abdollahian", "jihun-bayramaf", "tasnim", "tehran"]);
  });

  it("Al Jazeera-style report, March 2023: China's minister resolved to Qin Gang; «سلطنة عمان» is Oman", () => {
    const text =
      "بكين - أعلنت السعودية وإيران في بيان مشترك مع الصين استئناف العلاقات الدبلوماسية بعد مباحثات استضافتها بكين. ورحب وزير الخارجية الصيني بالاتفاق، وقال إن بلاده ستواصل دعم الحوار، بينما قال المتحدث باسم وزارة الخارجية الإيرانية إن طهران ترحب بعودة السفراء خلال شهرين. كما رحبت سلطنة عمان والعراق بالاتفاق.";
    expect(ids(text, "ar", "2023-03-11")).toEqual(["CHN", "IRN", "IRQ", "OMN", "SAU", "beijing", "qin-gang"]);
  });
});

describe("real sentences from the seeds", () => {
  it("000 (Saraya, 2024-10-21): spokesman with comma-separated name, Astana in parentheses, capitals as metonyms", () => {
    expect(ids("قال متحدث وزارة الخارجية الإيرانية، إسماعيل بقائي، إن علاقات بلاده مع تركيا متميزة للغاية.", "ar", "2024-10-21")).toEqual(["IRN", "TUR", "esmaeil-baghaei"]);
    expect(mentions('نتواصل مع نظرائنا الأتراك فيما يتعلق بسوريا في إطار (مسار) أستانة', "ar", "2024-10-21")).toEqual(["TUR:الأتراك:demonym", "SYR:سوريا:name", "astana-process:مسار) أستانة:name"]);
    expect(mentions("تعمل أنقرة وطهران بحزم لوقف العدوان على غزة ولبنان", "ar", "2024-10-21")).toEqual(["TUR:أنقرة:capital", "IRN:طهران:capital", "PSE:غزة:name", "LBN:لبنان:name"]);
  });

  it("002 (Orient, 2023-01-17): «وزيرا خارجية إيران وتركيا» and «نظام أسد»", () => {
    expect(mentions("ماذا قال وزيرا خارجية إيران وتركيا حول التقارب بين أنقرة ونظام أسد؟", "ar", "2023-01-17")).toEqual([
      "hossein-amir-abdollahian:إيران:title",
      "mevlut-cavusoglu:تركيا:title",
      "TUR:أنقرة:capital",
      "syrian-government:نظام أسد:name",
    ]);
  });

  it("004 (Asr-e Torkiyeh, 2024-12-02): «همتای ایرانی خود» after Fidan resolves to Araghchi", () => {
    const text = "وزیر خارجه ترکیه گفت به هماهنگی خود با ایران در چارچوب روند آستانه ادامه خواهیم داد. او همچنین با اشاره به اهمیت مذاکراتش با همتای ایرانی خود گفت";
    expect(mentions(text, "fa", "2024-12-02")).toEqual([
      "hakan-fidan:وزیر خارجه:title",
      "TUR:ترکیه:name",
      "IRN:ایران:name",
      "astana-process:روند آستانه:name",
      "abbas-araghchi:همتای:title",
      "IRN:ایرانی:demonym",
    ]);
  });
});
