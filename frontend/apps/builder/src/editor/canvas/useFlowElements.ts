/**
 * The document as React Flow's nodes and edges: only the groups near the view (`culling.ts`),
 * node objects reused while unchanged (`flowNodeBuilder`), and dragged groups where the pointer
 * has them (`dragged`; the document learns their place when they are dropped).
 */
import { type NodeChange, type ReactFlowState, useStore, type XYPosition } from "@xyflow/react";
import { useCallback, useMemo, useRef, useState } from "react";
import { useEditor } from "../store";
import { idsInView } from "./culling";
import { blockOwners, flowNodeBuilder, type Measured, toFlowEdges } from "./flow";

/** `viewChosen`: nothing is given before the first view is set (see `Canvas`). `noteSizes` keeps
 * the sizes React Flow measured, from the changes it reports. */
export function useFlowElements(dragged: ReadonlyMap<string, XYPosition> | null, viewChosen: boolean) {
  const doc = useEditor((state) => state.doc);
  const selectedIds = useEditor((state) => state.selectedGroupIds);
  const selectedEdgeIds = useEditor((state) => state.selectedEdgeIds);
  const measured = useRef(new Map<string, Measured>()).current;
  const [measuredVersion, setMeasuredVersion] = useState(0);

  const buildNodes = useMemo(flowNodeBuilder, []);
  const selected = useMemo(() => new Set(selectedIds), [selectedIds]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new size (measuredVersion) rebuilds its node
  const docNodes = useMemo(
    () => (doc ? buildNodes(doc, selected, measured) : []),
    [doc, selected, buildNodes, measured, measuredVersion],
  );
  const groups = doc?.groups;
  // biome-ignore lint/correctness/useExhaustiveDependencies: owners depend on the groups only
  const owners = useMemo(() => (doc ? blockOwners(doc) : new Map<string, string>()), [groups]);

  // The groups near the view (a sorted id list as a string: the canvas re-renders when it changes,
  // not on every frame of a pan). Selected and dragged groups are always given.
  const always = useMemo(() => [...selectedIds, ...(dragged?.keys() ?? [])], [selectedIds, dragged]);
  const inView = useStore(
    useCallback(
      (s: ReactFlowState) =>
        doc && viewChosen
          ? idsInView(
              doc,
              owners,
              { transform: s.transform, width: s.width, height: s.height },
              measured,
              always,
            ).join(" ")
          : "",
      [doc, owners, viewChosen, measured, always],
    ),
  );
  const nodes = useMemo(() => {
    const shown = new Set(inView.split(" "));
    return docNodes
      .filter((node) => shown.has(node.id))
      .map((node) => {
        const position = dragged?.get(node.id);
        return position
          ? { ...node, position, dragging: true, measured: measured.get(node.id) ?? node.measured }
          : node;
      });
  }, [docNodes, dragged, measured, inView]);

  const selectedEdges = useMemo(() => new Set(selectedEdgeIds), [selectedEdgeIds]);
  const edgeList = doc?.edges;
  // biome-ignore lint/correctness/useExhaustiveDependencies: edges depend on groups and edges only
  const allEdges = useMemo(
    () => (doc ? toFlowEdges(doc, owners, selectedEdges) : []),
    [owners, edgeList, selectedEdges],
  );
  const edges = useMemo(() => {
    const shown = new Set(inView.split(" "));
    return allEdges.filter((edge) => shown.has(edge.source) && shown.has(edge.target));
  }, [allEdges, inView]);

  const noteSizes = useCallback(
    (changes: NodeChange[]) => {
      let resized = false;
      for (const c of changes)
        if (c.type === "dimensions" && c.dimensions) {
          measured.set(c.id, c.dimensions);
          resized = true;
        }
      if (resized) setMeasuredVersion((version) => version + 1);
    },
    [measured],
  );

  return { nodes, edges, noteSizes };
}
