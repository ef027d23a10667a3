import { defineConfig } from "vite";

// The widget is one ES module served by the Python app from src/botloom/web/static/dist.
export default defineConfig({
  build: {
    outDir: "../../../src/botloom/web/static/dist",
    emptyOutDir: true,
    target: "es2021",
    sourcemap: false,
    minify: true,
    // Library mode keeps whitespace in ES output; the widget is served as is, so minify it all.
    rolldownOptions: { output: { minify: true } },
    lib: {
      entry: "src/index.ts",
      formats: ["es"],
      fileName: () => "web.js",
    },
  },
});
