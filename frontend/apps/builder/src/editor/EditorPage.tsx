import { useReactFlow } from "@xyflow/react";
import type { DragEvent } from "react";
import type { BotView } from "../bot/botView";
import { useAutosave } from "./autosave";
import { BotSettingsEditor } from "./botSettings/BotSettingsEditor";
import { Canvas } from "./canvas/Canvas";
import { useCanvasState } from "./canvas/canvasState";
import { dropTargetAt } from "./canvas/dropTarget";
import { addGroup, freePosition, insertBlock, newBlock } from "./operations";
import { SidePanel } from "./panels/SidePanel";
import { ShortcutsSheet } from "./shortcuts/ShortcutsSheet";
import { useShortcuts } from "./shortcuts/useShortcuts";
import { BLOCK_DRAG_TYPE, BlocksSidebar } from "./sidebar/BlocksSidebar";
import { useEditor } from "./store";
import { ThemeEditor } from "./theme/ThemeEditor";
import { Topbar } from "./topbar/Topbar";

/**
 * The editor: blocks on the left, the graph in the middle, a panel on the right; or the bot's
 * theme or settings in place of the graph (one document, one autosave, one undo history).
 */
export function EditorPage({ view, readOnly }: { view: BotView; readOnly: boolean }) {
  const change = useEditor((state) => state.change);
  const save = useAutosave();
  const flow = useReactFlow();
  useShortcuts(readOnly, view === "flow");

  const addBlockAt = (type: string, position: { x: number; y: number }) =>
    change((draft) => void addGroup(draft, position, [newBlock(type)]));

  const addToCenter = (type: string) => {
    const box = document.querySelector(".editor-canvas")?.getBoundingClientRect();
    const center = box ? { x: box.left + box.width / 2, y: box.top + box.height / 2 } : { x: 400, y: 300 };
    const { x, y } = flow.screenToFlowPosition(center);
    const doc = useEditor.getState().doc;
    if (!doc) return;
    // The new group goes a little up and left of the centre, clear of other groups; if that put
    // it elsewhere, the view follows it.
    const spot = freePosition(doc, { x: x - 150, y: y - 50 });
    change((draft) => void addGroup(draft, spot, [newBlock(type)]));
    if (spot.y !== Math.round(y - 50))
      void flow.setCenter(spot.x + 150, spot.y + 50, { zoom: flow.getZoom() });
  };

  const onDragOver = (event: DragEvent) => {
    if (!event.dataTransfer.types.includes(BLOCK_DRAG_TYPE)) return;
    event.preventDefault();
    const target = dropTargetAt(event.clientX, event.clientY);
    const current = useCanvasState.getState().dropTarget;
    if (target?.groupId !== current?.groupId || target?.index !== current?.index)
      useCanvasState.setState({ dropTarget: target });
  };

  /** A block from the sidebar lands in the group under the pointer, else in a new group there. */
  const onDrop = (event: DragEvent) => {
    const type = event.dataTransfer.getData(BLOCK_DRAG_TYPE);
    useCanvasState.setState({ dropTarget: null });
    if (!type) return;
    event.preventDefault();
    const target = dropTargetAt(event.clientX, event.clientY);
    if (target) change((draft) => insertBlock(draft, target.groupId, newBlock(type), target.index));
    else addBlockAt(type, flow.screenToFlowPosition({ x: event.clientX, y: event.clientY }));
  };

  return (
    <div className="editor">
      <Topbar readOnly={readOnly} save={save} />
      {view === "theme" && <ThemeEditor readOnly={readOnly} />}
      {view === "settings" && <BotSettingsEditor readOnly={readOnly} />}
      <div className="editor-body" hidden={view !== "flow"}>
        {!readOnly && <BlocksSidebar onAdd={addToCenter} />}
        <main
          className="editor-canvas"
          onDragOver={onDragOver}
          onDragLeave={(event) => {
            if (!event.currentTarget.contains(event.relatedTarget as Node | null))
              useCanvasState.setState({ dropTarget: null });
          }}
          onDrop={onDrop}
        >
          <Canvas readOnly={readOnly} />
        </main>
        <SidePanel />
      </div>
      <ShortcutsSheet />
    </div>
  );
}
