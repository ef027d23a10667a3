/**
 * Which groups React Flow is given: those in view (with a margin), the ends of every edge that
 * crosses the view, and the selected ones. React Flow draws each node it is given at least once
 * (to measure its handles), so a 1,000-block bot given whole would be drawn whole on opening.
 * `owners` is which group holds each block (`blockOwners`).
 */
import type { Rect } from "@xyflow/react";
import type { BotDocument } from "../document";
import type { Measured } from "./flow";
import { estimatedSize } from "./viewport";

/** How much of the view's size is added on each side, so panning reveals groups already drawn. */
const MARGIN = 0.5;

export interface View {
  transform: [number, number, number];
  width: number;
  height: number;
}

/** The canvas area in view, widened by `margin` (a share of its size) on each side. */
export function viewRect({ transform: [x, y, zoom], width, height }: View, margin = MARGIN): Rect {
  const w = width / zoom;
  const h = height / zoom;
  return {
    x: -x / zoom - w * margin,
    y: -y / zoom - h * margin,
    width: w * (1 + 2 * margin),
    height: h * (1 + 2 * margin),
  };
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** The ids of the groups and events to give React Flow, sorted (a stable key for memoizing). */
export function idsInView(
  doc: BotDocument,
  owners: ReadonlyMap<string, string>,
  view: View,
  measured: ReadonlyMap<string, Measured>,
  always: Iterable<string>,
): string[] {
  const rect = viewRect(view);
  const boxes = new Map<string, Rect>();
  for (const node of [...doc.events, ...doc.groups]) {
    const size = measured.get(node.id) ?? estimatedSize(node);
    boxes.set(node.id, {
      ...node.graphCoordinates,
      width: size.width ?? 0,
      height: size.height ?? 0,
    });
  }
  const ids = new Set(always);
  for (const [id, box] of boxes) if (overlaps(rect, box)) ids.add(id);
  for (const edge of doc.edges) {
    const from = "eventId" in edge.from ? edge.from.eventId : owners.get(edge.from.blockId);
    const a = from ? boxes.get(from) : undefined;
    const b = boxes.get(edge.to.groupId);
    if (!from || !a || !b) continue;
    if (overlaps(rect, spanning(a, b))) {
      ids.add(from);
      ids.add(edge.to.groupId);
    }
  }
  return [...ids].filter((id) => boxes.has(id)).sort();
}

/** The box around two boxes (an edge between them stays inside it). */
function spanning(a: Rect, b: Rect): Rect {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return {
    x,
    y,
    width: Math.max(a.x + a.width, b.x + b.width) - x,
    height: Math.max(a.y + a.height, b.y + b.height) - y,
  };
}
