import { readFileSync } from "node:fs";
import countries from "i18n-iso-countries";
import { describe, expect, it } from "vitest";
import { normalizeText } from "../../src/text/normalize.ts";

/** One dated office, as stored in persons.json. */
interface PersonRole {
  readonly role: string;
  readonly country: string;
  readonly start?: string;
  readonly end?: string;
  /** Set when the role is held inside an organisation (Hezbollah, UN, IRGC…), not the state itself. */
  readonly organisation?: string;
  /** For envoys: the state the envoy is sent to. */
  readonly to?: string;
}

type ByLang = { readonly en: readonly string[]; readonly ar: readonly string[]; readonly fa: readonly string[] };

interface Person {
  readonly id: string;
  readonly label: string;
  readonly wikidata?: string;
  readonly country: string;
  readonly names: ByLang;
  readonly partial: ByLang;
  readonly partialAmbiguous?: ByLang;
  readonly roles: readonly PersonRole[];
  readonly source: string;
  readonly note?: string;
}

const persons: readonly Person[] = JSON.parse(readFileSync(new URL("./persons.json", import.meta.url), "utf8"));

const ROLE_KEYS = new Set([
  "president",
  "prime-minister",
  "supreme-leader",
  "king",
  "emir",
  "crown-prince",
  "vice-president",
  "foreign-minister",
  "deputy-foreign-minister",
  "defence-minister",
  "interior-minister",
  "spokesperson-foreign-ministry",
  "secretary-general",
  "speaker-of-parliament",
  "head-of-intelligence",
  "army-chief",
  "special-envoy",
  "leader",
]);

/** Roles that one person at a time holds in a given state (or organisation). */
const SINGLE_HOLDER = new Set([
  "president",
  "prime-minister",
  "foreign-minister",
  "defence-minister",
  "supreme-leader",
  "king",
  "emir",
]);

const LANGS = ["en", "ar", "fa"] as const;

/**
 * Ids of the persons holding `role` in `country` on `isoDate` (inclusive bounds; a missing start or end is open).
 * Roles scoped to an organisation match only when `organisation` is given and equal.
 */
function holdersOf(
  list: readonly Person[],
  role: string,
  country: string,
  isoDate: string,
  organisation?: string,
): string[] {
  return list
    .filter((p) =>
      p.roles.some(
        (r) =>
          r.role === role &&
          r.country === country &&
          r.organisation === organisation &&
          (r.start === undefined || r.start <= isoDate) &&
          (r.end === undefined || isoDate <= r.end),
      ),
    )
    .map((p) => p.id);
}

/** The one holder of `role` in `country` on `isoDate`, `undefined` if none; throws if the lexicon names several. */
function holderOf(
  list: readonly Person[],
  role: string,
  country: string,
  isoDate: string,
  organisation?: string,
): string | undefined {
  const ids = holdersOf(list, role, country, isoDate, organisation);
  if (ids.length > 1) throw new Error(`${role} of ${country} on ${isoDate}: several holders ${ids.join(", ")}`);
  return ids[0];
}

function isRealDate(iso: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return false;
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso;
}

