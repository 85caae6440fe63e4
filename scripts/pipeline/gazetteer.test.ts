import { describe, expect, it } from "vitest";
import { buildGazetteer, joinedVariants, loadGazetteer, nisbaForms, type PersonRecord } from "./gazetteer.ts";

const FIDAN: PersonRecord = {
  id: "hakan-fidan",
  label: "Hakan Fidan",
  country: "TUR",
  names: { en: ["Hakan Fidan"], ar: ["هاكان فيدان"], fa: ["هاکان فیدان"] },
  partial: { en: ["Fidan"], ar: ["فيدان"], fa: ["فیدان"] },
  roles: [{ role: "foreign-minister", country: "TUR", start: "2023-06-04" }],
  source: "test fixture",
};

describe("buildGazetteer", () => {
  const g = buildGazetteer([FIDAN]);

  it("has one state entry per ISO 3166 code", () => {
    expect(g.entries.filter((e) => e.kind === "state").length).toBe(250);
  });

  it("labels states with their usual English names", () => {
    expect(g.byId.get("IRN")?.label).toBe("Iran");
    expect(g.byId.get("TUR")?.label).toBe("Turkey");
    expect(g.byId.get("SYR")?.label).toBe("Syria");
    expect(g.byId.get("EGY")?.label).toBe("Egypt");
  });

  it("keeps the ISO Arabic and Persian names and adds the news forms", () => {
    const tur = g.byId.get("TUR")!;
    expect(tur.names.ar.slice(0, 2)).toEqual(["تركيا", "تركية"]);
    expect(tur.names.fa).toContain("ترکیه");
    const usa = g.forms.filter((f) => f.actorId === "USA" && f.lang === "fa" && f.via === "name").map((f) => f.text);
    expect(usa).toEqual(expect.arrayContaining(["ایالات متحده", "آمریکا", "امریکا"]));
  });

  it("generates nisba forms for gender, number and the article", () => {
    expect(nisbaForms("تركي")).toEqual(["تركي", "التركي", "تركية", "التركية", "تركيان", "التركيان", "تركيين", "التركيين", "تركيون", "التركيون", "تركيتان", "التركيتان", "تركيتين", "التركيتين", "تركيا"]);
    const irnDemonyms = g.forms.filter((f) => f.actorId === "IRN" && f.via === "demonym" && f.lang === "ar").map((f) => f.text);
    expect(irnDemonyms).toContain("الإيرانيين");
  });

  it("leaves out ISO names that are common words («مالي» financial)", () => {
    // (its capital stands for it: «باماكو», «باماکو»)
    expect(g.forms.filter((f) => f.actorId === "MLI" && !f.placeId).map((f) => f.text)).toEqual([]);
    expect(g.forms.filter((f) => f.actorId === "MLI").map((f) => f.text).sort()).toEqual(["باماكو", "باماکو"]);
    expect(g.forms.some((f) => f.actorId === "OMN" && f.lang === "ar" && f.text === "عمان")).toBe(false);
  });

  it("splits a parenthesised ISO alternative into its own name", () => {
    expect(g.byId.get("MMR")?.names.fa).toEqual(["میانمار", "برمه"]);
  });

  it("indexes a ZWNJ form both joined and with a space", () => {
    const hezb = g.forms.filter((f) => f.actorId === "hezbollah" && f.text === "حزب‌الله").map((f) => f.words);
    expect(hezb).toEqual([["حزبالله"], ["حزب", "الله"]]);
  });

  it("makes a capital name its state, with the city as place id", () => {
    const ankara = g.forms.find((f) => f.text === "أنقرة");
    expect(ankara).toMatchObject({ actorId: "TUR", via: "capital", placeId: "ankara", lang: "ar" });
    expect(g.byId.get("ankara")).toMatchObject({ kind: "place", country: "TUR" });
    expect(g.forms.find((f) => f.text === "إسطنبول")).toMatchObject({ actorId: "istanbul", via: "place" });
  });

  it("adds organisations and outlets with the annotation's ids", () => {
    expect(g.byId.get("astana-process")).toMatchObject({ kind: "organisation", label: "Astana process" });
    expect(g.byId.get("anadolu")).toMatchObject({ kind: "outlet", country: "TUR" });
    expect(g.byId.get("sdf")).toMatchObject({ kind: "organisation", country: "SYR" });
    expect(g.forms.find((f) => f.text === "مهر" && f.lang === "fa")?.cueOnly).toBe(true);
  });

  it("adds persons with roles, full names (also written with one space fewer) and partial names", () => {
    expect(g.byId.get("hakan-fidan")).toMatchObject({ kind: "person", country: "TUR", roles: FIDAN.roles });
    expect(g.forms.filter((f) => f.actorId === "hakan-fidan").map((f) => `${f.lang}:${f.via}:${f.text}`)).toEqual([
      "ar:name:هاكان فيدان",
      "ar:partial-name:فيدان",
      "fa:name:هاکان فیدان",
      "fa:partial-name:فیدان",
      "ar:name:هاكانفيدان",
      "fa:name:هاکانفیدان",
    ]);
  });

  it("adds the ambiguous surnames as partial names that need the full name first", () => {
    const jilani: PersonRecord = {
      id: "jalil-abbas-jilani", label: "Jalil Abbas Jilani", country: "PAK",
      names: { en: ["Jalil Abbas Jilani"], ar: [], fa: ["جلیل عباس جیلانی"] },
      partial: { en: [], ar: [], fa: [] },
      partialAmbiguous: { fa: ["جیلانی"] },
      roles: [],
    };
    const forms = buildGazetteer([jilani]).forms.filter((f) => f.actorId === "jalil-abbas-jilani");
    expect(forms.find((f) => f.text === "جیلانی")).toMatchObject({ via: "partial-name", needsFullName: true });
  });
});

describe("joinedVariants", () => {
  it("joins the last two words, or a compound head to the next, never after «بن» or «آل»", () => {
    expect(joinedVariants("شي جين بينغ")).toEqual(["شي جينبينغ"]);
    expect(joinedVariants("حسین امیر عبداللهیان")).toEqual(["حسین امیر عبد اللهیان", "حسین امیرعبداللهیان"]);
    expect(joinedVariants("عبد الله الثاني")).toEqual(["عبدالله الثاني", "عبد اللهالثاني"]);
    expect(joinedVariants("محمد بن سلمان")).toEqual([]);
    expect(joinedVariants("فيدان")).toEqual([]);
    expect(joinedVariants("سلمان بن عبدالعزيز")).toEqual(["سلمان بن عبد العزيز"]);
  });
});

describe("loadGazetteer", () => {
  it("works without a persons file", () => {
    const g = loadGazetteer("/nonexistent/persons.json");
    expect(g.entries.some((e) => e.kind === "person")).toBe(false);
    expect(g.byId.get("TUR")?.kind).toBe("state");
  });
});

describe("the persons lexicon and the organisations", () => {
  it("names by id only bodies the gazetteer has: an office of a body it lacks could never be named by title", () => {
    const g = loadGazetteer();
    // the Houthis' Supreme Political Council is named in its head's title («رئيس المجلس السياسي الأعلى مهدي
    // المشاط»), not as an actor of its own
    const named = new Set(["supreme-political-council"]);
    const BODIES = new Set(["organisation", "group"]);
    const missing = new Set<string>();
    for (const e of g.entries) {
      for (const r of e.roles ?? []) {
        if (r.organisation && !named.has(r.organisation) && !BODIES.has(g.byId.get(r.organisation)?.kind ?? "")) missing.add(r.organisation);
      }
    }
    expect([...missing].sort()).toEqual([]);
  });
});
