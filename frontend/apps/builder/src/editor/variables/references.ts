/**
 * Where a variable is used in a bot, and renaming it everywhere. Blocks point at a variable by id
 * (`variableId`, `saveVariableId`, …, which renaming leaves alone) and name it in text as
 * `{{Name}}` (which renaming rewrites).
 */

import { i18n } from "../../i18n";
import type { Block, BotDocument, Variable } from "../document";

export interface Usage {
  groupId: string;
  groupTitle: string;
  blockId: string;
  blockType: string;
  /** How the block uses it: it saves into or reads the variable by id, or names it in text. */
  kind: "reference" | "text";
}

/** `{{Name}}` as it appears in text. */
export function placeholder(name: string): string {
  return `{{${name}}}`;
}

function refersById(key: string, value: unknown, variableId: string): boolean {
  if (!/variableids?$/i.test(key)) return false;
  return value === variableId || (Array.isArray(value) && value.includes(variableId));
}

/** How `node` uses the variable: by id somewhere in it, by name in a text, or not at all. */
function usageIn(node: unknown, variable: Variable): Usage["kind"] | undefined {
  let found: Usage["kind"] | undefined;
  const visit = (value: unknown, key: string): void => {
    if (found === "reference") return;
    if (refersById(key, value, variable.id)) found = "reference";
    else if (typeof value === "string") {
      if (value.includes(placeholder(variable.name))) found = "text";
    } else if (Array.isArray(value)) for (const child of value) visit(child, key);
    else if (value && typeof value === "object")
      for (const [childKey, child] of Object.entries(value)) visit(child, childKey);
  };
  visit(node, "");
  return found;
}

/** Every block that uses the variable, in the order of the groups. */
export function findUsages(doc: BotDocument, variableId: string): Usage[] {
  const variable = doc.variables.find((candidate) => candidate.id === variableId);
  if (!variable) return [];
  const usages: Usage[] = [];
  for (const group of doc.groups)
    for (const block of group.blocks) {
      const kind = usageIn(block, variable);
      if (kind)
        usages.push({
          groupId: group.id,
          groupTitle: group.title,
          blockId: block.id,
          blockType: block.type,
          kind,
        });
    }
  return usages;
}

/** `value` with every string's `{{from}}` replaced by `{{to}}` (new objects only where changed). */
function replaceInStrings(value: unknown, from: string, to: string): unknown {
  if (typeof value === "string") return value.split(from).join(to);
  if (Array.isArray(value)) return value.map((child) => replaceInStrings(child, from, to));
  if (value && typeof value === "object")
    return Object.fromEntries(
      Object.entries(value).map(([key, child]) => [key, replaceInStrings(child, from, to)]),
    );
  return value;
}

/** Why a name cannot be given to a variable, or `undefined` when it can. */
export function nameProblem(doc: BotDocument, name: string, variableId?: string): string | undefined {
  const trimmed = name.trim();
  if (!trimmed) return i18n.t("variables:problem.noName");
  if (/[{}]/.test(trimmed)) return i18n.t("variables:problem.braces");
  if (doc.variables.some((variable) => variable.name === trimmed && variable.id !== variableId))
    return i18n.t("variables:problem.taken", { name: trimmed });
  return undefined;
}

/**
 * Renames a variable in a document being changed (an immer draft): its name, and `{{Old}}` in
 * every block's texts and rich text. Ids do not change, so what points at it by id still does.
 */
export function renameVariable(draft: BotDocument, variableId: string, name: string): void {
  const variable = draft.variables.find((candidate) => candidate.id === variableId);
  if (!variable || variable.name === name) return;
  const from = placeholder(variable.name);
  const to = placeholder(name);
  variable.name = name;
  const needle = JSON.stringify(from).slice(1, -1);
  rewriteBlocks(draft, (block) =>
    JSON.stringify(block).includes(needle) ? (replaceInStrings(block, from, to) as Block) : undefined,
  );
}

/** Replaces the blocks `rewrite` returns a new version of, leaving the other groups untouched. */
function rewriteBlocks(draft: BotDocument, rewrite: (block: Block) => Block | undefined): void {
  for (const group of draft.groups)
    group.blocks.forEach((block, index) => {
      const rewritten = rewrite(block);
      if (rewritten) group.blocks[index] = rewritten;
    });
}

/** `value` without the keys and list entries that point at `variableId`. */
function withoutReferences(value: unknown, variableId: string): unknown {
  if (Array.isArray(value)) return value.map((child) => withoutReferences(child, variableId));
  if (!value || typeof value !== "object") return value;
  const kept: [string, unknown][] = [];
  for (const [key, child] of Object.entries(value)) {
    if (refersById(key, child, variableId)) {
      if (Array.isArray(child)) kept.push([key, child.filter((id) => id !== variableId)]);
    } else kept.push([key, withoutReferences(child, variableId)]);
  }
  return Object.fromEntries(kept);
}

/**
 * Removes a variable, and the settings that point at it by id (a bot may not point at a variable
 * it lacks). `{{Name}}` in texts stays: it reads as empty, and the text is the author's.
 */
export function deleteVariable(draft: BotDocument, variableId: string): void {
  const variable = draft.variables.find((candidate) => candidate.id === variableId);
  if (!variable) return;
  draft.variables = draft.variables.filter((candidate) => candidate.id !== variableId);
  rewriteBlocks(draft, (block) =>
    usageIn(block, variable) === "reference" ? (withoutReferences(block, variableId) as Block) : undefined,
  );
}
