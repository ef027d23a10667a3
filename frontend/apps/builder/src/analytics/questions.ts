/** Names for a bot's input blocks in the analytics: the question asked just before, else the
 * block's type, with the group it is in. */

import { plainText } from "../editor/blocks/bubbles/text/richText";
import type { Block, Group } from "../editor/document";

export interface QuestionName {
  group: string;
  question: string;
}

const MAX_LENGTH = 80;

/** "text input" reads "Text input". */
function typeName(type: string): string {
  const words = type.replace(/[_-]+/g, " ").trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function shortened(text: string): string {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > MAX_LENGTH ? `${line.slice(0, MAX_LENGTH - 1)}…` : line;
}

/** The text of the text bubble right before `index` in `blocks`, if there is one. */
function askedBefore(blocks: readonly Block[], index: number): string {
  const previous = blocks[index - 1];
  if (previous?.type !== "text") return "";
  return shortened(plainText(previous.content?.richText));
}

/** Every block's name by its id, for the blocks of `groups`. */
export function questionNames(groups: readonly Group[]): Map<string, QuestionName> {
  const names = new Map<string, QuestionName>();
  for (const group of groups)
    group.blocks.forEach((block, index) => {
      names.set(block.id, {
        group: group.title,
        question: askedBefore(group.blocks, index) || typeName(block.type),
      });
    });
  return names;
}
