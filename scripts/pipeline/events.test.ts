import { describe, expect, it } from "vitest";
import type { ActorKind, Article, EventDate, Lang } from "../../src/contract/schema.ts";
import { TRIGGER_FAMILIES } from "../lexicon/triggers.ts";
import { compileTriggers, createEventExtractor } from "./events.ts";
import { segmentSentences } from "./segment.ts";
import type { ActorMention, DateMention, ExtractedEvent, MentionVia } from "./types.ts";

/** A small gazetteer: kind and country of every id the tests use. */
const ACTORS: Record<string, { kind: ActorKind; country?: string }> = {
  IRN: { kind: "state" }, TUR: { kind: "state" }, SYR: { kind: "state" }, RUS: { kind: "state" }, ISR: { kind: "state" },
  SAU: { kind: "state" }, QAT: { kind: "state" }, EGY: { kind: "state" }, UKR: { kind: "state" }, USA: { kind: "state" },
  LBN: { kind: "state" }, PSE: { kind: "state" }, GBR: { kind: "state" }, PAK: { kind: "state" }, CHE: { kind: "state" },
  "hakan-fidan": { kind: "person", country: "TUR" },
  "abbas-araghchi": { kind: "person", country: "IRN" },
  "recep-tayyip-erdogan": { kind: "person", country: "TUR" },
  "ebrahim-raisi": { kind: "person", country: "IRN" },
  "ali-khamenei": { kind: "person", country: "IRN" },
  "bashar-al-assad": { kind: "person", country: "SYR" },
  "esmaeil-baghaei": { kind: "person", country: "IRN" },
  "faisal-bin-farhan": { kind: "person", country: "SAU" },
  "sameh-shoukry": { kind: "person", country: "EGY" },
  "abdel-fattah-el-sisi": { kind: "person", country: "EGY" },
  "sergei-lavrov": { kind: "person", country: "RUS" },
  "joe-biden": { kind: "person", country: "USA" },
  "najib-mikati": { kind: "person", country: "LBN" },
  "mohammed-bin-salman": { kind: "person", country: "SAU" },
  "jasem-albudaiwi": { kind: "person" },
  gcc: { kind: "organisation" },
  "european-union": { kind: "organisation" },
  CHN: { kind: "state" },
  IRQ: { kind: "state" },
  pkk: { kind: "group" },
  KWT: { kind: "state" },
  hamas: { kind: "organisation", country: "PSE" },
  hezbollah: { kind: "organisation", country: "LBN" },
  "astana-process": { kind: "organisation" },
  anadolu: { kind: "outlet", country: "TUR" },
  isna: { kind: "outlet", country: "IRN" },
  ankara: { kind: "place", country: "TUR" },
  istanbul: { kind: "place", country: "TUR" },
  doha: { kind: "place", country: "QAT" },
  beirut: { kind: "place", country: "LBN" },
  tehran: { kind: "place", country: "IRN" },
  irgc: { kind: "organisation", country: "IRN" },
  taliban: { kind: "organisation", country: "AFG" },
};

const extract = createEventExtractor({ actorInfo: (id) => ACTORS[id] });

type M = readonly [surface: string, id: string, via?: MentionVia];
type D = readonly [surface: string, edtf: string];

/** Offsets by `indexOf`, each surface searched after the previous match of the same surface. */
function locate(text: string, surface: string, seen: Map<string, number>): number {
  const from = seen.get(surface) ?? 0;
  const at = text.indexOf(surface, from);
  if (at < 0) throw new Error(`«${surface}» not in the test text`);
  seen.set(surface, at + surface.length);
  return at;
}

function dateOf(edtf: string): EventDate {
  if (/^\d{4}-\d{2}-\d{2}$/.test(edtf)) return { edtf, start: edtf, end: edtf, precision: "day" };
  if (/^\d{4}-\d{2}$/.test(edtf)) return { edtf, start: `${edtf}-01`, end: `${edtf}-28`, precision: "month" };
  return { edtf, start: `${edtf}-01-01`, end: `${edtf}-12-31`, precision: "year" };
}

function run(lang: Lang, text: string, mentions: readonly M[], dates: readonly D[] = [], published = "2024-12-02"): ExtractedEvent[] {
  const article: Article = {
    id: "t", file: "t.txt", lang, outlet: "", published, publishedInferred: false, title: "", text,
    sections: [{ kind: "body", start: 0, end: text.length }],
  };
  const seen = new Map<string, number>();
  const actorMentions: ActorMention[] = mentions
    .map(([surface, actorId, via]) => {
      const start = locate(text, surface, seen);
      return { actorId, start, end: start + surface.length, surface, via: via ?? "name" };
    })
    .sort((a, b) => a.start - b.start);
  const dseen = new Map<string, number>();
  const dateMentions: DateMention[] = dates
    .map(([surface, edtf]) => {
      const start = locate(text, surface, dseen);
      return { start, end: start + surface.length, text: surface, date: dateOf(edtf), relative: false };
    })
    .sort((a, b) => a.start - b.start);
  return extract({ article, sentences: segmentSentences(text, article.sections), actorMentions, dateMentions });
}

/** The parts of an event a test asserts. */
const brief = (e: ExtractedEvent) => ({
  cameo: e.cameo, quad: e.quad, modality: e.modality, date: e.date.edtf,
  source: e.sourceIds, target: e.targetIds,
});

describe("trigger lexicon", () => {
  it("compiles every form of every family into a regular expression", () => {
    const forms = compileTriggers(TRIGGER_FAMILIES);
    const count = TRIGGER_FAMILIES.reduce((n, f) => n + f.ar.length + f.fa.length, 0);
    expect(forms.length).toBe(count);
  });

  it("gives every family the quad class of its CAMEO root", () => {
    const quadOfRoot = (code: string) => {
      const root = Number(code.slice(0, 2));
      return root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
    };
    const wrong = TRIGGER_FAMILIES.flatMap((f) => [f, ...(f.refine ?? [])]).filter((f) => quadOfRoot(f.cameo) !== f.quad);
    expect(wrong).toEqual([]);
  });

  it("rejects a Persian compound whose last word is not a light verb", () => {
    const bad = { ...TRIGGER_FAMILIES[0]!, fa: ["c:دیدار رفت"] };
    expect(() => compileTriggers([bad])).toThrow("not a light verb");
  });
});

