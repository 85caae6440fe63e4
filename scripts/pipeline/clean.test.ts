import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cleanArticle } from "./clean.ts";

const seed = (f: string) => readFileSync(new URL(`../../seeds/${f}.txt`, import.meta.url), "utf8");
const kinds = (r: ReturnType<typeof cleanArticle>) => r.removed.map((b) => b.kind);

describe("cleanArticle", () => {
  it("drops rows of share buttons, whatever platforms they list, and keeps a sentence that names one", () => {
    const body = "وقال الوزير في تصريح صحفي اليوم إن المحادثات كانت بناءة ومثمرة، وإن الجانبين اتفقا على مواصلة التشاور خلال الأسابيع المقبلة.";
    const raw = [
      "عنوان الخبر",
      body,
      "وكتب الوزير على تويتر أن بلاده ترحب بالاتفاق وتدعو إلى تنفيذه كاملا دون تأخير أو شروط مسبقة من أي طرف.",
      "شارك الخبر: واتساب | تويتر | فيسبوك | البريد الإلكتروني",
      "اشتراک‌گذاری: تلگرام | ایتا | بله | ایکس",
      "لینک کوتاه | اشتراک گذاری در: تلگرام ، واتساپ ، ایکس",
      // (rows of buttons with no label)
      "فيسبوك   تويتر   واتساب   تلغرام   نسخ الرابط",
      "تلگرام | ایتا | بله | ایکس | کپی لینک",
    ].join("\n\n");
    const r = cleanArticle(raw);
    expect(r.text).toContain("على تويتر");
    expect(r.text).not.toContain("واتساب");
    expect(r.text).not.toContain("تلگرام");
    expect(r.removed.filter((b) => b.kind === "navigation")).toHaveLength(5);
  });
  it("keeps an «إقرأ أيضاً» block that carries a second report as a related-report section (seed 000)", () => {
    const r = cleanArticle(seed("000_eeef0678e201c693"), ["سرايا"]);
    expect(r.sections.map((s) => s.kind)).toEqual(["body", "related-report"]);
    const related = r.text.slice(r.sections[1]!.start, r.sections[1]!.end);
    expect(related.startsWith("وزيرا خارجية إيران وتركيا يحذران")).toBe(true);
    expect(related).toContain("أمس الجمعة");
    expect(r.text).not.toContain("مقالات مشابهة");
    expect(r.text).not.toContain("بيان عاجل لـ إيران");
    expect(kinds(r)).toEqual(expect.arrayContaining(["source-line", "tags", "related-report", "related-headlines"]));
  });
  it("removes a repeated title and the reader comments with everything after them (seed 002)", () => {
    const r = cleanArticle(seed("002_7b6e2cec56946d6c"));
    expect(r.title).toBe("ماذا قال وزيرا خارجية إيران وتركيا حول التقارب بين أنقرة ونظام أسد؟");
    expect(kinds(r)).toContain("title-repeat");
    expect(kinds(r)).toContain("comments");
    expect(r.text).not.toContain("المجوس");
    expect(r.text).not.toContain("الأكثر قراءة");
  });
  it("drops a glued navigation crumb, the byline of the outlet and a back-to-top button (seed 003)", () => {
    const r = cleanArticle(seed("003_009de1a4e7ca2b42"), ["سناك سوري"]);
    expect(r.removed.find((b) => b.kind === "navigation")?.text).toBe("أخر الأخبارالرئيسيةتقارير");
    expect(r.text).not.toContain("زر الذهاب");
    expect(r.text).not.toContain("سناك سوري _ متابعات");
    expect(r.removed.find((b) => b.text.startsWith("اقرأ أيضاً:"))?.kind).toBe("related-headlines");
  });
  it("takes a «… | … | …» headline block as the title and drops a Persian tag list (seed 001)", () => {
    const r = cleanArticle(seed("001_bb1f0f209f3694d5"));
    expect(r.sections[0]!.kind).toBe("title");
    expect(r.text).not.toContain("برچسب");
    expect(r.text).not.toContain("(#)");
  });
  it("removes a paragraph that a page repeats (seed 004's lead)", () => {
    const r = cleanArticle(seed("004_ca222840752e4fe1"));
    expect(kinds(r)).toEqual(["duplicate-paragraph"]);
    expect(r.text.split("گروههای تروریستی فعال در سوریه ارتباط نزدیکی با آمریکا دارند").length).toBe(2);
  });
  it("recognises Persian «بیشتر بخوانید» with a headline on the same line as a link, not a report", () => {
    const page = "عنوان خبر\n\nمتن کامل خبر درباره دیدار وزیران خارجه ایران و عربستان که امروز در ریاض برگزار شد و دو طرف بر گسترش روابط تاکید کردند.\nبیشتر بخوانید: سفر وزیر خارجه به دوحه\nنظرات\nکاربر: عالی بود";
    const r = cleanArticle(page);
    expect(kinds(r)).toEqual(["related-headlines", "comments"]);
    expect(r.text).toContain("ریاض");
    expect(r.text).not.toContain("دوحه");
  });
});
