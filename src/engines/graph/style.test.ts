import { describe, expect, it } from "vitest";
import { edgeWidth, goldsteinColor, nodeSize } from "./style.ts";

describe("goldsteinColor", () => {
  it("is grey for a neutral relation and saturates at ±5", () => {
    expect(goldsteinColor(0)).toBe("#858585");
    expect(goldsteinColor(-5)).toBe("#d55e00");
    expect(goldsteinColor(-10)).toBe("#d55e00");
    expect(goldsteinColor(7.4)).toBe("#0072b2");
  });

  it("interpolates between grey and blue for mild cooperation", () => {
    expect(goldsteinColor(2.5)).toBe("#437c9c");
  });
});

describe("sizes", () => {
  it("grows node diameter with the square root of the event count, capped at 80", () => {
    expect(nodeSize(0, "state")).toBe(16);
    expect(nodeSize(9, "state")).toBe(40);
    expect(nodeSize(400, "state")).toBe(80);
    expect(nodeSize(9, "person")).toBe(32);
  });

  it("grows edge width with the log of the event count, capped at 12", () => {
    expect(edgeWidth(1)).toBe(1.5);
    expect(edgeWidth(4)).toBe(5.5);
    expect(edgeWidth(1000)).toBe(12);
  });
});
