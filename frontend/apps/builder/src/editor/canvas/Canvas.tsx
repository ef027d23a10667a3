import {
  Background,
  type Connection,
  ControlButton,
  Controls,
  type EdgeChange,
  type NodeChange,
  type OnNodeDrag,
  ReactFlow,
  useReactFlow,
  type XYPosition,
} from "@xyflow/react";
import { Keyboard, Maximize } from "lucide-react";
import { useCallback, useEffect, useRef, useState } from "react";
import { connect, moveNodes } from "../operations";
import { KEYBOARD_MOVE } from "../shortcuts/actions";
import { useEditor } from "../store";
import { BlockDragGhost } from "./BlockDragGhost";
import { setLastPointer, useCanvasState } from "./canvasState";
import { DeletableEdge } from "./DeletableEdge";
import { DropOffControls } from "./DropOffControls";
import { sourceFromHandle } from "./flow";
import { GroupNode, StartNode } from "./GroupNode";
import { Minimap } from "./Minimap";
import { useFlowElements } from "./useFlowElements";
import { fitWholeBot, openingView } from "./viewport";
import "@xyflow/react/dist/style.css";
import "./canvas.css";
import { useTranslation } from "../../i18n";

const NODE_TYPES = { botGroup: GroupNode, start: StartNode };
const EDGE_TYPES = { deletable: DeletableEdge };

/** Which selection a batch of React Flow's select changes leaves. */
function applySelection(current: readonly string[], changes: (NodeChange | EdgeChange)[]): string[] | null {
  const selects = changes.filter((c) => c.type === "select");
  if (selects.length === 0) return null;
  const next = new Set(current);
  for (const c of selects) c.selected ? next.add(c.id) : next.delete(c.id);
  return [...next];
}

/**
 * The bot's graph: groups and the start event as nodes, edges between them. A dragged group moves
 * on the canvas only (positions kept here) and reaches the document once, when dropped: the drag
 * costs React Flow's work alone, and is one undo step.
 */
export function Canvas({ readOnly }: { readOnly: boolean }) {
  const { t } = useTranslation("editor");
  const doc = useEditor((state) => state.doc);
  const [dragged, setDragged] = useState<ReadonlyMap<string, XYPosition> | null>(null);
  const flow = useReactFlow();
  const dragging = useRef(false);
  useEffect(() => useCanvasState.setState({ readOnly }), [readOnly]);
  // Nothing is drawn before the first view is chosen: drawn at React Flow's default view, a
  // large bot would draw (and measure) every group once for nothing.
  const [viewChosen, setViewChosen] = useState(false);
  const { nodes, edges, noteSizes } = useFlowElements(dragged, viewChosen);

  const onNodesChange = useCallback(
    (changes: NodeChange[]) => {
      const editor = useEditor.getState();
      noteSizes(changes);
      const moved = new Map<string, XYPosition>();
      for (const c of changes) if (c.type === "position" && c.position) moved.set(c.id, c.position);
      if (moved.size > 0 && dragging.current)
        setDragged((current) => new Map([...(current ?? []), ...moved]));
      else if (moved.size > 0)
        editor.change((draft) => moveNodes(draft, moved), { coalesceKey: KEYBOARD_MOVE });
      const selection = applySelection(editor.selectedGroupIds, changes);
      if (selection) editor.selectGroups(selection);
    },
    [noteSizes],
  );

  const onEdgesChange = useCallback((changes: EdgeChange[]) => {
    const editor = useEditor.getState();
    const selection = applySelection(editor.selectedEdgeIds, changes);
    if (selection) editor.selectEdges(selection);
  }, []);

  const onConnect = useCallback((connection: Connection) => {
    useEditor.getState().change((draft) => {
      const from = connection.sourceHandle ? sourceFromHandle(draft, connection.sourceHandle) : undefined;
      if (from) connect(draft, from, connection.target);
    });
  }, []);

  const onNodeDragStart = useCallback<OnNodeDrag>(() => {
    dragging.current = true;
  }, []);

  const onNodeDragStop = useCallback<OnNodeDrag>((_, __, draggedNodes) => {
    dragging.current = false;
    const positions = new Map(draggedNodes.map((node) => [node.id, node.position]));
    useEditor.getState().change((draft) => moveNodes(draft, positions));
    setDragged(null);
  }, []);

  return (
    <ReactFlow
      nodes={nodes}
      edges={edges}
      nodeTypes={NODE_TYPES}
      edgeTypes={EDGE_TYPES}
      onNodesChange={onNodesChange}
      onEdgesChange={onEdgesChange}
      onConnect={onConnect}
      onNodeDragStart={onNodeDragStart}
      onNodeDragStop={onNodeDragStop}
      onPointerMove={(event) => setLastPointer({ x: event.clientX, y: event.clientY })}
      onPointerLeave={() => setLastPointer(null)}
      nodesDraggable={!readOnly}
      nodesConnectable={!readOnly}
      onInit={(instance) => {
        const current = useEditor.getState().doc;
        if (current) openingView(instance, current);
        setViewChosen(true);
      }}
      onlyRenderVisibleElements
      minZoom={0.05}
      elevateEdgesOnSelect
      deleteKeyCode={null}
      selectionKeyCode="Shift"
      multiSelectionKeyCode="Shift"
      proOptions={{ hideAttribution: true }}
      aria-label={t("canvas.botGraph")}
    >
      <Background />
      <Controls showFitView={false}>
        <ControlButton
          onClick={() => doc && fitWholeBot(flow, doc)}
          aria-label={t("canvas.zoomToFit")}
          title={t("canvas.zoomToFit")}
        >
          <Maximize aria-hidden />
        </ControlButton>
        <ControlButton
          onClick={() => useCanvasState.setState({ shortcutsOpen: true })}
          aria-label={t("canvas.keyboardShortcuts")}
          title={t("canvas.keyboardShortcuts")}
        >
          <Keyboard aria-hidden />
        </ControlButton>
      </Controls>
      <Minimap />
      <DropOffControls />
      <BlockDragGhost />
    </ReactFlow>
  );
}
