// Prints the gzipped size of what the builder's first page load fetches (the entry script, the
// chunks it preloads and its styles) and fails the build over budget. Lazy chunks (the editor)
// are listed apart: they load when their screen opens.
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const LIMIT_BYTES = 300 * 1024;
const dist = fileURLToPath(new URL("../../../../src/botloom/web/static/builder/", import.meta.url));
const index = readFileSync(`${dist}index.html`, "utf8");
const initial = [...index.matchAll(/(?:src|href)="\/static\/builder\/(assets\/[^"]+)"/g)].map((m) => m[1]);
const gz = (file) => gzipSync(readFileSync(dist + file), { level: 9 }).length;
const kb = (n) => (n / 1024).toFixed(1);
const total = initial.reduce((sum, file) => sum + gz(file), 0);
const lazy = readdirSync(`${dist}assets`)
  .map((name) => `assets/${name}`)
  .filter((file) => !initial.includes(file) && file.endsWith(".js"));
console.log(
  `builder initial load: ${initial.length} files, gzipped ${kb(total)} KB (limit ${kb(LIMIT_BYTES)} KB)`,
);
for (const file of lazy.sort((a, b) => gz(b) - gz(a)).slice(0, 5))
  console.log(`  lazy ${file}: ${kb(gz(file))} KB`);
if (total > LIMIT_BYTES) {
  console.error(`the builder's initial load is over the ${kb(LIMIT_BYTES)} KB gzipped budget`);
  process.exit(1);
}
