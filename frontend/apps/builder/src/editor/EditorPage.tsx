import { useReactFlow } from "@xyflow/react";
import type { DragEvent } from "react";
import { useAutosave } from "./autosave";
import { Canvas } from "./canvas/Canvas";
import { addGroup, newBlock } from "./operations";
import { SidePanel } from "./panels/SidePanel";
import { useShortcuts } from "./shortcuts/useShortcuts";
import { BLOCK_DRAG_TYPE, BlocksSidebar } from "./sidebar/BlocksSidebar";
import { useEditor } from "./store";
import { Topbar } from "./topbar/Topbar";

/** The editor: blocks on the left, the graph in the middle, a panel on the right. */
export function EditorPage({ readOnly }: { readOnly: boolean }) {
  const change = useEditor((state) => state.change);
  const save = useAutosave();
  const flow = useReactFlow();
  useShortcuts();

  const addBlockAt = (type: string, position: { x: number; y: number }) =>
    change((draft) => void addGroup(draft, position, [newBlock(type)]));

  const addToCenter = (type: string) => {
    const box = document.querySelector(".editor-canvas")?.getBoundingClientRect();
    const center = box ? { x: box.left + box.width / 2, y: box.top + box.height / 2 } : { x: 400, y: 300 };
    addBlockAt(type, flow.screenToFlowPosition(center));
  };

  const onDrop = (event: DragEvent) => {
    const type = event.dataTransfer.getData(BLOCK_DRAG_TYPE);
    if (!type) return;
    event.preventDefault();
    addBlockAt(type, flow.screenToFlowPosition({ x: event.clientX, y: event.clientY }));
  };

  return (
    <div className="editor">
      <Topbar readOnly={readOnly} save={save} />
      <div className="editor-body">
        {!readOnly && <BlocksSidebar onAdd={addToCenter} />}
        <main
          className="editor-canvas"
          onDragOver={(event) => {
            if (event.dataTransfer.types.includes(BLOCK_DRAG_TYPE)) event.preventDefault();
          }}
          onDrop={onDrop}
        >
          <Canvas />
        </main>
        <SidePanel />
      </div>
    </div>
  );
}
