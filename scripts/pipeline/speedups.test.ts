/**
 * The faster paths of the per-article analysis give exactly what the plain code gave: each is
 * checked against the plain version (kept here as the reference) on real text, on sentences written
 * for it, and on a deterministic sweep of mixed strings.
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { normalizeText, normalizeWithMap, type Normalized, unitForm } from "../../src/text/normalize.ts";
import { buildIndex, endVariants, findHits, type Hit, type Index, type MatchForm, selectLongest, startVariants, type Token, tokenize } from "./actors/forms.ts";
import { holderOf } from "./actors/roles.ts";
import { civil } from "./dates/calendars.ts";
import { HeadFilter } from "./dates/lexicon.ts";
import { detectLanguage } from "./detect.ts";
import { loadGazetteer } from "./gazetteer.ts";
import { findPublisherSpans } from "./metadata.ts";
import { decodeBytes } from "./read.ts";
import type { ActorEntry } from "./types.ts";
import { mixedStrings } from "../lib/mixedStrings.ts";

const PIECES = [
  ..."وزير الخارجية التركي هاكان فيدان",
  "است", "را", "که", "این", "في", "من", "إلى", "وقال", "قال", "های", "باید", "التي", "عصر ترکیه", "عصرترکیه", "سرايا",
  "۱۴۰۳", "2024", "\u064E", "ـ", "«", "»", "،", ".", " ", " ", "\t", "\u00A0", "\u2028", "\uFEFF", "\u200C", "\n",
  "𝐀", "😀", "\uD800", "\uDC00", "\u0600", "A", "Σ", "İ",
];

const mixed = (count: number, seed: number) => mixedStrings(PIECES, count, seed);

describe("normalisation", () => {
  it("leaves every BMP unit's normal form in lower case already (findPublisherSpans relies on it)", () => {
    const changed: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const f = unitForm(c);
      if (f.toLowerCase() !== f) changed.push(c);
    }
    expect(changed).toEqual([]);
  });
});

/** `findPublisherSpans` as it was: a lower-cased copy of the text without spaces, searched with `indexOf`. */
function publisherSpansReference(text: string, names: readonly string[]): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  if (names.length === 0) return spans;
  const n = normalizeWithMap(text);
  const back: number[] = [];
  for (let i = 0; i < n.text.length; i++) if (n.text.charCodeAt(i) !== 0x20) back.push(n.map[i]!);
  const compact = n.text.replace(/ /g, "").toLowerCase();
  for (const name of names) {
    const needle = normalizeText(name).replace(/\s+/g, "").toLowerCase();
    if (needle.length < 3) continue;
    let from = 0;
    for (;;) {
      const at = compact.indexOf(needle, from);
      if (at < 0) break;
      spans.push({ start: back[at]!, end: back[at + needle.length - 1]! + 1 });
      from = at + needle.length;
    }
  }
  return spans.sort((a, b) => a.start - b.start || b.end - a.end);
}

describe("findPublisherSpans", () => {
  it("finds «وكالة سرايا» glued and spaced, and overlapping names once each, without copying the text", () => {
    const text = "وكالة سرايا: قال مراسل وكالةسرايا إن سرايا سراياسرايا";
    expect(findPublisherSpans(text, ["وكالة سرايا", "سرايا"])).toEqual([
      { start: 0, end: 11 },
      { start: 6, end: 11 },
      { start: 23, end: 33 },
      { start: 28, end: 33 },
      { start: 37, end: 42 },
      { start: 43, end: 48 },
      { start: 48, end: 53 },
    ]);
  });

  it("lower-cases an astral capital in a text that has one (𝐀 stays, Deseret 𐐀 folds to 𐐨)", () => {
    expect(findPublisherSpans("به گزارش 𐐀BC نیوز", ["𐐨bc"])).toEqual([{ start: 9, end: 13 }]);
  });

  it("gives the spans of the plain search on 3000 mixed strings", () => {
    const names = ["عصر ترکیه", "سرايا", "وزير الخارجية", "abc", "𝐀𝐀𝐀", "ترکیه"];
    for (const s of mixed(3000, 5)) expect(findPublisherSpans(s, names)).toEqual(publisherSpansReference(s, names));
  });
});

