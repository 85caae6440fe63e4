import { describe, expect, it } from "vitest";
import { en, fa } from "../../i18n/areas/timeline.ts";
import { cameoFamiliesFrom } from "./cameoRoots.ts";
import { ev } from "./fixtures.test-util.ts";
import { assignLanes, rankActors } from "./lanes.ts";
import { buildModel } from "./model.ts";

const name = (label: string, ar: string, fa: string) => ({ label, names: { en: [label], ar: [ar], fa: [fa] } });
const actors = new Map([
  ["IRN", name("Iran", "إيران", "ایران")],
  ["TUR", name("Turkey", "تركيا", "ترکیه")],
  ["SYR", name("Syria", "سوريا", "سوریه")],
  ["RUS", name("Russia", "روسيا", "روسیه")],
]);
// Iran–Turkey consultations (as in the seeds), plus an Astana-format meeting and two others.
const model = buildModel([
  ev("e1", "2024-12-02", { src: ["IRN"], tgt: ["TUR"], cameo: "040" }),
  ev("e2", "2024-10-19", { src: ["TUR"], tgt: ["IRN"], cameo: "036" }),
  ev("e3", "2022-07-19", { src: ["IRN"], tgt: ["RUS"], other: ["TUR", "IRN"], cameo: "043" }),
  ev("e4", "2023-01-17", { src: ["TUR"], tgt: ["SYR"], cameo: "112", quad: 3 }),
  ev("e5", "2023-03-01", { src: ["USA"], tgt: ["ISR"], cameo: "0231" }),
]);
const base = { actors, selectedActorId: null, lang: "en" as const, maxLanes: 3, otherLabel: "Other", allLabel: "All", cameoFamilies: cameoFamiliesFrom(en) };

describe("assignLanes", () => {
  it("puts everything in one lane for mode none", () => {
    const [lane, ...rest] = assignLanes(model, "none", base);
    expect(rest).toEqual([]);
    expect(lane!.label).toBe("All");
    expect([...lane!.members]).toEqual([0, 1, 2, 3, 4]);
  });

  it("gives each CAMEO root family a lane, in code order, labelled in the UI language", () => {
    const lanes = assignLanes(model, "type", { ...base, lang: "fa", cameoFamilies: cameoFamiliesFrom(fa) });
    expect(lanes.map((l) => l.label)).toEqual(["02 درخواست", "03 اعلام قصد همکاری", "04 رایزنی", "11 ابراز مخالفت"]);
    expect(assignLanes(model, "type", base).map((l) => l.label)).toEqual(["02 Appeal", "03 Intent to cooperate", "04 Consult", "11 Disapprove"]);
    expect(lanes.map((l) => [...l.members].map((i) => model.events[i]!.id))).toEqual([["e5"], ["e2"], ["e3", "e1"], ["e4"]]);
  });

  it("ranks actors by events, once per event even when named twice", () => {
    expect(rankActors(model, null, 10)).toEqual(["TUR", "IRN", "ISR", "RUS", "SYR", "USA"]);
    expect(rankActors(model, "SYR", 3)).toEqual(["SYR", "TUR", "IRN"]);
  });

  it("gives the selected actor the first lane, then the most active, then the others", () => {
    const lanes = assignLanes(model, "actor", { ...base, selectedActorId: "SYR", lang: "ar" });
    expect(lanes.map((l) => [l.key, l.label])).toEqual([
      ["actor:SYR", "سوريا"],
      ["actor:TUR", "تركيا"],
      ["other", "Other"],
    ]);
    expect(lanes.map((l) => [...l.members].map((i) => model.events[i]!.id))).toEqual([["e4"], ["e3", "e4", "e2", "e1"], ["e5"]]);
  });

  it("falls back to the id when an actor is not in the list, and measures the longest event", () => {
    const m = buildModel([ev("x", "2024-10-01", { end: "2024-10-31", precision: "month", src: ["QAT"] })]);
    const [lane] = assignLanes(m, "actor", { ...base, maxLanes: 4 });
    expect(lane!.label).toBe("QAT");
    expect(lane!.maxDuration).toBe(31 * 86_400_000);
  });
});
