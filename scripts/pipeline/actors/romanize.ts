/**
 * Latin spellings of names in Arabic script: an English label for a person the lexicon does not
 * know («قاسم رضایی» → "Qasem Rezaei"), and the letter-by-letter spelling of their id.
 *
 * Arabic script leaves short vowels out, so spelling a name letter by letter gives "Qsm Rdayi".
 * Names are few and come back everywhere: a table of name words (scripts/lexicon/name-words.json,
 * given names, particles and frequent family names) gives each its usual press spelling, the Arab
 * world's or Iran's («محمد»: Mohammed or Mohammad) by the person's country when it is known, else by
 * the article's language. A word the table lacks is taken apart where names are built: the
 * article «ال» («السوداني» → "Al-Sudani") and Persian family-name endings («رضایی» = «رضا» + «یی» →
 * "Rezaei", «حسین‌زاده» → "Hosseinzadeh"); what is still unknown is spelled letter by letter, with
 * each language's letter values (Persian «ذ ض ظ» are z, «ث» s, «و» v).
 */
import type { Lang } from "../gazetteer.ts";
import { normalizeText } from "../../../src/text/normalize.ts";
import nameWords from "../../lexicon/name-words.json" with { type: "json" };

/** Which press spelling a name takes: the Arab world's or Iran's and Afghanistan's. */
export type NameStyle = Lang;

type Spelling = string | { readonly ar: string; readonly fa: string };

/** Countries whose names the press spells the Persian way. */
const PERSIANATE = new Set(["IRN", "AFG", "TJK"]);
/** The Arab League's members: names spelled the Arab way. */
const ARAB = new Set([
  "DZA", "BHR", "COM", "DJI", "EGY", "IRQ", "JOR", "KWT", "LBN", "LBY", "MRT",
  "MAR", "OMN", "PSE", "QAT", "SAU", "SOM", "SDN", "SYR", "TUN", "ARE", "YEM",
]);

/** The spelling style for a person of `country` named in an article in `lang`. */
export function nameStyleOf(country: string | undefined, lang: Lang): NameStyle {
  if (country && PERSIANATE.has(country)) return "fa";
  if (country && ARAB.has(country)) return "ar";
  return lang;
}

/** Name words by their normal form (a compound's words joined by one space). */
const WORDS: ReadonlyMap<string, Spelling> = new Map(
  Object.entries((nameWords as { words: Record<string, Spelling> }).words).map(([k, v]) => [normalizeText(k), v] as const),
);

/** Whether a word (normalised) is a name word of the table: a given name, a name component or a frequent family name. */
export function isNameWord(w: string): boolean {
  return WORDS.has(w);
}
/** The most words a compound key has. */
const MAX_COMPOUND = Math.max(1, ...[...WORDS.keys()].map((k) => k.split(" ").length));

const spell = (s: Spelling, style: NameStyle) => (typeof s === "string" ? s : s[style]);

/** Persian family-name endings, longest first, with their spelling. */
const FA_ENDINGS: readonly (readonly [string, string])[] = [
  ["زاده", "zadeh"],
  ["نژاد", "nejad"],
  ["پور", "pour"],
  ["یان", "ian"],
  ["نیا", "nia"],
  ["وند", "vand"],
  ["فر", "far"],
  ["یی", "i"],
  ["ای", "i"],
  ["ی", "i"],
].map(([k, v]) => [normalizeText(k!), v!] as const);

const ARTICLE = normalizeText("ال");
const FAMILY = normalizeText("آل");

/** Letter values common to both languages (normal forms: ي/ى → ی, ك → ک, ة → ه). */
const LETTERS: Readonly<Record<string, string>> = {
  ا: "a", ء: "", ب: "b", پ: "p", ت: "t", ث: "th", ج: "j", چ: "ch", ح: "h", خ: "kh", د: "d", ذ: "dh", ر: "r", ز: "z", ژ: "zh", س: "s",
  ش: "sh", ص: "s", ض: "d", ط: "t", ظ: "z", غ: "gh", ف: "f", ق: "q", ک: "k", گ: "g", ل: "l", م: "m", ن: "n", ه: "h",
};
/** Where Persian says a letter otherwise. */
const FA_LETTERS: Readonly<Record<string, string>> = { ث: "s", ذ: "z", ض: "z", ظ: "z" };

const VOWEL_END = /[aeiou]$/;
/** One consonant (or digraph) spelled so far: "b", "sh". */
const CONSONANT_ONLY = /^(?:[bcdfghjklmnpqrstvwxz]|sh|kh|gh|ch|zh|th|dh)$/;
/** Letters that are (or carry) a vowel. */
const VOWEL_LETTERS = new Set(["ا", "و", "ی", "آ"]);

/**
 * A word the table lacks, letter by letter. The short vowels are not written: an "a" goes between
 * two consonants that open the word, where no English spelling of a name has none («بهادر» →
 * "Bahadr", not "Bhadr"; «نصير» → "Nasir").
 */
