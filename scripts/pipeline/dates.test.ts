import { describe, expect, it } from "vitest";
import { createDateResolver } from "./dates.ts";

const resolve = createDateResolver();

/** Each mention as [text, edtf, start, end, precision] — the exact values a reader would check. */
function dates(text: string, anchor: string): [string, string, string, string, string][] {
  return resolve(text, anchor).map((m) => [m.text, m.date.edtf, m.date.start, m.date.end, m.date.precision]);
}
const day = (text: string, iso: string): [string, string, string, string, string] => [text, iso, iso, iso, "day"];

describe("seed 000 (Saraya, anchor Monday 2024-10-21)", () => {
  const A = "2024-10-21";
  it("resolves «الاثنين» against 2024-10-21 to 2024-10-21 (a bare weekday is the latest on or before the anchor)", () => {
    expect(dates("وذكر بقائي في مؤتمر صحفي بالعاصمة طهران، الاثنين، أن إيران تواصل مشاوراتها", A)).toEqual([
      day("الاثنين", "2024-10-21"),
    ]);
  });
  it("resolves «السبت» against 2024-10-21 to 2024-10-19", () => {
    expect(dates("وقال وزير الخارجية الإيراني، السبت، إن بلاده مستعدة لكل السيناريوهات", A)).toEqual([
      day("السبت", "2024-10-19"),
    ]);
  });
  it("reads «عام 2017» as the year 2017", () => {
    expect(dates('يذكر أن اجتماعات "مسار أستانة" بدأت عام 2017 برعاية الدول الضامنة', A)).toEqual([
      ["عام 2017", "2017", "2017-01-01", "2017-12-31", "year"],
    ]);
  });
  it("reads the double month «يناير/كانون الثاني 2024» as 2024-01 and ignores «الجولة الـ 21»", () => {
    expect(dates('وفي يناير/كانون الثاني 2024 عقدت الجولة الـ 21 من اجتماعات "مسار أستانة"', A)).toEqual([
      ["يناير/كانون الثاني 2024", "2024-01", "2024-01-01", "2024-01-31", "month"],
    ]);
  });
  it("resolves «أمس الجمعة» to Friday 2024-10-18, against the article (2024-10-21) and the embedded Saturday report (2024-10-19)", () => {
    const s = "لقائه مع أعضاء من مكتب حماس السياسي في مدينة إسطنبول أمس الجمعة، قائلا";
    expect(dates(s, A)).toEqual([day("أمس الجمعة", "2024-10-18")]);
    expect(dates(s, "2024-10-19")).toEqual([day("أمس الجمعة", "2024-10-18")]);
  });
  it("resolves «مطلع شهر تشرين الأول/ أكتوبر الجاري» to the whole month 2024-10 and ignores «200 صاروخ»", () => {
    expect(
      dates("ومطلع شهر تشرين الأول/ أكتوبر الجاري، شنت إيران هجوما صاروخيا بأكثر من 200 صاروخ باليستي", A),
    ).toEqual([["مطلع شهر تشرين الأول/ أكتوبر الجاري", "2024-10", "2024-10-01", "2024-10-31", "month"]]);
  });
  it("resolves «27 أيلول/ سبتمبر الماضي» to 2024-09-27", () => {
    expect(dates("في غارة إسرائيلية على الضاحية الجنوبية لبيروت في 27 أيلول/ سبتمبر الماضي.", A)).toEqual([
      day("27 أيلول/ سبتمبر الماضي", "2024-09-27"),
    ]);
  });
  it("resolves «نهاية تموز/ يوليو الماضي» to the whole month 2024-07 (late X keeps month precision)", () => {
    expect(dates("خلال زيارة كان يجريها إلى العاصمة الإيرانية طهران، في نهاية تموز/ يوليو الماضي.", A)).toEqual([
      ["نهاية تموز/ يوليو الماضي", "2024-07", "2024-07-01", "2024-07-31", "month"],
    ]);
  });
});

describe("seed 002 (Orient News, anchor Tuesday 2023-01-17)", () => {
  const A = "2023-01-17";
  it("resolves «والخميس الماضي» to 2023-01-12, the span leaving out the conjunction", () => {
    const s = "والخميس الماضي، كشف موقع ميدل إيست آي البريطاني";
    const [m] = resolve(s, A);
    expect(m).toEqual({
      start: 1,
      end: 14,
      text: "الخميس الماضي",
      date: { edtf: "2023-01-12", start: "2023-01-12", end: "2023-01-12", precision: "day" },
      relative: true,
    });
  });
  it("resolves «والخميس أيضاً» (a bare weekday) to 2023-01-12", () => {
    expect(dates("والخميس أيضاً، هاجم بشار الأسد الحكومة التركية", A)).toEqual([day("الخميس", "2023-01-12")]);
  });
  it("resolves «الأسبوع الأخير من يناير/كانون الثاني الجاري» to the last seven days of January 2023", () => {
    expect(dates("إن الاجتماع لن يُعقد قبل الأسبوع الأخير من يناير/كانون الثاني الجاري.", A)).toEqual([
      ["الأسبوع الأخير من يناير/كانون الثاني الجاري", "2023-01-25/2023-01-31", "2023-01-25", "2023-01-31", "range"],
    ]);
  });
  it("resolves «والشهر الماضي» to 2022-12", () => {
    expect(dates("والشهر الماضي، أجرى وزير الدفاع التركي خلوصي أكار", A)).toEqual([
      ["الشهر الماضي", "2022-12", "2022-12-01", "2022-12-31", "month"],
    ]);
  });
  it("reads «منذ عام 2011» as the year 2011", () => {
    expect(dates("أعلى مستوى للمحادثات بين تركيا ونظام أسد منذ عام 2011.", A)).toEqual([
      ["عام 2011", "2011", "2011-01-01", "2011-12-31", "year"],
    ]);
  });
  it("treats «المستمرة في سوريا منذ 11 عاماً» as a duration: no date, no year 11", () => {
    expect(dates("اتخذت خطوات مهمة لوقف الحرب المستمرة في سوريا منذ 11 عاماً.", A)).toEqual([]);
  });
});

