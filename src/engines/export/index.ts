/** Exports of what is on screen (time window + filters): tables, networks, pictures. Framework-free. */
export { downloadBlob, exportBlob, PNG_SCALE, svgToPng } from "./browser.ts";
export { buildTextExport, prepareView } from "./build.ts";
export { VAZIRMATN_FONT_CSS } from "./fonts.ts";
export { exportFileName, exportScope, type ExportScope } from "./scope.ts";
export { EXPORT_FORMATS, type ExportFile, type ExportFormat, type ExportInput, type TextExportFormat } from "./types.ts";