/** `detectLanguage` as it was: the frequent words counted by regular expressions. */
function detectReference(text: string): ReturnType<typeof detectLanguage> {
  const sample = text.slice(0, 20000);
  const count = (re: RegExp) => {
    let k = 0;
    for (let m = re.exec(sample); m; m = re.exec(sample)) k++;
    return k;
  };
  let letters = 0;
  let arabicScript = 0;
  let persianLetters = 0;
  let tehMarbuta = 0;
  for (const ch of sample) {
    if (/\p{L}/u.test(ch)) letters++;
    for (let i = 0; i < ch.length; i++) {
      const c = ch.charCodeAt(i);
      if ((c >= 0x0600 && c <= 0x06ff) || (c >= 0x0750 && c <= 0x077f) || (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff)) {
        arabicScript++;
        if ([0x067e, 0x0686, 0x0698, 0x06af].includes(c)) persianLetters++;
        else if (c === 0x0629) tehMarbuta++;
      }
    }
  }
  if (letters === 0) return { lang: null, reason: "no letters in the text" };
  if (arabicScript / letters < 0.3) return { lang: null, reason: `not Arabic or Persian (${arabicScript} Arabic-script letters of ${letters})` };
  // (a headline alone cannot be told apart: too few of the letters and words that tell the languages apart)
  if (arabicScript < 40) return { lang: null, reason: `too short to analyse (${arabicScript} Arabic-script letters; at least 40)` };
  const fa = persianLetters * 2 + count(/(?:^|\s)(?:است|را|که|این|آن|می|های|شد|کرد|برای|با|تا|هم|خود|اما|نیز|باید)(?=\s|$)/g) * 3;
  const ar = count(/(?:^|\s)(?:في|من|على|إلى|الى|التي|الذي|أن|إن|عن|مع|هذا|هذه|كان|قد|لم|وقال|قال)(?=\s|$)/g) * 3 + tehMarbuta;
  const total = fa + ar || 1;
  return fa > ar ? { lang: "fa", confidence: fa / total } : { lang: "ar", confidence: ar / total };
}

describe("detectLanguage", () => {
  it("counts «را» and «است» between any white space, but not «است» glued to a mark", () => {
    const fa = "این گزارش را\u00A0است\tکه تهران امروز اعلام کرد، است. ".repeat(4);
    expect(detectLanguage(fa)).toEqual(detectReference(fa));
    expect(detectLanguage(fa)).toEqual({ lang: "fa", confidence: 1 });
  });

  it("gives the plain counts' guess on 3000 mixed strings (each repeated past the 40-letter floor)", () => {
    for (const s of mixed(3000, 13)) {
      const text = `${s} ${s} ${s} ${s} في`;
      expect(detectLanguage(text)).toEqual(detectReference(text));
    }
  });
});

describe("HeadFilter", () => {
  it("has exactly its heads, read at an offset of a token", () => {
    const f = new HeadFilter();
    for (const h of ["امس", "الاثنین", "دی", "2024"]) f.add(h);
    expect(["امس", "وامس", "الاثنین", "بالاثنین", "دی", "دیروز", "2024", "202"].map((w, k) => f.has(w, k % 2 === 1 ? 1 : 0))).toEqual([
      true,
      true,
      true,
      true,
      true,
      false,
      true,
      false,
    ]);
  });
});

describe("holderOf", () => {
  const person = (id: string, roles: ActorEntry["roles"]): ActorEntry => ({ id, kind: "person", names: { ar: [], fa: [] }, roles }) as unknown as ActorEntry;
  const byId = new Map<string, ActorEntry>([
    ["a", person("a", [{ role: "foreign-minister", country: "TUR", start: "2018-07-10", end: "2023-06-03" }])],
    ["b", person("b", [{ role: "foreign-minister", country: "TUR", start: "2023-06-04" }])],
    ["c", person("c", [{ role: "foreign-minister", country: "IRN", start: "2024-08-21" }])],
    ["d", person("d", [{ role: "secretary-general", country: "LBN", organisation: "hezbollah", start: "2024-10-29" }])],
  ]);

  it("names the minister of the asked country on the day, and an organisation's office by its id", () => {
    expect([
      holderOf(byId, "foreign-minister", "TUR", "2022-01-01"),
      holderOf(byId, "foreign-minister", "TUR", "2024-01-01"),
      holderOf(byId, "foreign-minister", "IRN", "2024-09-01"),
      holderOf(byId, "foreign-minister", "IRN", "2024-01-01"),
      holderOf(byId, "secretary-general", "hezbollah", "2025-01-01"),
      holderOf(byId, "secretary-general", "LBN", "2025-01-01"),
    ]).toEqual(["a", "b", "c", undefined, "d", undefined]);
  });
});

describe("selectLongest", () => {
  const form = { words: ["x"], lang: "ar", actorId: "X", via: "name", key: "x" } as MatchForm;
  const hit = (s: number, e: number, prefix = ""): Hit => ({ form, s, e, t0: 0, t1: 0, prefix });

  it("keeps the longest, then the leftmost, never two that overlap", () => {
    const hits = [hit(0, 4), hit(2, 9), hit(9, 12), hit(11, 14), hit(20, 23, "و"), hit(20, 23)];
    expect(selectLongest(hits).map((h) => [h.s, h.e, h.prefix])).toEqual([
      [2, 9, ""],
      [9, 12, ""],
      [20, 23, ""],
    ]);
  });

  it("lets an empty hit inside a taken one block nothing and be blocked by it, as before", () => {
    expect(selectLongest([hit(3, 3), hit(0, 6), hit(6, 8)]).map((h) => [h.s, h.e])).toEqual([
      [0, 6],
      [6, 8],
    ]);
  });
});