describe("seed 003 (Snack Syrian, anchor Tuesday 2022-07-19)", () => {
  const A = "2022-07-19";
  it("resolves «قمة اليوم» to 2022-07-19", () => {
    expect(dates("يجب إعادة التقييم والتفعيل لمسار أستانا في قمة اليوم.", A)).toEqual([day("اليوم", "2022-07-19")]);
  });
  it("resolves the future «سيصل ليل الثلاثاء» to the anchor itself, a Tuesday", () => {
    expect(dates("أن وزير الخارجية السوري فيصل المقداد سيصل ليل الثلاثاء ليشارك", A)).toEqual([
      day("ليل الثلاثاء", "2022-07-19"),
    ]);
  });
  it("resolves «غداً» to 2022-07-20, keeping the tanween in the span", () => {
    expect(dates("إيران تعلن أن المقداد سيحضر اجتماع أستانا في طهران غداً", A)).toEqual([day("غداً", "2022-07-20")]);
  });
});

describe("seed 004 (Asr-e Torkiyeh, anchor Monday 2024-12-02)", () => {
  const A = "2024-12-02";
  it("resolves «مقارن ظهر امروز» to 2024-12-02", () => {
    expect(dates("پس از گفتگوهای دو جانبه که مقارن ظهر امروز در آنکارا برگزار شد", A)).toEqual([
      day("ظهر امروز", "2024-12-02"),
    ]);
  });
  it("resolves «به زودی» to an approximate range of the following thirty days", () => {
    expect(dates("توافق کردیم که جلسه بعدی روند آستانه به زودی برگزار شود.", A)).toEqual([
      ["به زودی", "2024-12-03~/2025-01-01~", "2024-12-03", "2025-01-01", "approximate"],
    ]);
  });
  it("does not read «۲ کشور» as a date", () => {
    expect(dates("همکاری ۲ کشور ایران و ترکیه در سطح تعاملات دو جانبه رو به جلو است", A)).toEqual([]);
  });
});

describe("absolute Gregorian dates", () => {
  const A = "2024-10-21";
  it("reads the Levantine «آذار» as March: «في 15 آذار 2023» → 2023-03-15", () => {
    expect(dates("وصل الوفد السوري إلى عمّان في 15 آذار 2023 لإجراء محادثات", A)).toEqual([
      day("15 آذار 2023", "2023-03-15"),
    ]);
  });
  it("reads «10 مارس 2023» (Egyptian/Gulf) with its year", () => {
    expect(dates("وقّعت السعودية وإيران اتفاقاً في بكين في 10 مارس 2023", A)).toEqual([day("10 مارس 2023", "2023-03-10")]);
  });
  it("reads the Maghreb «5 جويلية 2022»", () => {
    expect(dates("استقبل الرئيس الجزائري نظيره التونسي يوم 5 جويلية 2022", A)).toEqual([
      day("5 جويلية 2022", "2022-07-05"),
    ]);
  });
  it("reads Arabic-Indic digits: «١٤ أيار ٢٠١٨»", () => {
    expect(dates("نقلت الولايات المتحدة سفارتها إلى القدس في ١٤ أيار ٢٠١٨", A)).toEqual([
      day("١٤ أيار ٢٠١٨", "2018-05-14"),
    ]);
  });
  it("reads Persian Gregorian names and digits: «۲ دسامبر ۲۰۲۴»", () => {
    expect(dates("عراقچی روز ۲ دسامبر ۲۰۲۴ به آنکارا رفت", A)).toEqual([day("۲ دسامبر ۲۰۲۴", "2024-12-02")]);
  });
  it("reads a month and year: «حزيران 2023» and «آوریل ۲۰۲۳»", () => {
    expect(dates("في حزيران 2023 زار الرئيس الإيراني فنزويلا، وفي آوریل ۲۰۲۳ ...", A)).toEqual([
      ["حزيران 2023", "2023-06", "2023-06-01", "2023-06-30", "month"],
      ["آوریل ۲۰۲۳", "2023-04", "2023-04-01", "2023-04-30", "month"],
    ]);
  });
  it("reads the parenthesised double «تشرين الأول (أكتوبر) 2023»", () => {
    expect(dates("بدأت الحرب على غزة في تشرين الأول (أكتوبر) 2023", A)).toEqual([
      ["تشرين الأول (أكتوبر) 2023", "2023-10", "2023-10-01", "2023-10-31", "month"],
    ]);
  });
  it("reads «سال ۲۰۲۴» as a Gregorian year and «2017م» by its era marker", () => {
    expect(dates("در سال ۲۰۲۴ حجم تجارت افزایش یافت؛ وقد تأسس المسار 2017م", A)).toEqual([
      ["سال ۲۰۲۴", "2024", "2024-01-01", "2024-12-31", "year"],
      ["2017م", "2017", "2017-01-01", "2017-12-31", "year"],
    ]);
  });
  it("reads a Solar Hijri numeric date after a conjunction: «و۱۴۰۳/۰۹/۱۲»", () => {
    expect(dates("تاریخ انتشار: و۱۴۰۳/۰۹/۱۲", A)).toEqual([day("۱۴۰۳/۰۹/۱۲", "2024-12-02")]);
  });
  it("reads numeric dates «02/12/2024» (day first) and «2024-12-02»", () => {
    expect(dates("بتاريخ 02/12/2024 ونشر في 2024-12-02", A)).toEqual([
      day("02/12/2024", "2024-12-02"),
      day("2024-12-02", "2024-12-02"),
    ]);
  });
  it("merges a weekday with its explicit date: «الاثنين 21 أكتوبر 2024»", () => {
    expect(dates("عقد المؤتمر الاثنين 21 أكتوبر 2024 في طهران", "2024-10-25")).toEqual([
      day("الاثنين 21 أكتوبر 2024", "2024-10-21"),
    ]);
  });
  it("does not emit invalid dates: «31 فبراير 2024», «عام 0000»", () => {
    expect(dates("في 31 فبراير 2024 وفي عام 0000", A)).toEqual([]);
  });
});