describe("persons.json shape", () => {
  it("parses as a non-empty array sorted by id with unique lowercase slugs", () => {
    expect(persons.length).toBeGreaterThanOrEqual(250);
    const ids = persons.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it("gives every person a label among its English names, at least one Arabic and one Persian name, an ISO3 country and a source", () => {
    for (const p of persons) {
      expect(p.names.en, p.id).toContain(p.label);
      expect(p.names.ar.length, p.id).toBeGreaterThan(0);
      expect(p.names.fa.length, p.id).toBeGreaterThan(0);
      expect(p.country, p.id).toMatch(/^[A-Z]{3}$/);
      expect(countries.isValid(p.country), p.id).toBe(true);
      expect(p.source.length, p.id).toBeGreaterThan(0);
      if (p.wikidata !== undefined) expect(p.wikidata, p.id).toMatch(/^Q\d+$/);
    }
  });

  it("writes Arabic and Persian names in Arabic script and never leaves empty strings", () => {
    for (const p of persons) {
      for (const lang of LANGS) {
        for (const s of [...p.names[lang], ...p.partial[lang], ...(p.partialAmbiguous?.[lang] ?? [])]) {
          expect(s.trim(), p.id).toBe(s);
          expect(s.length, p.id).toBeGreaterThan(1);
          if (lang !== "en") expect(s, `${p.id} ${lang}`).toMatch(/[\u0600-\u06FF]/);
        }
      }
    }
  });

  it("uses only known role keys, ISO3 countries and real ISO dates with start <= end", () => {
    for (const p of persons) {
      for (const r of p.roles) {
        const where = `${p.id} ${r.role}`;
        expect(ROLE_KEYS.has(r.role), where).toBe(true);
        expect(r.country, where).toMatch(/^[A-Z]{3}$/);
        expect(countries.isValid(r.country), where).toBe(true);
        if (r.to !== undefined) expect(countries.isValid(r.to), where).toBe(true);
        if (r.organisation !== undefined) expect(r.organisation, where).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        if (r.start !== undefined) expect(isRealDate(r.start), `${where} start ${r.start}`).toBe(true);
        if (r.end !== undefined) expect(isRealDate(r.end), `${where} end ${r.end}`).toBe(true);
        if (r.start !== undefined && r.end !== undefined) expect(r.start <= r.end, where).toBe(true);
        // a start-less role is allowed only for an office taken before the covered period, and the note says so
        if (r.start === undefined) expect(p.note ?? "", where).toMatch(/not recorded/);
      }
    }
  });

  it("scopes secretaries-general and group leaders to an organisation", () => {
    for (const p of persons) {
      for (const r of p.roles) {
        if (r.role === "secretary-general" || r.role === "leader") expect(r.organisation, p.id).toBeDefined();
      }
    }
  });
});

describe("single-holder roles never overlap", () => {
  it("has at most one president, PM, foreign/defence minister, supreme leader, king or emir per state per day", () => {
    const clashes: string[] = [];
    const byKey = new Map<string, { id: string; start: string; end: string }[]>();
    for (const p of persons) {
      for (const r of p.roles) {
        if (!SINGLE_HOLDER.has(r.role)) continue;
        const key = `${r.role}|${r.country}|${r.organisation ?? ""}`;
        const list = byKey.get(key) ?? [];
        list.push({ id: p.id, start: r.start ?? "0000-01-01", end: r.end ?? "9999-12-31" });
        byKey.set(key, list);
      }
    }
    for (const [key, list] of byKey) {
      for (let i = 0; i < list.length; i++) {
        for (let j = i + 1; j < list.length; j++) {
          const a = list[i]!;
          const b = list[j]!;
          if (a.start <= b.end && b.start <= a.end) clashes.push(`${key}: ${a.id} ${a.start}..${a.end} / ${b.id} ${b.start}..${b.end}`);
        }
      }
    }
    expect(clashes).toEqual([]);
  });
});

describe("holderOf resolves titles on a date", () => {
  const cases: readonly (readonly [role: string, country: string, date: string, expected: string | undefined])[] = [
    // the brief's seed dates
    ["foreign-minister", "TUR", "2023-01-17", "mevlut-cavusoglu"],
    ["foreign-minister", "TUR", "2024-12-02", "hakan-fidan"],
    ["foreign-minister", "IRN", "2023-01-17", "hossein-amir-abdollahian"],
    ["foreign-minister", "IRN", "2024-10-21", "abbas-araghchi"],
    ["president", "IRN", "2022-07-19", "ebrahim-raisi"],
    ["defence-minister", "TUR", "2022-12-28", "hulusi-akar"],
    ["defence-minister", "SYR", "2022-12-28", "ali-mahmoud-abbas"],
    ["foreign-minister", "SYR", "2022-07-19", "faisal-mekdad"],
    ["supreme-leader", "IRN", "2022-07-19", "ali-khamenei"],
    // other countries and years
    ["foreign-minister", "TUR", "2015-10-01", "feridun-sinirlioglu"],
    ["foreign-minister", "IRN", "2015-07-14", "mohammad-javad-zarif"],
    ["foreign-minister", "IRN", "2024-06-15", "ali-bagheri-kani"],
    ["president", "IRN", "2024-06-01", "mohammad-mokhber"],
    ["president", "IRN", "2024-12-02", "masoud-pezeshkian"],
    ["supreme-leader", "IRN", "2026-03-03", undefined],
    ["supreme-leader", "IRN", "2026-03-10", "mojtaba-khamenei"],
    ["foreign-minister", "SYR", "2018-05-01", "walid-muallem"],
    ["foreign-minister", "SYR", "2024-10-15", "bassam-sabbagh"],
    ["foreign-minister", "SYR", "2025-06-01", "asaad-al-shaibani"],
    ["president", "SYR", "2024-12-15", undefined],
    ["president", "SYR", "2025-06-01", "ahmed-al-sharaa"],
    ["foreign-minister", "USA", "2016-03-01", "john-kerry"],
    ["foreign-minister", "USA", "2025-03-01", "marco-rubio"],
    ["president", "USA", "2021-01-19", "donald-trump"],
    ["president", "USA", "2021-01-20", "joe-biden"],
    ["foreign-minister", "ISR", "2016-06-01", "benjamin-netanyahu"],
    ["defence-minister", "ISR", "2024-11-10", "israel-katz"],
    ["foreign-minister", "ISR", "2024-11-10", "gideon-saar"],
    ["prime-minister", "ISR", "2022-09-01", "yair-lapid"],
    ["defence-minister", "RUS", "2020-01-01", "sergei-shoigu"],
    ["defence-minister", "RUS", "2024-06-01", "andrei-belousov"],
    ["foreign-minister", "SAU", "2017-06-05", "adel-al-jubeir"],
    ["king", "SAU", "2015-01-23", "salman-bin-abdulaziz"],
    ["emir", "QAT", "2017-06-05", "tamim-bin-hamad-al-thani"],
    ["emir", "KWT", "2021-05-01", "nawaf-al-ahmad-al-jaber-al-sabah"],
    ["prime-minister", "IRQ", "2021-01-01", "mustafa-al-kadhimi"],
    ["prime-minister", "LBN", "2020-06-01", "hassan-diab"],
    ["president", "LBN", "2023-06-01", undefined],
    ["foreign-minister", "EGY", "2020-01-01", "sameh-shoukry"],
    ["foreign-minister", "GBR", "2022-10-01", "james-cleverly"],
    ["foreign-minister", "FRA", "2019-01-01", "jean-yves-le-drian"],
    ["prime-minister", "DEU", "2019-01-01", "angela-merkel"],
    ["foreign-minister", "CHN", "2023-05-01", "qin-gang"],
    ["king", "OMN", "2021-01-01", "haitham-bin-tariq"],
    ["prime-minister", "PAK", "2020-01-01", "imran-khan"],
  ];
  for (const [role, country, date, expected] of cases) {
    it(`gives ${expected ?? "no one"} as ${role} of ${country} on ${date}`, () => {
      expect(holderOf(persons, role, country, date)).toBe(expected);
    });
  }

  it("scopes organisation roles: Hezbollah's secretary-general before and after Nasrallah", () => {
    expect(holderOf(persons, "secretary-general", "LBN", "2024-09-01", "hezbollah")).toBe("hassan-nasrallah");
    expect(holderOf(persons, "secretary-general", "LBN", "2024-10-15", "hezbollah")).toBeUndefined();
    expect(holderOf(persons, "secretary-general", "LBN", "2024-11-01", "hezbollah")).toBe("naim-qassem");
    expect(holderOf(persons, "secretary-general", "LBN", "2024-11-01")).toBeUndefined();
  });

  it("names the UN Syria envoy and the Hamas leader on dates of the Astana years", () => {
    expect(holderOf(persons, "special-envoy", "SYR", "2017-01-23", "united-nations")).toBe("staffan-de-mistura");
    expect(holderOf(persons, "special-envoy", "SYR", "2022-07-19", "united-nations")).toBe("geir-pedersen");
    expect(holderOf(persons, "leader", "PSE", "2020-01-01", "hamas")).toBe("ismail-haniyeh");
    expect(holderOf(persons, "leader", "PSE", "2024-09-01", "hamas")).toBe("yahya-sinwar");
    expect(holderOf(persons, "army-chief", "IRN", "2021-01-01", "quds-force")).toBe("esmail-qaani");
  });

  it("names Iran's foreign-ministry spokesperson on the seed date 2024-10-21 and in 2021", () => {
    expect(holderOf(persons, "spokesperson-foreign-ministry", "IRN", "2024-10-21")).toBe("esmaeil-baghaei");
    expect(holderOf(persons, "spokesperson-foreign-ministry", "IRN", "2021-03-01")).toBe("saeed-khatibzadeh");
    expect(holderOf(persons, "spokesperson-foreign-ministry", "IRN", "2023-06-01")).toBe("nasser-kanaani");
  });

  it("throws when the lexicon would name two holders", () => {
    const twin: Person = { ...persons.find((p) => p.id === "hakan-fidan")!, id: "hakan-fidan-twin" };
    expect(() => holderOf([...persons, twin], "foreign-minister", "TUR", "2024-12-02")).toThrow(
      "foreign-minister of TUR on 2024-12-02: several holders hakan-fidan, hakan-fidan-twin",
    );
  });
});

describe("names match the spellings news uses", () => {
  const index = new Map<string, string>();
  for (const p of persons) {
    for (const lang of LANGS) for (const s of [...p.names[lang], ...p.partial[lang]]) index.set(normalizeText(s), p.id);
  }
  const who = (surface: string): string | undefined => index.get(normalizeText(surface));

  it("knows the seed articles' spellings", () => {
    expect(who("مولود تشاووش أوغلو")).toBe("mevlut-cavusoglu");
    expect(who("تشاووش أوغلو")).toBe("mevlut-cavusoglu");
    expect(who("حسين أمير عبد اللهيان")).toBe("hossein-amir-abdollahian");
    expect(who("عبد اللهيان")).toBe("hossein-amir-abdollahian");
    expect(who("عباس عراقجي")).toBe("abbas-araghchi");
    expect(who("سیدعباس عراقچی")).toBe("abbas-araghchi");
    expect(who("سید عباس عراقچی")).toBe("abbas-araghchi");
    expect(who("إسماعيل بقائي")).toBe("esmaeil-baghaei");
    expect(who("المقداد")).toBe("faisal-mekdad");
    expect(who("ميخائيل بوغدانوف")).toBe("mikhail-bogdanov");
    expect(who("خامنئي")).toBe("ali-khamenei");
    expect(who("نتانیاهو")).toBe("benjamin-netanyahu");
    expect(who("خلوصي أكار")).toBe("hulusi-akar");
    expect(who("علي عباس")).toBe("ali-mahmoud-abbas");
    expect(who("عباس نيلفروشان")).toBe("abbas-nilforoushan");
    expect(who("حسن نصر الله")).toBe("hassan-nasrallah");
    expect(who("إسماعيل هنية")).toBe("ismail-haniyeh");
    expect(who("رجب طيب أردوغان")).toBe("recep-tayyip-erdogan");
    expect(who("هاکان فیدان")).toBe("hakan-fidan");
  });

  it("knows variants the seeds do not contain", () => {
    expect(who("مولود جاويش أوغلو")).toBe("mevlut-cavusoglu");
    expect(who("چاووش‌اوغلو")).toBe("mevlut-cavusoglu");
    expect(who("امیرعبداللهیان")).toBe("hossein-amir-abdollahian");
    expect(who("امیر عبداللهیان")).toBe("hossein-amir-abdollahian");
    expect(who("عراقچي")).toBe("abbas-araghchi");
    expect(who("ناصر كنعاني")).toBe("nasser-kanaani");
    expect(who("أبو محمد الجولاني")).toBe("ahmed-al-sharaa");
    expect(who("أسعد الشيباني")).toBe("asaad-al-shaibani");
    expect(who("ماريا زاخاروفا")).toBe("maria-zakharova");
    expect(who("غير بيدرسون")).toBe("geir-pedersen");
    expect(who("يشار غولر")).toBe("yasar-guler");
    expect(who("مجتبى خامنئي")).toBe("mojtaba-khamenei");
  });

  it("keeps ordinary words out of the safe surname forms", () => {
    // «رئيسي» main, «السوداني» Sudanese, «العربي» the Arab, «الشرع» the law, «بري» by land, «مرسى» anchorage, «مرز» border
    for (const word of ["رئيسي", "رئیسی", "السوداني", "العربي", "الشرع", "بري", "عون", "سلام", "مرسى", "مرز", "عباس", "الأمين"]) {
      expect(who(word), word).toBeUndefined();
    }
    expect(who('"رئيسي"')).toBe("ebrahim-raisi");
  });

  it("never gives one spelling to two persons, and never lists a form as both safe and ambiguous", () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const p of persons) {
      for (const lang of LANGS) {
        for (const s of [...p.names[lang], ...p.partial[lang]]) {
          const k = normalizeText(s);
          const prev = owner.get(k);
          if (prev !== undefined && prev !== p.id) clashes.push(`${s}: ${prev} / ${p.id}`);
          owner.set(k, p.id);
        }
        for (const s of p.partialAmbiguous?.[lang] ?? []) {
          if (p.partial[lang].includes(s)) clashes.push(`${p.id}: ${s} is both safe and ambiguous`);
        }
      }
    }
    expect(clashes).toEqual([]);
  });
});
