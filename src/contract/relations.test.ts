import { describe, expect, it } from "vitest";
import { eventParticipants, relationsFromEvents } from "./relations.ts";

describe("eventParticipants", () => {
  it("lists each actor once, sources first, in order of first appearance", () => {
    expect(eventParticipants({ sourceIds: ["IRN", "abbas-araghchi"], targetIds: ["TUR", "IRN"], otherIds: ["RUS", "TUR", "SYR"] })).toEqual([
      "IRN",
      "abbas-araghchi",
      "TUR",
      "RUS",
      "SYR",
    ]);
  });

  it("gives an empty list for an event with no actors, and a fresh array each time", () => {
    const e = { sourceIds: [], targetIds: [], otherIds: [] };
    expect(eventParticipants(e)).toEqual([]);
    expect(eventParticipants(e)).not.toBe(eventParticipants(e));
  });
});

describe("relationsFromEvents", () => {
  const date = (d: string) => ({ edtf: d, start: d, end: d, precision: "day" as const });
  const events = [
    { id: "a", date: date("2023-01-05"), quad: 1 as const, goldstein: 3.4, sourceIds: ["IRN"], targetIds: ["TUR", "SYR"], otherIds: [] },
    { id: "b", date: date("2023-01-02"), quad: 4 as const, goldstein: -9.2, sourceIds: ["IRN"], targetIds: ["TUR"], otherIds: [] },
    { id: "c", date: date("2023-02-01"), quad: 1 as const, goldstein: 0.1, sourceIds: ["IRN"], targetIds: ["SYR", "TUR"], otherIds: [] },
    { id: "d", date: date("2022-12-30"), quad: 2 as const, goldstein: 1.7, sourceIds: ["TUR"], targetIds: ["IRN"], otherIds: ["abbas-araghchi"] },
  ];
  const affiliated = (a: string, b: string) => (a === "abbas-araghchi" && b === "IRN") || (a === "IRN" && b === "abbas-araghchi");

  it("sums each pair's events in order, with their first and last dates, and leaves out an actor and their own state", () => {
    const all = relationsFromEvents(events, { affiliated });
    expect(all.map((r) => `${r.sourceId}-${r.targetId}`)).toEqual(["IRN-SYR", "IRN-TUR", "SYR-TUR", "TUR-abbas-araghchi"]);
    const irnTur = all.find((r) => r.sourceId === "IRN" && r.targetId === "TUR")!;
    expect(irnTur).toMatchObject({ events: 4, quad: [2, 1, 0, 1], firstDate: "2022-12-30", lastDate: "2023-02-01" });
    expect(irnTur.meanGoldstein).toBe(Math.round(((3.4 - 9.2 + 0.1 + 1.7) / 4) * 100) / 100);
  });

  it("counts only the pairs asked for, exactly as it counts them among all (a rebuild's recount)", () => {
    const all = relationsFromEvents(events, { affiliated });
    const only = relationsFromEvents(events, { affiliated, only: (a, b) => a === "IRN" && (b === "TUR" || b === "abbas-araghchi") });
    expect(only).toEqual(all.filter((r) => r.sourceId === "IRN" && r.targetId === "TUR"));
  });
});
