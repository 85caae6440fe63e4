/**
 * The whole per-article pipeline on articles written for these tests — none of the seeds — in the
 * genre the seeds come from: each assertion is a reading a careful annotator would make, and each
 * was wrong once (the commit that fixed it names the rule).
 */
import { describe, expect, it } from "vitest";
import { createArticleAnalyser, type ArticleAnalysis } from "./build.ts";
import { loadGazetteer } from "./gazetteer.ts";
import { findDayAnaphor } from "./events/cues.ts";

const analyse = createArticleAnalyser(loadGazetteer());

function analysisOf(text: string, lang: "ar" | "fa", published: string): ArticleAnalysis {
  const r = analyse({ name: "a.txt", bytes: new TextEncoder().encode(text) }, { file: "a.txt", lang, outlet: "Test", published });
  if (!r.ok) throw new Error(r.skipped.reason);
  return r.analysis;
}

function eventsOf(text: string, lang: "ar" | "fa", published: string) {
  return analysisOf(text, lang, published).events.map((e) => ({
    cameo: e.cameo,
    modality: e.modality,
    date: e.date.edtf,
    // (sorted: the order of a group's ids is the text's, which these tests do not assert)
    source: [...e.sourceIds].sort(),
    target: [...e.targetIds].sort(),
    sentence: e.sentence.text.slice(0, 24),
  }));
}

const CAIRO = [
    "السيسي يستقبل أردوغان في القاهرة في أول زيارة منذ 12 عاما",
    "القاهرة (رويترز) - استقبل الرئيس المصري عبد الفتاح السيسي نظيره التركي رجب طيب أردوغان في قصر الاتحادية بالقاهرة يوم الأربعاء، في أول زيارة يقوم بها الرئيس التركي إلى مصر منذ عام 2012.",
    "ووقع الرئيسان إعلانا مشتركا لإعادة تشكيل مجلس التعاون الاستراتيجي رفيع المستوى بين البلدين، كما بحثا الحرب في قطاع غزة وسبل إيصال المساعدات الإنسانية.",
    "وقال أردوغان في مؤتمر صحفي مشترك إن تركيا ومصر تدعوان إلى وقف فوري لإطلاق النار في غزة، متهما إسرائيل بارتكاب مجازر بحق المدنيين الفلسطينيين.",
    "وكان وزير الخارجية المصري سامح شكري قد زار أنقرة في الثالث عشر من نيسان/أبريل 2023، حيث التقى نظيره التركي مولود جاويش أوغلو.",
    "ومن المتوقع أن يزور السيسي تركيا في وقت لاحق من العام الجاري، بحسب الرئاسة التركية.",
  ].join("\n\n");

const JEDDAH = [
    "الجامعة العربية تعيد سوريا إلى مقعدها بعد 12 عاما من التعليق",
    "القاهرة - قرر وزراء الخارجية العرب، في اجتماع طارئ عقدوه في مقر الجامعة العربية بالقاهرة يوم الأحد 7 أيار/مايو 2023، استئناف مشاركة وفود الحكومة السورية في اجتماعات مجلس الجامعة.",
    "وأعلن الأمين العام لجامعة الدول العربية أحمد أبو الغيط أن الرئيس السوري بشار الأسد يمكنه المشاركة في القمة العربية المقبلة في جدة إذا رغب في ذلك.",
    "وكانت الجامعة قد علقت عضوية سوريا في تشرين الثاني/نوفمبر 2011 على خلفية قمع الاحتجاجات.",
    "وفي التاسع عشر من أيار، شارك الأسد في القمة العربية التي استضافتها السعودية، حيث استقبله ولي العهد السعودي الأمير محمد بن سلمان.",
    "في المقابل، انتقدت الولايات المتحدة القرار، وقال متحدث باسم وزارة الخارجية الأمريكية إن واشنطن لن تطبع علاقاتها مع دمشق.",
  ].join("\n\n");

const BEIRUT = [
    "وقف إطلاق النار بين إسرائيل ولبنان يدخل حيز التنفيذ",
    "بيروت (أ ف ب) - دخل اتفاق وقف إطلاق النار بين إسرائيل وحزب الله حيز التنفيذ فجر الأربعاء، بعد أكثر من عام على تبادل القصف عبر الحدود.",
    "وأعلن الرئيس الأمريكي جو بايدن مساء الثلاثاء أن إسرائيل ولبنان وافقا على المقترح الذي قدمته الولايات المتحدة وفرنسا.",
    "وقال رئيس حكومة تصريف الأعمال اللبنانية نجيب ميقاتي إن الاتفاق خطوة أساسية نحو استعادة الهدوء، داعيا إسرائيل إلى الالتزام الكامل بالانسحاب.",
    "من جهته، هدد رئيس الوزراء الإسرائيلي بنيامين نتنياهو بضرب حزب الله بقوة إذا خرق الاتفاق.",
    "وكان الجيش الإسرائيلي قد شن غارات عنيفة على الضاحية الجنوبية لبيروت أمس الأول.",
  ].join("\n\n");

const ANKARA = [
  "سفر عراقچی به آنکارا و دیدار با اردوغان",
  "به گزارش خبرگزاری ایرنا، سید عباس عراقچی وزیر امور خارجه کشورمان که روز یکشنبه وارد آنکارا شده بود، عصر دوشنبه با رجب طیب اردوغان رئیس جمهور ترکیه دیدار و گفتگو کرد.",
  "در این دیدار، اردوغان با اشاره به تحولات سوریه گفت: ترکیه و ایران باید برای حفظ تمامیت ارضی سوریه همکاری کنند.",
  "عراقچی نیز حملات رژیم صهیونیستی به لبنان و غزه را محکوم کرد و خواستار اقدام فوری سازمان ملل متحد شد.",
  "هاکان فیدان وزیر امور خارجه ترکیه هفته آینده برای شرکت در نشست سه‌جانبه آستانه به تهران سفر خواهد کرد.",
  "گفتنی است دو کشور در فروردین ماه گذشته یادداشت تفاهم همکاری در زمینه انرژی امضا کرده بودند.",
].join("\n\n");

const RIYADH = [
  "وزير الخارجية السعودي يتلقى اتصالا هاتفيا من نظيره الإيراني",
  "الرياض (واس) - تلقى صاحب السمو الأمير فيصل بن فرحان بن عبدالله وزير الخارجية، اتصالا هاتفيا اليوم، من معالي وزير خارجية الجمهورية الإسلامية الإيرانية عباس عراقجي.",
  "وجرى خلال الاتصال استعراض العلاقات الثنائية بين البلدين، ومناقشة المستجدات الإقليمية، وفي مقدمتها التطورات في قطاع غزة ولبنان.",
  "وأكد الجانبان أهمية مواصلة التنسيق والتشاور بما يعزز أمن المنطقة واستقرارها.",
  "وكان الوزيران قد التقيا في نيويورك على هامش أعمال الدورة التاسعة والسبعين للجمعية العامة للأمم المتحدة في أيلول الماضي.",
].join("\n\n");

describe("an Arabic wire report with a dateline after its headline (Cairo, 2024-02-14)", () => {
  const events = eventsOf(CAIRO, "ar", "2024-02-14");

  it("makes Sisi the host and Erdoğan the guest, on the day of the visit, not «12 years ago»", () => {
    // the headline and the lead report it each (merged later, in the corpus stage)
    const hosting = events.filter((e) => e.cameo === "043");
    expect(hosting.map((e) => [e.date, e.source, e.target])).toEqual([
      ["2024-02-14", ["abdel-fattah-el-sisi"], ["recep-tayyip-erdogan"]],
      ["2024-02-14", ["EGY", "abdel-fattah-el-sisi"], ["TUR", "recep-tayyip-erdogan"]],
    ]);
  });

  it("reads «وكان شكري قد زار أنقرة في الثالث عشر من نيسان/أبريل 2023» as a visit that happened on that day", () => {
    expect(events.filter((e) => e.date === "2023-04-13").map((e) => [e.cameo, e.modality, e.source, e.target])).toEqual([
      ["042", "reported", ["EGY", "sameh-shoukry"], ["TUR"]],
    ]);
  });

  it("reads «ومن المتوقع أن يزور السيسي تركيا» as a planned visit", () => {
    expect(events.filter((e) => e.sentence.startsWith("ومن المتوقع")).map((e) => [e.cameo, e.modality, e.target])).toEqual([["042", "planned", ["TUR"]]]);
  });
});

describe("an Arabic report with a spelled-out day and an object pronoun (Jeddah, 2023-05-20)", () => {
  it("finds «حيث استقبله ولي العهد» as the crown prince receiving Assad, on «التاسع عشر من أيار»", () => {
    const events = eventsOf(JEDDAH, "ar", "2023-05-20");
    expect(events.filter((e) => e.cameo === "043").map((e) => [e.date, e.source, e.target])).toEqual([
      ["2023-05-19", ["SAU", "mohammed-bin-salman"], ["bashar-al-assad"]],
    ]);
  });
});

describe("an Arabic report whose speakers carry long titles (Beirut, 2024-11-27)", () => {
  it("gives Mikati's statement to Mikati, not to Biden who spoke in the sentence before", () => {
    const events = eventsOf(BEIRUT, "ar", "2024-11-27");
    expect(events.filter((e) => e.sentence.startsWith("وقال رئيس حكومة")).map((e) => [e.cameo, e.source])).toEqual([["010", ["LBN", "najib-mikati"]]]);
  });
});

describe("a Persian report with a relative clause and a condemnation (Ankara, 2024-11-25)", () => {
  const events = eventsOf(ANKARA, "fa", "2024-11-25");

  it("finds Araghchi arriving in Ankara on Sunday («که روز یکشنبه وارد آنکارا شده بود») and meeting Erdoğan on Monday afternoon", () => {
    expect(events.filter((e) => e.sentence.startsWith("به گزارش")).map((e) => [e.cameo, e.date, e.source, e.target])).toEqual([
      ["042", "2024-11-24", ["IRN", "abbas-araghchi"], ["TUR"]],
      ["040", "2024-11-25", ["IRN", "abbas-araghchi"], ["TUR", "recep-tayyip-erdogan"]],
    ]);
  });

  it("makes «حملات … را محکوم کرد» a condemnation only, not an attack by Araghchi; «خواستار اقدام … شد» an appeal", () => {
    expect(events.filter((e) => e.sentence.startsWith("عراقچی نیز")).map((e) => [e.cameo, e.target])).toEqual([
      ["111", ["ISR", "LBN", "PSE"]],
      ["020", ["united-nations"]],
    ]);
  });
});

describe("an Arabic news-agency call received (Riyadh, 2024-10-15)", () => {
  it("makes the caller, after «من», the source of both the headline's and the lead's call", () => {
    const calls = eventsOf(RIYADH, "ar", "2024-10-15").filter((e) => e.cameo === "041");
    expect(calls.map((e) => [e.source, e.target])).toEqual([
      [["IRN", "abbas-araghchi"], ["SAU", "faisal-bin-farhan"]],
      [["IRN", "abbas-araghchi"], ["faisal-bin-farhan"]],
    ]);
  });
});

const DAMASCUS = [
  "حراك دبلوماسي عربي نحو دمشق قبيل القمة",
  "دمشق-سانا",
  "شهدت الأسابيع الماضية حراكاً دبلوماسياً مكثفاً، إذ زار وزير الخارجية والمغتربين الدكتور فيصل المقداد القاهرة في الأول من نيسان الماضي، فيما استقبل الرئيس السوري بشار الأسد في دمشق أمس وزير الخارجية السعودي الأمير فيصل بن فرحان، كما عقد وزراء خارجية سوريا والأردن والعراق اجتماعاً تشاورياً في الثالث من الشهر الجاري.",
  "وفي التاسع من الشهر الجاري أعلنت سوريا والسعودية استئناف عمل بعثتيهما الدبلوماسيتين.",
  "وكانت الرياض قد قطعت علاقاتها مع دمشق في شباط 2012.",
].join("\n\n");

const ISLAMABAD = [
  "تنش مرزی تهران و اسلام‌آباد",
  "به گزارش خبرگزاری مهر، اسلامآباد روز چهارشنبه سفیر خود را از تهران فراخواند و ممتاز زهرا بلوچ، سخنگوی وزارت خارجه پاکستان، این اقدام را پاسخ به نقض حریم هوایی کشورش خواند.",
  "روز جمعه جلیل عباس جیلانی وزیر امور خارجه پاکستان با حسین امیرعبداللهیان گفتگو کرد.",
  "امیرعبداللهیان و جیلانی در گفتوگویی تلفنی بر احترام متقابل به حاکمیت دو کشور تاکید کردند.",
  "پیش از این، نیروهای مرزبانی ایران و پاکستان در منطقه مرزی درگیر شدند.",
  "بامداد پنجشنبه 28 دی، ارتش پاکستان روستاهای مرزی ایران را هدف حمله موشکی قرار داد. ناصر کنعانی سخنگوی وزارت امور خارجه این حمله پاکستان را محکوم کرد.",
  "روز جمعه 29 دی نخست وزیر پاکستان به داووس رفت. در همان روز وزارت خارجه پاکستان از ایران انتقاد کرد.",
].join("\n\n");

describe("an Arabic sentence that chains three acts with «إذ … فيما … كما» (Damascus, 2023-05-19)", () => {
  const events = eventsOf(DAMASCUS, "ar", "2023-05-19");
  const chained = events.filter((e) => e.sentence.startsWith("شهدت"));

  it("keeps Mekdad's visit, Assad's reception and the ministers' meeting apart, each on its own date", () => {
    expect(chained.map((e) => [e.cameo, e.date, e.source])).toEqual([
      ["042", "2023-04-01", ["faisal-mekdad"]],
      ["043", "2023-05-18", ["SYR", "bashar-al-assad"]],
      ["040", "2023-05-03", ["ayman-safadi", "faisal-mekdad", "fuad-hussein"]],
    ]);
  });

  it("takes the Saudi minister as Assad's guest across «في دمشق أمس», and «الدكتور» as part of Mekdad's office", () => {
    expect(chained.find((e) => e.cameo === "043")?.target).toEqual(["SAU", "faisal-bin-farhan"]);
    expect(chained.find((e) => e.cameo === "042")?.target).toEqual(["EGY"]);
  });

  it("dates «التاسع من الشهر الجاري» to the 9th of the publication's month and reads «قطعت علاقاتها»", () => {
    expect(events.filter((e) => e.cameo === "050").map((e) => [e.date, e.source])).toEqual([["2023-05-09", ["SAU", "SYR"]]]);
    expect(events.filter((e) => e.cameo === "161").map((e) => [e.date, e.source, e.target])).toEqual([["2012-02", ["SAU"], ["SYR"]]]);
  });
});

describe("a Persian report with stripped joiners and surnames after full names (Islamabad, 2024-01-22)", () => {
  const events = eventsOf(ISLAMABAD, "fa", "2024-01-22");

  it("reads the recall of the ambassador from Tehran as Pakistan reducing relations with Iran", () => {
    expect(events.filter((e) => e.cameo === "161").map((e) => [e.date, e.source, e.target])).toEqual([["2024-01-17", ["PAK"], ["IRN"]]]);
  });

  it("links «جیلانی» alone to the minister named in full before, and reads «گفتوگویی تلفنی» as a call", () => {
    expect(events.filter((e) => e.cameo === "041").map((e) => e.source)).toEqual([["hossein-amir-abdollahian", "jalil-abbas-jilani"]]);
  });

  it("reads «درگیر شدند» as a clash", () => {
    expect(events.filter((e) => e.cameo === "190").length).toBe(1);
  });

  it("dates an undated sentence by the day its paragraph opened with, and «در همان روز» by the day named before", () => {
    expect(events.filter((e) => e.sentence.startsWith("ناصر کنعانی")).map((e) => [e.cameo, e.date])).toEqual([["111", "2024-01-18"]]);
    expect(events.filter((e) => e.sentence.startsWith("در همان روز")).map((e) => [e.cameo, e.date, e.target])).toEqual([["111", "2024-01-19", ["IRN"]]]);
  });
});

describe("a Persian quote under a speech verb whose clause names a trip (Zahedan, 2023-05-28)", () => {
  const text = [
    "هشدار رئیس جمهور به طالبان",
    "ابراهیم رئیسی رئیس جمهوری اسلامی دیروز در سیستان بود.",
    "آقای رئیسی روز پنجشنبه ۲۸ اردیبهشت در سفر به سیستان و بلوچستان گفته بود: «به حاکمان افغانستان هشدار می دهم که حقابه را بدهند.»",
  ].join("\n\n");

  it("reads the first-person «هشدار می دهم» as the speaker's warning, on the day of the speech", () => {
    expect(eventsOf(text, "fa", "2023-05-28").filter((e) => e.cameo === "130").map((e) => [e.date, e.source, e.target])).toEqual([
      ["2023-05-18", ["IRN", "ebrahim-raisi"], ["AFG"]],
    ]);
  });
});

const HEADLINES = [
  "تواصل مرتقب بين بوتين والأسد .. وخامنئي يحذر من العدوان التركي",
  "أردوغان والسوداني يبحثان طريق التنمية",
  "بغداد - بحث الرئيس التركي رجب طيب أردوغان مع رئيس الوزراء العراقي محمد شياع السوداني، الاثنين، مشروع طريق التنمية.",
  "وكان ترامب قد أعلن الاثنين الماضي، خلال استقباله رئيس الوزراء الإسرائيلي بنيامين نتنياهو في البيت الأبيض، أن بلاده ستجري محادثات مع إيران يوم السبت.",
  "واتفق الجانبان على عقد جولة ثانية من المباحثات السبت المقبل.",
].join("\n\n");

describe("headlines, possessive nouns and announcements (Baghdad, 2025-04-14, a Monday)", () => {
  const events = eventsOf(HEADLINES, "ar", "2025-04-14");

  it("keeps the two stories of a «..» headline apart: Khamenei warns Turkey, not Putin", () => {
    expect(events.filter((e) => e.cameo === "130").map((e) => [e.source, e.target])).toEqual([[["ali-khamenei"], ["TUR"]]]);
  });

  it("reads a headline's bare surname as the person its lead names in full (not Sudan)", () => {
    expect(events.filter((e) => e.sentence.startsWith("أردوغان والسوداني")).map((e) => e.source)).toEqual([["mohammed-shia-al-sudani", "recep-tayyip-erdogan"]]);
  });

  it("reads «خلال استقباله نتنياهو» as Trump hosting, and the announcement of talks as intent to negotiate, both on «الاثنين الماضي»", () => {
    const announced = events.filter((e) => e.sentence.startsWith("وكان ترامب"));
    expect(announced.map((e) => [e.cameo, e.date, e.source, e.target])).toEqual([
      ["036", "2025-04-07", ["donald-trump"], ["IRN"]],
      ["043", "2025-04-07", ["donald-trump"], ["ISR", "benjamin-netanyahu"]],
      ["040", "2025-04-19", ["USA"], ["IRN"]],
    ]);
  });
});

describe("an Arabic relative clause after a document noun (New York, 2024-01-12)", () => {
  const text = [
    "مجلس الأمن يطالب الحوثيين بوقف الهجمات",
    "وتأتي الضربات بعد يومين من تبني مجلس الأمن، الأربعاء، القرار 2722 الذي يطالب الحوثيين بالوقف الفوري لهجماتهم على السفن.",
    "وأدان الأمين العام للأمم المتحدة أنطونيو غوتيريش الهجوم الذي استهدف ناقلة نفط.",
  ].join("\n\n");
  const events = eventsOf(text, "ar", "2024-01-12");

  it("makes the council that adopted «القرار … الذي يطالب الحوثيين» the one demanding, on the Wednesday", () => {
    expect(events.filter((e) => e.sentence.startsWith("وتأتي")).map((e) => [e.cameo, e.date, e.source, e.target])).toEqual([
      ["100", "2024-01-10", ["un-security-council"], ["houthis"]],
    ]);
  });

  it("does not make the condemner the author of «الهجوم الذي استهدف» (the attack names no party: no event at all)", () => {
    expect(events.filter((e) => e.sentence.startsWith("وأدان"))).toEqual([]);
  });
});