describe("Solar Hijri dates (jalaali-js)", () => {
  const A = "2024-12-02";
  it("converts «۱۲ آذر ۱۴۰۳» to 2024-12-02", () => {
    expect(dates("نشست خبری روز ۱۲ آذر ۱۴۰۳ در آنکارا برگزار شد", A)).toEqual([day("۱۲ آذر ۱۴۰۳", "2024-12-02")]);
  });
  it("converts the month «آذر ۱۴۰۳» to a Gregorian range (it straddles two months)", () => {
    expect(dates("در آذر ۱۴۰۳ وزیر خارجه به ترکیه سفر کرد", A)).toEqual([
      ["آذر ۱۴۰۳", "2024-11-21/2024-12-20", "2024-11-21", "2024-12-20", "range"],
    ]);
  });
  it("reads «آذرماه سال ۱۴۰۲» with the joined «ماه» and «سال» before the year", () => {
    expect(dates("این توافق در آذرماه سال ۱۴۰۲ امضا شد", A)).toEqual([
      ["آذرماه سال ۱۴۰۲", "2023-11-22/2023-12-21", "2023-11-22", "2023-12-21", "range"],
    ]);
  });
  it("converts «سال ۱۴۰۳» to the Solar year as a range", () => {
    expect(dates("بودجه سال ۱۴۰۳ تصویب شد", A)).toEqual([
      ["سال ۱۴۰۳", "2024-03-20/2025-03-20", "2024-03-20", "2025-03-20", "range"],
    ]);
  });
  it("resolves a month without a year to the latest such month not after the anchor: «مهر ماه», «اسفند»", () => {
    expect(dates("مذاکرات در مهر ماه آغاز شد و در اسفند ادامه یافت", A)).toEqual([
      ["مهر ماه", "2024-09-22/2024-10-21", "2024-09-22", "2024-10-21", "range"],
      ["اسفند", "2024-02-20/2024-03-19", "2024-02-20", "2024-03-19", "range"],
    ]);
  });
  it("resolves the current Solar month «آذر» to itself (the anchor 2024-12-02 is 12 Azar)", () => {
    expect(dates("این دیدار در اوایل آذر انجام شد", A)).toEqual([
      ["اوایل آذر", "2024-11-21/2024-12-20", "2024-11-21", "2024-12-20", "range"],
    ]);
  });
  it("keeps ambiguous Persian months apart from words: «تیر» arrow, «مه» fog, «آب» water, «مهر» seal", () => {
    expect(dates("شلیک تیر هوایی در مه غلیظ؛ آب و برق قطع شد و مهر وزارت خانه زده شد", A)).toEqual([]);
  });
  it("accepts an ambiguous month with a day or a part word: «۵ تیر ۱۴۰۳», «اواخر تیر»", () => {
    expect(dates("در ۵ تیر ۱۴۰۳ و اواخر تیر", A)).toEqual([
      day("۵ تیر ۱۴۰۳", "2024-06-25"),
      ["اواخر تیر", "2024-06-21/2024-07-21", "2024-06-21", "2024-07-21", "range"],
    ]);
  });
});

describe("Hijri lunar dates (Umm al-Qura)", () => {
  const A = "2024-10-21";
  it("converts «15 رمضان 1445» to 2024-03-25", () => {
    expect(dates("أعلنت الرياض في 15 رمضان 1445 عن المبادرة", A)).toEqual([day("15 رمضان 1445", "2024-03-25")]);
  });
  it("converts «رمضان 1445 هـ» to the month as a Gregorian range", () => {
    expect(dates("خلال شهر رمضان 1445 هـ تراجعت الاشتباكات", A)).toEqual([
      ["شهر رمضان 1445 هـ", "2024-03-11/2024-04-09", "2024-03-11", "2024-04-09", "range"],
    ]);
  });
  it("does not read the name «رجب طيب أردوغان» or «رمضان قديروف» as months", () => {
    expect(dates("التقى رجب طيب أردوغان برمضان قديروف", A)).toEqual([]);
  });
});

