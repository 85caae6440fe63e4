import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";

/**
 * A strict Content-Security-Policy in the production page: no inline or remote scripts, no
 * remote origins at all (fonts and data are self-hosted). Not in dev, where Vite's client and
 * React refresh need inline scripts.
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join("; ");

function contentSecurityPolicy(): Plugin {
  return {
    name: "rabt-csp",
    apply: "build",
    // after the charset declaration, which must come first
    transformIndexHtml: (html) =>
      html.replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`),
  };
}

// base "./": the built site works from any sub-path (GitHub Pages, a folder on a server).
export default defineConfig({
  base: "./",
  plugins: [react(), contentSecurityPolicy()],
  build: { target: "es2022", sourcemap: false, chunkSizeWarningLimit: 1500 },
});
