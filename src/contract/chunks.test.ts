import { describe, expect, it } from "vitest";
import { articleChunkKey, eventChunkKeys } from "./chunks.ts";

describe("eventChunkKeys", () => {
  it("keys a quiet year by the year alone", () => {
    expect(eventChunkKeys(["2017-01-01", "2022-05-03", "2022-12-31", "2024-12-02"], 3)).toEqual(["events-2017", "events-2022", "events-2022", "events-2024"]);
  });

  it("cuts a busy year into consecutive parts of at most the limit, numbered from 01", () => {
    const starts = ["2023-06-01", ...Array.from({ length: 7 }, (_, i) => `2024-0${1 + Math.floor(i / 2)}-1${i}`), "2025-01-01"];
    expect(eventChunkKeys(starts, 3)).toEqual([
      "events-2023",
      "events-2024-01",
      "events-2024-01",
      "events-2024-01",
      "events-2024-02",
      "events-2024-02",
      "events-2024-02",
      "events-2024-03",
      "events-2025",
    ]);
  });

  it("widens the part number when a year has a hundred parts or more", () => {
    const keys = eventChunkKeys(Array.from({ length: 101 }, () => "2024-03-01"), 1);
    expect(keys[0]).toBe("events-2024-001");
    expect(keys[100]).toBe("events-2024-101");
    expect(new Set(keys).size).toBe(101);
  });

  it("keeps years before the common era apart", () => {
    expect(eventChunkKeys(["-0500-01-01", "0001-01-01"])).toEqual(["events--0500", "events-0001"]);
    expect(eventChunkKeys(["-0500-01-01", "-0500-06-01", "0500-01-01", "0500-12-31", "0501-01-01"])).toEqual(["events--0500", "events--0500", "events-0500", "events-0500", "events-0501"]);
  });
});

describe("articleChunkKey", () => {
  it("puts 200 articles in each chunk", () => {
    expect([0, 199, 200, 4321].map(articleChunkKey)).toEqual(["articles-000", "articles-000", "articles-001", "articles-021"]);
  });
});