describe("rejections and vows of revenge (Tehran, 2024-07-31)", () => {
  const text = [
    "واکنش تهران",
    "ناصر کنعانی سخنگوی وزارت امور خارجه ادعاهای امارات متحده عربی درباره جزایر سه‌گانه را رد کرد.",
    "علی خامنه‌ای رهبر انقلاب در پیامی گفت خون‌خواهی او را وظیفه خود می‌دانیم و رژیم صهیونیستی مجازات سختی برای خود فراهم کرد.",
    "وفي الرياض، رفضت المملكة العربية السعودية التصريحات الإيرانية.",
  ].join("\n\n");
  const fa = eventsOf(text.split("\n\n").slice(0, 3).join("\n\n"), "fa", "2024-07-31");

  it("reads «… را رد کرد» as a rejection (verbal conflict), not a plain statement", () => {
    expect(fa.filter((e) => e.sentence.startsWith("ناصر")).map((e) => [e.cameo, e.source, e.target])).toEqual([["120", ["nasser-kanaani"], ["ARE"]]]);
  });

  it("reads «خون‌خواهی» and «مجازات سخت» as a threat against Israel", () => {
    expect(fa.filter((e) => e.sentence.startsWith("علی خامنه‌ای")).map((e) => [e.cameo.slice(0, 2), e.target])).toEqual([["13", ["ISR"]]]);
  });

  it("reads Arabic «رفضت» as a rejection", () => {
    const ar = eventsOf(["ردود", text.split("\n\n")[3]!].join("\n\n"), "ar", "2024-07-31");
    expect(ar.map((e) => [e.cameo, e.source, e.target])).toEqual([["120", ["SAU"], ["IRN"]]]);
  });
});

describe("a warning whose object names the state after «من» and a noun or two (Cairo, 2024-07-31)", () => {
  it("makes Israel the target of «حذّرت الخارجية المصرية من سياسة التصعيد الإسرائيلية»", () => {
    const events = eventsOf(["مصر تحذر", "كما حذّرت وزارة الخارجية المصرية من \"سياسة التصعيد الإسرائيلية الخطيرة\" خلال اليومين الماضيين."].join("\n\n"), "ar", "2024-07-31");
    expect(events.map((e) => [e.cameo, e.source, e.target])).toEqual([["130", ["EGY"], ["ISR"]]]);
  });
});

describe("a condemnation that names the act, not the actor (Istanbul, 2024-07-31)", () => {
  it("condemns whoever did the section's last act of force («وأدانت قطر عملية الاغتيال»)", () => {
    const text = [
      "إدانات لاغتيال هنية",
      "وقالت حركة حماس إن رئيس مكتبها السياسي إسماعيل هنية قتل في غارة إسرائيلية على مقر إقامته في طهران فجر اليوم.",
      "وأدانت قطر عملية الاغتيال ووصفتها بأنها جريمة شنيعة.",
    ].join("\n\n");
    const events = eventsOf(text, "ar", "2024-07-31");
    expect(events.filter((e) => e.sentence.startsWith("وأدانت")).map((e) => [e.cameo, e.source, e.target])).toEqual([["111", ["QAT"], ["ISR"]]]);
  });
});

describe("a person killed, told in the passive (Tehran, 2024-07-31)", () => {
  it("makes the subject of «به شهادت رسید» the victim, not the attacker", () => {
    const text = [
      "شهادت هنیه در تهران",
      "تهران- ایرنا- اسماعیل هنیه، رئیس دفتر سیاسی جنبش حماس، بامداد امروز چهارشنبه ۱۰ مرداد ۱۴۰۳ در تهران به شهادت رسید.",
    ].join("\n\n");
    const killed = eventsOf(text, "fa", "2024-07-31").filter((e) => e.cameo === "186");
    expect(killed.map((e) => [e.date, e.source, e.target])).toEqual([["2024-07-31", [], ["ismail-haniyeh"]]]);
  });
});

describe("a date between a noun's subject and the noun (Ankara, 2023-07-05)", () => {
  it("keeps the subject across «أمس الثلاثاء ٤ تموز ٢٠٢٣م»: the date's words are no words of the phrase", () => {
    const text = ["مصر وتركيا تتبادلان السفراء", "أعلنت مصر وتركيا، أمس الثلاثاء ٤ تموز ٢٠٢٣م، رفع مستوى العلاقات الدبلوماسية بينهما إلى مستوى السفراء."].join("\n\n");
    const raised = eventsOf(text, "ar", "2023-07-05").filter((e) => e.sentence.startsWith("أعلنت"));
    expect(raised.map((e) => [e.cameo, e.date, e.source])).toEqual([["050", "2023-07-04", ["EGY", "TUR"]]]);
  });
});

describe("an act referred back to with a demonstrative (Muscat, 2025-01-14)", () => {
  const text = [
    "عمان تعلن دعمها لإيران",
    "أعلنت وزارة الخارجية العمانية اليوم الثلاثاء أن سلطنة عمان ستواصل وساطتها.",
    "وكان البوسعيدي قد التقى عراقجي في مسقط يوم الأحد ١٢ كانون الثاني.",
    "وقال البوسعيدي بعد هذا اللقاء إن سلطنة عمان تدعم إيران في مفاوضاتها.",
  ].join("\n\n");
  it("dates what was said after «هذا اللقاء» by the meeting, and makes no second meeting of it", () => {
    const events = eventsOf(text, "ar", "2025-01-14");
    expect(events.filter((e) => e.sentence.startsWith("وقال")).map((e) => [e.cameo, e.date])).toEqual([["051", "2025-01-12"]]);
    expect(events.filter((e) => e.cameo.startsWith("04"))).toHaveLength(1);
  });
});

describe("«the first visit after D» (Tehran, 2024-06-24)", () => {
  it("does not date the visit by what it came after («پس از قطع روابط … در دی‌ماه ۱۳۹۴»)", () => {
    const text = [
      "سفر وزیر خارجه بحرین به تهران",
      "عبداللطیف الزیانی وزیر امور خارجه بحرین امروز وارد تهران شد. این نخستین سفر وزیر خارجه بحرین به ایران پس از قطع روابط دو کشور در دی‌ماه ۱۳۹۴ است.",
    ].join("\n\n");
    const visits = eventsOf(text, "fa", "2024-06-24").filter((e) => e.cameo === "042");
    expect(visits.map((e) => e.date)).toEqual(["2024-06-24", "2024-06-24", "2024-06-24"]);
  });
});

describe("«the two presidents» named together earlier in the sentence, at two dates (Tehran, 2024-05-19)", () => {
  it("makes two meetings of «… دیدار کردند و ۲ اردیبهشت نیز … گفت‌وگو کردند», between the two named before", () => {
    const text = [
      "دیدار رئیسی و علی‌اف",
      "این دومین دیدار ابراهیم رئیسی و الهام علی‌اف در سال جاری است؛ دو رئیس‌جمهور نخستین بار روز ۱۵ فروردین ۱۴۰۳ در تهران با یکدیگر دیدار کردند و ۲ اردیبهشت نیز در حاشیه اجلاس اکو تلفنی گفت‌وگو کردند.",
    ].join("\n\n");
    const dated = eventsOf(text, "fa", "2024-05-19").filter((e) => e.date !== "2024-05-19");
    expect(dated.map((e) => [e.date, e.source])).toEqual([
      ["2024-04-03", ["ebrahim-raisi", "ilham-aliyev"]],
      ["2024-04-21", ["ebrahim-raisi", "ilham-aliyev"]],
    ]);
  });
});

describe("diplomats declared persona non grata, representation downgraded (Baku, Cairo)", () => {
  it("reads «… را عنصر نامطلوب اعلام کرد» and «خفض التمثيل الدبلوماسي» as reducing relations (161)", () => {
    const fa = eventsOf(["اخراج دیپلمات‌ها", "وزارت خارجه جمهوری آذربایجان چهار دیپلمات ایرانی را عنصر نامطلوب اعلام کرد."].join("\n\n"), "fa", "2023-04-06");
    expect(fa.filter((e) => e.cameo === "161").map((e) => [e.source, e.target])).toEqual([[["AZE"], ["IRN"]]]);
    // a date, «نیز» and the words of an office before the subject do not put it out of reach
    const reply = eventsOf(["پاسخ تهران", "در ۱۵ اردیبهشت ۱۴۰۲ نیز وزارت امور خارجه ایران دو دیپلمات سفارت جمهوری آذربایجان را عنصر نامطلوب اعلام کرد."].join("\n\n"), "fa", "2023-05-10");
    expect(reply.filter((e) => e.cameo === "161").map((e) => [e.date, e.source, e.target])).toEqual([["2023-05-05", ["IRN"], ["AZE"]]]);
    const ar = eventsOf(["مصر وتركيا", "وقررت مصر خفض التمثيل الدبلوماسي مع تركيا إلى مستوى القائم بالأعمال."].join("\n\n"), "ar", "2013-11-23");
    expect(ar.filter((e) => e.cameo === "161").map((e) => [e.source, e.target])).toEqual([[["EGY"], ["TUR"]]]);
  });
});

describe("«the next day» counted from a day named earlier in the same sentence (Tehran, 2025-03-10)", () => {
  it("dates the call after «في اليوم التالي» the day after «يوم ٣ آذار», and the talks on that day", () => {
    const text = [
      "اتصال عماني إيراني",
      "بعد محادثات أجراها في جنيف يوم ٣ آذار، أجرى وزير الخارجية الإيراني عباس عراقجي في اليوم التالي اتصالا هاتفيا بنظيره العماني بدر البوسعيدي.",
    ].join("\n\n");
    const calls = eventsOf(text, "ar", "2025-03-10").filter((e) => e.cameo.startsWith("04"));
    expect(calls.map((e) => [e.date, e.source, e.target])).toContainEqual(["2025-03-04", ["IRN", "abbas-araghchi"], ["OMN", "badr-albusaidi"]]);
  });
});

describe("«the same month» counted from the last month named (Doha, 2023-04-13; Tehran, 2023-07-30)", () => {
  it("dates «خلال الشهر نفسه» by the month named before, and «يوم 22 من الشهر نفسه» by that day of it", () => {
    const text = [
      "مسار المصالحة",
      "واتصل أمير قطر بالرئيس الإماراتي يوم الأحد ٨ كانون الثاني. وسبق ذلك لقاء جمع أمير قطر بملك البحرين في أبوظبي خلال الشهر نفسه. " +
        "ثم أعلنت قطر والبحرين في بيان مشترك يوم 22 من الشهر نفسه تشكيل لجنة متابعة.",
    ].join("\n\n");
    // («اتصل» is a call; «وسبق ذلك لقاء» tells a meeting: «ذلك» is the verb's object, not the noun's determiner)
    expect(eventsOf(text, "ar", "2023-04-13").map((e) => [e.cameo, e.date])).toEqual([
      ["041", "2023-01-08"],
      ["040", "2023-01"],
      ["019", "2023-01-22"],
    ]);
  });

  it("counts «در همان ماه» in Solar Hijri months in a Persian article", () => {
    const text = ["سفر لاریجانی", "علی لاریجانی روز ۱۰ تیر ۱۴۰۲ به بغداد سفر کرد.", "عراقچی نیز در همان ماه با فؤاد حسین در تهران دیدار کرد."].join("\n\n");
    const meeting = eventsOf(text, "fa", "2023-07-30").filter((e) => e.cameo === "040");
    expect(meeting.map((e) => e.date)).toEqual(["2023-06-22/2023-07-22"]);
  });
});

describe("the IAEA's Director General named by his office (Tehran, 2024-11-15)", () => {
  it("reads «مدیرکل آژانس» as Grossi, and discovers no name on the line after a headline that ends with a title", () => {
    const text = [
      "دیدار عراقچی با مدیرکل آژانس",
      "کد خبر: 512034",
      "مدیرکل آژانس روز پنجشنبه ۲۴ آبان با سید عباس عراقچی وزیر امور خارجه در تهران دیدار کرد.",
    ].join("\n\n");
    const analysis = analysisOf(text, "fa", "2024-11-15");
    expect(analysis.discovered).toEqual([]);
    const met = analysis.events.filter((e) => e.cameo === "040" && e.date.edtf === "2024-11-14");
    expect(met.map((e) => e.sourceIds)).toEqual([["rafael-grossi"]]);
    expect(met[0]!.targetIds).toContain("abbas-araghchi");
  });
});

describe("a meeting after «حيث», and «his» tour (Doha, 2023-07-19)", () => {
  it("makes the one who went there meet the party named after «حيث التقى», and the sentence's subject own «جولته»", () => {
    const text = [
      "جولة خليجية",
      "وقال وزير الخارجية القطري إن بلاده ترحب بالحوار مع إيران. ووصل الرئيس الإيراني إبراهيم رئيسي أمس الثلاثاء إلى مسقط حيث التقى السلطان هيثم بن طارق، " +
        "على أن يختتم جولته اليوم في الدوحة بلقاء أمير قطر.",
    ].join("\n\n");
    const events = eventsOf(text, "ar", "2023-07-19").filter((e) => e.sentence.startsWith("ووصل"));
    expect(events.filter((e) => e.cameo === "040").map((e) => [e.date, e.source, e.target])).toEqual([["2023-07-18", ["IRN", "ebrahim-raisi"], ["haitham-bin-tariq"]]]);
    // the tour is Raisi's, not the Qatari minister's who spoke last
    expect(events.filter((e) => e.date === "2023-07-19").map((e) => e.source)).toEqual([["IRN", "ebrahim-raisi"]]);
  });
});

describe("who else took part, after a title (Jeddah, 2023-07-19)", () => {
  it("discovers no person in «برئاسة ولي العهد السعودي، بمشاركة رؤساء …»", () => {
    const text = ["قمة جدة", "انعقدت في جدة اليوم قمة خليجية برئاسة ولي العهد السعودي، بمشاركة رؤساء كازاخستان وأوزبكستان وطاجيكستان."].join("\n\n");
    expect(analysisOf(text, "ar", "2023-07-19").discovered).toEqual([]);
  });
});

describe("the place of a visit is the nearest one after a preposition (Tehran, 2025-01-17)", () => {
  it("takes «سفر رئیسی به مسکو» to Russia, not to «عشق‌آباد» named earlier in the sentence", () => {
    const text = [
      "پوتین و رئیسی",
      "ولادیمیر پوتین پیش از این نیز با ابراهیم رئیسی دیدار کرده بود؛ از جمله در حاشیه اجلاس سران در عشق‌آباد و ۱۶ آذر ۱۴۰۲ در جریان سفر رئیسی به مسکو.",
    ].join("\n\n");
    const events = eventsOf(text, "fa", "2025-01-17");
    expect(events.some((e) => e.target.includes("TKM"))).toBe(false);
    expect(events.map((e) => [e.date, e.source])).toContainEqual(["2023-12-07", ["vladimir-putin"]]);
  });
});

describe("a meeting's object after an aside (Baku, 2024-06-12)", () => {
  it("keeps the met party the target past an object's own title, a told day, and an aside between commas", () => {
    const text = [
      "لقاءات في باكو",
      "والتقى الرئيس التركي رجب طيب أردوغان على هامشه رئيس الوزراء الباكستاني شهباز شريف.",
      "والتقى أردوغان في اليوم نفسه الرئيس الأذربيجاني إلهام علييف.",
      "وكان أردوغان قد التقى الاثنين، فور وصوله إلى باكو، أمير قطر الشيخ تميم بن حمد آل ثاني.",
    ].join("\n\n");
    const met = eventsOf(text, "ar", "2024-06-12").filter((e) => e.cameo === "040");
    expect(met.map((e) => e.target)).toEqual([
      ["PAK", "shehbaz-sharif"],
      ["AZE", "ilham-aliyev"],
      ["QAT", "tamim-bin-hamad-al-thani"],
    ]);
    expect(met.every((e) => e.source.includes("recep-tayyip-erdogan"))).toBe(true);
    expect(met[2]!.date).toBe("2024-06-10");
  });
});

describe("a meeting verb joined by «و» after a comma (Cairo, 2024-03-08)", () => {
  it("is met by the sentence's subject when it has none of its own", () => {
    const text = [
      "قمة القاهرة",
      "وحضر الرئيس الفلسطيني محمود عباس الاجتماع دون أن يدلي بتصريحات، والتقى على هامشه العاهل الأردني الملك عبد الله الثاني، بحسب وكالة وفا.",
    ].join("\n\n");
    const met = eventsOf(text, "ar", "2024-03-08").filter((e) => e.cameo === "040");
    expect(met.map((e) => [e.source, e.target])).toEqual([[["PSE", "mahmoud-abbas"], ["JOR", "abdullah-ii-of-jordan"]]]);
  });
});

describe("a day told in a relative clause of the noun a meeting was held at (Amman, 2024-09-30)", () => {
  it("dates the meeting by the summit's day, not by the call told after the comma", () => {
    const text = [
      "مسار العلاقات",
      "واستقبل الملك عبد الله الثاني أمس الأحد وزير الخارجية الإيراني عباس عراقجي في عمان. " +
        "وكان الملك عبد الله الثاني قد التقى الرئيس الإيراني مسعود بزشكيان على هامش القمة العربية الإسلامية الطارئة التي عقدت في الدوحة في ١٥ سبتمبر ٢٠٢٤، وتلقى منه اتصالا هاتفيا في أغسطس من العام نفسه.",
    ].join("\n\n");
    const met = eventsOf(text, "ar", "2024-09-30").filter((e) => e.cameo === "040");
    expect(met.map((e) => [e.date, e.target])).toEqual([["2024-09-15", ["IRN", "masoud-pezeshkian"]]]);
  });
});

describe("where a visit goes (Muscat, 2024-02-01)", () => {
  it("visits the state of the place after «إلى», not the list of a tour told after it", () => {
    const text = [
      "جولة إقليمية",
      "وكان وزير الخارجية التركي هاكان فيدان قد وصل إلى مسقط مساء الثلاثاء، في إطار جولة إقليمية شملت الكويت والبحرين وقطر.",
    ].join("\n\n");
    const visit = eventsOf(text, "ar", "2024-02-01").filter((e) => e.cameo === "042");
    expect(visit.map((e) => [e.date, e.source, e.target])).toEqual([["2024-01-30", ["TUR", "hakan-fidan"], ["OMN"]]]);
  });
});

describe("who met, when «he» is joined to a name (Tehran, 2024-12-20)", () => {
  it("reads «او و آقای اردوغان» as the person named before and Erdoğan, and keeps the capital's country out of the parties", () => {
    const text = [
      "سفر پزشکیان به قاهره",
      "این دومین سفر آقای پزشکیان به قاهره است. او و آقای اردوغان نخستین بار روز ۱۲ آبان ۱۴۰۳ در حاشیه نشستی در باکو، پایتخت جمهوری آذربایجان، با یکدیگر دیدار کرده بودند.",
    ].join("\n\n");
    const met = eventsOf(text, "fa", "2024-12-20").filter((e) => e.cameo === "040");
    expect(met.map((e) => [e.date, e.source, e.target])).toEqual([["2024-11-02", ["masoud-pezeshkian", "recep-tayyip-erdogan"], []]]);
  });
});

describe("two verbs told one «then» the other (Ankara, 2025-03-01)", () => {
  it("makes two meetings, and does not give the second the first one's date mention", () => {
    const text = [
      "دیدارها",
      "فیدان و عراقچی روز ۱۰ اسفند ۱۴۰۳ در آنکارا دیدار کردند و سپس در نشست خبری مشترک به پرسش‌ها پاسخ دادند و پس از آن نیز در حاشیه ضیافت شام گفت‌وگو کردند.",
    ].join("\n\n");
    const events = analysisOf(text, "fa", "2025-03-05").events.filter((e) => e.cameo === "040");
    expect(events.map((e) => e.dateMention?.text ?? null)).toEqual(["۱۰ اسفند ۱۴۰۳", null]);
  });
});

describe("an operation against someone, praised (Tehran, 2023-11-01)", () => {
  it("reads «عملیات … که حزب‌الله در ۱۲ مهر علیه رژیم صهیونیستی انجام داد» as Hezbollah's attack on Israel, on its own day", () => {
    const text = [
      "تمجید",
      "وی همچنین با تمجید از عملیات «وعده صادق» که حزب‌الله در ۱۲ مهر علیه رژیم صهیونیستی انجام داد، آن را پاسخ به جنایات این رژیم دانست.",
    ].join("\n\n");
    const attacks = eventsOf(text, "fa", "2023-11-01").filter((e) => e.cameo.startsWith("19"));
    expect(attacks.map((e) => [e.date, e.source, e.target])).toEqual([["2023-10-04", ["hezbollah"], ["ISR"]]]);
  });
});

describe("a capital standing for its state (Manama, 2024-05-17)", () => {
  it("keeps the state of «العاصمة البحرينية المنامة» as the host: no place was named before the capital", () => {
    const text = [
      "القمة",
      "دعا القادة العرب، في ختام أعمال القمة العربية التي استضافتها العاصمة البحرينية المنامة أمس، إلى نشر قوات حفظ سلام تابعة للأمم المتحدة في الأراضي الفلسطينية المحتلة.",
    ].join("\n\n");
    const hosted = eventsOf(text, "ar", "2024-05-17").filter((e) => e.cameo === "043");
    expect(hosted.map((e) => [e.date, e.source])).toEqual([["2024-05-16", ["BHR"]]]);
  });
});