describe("months and periods relative to the anchor", () => {
  it("resolves «في يوليو الماضي» to the latest July strictly before the anchor", () => {
    expect(dates("في يوليو الماضي", "2024-10-21")).toEqual([["يوليو الماضي", "2024-07", "2024-07-01", "2024-07-31", "month"]]);
    expect(dates("في يوليو الماضي", "2024-07-15")).toEqual([["يوليو الماضي", "2023-07", "2023-07-01", "2023-07-31", "month"]]);
  });
  it("resolves «أواخر تموز/يوليو الماضي» to 2024-07 against 2024-10-21", () => {
    expect(dates("اغتيل هنية أواخر تموز/يوليو الماضي", "2024-10-21")).toEqual([
      ["أواخر تموز/يوليو الماضي", "2024-07", "2024-07-01", "2024-07-31", "month"],
    ]);
  });
  it("resolves a bare month in a past report to the latest such month, in a future one to the next", () => {
    expect(dates("التقى الوزيران في يونيو", "2024-10-21")).toEqual([["يونيو", "2024-06", "2024-06-01", "2024-06-30", "month"]]);
    expect(dates("ستعقد القمة المقبلة في يونيو", "2024-10-21")).toEqual([["يونيو", "2025-06", "2025-06-01", "2025-06-30", "month"]]);
  });
  it("resolves «الشهر الجاري», «هذا الشهر», «الشهر المقبل» against 2024-10-21", () => {
    expect(dates("الشهر الجاري؛ هذا الشهر؛ الشهر المقبل", "2024-10-21")).toEqual([
      ["الشهر الجاري", "2024-10", "2024-10-01", "2024-10-31", "month"],
      ["هذا الشهر", "2024-10", "2024-10-01", "2024-10-31", "month"],
      ["الشهر المقبل", "2024-11", "2024-11-01", "2024-11-30", "month"],
    ]);
  });
  it("resolves Persian «ماه گذشته», «این ماه», «ماه آینده» as Solar Hijri months (Aban, Azar, Dey 1403)", () => {
    expect(dates("ماه گذشته؛ این ماه؛ ماه آینده", "2024-12-02")).toEqual([
      ["ماه گذشته", "2024-10-22/2024-11-20", "2024-10-22", "2024-11-20", "range"],
      ["این ماه", "2024-11-21/2024-12-20", "2024-11-21", "2024-12-20", "range"],
      ["ماه آینده", "2024-12-21/2025-01-19", "2024-12-21", "2025-01-19", "range"],
    ]);
  });
  it("resolves Arabic years «العام الماضي», «العام الجاري», «السنة المقبلة» as Gregorian years", () => {
    expect(dates("العام الماضي؛ العام الجاري؛ السنة المقبلة", "2024-10-21")).toEqual([
      ["العام الماضي", "2023", "2023-01-01", "2023-12-31", "year"],
      ["العام الجاري", "2024", "2024-01-01", "2024-12-31", "year"],
      ["السنة المقبلة", "2025", "2025-01-01", "2025-12-31", "year"],
    ]);
  });
  it("resolves Persian «پارسال», «امسال», «سال آینده» as Solar Hijri years", () => {
    expect(dates("پارسال؛ امسال؛ سال آینده", "2024-12-02")).toEqual([
      ["پارسال", "2023-03-21/2024-03-19", "2023-03-21", "2024-03-19", "range"],
      ["امسال", "2024-03-20/2025-03-20", "2024-03-20", "2025-03-20", "range"],
      ["سال آینده", "2025-03-21/2026-03-20", "2025-03-21", "2026-03-20", "range"],
    ]);
  });
  it("resolves «الأسبوع الماضي» to the previous ISO week (Monday–Sunday)", () => {
    expect(dates("زار الوفد أنقرة الأسبوع الماضي", "2024-10-23")).toEqual([
      ["الأسبوع الماضي", "2024-10-14/2024-10-20", "2024-10-14", "2024-10-20", "range"],
    ]);
  });
  it("resolves «هفته گذشته» to the previous Iranian week (Saturday–Friday)", () => {
    expect(dates("هیئت ایرانی هفته گذشته به مسکو رفت", "2024-12-02")).toEqual([
      ["هفته گذشته", "2024-11-23/2024-11-29", "2024-11-23", "2024-11-29", "range"],
    ]);
  });
  it("keeps the whole year for «أواخر العام الماضي»", () => {
    expect(dates("توترت العلاقات أواخر العام الماضي", "2024-10-21")).toEqual([
      ["أواخر العام الماضي", "2023", "2023-01-01", "2023-12-31", "year"],
    ]);
  });
  it("does not read «الأمين العام السابق» or «والمدعي العام الحالي» as years", () => {
    expect(dates("قال الأمين العام السابق للجامعة العربية، والمدعي العام الحالي", "2024-10-21")).toEqual([]);
  });
  it("reads «سال ۲۰۱۱ تا ۲۰۱۵» and «سالهای ۱۳۹۰ تا ۱۴۰۰» as two ranges, not one", () => {
    expect(dates("از سال ۲۰۱۱ تا ۲۰۱۵ و سالهای ۱۳۹۰ تا ۱۴۰۰", "2024-12-02")).toEqual([
      ["از سال ۲۰۱۱ تا ۲۰۱۵", "2011/2015", "2011-01-01", "2015-12-31", "range"],
      ["سالهای ۱۳۹۰ تا ۱۴۰۰", "2011-03-21/2022-03-20", "2011-03-21", "2022-03-20", "range"],
    ]);
  });
  it("reads «مارس الماضي» but not the verb «مارس ضغوطاً»", () => {
    expect(dates("مارس ضغوطاً على دمشق منذ مارس الماضي", "2024-10-21")).toEqual([
      ["مارس الماضي", "2024-03", "2024-03-01", "2024-03-31", "month"],
    ]);
  });
});

