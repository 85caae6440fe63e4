import { describe, expect, it } from "vitest";
import { ar, en, fa } from "./messages.ts";
import { translate } from "./t.ts";

describe("message catalogues", () => {
  it("have the same keys in English, Arabic and Persian, none empty", () => {
    const keys = Object.keys(en).sort();
    expect(Object.keys(ar).sort()).toEqual(keys);
    expect(Object.keys(fa).sort()).toEqual(keys);
    for (const c of [en, ar, fa]) expect(Object.values(c).filter((v) => !v.trim())).toEqual([]);
  });
  it("keep every placeholder of the English message", () => {
    const ph = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    for (const k of Object.keys(en) as (keyof typeof en)[]) {
      expect(ph(ar[k]), `ar ${k}`).toEqual(ph(en[k]));
      expect(ph(fa[k]), `fa ${k}`).toEqual(ph(en[k]));
    }
  });
  it("formats numbers in the interface language's digits", () => {
    expect(translate("en", "pair.events", { count: 12 })).toBe("12 events");
    expect(translate("ar", "pair.events", { count: 12 })).toBe("١٢ أحداث");
    expect(translate("fa", "pair.events", { count: 12 })).toBe("۱۲ رویداد");
    expect(translate("ar", "pair.events", { count: 12 }, "latn")).toBe("12 أحداث");
  });
});
