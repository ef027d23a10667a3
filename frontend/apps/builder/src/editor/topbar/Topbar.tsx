import { ArrowLeft, Redo2, Undo2 } from "lucide-react";
import { Link } from "react-router";
import type { useAutosave } from "../autosave";
import { useEditor } from "../store";

const STATUS_TEXT = {
  saved: "Saved",
  pending: "Unsaved changes",
  saving: "Saving…",
  conflict: "Not saved: conflict",
  error: "Not saved",
} as const;

/** The editor's top bar: back to the bots, the bot's name, save status, undo and redo. */
export function Topbar({ readOnly, save }: { readOnly: boolean; save: ReturnType<typeof useAutosave> }) {
  const name = useEditor((state) => state.doc?.name ?? "");
  const canUndo = useEditor((state) => state.past.length > 0);
  const canRedo = useEditor((state) => state.future.length > 0);
  const { undo, redo, change } = useEditor.getState();
  return (
    <>
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
    </>
  );
}