describe("meetings, visits and hosting", () => {
  it("codes «التقى X … بنظيره Y» as a 040 meeting with X as source (VSO)", () => {
    const text = "في الأثناء، التقى “أردوغان” ضمن قمة “طهران” بنظيره الإيراني “إبراهيم رئيسي”.";
    const [e, ...rest] = run("ar", text, [["أردوغان", "recep-tayyip-erdogan"], ["الإيراني", "IRN", "demonym"], ["إبراهيم رئيسي", "ebrahim-raisi"]], [], "2022-07-19");
    expect(rest).toEqual([]);
    expect(brief(e!)).toEqual({
      cameo: "040", quad: 1, modality: "reported", date: "2022-07-19",
      source: ["recep-tayyip-erdogan"], target: ["IRN", "ebrahim-raisi"],
    });
  });

  it("codes a visit to a capital as 042 toward the capital's state", () => {
    const text = "وصل وزير الخارجية السعودي فيصل بن فرحان إلى الدوحة في زيارة رسمية.";
    const events = run("ar", text, [["السعودي", "SAU", "demonym"], ["فيصل بن فرحان", "faisal-bin-farhan"], ["الدوحة", "doha"]]);
    expect(events.map(brief)).toEqual([
      { cameo: "042", quad: 1, modality: "reported", date: "2024-12-02", source: ["SAU", "faisal-bin-farhan"], target: ["QAT"] },
    ]);
    expect(events[0]!.place).toBe("doha");
  });

  it("codes «استقبل» as 043 hosting with the host as source", () => {
    const text = "استقبل أمير قطر وزير الخارجية المصري سامح شكري.";
    const events = run("ar", text, [["قطر", "QAT"], ["المصري", "EGY", "demonym"], ["سامح شكري", "sameh-shoukry"]]);
    expect(events.map(brief)).toEqual([
      { cameo: "043", quad: 1, modality: "reported", date: "2024-12-02", source: ["QAT"], target: ["EGY", "sameh-shoukry"] },
    ]);
  });

  it("codes a Persian «دیدار کرد … با» with the sentence-initial subject as source", () => {
    const text = "عراقچی روز دوشنبه در آنکارا با هاکان فیدان دیدار کرد.";
    const events = run("fa", text, [["عراقچی", "abbas-araghchi"], ["آنکارا", "ankara"], ["هاکان فیدان", "hakan-fidan"]], [["روز دوشنبه", "2024-12-02"]]);
    expect(events.map(brief)).toEqual([
      { cameo: "040", quad: 1, modality: "reported", date: "2024-12-02", source: ["abbas-araghchi"], target: ["hakan-fidan"] },
    ]);
    expect(events[0]!.place).toBe("ankara");
  });
});

describe("words that only look like triggers", () => {
  it("never reads a word in «ة» as a verb with «him» («وزارة» is no «و + زار + ه», «تابعة» no «تابعه»)", () => {
    const ministry = run("ar", "رحبت وزارة الخارجية الكويتية بالبيان الصادر عن الاتحاد الأوروبي.", [["الكويتية", "KWT", "demonym"], ["الاتحاد الأوروبي", "european-union"]]);
    expect(ministry.map((e) => e.cameo)).not.toContain("042");
    // («تابعة» read as a verb took the strike's date, which then fell back to the story date, Monday)
    const text = "التقى وزير الخارجية الروسي نظيره الصيني يوم الاثنين.\nواستهدفت طائرات مسيرة تابعة لروسيا يوم الخميس الماضي مواقع عسكرية داخل أراضي أوكرانيا.";
    const mentions: M[] = [["الروسي", "RUS", "demonym"], ["الصيني", "CHN", "demonym"], ["روسيا", "RUS"], ["أوكرانيا", "UKR"]];
    const strike = run("ar", text, mentions, [["يوم الاثنين", "2024-11-25"], ["يوم الخميس الماضي", "2024-11-28"]], "2024-12-02");
    expect(strike.map((e) => [e.cameo, e.date.edtf])).toEqual([["040", "2024-11-25"], ["190", "2024-11-28"]]);
  });

  it("reads an attack condemned after a long title as the condemnation's content, not an attack by the condemner", () => {
    const text = "أدان الأمين العام لمجلس التعاون لدول الخليج العربية جاسم محمد البديوي بشدة الهجوم الذي استهدف ناقلة نفط.";
    const events = run("ar", text, [["مجلس التعاون لدول الخليج العربية", "gcc"], ["جاسم محمد البديوي", "jasem-albudaiwi"]]);
    expect(events.filter((e) => e.quad === 4)).toEqual([]);
  });
});

describe("«the two sides»", () => {
  it("are the two parties of the section's last exchange («وبحث الجانبان», «دو طرف بر … تاکید کردند»)", () => {
    const ar = run("ar", "التقى وزير الخارجية التركي هاكان فيدان نظيره الإيراني عباس عراقجي.\nوبحث الجانبان الأوضاع في سوريا.", [
      ["التركي", "TUR", "demonym"], ["هاكان فيدان", "hakan-fidan"], ["الإيراني", "IRN", "demonym"], ["عباس عراقجي", "abbas-araghchi"], ["سوريا", "SYR"],
    ]);
    expect(ar.map((e) => [e.cameo, [...e.sourceIds].sort(), e.targetIds])).toEqual([
      ["040", ["TUR", "hakan-fidan"], ["IRN", "abbas-araghchi"]],
      ["040", ["IRN", "TUR", "abbas-araghchi", "hakan-fidan"], []],
    ]);
    // (in a sentence naming no actor too: the sentence before named them)
    const unnamed = run("ar", "التقى فيدان عراقجي.\nوبحث الجانبان العلاقات الثنائية.", [["فيدان", "hakan-fidan"], ["عراقجي", "abbas-araghchi"]]);
    expect(unnamed.map((e) => [...e.sourceIds].sort())).toEqual([["hakan-fidan"], ["abbas-araghchi", "hakan-fidan"]]);
    const fa = run("fa", "عراقچی با فیدان دیدار کرد.\nدو طرف بر اهمیت روند آستانه تاکید کردند.", [["عراقچی", "abbas-araghchi"], ["فیدان", "hakan-fidan"], ["روند آستانه", "astana-process"]]);
    expect(fa.map((e) => [e.cameo, [...e.sourceIds].sort(), e.targetIds])).toEqual([
      ["040", ["abbas-araghchi"], ["hakan-fidan"]],
      ["010", ["abbas-araghchi", "hakan-fidan"], ["astana-process"]],
    ]);
  });

  it("are not «the will of the two countries» inside a Persian clause, nor anyone without a two-party exchange before", () => {
    const inside = run("fa", "عراقچی با فیدان دیدار کرد.\nفیدان با اشاره به اراده دو کشور برای افزایش تجارت و کمک به رفاه مردم سخن گفت.", [["عراقچی", "abbas-araghchi"], ["فیدان", "hakan-fidan"], ["فیدان", "hakan-fidan"]]);
    expect(inside.map((e) => e.cameo)).toEqual(["040"]);
    expect(run("ar", "وبحث الجانبان العلاقات الثنائية.", [])).toEqual([]);
  });
});

