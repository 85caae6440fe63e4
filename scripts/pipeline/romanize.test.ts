import { describe, expect, it } from "vitest";
import { nameStyleOf, romanizeName } from "./actors/romanize.ts";

describe("romanizeName: English labels for names the lexicon lacks", () => {
  it("spells known name words as the press does, by style", () => {
    expect(romanizeName("محمد", "ar")).toBe("Mohammed");
    expect(romanizeName("محمد", "fa")).toBe("Mohammad");
    expect(romanizeName("حسين", "ar")).toBe("Hussein");
    expect(romanizeName("حسین", "fa")).toBe("Hossein");
  });

  it("reads compounds and particles: «عبد الله», «بن», «آل»", () => {
    expect(romanizeName("عبد الله بن زايد", "ar")).toBe("Abdullah bin Zayed");
    expect(romanizeName("عبدالله بن زايد آل نهيان", "ar")).toBe("Abdullah bin Zayed Al Nahyan");
  });

  it("takes the article «ال» off a family name and spells the rest", () => {
    expect(romanizeName("حسن الحسيني", "ar")).toBe("Hassan al-Husseini");
    // an unknown stem is spelled letter by letter, still with the article apart
    expect(romanizeName("علي الزبخري", "ar")).toBe("Ali al-Zbkhri");
  });

  it("builds Persian family names from a known name and an ending", () => {
    expect(romanizeName("قاسم رضایی", "fa")).toBe("Qasem Rezaei");
    expect(romanizeName("علی حسینی", "fa")).toBe("Ali Hosseini");
    expect(romanizeName("مهدی حسن‌زاده", "fa")).toBe("Mehdi Hassanzadeh");
  });

  it("spells unknown words with each language's letter values", () => {
    // ذ and ض are z in Persian, dh and d in Arabic; a final heh after a consonant is a vowel
    expect(romanizeName("ذبرض", "fa")).toBe("Zbrz");
    expect(romanizeName("ذبرض", "ar")).toBe("Dhbrd");
    expect(romanizeName("کلثمه", "fa")).toBe("Klsmeh");
    expect(romanizeName("كلثمة", "ar")).toBe("Klthma");
  });

  it("is deterministic and never empty for a name in Arabic script", () => {
    const name = "فهد بن عبدالرحمن";
    expect(romanizeName(name, "ar")).toBe(romanizeName(name, "ar"));
    expect(romanizeName(name, "ar")).toMatch(/^[A-Z][A-Za-z' -]+$/);
  });
});

describe("nameStyleOf", () => {
  it("follows the person's country when it is known, else the article's language", () => {
    expect(nameStyleOf("IRN", "ar")).toBe("fa");
    expect(nameStyleOf("AFG", "ar")).toBe("fa");
    expect(nameStyleOf("IRQ", "fa")).toBe("ar");
    expect(nameStyleOf("TUR", "fa")).toBe("fa");
    expect(nameStyleOf(undefined, "ar")).toBe("ar");
  });
});
