import {
  applyNodeChanges,
  Background,
  type Connection,
  Controls,
  type EdgeChange,
  MiniMap,
  type NodeChange,
  ReactFlow,
} from "@xyflow/react";
import { useCallback, useMemo } from "react";
import { connect, removeEdges } from "../operations";
import { useEditor } from "../store";
import { blockOwners, sourceFromHandle, toFlowEdges, toFlowNodes } from "./flow";
import { GroupNode, StartNode } from "./GroupNode";
import "@xyflow/react/dist/style.css";

const NODE_TYPES = { group: GroupNode, start: StartNode };

/** The bot's graph: groups and the start event as nodes, edges between them. */
export function Canvas() {
  const doc = useEditor((state) => state.doc);
  const selectedIds = useEditor((state) => state.selectedGroupIds);
  const change = useEditor((state) => state.change);
  const record = useEditor((state) => state.record);
  const selectGroups = useEditor((state) => state.selectGroups);

  const selected = useMemo(() => new Set(selectedIds), [selectedIds]);
  const nodes = useMemo(
    () => (doc ? toFlowNodes(doc, selected) : []),
    [doc?.groups, doc?.events, selected, doc],
  );
  const edges = useMemo(
    () => (doc ? toFlowEdges(doc, blockOwners(doc)) : []),
    [doc?.edges, doc?.groups, doc],
  );

  const onNodesChange = useCallback(
    (changes: NodeChange[]) => {
      const moved = changes.filter((c) => c.type === "position" && c.position);
      if (moved.length > 0) {
        const positions = new Map(applyNodeChanges(moved, nodes).map((node) => [node.id, node.position]));
        change(
          (draft) => {
            for (const item of [...draft.groups, ...draft.events]) {
              const position = positions.get(item.id);
              if (position) item.graphCoordinates = { x: Math.round(position.x), y: Math.round(position.y) };
            }
          },
          { record: false },
        );
      }
      if (changes.some((c) => c.type === "select")) {
        const next = new Set(selected);
        for (const c of changes) if (c.type === "select") c.selected ? next.add(c.id) : next.delete(c.id);
        selectGroups([...next]);
      }
    },
    [change, nodes, selected, selectGroups],
  );

  const onEdgesChange = useCallback(
    (changes: EdgeChange[]) => {
      const removed = changes.filter((c) => c.type === "remove").map((c) => c.id);
      if (removed.length > 0) change((draft) => removeEdges(draft, removed));
    },
    [change],
  );

  const onConnect = useCallback(
    (connection: Connection) => {
      change((draft) => {
        const from = connection.sourceHandle ? sourceFromHandle(draft, connection.sourceHandle) : undefined;
        if (from) connect(draft, from, connection.target);
      });
    },
    [change],
  );

  const onNodeDragStart = useCallback(() => {
    const current = useEditor.getState().doc;
    if (current) record(current);
  }, [record]);

  return (
    <ReactFlow
      nodes={nodes}
      edges={edges}
      nodeTypes={NODE_TYPES}
      onNodesChange={onNodesChange}
      onEdgesChange={onEdgesChange}
      onConnect={onConnect}
      onNodeDragStart={onNodeDragStart}
      fitView
      minZoom={0.1}
      deleteKeyCode={null}
      proOptions={{ hideAttribution: true }}
      aria-label="Bot graph"
    >
      <Background />
      <Controls />
      <MiniMap pannable zoomable ariaLabel="Minimap" />
    </ReactFlow>
  );
}
