import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";

// Built into the Python package, which serves index.html at "/" and the assets under this base.
export default defineConfig({
  base: "/static/builder/",
  plugins: [react()],
  build: {
    outDir: "../../../src/botloom/web/static/builder",
    emptyOutDir: true,
    target: "es2022",
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
  },
  server: { proxy: { "/api": "http://127.0.0.1:8000", "/static/web.js": "http://127.0.0.1:8000" } },
  test: { include: ["src/**/*.test.ts", "src/**/*.test.tsx"] },
});
