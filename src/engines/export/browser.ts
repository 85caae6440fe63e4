/**
 * The browser side of exports: rasterising an SVG picture to PNG and handing a file to the
 * user. Needs a DOM; everything it writes comes from the pure builders.
 */
import { graphPicture, pngFileName, prepareView, timelinePicture, buildTextExport } from "./build.ts";
import type { Picture } from "./svg/graphSvg.ts";
import type { ExportFormat, ExportInput } from "./types.ts";

/** Device pixels per SVG pixel in exported PNGs: sharp on high-density screens and in print. */
export const PNG_SCALE = 2;

/** Longest wait for the embedded fonts of an SVG image to finish loading before giving up. */
const FONT_WAIT_MS = 2000;
const FONT_POLL_MS = 80;

/**
 * Draws an SVG picture on a canvas at `scale` and encodes it as PNG (white background). An SVG
 * image loads its embedded fonts asynchronously and draws text that is still loading as nothing,
 * while the page cannot see those fonts: so the picture is drawn again until two draws in a row
 * give the same pixels.
 */
export async function svgToPng(picture: Picture, scale = PNG_SCALE): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([picture.svg], { type: "image/svg+xml;charset=utf-8" }));
  try {
    const img = new Image(picture.width, picture.height);
    img.src = url;
    await img.decode();
    const canvas = document.createElement("canvas");
    canvas.width = Math.round(picture.width * scale);
    canvas.height = Math.round(picture.height * scale);
    const ctx = canvas.getContext("2d", { willReadFrequently: true });
    if (!ctx) throw new Error("no 2D canvas context");
    const draw = () => {
      ctx.fillStyle = "#ffffff";
      ctx.fillRect(0, 0, canvas.width, canvas.height);
      ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
      return ctx.getImageData(0, 0, canvas.width, canvas.height).data;
    };
    let previous = draw();
    for (let waited = 0; waited < FONT_WAIT_MS; waited += FONT_POLL_MS) {
      await new Promise((r) => setTimeout(r, FONT_POLL_MS));
      const current = draw();
      if (samePixels(previous, current)) break;
      previous = current;
    }
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("the canvas could not be encoded as PNG"))), "image/png"),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

function samePixels(a: Uint8ClampedArray, b: Uint8ClampedArray): boolean {
  if (a.length !== b.length) return false;
  // Compare 32 bits at a time.
  const x = new Uint32Array(a.buffer, a.byteOffset, a.byteLength >> 2);
  const y = new Uint32Array(b.buffer, b.byteOffset, b.byteLength >> 2);
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

/** Saves a blob under a file name through a temporary `<a download>`. */
export function downloadBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.rel = "noopener";
  a.style.display = "none";
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked later: the download may still be reading the URL when click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** Any export of the view as a named blob. */
export async function exportBlob(format: ExportFormat, input: ExportInput): Promise<{ name: string; blob: Blob }> {
  switch (format) {
    case "graph.png":
    case "timeline.png": {
      const what = format === "graph.png" ? "graph" : "timeline";
      const view = prepareView(input);
      const picture = what === "graph" ? graphPicture(view, input) : timelinePicture(view, input);
      const { name } = pngFileName(what, input);
      return { name, blob: await svgToPng(picture) };
    }
    default: {
      const file = buildTextExport(format, input);
      return { name: file.name, blob: new Blob([file.content], { type: file.mime }) };
    }
  }
}