describe("participial clauses", () => {
  it("ends the clause at «معربا / مؤكدا / داعيا …»: what follows is not the act's target", () => {
    const text = "أعلن حسين أن الحكومة العراقية قررت حظر حزب العمال الكردستاني، معربا عن أمله في تعزيز التعاون الاقتصادي مع تركيا.";
    const events = run("ar", text, [["العراقية", "IRQ", "demonym"], ["حزب العمال الكردستاني", "pkk"], ["تركيا", "TUR"]]);
    expect(events.map((e) => [e.cameo, e.sourceIds, e.targetIds])).toEqual([["163", ["IRQ"], ["pkk"]]]);
  });
});

describe("a party does not act on itself", () => {
  it("targets only the other party of «بقائی تحریم‌های آمریکا علیه ایران را محکوم کرد»", () => {
    const text = "اسماعیل بقائی سخنگوی وزارت امور خارجه تحریم‌های جدید آمریکا علیه ایران را به شدت محکوم کرد.";
    const events = run("fa", text, [["اسماعیل بقائی", "esmaeil-baghaei"], ["آمریکا", "USA"], ["ایران", "IRN"]]);
    expect(events.map((e) => [e.cameo, e.sourceIds, e.targetIds])).toEqual([["111", ["esmaeil-baghaei"], ["USA"]]]);
  });
});

describe("Persian clause order", () => {
  it("gives a verb after a relative clause («X که …، … دیدار کرد») the relative clause's head as its subject, and the relative clause its own act", () => {
    const text = "سید عباس عراقچی وزیر امور خارجه کشورمان که روز یکشنبه وارد آنکارا شده بود، عصر دوشنبه با رجب طیب اردوغان رئیس جمهور ترکیه دیدار و گفتگو کرد.";
    const events = run("fa", text, [["سید عباس عراقچی", "abbas-araghchi"], ["آنکارا", "ankara"], ["رجب طیب اردوغان", "recep-tayyip-erdogan"], ["ترکیه", "TUR"]]);
    // the relative clause's own act, the arrival, is an event of its own
    expect(events.map((e) => [e.cameo, e.sourceIds, e.targetIds])).toEqual([
      ["042", ["abbas-araghchi"], ["TUR"]],
      ["040", ["abbas-araghchi"], ["recep-tayyip-erdogan", "TUR"]],
    ]);
  });

  it("reads an attack before «را محکوم کرد» as what is condemned, not as an attack by the speaker", () => {
    const text = "عراقچی حملات رژیم صهیونیستی به لبنان و غزه را محکوم کرد.";
    const events = run("fa", text, [["عراقچی", "abbas-araghchi"], ["رژیم صهیونیستی", "ISR"], ["لبنان", "LBN"], ["غزه", "PSE"]]);
    expect(events.map((e) => [e.cameo, e.sourceIds])).toEqual([["111", ["abbas-araghchi"]]]);
  });
});

describe("envoys summoned and recalled (161)", () => {
  it("reads «استدعت الخارجية التركية السفير الإيراني» and «القائم بالأعمال» as the summoner toward the envoy's state", () => {
    const a = run("ar", "استدعت وزارة الخارجية التركية السفير الإيراني في أنقرة.", [["التركية", "TUR", "demonym"], ["الإيراني", "IRN", "demonym"], ["أنقرة", "ankara"]]);
    expect(a.map((e) => [e.cameo, e.sourceIds, e.targetIds])).toEqual([["161", ["TUR"], ["IRN"]]]);
    const b = run("ar", "استدعت الخارجية المصرية القائم بالأعمال الإسرائيلي.", [["المصرية", "EGY", "demonym"], ["الإسرائيلي", "ISR", "demonym"]]);
    expect(b.map((e) => [e.cameo, e.sourceIds, e.targetIds])).toEqual([["161", ["EGY"], ["ISR"]]]);
  });

  it("reads Persian «سفیر ایران را احضار کرد» and «سفیر خود را از … فراخواند»", () => {
    const a = run("fa", "وزارت امور خارجه پاکستان سفیر ایران را احضار کرد.", [["پاکستان", "PAK"], ["ایران", "IRN"]]);
    expect(a.map((e) => [e.cameo, e.sourceIds, e.targetIds])).toEqual([["161", ["PAK"], ["IRN"]]]);
    const b = run("fa", "ترکیه سفیر خود را از اسرائیل فراخواند.", [["ترکیه", "TUR"], ["اسرائیل", "ISR"]]);
    expect(b.map((e) => [e.cameo, e.sourceIds, e.targetIds])).toEqual([["161", ["TUR"], ["ISR"]]]);
    const c = run("fa", "ایران کاردار سوئیس را احضار کرد.", [["ایران", "IRN"], ["سوئیس", "CHE"]]);
    expect(c.map((e) => [e.cameo, e.sourceIds, e.targetIds])).toEqual([["161", ["IRN"], ["CHE"]]]);
  });
});

