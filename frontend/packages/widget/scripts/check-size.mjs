// Prints the gzipped size of the built widget and fails the build when it is over budget.
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";

const LIMIT_BYTES = 60 * 1024;
const file = fileURLToPath(new URL("../../../../src/botloom/web/static/dist/web.js", import.meta.url));
const raw = readFileSync(file);
const gzipped = gzipSync(raw, { level: 9 }).length;
const kb = (n) => (n / 1024).toFixed(1);
console.log(`web.js: ${kb(raw.length)} KB, gzipped ${kb(gzipped)} KB (limit ${kb(LIMIT_BYTES)} KB)`);
if (gzipped > LIMIT_BYTES) {
  console.error(`web.js is over the ${kb(LIMIT_BYTES)} KB gzipped budget`);
  process.exit(1);
}