describe("joint exercises and joining an organisation (2023–2024)", () => {
  it("reads «مناورات بحرية مشتركة» as military cooperation among the navies' states (062)", () => {
    const text = ["مناورات", "وأجرت القوات البحرية الباكستانية والتركية في تشرين الأول/أكتوبر 2023 مناورات بحرية مشتركة في بحر العرب."].join("\n\n");
    const drills = eventsOf(text, "ar", "2023-11-02").filter((e) => e.cameo === "062");
    expect(drills.map((e) => [e.date, e.source])).toEqual([["2023-10", ["PAK", "TUR"]]]);
  });

  it("reads «به عضویت … درآمد» and «انضمت إلى» as joining (050), with the organisation as target", () => {
    const fa = ["عضویت", "بلاروس روز ۱۳ تیر ۱۴۰۳ به عضویت دائم سازمان همکاری شانگهای درآمد."].join("\n\n");
    expect(eventsOf(fa, "fa", "2024-07-05").map((e) => [e.cameo, e.date, e.source, e.target])).toEqual([["050", "2024-07-03", ["BLR"], ["sco"]]]);
    const ar = ["انضمام", "وكانت مصر قد انضمت إلى مجموعة بريكس في الأول من يناير 2024."].join("\n\n");
    expect(eventsOf(ar, "ar", "2024-02-01").map((e) => [e.cameo, e.date, e.source, e.target])).toEqual([["050", "2024-01-01", ["EGY"], ["brics"]]]);
  });
});

describe("«دوشنبه»: Dushanbe or Monday (Dushanbe, 2024-09-12)", () => {
  const text = [
    "سفر به تاجیکستان",
    "خبرگزاری مهر: وزیر امور خارجه کشورمان که روز دوشنبه وارد دوشنبه، پایتخت تاجیکستان شد، امروز پنجشنبه با همتای تاجیک خود سراج‌الدین مهرالدین دیدار کرد.",
    "او فردا دوشنبه را به مقصد تهران ترک می‌کند و دوشنبه آینده در نشست تهران شرکت خواهد کرد.",
  ].join("\n\n");

  it("reads the city after «وارد» and before «، پایتخت» or «را», and the weekday after «روز» or before «آینده»", () => {
    const a = analysisOf(text, "fa", "2024-09-12");
    const spans = (id: string) => a.mentions.filter((m) => m.actorId === id).map((m) => a.article.text.slice(m.start, m.end));
    expect(spans("dushanbe")).toEqual(["دوشنبه", "دوشنبه"]);
    const visit = a.events.find((e) => e.cameo === "042");
    expect(visit?.date.edtf).toBe("2024-09-09");
    // the dates: «روز دوشنبه» and «دوشنبه آینده» are Mondays, «فردا دوشنبه را» is tomorrow (and the city)
    const days = (a.events.map((e) => e.dateMention).filter((d) => d !== undefined) as { text: string }[]).map((d) => d.text);
    expect(days).not.toContain("فردا دوشنبه");
  });

  it("does not join an outlet's nisba before «:» to the subject after it («دیپلماسی ایرانی: مسعود پزشکیان …»)", () => {
    const lead = ["دیدار", "دیپلماسی ایرانی: مسعود پزشکیان که شامگاه چهارشنبه وارد تاشکند شد، امروز پنجشنبه با همتای ازبک خود شوکت میرضیایف دیدار و گفت‌وگو کرد."].join("\n\n");
    const met = eventsOf(lead, "fa", "2024-09-12").filter((e) => e.cameo === "040");
    expect(met.map((e) => [e.date, e.source])).toEqual([["2024-09-12", ["masoud-pezeshkian"]]]);
  });
});

describe("an attack told with its doer in a relative clause, and judged (Doha, 2025-06-24)", () => {
  const text = [
    "إدانة",
    "جدد وزير الخارجية القطري الشيخ محمد بن عبد الرحمن اليوم الثلاثاء إدانة بلاده الهجوم الذي شنه الحرس الثوري الإيراني مساء أمس الاثنين على قاعدة العديد الجوية.",
    "ووصف المتحدث الرسمي باسم وزارة الخارجية القطرية ماجد الأنصاري الهجوم بأنه انتهاك صارخ لسيادة قطر.",
    "كما دان الأمين العام لمجلس التعاون جاسم البديوي الهجوم، معتبرا أن أمن دول المجلس كل لا يتجزأ.",
  ].join("\n\n");

  it("makes the one after «الذي شنه» the attacker, the base's state the target, and the condemnation's target", () => {
    const events = eventsOf(text, "ar", "2025-06-24");
    expect(events.filter((e) => e.cameo.startsWith("19")).map((e) => [e.date, e.source, e.target])).toEqual([["2025-06-23", ["irgc"], ["QAT"]]]);
    expect(events.filter((e) => e.cameo === "111").map((e) => [e.date, e.target])).toContainEqual(["2025-06-24", ["irgc"]]);
  });

  it("never makes the one who describes or condemns the attack its attacker", () => {
    const attackers = eventsOf(text, "ar", "2025-06-24")
      .filter((e) => e.cameo.startsWith("19"))
      .flatMap((e) => e.source);
    expect(attackers).not.toContain("majed-al-ansari");
    expect(attackers).not.toContain("jasem-albudaiwi");
  });
});

describe("names that go on (Riyadh, 2025-03-04)", () => {
  it("does not read «الأمير محمد بن عبد الرحمن بن عبد العزيز» as Qatar's «محمد بن عبد الرحمن بن جاسم آل ثاني», nor «عقب الهجوم» after a title as a name", () => {
    const text = [
      "وصول",
      "وكان الرئيس اللبناني جوزف عون قد وصل أمس إلى الرياض، حيث استقبله نائب أمير منطقة الرياض الأمير محمد بن عبد الرحمن بن عبد العزيز.",
      "وأجرى ترامب اتصالا بأمير قطر عقب الهجوم على القاعدة.",
    ].join("\n\n");
    const a = analysisOf(text, "ar", "2025-03-04");
    const ids = a.mentions.map((m) => m.actorId);
    expect(ids).toContain("joseph-aoun");
    expect(ids).not.toContain("mohammed-bin-abdulrahman-al-thani");
    expect(a.discovered.map((d) => d.names.ar[0])).not.toContain("عقب الهجوم");
  });
});

describe("Persian accounts of strikes and visits (Tehran, 2024-10-26)", () => {
  const text = [
    "پاسخ",
    "سپاه پاسداران در ۱۰ مهر ده‌ها موشک به سوی سرزمین‌های اشغالی شلیک کرد. پیش از آن نیز سپاه در شامگاه ۲۵ فروردین اهدافی را در سرزمین‌های اشغالی هدف قرار داده بود.",
    "فیصل بن فرحان، وزیر خارجه عربستان، هفته گذشته به مسقط سفر کرد. او ۱۸ مهر در ریاض با عراقچی دیدار کرد.",
  ].join("\n\n");

  it("makes Israel the target of a strike «به سوی سرزمین‌های اشغالی» or «در سرزمین‌های اشغالی», and «سپاه» after «پیش از آن نیز» the attacker", () => {
    const strikes = eventsOf(text, "fa", "2024-10-26").filter((e) => e.cameo.startsWith("19"));
    expect(strikes.map((e) => [e.date, e.source, e.target])).toEqual([
      ["2024-10-01", ["irgc"], ["ISR"]],
      ["2024-04-13", ["irgc"], ["ISR"]],
    ]);
  });

  it("reads «او» opening a sentence as the person named last before it", () => {
    const met = eventsOf(text, "fa", "2024-10-26").filter((e) => e.cameo === "040");
    expect(met.map((e) => [e.date, e.source, e.target])).toEqual([["2024-10-09", ["faisal-bin-farhan"], ["abbas-araghchi"]]]);
  });
});

describe("a condemnation paragraphs after the attack (Riyadh, 2025-06-24)", () => {
  it("condemns the attacker told in an earlier paragraph, with the attack's victim as a bystander, not its target", () => {
    const text = [
      "هجوم",
      "شن الحرس الثوري الإيراني مساء أمس هجوما صاروخيا على قاعدة العديد الجوية في قطر.",
      "وأدانت السعودية اليوم بأشد العبارات الهجوم على قطر، مؤكدة تضامنها الكامل مع الدوحة.",
    ].join("\n\n");
    const condemned = eventsOf(text, "ar", "2025-06-24").filter((e) => e.cameo === "111");
    expect(condemned.map((e) => [e.date, e.source, e.target])).toEqual([["2025-06-24", ["SAU"], ["irgc"]]]);
  });
});

describe("signing a document (Kuwait, 2023-08-03)", () => {
  it("reads «وقعت الكويت والسعودية وثيقة …» as both signing (057)", () => {
    const text = ["الحقل", "ووقعت مصر والسودان في يوليو ٢٠٢٣ وثيقة لتنظيم حركة التجارة عبر الحدود."].join("\n\n");
    expect(eventsOf(text, "ar", "2023-08-03").map((e) => [e.cameo, e.date, e.source])).toEqual([["057", "2023-07", ["EGY", "SDN"]]]);
  });
});

describe("a visit whose visitor is named with a title (Damascus, 2025-02-03)", () => {
  it("makes «زيارة وزير الخارجية التركي هاكان فيدان إلى دمشق» Fidan's visit, and keeps «خلال استقباله رئيس الوزراء …» the host's", () => {
    const text = [
      "زيارة",
      "وسبق ذلك، في 22 ديسمبر، زيارة وزير الخارجية التركي هاكان فيدان إلى دمشق.",
      "وكان ترامب قد أعلن الاثنين الماضي، خلال استقباله رئيس الوزراء الإسرائيلي بنيامين نتنياهو في البيت الأبيض، دعمه لإسرائيل.",
    ].join("\n\n");
    const events = eventsOf(text, "ar", "2025-02-03");
    expect(events.filter((e) => e.cameo === "042").map((e) => [e.date, e.source, e.target])).toEqual([["2024-12-22", ["TUR", "hakan-fidan"], ["SYR"]]]);
    expect(events.filter((e) => e.cameo === "043").map((e) => e.source)).toEqual([["donald-trump"]]);
  });
});

describe("strikes on named sites (Tehran, 2025-06-24)", () => {
  it("makes the state of the sites after «على منشآت …» the target", () => {
    const text = ["ضربات", "وكانت إسرائيل قد شنت فجر الجمعة غارات على منشأة نطنز ومواقع عسكرية أخرى."].join("\n\n");
    const strikes = eventsOf(text, "ar", "2025-06-14").filter((e) => e.cameo.startsWith("19"));
    expect(strikes.map((e) => [e.date, e.source, e.target])).toEqual([["2025-06-13", ["ISR"], ["IRN"]]]);
  });
});

describe("Persian strikes on a city named as their object or after «به» (Tehran, 2024-09-30)", () => {
  it("makes the state of «بندر … را» before the verb, or of the place after «به», the target", () => {
    const text = [
      "حملات",
      "جنگنده‌های رژیم صهیونیستی بامداد یکشنبه تأسیسات بندر الحدیده را بمباران کردند.",
      "ارتش اسرائیل روز دوشنبه نیز حمله‌ای به شهر بعلبک انجام داد.",
    ].join("\n\n");
    const strikes = eventsOf(text, "fa", "2024-09-30").filter((e) => e.cameo.startsWith("19"));
    expect(strikes.map((e) => [e.date, e.source, e.target])).toEqual([
      ["2024-09-29", ["ISR"], ["YEM"]],
      ["2024-09-30", ["ISR"], ["LBN"]],
    ]);
  });
});

describe("a Persian act that began on a day told after «از» (Tehran, 2023-11-20)", () => {
  it("dates «مذاکرات … از سه‌شنبه ۲۳ آبان … آغاز شد» by that day, and keeps «از سال ۲۰۱۱» a duration", () => {
    const text = [
      "مذاکرات",
      "مذاکرات ایران و عمان از سه‌شنبه ۲۳ آبان در مسقط آغاز شد.",
      "ایران و عربستان از سال ۲۰۱۶ درباره امنیت منطقه گفت‌وگو کرده‌اند.",
    ].join("\n\n");
    const talks = eventsOf(text, "fa", "2023-11-20").filter((e) => e.cameo.startsWith("04"));
    expect(talks.map((e) => [e.date, e.source])).toEqual([
      ["2023-11-14", ["IRN", "OMN"]],
      ["2023-11-20", ["IRN", "SAU"]],
    ]);
  });
});

describe("Persian perfects and indefinites written with a non-joiner (Tehran, 2024-03-02)", () => {
  const text = [
    "دیدار",
    "وزیران خارجه ایران و عمان روز پنجشنبه در مسقط با یکدیگر دیدار کرده‌اند.",
    "پاکستان و ایران درباره امنیت مرزها گفت‌وگو کرده‌اند.",
    "نیروی هوایی اسرائیل بامداد جمعه حمله‌ای به شهر صیدا انجام داد.",
  ].join("\n\n");

  it("reads «دیدار کرده‌اند» and «گفت‌وگو کرده‌اند» as meetings and talks (they read «کردهاند» once normalised)", () => {
    const met = eventsOf(text, "fa", "2024-03-02").filter((e) => e.cameo.startsWith("04"));
    expect(met.map((e) => [e.cameo, e.date, e.source])).toEqual([
      ["040", "2024-02-29", ["IRN", "OMN"]],
      // (undated: the story's day)
      ["040", "2024-02-29", ["IRN", "PAK"]],
    ]);
  });

  it("reads «حمله‌ای» as an attack, on the state of the city after «به»", () => {
    const strikes = eventsOf(text, "fa", "2024-03-02").filter((e) => e.cameo.startsWith("19"));
    expect(strikes.map((e) => [e.date, e.source, e.target])).toEqual([["2024-03-01", ["ISR"], ["LBN"]]]);
  });
});

describe("one killed, told in the Persian passive (Tehran, 2024-08-02)", () => {
  it("makes the one named after the speech verb the victim, and «در حمله‌ای» no act of his", () => {
    const text = [
      "ترور",
      "جنبش جهاد اسلامی اعلام کرد زیاد النخاله «در حمله‌ای ناجوانمردانه» در بیروت به شهادت رسیده است.",
    ].join("\n\n");
    const events = eventsOf(text, "fa", "2024-08-02");
    expect(events.filter((e) => e.cameo.startsWith("1") && e.cameo !== "186")).toEqual([]);
    const killed = events.filter((e) => e.cameo === "186");
    expect(killed.map((e) => e.target)).toEqual([["ziyad-al-nakhalah"]]);
  });

  it("reads «به امضا رسید» (past of «رس») as done, not as a wish", () => {
    const text = ["سند", "روز سه‌شنبه سند همکاری راهبردی ایران و بلاروس در تهران به امضا رسید."].join("\n\n");
    const signed = eventsOf(text, "fa", "2024-08-02").filter((e) => e.cameo === "057");
    expect(signed.map((e) => [e.modality, e.date])).toEqual([["reported", "2024-07-30"]]);
  });
});

describe("a Persian date of the thing agreed on, not of the agreeing (Tehran, 2023-04-10)", () => {
  it("does not date «توافق کرده‌اند» by «امضاشده در سال ۲۰۰۵» nor by «که در سال ۲۰۰۸ امضا شده بود»", () => {
    const text = [
      "توافق",
      "قطر و ایران توافق کرده‌اند قرارداد امنیتی امضاشده در سال ۲۰۰۵ را اجرا کنند.",
      "قطر و ایران همچنین توافق کرده‌اند قرارداد تجاری را که در سال ۲۰۰۸ امضا شده بود دوباره اجرا کنند.",
    ].join("\n\n");
    const agreed = eventsOf(text, "fa", "2023-04-10").filter((e) => e.cameo === "030");
    expect(agreed.map((e) => e.date)).toEqual(["2023-04-10", "2023-04-10"]);
  });
});

describe("a Gulf name with its lineage (Abu Dhabi, 2024-02-20)", () => {
  it("links «أنور بن محمد قرقاش» to the lexicon's «أنور قرقاش», past one or two links of «بن»", () => {
    const text = ["تصريحات", "وقال الدكتور أنور بن محمد قرقاش، المستشار الدبلوماسي لرئيس الدولة، إن الإمارات ترحب بالاتفاق.", "وأكد أنور بن محمد بن عبد الله قرقاش أن الحوار هو السبيل."].join("\n\n");
    const a = analysisOf(text, "ar", "2024-02-20");
    expect(a.mentions.filter((m) => m.actorId === "anwar-gargash").map((m) => a.article.text.slice(m.start, m.end))).toEqual(["أنور بن محمد قرقاش", "أنور بن محمد بن عبد الله قرقاش"]);
    expect(a.discovered).toEqual([]);
  });
});

describe("an act of force told as what a response answers (Baghdad, 2022-09-30)", () => {
  const text = [
    "قصف",
    "صعّدت الحكومة العراقية، أمس الخميس، ردّها على الضربات التي شنّها الحرس الثوري الإيراني على السليمانية فجر الأربعاء، فاستدعت سفيرها لدى طهران للتشاور.",
    "ويترقب الجميع ردا أمريكيا على الهجوم الذي شنته إيران على إسرائيل في الثالث عشر من نيسان.",
    "وكان الحرس الثوري قد أطلق في الثامن من أيلول عشرة صواريخ على أربيل.",
  ].join("\n\n");

  it("makes the agent after «التي شنّها» the attacker of the strikes, on the day of its relative clause, and not the responder", () => {
    const strikes = eventsOf(text, "ar", "2022-09-30").filter((e) => e.cameo.startsWith("19"));
    expect(strikes.map((e) => [e.date, e.source, e.target])).toEqual([
      ["2022-09-28", ["irgc"], ["IRQ"]],
      ["2022-04-13", ["IRN"], ["ISR"]],
      ["2022-09-08", ["irgc"], ["IRQ"]],
    ]);
  });

  it("gives the verb joined by «ف» after the comma to the sentence's subject", () => {
    const recalled = eventsOf(text, "ar", "2022-09-30").filter((e) => e.cameo === "161");
    expect(recalled.map((e) => e.source)).toEqual([["IRQ"]]);
  });
});

describe("works opened together and embassies closed (Baku, 2024-07-16)", () => {
  it("reads «افتتح … ونظيره» and «… را افتتاح کردند» as material cooperation (061), also after «روزی که … ،»", () => {
    const ar = ["خط الغاز", "افتتح الرئيس التركي رجب طيب أردوغان ونظيره الأذربيجاني إلهام علييف أمس خط أنابيب الغاز الجديد."].join("\n\n");
    expect(eventsOf(ar, "ar", "2024-07-16").map((e) => [e.cameo, e.date, e.source])).toEqual([["061", "2024-07-15", ["AZE", "TUR", "ilham-aliyev", "recep-tayyip-erdogan"]]]);
    const fa = ["بازارچه", "روابط از پاییز گرم شد؛ روزی که مسعود پزشکیان و شهباز شریف در مرز دو کشور، بازارچه مرزی را افتتاح کردند."].join("\n\n");
    expect(eventsOf(fa, "fa", "2024-07-16").map((e) => [e.cameo, e.source])).toEqual([["061", ["masoud-pezeshkian", "shehbaz-sharif"]]]);
  });

  it("reads an embassy closed («أغلقت سفارتها في طهران», «سفارت خود در تهران را تعطیل کرد») as reducing relations with the host", () => {
    const ar = ["السفارة", "وكانت المملكة العربية السعودية قد أغلقت سفارتها في طهران مطلع عام 2016 بعد الاعتداء عليها."].join("\n\n");
    expect(eventsOf(ar, "ar", "2024-07-16").map((e) => [e.cameo, e.date, e.source, e.target])).toEqual([["161", "2016", ["SAU"], ["IRN"]]]);
    const fa = ["سفارت", "جمهوری آذربایجان روز شنبه سفارت خود در تهران را تعطیل کرد."].join("\n\n");
    expect(eventsOf(fa, "fa", "2024-07-16").map((e) => [e.cameo, e.date, e.source, e.target])).toEqual([["161", "2024-07-13", ["AZE"], ["IRN"]]]);
  });

  it("knows the Chinese vice premier and the Russian ambassador by name", () => {
    const text = ["استدعاء", "واستقبل الرئيس الإيراني نائب رئيس مجلس الدولة الصيني هو تشون هوا في طهران أمس، فيما استدعت الخارجية الإيرانية السفير الروسي أليكسي ديدوف."].join("\n\n");
    const ids = analysisOf(text, "ar", "2023-07-12").mentions.map((m) => m.actorId);
    expect(ids).toContain("hu-chunhua");
    expect(ids).toContain("alexey-dedov");
  });
});

