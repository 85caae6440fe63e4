/**
 * Vazirmatn (regular and bold, Arabic and Latin subsets — the ones the page loads) as `@font-face`
 * rules with data URLs, embedded in exported SVGs. Why embed rather than draw text on the canvas
 * after the SVG: an SVG drawn through `<img>` cannot fetch fonts, and a second text renderer on
 * canvas would duplicate the layout, the anchors and the bidi handling the SVG already has. Embedded,
 * the PNG is rasterised from exactly the SVG the user can download, and that SVG shows Vazirmatn on
 * machines that do not have it (~100 kB more per picture). Loaded with the export chunk only.
 */
import arabic400 from "@fontsource/vazirmatn/files/vazirmatn-arabic-400-normal.woff2?inline";
import arabic700 from "@fontsource/vazirmatn/files/vazirmatn-arabic-700-normal.woff2?inline";
import latin400 from "@fontsource/vazirmatn/files/vazirmatn-latin-400-normal.woff2?inline";
import latin700 from "@fontsource/vazirmatn/files/vazirmatn-latin-700-normal.woff2?inline";

/** The subsets' unicode ranges, as in @fontsource/vazirmatn's CSS (abridged to the BMP blocks we use). */
const ARABIC_RANGE = "U+0600-06FF,U+0750-077F,U+0870-088E,U+0890-0891,U+0897-08E1,U+08E3-08FF,U+200C-200E,U+2010-2011,U+204F,U+2E41,U+FB50-FDFF,U+FE70-FE74,U+FE76-FEFC";
const LATIN_RANGE = "U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD";

function face(url: string, weight: 400 | 700, range: string): string {
  return `@font-face { font-family: "Vazirmatn"; font-style: normal; font-weight: ${weight}; src: url(${url}) format("woff2"); unicode-range: ${range}; }`;
}

/** `@font-face` rules for the export pictures. */
export const VAZIRMATN_FONT_CSS = [
  face(arabic400, 400, ARABIC_RANGE),
  face(arabic700, 700, ARABIC_RANGE),
  face(latin400, 400, LATIN_RANGE),
  face(latin700, 700, LATIN_RANGE),
].join("\n");
