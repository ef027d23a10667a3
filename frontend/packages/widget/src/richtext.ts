/**
 * Rich text (Slate / Plate nodes) as the chat API sends it in text bubbles, turned into a small
 * neutral tree first (testable without a DOM) and then into DOM nodes.
 */
import { safeUrl } from "./dom";
import type { RichTextElement, RichTextLeaf, RichTextNode } from "./types";

export interface VElement {
  tag: string;
  attrs?: Record<string, string>;
  children: VNode[];
}
export type VNode = string | VElement;

const BLOCK_TAGS: Record<string, string> = {
  p: "p",
  ol: "ol",
  ul: "ul",
  li: "li",
  lic: "span",
  h1: "h3",
  h2: "h3",
  h3: "h4",
  blockquote: "blockquote",
};

function isLeaf(node: RichTextNode): node is RichTextLeaf {
  return typeof (node as RichTextLeaf).text === "string" && !(node as RichTextElement).children;
}

function leaf(node: RichTextLeaf): VNode {
  let out: VNode = node.text;
  if (node.underline) out = { tag: "u", children: [out] };
  if (node.italic) out = { tag: "em", children: [out] };
  if (node.bold) out = { tag: "strong", children: [out] };
  return out;
}

function isEmptyParagraph(node: RichTextElement): boolean {
  const children = node.children ?? [];
  return children.length === 0 || (children.length === 1 && isLeaf(children[0]) && children[0].text === "");
}

function element(node: RichTextElement): VNode {
  const children = (node.children ?? []).map(convert);
  const type = node.type ?? "p";
  if (type === "a") {
    const href = safeUrl(node.url);
    if (!href) return { tag: "span", children };
    return { tag: "a", attrs: { href, target: "_blank", rel: "noopener noreferrer" }, children };
  }
  if (type === "p" && isEmptyParagraph(node)) return { tag: "br", children: [] };
  return { tag: BLOCK_TAGS[type] ?? (type.startsWith("inline") ? "span" : "div"), children };
}

function convert(node: RichTextNode): VNode {
  return isLeaf(node) ? leaf(node) : element(node as RichTextElement);
}

/** The tree for a bubble's `richText`. */
export function richTextToTree(nodes: RichTextNode[] | undefined): VNode[] {
  return (nodes ?? []).map(convert);
}

/** The plain text of rich text, paragraphs separated by newlines (used for typing delays). */
export function plainText(nodes: RichTextNode[] | undefined): string {
  return (nodes ?? [])
    .map((node) => (isLeaf(node) ? node.text : plainText((node as RichTextElement).children)))
    .join(nodes?.some((n) => !isLeaf(n)) ? "\n" : "")
    .trim();
}

/** DOM nodes for a tree. */
export function mountTree(tree: VNode[]): Node[] {
  return tree.map((node) => {
    if (typeof node === "string") return document.createTextNode(node);
    const el = document.createElement(node.tag);
    for (const [key, value] of Object.entries(node.attrs ?? {})) el.setAttribute(key, value);
    for (const child of mountTree(node.children)) el.appendChild(child);
    return el;
  });
}