describe("congratulations, and «the two countries» after two named persons (Cairo, 2023-08-01)", () => {
  it("reads «جولة الإعادة» as a round of a vote, not a tour, and «هنّأه» as praise of the one congratulated", () => {
    const text = ["العلاقات", "وعقب فوز الرئيس الإيراني إبراهيم رئيسي في جولة الإعادة، هنّأه الرئيس السوري بشار الأسد هاتفيا في 5 يونيو 2023."].join("\n\n");
    const events = eventsOf(text, "ar", "2023-08-01");
    expect(events.filter((e) => e.cameo === "042")).toEqual([]);
    expect(events.filter((e) => e.cameo === "051").map((e) => [e.date, e.source, e.target])).toEqual([["2023-06-05", ["SYR", "bashar-al-assad"], ["IRN", "ebrahim-raisi"]]]);
  });

  it("makes «البلدان» the states of the two persons named before, past the words between it and the act", () => {
    const text = [
      "العلاقات",
      "التقى وزير الخارجية السوري فيصل المقداد نظيره الإيراني حسين أمير عبد اللهيان في 5 يونيو 2023. وفي 20 يوليو من العام ذاته، أعلن البلدان رفع علاقاتهما الدبلوماسية إلى مستوى السفراء، حيث سمّت دمشق سفيرا جديدا لها لدى طهران.",
    ].join("\n\n");
    const upgraded = eventsOf(text, "ar", "2023-08-01").filter((e) => e.cameo === "050");
    expect(upgraded.map((e) => [e.date, e.source])).toEqual([["2023-07-20", ["IRN", "SYR"]]]);
  });
});

describe("condemnations of an attack told before (Riyadh, 2024-04-15)", () => {
  const text = [
    "ردود",
    "شنت إيران مساء السبت هجوما بالطائرات المسيرة والصواريخ على إسرائيل.",
    "وتوالت أمس ردود الفعل العربية المنددة بالهجوم، إذ أعربت الكويت عن إدانتها بأشد العبارات للاعتداء على إسرائيل.",
    "كما دان الأمين العام لمجلس التعاون جاسم البديوي الهجوم.",
    "وطالبت قطر في بيانها بوقف فوري لإطلاق النار في غزة، ودانت العمليات العسكرية الإسرائيلية في رفح.",
  ].join("\n\n");
  const events = () => eventsOf(text, "ar", "2024-04-15");

  it("makes no new attack of «المنددة بالهجوم», and condemns the attacker, not the victim after «للاعتداء على»", () => {
    expect(events().filter((e) => e.cameo.startsWith("19")).map((e) => e.source)).toEqual([["IRN"]]);
    const condemned = events().filter((e) => e.cameo === "111");
    expect(condemned.map((e) => [e.source, e.target])).toEqual([
      [["KWT"], ["IRN"]],
      // (the international office's words between the verb and the name: «الأمين العام لمجلس التعاون»)
      [["gcc", "jasem-albudaiwi"], ["IRN"]],
      // (the verb joined by «و» after a comma is the sentence subject's; «الإسرائيلية» describes its object)
      [["QAT"], ["ISR"]],
    ]);
  });
});

describe("diplomats called home, and the source of a statement after a title (Ankara, 2024-05-03)", () => {
  it("reads «استدعاء الممثلين الدبلوماسيين … من تركيا» as reducing relations with the state they leave", () => {
    const text = ["استدعاء", "وكانت الخارجية المصرية قد أعلنت في 14 يناير 2024 استدعاء الممثلين الدبلوماسيين المصريين من السويد للتشاور."].join("\n\n");
    const recalled = eventsOf(text, "ar", "2024-05-03").filter((e) => e.cameo === "161");
    expect(recalled.map((e) => [e.date, e.source, e.target])).toEqual([["2024-01-14", ["EGY"], ["SWE"]]]);
  });

  it("discovers no person in «وفق بيان للوزارة» after a title and a comma", () => {
    const text = ["بيان", "وقال وزير الخارجية العماني، وفق بيان للوزارة، إن بلاده ترحب بالحوار بين إيران والسعودية."].join("\n\n");
    expect(analysisOf(text, "ar", "2024-05-03").discovered).toEqual([]);
  });
});

describe("the GCC by its short name, the body of an office, and «فورية» (Kuwait, 2023-09-18)", () => {
  const text = [
    "الخليج",
    "طالب المجلس الوزاري لمجلس التعاون جمهورية العراق أمس الأحد باتخاذ خطوات جادة وفورية لمعالجة تداعيات الحكم.",
    "ووقع البلدان إعلانا لإعادة تشكيل مجلس التعاون الاستراتيجي رفيع المستوى بين تركيا ومصر.",
  ].join("\n\n");

  it("reads «مجلس التعاون» as the GCC, the subject past «المجلس الوزاري ل», and «فورية» as no February", () => {
    const demanded = eventsOf(text, "ar", "2023-09-18").filter((e) => e.cameo === "100");
    expect(demanded.map((e) => [e.date, e.source, e.target])).toEqual([["2023-09-17", ["gcc"], ["IRQ"]]]);
  });

  it("keeps a council two states set up apart from the GCC", () => {
    expect(analysisOf(text, "ar", "2023-09-18").mentions.filter((m) => m.actorId === "gcc")).toHaveLength(1);
  });
});

describe("protest notes and Kuwait's short names of its sheikhs (Kuwait, 2024-06-20)", () => {
  it("reads «سلّم X السفير Y مذكرة احتجاج» as X protesting to Y, whatever stands between", () => {
    const text = [
      "احتجاج",
      "وسلّم وزير الخارجية الأردني أيمن الصفدي، الأحد الماضي، السفير الإسرائيلي لدى عمّان مذكرة احتجاج شديدة اللهجة تضمنت «إدانة المملكة» للاقتحامات.",
      "واحتجت الجزائر رسميا لدى فرنسا في 3 يونيو على تصريحات الرئيس الفرنسي.",
    ].join("\n\n");
    const protests = eventsOf(text, "ar", "2024-06-20").filter((e) => e.cameo === "111");
    expect(protests.map((e) => [e.date, e.source, e.target])).toEqual([
      ["2024-06-16", ["JOR", "ayman-safadi"], ["ISR"]],
      ["2024-06-03", ["DZA"], ["FRA"]],
    ]);
  });

  it("names a sheikh of the al-Sabah by his name and his father's: «الشيخ أحمد العبدالله»", () => {
    const text = ["الكويت", "واستقبل رئيس مجلس الوزراء الشيخ أحمد العبدالله أمس السفير الإيراني لدى البلاد."].join("\n\n");
    const met = eventsOf(text, "ar", "2024-06-20").filter((e) => e.cameo === "040" || e.cameo === "043");
    expect(met.map((e) => [e.date, e.source, e.target])).toEqual([["2024-06-19", ["ahmad-abdullah-al-ahmad-al-sabah"], ["IRN"]]]);
  });
});

describe("a host told with «میزبان … بود», the sidelines of a gathering, and the Arab states' agencies (2024-09-27)", () => {
  it("reads «X … میزبان Y بود» as X hosting Y, and the body whose session it was as no party", () => {
    const text = [
      "میزبانی",
      "امیر قطر روز چهارشنبه در حاشیه هفتاد و نهمین نشست مجمع عمومی سازمان ملل میزبان رئیس‌جمهور ترکیه بود.",
    ].join("\n\n");
    const hosted = eventsOf(text, "fa", "2024-09-27").filter((e) => e.cameo === "043");
    expect(hosted.map((e) => [e.date, e.source, e.target])).toEqual([["2024-09-25", ["QAT", "tamim-bin-hamad-al-thani"], ["TUR", "recep-tayyip-erdogan"]]]);
    expect(analysisOf(text, "fa", "2024-09-27").events[0]!.otherIds).toContain("un-general-assembly");
  });

  it("keeps the state in a state agency's name out of the parties: «به گزارش خبرگزاری کویت (کونا)، نخست‌وزیر …»", () => {
    const fa = ["کونا", "به گزارش خبرگزاری کویت (کونا)، نخست‌وزیر کویت بر لزوم اقدامات فوری از سوی دولت عراق تأکید کرد."].join("\n\n");
    const ar = ["واس", "وذكرت وكالة الأنباء السعودية أن وزير الخارجية الأردني وصل إلى الرياض أمس."].join("\n\n");
    const said = eventsOf(fa, "fa", "2023-09-25").filter((e) => e.cameo === "010");
    expect(said.map((e) => [e.source, e.target])).toEqual([[["KWT", "ahmad-nawaf-al-ahmad-al-sabah"], ["IRQ"]]]);
    const mentioned = analysisOf(ar, "ar", "2023-09-25").mentions.map((m) => m.actorId);
    expect(mentioned).toContain("spa");
    expect(mentioned).not.toContain("SAU");
  });
});

describe("prisoners released and exchanged (2023-06-10)", () => {
  it("reads «أفرجت X … عن محتجزين Y» (an accusative «إيرانياً») and «أطلقت X سراح …» as X releasing them, and an exchange as both sides'", () => {
    const text = [
      "أسرى",
      "أفرجت الإمارات، اليوم السبت، عن 12 محتجزاً إيرانياً.",
      "وأطلقت السلطات الإيرانية الخميس الماضي سراح مواطن بلجيكي بعد وساطة عمانية.",
      "وجرت أمس عملية تبادل الأسرى بين روسيا وأوكرانيا.",
    ].join("\n\n");
    const released = eventsOf(text, "ar", "2023-06-10").filter((e) => e.cameo === "084");
    expect(released.map((e) => [e.date, e.source, e.target])).toEqual([
      ["2023-06-10", ["ARE"], ["IRN"]],
      ["2023-06-08", ["IRN"], ["BEL"]],
      ["2023-06-09", ["RUS", "UKR"], []],
    ]);
  });

  it("reads Persian «زندانیان … را آزاد کرد» and «تبادل زندانیان», not views «مبادله کردند»", () => {
    const text = [
      "زندانیان",
      "ایران روز پنجشنبه دو زندانی فرانسوی را آزاد کرد.",
      "تبادل زندانیان میان ایران و سوئد روز شنبه با میانجیگری عمان انجام شد.",
      "هیئت‌های دو کشور دیدگاه‌های خود را درباره برنامه هسته‌ای مبادله کردند.",
    ].join("\n\n");
    const released = eventsOf(text, "fa", "2023-06-18").filter((e) => e.cameo === "084");
    expect(released.map((e) => [e.date, e.source, e.target])).toEqual([
      ["2023-06-15", ["IRN"], ["FRA"]],
      ["2023-06-17", ["IRN", "SWE"], []],
    ]);
    // (the mediator is no side: «با میانجیگری عمان»)
    expect(analysisOf(text, "fa", "2023-06-18").events.find((e) => e.cameo === "084" && e.sourceIds.includes("SWE"))!.otherIds).toEqual(["OMN"]);
  });
});

describe("the place of an agreement and «the two countries» after «بين» (2023-04-20)", () => {
  it("reads the demonym after a city of its state as where («في مدينة لوزان السويسرية»), not who", () => {
    const text = ["اتفاق", "وكان الطرفان قد وقعا اتفاقا في مدينة لوزان السويسرية في 2 أبريل الجاري بحضور الأمم المتحدة وقطر."].join("\n\n");
    const signed = analysisOf(text, "ar", "2023-04-20").events.filter((e) => e.cameo === "057");
    expect(signed.flatMap((e) => [...e.sourceIds, ...e.targetIds, ...e.otherIds])).not.toContain("CHE");
  });

  it("takes «البلدين» for the two named after «بين» earlier in the clause", () => {
    const text = [
      "بكين",
      "رحبت الكويت بالاتفاق الذي أعلن في بكين في 10 مارس بين القاهرة وأنقرة برعاية صينية، لاستئناف العلاقات الدبلوماسية بين البلدين وإعادة فتح السفارات.",
    ].join("\n\n");
    const restored = analysisOf(text, "ar", "2023-04-20").events.filter((e) => e.cameo === "050");
    expect(restored.map((e) => [[...e.sourceIds].sort(), e.otherIds])).toEqual([[["EGY", "TUR"], ["CHN"]]]);
  });
});

describe("a first meeting «between» two, dated past «پس از …،» (2024-06-24)", () => {
  it("reads «نخستین دیدار … پس از قطع روابط، مهر ۱۴۰۱ میان X و Y انجام شد» as X and Y meeting in that month", () => {
    const text = ["دیدار", "نخستین دیدار دو کشور پس از قطع روابط، مهر 1401 میان حسین امیرعبداللهیان و فیصل بن فرحان در نیویورک انجام شد."].join("\n\n");
    const met = eventsOf(text, "fa", "2024-06-24").filter((e) => e.cameo === "040");
    expect(met.map((e) => [e.date, e.source, e.target])).toEqual([["2022-09-23/2022-10-22", ["faisal-bin-farhan", "hossein-amir-abdollahian"], []]]);
  });
});

describe("Iraqi Kurdistan: the region, its government and the Iranian Kurdish groups (2023-09-21)", () => {
  it("strikes Iraq by an attack on groups in the Kurdistan Region, a place, and names the groups", () => {
    const text = [
      "قصف",
      "سپاه پاسداران روز دوشنبه مقرهای حزب دموکرات کردستان ایران و کومله را در اقلیم کردستان هدف حملات پهپادی قرار داد.",
    ].join("\n\n");
    const struck = analysisOf(text, "fa", "2023-09-21").events.filter((e) => e.quad === 4);
    expect(struck.map((e) => [e.date.edtf, [...e.targetIds].sort()])).toEqual([["2023-09-18", ["IRQ", "kdpi", "komala"]]]);
  });

  it("tells the Regional Government from the region and Iraq's KDP from Iran's KDPI", () => {
    const text = [
      "أربيل",
      "وقال متحدث باسم حكومة إقليم كردستان إن الحزب الديمقراطي الكردستاني يرفض أي هجوم على الأراضي العراقية، فيما نفى الحزب الديمقراطي الكردستاني الإيراني وجود مقرات له في الإقليم.",
    ].join("\n\n");
    const ids = analysisOf(text, "ar", "2023-09-21").mentions.map((m) => m.actorId);
    expect(ids.filter((id) => ["krg", "kdp", "kdpi", "iraqi-kurdistan"].includes(id))).toEqual(["krg", "kdp", "kdpi"]);
  });

  it("strikes the state of the city an attacker's act was done in: «اغتيال … في طهران»", () => {
    const text = ["اغتيال", "وكانت غارة إسرائيلية قد استهدفت مبنى في طهران فجر 31 يوليو 2024."].join("\n\n");
    const struck = analysisOf(text, "ar", "2024-08-05").events.filter((e) => e.quad === 4);
    expect(struck.map((e) => [e.date.edtf, e.sourceIds, e.targetIds])).toEqual([["2024-07-31", ["ISR"], ["IRN"]]]);
  });
});

describe("a membership suspended and a relief plane (2023-04-19)", () => {
  it("reads «علّقت X عضوية Y» as X reducing relations with Y, dated apart from the embassy closed after «فيما»", () => {
    const text = [
      "تعليق",
      "وكانت منظمة التعاون الإسلامي قد علّقت عضوية مصر في تموز/يوليو 2013، فيما أغلقت قطر سفارتها في القاهرة عام 2014.",
    ].join("\n\n");
    const reduced = eventsOf(text, "ar", "2023-04-19").filter((e) => e.cameo === "161");
    expect(reduced.map((e) => [e.date, e.source, e.target])).toEqual([
      ["2013-07", ["oic"], ["EGY"]],
      ["2014", ["QAT"], ["EGY"]],
    ]);
  });

  it("reads «أرسلت X طائرة إغاثة إلى Y» as aid", () => {
    const text = ["إغاثة", "وأرسلت الكويت طائرة إغاثة إلى تركيا أمس، بعد يومين من الزلزال المدمر."].join("\n\n");
    const aid = eventsOf(text, "ar", "2023-02-08").filter((e) => e.cameo.startsWith("07"));
    expect(aid.map((e) => [e.date, e.source, e.target])).toEqual([["2023-02-07", ["KWT"], ["TUR"]]]);
  });
});

describe("relations resumed, told with a verb (2023-06-20)", () => {
  it("reads «روابط … را از سر گرفتند» and «استأنفت X وY علاقاتهما», not the noun «ازسرگیری» as a verb", () => {
    const fa = [
      "روابط",
      "امارات و قطر روز دوشنبه روابط دیپلماتیک خود را از سر گرفتند.",
      "این اقدام پس از ازسرگیری روابط تهران و ریاض انجام شد.",
    ].join("\n\n");
    const resumed = eventsOf(fa, "fa", "2023-06-20").filter((e) => e.cameo === "050");
    expect(resumed.map((e) => [e.date, e.source])).toEqual([
      ["2023-06-19", ["ARE", "QAT"]],
      // (the story's day: the section names no other)
      ["2023-06-19", ["IRN", "SAU"]],
    ]);
    const ar = ["علاقات", "واستأنفت قطر والإمارات علاقاتهما الدبلوماسية يوم الاثنين بعد قطيعة استمرت سنوات."].join("\n\n");
    expect(eventsOf(ar, "ar", "2023-06-20").filter((e) => e.cameo === "050").map((e) => [e.date, e.source])).toEqual([["2023-06-19", ["ARE", "QAT"]]]);
  });
});

describe("a release's object after its own «عن», an ambassador recalled, an embassy suspended (2024-01-22)", () => {
  it("reads what follows «أفرج … عن» as released, whatever preposition the recogniser saw", () => {
    const text = ["إفراج", "وأفرجت السويد، يوم السبت الماضي، عن المسؤول السابق الإيراني بعد سنوات من الاحتجاز."].join("\n\n");
    const released = eventsOf(text, "ar", "2024-06-18").filter((e) => e.cameo === "084");
    expect(released.map((e) => [e.date, e.source, e.target])).toEqual([["2024-06-15", ["SWE"], ["IRN"]]]);
  });

  it("reads «باستدعاء سفيرها لدى أديس أبابا» and «علّقت X عمل سفارتها في …» as reducing relations", () => {
    const text = [
      "استدعاء",
      "وردّت الحكومة الصومالية يوم الثلاثاء باستدعاء سفيرها لدى أديس أبابا للتشاور.",
      "وكانت قطر قد علّقت عمل سفارتها في دمشق عام 2011.",
    ].join("\n\n");
    const reduced = eventsOf(text, "ar", "2024-01-22").filter((e) => e.cameo === "161");
    expect(reduced.map((e) => [e.date, e.source, e.target])).toEqual([
      ["2024-01-16", ["SOM"], ["ETH"]],
      ["2011", ["QAT"], ["SYR"]],
    ]);
  });
});

describe("an exchange between two named apart (2023-04-17)", () => {
  it("reads «عملية تبادل … بين الحكومة السودانية المعترف بها وقوات الدعم السريع» as both sides' act", () => {
    const text = [
      "تبادل",
      "وأعلنت اللجنة الدولية، أمس الأحد، انتهاء عملية تبادل واسعة استمرت يومين بين الحكومة السودانية المعترف بها دولياً وقوات الدعم السريع.",
    ].join("\n\n");
    const exchanged = eventsOf(text, "ar", "2023-04-17").filter((e) => e.cameo === "084");
    expect(exchanged.map((e) => [e.date, e.source, e.target])).toEqual([["2023-04-16", ["SDN", "rsf"], []]]);
  });
});

describe("embassies opened, «به امضا رساندند», and a Persian verb's own subject after «و» (2023-09-12)", () => {
  it("reads an embassy opened or reopened as restoring relations with the state of its capital", () => {
    const ar = [
      "سفارة",
      "افتتحت البحرين سفارتها في دمشق يوم الأحد الماضي بعد انقطاع دام سنوات.",
      "وأعيد افتتاح السفارة التونسية في دمشق يوم الثلاثاء.",
    ].join("\n\n");
    const opened = eventsOf(ar, "ar", "2023-09-14").filter((e) => e.cameo === "050");
    expect(opened.map((e) => [e.date, e.source, e.target])).toEqual([
      ["2023-09-10", ["BHR"], ["SYR"]],
      ["2023-09-12", ["TUN"], ["SYR"]],
    ]);
    const fa = ["سفارت", "به گزارش ایسنا، سفارت ترکیه در قاهره روز گذشته پس از ده سال بازگشایی شد."].join("\n\n");
    expect(eventsOf(fa, "fa", "2023-09-12").map((e) => [e.cameo, e.date, e.source, e.target])).toEqual([["050", "2023-09-11", ["TUR"], ["EGY"]]]);
  });

  it("reads an embassy resuming its work, and «أعادت X، …، فتح سفارتها» with words between, as restoring relations", () => {
    const ar = [
      "سفارة",
      "وأعادت الإمارات، يوم الخميس الماضي، فتح سفارتها في دمشق.",
      "واستأنفت السفارة القطرية في أبوظبي أعمالها يوم الاثنين.",
    ].join("\n\n");
    const opened = eventsOf(ar, "ar", "2023-06-20").filter((e) => e.cameo === "050");
    expect(opened.map((e) => [e.date, e.source, e.target])).toEqual([
      ["2023-06-15", ["ARE"], ["SYR"]],
      ["2023-06-19", ["QAT"], ["ARE"]],
    ]);
    const fa = ["سفارت", "به گزارش ایرنا، سفارت قطر در ابوظبی روز دوشنبه فعالیت خود را از سر گرفت."].join("\n\n");
    expect(eventsOf(fa, "fa", "2023-06-20").map((e) => [e.cameo, e.date, e.source, e.target])).toEqual([["050", "2023-06-19", ["QAT"], ["ARE"]]]);
  });

  it("reads «دو کشور … به امضا رساندند» after another verb as the two states' act", () => {
    const text = [
      "امضا",
      "رجب طیب اردوغان روز سه‌شنبه در آنکارا با محمد بن زاید دیدار کرد و دو کشور سند مشارکت اقتصادی جامع را به امضا رساندند.",
    ].join("\n\n");
    const signed = eventsOf(text, "fa", "2023-09-14").filter((e) => e.cameo === "057");
    expect(signed.map((e) => [e.date, e.source])).toEqual([["2023-09-12", ["ARE", "TUR"]]]);
  });

  it("gives the act after «… شد و» to the name that opens it, not to the first verb's subject", () => {
    const text = [
      "قاهره",
      "به گزارش ایسنا، سفارت ترکیه در قاهره روز دوشنبه بازگشایی شد و سامح شکری وزیر خارجه مصر نیز روز سه‌شنبه در آنکارا با هاکان فیدان دیدار کرد.",
    ].join("\n\n");
    const events = eventsOf(text, "fa", "2023-09-14").map((e) => [e.cameo, e.date, e.source, e.target]);
    expect(events).toEqual([
      ["050", "2023-09-11", ["TUR"], ["EGY"]],
      ["040", "2023-09-12", ["EGY", "sameh-shoukry"], ["hakan-fidan"]],
    ]);
  });
});