describe("ties cut, envoys recalled or summoned, clashes and strikes (sentences written for these rules)", () => {
  it("reads «قطعت علاقاتها مع» without the article", () => {
    const e = run("ar", "وكانت الرياض قد قطعت علاقاتها مع طهران في يناير 2016.", [["الرياض", "SAU", "capital"], ["طهران", "IRN", "capital"]], [["يناير 2016", "2016-01"]]);
    expect(e.map((x) => [x.cameo, x.sourceIds, x.targetIds, x.date.edtf])).toEqual([["161", ["SAU"], ["IRN"], "2016-01"]]);
  });

  it("takes the state of the capital an ambassador is recalled from", () => {
    const e = run("fa", "اسلام‌آباد روز چهارشنبه سفیر خود را از تهران فراخواند.", [["اسلام‌آباد", "PAK", "capital"], ["تهران", "tehran"]]);
    expect(e.map((x) => [x.cameo, x.sourceIds, x.targetIds])).toEqual([["161", ["PAK"], ["IRN"]]]);
  });

  it("reads the passive «احضار شده است»", () => {
    const e = run("fa", "کاردار سفارت پاکستان در تهران به وزارت امور خارجه ایران احضار شده است.", [["پاکستان", "PAK"], ["تهران", "tehran"], ["ایران", "IRN"]]);
    expect(e.map((x) => x.cameo)).toEqual(["161"]);
  });

  it("reads clashes and «هدف … قرار داد» as force", () => {
    const a = run("fa", "سپاه پاسداران دو مقر جیش العدل را در پاکستان با موشک و پهپاد هدف قرار داد.", [["سپاه پاسداران", "irgc"], ["پاکستان", "PAK"]]);
    expect(a.map((x) => [x.cameo, x.quad, x.sourceIds])).toEqual([["190", 4, ["irgc"]]]);
    const b = run("fa", "درگیری مسلحانه میان مرزبانان ایران و نیروهای طالبان دست کم سه کشته بر جا گذاشت.", [["ایران", "IRN"], ["طالبان", "taliban"]]);
    expect(b.map((x) => [x.cameo, x.quad])).toEqual([["190", 4]]);
    const c = run("ar", "واشتبكت القوات التركية مع مسلحي حزب العمال الكردستاني شمال العراق.", [["التركية", "TUR", "demonym"], ["حزب العمال الكردستاني", "pkk"], ["العراق", "IRQ"]]);
    expect(c.map((x) => [x.cameo, x.quad])).toEqual([["190", 4]]);
  });
});

describe("words of actors' names", () => {
  it("are no triggers: «قوات الدعم السريع» does not support, «مجلس التعاون» does not cooperate", () => {
    // (the support word inside the name would outrank the ceasefire and leave a bare statement)
    const e = run("ar", "أعلنت قوات الدعم السريع موافقتها على الهدنة مع الجيش السوداني.", [["قوات الدعم السريع", "pkk"], ["الجيش السوداني", "IRQ"]]);
    expect(e.map((x) => [x.cameo, x.sourceIds, x.targetIds])).toEqual([["087", ["pkk"], ["IRQ"]]]);
    const f = run("ar", "وأكد مجلس التعاون لدول الخليج العربية دعمه لقطر.", [["مجلس التعاون لدول الخليج العربية", "gcc"], ["قطر", "QAT"]]);
    expect(f.map((x) => [x.cameo, x.sourceIds, x.targetIds])).toEqual([["051", ["gcc"], ["QAT"]]]);
  });
});

describe("a verb's object pronoun and a date opening the sentence", () => {
  const text = "وفي التاسع عشر من أيار، شارك الأسد في القمة العربية التي استضافتها السعودية، حيث استقبله ولي العهد الأمير محمد بن سلمان.";
  const mentions: M[] = [["الأسد", "bashar-al-assad"], ["السعودية", "SAU"], ["محمد بن سلمان", "mohammed-bin-salman"]];

  it("takes «him» of «استقبله» as the party named last before it, dated by the date opening the sentence", () => {
    const events = run("ar", text, mentions, [["التاسع عشر من أيار", "2023-05-19"]], "2023-05-20");
    expect(events.map(brief)).toEqual([
      { cameo: "043", quad: 1, modality: "reported", date: "2023-05-19", source: ["mohammed-bin-salman"], target: ["bashar-al-assad"] },
    ]);
  });

  it("leaves «ها» («استضافتها»: the summit) and a verb without a pronoun alone", () => {
    const hostedIt = run("ar", "شارك الأسد في القمة العربية التي استضافتها السعودية.", mentions.slice(0, 2), [], "2023-05-20");
    expect(hostedIt.map((e) => e.targetIds)).not.toContainEqual(["bashar-al-assad"]);
    const noPronoun = run("ar", "شارك الأسد في القمة، حيث استقبل ولي العهد الأمير محمد بن سلمان الضيوف.", [mentions[0]!, mentions[2]!], [], "2023-05-20");
    expect(noPronoun).toEqual([]);
  });
});

describe("talks, phone calls and press conferences", () => {
  it("reads «تلقى X اتصالا هاتفيا من Y» as Y calling X, even after a long protocol title", () => {
    const a = run("ar", "تلقى وزير الخارجية السعودي فيصل بن فرحان اتصالا هاتفيا من نظيره الإيراني عباس عراقجي.", [["السعودي", "SAU", "demonym"], ["فيصل بن فرحان", "faisal-bin-farhan"], ["الإيراني", "IRN", "demonym"], ["عباس عراقجي", "abbas-araghchi"]]);
    expect(a.map((e) => [e.cameo, e.sourceIds, e.targetIds])).toEqual([["041", ["IRN", "abbas-araghchi"], ["SAU", "faisal-bin-farhan"]]]);
    const b = run("ar", "تلقى صاحب السمو الأمير فيصل بن فرحان بن عبدالله وزير الخارجية، اتصالا هاتفيا اليوم، من معالي وزير خارجية الجمهورية الإسلامية الإيرانية عباس عراقجي.", [["فيصل بن فرحان", "faisal-bin-farhan"], ["الجمهورية الإسلامية الإيرانية", "IRN"], ["عباس عراقجي", "abbas-araghchi"]]);
    expect(b.map((e) => [e.cameo, e.sourceIds, e.targetIds])).toEqual([["041", ["IRN", "abbas-araghchi"], ["faisal-bin-farhan"]]]);
  });

  it("codes a joint press conference of two ministers as one 040 event with both as sources", () => {
    const text =
      "عقد وزير الخارجية التركي هاكان فيدان، ونظيره الإيراني عباس عراقجي مؤتمرا صحفيا مشتركا في مدينة إسطنبول التركية.\nوقال وزير الخارجية الإيراني، السبت، إن بلاده مستعدة لكل السيناريوهات.";
    const events = run(
      "ar", text,
      [["التركي", "TUR", "demonym"], ["هاكان فيدان", "hakan-fidan"], ["الإيراني", "IRN", "demonym"], ["عباس عراقجي", "abbas-araghchi"], ["إسطنبول", "istanbul"], ["التركية", "TUR", "demonym"]],
      [["السبت", "2024-10-19"]], "2024-10-21",
    );
    expect(events.map(brief)).toEqual([
      { cameo: "040", quad: 1, modality: "reported", date: "2024-10-19", source: ["TUR", "hakan-fidan", "IRN", "abbas-araghchi"], target: [] },
    ]);
    expect(events[0]!.place).toBe("istanbul");
  });

  it("codes «اتصال هاتفي» between the Saudi and Iranian ministers as 041", () => {
    const text = "أجرى وزير الخارجية السعودي فيصل بن فرحان اتصالا هاتفيا مع نظيره الإيراني عباس عراقجي.";
    const events = run("ar", text, [["السعودي", "SAU", "demonym"], ["فيصل بن فرحان", "faisal-bin-farhan"], ["الإيراني", "IRN", "demonym"], ["عباس عراقجي", "abbas-araghchi"]]);
    expect(events.map(brief)).toEqual([
      { cameo: "041", quad: 1, modality: "reported", date: "2024-12-02", source: ["SAU", "faisal-bin-farhan"], target: ["IRN", "abbas-araghchi"] },
    ]);
  });

  it("codes split «أجرى … محادثات» with the subject inside the phrase and dates it by its clause", () => {
    const text = "والشهر الماضي، أجرى وزير الدفاع التركي خلوصي أكار ونظيره السوري علي عباس، محادثات في موسكو، حيث بحثا عدداً من القضايا الأمنية.";
    const events = run("ar", text, [["التركي", "TUR", "demonym"], ["السوري", "SYR", "demonym"]], [["الشهر الماضي", "2022-12"]], "2023-01-17");
    expect(events.map(brief)).toEqual([
      { cameo: "040", quad: 1, modality: "reported", date: "2022-12", source: ["TUR", "SYR"], target: [] },
    ]);
  });

  it("makes a first-person «تبادل نظر کردیم» by a quoted minister an event of the minister and his state", () => {
    const text = "عراقچی اظهار داشت:\nما با ترکیه درباره آتش بس در غزه تبادل نظر کردیم.";
    const events = run("fa", text, [["عراقچی", "abbas-araghchi"], ["ترکیه", "TUR"], ["غزه", "PSE"]]);
    expect(events.map(brief)).toEqual([
      { cameo: "040", quad: 1, modality: "reported", date: "2024-12-02", source: ["abbas-araghchi", "IRN"], target: ["TUR"] },
    ]);
  });
});

