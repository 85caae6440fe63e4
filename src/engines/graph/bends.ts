/**
 * Edge bending: a relation drawn straight through a node it does not join reads as two relations
 * through that node, and hides the relation it runs along. In the seeds' layout Palestine, Iran and
 * Turkey lie almost on one line: Palestine–Turkey ran under Iran's disc and along Iran–Turkey.
 * Such an edge is drawn as one quadratic curve that passes the node it would cross. Pure geometry
 * on positions and sizes; the view applies the result.
 */

export interface BendNode {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  /** Drawn diameter (model units). */
  readonly size: number;
}

export interface BendEdge {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  /** Drawn width (model units). */
  readonly width: number;
}

/**
 * Cytoscape's `unbundled-bezier` control point: `weight` is the fraction of the way from the source's
 * outline to the target's, `distance` the offset from that line along its left-hand normal
 * (`(-dy, dx)` of the source → target direction), as `control-point-distances` takes it.
 */
export interface Bend {
  readonly distance: number;
  readonly weight: number;
}

/** Model units kept between a bent edge's side and a node it passes. */
export const BEND_CLEARANCE = 6;

/** A node this close to an end of the edge (as a fraction of its drawn length) is passed near that end, where a bend cannot reach. */
const END_ZONE = 0.12;

/** An edge whose straight line crosses more nodes than this stays straight. */
const MAX_CROSSED = 3;

/** A bend that would pass more nodes than this (within its widest reach) is not tried. */
const MAX_NEAR = 16;

/** A bend's control point is at most this many times the edge's drawn length away from the straight line. */
const MAX_DISTANCE_RATIO = 0.9;

/**
 * The bend of each edge whose straight line between its nodes' outlines passes closer to another
 * node's centre than that node's radius plus the edge's half-width plus `BEND_CLEARANCE`; edges
 * not listed stay straight. The curve goes round the deepest such node on the side away from its
 * centre, far enough to clear every node it crossed; when it still comes too near a node (in a dense
 * cluster, one further out), the other side and a bulge nearer either end are tried, and the curve
 * that intrudes least on the nodes' discs (summed depth) is kept. Never further off the line than
 * `MAX_DISTANCE_RATIO` of the edge's drawn length. Identical input, identical output.
 */
export function computeBends(nodes: readonly BendNode[], edges: readonly BendEdge[]): Map<string, Bend> {
  const byId = new Map<string, BendNode>();
  for (const n of nodes) byId.set(n.id, n);
  const out = new Map<string, Bend>();
  for (const e of edges) {
    const s = byId.get(e.source);
    const t = byId.get(e.target);
    if (!s || !t) continue;
    const dx = t.x - s.x;
    const dy = t.y - s.y;
    const centres = Math.hypot(dx, dy);
    // the drawn part: from one outline to the other (discs: the app's shapes are about as wide)
    const length = centres - s.size / 2 - t.size / 2;
    if (length <= 0) continue;
    const ux = dx / centres;
    const uy = dy / centres;
    const ax = s.x + ux * (s.size / 2);
    const ay = s.y + uy * (s.size / 2);
    // the nodes the straight line crosses: where along it (0–1), their signed distance from it
    // (along the left-hand normal (-uy, ux)), how far the curve must keep from their centres
    const crossed: Crossed[] = [];
    for (const n of nodes) {
      if (n.id === s.id || n.id === t.id) continue;
      const px = n.x - ax;
      const py = n.y - ay;
      const at = (px * ux + py * uy) / length;
      if (at <= 0 || at >= 1) continue;
      const offset = -px * uy + py * ux;
      const keep = n.size / 2 + e.width / 2 + BEND_CLEARANCE;
      if (Math.abs(offset) < keep) crossed.push({ at, offset, keep, radius: n.size / 2 });
    }
    // one curve cannot go round many nodes: a long edge through a crowd stays straight
    if (crossed.length === 0 || crossed.length > MAX_CROSSED) continue;
    let deepest = crossed[0]!;
    for (const c of crossed) if (c.keep - Math.abs(c.offset) > deepest.keep - Math.abs(deepest.offset)) deepest = c;
    // first away from the deepest node's centre (a centre right on the line: to the left), then the
    // other way; the side whose curve crosses fewer nodes wins, then the gentler one
    const first = deepest.offset > 0 ? -1 : 1;
    const geometry: Geometry = { ax, ay, ux, uy, length, s, t, width: e.width };
    let best = planSide(geometry, crossed, nodes, first, 0.5);
    // still too near a node: the other side, and the bulge moved towards either end
    for (const [side, weight] of ALTERNATIVES) {
      if (best.intrusion === 0) break;
      const plan = planSide(geometry, crossed, nodes, side * first, weight);
      if (plan.intrusion < best.intrusion || (plan.intrusion === best.intrusion && plan.distance < best.distance)) best = plan;
    }
    // no worse straight: a bend that only trades one node for another is not drawn
    const straight = crossed.reduce((sum, c) => sum + intrusionOf(c, Math.abs(c.offset)), 0);
    if (best.distance === 0 || best.intrusion >= straight) continue;
    out.set(e.id, { distance: round1(best.side * best.distance), weight: best.weight });
  }
  return out;
}