describe("days relative to the anchor", () => {
  const A = "2024-10-21";
  it("resolves «أمس», «مساء أمس», «أول أمس», «صباح اليوم», «بعد غد»", () => {
    expect(dates("أمس؛ مساء أمس؛ أول أمس؛ صباح اليوم؛ بعد غد", A)).toEqual([
      day("أمس", "2024-10-20"),
      day("مساء أمس", "2024-10-20"),
      day("أول أمس", "2024-10-19"),
      day("صباح اليوم", "2024-10-21"),
      day("بعد غد", "2024-10-23"),
    ]);
  });
  it("resolves Persian «دیروز», «پریروز», «فردا», «روز گذشته», «امروز صبح»", () => {
    expect(dates("دیروز؛ پریروز؛ فردا؛ روز گذشته؛ امروز صبح", "2024-12-02")).toEqual([
      day("دیروز", "2024-12-01"),
      day("پریروز", "2024-11-30"),
      day("فردا", "2024-12-03"),
      day("روز گذشته", "2024-12-01"),
      day("امروز صبح", "2024-12-02"),
    ]);
  });
  it("does not read «حتى اليوم», «اليوم التالي», «روسيا اليوم», «رادیو فردا», «لامس», «أمسية» as days", () => {
    expect(dates("مستمرة حتى اليوم، وفي اليوم التالي نقلت روسيا اليوم، ولامس الأمسية وأمسية؛ رادیو فردا", A)).toEqual([]);
  });
  it("does not read «كلا الاثنين» / «بين الاثنين» (the two) as Monday", () => {
    expect(dates("اتفق كلا الاثنين على الهدنة، والخلاف بين الاثنين قائم", A)).toEqual([]);
  });
  it("resolves «السبت الماضي» to 2024-10-19 and «الاثنين المقبل» to 2024-10-28 against Monday 2024-10-21", () => {
    expect(dates("السبت الماضي؛ الاثنين المقبل", A)).toEqual([
      day("السبت الماضي", "2024-10-19"),
      day("الاثنين المقبل", "2024-10-28"),
    ]);
  });
  it("resolves «دوشنبه گذشته» and «شنبه آینده» against Monday 2024-12-02", () => {
    expect(dates("دوشنبه گذشته؛ شنبه آینده", "2024-12-02")).toEqual([
      day("دوشنبه گذشته", "2024-11-25"),
      day("شنبه آینده", "2024-12-07"),
    ]);
  });
  it("resolves a weekday of a named week: «دوشنبه هفته آینده», «الأحد من الأسبوع المقبل»", () => {
    expect(dates("روز دوشنبه هفته آینده", "2024-12-02")).toEqual([day("روز دوشنبه هفته آینده", "2024-12-09")]);
    expect(dates("يوم الأحد من الأسبوع المقبل", "2024-10-23")).toEqual([day("يوم الأحد من الأسبوع المقبل", "2024-11-03")]);
  });
  it("reads a planned bare weekday as the next one: «من المقرر أن يزور الوزير أنقرة الخميس» → 2024-10-24", () => {
    expect(dates("ومن المقرر أن يزور الوزير أنقرة الخميس", A)).toEqual([day("الخميس", "2024-10-24")]);
  });
  it("reads a Persian future clause «چهارشنبه … برگزار خواهد شد» as the next Wednesday", () => {
    expect(dates("نشست بعدی روز چهارشنبه در تهران برگزار خواهد شد", "2024-12-02")).toEqual([
      day("روز چهارشنبه", "2024-12-04"),
    ]);
  });
  it("keeps a said-on weekday in the past when the future verb comes after it: «قال الأحد إنه سيزور»", () => {
    expect(dates("قال الوزير الأحد إنه سيزور دمشق", A)).toEqual([day("الأحد", "2024-10-20")]);
  });
  it("does not take «سياسة» or «سنوات» before a weekday for a future verb", () => {
    expect(dates("ناقش سياسة الجوار الأربعاء", A)).toEqual([day("الأربعاء", "2024-10-16")]);
  });
  it("resolves «اليوم الاثنين» and «غداً الثلاثاء» by the weekday", () => {
    expect(dates("اليوم الاثنين وغداً الثلاثاء", A)).toEqual([
      day("اليوم الاثنين", "2024-10-21"),
      day("غداً الثلاثاء", "2024-10-22"),
    ]);
  });
});