describe("statements", () => {
  it("makes «قال X إن علاقات بلاده مع تركيا متميزة» an optimistic comment (013) dated by the lead's weekday", () => {
    const text =
      "قال متحدث وزارة الخارجية الإيرانية، إسماعيل بقائي، إن علاقات بلاده مع تركيا متميزة للغاية.\nوذكر بقائي في مؤتمر صحفي بالعاصمة طهران، الاثنين، أن المشاورات مستمرة.";
    const events = run("ar", text, [["الإيرانية", "IRN", "demonym"], ["إسماعيل بقائي", "esmaeil-baghaei"], ["تركيا", "TUR"], ["بقائي", "esmaeil-baghaei"]], [["الاثنين", "2024-10-21"]], "2024-10-21");
    expect(events.map(brief)).toEqual([
      { cameo: "013", quad: 1, modality: "reported", date: "2024-10-21", source: ["IRN", "esmaeil-baghaei"], target: ["TUR"] },
    ]);
  });

  it("finds the speaker after a long title («وقال رئيس حكومة تصريف الأعمال اللبنانية نجيب ميقاتي»), not the last one", () => {
    const text =
      "وأعلن الرئيس الأمريكي جو بايدن أن إسرائيل ولبنان وافقا على المقترح.\nوقال رئيس حكومة تصريف الأعمال اللبنانية نجيب ميقاتي إن الاتفاق خطوة أساسية، داعيا إسرائيل إلى الالتزام الكامل بالانسحاب.";
    const events = run("ar", text, [["الأمريكي", "USA", "demonym"], ["جو بايدن", "joe-biden"], ["إسرائيل", "ISR"], ["لبنان", "LBN"], ["اللبنانية", "LBN", "demonym"], ["نجيب ميقاتي", "najib-mikati"], ["إسرائيل", "ISR"]]);
    expect(events.map((e) => [e.sentence.text.slice(0, 8), e.sourceIds])).toEqual([
      ["وأعلن ال", ["USA", "joe-biden"]],
      ["وقال رئي", ["LBN", "najib-mikati"]],
    ]);
  });

  it("does not make a statement about no other actor an event", () => {
    const text = "وأضاف الوزير القطري أن الوضع في المنطقة خطير.";
    expect(run("ar", text, [["القطري", "QAT", "demonym"]])).toEqual([]);
  });

  it("makes a statement alleging support of terrorism an accusation (112)", () => {
    const text = "وقال “أردوغان” أن “الجماعات الإرهابية” في “سوريا” يتم دعمها بالأسلحة الثقيلة من دول غربية مثل “بريطانيا” و”الولايات المتحدة”.";
    const events = run("ar", text, [["أردوغان", "recep-tayyip-erdogan"], ["سوريا", "SYR"], ["بريطانيا", "GBR"], ["الولايات المتحدة", "USA"]], [], "2022-07-19");
    expect(events.map(brief)).toEqual([
      { cameo: "112", quad: 3, modality: "reported", date: "2022-07-19", source: ["recep-tayyip-erdogan"], target: ["SYR", "GBR", "USA"] },
    ]);
  });

  it("never takes an outlet as a participant («به گزارش ایسنا»)", () => {
    const text = "به گزارش ایسنا، وزیر خارجه قطر با وزیر خارجه مصر گفتگو کرد.";
    const events = run("fa", text, [["ایسنا", "isna"], ["قطر", "QAT"], ["مصر", "EGY"]]);
    expect(events.map((e) => [e.sourceIds, e.targetIds, e.otherIds])).toEqual([[["QAT"], ["EGY"], []]]);
  });
});

