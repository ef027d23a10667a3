import { createPortal } from "react-dom";
import { useCanvasState } from "./canvasState";

/** The name of the block being dragged, following the pointer. */
export function BlockDragGhost() {
  const ghost = useCanvasState((state) => state.ghost);
  if (!ghost) return null;
  return createPortal(
    <div className="block-drag-ghost" aria-hidden style={{ left: ghost.x + 12, top: ghost.y + 8 }}>
      {ghost.label}
    </div>,
    document.body,
  );
}
