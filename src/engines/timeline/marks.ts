/**
 * The marks' channel vocabulary: fill by quad class, outline by modality, shape by date precision.
 * Colours are Okabe–Ito (safe for the common colour-vision deficiencies): cooperation in blues,
 * conflict in orange/vermillion, verbal lighter than material.
 */
import type { Modality, Precision, Quad } from "../../contract/schema.ts";

export const QUAD_COLORS: Readonly<Record<Quad, string>> = {
  1: "#56B4E9", // verbal cooperation — sky blue (light)
  2: "#0072B2", // material cooperation — blue (dark)
  3: "#E69F00", // verbal conflict — orange (light)
  4: "#D55E00", // material conflict — vermillion (dark)
};

/**
 * Edges of the filled marks: the light fills alone fall below 3:1 on white (sky blue 2.2:1,
 * orange 2.0:1); these darker edges of the same hues reach 5:1 and more.
 */
export const QUAD_OUTLINES: Readonly<Record<Quad, string>> = {
  1: "#1F6FA3",
  2: "#004C78",
  3: "#8F6200",
  4: "#9A4400",
};

export type MarkOutline = "solid" | "hollow" | "crossed" | "dashed";

/** How a modality is drawn: reported filled, planned hollow, denied crossed, hoped/conditional dashed. */
export function outlineFor(modality: Modality): MarkOutline {
  switch (modality) {
    case "reported":
      return "solid";
    case "planned":
      return "hollow";
    case "denied":
      return "crossed";
    case "hoped":
    case "conditional":
      return "dashed";
    default: {
      const never: never = modality;
      throw new Error(`unknown modality ${String(never)}`);
    }
  }
}

export type MarkShape = "point" | "span";

/** A day is a point; a month, a year, a range or an approximate date is a span over its whole interval. */
export function shapeFor(precision: Precision): MarkShape {
  return precision === "day" ? "point" : "span";
}

/** Approximate dates (`~` in EDTF, or precision `approximate`) fade at both ends. */
export function isApproximate(precision: Precision, edtf: string): boolean {
  return precision === "approximate" || edtf.includes("~") || edtf.includes("?");
}

export const MODALITY_CODES: readonly Modality[] = ["reported", "planned", "hoped", "denied", "conditional"];
export const PRECISION_CODES: readonly Precision[] = ["day", "month", "year", "approximate", "range"];