describe("praise, criticism, accusation and verbal attacks", () => {
  it("codes «هاجم X الحكومة التركية» without weapons as verbal criticism 111", () => {
    const text = "والخميس أيضاً، هاجم بشار الأسد الحكومة التركية في أول تعليق له على محاولات التطبيع.";
    const events = run("ar", text, [["بشار الأسد", "bashar-al-assad"], ["الحكومة التركية", "TUR"]], [["الخميس", "2023-01-12"]], "2023-01-17");
    expect(events.map(brief)).toEqual([
      { cameo: "111", quad: 3, modality: "reported", date: "2023-01-12", source: ["bashar-al-assad"], target: ["TUR"] },
    ]);
  });

  it("codes «هاجم» with drones in the clause as a material attack 190", () => {
    const text = "هاجمت روسيا أوكرانيا بطائرات مسيرة ليلة أمس.";
    const events = run("ar", text, [["روسيا", "RUS"], ["أوكرانيا", "UKR"]], [["ليلة أمس", "2024-12-01"]]);
    expect(events.map(brief)).toEqual([
      { cameo: "190", quad: 4, modality: "reported", date: "2024-12-01", source: ["RUS"], target: ["UKR"] },
    ]);
  });

  it("codes «أدانت مصر …» as 111 and «أشاد» as praise 051", () => {
    const text = "أدانت مصر الهجوم الإسرائيلي على لبنان.\nوأشاد وزير الخارجية المصري بالموقف السعودي.";
    const events = run("ar", text, [["مصر", "EGY"], ["الإسرائيلي", "ISR", "demonym"], ["لبنان", "LBN"], ["المصري", "EGY", "demonym"], ["السعودي", "SAU", "demonym"]]);
    expect(events.map(brief)).toEqual([
      { cameo: "111", quad: 3, modality: "reported", date: "2024-12-02", source: ["EGY"], target: ["ISR", "LBN"] },
      { cameo: "051", quad: 1, modality: "reported", date: "2024-12-02", source: ["EGY"], target: ["SAU"] },
    ]);
  });

  it("codes «اتهم» as an accusation 112", () => {
    const text = "اتهمت إيران الولايات المتحدة بدعم الإرهاب.";
    const events = run("ar", text, [["إيران", "IRN"], ["الولايات المتحدة", "USA"]]);
    expect(events.map((e) => [e.cameo, e.quad, e.sourceIds, e.targetIds])).toEqual([["112", 3, ["IRN"], ["USA"]]]);
  });
});

describe("demands, appeals, warnings and threats", () => {
  it("codes «دعا … إلى الحوار» as an appeal to negotiate 026", () => {
    const text = "دعت قطر إيران والسعودية إلى الحوار.";
    const events = run("ar", text, [["قطر", "QAT"], ["إيران", "IRN"], ["السعودية", "SAU"]]);
    expect(events.map(brief)).toEqual([
      { cameo: "026", quad: 1, modality: "reported", date: "2024-12-02", source: ["QAT"], target: ["IRN", "SAU"] },
    ]);
  });

  it("turns «پایان حمایت تسلیحاتی آمریکا از اسرائیل» in a quote into a demand (100) by the speaker", () => {
    const text = "عراقچی گفت: پایان حمایت گسترده تسلیحاتی آمریکا از اسرائیل یک امر ضروری است.";
    const events = run("fa", text, [["عراقچی", "abbas-araghchi"], ["آمریکا", "USA"], ["اسرائیل", "ISR"]]);
    expect(events.map(brief)).toEqual([
      { cameo: "100", quad: 3, modality: "reported", date: "2024-12-02", source: ["abbas-araghchi", "IRN"], target: ["USA", "ISR"] },
    ]);
  });

  it("codes «هشدار داد» as a warning 130", () => {
    const text = "ایران به اسرائیل هشدار داد.";
    const events = run("fa", text, [["ایران", "IRN"], ["اسرائیل", "ISR"]]);
    expect(events.map(brief)).toEqual([
      { cameo: "130", quad: 3, modality: "reported", date: "2024-12-02", source: ["IRN"], target: ["ISR"] },
    ]);
  });

  it("codes «التهديدات الإسرائيلية بشن ضربة ضد إيران» as a threat of force 138, not an attack", () => {
    const text = "تأتي الزيارة على وقع التهديدات الإسرائيلية بشن ضربة كبيرة ضد إيران.";
    const events = run("ar", text, [["الإسرائيلية", "ISR", "demonym"], ["إيران", "IRN"]]);
    expect(events.map(brief)).toEqual([
      { cameo: "138", quad: 3, modality: "reported", date: "2024-12-02", source: ["ISR"], target: ["IRN"] },
    ]);
  });
});

describe("agreements, cooperation, support and aid", () => {
  it("codes «توافق کردیم جلسه بعدی روند آستانه را … برگزار کنیم» as agreement to meet (036) plus a planned meeting", () => {
    const text = "عراقچی اظهار داشت:\nتوافق کردیم جلسه بعدی روند آستانه را در سطح وزرای خارجه برگزار کنیم.";
    const events = run("fa", text, [["عراقچی", "abbas-araghchi"], ["روند آستانه", "astana-process"]]);
    expect(events.map(brief)).toEqual([
      { cameo: "036", quad: 1, modality: "reported", date: "2024-12-02", source: ["abbas-araghchi", "IRN"], target: ["astana-process"] },
      { cameo: "040", quad: 1, modality: "planned", date: "2024-12-02", source: ["abbas-araghchi", "IRN"], target: ["astana-process"] },
    ]);
  });

  it("codes «نتفق مع تركيا» in quoted speech as agreement by the speaker and his state with Turkey", () => {
    const text = "وأردف بقائي أن الوضع صعب.\nوتابع: \"نتفق مع تركيا على أنه يجب علينا المساعدة في استعادة الاستقرار\".";
    const events = run("ar", text, [["بقائي", "esmaeil-baghaei"], ["تركيا", "TUR"]]);
    expect(events.map(brief)).toEqual([
      { cameo: "030", quad: 1, modality: "reported", date: "2024-12-02", source: ["esmaeil-baghaei", "IRN"], target: ["TUR"] },
    ]);
  });

  it("codes «وقّعت … اتفاقية» as signing 057", () => {
    const text = "وقعت السعودية وإيران اتفاقية لاستئناف العلاقات الدبلوماسية في بكين.";
    const events = run("ar", text, [["السعودية", "SAU"], ["إيران", "IRN"]]);
    expect(events.map(brief)).toEqual([
      { cameo: "057", quad: 1, modality: "reported", date: "2024-12-02", source: ["SAU", "IRN"], target: [] },
    ]);
  });

  it("codes «ایران حمایت کامل خود را از … سوریه اعلام میکند» as support 051 from Iran to Syria", () => {
    const text = "ایران حمایت کامل خود را از دولت و مردم و ارتش سوریه اعلام میکند.";
    const events = run("fa", text, [["ایران", "IRN"], ["سوریه", "SYR"]]);
    expect(events.map(brief)).toEqual([
      { cameo: "051", quad: 1, modality: "reported", date: "2024-12-02", source: ["IRN"], target: ["SYR"] },
    ]);
  });

  it("codes «بلاده ستتعاون مع تركيا لمحاربة …» as planned security cooperation 031 by the speaker's state", () => {
    const text = "لكن “خامنئي” أكد أن بلاده ستتعاون مع “تركيا” لمحاربة الجماعات الإرهابية.";
    const events = run("ar", text, [["خامنئي", "ali-khamenei"], ["تركيا", "TUR"]], [], "2022-07-19");
    expect(events.map(brief)).toEqual([
      { cameo: "031", quad: 1, modality: "planned", date: "2022-07-19", source: ["IRN"], target: ["TUR"] },
    ]);
  });

  it("codes humanitarian aid to Gaza as 073", () => {
    const text = "أرسلت قطر مساعدات إنسانية إلى غزة.";
    const events = run("ar", text, [["قطر", "QAT"], ["غزة", "PSE"]]);
    expect(events.map(brief)).toEqual([
      { cameo: "073", quad: 2, modality: "reported", date: "2024-12-02", source: ["QAT"], target: ["PSE"] },
    ]);
  });
});