describe("distances and vague windows", () => {
  const A = "2024-10-21";
  it("resolves «قبل 3 أيام», «منذ يومين», «۳ روز پیش» to exact days", () => {
    expect(dates("قبل 3 أيام؛ منذ يومين؛ ۳ روز پیش", A)).toEqual([
      day("قبل 3 أيام", "2024-10-18"),
      day("منذ يومين", "2024-10-19"),
      day("۳ روز پیش", "2024-10-18"),
    ]);
  });
  it("makes coarse distances approximate at their grain: weeks, months, years", () => {
    expect(dates("قبل أسبوعين؛ قبل ثلاثة أشهر؛ منذ سنة؛ دو سال پیش", A)).toEqual([
      ["قبل أسبوعين", "2024-10-07~", "2024-10-04", "2024-10-10", "approximate"],
      ["قبل ثلاثة أشهر", "2024-07~", "2024-07-01", "2024-07-31", "approximate"],
      ["منذ سنة", "2023~", "2023-01-01", "2023-12-31", "approximate"],
      ["دو سال پیش", "2022~", "2022-01-01", "2022-12-31", "approximate"],
    ]);
  });
  it("ignores «بعد يومين من» (after another event) and «منذ سنوات» (no count)", () => {
    expect(dates("وصل بعد يومين من الهجوم، والأزمة قائمة منذ سنوات", A)).toEqual([]);
  });
  it("resolves «في الأيام المقبلة» and «در روزهای آینده» to approximate ranges after the anchor", () => {
    expect(dates("في الأيام المقبلة؛ در روزهای آینده", A)).toEqual([
      ["الأيام المقبلة", "2024-10-22~/2024-11-04~", "2024-10-22", "2024-11-04", "approximate"],
      ["روزهای آینده", "2024-10-22~/2024-11-04~", "2024-10-22", "2024-11-04", "approximate"],
    ]);
  });
});

describe("ranges", () => {
  it("reads «من 10 إلى 12 يناير 2024» as a day range", () => {
    expect(dates("تعقد المحادثات من 10 إلى 12 يناير 2024 في جنيف", "2024-01-02")).toEqual([
      ["من 10 إلى 12 يناير 2024", "2024-01-10/2024-01-12", "2024-01-10", "2024-01-12", "range"],
    ]);
  });
  it("reads «بين 10-12 كانون الثاني» with the year inferred from the anchor", () => {
    expect(dates("عقدت الجولة بين 10-12 كانون الثاني", "2024-02-05")).toEqual([
      ["بين 10-12 كانون الثاني", "2024-01-10/2024-01-12", "2024-01-10", "2024-01-12", "range"],
    ]);
  });
  it("reads «من 30 يناير إلى 2 فبراير 2024» across two months", () => {
    expect(dates("من 30 يناير إلى 2 فبراير 2024", "2024-03-01")).toEqual([
      ["من 30 يناير إلى 2 فبراير 2024", "2024-01-30/2024-02-02", "2024-01-30", "2024-02-02", "range"],
    ]);
  });
  it("reads «بين عامي 2011 و2015» as a year range", () => {
    expect(dates("تضاعف حجم التبادل بين عامي 2011 و2015", "2024-10-21")).toEqual([
      ["بين عامي 2011 و2015", "2011/2015", "2011-01-01", "2015-12-31", "range"],
    ]);
  });
  it("reads «از ۱۰ تا ۱۲ آذر ۱۴۰۳» as a Solar Hijri day range", () => {
    expect(dates("نمایشگاه از ۱۰ تا ۱۲ آذر ۱۴۰۳ برگزار شد", "2024-12-02")).toEqual([
      ["از ۱۰ تا ۱۲ آذر ۱۴۰۳", "2024-11-30/2024-12-02", "2024-11-30", "2024-12-02", "range"],
    ]);
  });
  it("reads «من 10 يناير 2024 إلى 12 فبراير 2024» by combining two full dates", () => {
    expect(dates("من 10 يناير 2024 إلى 12 فبراير 2024", "2024-10-21")).toEqual([
      ["من 10 يناير 2024 إلى 12 فبراير 2024", "2024-01-10/2024-02-12", "2024-01-10", "2024-02-12", "range"],
    ]);
  });
});

describe("anchors and output shape", () => {
  it("drops relative mentions when the anchor is unusable and keeps absolute ones", () => {
    expect(dates("أمس، وفي عام 2017", "")).toEqual([["عام 2017", "2017", "2017-01-01", "2017-12-31", "year"]]);
  });
  it("keeps a date imprecise when the anchor is only a month: «الشهر الماضي» → 2024-09, «أمس» → a range", () => {
    expect(dates("الشهر الماضي؛ أمس", "2024-10")).toEqual([
      ["الشهر الماضي", "2024-09", "2024-09-01", "2024-09-30", "month"],
      ["أمس", "2024-09-30/2024-10-30", "2024-09-30", "2024-10-30", "range"],
    ]);
  });
  it("returns mentions sorted, non-overlapping, with offsets into the original text and a relative flag", () => {
    const text = "قال الوزير، الأحد، إنه زار دمشق في ٥ أيار ٢٠٢٣ ثم أمس.";
    const out = resolve(text, "2024-10-21");
    expect(out.map((m) => [m.start, m.end, text.slice(m.start, m.end), m.relative])).toEqual([
      [12, 17, "الأحد", true],
      [35, 46, "٥ أيار ٢٠٢٣", false],
      [50, 53, "أمس", true],
    ]);
    expect(resolve(text, "2024-10-21")).toEqual(out);
  });
});

