import { useReactFlow, useStore } from "@xyflow/react";
import { type PointerEvent, useMemo } from "react";
import { useTranslation } from "../../i18n";
import { useEditor } from "../store";
import { viewRect } from "./culling";
import { estimatedSize, graphBounds } from "./viewport";

const WIDTH = 200;
const HEIGHT = 150;

/**
 * The whole bot in small, drawn from the document (React Flow's minimap shows only the groups it
 * is given, which are those near the view): the view's frame on it, and a press or drag there
 * moves the view.
 */
export function Minimap() {
  const { t } = useTranslation("editor");
  const doc = useEditor((state) => state.doc);
  const groups = doc?.groups;
  const flow = useReactFlow();
  const [x, y, zoom] = useStore((s) => s.transform);
  const width = useStore((s) => s.width);
  const height = useStore((s) => s.height);
  const boxes = useMemo(
    () =>
      (groups ?? []).map((group) => ({ id: group.id, ...group.graphCoordinates, ...estimatedSize(group) })),
    [groups],
  );
  const bounds = useMemo(() => (doc ? graphBounds(doc) : null), [doc]);
  // On a narrow canvas (a panel is open) the minimap would hide the groups it maps.
  if (!bounds || width < 3 * WIDTH) return null;
  const view = viewRect({ transform: [x, y, zoom], width, height }, 0);
  const left = Math.min(bounds.x, view.x);
  const top = Math.min(bounds.y, view.y);
  const right = Math.max(bounds.x + bounds.width, view.x + view.width);
  const bottom = Math.max(bounds.y + bounds.height, view.y + view.height);
  const scale = Math.max((right - left) / WIDTH, (bottom - top) / HEIGHT);

  const moveView = (event: PointerEvent<SVGSVGElement>) => {
    if (event.buttons !== 1) return;
    const box = event.currentTarget.getBoundingClientRect();
    const centerX = left + (event.clientX - box.left) * scale;
    const centerY = top + (event.clientY - box.top) * scale;
    void flow.setCenter(centerX, centerY, { zoom });
  };

  return (
    <svg
      className="canvas-minimap nodrag nopan"
      width={WIDTH}
      height={HEIGHT}
      viewBox={`${left} ${top} ${WIDTH * scale} ${HEIGHT * scale}`}
      role="img"
      aria-label={t("canvas.minimap")}
      onPointerDown={(event) => {
        event.currentTarget.setPointerCapture(event.pointerId);
        moveView(event);
      }}
      onPointerMove={moveView}
    >
      {boxes.map((box) => (
        <rect
          key={box.id}
          className="canvas-minimap-group"
          x={box.x}
          y={box.y}
          width={box.width}
          height={box.height}
          rx={12}
        />
      ))}
      <rect
        className="canvas-minimap-view"
        x={view.x}
        y={view.y}
        width={view.width}
        height={view.height}
        strokeWidth={2 * scale}
      />
    </svg>
  );
}