describe("sanctions, attacks, assassinations, ceasefires and withdrawals", () => {
  it("codes «فرضت … عقوبات» as sanctions 163", () => {
    const text = "فرضت الولايات المتحدة عقوبات جديدة على إيران.";
    const events = run("ar", text, [["الولايات المتحدة", "USA"], ["إيران", "IRN"]]);
    expect(events.map(brief)).toEqual([
      { cameo: "163", quad: 4, modality: "reported", date: "2024-12-02", source: ["USA"], target: ["IRN"] },
    ]);
  });

  it("dates the missile attack and the assassination it answered each by its own clause", () => {
    const text =
      "ومطلع شهر تشرين الأول/ أكتوبر الجاري، شنت إيران هجوما صاروخيا ضد الاحتلال الإسرائيلي، ردا على اغتيال الأمين العام لحزب الله حسن نصر الله، في غارة إسرائيلية على الضاحية الجنوبية لبيروت في 27 أيلول/ سبتمبر الماضي.";
    const events = run(
      "ar", text,
      [["إيران", "IRN"], ["الإسرائيلي", "ISR", "demonym"], ["حزب الله", "hezbollah"], ["إسرائيلية", "ISR", "demonym"], ["بيروت", "beirut"]],
      [["مطلع شهر تشرين الأول/ أكتوبر الجاري", "2024-10"], ["27 أيلول/ سبتمبر الماضي", "2024-09-27"]], "2024-10-21",
    );
    expect(events.map(brief)).toEqual([
      { cameo: "195", quad: 4, modality: "reported", date: "2024-10", source: ["IRN"], target: ["ISR"] },
      { cameo: "186", quad: 4, modality: "reported", date: "2024-09-27", source: ["ISR"], target: ["hezbollah"] },
    ]);
    expect(events[1]!.place).toBe("beirut");
  });

  it("codes a Persian «ترور» with one named victim as an assassination", () => {
    const text = "ترور اسماعیل هنیه در تهران رخ داد.";
    const events = run("fa", text, [["اسماعیل هنیه", "hamas"]]);
    expect(events.map((e) => [e.cameo, e.quad, e.goldstein, e.targetIds])).toEqual([["186", 4, -10, ["hamas"]]]);
  });

  it("codes a ceasefire between Israel and Hezbollah as 087", () => {
    const text = "أعلنت إسرائيل وحزب الله وقف إطلاق النار في لبنان.";
    const events = run("ar", text, [["إسرائيل", "ISR"], ["حزب الله", "hezbollah"], ["لبنان", "LBN"]]);
    expect(events.map((e) => [e.cameo, e.quad, e.goldstein, e.sourceIds])).toEqual([["087", 2, 9, ["ISR", "hezbollah"]]]);
  });

  it("codes «انسحاب القوات الروسية من …» as de-escalation 087", () => {
    const text = "أعلنت روسيا انسحاب قواتها من خيرسون في أوكرانيا.";
    const events = run("ar", text, [["روسيا", "RUS"], ["أوكرانيا", "UKR"]]);
    expect(events.map((e) => [e.cameo, e.quad, e.sourceIds])).toEqual([["087", 2, ["RUS"]]]);
  });
});

describe("modality", () => {
  it("marks «من المقرر أن يزور» as planned", () => {
    const text = "من المقرر أن يزور وزير الخارجية الروسي سيرغي لافروف القاهرة.";
    const events = run("ar", text, [["الروسي", "RUS", "demonym"], ["سيرغي لافروف", "sergei-lavrov"], ["القاهرة", "EGY"]]);
    expect(events.map((e) => [e.cameo, e.modality])).toEqual([["042", "planned"]]);
  });

  it("marks «أعرب عن أمله في لقاء» as hoped", () => {
    const text = "أعرب أردوغان عن أمله في لقاء الأسد قريبا.";
    const events = run("ar", text, [["أردوغان", "recep-tayyip-erdogan"], ["الأسد", "bashar-al-assad"]]);
    expect(events.map((e) => [e.cameo, e.modality])).toEqual([["040", "hoped"]]);
  });

  it("marks «امیدواریم … برگزار کنیم» as hoped", () => {
    const text = "عراقچی گفت: امیدواریم سال آینده نشست شورای راهبردی ایران و ترکیه را برگزار کنیم.";
    const events = run("fa", text, [["عراقچی", "abbas-araghchi"], ["ایران", "IRN"], ["ترکیه", "TUR"]]);
    expect(events.map((e) => [e.cameo, e.modality])).toEqual([["040", "hoped"]]);
  });

  it("marks «لن يُعقد» and Persian «دیدار نکرد» as denied", () => {
    const ar = run("ar", "وقال مصدران إن الاجتماع بين تشاووش أوغلو والمقداد لن يعقد اجتماعا.", []);
    expect(ar).toEqual([]);
    const fa = run("fa", "فیدان با عراقچی دیدار نکرد.", [["فیدان", "hakan-fidan"], ["عراقچی", "abbas-araghchi"]]);
    expect(fa.map((e) => [e.cameo, e.modality])).toEqual([["040", "denied"]]);
  });

  it("marks «نفى أن يكون التقى» as denied", () => {
    const text = "نفى الكرملين أن يكون لافروف التقى نظيره الأوكراني.";
    const events = run("ar", text, [["الكرملين", "RUS"], ["لافروف", "sergei-lavrov"], ["الأوكراني", "UKR", "demonym"]]);
    expect(events.map((e) => [e.cameo, e.modality])).toEqual([["040", "denied"]]);
  });

  it("marks «في حال أقدمت إسرائيل على أي هجوم» as conditional", () => {
    const text = "أكدت طهران عزمها على توجيه رد في حال أقدمت إسرائيل على أي هجوم انتقامي.";
    const events = run("ar", text, [["طهران", "IRN"], ["إسرائيل", "ISR"]]);
    expect(events.map((e) => [e.cameo, e.modality, e.sourceIds])).toEqual([["190", "conditional", ["ISR"]]]);
  });

  it("marks «اگر … حمله کند» as conditional", () => {
    const text = "اگر اسرائیل به ایران حمله کند پاسخ قاطع خواهد گرفت.";
    const events = run("fa", text, [["اسرائیل", "ISR"], ["ایران", "IRN"]]);
    expect(events.map((e) => [e.cameo, e.modality, e.sourceIds, e.targetIds])).toEqual([["190", "conditional", ["ISR"], ["IRN"]]]);
  });

  it("reads «قد» before a perfect as done («وكان … قد زار»: had visited), before an imperfect as may («قد يزور»)", () => {
    const mentions: M[] = [["المصري", "EGY", "demonym"], ["سامح شكري", "sameh-shoukry"], ["أنقرة", "TUR"]];
    const done = run("ar", "وكان وزير الخارجية المصري سامح شكري قد زار أنقرة.", mentions);
    expect(done.map((e) => [e.cameo, e.modality])).toEqual([["042", "reported"]]);
    const may = run("ar", "وزير الخارجية المصري سامح شكري قد يزور أنقرة.", mentions);
    expect(may.map((e) => [e.cameo, e.modality])).toEqual([["042", "conditional"]]);
  });

  it("marks «من المتوقع أن يزور» as planned", () => {
    const text = "ومن المتوقع أن يزور السيسي تركيا في وقت لاحق.";
    const events = run("ar", text, [["السيسي", "abdel-fattah-el-sisi"], ["تركيا", "TUR"]]);
    expect(events.map((e) => [e.cameo, e.modality])).toEqual([["042", "planned"]]);
  });

  it("marks a future-tense Persian «همکاری … ادامه خواهند داد» as planned", () => {
    const text = "ترکیه و ایران به همکاری علیه تروریسم ادامه خواهند داد.";
    const events = run("fa", text, [["ترکیه", "TUR"], ["ایران", "IRN"]]);
    expect(events.map((e) => [e.cameo, e.modality])).toEqual([["031", "planned"]]);
  });
});