describe("the day of the month in words («السادس من نيسان», «بیست و دوم بهمن»)", () => {
  it("reads Arabic ordinal days before a month, with or without a year", () => {
    expect(dates("وفي السادس من نيسان/أبريل، التقى الوزيران في بكين", "2023-04-20")).toEqual([day("السادس من نيسان/أبريل", "2023-04-06")]);
    expect(dates("التقى الرئيسان في الحادي والعشرين من آذار/مارس 2023 في موسكو", "2023-05-01")).toEqual([
      day("الحادي والعشرين من آذار/مارس 2023", "2023-03-21"),
    ]);
    expect(dates("وقعت الهجمات في الحادي عشر من سبتمبر 2001", "2023-03-01")).toEqual([day("الحادي عشر من سبتمبر 2001", "2001-09-11")]);
    expect(dates("وقتل في الثالث من كانون الثاني/يناير 2020 بغارة أمريكية", "2023-03-01")).toEqual([
      day("الثالث من كانون الثاني/يناير 2020", "2020-01-03"),
    ]);
  });

  it("reads the tens in both cases, the «و» apart, and Hijri months", () => {
    expect(dates("وصل الوفد في الخامس و العشرين من أيار", "2024-06-10")).toEqual([day("الخامس و العشرين من أيار", "2024-05-25")]);
    expect(dates("وانتهت المحادثات الحادي والثلاثون من كانون الأول 2023", "2024-06-10")).toEqual([day("الحادي والثلاثون من كانون الأول 2023", "2023-12-31")]);
    expect(dates("أحيا المشاركون ذكرى العاشر من محرم", "2024-07-20")).toEqual([day("العاشر من محرم", "2024-07-16")]);
  });

  it("reads Persian ordinal days, in the solar calendar", () => {
    expect(dates("انقلاب در بیست و دوم بهمن ۱۳۵۷ به پیروزی رسید", "2024-01-01")).toEqual([day("بیست و دوم بهمن ۱۳۵۷", "1979-02-11")]);
    expect(dates("این دیدار در سی‌ام آذر برگزار شد", "2024-12-25")).toEqual([day("سی‌ام آذر", "2024-12-20")]);
    expect(dates("وزیر در چهاردهم خرداد سخنرانی کرد", "2024-06-10")).toEqual([day("چهاردهم خرداد", "2024-06-03")]);
  });

  it("leaves an ordinal that belongs to the noun before it, or to a month's name, and an impossible day", () => {
    expect(dates("في النصف الأول من مارس 2024", "2024-06-10")).toEqual([["مارس 2024", "2024-03", "2024-03-01", "2024-03-31", "month"]]);
    expect(dates("خلال الأسبوع الثاني من مارس", "2024-06-10")).toEqual([["الأسبوع الثاني من مارس", "2024-03-08/2024-03-14", "2024-03-08", "2024-03-14", "range"]]);
    expect(dates("في كانون الثاني يناير 2024", "2024-06-10").map((d) => d[4])).toEqual(["month", "month"]);
    expect(dates("در هفته اول آذر", "2024-12-20")).toEqual([["هفته اول آذر", "2024-11-21/2024-11-27", "2024-11-21", "2024-11-27", "range"]]);
    expect(dates("المؤتمر الثاني من نوعه في المنطقة", "2024-06-10")).toEqual([]);
    expect(dates("وفي الثلاثين من فبراير", "2024-06-10")).toEqual([]);
  });
});

describe("a weekday before a day of a month without its year, and a day of a relative month", () => {
  const A = "2023-05-28";

  it("reads «روز پنجشنبه ۲۸ اردیبهشت» and «الخميس 18 أيار» as that day, not as the last Thursday", () => {
    expect(dates("روز پنجشنبه ۲۸ اردیبهشت در سفر به سیستان", A)).toEqual([day("پنجشنبه ۲۸ اردیبهشت", "2023-05-18")]);
    expect(dates("وصل الخميس 18 أيار إلى جدة", A)).toEqual([day("الخميس 18 أيار", "2023-05-18")]);
  });

  it("reads «التاسع من الشهر الجاري» and «12 من الشهر الماضي» in the month they name", () => {
    expect(dates("وفي التاسع من الشهر الجاري أعلنت", A)).toEqual([day("التاسع من الشهر الجاري", "2023-05-09")]);
    expect(dates("في 12 من الشهر الماضي", A)).toEqual([day("12 من الشهر الماضي", "2023-04-12")]);
  });

  it("gives no date for a day the month does not have («الحادي والثلاثين من الشهر الماضي», April)", () => {
    expect(dates("في الحادي والثلاثين من الشهر الماضي", A)).toEqual([]);
  });
});

describe("Persian «دوشنبه»: Monday, or Dushanbe (anchor Thursday 2024-09-12)", () => {
  const A = "2024-09-12";
  it("is Monday after «روز» or before «گذشته»", () => {
    expect(dates("وزیر روز دوشنبه به تهران بازگشت", A)).toEqual([day("روز دوشنبه", "2024-09-09")]);
    expect(dates("دوشنبه گذشته نشست برگزار شد", A)).toEqual([["دوشنبه گذشته", "2024-09-09", "2024-09-09", "2024-09-09", "day"]]);
  });
  it("is no date after «وارد / به / در» or before «، پایتخت» and «را»", () => {
    expect(dates("وزیر وارد دوشنبه شد", A)).toEqual([]);
    expect(dates("اجلاس سران در دوشنبه، پایتخت تاجیکستان برگزار شد", A)).toEqual([]);
    expect(dates("او فردا دوشنبه را ترک می‌کند", A)).toEqual([day("فردا", "2024-09-13")]);
  });
});

