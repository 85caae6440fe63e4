/** CAMEO root categories (Gerner et al., CAMEO 1.1b3), in words, for the interface and the exports. */
import type { Quad } from "./schema.ts";

export const CAMEO_ROOTS: Readonly<Record<string, string>> = {
  "01": "Make public statement",
  "02": "Appeal",
  "03": "Express intent to cooperate",
  "04": "Consult",
  "05": "Engage in diplomatic cooperation",
  "06": "Engage in material cooperation",
  "07": "Provide aid",
  "08": "Yield",
  "09": "Investigate",
  "10": "Demand",
  "11": "Disapprove",
  "12": "Reject",
  "13": "Threaten",
  "14": "Protest",
  "15": "Exhibit military posture",
  "16": "Reduce relations",
  "17": "Coerce",
  "18": "Assault",
  "19": "Fight",
  "20": "Use unconventional mass violence",
};

export const QUAD_LABELS: Readonly<Record<Quad, string>> = {
  1: "Verbal cooperation",
  2: "Material cooperation",
  3: "Verbal conflict",
  4: "Material conflict",
};

/** The root category of a CAMEO code, in words. */
export function cameoLabel(code: string): string {
  return CAMEO_ROOTS[code.slice(0, 2)] ?? `CAMEO ${code}`;
}
