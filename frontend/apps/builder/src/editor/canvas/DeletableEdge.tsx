import { BaseEdge, EdgeLabelRenderer, type EdgeProps, getBezierPath } from "@xyflow/react";
import { X } from "lucide-react";
import { memo } from "react";
import { useTranslation } from "../../i18n";
import { removeEdges } from "../operations";
import { useEditor } from "../store";
import { useCanvasState } from "./canvasState";

/** An edge between groups; selected, it shows a button that deletes it. */
export const DeletableEdge = memo(function DeletableEdge(props: EdgeProps) {
  const { t } = useTranslation("editor");
  const readOnly = useCanvasState((state) => state.readOnly);
  const { id, selected, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition } = props;
  const [path, labelX, labelY] = getBezierPath({
    sourceX,
    sourceY,
    targetX,
    targetY,
    sourcePosition,
    targetPosition,
  });
  return (
    <>
      <BaseEdge id={id} path={path} interactionWidth={props.interactionWidth} className="bot-edge" />
      {selected && !readOnly && (
        <EdgeLabelRenderer>
          <button
            type="button"
            className="edge-delete nodrag nopan"
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
            aria-label={t("canvas.deleteEdge")}
            onClick={() => useEditor.getState().change((draft) => removeEdges(draft, [id]))}
          >
            <X size={14} aria-hidden />
          </button>
        </EdgeLabelRenderer>
      )}
    </>
  );
});
