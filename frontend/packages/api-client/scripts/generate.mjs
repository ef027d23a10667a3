// Writes src/schema.d.ts from openapi.json (which `make api-client` refreshes from the app).
// With --check, fails instead when the committed file differs from what it would write.
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const documentPath = here("../openapi.json");
const outputPath = here("../src/schema.d.ts");

const header = "// Generated from openapi.json by `npm run generate`; do not edit.\n\n";
const ast = await openapiTS(JSON.parse(readFileSync(documentPath, "utf8")), {
  alphabetize: true,
  exportType: true,
});
const output = header + astToString(ast);

if (process.argv.includes("--check")) {
  let current = "";
  try {
    current = readFileSync(outputPath, "utf8");
  } catch {
    // A missing file is stale too.
  }
  if (current !== output) {
    console.error("src/schema.d.ts is stale: run `make api-client` and commit the result");
    process.exit(1);
  }
  console.log("api-client: src/schema.d.ts matches openapi.json");
} else {
  writeFileSync(outputPath, output);
  console.log(`api-client: wrote ${outputPath}`);
}