function spellLetters(w: string, style: NameStyle): string {
  let out = "";
  const chars = [...w];
  chars.forEach((c, i) => {
    const first = i === 0;
    const last = i === chars.length - 1;
    // («تش» is how Arabic script writes "ch": «تشانغ» → "Chang")
    if (i === 1 && out === "t" && c === "ش") {
      out = "ch";
      return;
    }
    if (i === 1 && CONSONANT_ONLY.test(out) && !VOWEL_LETTERS.has(c) && c !== "ع") out += "a";
    const afterVowel = VOWEL_END.test(out) || out === "";
    if (c === "و") {
      if (first || afterVowel) out += style === "fa" ? "v" : "w";
      else out += !last && /[اوی]/.test(chars[i + 1] ?? "") ? (style === "fa" ? "v" : "w") : style === "fa" ? "ou" : "u";
    } else if (c === "ی") out += first || afterVowel ? "y" : "i";
    else if (c === "ع") out += first ? "a" : "";
    // a final heh after a consonant is a vowel: Arabic teh marbuta («فاطمة»), Persian silent heh («فاطمه»)
    else if (c === "ه" && last && i > 0 && !afterVowel) out += style === "fa" ? "eh" : "a";
    else if (/[a-z0-9]/.test(c)) out += c;
    else out += (style === "fa" ? FA_LETTERS[c] : undefined) ?? LETTERS[c] ?? "";
  });
  return out;
}

const capital = (s: string) => s.replace(/(^|[- ])([a-z])/g, (_, sep: string, c: string) => sep + c.toUpperCase());

/** One word of a name: from the table, else taken apart, else letter by letter. */
function spellWord(w: string, style: NameStyle): string {
  const known = WORDS.get(w);
  if (known !== undefined) return spell(known, style);
  if (w.startsWith(ARTICLE) && w.length > ARTICLE.length + 1) {
    const rest = w.slice(ARTICLE.length);
    const stem = WORDS.get(rest);
    return `Al-${stem !== undefined ? spell(stem, style) : capital(spellCompound(rest, style))}`;
  }
  return capital(spellCompound(w, style));
}

/** A word the table lacks as a whole: a known name with a Persian family-name ending, else letters. */
function spellCompound(w: string, style: NameStyle): string {
  for (const [ending, latin] of FA_ENDINGS) {
    if (w.length <= ending.length + 1 || !w.endsWith(ending)) continue;
    const stem = WORDS.get(w.slice(0, -ending.length));
    if (stem === undefined) continue;
    const s = spell(stem, style);
    // «رضا» + «یی» → "Rezaei"; «حسین» + «ی» → "Hosseini"
    return `${s}${ending.length === 2 && latin === "i" && VOWEL_END.test(s) ? "ei" : latin}`;
  }
  // a Turkic or Russian surname («عسگروف», «بایراماف»): "-ov" whatever the stem
  for (const ending of SLAVIC_ENDINGS) {
    if (w.length <= ending.length + 2 || !w.endsWith(ending)) continue;
    const stem = w.slice(0, -ending.length);
    const known = WORDS.get(stem);
    return `${known !== undefined ? spell(known, style) : spellLetters(stem, style)}ov`;
  }
  return spellLetters(w, style);
}

const SLAVIC_ENDINGS = ["اوف", "وف", "اف"].map((e) => normalizeText(e));

/** The English label of a name in Arabic script («عبد الله بن زايد», "ar" → "Abdullah bin Zayed"). */
export function romanizeName(name: string, style: NameStyle): string {
  const words = normalizeText(name)
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length > 0);
  const out: string[] = [];
  for (let i = 0; i < words.length; ) {
    let taken = 0;
    // a compound of the table («عبد الله», «آل ثاني»): the longest first
    for (let n = Math.min(MAX_COMPOUND, words.length - i); n >= 2 && taken === 0; n--) {
      const known = WORDS.get(words.slice(i, i + n).join(" "));
      if (known !== undefined) {
        out.push(spell(known, style));
        taken = n;
      }
    }
    if (taken === 0 && words[i] === FAMILY && i + 1 < words.length) {
      // «آل نهيان» → "Al Nahyan"
      out.push(`Al ${spellWord(words[i + 1]!, style)}`);
      taken = 2;
    }
    if (taken === 0) {
      const w = spellWord(words[i]!, style);
      if (w) out.push(w);
      taken = 1;
    }
    i += taken;
  }
  // the article is lowercase inside a name, as in the lexicon's labels ("Mohammed Shia al-Sudani")
  return out.map((w, i) => (i > 0 ? w.replace(/^Al-/, "al-") : w)).join(" ");
}

/** Names already transliterated (the same names come back in every article that names them). */
const TRANSLITERATED = new Map<string, string>();

/**
 * A name letter by letter, lowercase, the same for either language's spelling of it («سامح شكري» →
 * «samh shkri»): what a discovered person's id is made of, so that one person keeps one id in an
 * Arabic and a Persian article (the label, `romanizeName`, may differ by style).
 */
export function transliterate(name: string): string {
  let out = TRANSLITERATED.get(name);
  if (out === undefined) {
    out = transliterateOnce(name);
    if (TRANSLITERATED.size >= 4096) TRANSLITERATED.clear();
    TRANSLITERATED.set(name, out);
  }
  return out;
}

function transliterateOnce(name: string): string {
  return normalizeText(name)
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length > 0)
    .map((w) => {
      let out = "";
      const chars = [...w];
      chars.forEach((c, i) => {
        const vowelBefore = VOWEL_END.test(out) || out === "";
        if (c === "و") out += i === 0 || vowelBefore ? "w" : i === chars.length - 1 || !/[اوی]/.test(chars[i + 1] ?? "") ? "u" : "w";
        else if (c === "ی") out += i === 0 || vowelBefore ? "y" : "i";
        else if (c === "ع") out += i === 0 ? "a" : "";
        else if (/[a-z0-9]/.test(c)) out += c;
        else out += LETTERS[c] ?? "";
      });
      if (out.startsWith("al") && w.startsWith(ARTICLE) && out.length > 2) out = `al-${out.slice(2)}`;
      return out;
    })
    .filter((w) => w.length > 0)
    .join(" ");
}
