/** Where a block dragged to a screen point would land, read from the groups drawn there. */
import type { DropTarget } from "./canvasState";

/**
 * The group under `(x, y)` and the index among its blocks the point is before (by their middle
 * lines), or `null` over empty canvas.
 */
export function dropTargetAt(x: number, y: number): DropTarget | null {
  const group = document
    .elementsFromPoint(x, y)
    .find((element) => element instanceof HTMLElement && element.dataset.groupId) as HTMLElement | undefined;
  if (!group?.dataset.groupId) return null;
  const rows = group.querySelectorAll<HTMLElement>(":scope .group-blocks > .block-row");
  let index = 0;
  for (const row of rows) {
    const box = row.getBoundingClientRect();
    if (y > box.top + box.height / 2) index++;
  }
  return { groupId: group.dataset.groupId, index };
}
