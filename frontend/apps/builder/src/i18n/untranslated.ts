/**
 * Finds words in components that bypass the translation layer: JSX text; string literals and
 * templates with words rendered as children (also through `?:`, `&&`, `||`, `??`); literal
 * values of the props a person reads or hears (`aria-label`, `title`, `placeholder`, and the
 * builder's own `label`, `help`, `legend`…); and `label`/`title`/`help`/`description` in object
 * literals (select options, tables). Anything a person reads must come from `t(...)`, so a second
 * language needs no component changes. Run by `untranslated.test.ts`, which lists the offenders
 * per file. Strings in plain `.ts` modules are not scanned: those use `i18n.t` by convention.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { parseAst } from "vite";

/** Attributes and props whose value a person reads or hears. */
const READ_ATTRIBUTES = new Set([
  "aria-label",
  "aria-description",
  "title",
  "placeholder",
  "alt",
  // The builder's own components (settings fields, lists, inputs) take their words as these props.
  "label",
  "help",
  "legend",
  "itemLabel",
  "empty",
  "fallback",
  "urlHelp",
  "triggerLabel",
  "submitLabel",
  "what",
  "defaultLabel",
  "description",
  "emptyLabel",
  "noneLabel",
]);

/** Object-literal keys whose string value is shown (select options, tables of entries). */
const READ_KEYS = new Set(["label", "title", "help", "description"]);

/**
 * Words that are the same in every language: names of products, formats and codes. A string
 * made only of these (and symbols, numbers, code-like tokens) is allowed as it is.
 */
export const UNTRANSLATED_ALLOWED = new Set([
  "Botloom",
  "Typebot",
  "JSON",
  "HTML",
  "URL",
  "CSS",
  "Stripe",
  "Chatwoot",
  "OpenAI",
  "USD",
  "alloy",
]);

export interface Offence {
  line: number;
  text: string;
}

type AstNode = { type: string; start: number; end: number; [key: string]: unknown };

const LETTER = /\p{L}/u;
/** Punctuation around a word in a sentence, which does not make it code. */
const SENTENCE_EDGES = /^[\s.,;:!?…"'“”‘’()[\]«»]+|[\s.,;:!?…"'“”‘’()[\]«»]+$/gu;
/** Inside a token, anything but letters and apostrophes marks code or an example: `{{Email}}`,
 * `https://…`, `dd/MM/yyyy`, `gpt-4o-mini`, `.pdf`. */
const CODE_LIKE = /[^\p{L}'’]/u;

/** Whether a piece of text has words a translator would translate. */
export function needsTranslation(text: string): boolean {
  return text
    .split(/\s+/)
    .map((token) => token.replace(SENTENCE_EDGES, ""))
    .filter((token) => LETTER.test(token))
    .some((token) => !UNTRANSLATED_ALLOWED.has(token) && !CODE_LIKE.test(token));
}

function isNode(value: unknown): value is AstNode {
  return typeof value === "object" && value !== null && typeof (value as AstNode).type === "string";
}

function children(node: AstNode): AstNode[] {
  const found: AstNode[] = [];
  for (const [key, value] of Object.entries(node)) {
    if (key === "parent") continue;
    if (Array.isArray(value)) found.push(...value.filter(isNode));
    else if (isNode(value)) found.push(value);
  }
  return found;
}

/** The literal words an expression renders: string literals and template text, through `?:`, `&&`, `||`, `??`. */
function renderedLiterals(expression: AstNode): AstNode[] {
  switch (expression.type) {
    case "Literal":
      return typeof expression.value === "string" ? [expression] : [];
    case "TemplateLiteral":
      return [expression];
    case "ConditionalExpression":
      return [expression.consequent, expression.alternate].filter(isNode).flatMap(renderedLiterals);
    case "LogicalExpression":
      return isNode(expression.right) ? renderedLiterals(expression.right) : [];
    case "ParenthesizedExpression":
      return isNode(expression.expression) ? renderedLiterals(expression.expression) : [];
    default:
      return [];
  }
}

function literalText(literal: AstNode): string {
  if (literal.type === "Literal") return String(literal.value);
  const quasis = (literal.quasis as { value: { cooked: string | null } }[]) ?? [];
  return quasis.map((quasi) => quasi.value.cooked ?? "").join(" ");
}

function attributeName(attribute: AstNode): string {
  const name = attribute.name as AstNode & { name?: unknown };
  return typeof name.name === "string" ? name.name : "";
}

function propertyName(property: AstNode): string {
  const key = property.key as AstNode & { name?: unknown; value?: unknown };
  if (typeof key.name === "string") return key.name;
  return typeof key.value === "string" ? key.value : "";
}

/** The offences of one component file's source. */
export function findUntranslated(source: string, filename = "file.tsx"): Offence[] {
  const program = parseAst(source, { lang: "tsx" }, filename) as unknown as AstNode;
  const lineStarts = [0];
  for (let index = 0; index < source.length; index++) if (source[index] === "\n") lineStarts.push(index + 1);
  const lineOf = (offset: number) => {
    let line = 0;
    while (line + 1 < lineStarts.length && lineStarts[line + 1] <= offset) line++;
    return line + 1;
  };
  const offences: Offence[] = [];
  const report = (node: AstNode, text: string) => {
    const clean = text.replace(/\s+/g, " ").trim();
    if (needsTranslation(clean)) offences.push({ line: lineOf(node.start), text: clean });
  };
  /** `rendered`: whether literals met here are shown (false inside `className`, `href`…). */
  const visit = (node: AstNode, rendered: boolean) => {
    if (node.type === "JSXText") report(node, String(node.value));
    else if (rendered && node.type === "JSXExpressionContainer" && isNode(node.expression)) {
      for (const literal of renderedLiterals(node.expression)) report(literal, literalText(literal));
    } else if (node.type === "JSXAttribute") {
      const reads = READ_ATTRIBUTES.has(attributeName(node));
      const value = node.value;
      if (reads && isNode(value) && value.type === "Literal") report(value, String(value.value));
      // An expression's literals are checked when the walk reaches its container.
      if (isNode(value)) visit(value, reads);
      return;
    } else if (node.type === "Property" && isNode(node.value) && READ_KEYS.has(propertyName(node))) {
      const literals = renderedLiterals(node.value);
      for (const literal of literals) report(literal, literalText(literal));
    }
    for (const child of children(node)) visit(child, rendered);
  };
  visit(program, true);
  return offences;
}

/** Every `.tsx` file under `root`, except tests. */
export function componentFiles(root: string): string[] {
  const files: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith(".tsx") && !entry.name.includes(".test.")) files.push(path);
    }
  };
  walk(root);
  return files.sort();
}

/** The offences of every component under `root`, by file (relative to `root`). */
export function untranslatedByFile(root: string): Map<string, Offence[]> {
  const byFile = new Map<string, Offence[]>();
  for (const file of componentFiles(root)) {
    const offences = findUntranslated(readFileSync(file, "utf8"), file);
    if (offences.length > 0) byFile.set(relative(root, file), offences);
  }
  return byFile;
}
