/**
 * Typebot's rich text is Slate's document format: elements (`p`, links `a` with `url`, …) whose
 * leaves are `{ text }` with marks (`bold`, `italic`, `underline`) as flags. These helpers read it
 * without Slate, so the canvas need not load the editor.
 */

export interface RichLeaf {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
}

export interface RichElement {
  type: string;
  url?: string;
  children: RichNode[];
  [key: string]: unknown;
}

export type RichNode = RichElement | RichLeaf;

/** A new, empty text: one empty paragraph (Slate needs at least one block). */
export function emptyRichText(): RichElement[] {
  return [{ type: "p", children: [{ text: "" }] }];
}

function nodeText(node: RichNode): string {
  if ("text" in node && typeof node.text === "string") return node.text;
  return ((node as RichElement).children ?? []).map(nodeText).join("");
}

/** The text without formatting, one line per top-level block. */
export function plainText(richText: unknown): string {
  if (!Array.isArray(richText)) return "";
  return (richText as RichNode[]).map(nodeText).join("\n");
}

/** The rich text to edit: the stored one, or an empty paragraph when there is none. */
export function editableRichText(richText: unknown): RichElement[] {
  return Array.isArray(richText) && richText.length > 0 ? (richText as RichElement[]) : emptyRichText();
}
