import { useReactFlow } from "@xyflow/react";
import { ArrowLeft, Redo2, Undo2 } from "lucide-react";
import { type DragEvent, useEffect } from "react";
import { Link } from "react-router";
import { useAutosave } from "./autosave";
import { Canvas } from "./canvas/Canvas";
import { addGroup, deleteGroups, newBlock } from "./operations";
import { SettingsPanel } from "./settings/SettingsPanel";
import { BLOCK_DRAG_TYPE, BlocksSidebar } from "./sidebar/BlocksSidebar";
import { useEditor } from "./store";

const STATUS_TEXT = {
  saved: "Saved",
  pending: "Unsaved changes",
  saving: "Saving…",
  conflict: "Not saved: conflict",
  error: "Not saved",
} as const;

function isTyping(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  return Boolean(element?.closest("input, textarea, select, [contenteditable=true], .cm-editor"));
}

/** The editor: blocks on the left, the graph in the middle, the open block's settings on the right. */
export function EditorPage({ readOnly }: { readOnly: boolean }) {
  const name = useEditor((state) => state.doc?.name ?? "");
  const canUndo = useEditor((state) => state.past.length > 0);
  const canRedo = useEditor((state) => state.future.length > 0);
  const { undo, redo, change } = useEditor.getState();
  const save = useAutosave();
  const flow = useReactFlow();

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

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (isTyping(event.target)) return;
      const mod = event.metaKey || event.ctrlKey;
      if (mod && event.key.toLowerCase() === "z") {
        event.preventDefault();
        event.shiftKey ? redo() : undo();
      } else if (mod && event.key.toLowerCase() === "y") {
        event.preventDefault();
        redo();
      } else if (event.key === "Delete" || event.key === "Backspace") {
        const { selectedGroupIds } = useEditor.getState();
        if (selectedGroupIds.length > 0) change((draft) => deleteGroups(draft, selectedGroupIds));
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [undo, redo, change]);

  return (
    <div className="editor">
      <header className="editor-topbar">
        <Link to="/typebots" className="icon-button" aria-label="Back to my bots">
          <ArrowLeft size={18} aria-hidden />
        </Link>
        <input
          className="bot-name"
          aria-label="Bot name"
          value={name}
          readOnly={readOnly}
          onChange={(event) =>
            change(
              (draft) => {
                draft.name = event.target.value;
              },
              { coalesceKey: "bot-name" },
            )
          }
        />
        <span className="save-status" role="status" data-status={save.status}>
          {STATUS_TEXT[save.status]}
        </span>
        <div className="toolbar">
          <button type="button" className="icon-button" aria-label="Undo" disabled={!canUndo} onClick={undo}>
            <Undo2 size={18} aria-hidden />
          </button>
          <button type="button" className="icon-button" aria-label="Redo" disabled={!canRedo} onClick={redo}>
            <Redo2 size={18} aria-hidden />
          </button>
        </div>
      </header>
      {(save.status === "conflict" || save.status === "error") && (
        <div className="editor-alert" role="alert">
          <span>{save.message}</span>
          {save.status === "conflict" && (
            <>
              <button type="button" onClick={() => window.location.reload()}>
                Reload their version
              </button>
              <button type="button" onClick={save.overwrite}>
                Overwrite with mine
              </button>
            </>
          )}
        </div>
      )}
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
        <SettingsPanel />
      </div>
    </div>
  );
}