describe("dates and noise", () => {
  it("falls back to the publication date when no sentence of the section is dated", () => {
    const text = "التقى وزير الخارجية القطري نظيره المصري في الدوحة.";
    const events = run("ar", text, [["القطري", "QAT", "demonym"], ["المصري", "EGY", "demonym"], ["الدوحة", "doha"]], [], "2025-03-04");
    expect(events.map((e) => [e.date.edtf, e.date.precision, e.dateMention])).toEqual([["2025-03-04", "day", undefined]]);
  });

  it("does not date «the first visit since D» at D, but keeps «منذ يومين» (two days ago) as a date", () => {
    const actors: M[] = [["السيسي", "abdel-fattah-el-sisi"], ["أردوغان", "recep-tayyip-erdogan"]];
    const first = run("ar", "استقبل السيسي أردوغان في أول زيارة منذ 12 عاما.", actors, [["منذ 12 عاما", "2012"]], "2024-02-14");
    expect(first.map((e) => [e.cameo, e.date.edtf, e.dateMention])).toEqual([["043", "2024-02-14", undefined]]);
    const sinceYear = run("ar", "استقبل السيسي أردوغان لأول مرة منذ عام 2012.", actors, [["عام 2012", "2012"]], "2024-02-14");
    expect(sinceYear.map((e) => e.date.edtf)).toEqual(["2024-02-14"]);
    const ago = run("ar", "استقبل السيسي أردوغان منذ يومين.", actors, [["منذ يومين", "2024-02-12"]], "2024-02-14");
    expect(ago.map((e) => e.date.edtf)).toEqual(["2024-02-12"]);
  });

  it("ignores a «منذ عام 2011» date for dating a meeting", () => {
    const text = "وسيكون هذا الاجتماع أعلى مستوى للمحادثات بين تركيا وسوريا منذ عام 2011.";
    const events = run("ar", text, [["تركيا", "TUR"], ["سوريا", "SYR"]], [["عام 2011", "2011"]], "2023-01-17");
    expect(events.map((e) => e.date.edtf)).toEqual(["2023-01-17"]);
  });

  it("collapses meeting and talks of one sentence into one event", () => {
    const text = "التقى وزير الخارجية الروسي سيرغي لافروف نظيره المصري سامح شكري وبحثا الأزمة في غزة.";
    const events = run("ar", text, [["الروسي", "RUS", "demonym"], ["سيرغي لافروف", "sergei-lavrov"], ["المصري", "EGY", "demonym"], ["سامح شكري", "sameh-shoukry"], ["غزة", "PSE"]]);
    expect(events.map((e) => [e.cameo, e.sourceIds, e.targetIds])).toEqual([["040", ["RUS", "sergei-lavrov"], ["EGY", "sameh-shoukry"]]]);
  });
});

describe("pathological input", () => {
  it("reads a 200 KB single-line article as pieces of at most 2,000 characters, one meeting each", () => {
    // no full stop in 200 KB: segmentation cuts after the commas, so the work per sentence is bounded
    const clause = "التقى وزير الخارجية التركي هاكان فيدان نظيره الإيراني عباس عراقجي في أنقرة، ";
    const text = clause.repeat(Math.ceil(200_000 / clause.length));
    const mentions: M[] = [];
    for (let i = 0; i < text.length / clause.length; i++) mentions.push(["هاكان فيدان", "hakan-fidan"], ["عباس عراقجي", "abbas-araghchi"], ["أنقرة", "ankara"]);
    const sentences = segmentSentences(text, [{ kind: "body", start: 0, end: text.length }]);
    expect(sentences.length).toBeGreaterThan(50);
    expect(sentences.every((s) => s.text.length <= 2000)).toBe(true);
    const events = run("ar", text, mentions);
    // the 26 meetings of a piece share their parties and collapse into one event per piece
    expect(events.length).toBe(sentences.length);
    expect(brief(events[0]!)).toEqual({ cameo: "040", quad: 1, modality: "reported", date: "2024-12-02", source: ["hakan-fidan"], target: ["abbas-araghchi"] });
    expect(events[0]!.place).toBe("ankara");
  });
});
