/**
 * Where the canvas looks: the whole bot when it fits at a readable zoom, else its start. Sizes are
 * estimated from the document, not measured: off-screen groups are not drawn (so not measured),
 * and a large bot opens fast because only what is in view is drawn.
 */
import type { ReactFlowInstance, Rect } from "@xyflow/react";
import { definitionOf } from "../blocks/registry";
import type { BotDocument, BotEvent, Group } from "../document";

/** Below this zoom a group's text cannot be read: a bot that needs less opens at its start. */
const READABLE_ZOOM = 0.4;
const OPENING_ZOOM = 0.8;
const GROUP_WIDTH = 300;
const GROUP_CHROME = 50;
const BLOCK_HEIGHT = 44;
const ITEM_HEIGHT = 28;
const START_SIZE = { width: 80, height: 40 };
/** The minimap's corner (its width and margins): a fitted bot is laid out beside it. */
const MINIMAP_CLEARANCE = 224;

/** A group's size on the canvas before it is drawn, from its blocks and their items. */
export function estimatedSize(node: Group | BotEvent): { width: number; height: number } {
  if (!("blocks" in node)) return START_SIZE;
  // An item is a row, and so is each of a card's buttons and the block's own fallback ("Else").
  const rows = (block: Group["blocks"][number]) =>
    (block.items ?? []).reduce(
      (sum, item) => sum + 1 + (Array.isArray(item.paths) ? item.paths.length : 0),
      definitionOf(block.type)?.outlets === "items+block" ? 1 : 0,
    );
  const blocks = node.blocks.reduce((sum, block) => sum + BLOCK_HEIGHT + rows(block) * ITEM_HEIGHT, 0);
  return { width: GROUP_WIDTH, height: GROUP_CHROME + blocks };
}

/** The box around every group and event, by their estimated sizes. */
export function graphBounds(doc: BotDocument): Rect | null {
  const boxes = [...doc.events, ...doc.groups].map((node) => ({
    ...node.graphCoordinates,
    ...estimatedSize(node),
  }));
  if (boxes.length === 0) return null;
  const x = Math.min(...boxes.map((box) => box.x));
  const y = Math.min(...boxes.map((box) => box.y));
  const right = Math.max(...boxes.map((box) => box.x + box.width));
  const bottom = Math.max(...boxes.map((box) => box.y + box.height));
  return { x, y, width: right - x, height: bottom - y };
}

/** The canvas's size on screen. */
function paneSize(): { width: number; height: number } {
  const box = document.querySelector(".react-flow")?.getBoundingClientRect();
  return { width: box?.width || window.innerWidth, height: box?.height || window.innerHeight };
}

/** The zoom that shows all of `bounds` with a margin, never above 1 (a small bot stays life-size). */
function zoomToFit(bounds: Rect, pane: { width: number; height: number }): number {
  return Math.min(1, pane.width / (bounds.width * 1.15), pane.height / (bounds.height * 1.15));
}

/** Zooms to show the whole bot (button, shortcut). */
export function fitWholeBot(flow: ReactFlowInstance, doc: BotDocument, duration = 200): void {
  const bounds = graphBounds(doc);
  if (!bounds) return;
  const pane = paneSize();
  // A narrow canvas (a panel is open) needs all its width; a wide one can spare the minimap's.
  const spare = pane.width >= 3 * MINIMAP_CLEARANCE ? MINIMAP_CLEARANCE : 0;
  const beside = { width: pane.width - spare, height: pane.height };
  const zoom = zoomToFit(bounds, beside);
  const x = (beside.width - bounds.width * zoom) / 2 - bounds.x * zoom;
  const y = (pane.height - bounds.height * zoom) / 2 - bounds.y * zoom;
  void flow.setViewport({ x, y, zoom }, { duration });
}

/** The first view of a bot: all of it if readable, else its start event at a readable zoom. */
export function openingView(flow: ReactFlowInstance, doc: BotDocument): void {
  const bounds = graphBounds(doc);
  if (!bounds) return;
  const pane = paneSize();
  if (zoomToFit(bounds, pane) >= READABLE_ZOOM) {
    fitWholeBot(flow, doc, 0);
    return;
  }
  const start = doc.events[0]?.graphCoordinates ?? bounds;
  void flow.setViewport({
    x: pane.width * 0.05 - start.x * OPENING_ZOOM,
    y: pane.height * 0.3 - start.y * OPENING_ZOOM,
    zoom: OPENING_ZOOM,
  });
}
