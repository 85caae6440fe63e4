import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// base "./": the built site works from any sub-path (GitHub Pages, a folder on a server).
export default defineConfig({
  base: "./",
  plugins: [react()],
  build: { target: "es2022", sourcemap: false, chunkSizeWarningLimit: 1500 },
});
