import { describe, expect, it } from "vitest";
import { eventParticipants } from "./relations.ts";

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