/** `findHits` as it was written first: every start variant, its end variants, then the longer forms. */
function hitsReference(n: Normalized, tokens: readonly Token[], lang: "ar" | "fa", index: Index): Hit[] {
  const hits: Hit[] = [];
  const formsOf = (head: string, multi: boolean) => (index.get(head) ?? []).filter((f) => f.lang === lang && (multi ? f.words.length >= 2 : f.words.length === 1));
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    const starts = startVariants(tok.w, lang);
    for (const v of starts) {
      const ends = v.w === tok.w || lang === "fa" ? endVariants(v.w, lang) : [{ w: v.w, pre: 0, suf: 0 }];
      for (const e of ends) {
        for (const f of formsOf(e.w, false)) hits.push({ form: f, s: tok.s + v.pre, e: tok.e - e.suf, t0: i, t1: i, prefix: tok.w.slice(0, v.pre) });
      }
    }
    for (const v of starts) {
      for (const f of formsOf(v.w, true)) {
        let end: { t: number; e: number } | undefined;
        for (let k = 1; k < f.words.length; k++) {
          const t = tokens[i + k];
          const prev = tokens[i + k - 1];
          if (!t || !prev || !/^[\s"'()\-.]*$/.test(n.text.slice(prev.e, t.s))) break;
          if (k < f.words.length - 1) {
            if (t.w !== f.words[k]) break;
            continue;
          }
          const ev = endVariants(t.w, lang).find((x) => x.w === f.words[k]);
          if (ev) end = { t: i + k, e: t.e - ev.suf };
        }
        if (end) hits.push({ form: f, s: tok.s + v.pre, e: end.e, t0: i, t1: end.t, prefix: tok.w.slice(0, v.pre) });
      }
    }
  }
  return hits;
}

describe("findHits", () => {
  const gazetteer = loadGazetteer();
  const index = buildIndex(gazetteer.forms);
  const seeds = readdirSync(new URL("../../seeds", import.meta.url))
    .filter((f) => f.endsWith(".txt"))
    .map((f) => readFileSync(new URL(`../../seeds/${f}`, import.meta.url), "utf8"));

  it("finds «فیدان» with its suffix, «للعراق» read as «العراق», and «عباس عراقچی» over a quote", () => {
    const text = "سفر فیدانها به تهران، للعراق و «عباس» عراقچی";
    const n = normalizeWithMap(text);
    const found = (lang: "ar" | "fa") => findHits(n, tokenize(n.text), lang, index).map((h) => `${n.text.slice(h.s, h.e)}:${h.form.actorId || h.form.via}`);
    expect(findHits(n, tokenize(n.text), "fa", index)).toEqual(hitsReference(n, tokenize(n.text), "fa", index));
    expect(findHits(n, tokenize(n.text), "ar", index)).toEqual(hitsReference(n, tokenize(n.text), "ar", index));
    // «للعراق»: the name starts after the preposition, at the article's ل
    expect(found("ar")).toContain("لعراق:IRQ");
  });

  it("gives the plain search's hits on the seed articles, in both languages", () => {
    for (const text of seeds) {
      const n = normalizeWithMap(text);
      const tokens = tokenize(n.text);
      for (const lang of ["ar", "fa"] as const) expect(findHits(n, tokens, lang, index)).toEqual(hitsReference(n, tokens, lang, index));
    }
  });
});

describe("decodeBytes", () => {
  it("reads valid UTF-8 as the strict decoder does and sends an encoded surrogate to the legacy fallback", () => {
    const text = "وزير الخارجية 😀 ۱۴۰۳";
    expect(decodeBytes(Buffer.from(text, "utf8"))).toEqual({ ok: true, text, encoding: "utf-8" });
    const bad = Buffer.concat([Buffer.from("سلام ", "utf8"), Buffer.from([0xed, 0xa0, 0x80])]);
    const r = decodeBytes(bad);
    expect(r.ok && r.encoding).toBe("windows-1256");
  });
});

describe("civil", () => {
  it("gives the Date's UTC year, month and day for every day from year -2000 to 4000, and for a fraction", () => {
    const wrong: number[] = [];
    for (let n = -1_450_000; n <= 740_000; n++) {
      const t = new Date(n * 86_400_000);
      const c = civil(n);
      if (c.y !== t.getUTCFullYear() || c.m !== t.getUTCMonth() + 1 || c.d !== t.getUTCDate()) wrong.push(n);
    }
    expect(wrong).toEqual([]);
    expect([civil(0), civil(19_999.5), civil(20_000)]).toEqual([
      { y: 1970, m: 1, d: 1 },
      { y: 2024, m: 10, d: 3 },
      { y: 2024, m: 10, d: 4 },
    ]);
  });
});
