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
    expect(romanizeName("علي الزبخري", "ar")).toBe("Ali al-Zabkhri");
  });

  it("builds Persian family names from a known name and an ending", () => {
    expect(romanizeName("قاسم رضایی", "fa")).toBe("Qasem Rezaei");
    expect(romanizeName("علی حسینی", "fa")).toBe("Ali Hosseini");
    expect(romanizeName("مهدی حسن‌زاده", "fa")).toBe("Mehdi Hassanzadeh");
  });

  it("spells unknown words with each language's letter values", () => {
    // ذ and ض are z in Persian, dh and d in Arabic; a final heh after a consonant is a vowel
    // (an "a" between the two consonants that open a word: no English spelling of a name starts "Zb", "Kl")
    expect(romanizeName("ذبرض", "fa")).toBe("Zabrz");
    expect(romanizeName("ذبرض", "ar")).toBe("Dhabrd");
    expect(romanizeName("کلثمه", "fa")).toBe("Kalsmeh");
    expect(romanizeName("كلثمة", "ar")).toBe("Kalthma");
  });

  it("writes an opening vowel where the script leaves it out, «تش» as ch, and Turkic and Russian surnames with -ov", () => {
    expect(romanizeName("نصير", "ar")).toBe("Nasir");
    // (not before a letter that carries a vowel)
    expect(romanizeName("بيرم", "ar")).toBe("Birm");
    expect(romanizeName("تشانغ", "ar")).toBe("Changh");
    expect(romanizeName("اورخان عسگروف", "fa")).toBe("Orkhan Asgarov");
    expect(romanizeName("علی کاظماف", "fa")).toBe("Ali Kazemov");
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