describe("Arabic words that fold to a Persian month name", () => {
  it("reads no February in «خطوات فورية» (it folds to Persian «فوریه»), and still reads «۱۲ فوریه ۲۰۲۴»", () => {
    expect(dates("طالبت الكويت العراق باتخاذ خطوات جادة وفورية لمعالجة التداعيات", "2023-09-18")).toEqual([]);
    expect(dates("وزیر خارجه در ۱۲ فوریه ۲۰۲۴ به دمشق سفر کرد", "2024-03-18")).toEqual([day("۱۲ فوریه ۲۰۲۴", "2024-02-12")]);
  });
});

describe("the past N years is a span, not last year", () => {
  it("reads no date in «در حدود ۱۲ سال گذشته» or «خلال 10 سنوات الماضية», and «سال گذشته» alone as last year", () => {
    expect(dates("این نخستین سفر یک وزیر خارجه ایران به مصر در حدود ۱۲ سال گذشته بود", "2024-12-19")).toEqual([]);
    expect(dates("وهي الزيارة الأولى من نوعها خلال 10 سنوات الماضية", "2024-12-19")).toEqual([]);
    expect(dates("سال گذشته به مصر سفر کرد", "2024-12-19").map((d) => d[1])).toEqual(["2023-03-21/2024-03-19"]);
  });
});

describe("Persian «دوشنبه» in a dateline and after a building (anchor Thursday 2025-01-16)", () => {
  const A = "2025-01-16";
  it("is the city before a news agency («دوشنبه- ایرنا-») and after a named building («کاخ ملت دوشنبه»)", () => {
    expect(dates("دوشنبه- ایرنا- سه سند همکاری امروز امضا شد", A).map((d) => d[0])).toEqual(["امروز"]);
    expect(dates("دو رئیس‌جمهور روز پنجشنبه در کاخ ملت دوشنبه دیدار کردند", A)).toEqual([day("روز پنجشنبه", "2025-01-16")]);
  });
  it("is still Monday after «روز» beside a building («در کاخ سعدآباد، روز دوشنبه»)", () => {
    expect(dates("هیئت‌ها در کاخ سعدآباد، روز دوشنبه دیدار کردند", A)).toEqual([day("روز دوشنبه", "2025-01-13")]);
  });
});

describe("seasons (anchor Saturday 2025-10-11, autumn of both calendars' years)", () => {
  const A = "2025-10-11";
  it("reads an Arabic season of a year as its three months, approximately, the season word inside the span (so that «منذ» stands right before it)", () => {
    expect(dates("وهو الأول بين الرجلين منذ خريف العام الماضي، والتقيا في صيف عام 2024 ثم في ربيع 2023", A)).toEqual([
      ["خريف العام الماضي", "2024-09-01~/2024-11-30~", "2024-09-01", "2024-11-30", "approximate"],
      ["صيف عام 2024", "2024-06-01~/2024-08-31~", "2024-06-01", "2024-08-31", "approximate"],
      ["ربيع 2023", "2023-03-01~/2023-05-31~", "2023-03-01", "2023-05-31", "approximate"],
    ]);
  });
  it("reads «هذا الصيف», «الشتاء الماضي» and «الربيع المقبل» as this year's, the last one before the day and the next after it", () => {
    expect(dates("هذا الصيف عادت الأزمة، والشتاء الماضي كان أقسى، وفي الربيع المقبل", A).map(([text, edtf]) => [text, edtf])).toEqual([
      ["هذا الصيف", "2025-06-01~/2025-08-31~"],
      ["الشتاء الماضي", "2024-12-01~/2025-02-28~"],
      ["الربيع المقبل", "2026-03-01~/2026-05-31~"],
    ]);
  });
  it("reads a Persian season as a quarter of the Solar Hijri year, exactly: «پاییز گذشته» in autumn is last year's", () => {
    expect(dates("از پاییز گذشته و در بهار امسال و تابستان سال گذشته و زمستان ۱۴۰۲", A).map(([text, edtf, , , precision]) => [text, edtf, precision])).toEqual([
      ["پاییز گذشته", "2024-09-22/2024-12-20", "range"],
      ["بهار امسال", "2025-03-21/2025-06-21", "range"],
      ["تابستان سال گذشته", "2024-06-21/2024-09-21", "range"],
      ["زمستان ۱۴۰۲", "2023-12-22/2024-03-19", "range"],
    ]);
  });
  it("reads no season in «ربيع الأول» (a Hijri month) nor in «الربيع العربي»", () => {
    expect(dates("في شهر ربيع الأول 1445، بعد سنوات من الربيع العربي", A).map(([text]) => text)).toEqual(["شهر ربيع الأول 1445"]);
  });
});

describe("the first day of a month as the Maghreb and the Hijri calendar name it", () => {
  it("reads «فاتح يناير 2024», «فاتح دجنبر» and «غرة رمضان 1443» as the month's first day", () => {
    expect(dates("ويعود أصل الأزمة إلى فاتح يناير 2024، وانتهت في فاتح دجنبر، بعد هدنة بدأت في غرة رمضان 1443", "2024-12-12").map(([text, edtf]) => [text, edtf])).toEqual([
      ["فاتح يناير 2024", "2024-01-01"],
      ["فاتح دجنبر", "2024-12-01"],
      ["غرة رمضان 1443", "2022-04-02"],
    ]);
  });
});
