import { describe, expect, it } from "vitest";
import { fitFromPositions } from "./view.ts";

describe("fitFromPositions", () => {
  it("fits node boxes (position ± size/2) in the container minus padding, centred, like cy.fit", () => {
    const nodes = [
      { data: { id: "a", size: 20 }, position: { x: -100, y: 0 } },
      { data: { id: "b", size: 40 }, position: { x: 300, y: 180 } },
    ];
    // Box x −110…320 (430 wide), y −10…200 (210 high); 860×500 container, padding 30:
    // zoom = min(800/430, 440/210) = 1.8605; pan = ((860 − 1.8605·210)/2, (500 − 1.8605·190)/2).
    const fit = fitFromPositions(nodes, { clientWidth: 860, clientHeight: 500 }, 30);
    expect("zoom" in fit && Math.round(fit.zoom * 10_000) / 10_000).toBe(1.8605);
    expect("pan" in fit && { x: Math.round(fit.pan!.x), y: Math.round(fit.pan!.y) }).toEqual({ x: 235, y: 73 });
  });

  it("caps the zoom at the view's maximum for a single small node", () => {
    const fit = fitFromPositions([{ data: { id: "a", size: 10 }, position: { x: 0, y: 0 } }], { clientWidth: 400, clientHeight: 300 }, 30);
    expect(fit).toEqual({ zoom: 4, pan: { x: 200, y: 150 } });
  });

  it("leaves the viewport to Cytoscape while the container has no size (mounted hidden)", () => {
    expect(fitFromPositions([{ data: { id: "a", size: 10 }, position: { x: 0, y: 0 } }], { clientWidth: 0, clientHeight: 0 }, 30)).toEqual({});
  });
});