describe("a welcome told from the guest's side, documents signed «between the two countries», participles (2023-11-07)", () => {
  const DOHA = [
    "اردوغان در دوحه",
    "رجب طیب اردوغان رئیس‌جمهور ترکیه روز دوشنبه در فرودگاه دوحه از سوی شیخ تمیم بن حمد آل ثانی امیر قطر مورد استقبال رسمی قرار گرفت.",
    "اردوغان روز دوشنبه در کاخ امیری از سوی تمیم بن حمد مورد استقبال قرار گرفت و پس از دیدار دو رهبر، ۱۲ سند همکاری میان دو کشور امضا شد.",
  ].join("\n\n");

  it("reads «X از سوی Y مورد استقبال قرار گرفت» as Y hosting X", () => {
    const welcomed = eventsOf(DOHA, "fa", "2023-11-07").filter((e) => e.sentence.startsWith("رجب"));
    expect(welcomed.map((e) => [e.cameo, e.date, e.source, e.target])).toEqual([["043", "2023-11-06", ["QAT", "tamim-bin-hamad-al-thani"], ["TUR", "recep-tayyip-erdogan"]]]);
  });

  it("reads «… میان دو کشور امضا شد» in a sentence whose subject is one of the two as both states' signing", () => {
    const signed = eventsOf(DOHA, "fa", "2023-11-07").filter((e) => e.cameo === "057");
    expect(signed.map((e) => [e.date, e.source])).toEqual([["2023-11-06", ["QAT", "TUR"]]]);
  });

  it("does not read a participle joined to its noun («سند امضاشده») as a signing", () => {
    const text = ["مسقط", "سید عباس عراقچی و بدر البوسعیدی روز دوشنبه در مسقط درباره اجرای سند امضاشده سال ۲۰۱۵ گفت‌وگو کردند."].join("\n\n");
    expect(eventsOf(text, "fa", "2025-04-16").map((e) => e.cameo)).toEqual(["040"]);
  });
});

describe("«of the same year» after a date without its own year (2023-07-18)", () => {
  it("dates «22 يونيو من العام نفسه» in the year of the date before it, not the year before publication", () => {
    const text = [
      "زيارات",
      "وكان وزير الخارجية الإيراني قد زار القاهرة في مارس 2021، فيما زار وزير الخارجية المصري سامح شكري طهران في 14 أغسطس من العام نفسه.",
    ].join("\n\n");
    const visits = eventsOf(text, "ar", "2023-07-18").filter((e) => e.cameo === "042");
    expect(visits.map((e) => e.date)).toEqual(["2021-03", "2021-08-14"]);
    expect(visits[1]!.source).toEqual(["EGY", "sameh-shoukry"]);
  });

  it("reads Persian «همان سال» the same way", () => {
    const text = ["سفرها", "سید عباس عراقچی ۱۰ فروردین ۱۴۰۱ به مسکو سفر کرد و سرگئی لاوروف نیز ۲ تیر همان سال به تهران سفر کرد."].join("\n\n");
    const visits = eventsOf(text, "fa", "2024-08-01").filter((e) => e.cameo === "042");
    expect(visits.map((e) => [e.date, e.source])).toEqual([
      ["2022-03-30", ["abbas-araghchi"]],
      ["2022-06-23", ["sergey-lavrov"]],
    ]);
  });
});

describe("no person discovered after a title whose holder is known (2023-07-18)", () => {
  it("reads no name in «وجرت للرئيس التركي مراسم استقبال رسمية» or «أمير قطر والوفد المرافق له»", () => {
    const text = [
      "جدة",
      "استقبل ولي العهد السعودي الأمير محمد بن سلمان الرئيس التركي رجب طيب إردوغان في جدة مساء أمس.",
      "وجرت للرئيس التركي مراسم استقبال رسمية، ثم عقد الجانبان جلسة مباحثات.",
      "واستقبل المرشد الإيراني علي خامنئي أمير قطر والوفد المرافق له.",
    ].join("\n\n");
    const a = analysisOf(text, "ar", "2023-07-18");
    expect(a.discovered.map((d) => d.id)).toEqual([]);
    expect(a.mentions.map((m) => m.actorId)).toContain("tamim-bin-hamad-al-thani");
  });
});

describe("«…، ثم التقى» and condolence cables (2024-05-22)", () => {
  it("reads a verb after «، ثم» as the sentence subject's next act, the name after it as the one met", () => {
    const text = [
      "أنقرة",
      "وكان وزير الخارجية التركي هاكان فيدان قد شارك في المنتدى صباح اليوم في أنطاليا، ثم التقى الرئيس الأذربيجاني إلهام علييف على هامشه.",
    ].join("\n\n");
    const met = eventsOf(text, "ar", "2024-03-01").filter((e) => e.cameo === "040");
    expect(met.map((e) => [e.source, e.target])).toEqual([[["TUR", "hakan-fidan"], ["AZE", "ilham-aliyev"]]]);
  });

  it("reads «بعث … ببرقية عزاء إلى X» as a condolence to X", () => {
    const text = ["تعزية", "وبعث أمير الكويت الشيخ مشعل الأحمد الجابر الصباح يوم الاثنين ببرقية عزاء إلى الرئيس الإيراني مسعود بزشكيان."].join("\n\n");
    const condoled = eventsOf(text, "ar", "2024-09-25").filter((e) => e.cameo === "018");
    expect(condoled.map((e) => [e.date, e.target])).toEqual([["2024-09-23", ["IRN", "masoud-pezeshkian"]]]);
  });
});

describe("a host named inside «مورد استقبال … قرار گرفت», a capital after a building's name (2023-06-13)", () => {
  it("reads «مورد استقبال X، وزیر … قرار گرفت» as X hosting the subject", () => {
    const text = [
      "سفر",
      "به گزارش ایرنا، رجب طیب اردوغان روز دوشنبه در فرودگاه بغداد مورد استقبال محمد شیاع السودانی نخست‌وزیر عراق قرار گرفت.",
    ].join("\n\n");
    const hosted = eventsOf(text, "fa", "2024-04-23").filter((e) => e.cameo === "043");
    expect(hosted.map((e) => [e.date, e.source, e.target])).toEqual([["2024-04-22", ["IRQ", "mohammed-shia-al-sudani"], ["recep-tayyip-erdogan"]]]);
  });

  it("reads a capital after «در کاخ X» as where, not who", () => {
    const text = ["دیدار", "سید عباس عراقچی و هاکان فیدان روز دوشنبه در کاخ میرافلورس کاراکاس با یکدیگر دیدار کردند."].join("\n\n");
    const met = eventsOf(text, "fa", "2024-04-23").filter((e) => e.cameo === "040");
    expect(met.map((e) => [...e.source, ...e.target].sort())).toEqual([["abbas-araghchi", "hakan-fidan"]]);
  });
});

describe("attending another state's ceremony; a Persian clause ending at «… شد و» before a new subject (2023-06-05)", () => {
  it("reads «حضر … مراسم تنصيب X» and «در مراسم تحلیف X … شرکت کرد» as a visit to X", () => {
    const ar = ["تنصيب", "وحضر الرئيس العراقي عبد اللطيف رشيد يوم الأحد مراسم تنصيب الرئيس التركي رجب طيب إردوغان في أنقرة."].join("\n\n");
    expect(eventsOf(ar, "ar", "2023-06-05").map((e) => [e.cameo, e.date, e.source, e.target])).toEqual([
      ["042", "2023-06-04", ["IRQ", "abdul-latif-rashid"], ["TUR", "recep-tayyip-erdogan"]],
    ]);
    const fa = [
      "تحلیف",
      "گذرگاه مرزی به روی کامیون‌های کمک انسانی ارمنستان باز شد و نیکول پاشینیان ۱۳ خرداد در مراسم تحلیف رجب طیب اردوغان در آنکارا شرکت کرد.",
    ].join("\n\n");
    const attended = eventsOf(fa, "fa", "2023-06-05").filter((e) => e.cameo === "042");
    expect(attended.map((e) => [e.date, e.source])).toEqual([["2023-06-03", ["nikol-pashinyan"]]]);
  });

  it("does not date an act after «… امضا شد و ترکیه …» by the relative clause's year", () => {
    const text = [
      "آب",
      "تقسیم آب بر اساس قراردادی است که در سال ۱۳۸۰ میان دو کشور امضا شد و ترکیه بارها عراق را به نقض آن متهم کرده است.",
    ].join("\n\n");
    const accused = eventsOf(text, "fa", "2024-05-02").filter((e) => e.cameo === "112");
    expect(accused.map((e) => [e.date, e.source, e.target])).toEqual([["2024-05-02", ["TUR"], ["IRQ"]]]);
  });
});

describe("Persian visits told as «از X دیدن کرد» and «عازم X شد» (2025-04-12)", () => {
  it("reads both as visits to X", () => {
    const text = [
      "سفر",
      "سید عباس عراقچی وزیر امور خارجه صبح امروز عازم مسقط شد.",
      "محمدباقر قالیباف رئیس مجلس شورای اسلامی روز گذشته از بیروت دیدن کرد.",
    ].join("\n\n");
    const visits = eventsOf(text, "fa", "2025-04-12").filter((e) => e.cameo === "042");
    expect(visits.map((e) => [e.date, e.source, e.target])).toEqual([
      ["2025-04-12", ["abbas-araghchi"], ["OMN"]],
      ["2025-04-11", ["mohammad-bagher-ghalibaf"], ["LBN"]],
    ]);
  });
});

describe("an organisation's secretary-general named by title (2024-04-02)", () => {
  const ids = (text: string, lang: "ar" | "fa") => analysisOf(["عنوان", text].join("\n\n"), lang, "2024-04-02").mentions.map((m) => m.actorId);

  it("resolves «الأمين العام لحزب الله», «الأمين العام للأمم المتحدة» and «دبیرکل سازمان ملل» to the holder of the day", () => {
    expect(ids("وقال الأمين العام لحزب الله في كلمة متلفزة إن المقاومة سترد على الهجوم الإسرائيلي على دمشق.", "ar")).toContain("hassan-nasrallah");
    expect(ids("وأكد الأمين العام للأمم المتحدة في بيان أن الهجوم على دمشق يمثل انتهاكا للقانون الدولي.", "ar")).toContain("antonio-guterres");
    expect(ids("دبیرکل سازمان ملل متحد در بیانیه‌ای حمله به کنسولگری ایران در دمشق را محکوم کرد.", "fa")).toContain("antonio-guterres");
  });

  it("does not read the secretary-general into his envoy's or deputy's title", () => {
    const envoy = ids("وأعلن المبعوث الخاص للأمين العام للأمم المتحدة إلى سوريا غير بيدرسون أمس استئناف اجتماعات اللجنة الدستورية.", "ar");
    expect(envoy).not.toContain("antonio-guterres");
    expect(ids("وقال نائب الأمين العام لحزب الله في كلمة إن الحزب سيرد على الهجوم.", "ar")).not.toContain("hassan-nasrallah");
  });
});

describe("a resolution adopted against a state (2024-06-07)", () => {
  it("reads «شورای حکام … قطعنامه‌ای را علیه ایران تصویب کرد» as the Board's censure of Iran, the vote count's states aside", () => {
    const text = [
      "قطعنامه",
      "شورای حکام آژانس بین‌المللی انرژی اتمی روز چهارشنبه با ۲۰ رأی موافق و رأی مخالف روسیه و چین، قطعنامه‌ای را علیه ایران تصویب کرد.",
    ].join("\n\n");
    const adopted = analysisOf(text, "fa", "2024-06-07").events.filter((e) => e.cameo === "111");
    expect(adopted.map((e) => [e.date.edtf, [...e.sourceIds], [...e.targetIds], [...e.otherIds].sort()])).toEqual([["2024-06-05", ["iaea"], ["IRN"], ["CHN", "RUS"]]]);
  });

  it("reads no censure where «تصویب کرد» adopts no resolution", () => {
    const text = ["کنگره", "کنگره آمریکا روز سه‌شنبه کلیات لایحه تحریم‌های تازه علیه ایران را تصویب کرد."].join("\n\n");
    expect(eventsOf(text, "fa", "2024-06-07").filter((e) => e.cameo === "111")).toEqual([]);
  });
});

describe("a Persian title standing alone names Iran's holder (2024-10-09)", () => {
  const ids = (text: string) => analysisOf(["عنوان", text].join("\n\n"), "fa", "2024-10-09").mentions.map((m) => m.actorId);

  it("reads «رئیس‌جمهور», «وزیر امور خارجه», «رئیس مجلس» alone as Iran's, as subject and after a preposition", () => {
    expect(ids("رئیس‌جمهور بعدازظهر امروز در رأس هیئتی عازم دوحه شد تا در نشست گفت‌وگوی همکاری آسیا شرکت کند.")).toContain("masoud-pezeshkian");
    expect(ids("نخست‌وزیر قطر روز چهارشنبه در تهران با رئیس‌جمهور دیدار و درباره تحولات لبنان گفت‌وگو کرد.")).toContain("masoud-pezeshkian");
    expect(ids("وزیر امور خارجه پس از دیدار با همتای سعودی خود در ریاض به خبرنگاران گفت رایزنی‌ها ادامه دارد.")).toContain("abbas-araghchi");
    expect(ids("رئیس مجلس روز سه‌شنبه در سفری به بیروت با نبیه بری دیدار کرد.")).toContain("mohammad-bagher-ghalibaf");
  });

  it("does not where the title is qualified, another office's genitive, a past holder's, or named", () => {
    const pezeshkian = (text: string) => ids(text).includes("masoud-pezeshkian");
    expect(pezeshkian("مشاور رئیس‌جمهور روز چهارشنبه در مسقط با وزیر خارجه عمان دیدار و گفت‌وگو کرد.")).toBe(false);
    expect(pezeshkian("رئیس‌جمهور وقت در سال ۱۳۹۵ برای شرکت در نشست جنبش عدم تعهد به کاراکاس سفر کرد.")).toBe(false);
    expect(pezeshkian("رئیس‌جمهور دوره انتقالی سوریه امروز در دمشق با وزیر خارجه ترکیه دیدار کرد.")).toBe(false);
    expect(pezeshkian("نیکلاس مادورو، رئیس‌جمهور، روز دوشنبه در کاراکاس از هیئت ایرانی استقبال کرد.")).toBe(false);
    expect(ids("وزیر امور خارجه و مهاجرت مصر امروز در قاهره با همتای ایرانی خود دیدار کرد.")).not.toContain("abbas-araghchi");
  });
});

describe("Latin America is not the United States (2023-06-12)", () => {
  it("reads «آمریکای لاتین» and «أمريكا اللاتينية» as no state", () => {
    const ids = (text: string, lang: "ar" | "fa") => analysisOf(["عنوان", text].join("\n\n"), lang, "2023-06-12").mentions.map((m) => m.actorId);
    expect(ids("رئیسی روز دوشنبه در نخستین مقصد سفر خود به آمریکای لاتین وارد کاراکاس شد.", "fa")).not.toContain("USA");
    expect(ids("وبدأ الرئيس الإيراني جولة في أمريكا اللاتينية تشمل فنزويلا ونيكاراغوا وكوبا.", "ar")).not.toContain("USA");
    expect(ids("وزیر خارجه آمریکا روز دوشنبه با همتای ونزوئلایی خود گفت‌وگو کرد.", "fa")).toContain("USA");
  });
});

describe("praise of a decision that names no one (2023-04-13)", () => {
  it("praises the two parties of the section's last exchange: «ورحب … بالقرار», «از این توافق استقبال کردند»", () => {
    const ar = [
      "عودة العلاقات",
      "قررت دولة قطر ومملكة البحرين أمس الأربعاء إعادة العلاقات الدبلوماسية بينهما، في ختام اجتماع لجنة المتابعة في الرياض. ورحب الأمين العام لمجلس التعاون جاسم محمد البديوي بالقرار، مؤكداً أنه يعزز العمل الخليجي المشترك.",
    ].join("\n\n");
    const praise = eventsOf(ar, "ar", "2023-04-13").filter((e) => e.cameo === "051");
    expect(praise.map((e) => [e.source, e.target])).toEqual([[["gcc", "jasem-albudaiwi"], ["BHR", "QAT"]]]);
    const fa = [
      "آتش‌بس",
      "آمریکا و انصارالله روز سه‌شنبه بر سر توقف حملات در دریای سرخ توافق کردند. قطر نیز در بیانیه‌ای از این توافق استقبال کرد.",
    ].join("\n\n");
    const welcomed = eventsOf(fa, "fa", "2025-05-07").filter((e) => e.cameo === "051");
    expect(welcomed.map((e) => [e.source, e.target])).toEqual([[["QAT"], ["USA", "houthis"]]]);
  });

  it("does not when the praise is one of the two parties' own", () => {
    const ar = [
      "عودة العلاقات",
      "قررت دولة الكويت ومملكة البحرين أمس الأربعاء إعادة العلاقات الدبلوماسية بينهما. ورحبت الكويت بالقرار في بيان لوزارة خارجيتها.",
    ].join("\n\n");
    expect(eventsOf(ar, "ar", "2023-04-13").filter((e) => e.cameo === "051")).toEqual([]);
  });
});

describe("a mediator is no side (2023-03-10)", () => {
  it("reads the one after «با میانجی‌گری» (written with its ZWNJ) as standing by, not as the agreement's other side", () => {
    const text = ["توافق", "ایران و مصر روز جمعه با میانجی‌گری عراق توافق کردند گفت‌وگوها درباره ازسرگیری روابط را ادامه دهند."].join("\n\n");
    const agreed = analysisOf(text, "fa", "2023-03-10").events.filter((e) => e.cameo === "030");
    expect(agreed.map((e) => [[...e.sourceIds].sort(), [...e.targetIds], [...e.otherIds]])).toEqual([[["EGY", "IRN"], [], ["IRQ"]]]);
  });
});

describe("a protest note handed after a fronted subject, a comma after the verb (2023-09-19)", () => {
  it("reads «وكانت وزارة الخارجية القطرية قد سلّمت، يوم الأحد الماضي، سفير … مذكرة احتجاج» as Qatar's protest to the envoy's state, as told", () => {
    const text = [
      "احتجاج",
      "وكانت وزارة الخارجية القطرية قد سلّمت، يوم الأحد الماضي، سفير إيران لدى الدوحة علي صالح آبادي مذكرة احتجاج رسمية على التصريحات.",
      "وكانت وزارة الخارجية القطرية قد سلّمت يوم الأحد سفير إيران مذكرة احتجاج رسمية على التصريحات الأخيرة.",
    ].join("\n\n");
    const notes = eventsOf(text, "ar", "2023-09-19").filter((e) => e.cameo === "111");
    expect(notes.map((e) => [e.source, e.target, e.modality])).toEqual([
      [["QAT"], ["IRN", "ali-salehabadi"], "reported"],
      [["QAT"], ["IRN"], "reported"],
    ]);
  });
});

describe("«the two countries» of an article about two (2023-09-19)", () => {
  it("reads «ووُقعت الاتفاقية بين البلدين عام 2012» as the two states the article is about, whatever the last pair was", () => {
    const text = [
      "خور عبدالله",
      "دانت الكويت حكم المحكمة العراقية بشأن اتفاقية خور عبدالله، ودعت العراق إلى احترام التزاماته. وقال وزير الخارجية الكويتي إن بلاده ترفض الحكم.",
      "وكان وزراء خارجية دول مجلس التعاون قد اجتمعوا مع وزير الخارجية الأمريكي أنتوني بلينكن في نيويورك يوم الاثنين.",
      "ووُقعت الاتفاقية بين البلدين عام 2012، ثم أودعت لدى الأمم المتحدة، فيما يؤكد العراق أن الكويت استفادت منها.",
    ].join("\n\n");
    const signed = eventsOf(text, "ar", "2023-09-19").filter((e) => e.cameo === "057");
    expect(signed.map((e) => [e.date, e.source])).toEqual([["2012", ["IRQ", "KWT"]]]);
  });
});

