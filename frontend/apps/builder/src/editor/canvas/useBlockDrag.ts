/**
 * Dragging a block with the pointer: into another place of its group, into another group, or onto
 * empty canvas (a new group). The document changes once, on release: one undo step.
 */
import { useReactFlow } from "@xyflow/react";
import { type PointerEvent, useRef } from "react";
import { addGroup, moveBlock } from "../operations";
import { useEditor } from "../store";
import { useCanvasState } from "./canvasState";
import { dropTargetAt } from "./dropTarget";

/** How far the pointer goes before a press becomes a drag (a shorter press is a click). */
const THRESHOLD_PX = 5;

/** Pointer handlers for a block's row, and whether the last press was a drag (not a click). */
export function useBlockDrag(blockId: string, label: string) {
  const flow = useReactFlow();
  const start = useRef<{ x: number; y: number } | null>(null);
  const dragged = useRef(false);

  const onPointerDown = (event: PointerEvent<HTMLElement>) => {
    if (event.button !== 0 || useCanvasState.getState().readOnly) return;
    start.current = { x: event.clientX, y: event.clientY };
    dragged.current = false;
    event.currentTarget.setPointerCapture(event.pointerId);
  };

  const onPointerMove = (event: PointerEvent<HTMLElement>) => {
    if (!start.current) return;
    const distance = Math.hypot(event.clientX - start.current.x, event.clientY - start.current.y);
    if (!dragged.current && distance < THRESHOLD_PX) return;
    dragged.current = true;
    useCanvasState.setState({
      ghost: { label, x: event.clientX, y: event.clientY },
      dropTarget: dropTargetAt(event.clientX, event.clientY),
    });
  };

  const onPointerUp = (event: PointerEvent<HTMLElement>) => {
    if (!start.current) return;
    start.current = null;
    useCanvasState.setState({ ghost: null, dropTarget: null });
    if (!dragged.current) return;
    const target = dropTargetAt(event.clientX, event.clientY);
    const overCanvas = document
      .elementsFromPoint(event.clientX, event.clientY)
      .some((element) => element.classList.contains("react-flow__pane"));
    if (!target && !overCanvas) return;
    const position = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
    useEditor.getState().change((draft) => {
      if (target) moveBlock(draft, blockId, target.groupId, target.index);
      else moveBlock(draft, blockId, addGroup(draft, position, []).id, 0);
    });
  };

  const onPointerCancel = () => {
    start.current = null;
    useCanvasState.setState({ ghost: null, dropTarget: null });
  };

  return { handlers: { onPointerDown, onPointerMove, onPointerUp, onPointerCancel }, dragged };
}
