/**
 * The results table's columns, worked out from the bot's document as the server's CSV export
 * does (and Typebot before it): "Submitted at"; one per input block in the order of the groups,
 * labelled by its variable (inputs saving into one variable share a column) or else its group's
 * title, repeated labels numbered "X (2)"; one per other variable that is not a session
 * variable; one per block that results answered but the bot no longer has.
 */
import type { Schemas } from "@botloom/api-client";
import type { BotDocument } from "../editor/document";

export type ResultRow = Schemas["ResultRead"];

export type ColumnKind = "date" | "input" | "variable" | "deleted";

export interface ResultColumn {
  /** As `resultsTablePreferences` names it: the first block's id, the variable's id, or "date". */
  id: string;
  label: string;
  kind: ColumnKind;
  /** The type of the column's first input block, for its icon. */
  blockType?: string;
  blockIds: string[];
  variableIds: string[];
}

export const DATE_COLUMN = "date";

/** The block types that wait for the visitor's answer (`registry.test` keeps it in step). */
export const INPUT_TYPES: ReadonlySet<string> = new Set([
  "text input",
  "email input",
  "number input",
  "url input",
  "phone number input",
  "date input",
  "time input",
  "payment input",
  "rating input",
  "cards",
  "choice input",
  "file input",
  "picture choice input",
]);

function numbered(label: string, taken: Set<string>): string {
  if (!taken.has(label)) return label;
  let n = 2;
  while (taken.has(`${label} (${n})`)) n++;
  return `${label} (${n})`;
}

function inputColumns(doc: BotDocument): ResultColumn[] {
  const variables = new Map(doc.variables.map((v) => [v.id, v]));
  const columns: ResultColumn[] = [];
  const byVariable = new Map<string, ResultColumn>();
  const labels = new Set<string>();
  for (const group of doc.groups) {
    for (const block of group.blocks) {
      if (!INPUT_TYPES.has(block.type)) continue;
      const variableId = block.options?.variableId;
      const variable = typeof variableId === "string" ? variables.get(variableId) : undefined;
      const shared = variable ? byVariable.get(variable.id) : undefined;
      if (shared) {
        shared.blockIds.push(block.id);
        continue;
      }
      const label = numbered(variable ? variable.name : (group.title ?? ""), labels);
      labels.add(label);
      const column: ResultColumn = {
        id: block.id,
        label,
        kind: "input",
        blockType: block.type,
        blockIds: [block.id],
        variableIds: variable ? [variable.id] : [],
      };
      if (variable) byVariable.set(variable.id, column);
      columns.push(column);
    }
  }
  return columns;
}

/** Every column of the bot's results, in their natural order (before the user's preferences). */
export function resultColumns(doc: BotDocument, answeredBlockIds: Iterable<string> = []): ResultColumn[] {
  const inputs = inputColumns(doc);
  const bound = new Set(inputs.flatMap((c) => c.variableIds));
  const others: ResultColumn[] = doc.variables
    .filter((v) => !bound.has(v.id) && !v.isSessionVariable)
    .map((v) => ({ id: v.id, label: v.name, kind: "variable", blockIds: [], variableIds: [v.id] }));
  const known = new Set(doc.groups.flatMap((g) => g.blocks.map((b) => b.id)));
  const deleted: ResultColumn[] = [...new Set(answeredBlockIds)]
    .filter((id) => !known.has(id))
    .map((id) => ({ id, label: id, kind: "deleted", blockIds: [id], variableIds: [] }));
  const date: ResultColumn = { id: DATE_COLUMN, label: "", kind: "date", blockIds: [], variableIds: [] };
  return [date, ...inputs, ...others, ...deleted];
}

/** The blocks these results answered (for the deleted blocks' columns). */
export function answeredBlocks(results: readonly ResultRow[]): string[] {
  const ids = new Set<string>();
  for (const result of results) for (const answer of result.answers) ids.add(answer.blockId);
  return [...ids];
}

function text(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (Array.isArray(value)) return value.map((item) => (item == null ? "" : String(item))).join(", ");
  return String(value);
}

/** A result's cell: its variable's value when the result kept one, else the column's latest
 * answer; lists joined with ", ". The date column is formatted by the table, not here. */
export function cellText(result: ResultRow, column: ResultColumn): string {
  if (column.kind === "date") return result.createdAt;
  for (const id of column.variableIds) {
    const value = result.variables.find((v) => v.id === id)?.value;
    if (value !== null && value !== undefined) return text(value);
  }
  for (let i = result.answers.length - 1; i >= 0; i--) {
    const answer = result.answers[i];
    if (column.blockIds.includes(answer.blockId)) return answer.content;
  }
  return "";
}

/** Every file the visitor uploaded in this result, in the order of the answers: the answers of
 * file inputs (their URLs, joined with ", ") and the files attached to other answers. */
export function uploadedFiles(result: ResultRow, columns: readonly ResultColumn[]): string[] {
  const fileBlocks = new Set(columns.filter((c) => c.blockType === "file input").flatMap((c) => c.blockIds));
  const urls = result.answers.flatMap((answer) => [
    ...(fileBlocks.has(answer.blockId)
      ? answer.content.split(", ").filter((part) => /^https?:\/\//.test(part))
      : []),
    ...(answer.attachedFileUrls ?? []),
  ]);
  return [...new Set(urls)];
}