describe("condemnations of an act told before; attacks on computers (2022-09-10)", () => {
  it("reads «عربستان … این حمله را محکوم کرد» as condemning whoever made the attack told before", () => {
    const text = ["حمله", "انصارالله روز شنبه با پهپاد به تأسیسات نفتی آرامکو در جده حمله کرد. عربستان سعودی روز یکشنبه در بیانیه‌ای این حمله را به شدت محکوم کرد."].join("\n\n");
    const condemned = eventsOf(text, "fa", "2022-03-27").filter((e) => e.cameo === "111");
    expect(condemned.map((e) => [e.date, e.source, e.target])).toEqual([["2022-03-27", ["SAU"], ["houthis"]]]);
  });

  it("reads «با محکومیت این تصمیم» as condemning the other side of the decision told before", () => {
    const text = ["قطع رابطه", "دولت کانادا روز جمعه روابط دیپلماتیک خود را با ایران قطع کرد. وزارت امور خارجه کشورمان روز شنبه با محکومیت این تصمیم، آن را اقدامی غیرسازنده خواند."].join("\n\n");
    const condemned = eventsOf(text, "fa", "2012-09-08").filter((e) => e.cameo === "111");
    expect(condemned.map((e) => [e.source, e.target])).toEqual([[["IRN"], ["CAN"]]]);
  });

  it("codes an attack on computers as a cyberattack, not as a use of arms: «حمله سایبری», «هجوم سيبراني»", () => {
    const fa = ["حمله", "گروهی از هکرهای وابسته به اسرائیل روز سه‌شنبه یک حمله سایبری به پمپ‌بنزین‌های ایران انجام دادند و اسرائیل به ایران حمله سایبری کرد."].join("\n\n");
    expect(eventsOf(fa, "fa", "2023-12-19").some((e) => e.cameo === "176")).toBe(true);
    const ar = ["هجوم", "وشنت إيران هجوما سيبرانيا على مواقع حكومية في ألبانيا يوم الجمعة، بحسب ما أعلنت تيرانا."].join("\n\n");
    expect(eventsOf(ar, "ar", "2022-09-10").map((e) => e.cameo)).toContain("176");
    expect(eventsOf(ar, "ar", "2022-09-10").map((e) => e.cameo)).not.toContain("190");
  });
});

describe("ratifications; two acts of one sentence told with two years (2024-01-24)", () => {
  it("reads «پروتکل الحاق … را … تصویب کرد» as the parliament's ratification, and a resolution still as a censure", () => {
    const text = ["تصویب", "پارلمان مجارستان روز دوشنبه ۱۶ بهمن پروتکل الحاق سوئد به ناتو را با ۱۸۸ رأی موافق تصویب کرد."].join("\n\n");
    const ratified = eventsOf(text, "fa", "2024-02-06").filter((e) => e.cameo === "057");
    expect(ratified.map((e) => [e.date, e.target])).toEqual([["2024-02-05", ["SWE", "nato"]]]);
    const budget = ["بودجه", "مجلس شورای اسلامی روز یکشنبه لایحه بودجه سال آینده ایران را با ۱۸۰ رأی موافق تصویب کرد."].join("\n\n");
    expect(eventsOf(budget, "fa", "2024-02-06").filter((e) => e.cameo === "057")).toEqual([]);
  });

  it("reads «ووُقعت الاتفاقية … عام 2012، وصادق عليها البرلمانان عام 2013» as a signing and a ratification, each with its year", () => {
    const text = [
      "اتفاقية",
      "ووقعت قطر والبحرين الاتفاقية عام 2012، وصادق عليها مجلس الشورى القطري ومجلس النواب البحريني عام 2013، ثم أودعت لدى الأمم المتحدة.",
    ].join("\n\n");
    const acts = analysisOf(text, "ar", "2023-09-19").events.filter((e) => e.cameo === "057");
    expect(acts.map((e) => e.date.edtf)).toEqual(["2012", "2013"]);
    // (each party in one role only)
    for (const e of acts) expect(e.otherIds.filter((id) => e.targetIds.includes(id) || e.sourceIds.includes(id))).toEqual([]);
  });
});

describe("names after a title, and the agency «آژانس» (2023-12-07)", () => {
  const ids = (text: string, lang: "ar" | "fa", published = "2023-12-07") => analysisOf(["عنوان", text].join("\n\n"), lang, published).mentions.map((m) => m.actorId);

  it("reads the name after «آنذاك» as a past holder's, and no act as a name: «نخست‌وزیر تایلند آزادی اتباع …»", () => {
    // (and «then» is a past holder's title: not the holder of the article's day)
    const ar = analysisOf(["عنوان", "وكان وزير الخارجية اليوناني آنذاك نيكولاس كوتزياس قد زار أنقرة في فبراير 2017."].join("\n\n"), "ar", "2023-12-07");
    expect(ar.mentions.map((m) => m.actorId)).not.toContain("giorgos-gerapetritis");
    expect(ar.discovered.map((a) => a.names.ar[0])).toEqual(["نيكولاس كوتزياس"]);
    const fa = analysisOf(["عنوان", "نخست‌وزیر تایلند آزادی اتباع این کشور را تأیید کرد و از میانجی‌گری قطر قدردانی کرد."].join("\n\n"), "fa", "2023-11-25");
    expect(fa.discovered.map((a) => a.label)).toEqual([]);
  });

  it("reads «آژانس» alone as the IAEA, not another agency named with it", () => {
    expect(ids("گروسی، مدیرکل آژانس، روز دوشنبه در تهران با عراقچی دیدار کرد.", "fa")).toContain("iaea");
    expect(ids("آژانس همکاری امنیتی و دفاعی آمریکا روز جمعه فروش جنگنده به ترکیه را به کنگره اطلاع داد.", "fa")).not.toContain("iaea");
  });
});

describe("a title told of another time (2024-10-09)", () => {
  it("names the holder of the event's date: «وزير الخارجية الإيراني» who visited Moscow in March 2021 is Zarif", () => {
    const text = ["لافروف", "وكان وزير الخارجية الإيراني قد زار موسكو في 15 مارس 2021 والتقى نظيره الروسي سيرغي لافروف."].join("\n\n");
    const a = analysisOf(text, "ar", "2024-10-09");
    const visit = a.events.find((e) => e.cameo === "042")!;
    expect([visit.date.edtf, [...visit.sourceIds].sort()]).toEqual(["2021-03-15", ["IRN", "mohammad-javad-zarif"]]);
    // (the evidence names him too)
    expect(a.mentions.map((m) => m.actorId)).toContain("mohammad-javad-zarif");
    expect(a.mentions.map((m) => m.actorId)).not.toContain("abbas-araghchi");
  });

  it("keeps a title next to the person's own name whatever the date", () => {
    const text = ["عراقچی", "سید عباس عراقچی، وزیر امور خارجه کشورمان، اردیبهشت ۱۴۰۰ به عنوان معاون وزیر به وین سفر کرده بود."].join("\n\n");
    const ids = analysisOf(text, "fa", "2024-10-09").events.flatMap((e) => [...e.sourceIds]);
    expect(ids).toContain("abbas-araghchi");
    expect(ids).not.toContain("mohammad-javad-zarif");
  });
});

describe("releases told from the released side; thanks (2023-11-25)", () => {
  it("reads «… از سوی حماس آزاد شدند» as Hamas releasing them", () => {
    const text = ["آزادی", "همزمان ۱۲ کارگر تایلندی نیز روز جمعه در چارچوب توافقی جداگانه از سوی حماس آزاد شدند."].join("\n\n");
    const released = eventsOf(text, "fa", "2023-11-25").filter((e) => e.cameo === "084");
    expect(released.map((e) => [e.date, e.source, e.target])).toEqual([["2023-11-24", ["hamas"], ["THA"]]]);
  });

  it("reads «از … تشکر کرد» and «أعرب … عن شكره» as praise of the one thanked", () => {
    const fa = ["تشکر", "جو بایدن، رئیس‌جمهور آمریکا روز جمعه از امیر قطر برای میانجی‌گری تشکر کرد."].join("\n\n");
    expect(eventsOf(fa, "fa", "2023-11-25").filter((e) => e.cameo === "051").map((e) => [e.source, e.target])).toEqual([
      [["USA", "joe-biden"], ["QAT", "tamim-bin-hamad-al-thani"]],
    ]);
    const ar = ["شكر", "وأعرب وزير الخارجية المصري سامح شكري عن شكره لنظيره التركي مولود جاويش أوغلو على حفاوة الاستقبال في أنقرة يوم الخميس."].join("\n\n");
    expect(eventsOf(ar, "ar", "2023-04-14").filter((e) => e.cameo === "051").map((e) => e.source)).toEqual([["EGY", "sameh-shoukry"]]);
  });
});

describe("a Persian welcome of a person is a reception (2023-07-20)", () => {
  it("codes «… از اردوغان استقبال کرد» as hosting (043), «از این توافق استقبال کرد» still as praise (051)", () => {
    const text = [
      "سفر",
      "امیر کویت روز چهارشنبه در کاخ بیان از اردوغان استقبال کرد. قطر نیز در بیانیه‌ای از این توافق میان ایران و عربستان استقبال کرد.",
    ].join("\n\n");
    const codes = eventsOf(text, "fa", "2023-07-20").map((e) => [e.cameo, e.target]);
    expect(codes).toContainEqual(["043", ["recep-tayyip-erdogan"]]);
    expect(codes).toContainEqual(["051", ["IRN", "SAU"]]);
  });
});

describe("Arabic «مالي»: Mali or «financial» (2025-04-08)", () => {
  const ids = (text: string) => analysisOf(["عنوان", text].join("\n\n"), "ar", "2025-04-08").mentions.map((m) => m.actorId);

  it("reads the state after a preposition, a proclitic «ب / ل», a noun that takes a state, or «و» after a state", () => {
    expect(ids("وتدهورت العلاقات بين الجزائر ومالي منذ انسحاب المجلس العسكري من اتفاق السلام.")).toContain("MLI");
    expect(ids("وقررت الحكومة استدعاء سفيرها في مالي للتشاور بعد إسقاط المسيرة قرب الحدود.")).toContain("MLI");
    expect(ids("واستقبل الرئيس الجزائري سفير مالي الجديد في قصر المرادية يوم الأحد الماضي.")).toContain("MLI");
    expect(ids("وأعلنت الجزائر إسقاط طائرة مسيرة تابعة لمالي قرب بلدة تين زاوتين الحدودية.")).toContain("MLI");
  });

  it("reads no state in the adjective: «دعم سياسي ومالي», «عجز مالي»", () => {
    expect(ids("وقدمت قطر دعما سياسيا ومالي للحكومة اللبنانية، فيما يعاني البلد من عجز مالي كبير منذ سنوات.")).not.toContain("MLI");
  });
});

describe("«the three countries» (2025-12-09)", () => {
  it("reads «سه کشور …» as the three states of the section's last event among three", () => {
    const text = [
      "کمیته سه‌جانبه",
      "نشست کمیته سه‌جانبه ایران، عربستان سعودی و چین امروز در تهران برگزار شد. سه کشور همچنین اقدامات ناقض حاکمیت سوریه را از سوی رژیم صهیونیستی محکوم کردند.",
    ].join("\n\n");
    const condemned = eventsOf(text, "fa", "2025-12-09").filter((e) => e.cameo === "111");
    expect(condemned.map((e) => e.source)).toEqual([["CHN", "IRN", "SAU"]]);
  });
});

describe("Pakistani names and the Baloch armed group (2024-04-23)", () => {
  it("reads «مریم نواز شریف» as herself, not Nawaz Sharif, and «جیش‌الظلم» as Jaish al-Adl", () => {
    const ids = analysisOf(["لاهور", "رئیسی در لاهور مورد استقبال مریم نواز شریف سروزیر ایالت پنجاب قرار گرفت. سپاه پیش‌تر مقرهای گروهک جیش‌الظلم را در پنجگور هدف قرار داده بود."].join("\n\n"), "fa", "2024-04-23").mentions.map((m) => m.actorId);
    expect(ids).toContain("maryam-nawaz");
    expect(ids).not.toContain("nawaz-sharif");
    expect(ids).toContain("jaish-al-adl");
  });
});

describe("an airspace closed to another state's flights (2025-04-08)", () => {
  it("reads «غلق المجال الجوي أمام الطيران القادم من مالي» and «حریم هوایی خود را به روی پروازهای ترکیه بست» as a sanction (163)", () => {
    const ar = ["الأجواء", "وقررت الجزائر غلق المجال الجوي أمام الطيران القادم من مالي ابتداء من اليوم الاثنين."].join("\n\n");
    expect(eventsOf(ar, "ar", "2025-04-07").map((e) => [e.cameo, e.source, e.target])).toEqual([["163", ["DZA"], ["MLI"]]]);
    const fa = ["حریم هوایی", "ایران روز دوشنبه حریم هوایی خود را به روی پروازهای ترکیه بست و به این اقدام اعتراض کرد."].join("\n\n");
    expect(eventsOf(fa, "fa", "2025-04-07").filter((e) => e.cameo === "163").map((e) => [e.source, e.target])).toEqual([[["IRN"], ["TUR"]]]);
  });

  it("reads no sanction in an airspace closed to all", () => {
    const fa = ["حریم هوایی", "قطر روز دوشنبه حریم هوایی خود را موقتاً بست و همه پروازها تا اطلاع ثانوی متوقف شد."].join("\n\n");
    expect(eventsOf(fa, "fa", "2025-06-24").filter((e) => e.cameo === "163")).toEqual([]);
  });
});

describe("a Persian clause ends at its verb before «و» and a new subject (2024-03-02)", () => {
  it("cuts before a subject in guillemets: «… آرام شد و «عباس عراقچی» … سفر کرد»", () => {
    const text = ["سفر", "پس از چند هفته تنش اوضاع آرام شد و «عباس عراقچی» وزیر امور خارجه در ۱۲ اسفند به مسقط سفر کرد."].join("\n\n");
    expect(eventsOf(text, "fa", "2025-03-05").map((e) => [e.cameo, e.source, e.target, e.date])).toEqual([["042", ["abbas-araghchi"], ["OMN"], "2025-03-02"]]);
  });

  it("cuts before an office of the state named, so each act keeps its own day: «… هدف قرار داد و ارتش پاکستان …»", () => {
    const text = [
      "درگیری مرزی",
      "سپاه پاسداران ۳ آذر ۱۴۰۲ مواضع گروهک جیش‌الظلم را در پنجگور هدف قرار داد و ارتش پاکستان در ۵ آذر مناطقی در حوالی سراوان را مورد حمله قرار داد.",
    ].join("\n\n");
    const force = eventsOf(text, "fa", "2023-11-30").filter((e) => e.cameo.startsWith("19"));
    expect(force.map((e) => [e.source, e.date])).toEqual([
      [["irgc"], "2023-11-24"],
      [["PAK"], "2023-11-26"],
    ]);
  });
});

describe("«مورد حمله قرار داد» and the Baloch borderlands (2024-02-10)", () => {
  it("reads the light-verb «attacked» with its subject, and a town of Sistan and Baluchestan as Iran", () => {
    const text = ["مرز", "نیروهای پاکستانی روز شنبه روستایی در نزدیکی سراوان را مورد حمله قرار دادند."].join("\n\n");
    expect(eventsOf(text, "fa", "2024-02-10").map((e) => [e.cameo, e.source, e.target])).toEqual([["190", ["PAK"], ["IRN"]]]);
  });

  it("reads Pakistan's province in Arabic and Iran's in Persian as places of their states", () => {
    const places = (text: string, lang: "ar" | "fa") => analysisOf(text, lang, "2024-02-10").mentions.map((m) => m.actorId);
    expect(places(["هجوم", "قصفت إيران بالصواريخ والطائرات المسيرة مواقع في إقليم بلوشستان الباكستاني."].join("\n\n"), "ar")).toContain("balochistan");
    expect(places(["حمله", "این حمله بامداد امروز در استان سیستان و بلوچستان در جنوب شرق کشور رخ داد."].join("\n\n"), "fa")).toContain("sistan-baluchestan");
  });
});

describe("arrivals at an airport, and «از او استقبال کرد» (2024-07-14)", () => {
  const text = [
    "سفر امیر قطر",
    "امیر قطر صبح امروز (یکشنبه ۲۴ تیر) با رهبر انقلاب دیدار کرد.",
    "شیخ تمیم بن حمد آل ثانی امیر قطر روز گذشته (شنبه) در رأس هیئتی عالی‌رتبه وارد فرودگاه مهرآباد شد و محمد مخبر از او استقبال کرد.",
  ].join("\n\n");
  const events = () => eventsOf(text, "fa", "2024-07-14");

  it("reads arriving at Tehran's airport as a visit to Iran", () => {
    expect(events().filter((e) => e.cameo === "042").map((e) => [e.target, e.date])).toEqual([[["IRN"], "2024-07-13"]]);
  });

  it("reads «him» welcomed as the person named before, a reception on the day of the clause it is joined to", () => {
    expect(events().filter((e) => e.cameo === "043").map((e) => [e.source, e.target, e.date])).toEqual([[["mohammad-mokhber"], ["tamim-bin-hamad-al-thani"], "2024-07-13"]]);
  });
});

describe("a surname several persons share (2024-05-06)", () => {
  it("reads «بارزانی» as the Barzani named in full last before it, else the first after", () => {
    const text = [
      "اربیل",
      "نیچروان بارزانی رئیس اقلیم کردستان امروز با سفیر ایران در اربیل دیدار کرد. بارزانی در این دیدار بر گسترش روابط تأکید کرد.",
      "مسعود بارزانی رهبر حزب دموکرات کردستان نیز با سفیر ایران دیدار کرد. بارزانی گفت روابط با تهران خوب است.",
    ].join("\n\n");
    const barzanis = analysisOf(text, "fa", "2024-05-06").mentions.filter((m) => m.actorId.endsWith("barzani")).map((m) => [m.actorId, m.via]);
    expect(barzanis).toEqual([
      ["nechirvan-barzani", "name"],
      ["nechirvan-barzani", "partial-name"],
      ["masoud-barzani", "name"],
      ["masoud-barzani", "partial-name"],
    ]);
  });
});

describe("«a few days later» and «added to» in Persian (2024-10-02)", () => {
  const text = [
    "تنش",
    "نیروهای اسرائیلی ۱ مهر به ضاحیه جنوبی بیروت حمله کردند.",
    "چند روز بعد، ترور حسن نصرالله، دبیرکل حزب‌الله لبنان، در ضاحیه جنوبی بیروت در بامداد ۶ مهر بر نگرانی‌های تهران افزود.",
  ].join("\n\n");

  it("dates an act by its own day, not by «چند روز بعد» read as «the next day», nor gives the day to «افزود» read as speech", () => {
    const killing = eventsOf(text, "fa", "2024-10-02").filter((e) => e.cameo === "186");
    expect(killing.map((e) => e.date)).toEqual(["2024-09-27"]);
  });

  it("reads «چند روز بعد», «سه روز قبل» as no day anaphor, «روز بعد» as the next day", () => {
    expect(findDayAnaphor("چند روز بعد، ترور او در بیروت رخ داد")).toBeUndefined();
    expect(findDayAnaphor("سه روز قبل از آن نشست")).toBeUndefined();
    expect(findDayAnaphor("وزیر روز بعد به آنکارا رفت")?.[1]).toBe(1);
  });

  it("reads «بر تنش‌ها افزود» as no speech", () => {
    const text = ["تنش", "آنکارا ماه‌ها مانع این روند شد و آتش زدن قرآن در استکهلم به دست یک پناهنده عراقی بر تنش‌های ترکیه و سوئد افزود."].join("\n\n");
    expect(analysisOf(text, "fa", "2024-01-26").events.filter((e) => e.trigger.lemma === "افزود")).toEqual([]);
  });

  it("still reads «با تاکید بر … افزود» as speech", () => {
    const speech = ["گفت‌وگو", "عراقچی در جمع خبرنگاران با تاکید بر این نکته افزود ترکیه باید فشار بر اسرائیل را افزایش دهد."].join("\n\n");
    expect(eventsOf(speech, "fa", "2024-10-02").map((e) => [e.cameo.slice(0, 2), e.source])).toEqual([["01", ["abbas-araghchi"]]]);
  });
});