/** Sides (relative to the first choice) and control-point weights tried when the first bend still comes too near a node. */
const ALTERNATIVES: readonly (readonly [number, number])[] = [
  [-1, 0.5],
  [1, 0.3],
  [1, 0.7],
  [-1, 0.3],
  [-1, 0.7],
];

interface Geometry {
  /** The source's outline point, the unit direction to the target, the drawn length. */
  readonly ax: number;
  readonly ay: number;
  readonly ux: number;
  readonly uy: number;
  readonly length: number;
  readonly s: BendNode;
  readonly t: BendNode;
  readonly width: number;
}

interface Crossed {
  readonly at: number;
  readonly offset: number;
  readonly keep: number;
  readonly radius: number;
}

/**
 * The bend towards `side` (+1: the left-hand normal) with its control point at `weight`: far enough,
 * where the curve passes each crossed node, to clear it; then widened step by step while the curve
 * still comes too near a node (a crossed one, its nearest point not level with it, or one further
 * out). Keeps the distance whose curve intrudes least (`intrusion`: summed depth into the nodes' reach).
 */
function planSide(
  g: Geometry,
  crossed: readonly Crossed[],
  nodes: readonly BendNode[],
  side: number,
  weight: number,
): { side: number; weight: number; distance: number; intrusion: number } {
  const { ax, ay, ux, uy, length } = g;
  // the quadratic is `2·τ·(1−τ)·distance` off the line at `τ`, about `τ` along it
  let distance = 0;
  for (const c of crossed) {
    // how far off the line, towards `side`, the curve must be where it passes the node
    const need = side > 0 ? c.offset + c.keep : c.keep - c.offset;
    if (need <= 0) continue;
    const at = Math.min(1 - END_ZONE, Math.max(END_ZONE, c.at));
    distance = Math.max(distance, need / (2 * at * (1 - at)));
  }
  const max = MAX_DISTANCE_RATIO * length;
  distance = Math.min(distance, max);
  const bx = ax + ux * length;
  const by = ay + uy * length;
  // the nodes the curve may come near at its widest: inside the triangle's box, widened by their reach
  const mx = ax + ux * length * weight - uy * side * max;
  const my = ay + uy * length * weight + ux * side * max;
  const x0 = Math.min(ax, bx, mx);
  const x1 = Math.max(ax, bx, mx);
  const y0 = Math.min(ay, by, my);
  const y1 = Math.max(ay, by, my);
  const near: { x: number; y: number; keep: number; radius: number }[] = [];
  for (const n of nodes) {
    if (n === g.s || n === g.t) continue;
    const keep = n.size / 2 + g.width / 2 + BEND_CLEARANCE;
    if (n.x + keep < x0 || n.x - keep > x1 || n.y + keep < y0 || n.y - keep > y1) continue;
    near.push({ x: n.x, y: n.y, keep, radius: n.size / 2 });
  }
  if (near.length > MAX_NEAR) return { side, weight, distance: 0, intrusion: Number.POSITIVE_INFINITY };
  let best = { side, weight, distance, intrusion: Number.POSITIVE_INFINITY };
  for (let round = 0; round < 12; round++) {
    const cx = ax + ux * length * weight - uy * side * distance;
    const cy = ay + uy * length * weight + ux * side * distance;
    let intrusion = 0;
    // as Cytoscape draws it: from each node's outline where the line to the control point leaves it
    const [sx, sy] = exit(g.s, cx, cy);
    const [tx, ty] = exit(g.t, cx, cy);
    for (const n of near) intrusion += intrusionOf(n, nearest(sx, sy, cx, cy, tx, ty, n.x, n.y));
    if (intrusion < best.intrusion) best = { side, weight, distance, intrusion };
    if (intrusion === 0 || distance >= max) break;
    distance = Math.min(distance * 1.15, max);
  }
  return best;
}

/**
 * How far a curve passing `d` from a node's centre comes into its reach: into the clearance around
 * it, plus — weighed `DISC_WEIGHT` times — into the drawn node itself (grazing is better than crossing).
 */
function intrusionOf(n: { readonly keep: number; readonly radius: number }, d: number): number {
  return Math.max(0, n.keep - 0.5 - d) + DISC_WEIGHT * Math.max(0, n.radius - d);
}

const DISC_WEIGHT = 3;

/** Where the line from a node's centre towards (x, y) leaves its disc. */
function exit(n: BendNode, x: number, y: number): [number, number] {
  const d = Math.hypot(x - n.x, y - n.y);
  if (d === 0) return [n.x, n.y];
  return [n.x + ((x - n.x) / d) * (n.size / 2), n.y + ((y - n.y) / d) * (n.size / 2)];
}

/** The least distance from (px, py) to the quadratic curve a → c → b, sampled at 32 steps. */
function nearest(ax: number, ay: number, cx: number, cy: number, bx: number, by: number, px: number, py: number): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i <= 32; i++) {
    const t = i / 32;
    const u = 1 - t;
    const x = u * u * ax + 2 * u * t * cx + t * t * bx;
    const y = u * u * ay + 2 * u * t * cy + t * t * by;
    best = Math.min(best, Math.hypot(x - px, y - py));
  }
  return best;
}

function round1(v: number): number {
  const r = Math.round(v * 10) / 10;
  return r === 0 ? 0 : r;
}