describe("lawsuits and complaints (CAMEO 115) (2024-03-01)", () => {
  it("reads a case filed at a court, in Arabic and Persian", () => {
    const ar = ["محكمة", "ورفعت نيكاراغوا في الأول من مارس دعوى أمام محكمة العدل الدولية ضد ألمانيا بسبب دعمها العسكري لإسرائيل."].join("\n\n");
    expect(eventsOf(ar, "ar", "2024-03-02").filter((e) => e.cameo === "115").map((e) => [e.source, e.date])).toEqual([[["NIC"], "2024-03-01"]]);
    const fa = ["دیوان", "نیکاراگوئه ۱۱ اسفند ۱۴۰۲ دادخواستی علیه آلمان به دیوان بین‌المللی دادگستری ارائه کرد."].join("\n\n");
    expect(eventsOf(fa, "fa", "2024-03-02").filter((e) => e.cameo === "115").map((e) => [e.source, e.target.includes("DEU"), e.date])).toEqual([[["NIC"], true, "2024-03-01"]]);
  });

  it("reads joining a case as a lawsuit, not as joining an organisation", () => {
    const fa = ["لاهه", "مکزیک روز پنجشنبه رسماً به پرونده شکایت آفریقای جنوبی علیه اسرائیل در دیوان لاهه پیوست."].join("\n\n");
    expect(eventsOf(fa, "fa", "2024-05-30").map((e) => e.cameo)).toContain("115");
    expect(eventsOf(fa, "fa", "2024-05-30").map((e) => e.cameo)).not.toContain("050");
  });
});

describe("an Arabic verb joined by «و» after a comma is the sentence subject's next act (2023-11-02)", () => {
  it("gives «وتقدّمت بشكوى» to the government that opens the sentence, not to the attacker named in its relative clause", () => {
    const text = [
      "الأردن",
      "صعّدت الحكومة الأردنية، أمس الأربعاء، ردها على الغارات التي شنتها إسرائيل على مخيم جباليا، فاستدعت سفيرها لدى تل أبيب، وتقدّمت بشكوى رسمية ضد إسرائيل إلى مجلس الأمن الدولي.",
    ].join("\n\n");
    const complaint = eventsOf(text, "ar", "2023-11-02").filter((e) => e.cameo === "115");
    expect(complaint.map((e) => e.source)).toEqual([["JOR"]]);
  });
});

describe("a document «which X signed» (2023-02-14)", () => {
  it("reads «الاتفاقية التي وقعتها X وY» as X and Y signing, on the relative clause's day", () => {
    const text = [
      "العلاقات",
      "وتأتي الزيارة بعد أسابيع من الاتفاقية التي وقعتها مصر واليونان في القاهرة يوم 6 أغسطس 2020 لترسيم الحدود البحرية بين البلدين.",
    ].join("\n\n");
    expect(eventsOf(text, "ar", "2023-02-14").filter((e) => e.cameo === "057").map((e) => [e.source, e.date])).toEqual([[["EGY", "GRC"], "2020-08-06"]]);
  });
});

describe("«به امضای X، …، و Y، … رسید» with two long names (2024-01-20)", () => {
  it("reads the signing of two officials named with their titles", () => {
    const text = [
      "توافق",
      "این سند ۱۵ دی ۱۴۰۲ در تهران به امضای حسین امیرعبداللهیان، وزیر امور خارجه کشورمان، و فیصل بن فرحان، وزیر خارجه عربستان سعودی رسید.",
    ].join("\n\n");
    const signed = eventsOf(text, "fa", "2024-01-20").filter((e) => e.cameo === "057");
    expect(signed.map((e) => [[...e.source, ...e.target].sort(), e.date])).toEqual([[["IRN", "SAU", "faisal-bin-farhan", "hossein-amir-abdollahian"], "2024-01-05"]]);
  });
});

describe("adjectives of the Muslim world's and the Global South's states (2024-06-10)", () => {
  it("reads «نظيرته الإندونيسية», «وزير الخارجية الماليزي» and «همتای مکزیکی» as their states", () => {
    const ids = (text: string, lang: "ar" | "fa") => analysisOf(text, lang, "2024-06-10").mentions.map((m) => m.actorId);
    expect(ids(["لقاء", "والتقى فيدان نظيرته الإندونيسية في أنقرة، ثم اتصل بوزير الخارجية الماليزي لبحث الأوضاع في غزة."].join("\n\n"), "ar")).toEqual(
      expect.arrayContaining(["IDN", "MYS"]),
    );
    expect(ids(["دیدار", "عراقچی امروز در تهران با همتای مکزیکی خود درباره پرونده دیوان لاهه گفت‌وگو کرد."].join("\n\n"), "fa")).toContain("MEX");
  });
});

describe("an organisation named again by the noun of its name (2024-02-04)", () => {
  const anaphors = (text: string, lang: "ar" | "fa") =>
    analysisOf(text, lang, "2024-02-04").mentions.filter((m) => m.via === "anaphor").map((m) => [m.actorId, m.surface]);

  it("reads «الحركة» after «حركة حماس» and «این جنبش» after «جنبش انصارالله»", () => {
    const ar = ["القاهرة", "وصل وفد من حركة حماس إلى القاهرة لإجراء محادثات. وأعلنت الحركة في بيان مساء الأحد أنها سلمت ردها، وأكدت ثقتها بالوسطاء وبالحركة الوطنية."].join("\n\n");
    expect(anaphors(ar, "ar")).toEqual([["hamas", "الحركة"]]);
    const clitic = ["القاهرة", "وصل وفد من حركة حماس إلى القاهرة لإجراء محادثات مع الوسطاء المصريين والحركة تنتظر الرد."].join("\n\n");
    expect(anaphors(clitic, "ar")).toEqual([["hamas", "الحركة"]]);
    const fa = ["صنعا", "سخنگوی جنبش انصارالله امروز در مسقط با هیئت عمانی دیدار کرد. این جنبش پیش‌تر آمادگی خود را برای تبادل اسرا اعلام کرده بود."].join("\n\n");
    expect(anaphors(fa, "fa")).toEqual([["houthis", "این جنبش"]]);
  });

  it("reads no organisation in a noun an adjective follows, nor in a meeting", () => {
    const adjective = ["غزة", "وقالت حركة حماس إن الحركة التجارية عبر معبر رفح لا تزال متوقفة منذ أسابيع طويلة."].join("\n\n");
    expect(anaphors(adjective, "ar")).toEqual([]);
    const meeting = ["آستانه", "نشست آستانه امروز در دوحه برگزار شد. عراقچی درباره این نشست گفت روند سیاسی باید ادامه یابد."].join("\n\n");
    expect(anaphors(meeting, "fa")).toEqual([]);
  });
});

describe("what the two sides signed at the end of a meeting (2024-03-14)", () => {
  const YEREVAN = [
    "سفر وزیر خارجه ارمنستان به تهران",
    "ایران و ارمنستان روز یکشنبه ۲۰ اسفند نشست کمیسیون مشترک اقتصادی را در ایروان برگزار کردند.",
    "آرارات میرزویان، وزیر امور خارجه ارمنستان، روز گذشته (سه‌شنبه ۲۲ اسفند) وارد تهران شد و حسین امیرعبداللهیان در ساختمان وزارت امور خارجه از او استقبال کرد.",
    "در پایان این نشست، سه سند همکاری در زمینه‌های ترانزیت، انرژی و گردشگری به امضای وزیران دو طرف رسید.",
  ].join("\n\n");

  it("reads «به امضای وزیران دو طرف رسید», in a sentence naming no one, as the last pair's signing", () => {
    const signed = eventsOf(YEREVAN, "fa", "2024-03-13").filter((e) => e.cameo === "057");
    // (the two ministers who met)
    expect(signed.map((e) => [...e.source, ...e.target].sort())).toEqual([["ararat-mirzoyan", "hossein-amir-abdollahian"]]);
  });

  it("dates what «the end of this meeting» brought by the meeting's day, not by the story's first", () => {
    const signed = eventsOf(YEREVAN, "fa", "2024-03-13").filter((e) => e.cameo === "057");
    expect(signed.map((e) => e.date)).toEqual(["2024-03-12"]);
  });

  it("reads «وقّع الجانبان» in a sentence naming no one as the section's last pair", () => {
    const text = [
      "الدوحة",
      "استقبل أمير قطر الشيخ تميم بن حمد آل ثاني الرئيس الكيني وليام روتو في الديوان الأميري يوم الأحد.",
      "وفي ختام المباحثات، وقّع الجانبان أربع مذكرات تفاهم في مجالات الطاقة والتعليم والزراعة.",
    ].join("\n\n");
    const signed = eventsOf(text, "ar", "2024-03-11").filter((e) => e.cameo === "057");
    expect(signed.map((e) => e.source)).toEqual([["KEN", "QAT", "tamim-bin-hamad-al-thani", "william-ruto"]]);
  });

  it("takes the agent inside «به امضای … رسید» as the signers, not its targets", () => {
    const text = [
      "توافق",
      "روز دوشنبه ۲۱ اسفند چهار سند همکاری به امضای وزیران راه و انرژی کشورمان و همتایان ارمنی رسید.",
    ].join("\n\n");
    const signed = eventsOf(text, "fa", "2024-03-12").filter((e) => e.cameo === "057");
    expect(signed.map((e) => [e.source, e.target])).toEqual([[["ARM", "IRN"], []]]);
  });
});

describe("a Persian adjective in «‌ای» before a verb (2024-03-14)", () => {
  it("is no hedge: «أي» (any), normalised, reads «ای»", () => {
    const text = [
      "دیدار",
      "وزیران خارجه ارمنستان و آذربایجان روز سه‌شنبه ۲۲ اسفند در آلماتی در چارچوب گفت‌وگوهای منطقه‌ای دیدار کردند.",
    ].join("\n\n");
    const met = eventsOf(text, "fa", "2024-03-13").filter((e) => e.cameo.startsWith("04"));
    expect(met.map((e) => e.modality)).toEqual(["reported"]);
  });
});

describe("the Caucasus in Persian (2024-03-14)", () => {
  const ids = (text: string) => analysisOf(["قفقاز", text].join("\n\n"), "fa", "2024-03-14").mentions.map((m) => m.actorId);

  it("reads plain «آذربایجان» as the republic, and «ارمنی» as Armenia's adjective", () => {
    expect(ids("وزیران خارجه ارمنستان و آذربایجان امروز در آلماتی با همتای ارمنی خود دیدار کردند.")).toEqual(["ARM", "AZE", "almaty", "ARM"]);
  });

  it("reads no state in Iran's provinces of Azerbaijan nor in its Armenian church", () => {
    expect(ids("استاندار آذربایجان شرقی امروز از کلیسای ارمنی تبریز و مرز استان آذربایجان غربی بازدید کرد.")).not.toContain("AZE");
    expect(ids("استاندار آذربایجان شرقی امروز از کلیسای ارمنی تبریز و مرز استان آذربایجان غربی بازدید کرد.")).not.toContain("ARM");
  });
});

describe("Persian compound verbs that share one light verb, and documents handed over (2023-09-20)", () => {
  it("reads «با X دیدار و یادداشت اعتراض … را به او تسلیم کرد» as a meeting and a protest by the clause's subject", () => {
    const text = [
      "اعتراض",
      "معاون وزیر خارجه مصر، روز یکشنبه ۲۶ شهریور با سفیر اتیوپی در قاهره دیدار و یادداشت اعتراض رسمی کشورش را به او تسلیم کرد.",
    ].join("\n\n");
    const events = eventsOf(text, "fa", "2023-09-20");
    expect(events.map((e) => [e.cameo, e.source, e.target, e.date])).toEqual([
      ["040", ["EGY"], ["ETH"], "2023-09-17"],
      ["111", ["EGY"], ["ETH"], "2023-09-17"],
    ]);
  });

  it("does not make the visit an invitation is about the deliverer's («دعوت … برای سفر به تهران را به او ابلاغ کرد»)", () => {
    const text = [
      "دعوت",
      "رئیس مجلس ایران روز دوشنبه در بیروت دعوت رئیس‌جمهور ایران از نبیه بری برای سفر به تهران را به او ابلاغ کرد.",
    ].join("\n\n");
    const visits = eventsOf(text, "fa", "2023-09-20").filter((e) => e.cameo === "042");
    expect(visits.every((e) => !e.source.includes("IRN") || e.target.length === 0)).toBe(true);
  });

  it("reads «روسای جمهور دو کشور … نشست … برگزار کردند» as the two sides' meeting", () => {
    const text = [
      "دیدار",
      "امامعلی رحمان صبح امروز از مسعود پزشکیان در کاخ ملت استقبال کرد.",
      "پس از آن، روسای جمهور دو کشور نشست هیات‌های عالی‌رتبه را برگزار کردند.",
    ].join("\n\n");
    const met = eventsOf(text, "fa", "2025-01-16").filter((e) => e.cameo === "040" && e.sentence.startsWith("پس از آن"));
    expect(met.map((e) => [...e.source, ...e.target].sort())).toEqual([["IRN", "TJK"]]);
  });
});

describe("an embassy emptied, and a story told in the past (2024-07-16)", () => {
  const KABUL = [
    "سفارة",
    "وفي 12 مارس/ آذار 2023، اقتحم مسلحون مقر السفارة الطاجيكية في كابل، ما أسفر عن مقتل حارس.",
    "وبعد يومين، في 14 مارس، أجلت طاجيكستان موظفي سفارتها من كابل، وعلّقت عمل البعثة.",
    "وفي 3 يونيو/ حزيران 2023 أعلنت دوشنبه 3 موظفين في السفارة الأفغانية \"أشخاصاً غير مرغوب فيهم\"، لترد كابل بطرد 3 دبلوماسيين طاجيكيين.",
  ].join("\n\n");
  const events = () => eventsOf(KABUL, "ar", "2024-07-16").filter((e) => e.cameo === "161");

  it("reads «أجلت … موظفي سفارتها» as relations reduced, on the day and month told without a year in the year of the story", () => {
    expect(events().filter((e) => e.sentence.startsWith("وبعد يومين")).map((e) => [e.source, e.date])).toEqual([[["TJK"], "2023-03-14"]]);
  });

  it("makes a persona non grata declared by «أعلنت X» X's act, and the response after «لترد» the responder's", () => {
    const png = events().filter((e) => e.sentence.startsWith("وفي 3 يونيو"));
    expect(png.map((e) => [e.source, e.target, e.date])).toEqual([
      [["TJK"], ["AFG"], "2023-06-03"],
      [["AFG"], ["TJK"], "2023-06-03"],
    ]);
  });

  it("keeps a day and month without a year in the publication's year when the text came back to its own time", () => {
    const text = [
      "سفارة",
      "وكانت طاجيكستان قد أغلقت سفارتها في كابل في 14 مارس/ آذار 2023.",
      "وأمس الاثنين أعلنت الخارجية الطاجيكية أن السفير عاد إلى كابل.",
      "وكان وزير الخارجية الأفغاني قد زار دوشنبه في 2 أبريل.",
    ].join("\n\n");
    const visits = eventsOf(text, "ar", "2024-07-16").filter((e) => e.cameo === "042");
    expect(visits.map((e) => e.date)).toEqual(["2024-04-02"]);
  });
});

describe("a Persian count of days later (2023-05-30)", () => {
  it("counts «دو روز بعد» from the day told before, and «دو روز پس از آن … که» from the day the «که» clause tells", () => {
    const text = [
      "سفارت",
      "روز ۷ بهمن ۱۴۰۱ فردی مسلح به سفارت جمهوری آذربایجان در تهران حمله کرد.",
      "دو روز بعد، باکو کارکنان سفارت خود را از تهران خارج کرد.",
      "سفر وزیر خارجه عمان به تهران دو روز پس از آن انجام شد که روز جمعه (۵ خرداد) زندانیان مبادله شدند.",
    ].join("\n\n");
    const events = eventsOf(text, "fa", "2023-05-30");
    expect(events.filter((e) => e.cameo === "161").map((e) => e.date)).toEqual(["2023-01-29"]);
    expect(events.filter((e) => e.cameo === "042").map((e) => e.date)).toEqual(["2023-05-28"]);
  });
});

describe("an Arabic date before its act's object and a comma (2024-07-16)", () => {
  it("dates the act told before the comma, not the speech opening after it", () => {
    const text = [
      "سد",
      "وتحسنت العلاقات خلال الأشهر الماضية، إذ دشّن الرئيس الإيراني ونظيره الأذربيجاني في 19 مايو/ أيار الماضي سداً مشتركاً على نهر أراس، وقال الرئيس الإيراني خلال المراسم إن العلاقات متينة.",
    ].join("\n\n");
    const opened = eventsOf(text, "ar", "2024-07-16").filter((e) => e.cameo === "061");
    expect(opened.map((e) => e.date)).toEqual(["2024-05-19"]);
  });
});

describe("a clash between two (2023-05-28)", () => {
  it("makes both sides of «اشتباكات بين …» and «تیراندازی میان …» its parties, their forces' words between", () => {
    const ar = ["حدود", "واندلعت اشتباكات بين قوات حرس الحدود الإيرانية وعناصر طالبان يوم السبت قرب مخفر حدودي."].join("\n\n");
    expect(eventsOf(ar, "ar", "2023-05-28").filter((e) => e.cameo === "190").map((e) => [e.source, e.date])).toEqual([[["IRN", "taliban"], "2023-05-27"]]);
    const fa = ["مرز", "روز شنبه تیراندازی میان مرزبانان ایران و نیروهای طالبان در نزدیکی یک پاسگاه مرزی سه کشته بر جا گذاشت."].join("\n\n");
    expect(eventsOf(fa, "fa", "2023-05-28").filter((e) => e.cameo === "190").map((e) => [e.source, e.date])).toEqual([[["IRN", "taliban"], "2023-05-27"]]);
  });
});

describe("a conference of several states (2023-05-28)", () => {
  it("reads «خلال مؤتمر احتضنته بغداد … بمشاركة» and «در همایشی در بغداد با حضور …» as a multilateral meeting, and «مؤتمر صحافي» as a press conference", () => {
    const ar = ["مؤتمر", "وأطلقت الحكومة العراقية مشروع الربط السككي خلال مؤتمر احتضنته بغداد أمس، بمشاركة وزراء النقل في السعودية وتركيا والأردن."].join("\n\n");
    expect(eventsOf(ar, "ar", "2023-05-28").map((e) => [e.cameo, e.date])).toEqual([["044", "2023-05-27"]]);
    const fa = ["همایش", "عراق روز گذشته در همایشی در بغداد با حضور وزیران حمل و نقل ایران، ترکیه و اردن از این طرح رونمایی کرد."].join("\n\n");
    expect(eventsOf(fa, "fa", "2023-05-28").map((e) => [e.cameo, e.date])).toEqual([["044", "2023-05-27"]]);
    const press = ["مؤتمر", "وعقد وزير الخارجية الأردني أيمن الصفدي مؤتمراً صحافياً مشتركاً مع نظيره العراقي فؤاد حسين في عمّان أمس."].join("\n\n");
    expect(eventsOf(press, "ar", "2023-05-28").map((e) => e.cameo)).not.toContain("044");
  });
});

describe("a Persian «که» after a verb (2022-11-29)", () => {
  it("opens a clause with a subject of its own, across the comma after an adverbial", () => {
    const text = [
      "پهپاد",
      "نشست دو وزیر در حالی برگزار می‌شود که ارتش ترکیه از هفته گذشته با پهپاد، مواضع پ‌ک‌ک در شمال عراق را هدف قرار داده است.",
    ].join("\n\n");
    const strikes = eventsOf(text, "fa", "2022-11-29").filter((e) => e.cameo.startsWith("19"));
    expect(strikes.map((e) => [e.source, e.target])).toEqual([[["TUR"], ["IRQ", "pkk"]]]);
  });

  it("without a subject of its own, takes the subject of the verb it depends on", () => {
    const text = ["بیانیه", "ایران و عمان روز دوشنبه با صدور بیانیه‌ای مشترک اعلام کردند که برای گسترش همکاری‌های بندری توافق کرده‌اند."].join("\n\n");
    const agreed = eventsOf(text, "fa", "2022-11-29").filter((e) => e.cameo.startsWith("03"));
    expect(agreed.map((e) => [...e.source, ...e.target].sort())).toEqual([["IRN", "OMN"]]);
  });
});

describe("envoys recalled two at a time, or all (2025-04-08)", () => {
  it("reads «استدعاء سفيريها لدى …», «تبادل البلدان استدعاء سفيريهما» and «سحب سفرائهما» as reduced relations", () => {
    const two = ["سفراء", "قررت الكويت، أمس الأحد، استدعاء سفيريها لدى العراق وسوريا للتشاور."].join("\n\n");
    expect(eventsOf(two, "ar", "2025-04-08").map((e) => [e.cameo, e.source, e.target, e.date])).toEqual([["161", ["KWT"], ["IRQ", "SYR"], "2025-04-06"]]);
    const each = ["سفراء", "وفي مارس 2019 تبادلت السعودية وكندا استدعاء سفيريهما على خلفية أزمة دبلوماسية."].join("\n\n");
    expect(eventsOf(each, "ar", "2025-04-08").filter((e) => e.cameo === "161").map((e) => [...e.source, ...e.target].sort())).toEqual([["CAN", "SAU"]]);
    const all = ["سفراء", "وقررت مصر والأردن أمس سحب سفرائهما من إسرائيل احتجاجا على الغارات."].join("\n\n");
    expect(eventsOf(all, "ar", "2025-04-08").filter((e) => e.cameo === "161").map((e) => [e.source, e.target])).toEqual([[["EGY", "JOR"], ["ISR"]]]);
  });

  it("reads a Persian summons told as a noun whose light verb the next verb stands for", () => {
    const text = ["احضار", "وزارت خارجه ترکیه روز دوشنبه سفیر سوئد در آنکارا را احضار و اعتراض شدید کشورش را به او ابلاغ کرد."].join("\n\n");
    expect(eventsOf(text, "fa", "2025-04-08").filter((e) => e.cameo === "161").map((e) => [e.source, e.target, e.date])).toEqual([[["TUR"], ["SWE"], "2025-04-07"]]);
  });
});

describe("the UN sanctions brought back (2025-09-09)", () => {
  it("reads «تفعيل آلية الزناد» and «مکانیسم ماشه را فعال کردند» as sanctions by those who trigger it", () => {
    const fa = ["ماشه", "آلمان، فرانسه و انگلیس روز پنجشنبه با ارسال نامه‌ای به شورای امنیت، مکانیسم ماشه را علیه ایران فعال کردند."].join("\n\n");
    const triggered = eventsOf(fa, "fa", "2025-09-09").filter((e) => e.cameo === "163");
    expect(triggered.map((e) => [e.source, e.target.includes("IRN"), e.date])).toEqual([[["DEU", "FRA", "GBR"], true, "2025-09-04"]]);
    const ar = ["الزناد", "وقررت فرنسا وبريطانيا وألمانيا، يوم الخميس، تفعيل آلية الزناد ضد إيران."].join("\n\n");
    expect(eventsOf(ar, "ar", "2025-09-09").filter((e) => e.cameo === "163").map((e) => [e.source, e.target])).toEqual([[["DEU", "FRA", "GBR"], ["IRN"]]]);
  });
});

describe("a drone shot down, and a capital standing for its government (2025-04-08)", () => {
  it("reads «إسقاط طائرة …» as an act of force", () => {
    const text = ["مسيرة", "وأعلن الجيش التركي، الأحد، إسقاط طائرة مسيرة سورية اخترقت الأجواء قرب الحدود."].join("\n\n");
    expect(eventsOf(text, "ar", "2025-04-08").filter((e) => e.cameo.startsWith("19")).map((e) => [e.source, e.target])).toEqual([[["TUR"], ["SYR"]]]);
  });

  it("reads «باماكو» in a political sentence as Mali", () => {
    const text = ["باماكو", "ولم يتأخر رد باماكو، إذ أعلنت مساء الاثنين استدعاء السفير الجزائري للاحتجاج."].join("\n\n");
    expect(eventsOf(text, "ar", "2025-04-08").filter((e) => e.cameo === "161").map((e) => [e.source, e.target])).toEqual([[["MLI"], ["DZA"]]]);
  });
});

describe("a Persian list of states (2025-09-09)", () => {
  it("groups «A، B، C و D» as one party to the act, and not two names a comma parts without a list going on", () => {
    const list = ["بیانیه", "مصر، اردن، عراق و کویت روز پنجشنبه در بیانیه‌هایی جداگانه حمله اسرائیل به قطر را محکوم کردند."].join("\n\n");
    const condemned = eventsOf(list, "fa", "2025-09-09").filter((e) => e.cameo.startsWith("11"));
    expect(condemned.map((e) => e.source)).toEqual([["EGY", "IRQ", "JOR", "KWT"]]);
    const parted = ["اتهام", "عراق، کویت را به نقض توافق مرزی خور عبدالله متهم کرد."].join("\n\n");
    expect(eventsOf(parted, "fa", "2025-09-09").filter((e) => e.cameo === "112").map((e) => [e.source, e.target])).toEqual([[["IRQ"], ["KWT"]]]);
  });
});

describe("a Persian name before its office, and a family name made of a place (2025-09-09)", () => {
  const mentionsOf = (text: string) => {
    const a = analysisOf(["نام", text].join("\n\n"), "fa", "2025-09-09");
    return a.mentions.map((m) => [m.actorId, a.article.text.slice(m.start, m.end)]);
  };

  it("discovers «رضا نجفی» before «سفیر …» without a comma between, and reads no city in «نجفی»", () => {
    const found = mentionsOf("پیش از این، رضا نجفی سفیر و نماینده دائم کشورمان در وین، روز شنبه از ازسرگیری گفت‌وگوها با آژانس خبر داده بود.");
    expect(found.map(([, text]) => text)).toContain("رضا نجفی");
    expect(found.map(([id]) => id)).not.toContain("najaf");
  });

  it("still reads the city itself, and discovers no name of words the name table lacks", () => {
    expect(mentionsOf("زائران ایرانی روز دوشنبه در نجف مراسم اربعین را برگزار کردند و سفیر ایران در عراق از آنها دیدار کرد.").map(([id]) => id)).toContain("najaf");
    const found = mentionsOf("پیش از این، مذاکرات هسته‌ای سفیر ایران در وین را به تهران بازگرداند و او روز شنبه با آژانس گفت‌وگو کرد.");
    expect(found.map(([, text]) => text)).not.toContain("مذاکرات هسته‌ای");
  });
});

describe("meetings told by what brought the parties together, or by «their» meeting (2025-10-11)", () => {
  it("reads «جولة / لقاء … جمعت X و Y» as a meeting of X and Y, dated by its own day", () => {
    const text = [
      "محادثات",
      "وتأتي الزيارة بعد جولة أولى جمعت في مسقط، يوم 12 أبريل (نيسان) الحالي، الوزير عراقجي والمبعوث الأميركي الخاص ستيف ويتكوف.",
    ].join("\n\n");
    const met = eventsOf(text, "ar", "2025-04-18").filter((e) => e.cameo === "040");
    expect(met.map((e) => [e.date, [...e.source, ...e.target].sort()])).toEqual([["2025-04-12", ["USA", "abbas-araghchi", "steve-witkoff"]]]);
  });

  it("reads no Friday in an Arabic «جمعه» (brought him together), which only Persian writes for Friday", () => {
    const text = ["لقاء", "وبحث الرئيس الجزائري عبد المجيد تبون في لقاء جمعه بنظيره التونسي قيس سعيد في الجزائر العاصمة، اليوم الأربعاء، العلاقات الثنائية."].join("\n\n");
    const met = analysisOf(text, "ar", "2024-03-06").events.filter((e) => e.cameo === "040");
    expect(met.map((e) => [e.date.edtf, e.dateMention?.text])).toEqual([["2024-03-06", "اليوم الأربعاء"]]);
  });

  it("gives «لقائهما» the two parties of the section's last exchange, or the two persons just named in its own sentence", () => {
    const pair = [
      "دوشنبه",
      "وقدّم الرئيس الروسي فلاديمير بوتين اعتذاراً لنظيره الأذربيجاني إلهام علييف، الخميس في دوشنبه، بعدما طالبت باكو موسكو بالإقرار بالمسؤولية.",
      "وفي مستهلّ لقائهما، قال الرئيس الروسي إن بلاده ستدفع التعويضات.",
    ].join("\n\n");
    const met = eventsOf(pair, "ar", "2025-10-11").filter((e) => e.cameo === "040");
    expect(met.map((e) => [e.date, [...e.source, ...e.target].sort()])).toEqual([["2025-10-09", ["AZE", "RUS"]]]);
    const named = [
      "أنقرة",
      "وكانت إسرائيل قد هاجمت لبنان أمس.",
      "وقال وزير الخارجية التركي هاكان فيدان في مؤتمر صحفي مع نظيره الإيراني عباس عراقجي، عقب مباحثاتهما في أنقرة، إن بلاده تدعم لبنان.",
    ].join("\n\n");
    const talks = eventsOf(named, "ar", "2024-10-19").filter((e) => e.cameo === "040" && e.sentence.startsWith("وقال"));
    expect(talks.map((e) => [...e.source, ...e.target].sort())).toContainEqual(["IRN", "TUR", "abbas-araghchi", "hakan-fidan"]);
  });

  it("reads «وكان X قد اتصل بـ Y» as a call that took place (a verb in the past after «قد»)", () => {
    const text = ["اتصال", "وكان الرئيس الإيراني مسعود بزشكيان قد اتصل بأمير قطر الشيخ تميم بن حمد الثلاثاء الماضي."].join("\n\n");
    expect(eventsOf(text, "ar", "2025-10-11").filter((e) => e.cameo === "041").map((e) => [e.modality, e.date, e.source, e.target])).toEqual([
      ["reported", "2025-10-07", ["IRN", "masoud-pezeshkian"], ["QAT", "tamim-bin-hamad-al-thani"]],
    ]);
  });
});

describe("a Persian plan joined to the clause before (2025-10-09)", () => {
  const text = [
    "سفر",
    "عراقچی روز گذشته برای سفری رسمی وارد مسکو شد و قرار است فردا جمعه همراه با سرگئی لاوروف در نشست وزیران خارجه کشورهای عضو بریکس شرکت کند.",
  ].join("\n\n");
  it("keeps the arrival on its own day, reported, and the plan on the day after it, with the same subject", () => {
    expect(eventsOf(text, "fa", "2025-10-09").map((e) => [e.cameo, e.modality, e.date, e.source, e.target])).toEqual([
      ["042", "reported", "2025-10-08", ["abbas-araghchi"], ["RUS"]],
      ["040", "planned", "2025-10-10", ["abbas-araghchi"], ["brics", "sergey-lavrov"]],
    ]);
  });
});

describe("a Maghrebi «next day», and an object after asides between commas (2022-06-09)", () => {
  it("counts «في اليوم الموالي» from the day named before, as «في اليوم التالي»", () => {
    const text = ["الجزائر", "وكشف الديوان الملكي المغربي عن الرسالة في 18 مارس الماضي. وفي اليوم الموالي، استدعت الجزائر سفيرها في مدريد للتشاور."].join("\n\n");
    expect(eventsOf(text, "ar", "2022-06-09").filter((e) => e.cameo === "161").map((e) => [e.date, e.source, e.target])).toEqual([["2022-03-19", ["DZA"], ["ESP"]]]);
  });

  it("finds the object of «دعا» after two asides, a day and a spokesman, between commas", () => {
    const text = ["دعوة", "ودعا الاتحاد الأوروبي، أمس، على لسان المتحدث باسمه بيتر ستانو، إيران إلى الإفراج عن المعتقلين الأوروبيين."].join("\n\n");
    expect(eventsOf(text, "ar", "2022-06-09").map((e) => [e.cameo, e.date, e.source, e.target])).toEqual([["020", "2022-06-08", ["european-union"], ["IRN"]]]);
  });
});

describe("arrests and raids (2025-07-01)", () => {
  it("reads an arrest or a raid of another state's people as coercion (CAMEO 173), in Arabic and Persian", () => {
    const ar = ["اعتقال", "واعتقلت قوات الأمن الروسية مواطنين أذربيجانيين في يكاترينبورغ."].join("\n\n");
    expect(eventsOf(ar, "ar", "2025-07-01").map((e) => [e.cameo, e.source, e.target])).toEqual([["173", ["RUS"], ["AZE"]]]);
    const fa = ["یورش", "پلیس آذربایجان روز ۹ تیر به دفتر خبرگزاری اسپوتنیک در باکو یورش برد و دو مدیر روس آن را بازداشت کرد."].join("\n\n");
    expect(eventsOf(fa, "fa", "2025-07-01").map((e) => [e.cameo, e.date, e.source, e.target])).toEqual([["173", "2025-06-30", ["AZE"], ["RUS"]]]);
  });

  it("reads no act between states in a state's own arrests, nor in the arrest of a gunman told by a pronoun", () => {
    const own = ["اعتقال", "واعتقلت الشرطة التركية عشرة أشخاص في إسطنبول أمس."].join("\n\n");
    expect(eventsOf(own, "ar", "2025-07-01").filter((e) => e.cameo === "173")).toEqual([]);
    const gunman = ["هجوم", "واقتحم مسلح مبنى السفارة الأذربيجانية في طهران، قبل أن تعتقله الشرطة الإيرانية."].join("\n\n");
    expect(eventsOf(gunman, "ar", "2023-01-28").filter((e) => e.cameo === "173")).toEqual([]);
  });
});

describe("a Persian visit's destination right before its verb (2025-04-17)", () => {
  it("visits the state of «به ریاض» before «سفر کرد», not what the trip was about", () => {
    const text = ["سفر", "محمدجواد ظریف وزیر امور خارجه ایران نیز ۱۰ آبان ۱۳۹۸ برای شرکت در نشستی درباره سوریه به مسکو سفر کرد."].join("\n\n");
    expect(eventsOf(text, "fa", "2025-04-17").filter((e) => e.cameo === "042").map((e) => [e.date, e.source, e.target])).toEqual([
      ["2019-11-01", ["IRN", "mohammad-javad-zarif"], ["RUS"]],
    ]);
  });
});

describe("«سبق لـ X أن …»: X had done it before (2023-02-15)", () => {
  it("takes the one «سبق لـ» names as the doer of the verb after «أن»", () => {
    const text = [
      "زيارة",
      "وكان قد سبق لوزير الخارجية التركي هاكان فيدان أن زار دمشق في 14 كانون الثاني. كما سبق للسعودية أن استدعت سفيرها لدى بيروت في تشرين الأول 2021.",
    ].join("\n\n");
    expect(eventsOf(text, "ar", "2025-02-15").map((e) => [e.cameo, e.date, e.source, e.target])).toEqual([
      ["042", "2025-01-14", ["TUR", "hakan-fidan"], ["SYR"]],
      ["161", "2021-10", ["SAU"], ["LBN"]],
    ]);
  });
});

describe("relations cut, told with the state's own «علاقاتها» (2025-04-18)", () => {
  it("reads «قطع … علاقاتها / علاقاته» with a subject or a date between, not only «قطع … العلاقات»", () => {
    const text = ["قطع", "وكانت البحرين قد قطعت في 4 كانون الثاني 2016 علاقاتها الدبلوماسية مع إيران. كما قطع المغرب علاقاته مع إيران عام 2018."].join("\n\n");
    expect(eventsOf(text, "ar", "2025-04-18").map((e) => [e.cameo, e.date, e.source, e.target])).toEqual([
      ["161", "2016-01-04", ["BHR"], ["IRN"]],
      ["161", "2018", ["MAR"], ["IRN"]],
    ]);
  });
});

describe("a Persian «پس از …،» phrase opening the sentence ends at its comma (2025-09-15)", () => {
  it("dates the act after the comma by its own day, not by the one of the act it came after", () => {
    const text = [
      "حمله",
      "پس از حمله آمریکا به تأسیسات هسته‌ای ایران در ۱ تیر، سپاه پاسداران در ۲ تیر پایگاه العدید در قطر را که میزبان نیروهای آمریکایی است هدف حمله موشکی قرار داد.",
      "پیش از آن نیز علی باقری کنی، معاون سیاسی وزیر امور خارجه، ۳ آذر ۱۴۰۰ به دبی سفر کرده بود.",
    ].join("\n\n");
    const events = eventsOf(text, "fa", "2025-09-15");
    expect(events.filter((e) => e.cameo === "195").map((e) => [e.date, e.source, e.target])).toEqual([["2025-06-23", ["irgc"], ["USA"]]]);
    // («پیش از آن نیز X، …» is "before that": no phrase to cut, X is the subject)
    expect(events.filter((e) => e.cameo === "042").map((e) => [e.date, e.source, e.target])).toEqual([["2021-11-24", ["ali-bagheri-kani"], ["ARE"]]]);
  });
});

describe("the genitive of an act of force (2025-09-15)", () => {
  it("is its doer when the one it was against follows, and its victim alone", () => {
    const fa = ["حمله", "جنگ دوازده روزه با حمله اسرائیل به ایران در ۲۳ خرداد آغاز شد."].join("\n\n");
    expect(eventsOf(fa, "fa", "2025-09-15").map((e) => [e.cameo, e.source, e.target])).toEqual([["190", ["ISR"], ["IRN"]]]);
    const ar = ["هجوم", "وجاء ذلك بعد هجوم إسرائيل على إيران في 13 يونيو. واغتيال هنية في طهران أثار غضبا."].join("\n\n");
    expect(eventsOf(ar, "ar", "2025-09-15").map((e) => [e.cameo, e.source, e.target])).toEqual([
      ["190", ["ISR"], ["IRN"]],
      ["186", [], ["ismail-haniyeh"]],
    ]);
  });
});

describe("Persian «وی» opening a clause, and «گفت و گو» written apart (2023-03-19)", () => {
  const text = [
    "گفت",
    "این دومین سفر منطقه‌ای شمخانی در روزهای اخیر است؛ وی پنجشنبه گذشته به ابوظبی رفت و با محمد بن زاید دیدار کرد.",
    "عراقچی در حاشیه مجمع گفت و گوی دوحه با هاکان فیدان گفت و گو کرد.",
  ].join("\n\n");
  it("takes «وی» after «؛» for the person named before it in the sentence", () => {
    expect(eventsOf(text, "fa", "2023-03-19").filter((e) => e.sentence.startsWith("این")).map((e) => [e.cameo, e.date, e.source, e.target])).toEqual([
      ["040", "2023-03-16", ["ali-shamkhani"], ["mohamed-bin-zayed"]],
    ]);
  });
  it("reads «گفت و گو» as dialogue, a consultation, never as «said»", () => {
    const events = eventsOf(text, "fa", "2023-03-19").filter((e) => e.sentence.startsWith("عراقچی"));
    expect(events.map((e) => e.cameo)).toEqual(["040"]);
    expect(events[0]!.target).toContain("hakan-fidan");
    const forum = ["مجمع", "عباس عراقچی وزیر امور خارجه کشورمان امروز شنبه در حاشیه مجمع گفت و گوی دوحه درباره تحولات سوریه اظهار نظر کرد."].join("\n\n");
    expect(eventsOf(forum, "fa", "2024-12-07").filter((e) => e.cameo === "010")).toEqual([]);
  });
});

describe("two Persian acts of force in one clause, and a resolution told through the relative clause of its object (2025-08-29)", () => {
  it("keeps each attack with its own attacker, target state and day", () => {
    const text = [
      "جنگ",
      "جنگی که با حمله رژیم صهیونیستی به خاک ایران در بامداد ۲۳ خرداد آغاز شد و با حمله آمریکا به تاسیسات هسته‌ای فردو، نطنز و اصفهان در بامداد ۱ تیر ادامه یافت.",
    ].join("\n\n");
    expect(eventsOf(text, "fa", "2025-08-29").map((e) => [e.cameo, e.date, e.source, e.target])).toEqual([
      ["190", "2025-06-13", ["ISR"], ["IRN"]],
      ["190", "2025-06-22", ["USA"], ["IRN"]],
    ]);
  });

  it("reads the censure against the one the relative clause names, and «با حمایت آمریکا» as no act of support", () => {
    const text = [
      "قطعنامه",
      "شورای حکام آژانس بین‌المللی انرژی اتمی روز پنجشنبه قطعنامه‌ای را که فرانسه، آلمان و انگلیس با حمایت آمریکا علیه ایران ارائه کرده بودند، با ۱۹ رأی موافق تصویب کرد.",
    ].join("\n\n");
    expect(eventsOf(text, "fa", "2024-11-22").map((e) => [e.cameo, e.source, e.target])).toEqual([["111", ["iaea"], ["IRN"]]]);
  });
});

describe("an Arabic verb never takes tanween, and a visit keeps its day before a joint statement (2025-04-17)", () => {
  it("reads no warning in «انفتاحاً حذراً» (a cautious opening)", () => {
    const text = ["انفتاح", "وكانت العلاقات بين بغداد والإدارة السورية الجديدة قد شهدت انفتاحاً حذراً خلال الأشهر الماضية."].join("\n\n");
    expect(eventsOf(text, "ar", "2025-04-17").filter((e) => e.cameo.startsWith("13"))).toEqual([]);
  });
  it("dates the visit by the day after it, not the press conference whose statement follows", () => {
    const text = [
      "زيارة",
      "وزار رئيس جهاز المخابرات العراقي دمشق في ٢٦ كانون الأول ٢٠٢٤. كما زار وزير الخارجية السوري أسعد الشيباني بغداد في ١٤ آذار الماضي، وعقد مع نظيره العراقي فؤاد حسين مؤتمراً صحفياً مشتركاً أكدا فيه أن خطر داعش يهدد البلدين.",
    ].join("\n\n");
    expect(eventsOf(text, "ar", "2025-04-17").filter((e) => e.cameo === "042").map((e) => e.date)).toEqual(["2024-12-26", "2025-03-14"]);
  });
});
