import type { ClientLog } from "@botloom/widget";
import { RotateCcw, X } from "lucide-react";
import { useEffect, useRef, useState } from "react";
import { useEditor } from "../store";
import { loadPreview, mountPreview } from "./mountPreview";
import { PreviewLogs } from "./PreviewLogs";
import { decodeStart, encodeStart } from "./startPoints";
import "./preview.css";

/** The chat, run by the real widget on the saved draft, from the chosen start point. */
function PreviewChat({ onLogs }: { onLogs: (logs: ClientLog[]) => void }) {
  const typebotId = useEditor((state) => state.doc?.id ?? "");
  const start = useEditor((state) => state.previewStart);
  const run = useEditor((state) => state.previewRun);
  const host = useRef<HTMLDivElement>(null);
  const [status, setStatus] = useState("Saving the draft…");

  // biome-ignore lint/correctness/useExhaustiveDependencies: `run` restarts the chat on purpose
  useEffect(() => {
    let current = true;
    const { setPreviewBlock } = useEditor.getState();
    setPreviewBlock(null);
    setStatus("Saving the draft…");
    loadPreview().then(
      (widget) => {
        if (!current || !host.current) return;
        setStatus("");
        mountPreview(widget, host.current, {
          id: `botloom-preview-${run}`,
          typebotId,
          preview: {
            startFrom: start ?? undefined,
            onLogs: (logs) => current && onLogs(logs),
            onBlock: (blockId) => current && setPreviewBlock(blockId),
          },
        });
      },
      (error: unknown) => current && setStatus(`The preview could not start: ${String(error)}`),
    );
    return () => {
      current = false;
    };
  }, [typebotId, start, run]);

  useEffect(() => () => useEditor.getState().setPreviewBlock(null), []);

  return (
    <div className="preview-chat">
      {status && <p className="page-status">{status}</p>}
      <div ref={host} className="preview-host" />
    </div>
  );
}

/** Where the preview starts: the start event, another event, or any group. */
function StartFromSelect() {
  const start = useEditor((state) => state.previewStart);
  const groups = useEditor((state) => state.doc?.groups ?? []);
  const events = useEditor((state) => state.doc?.events ?? []);
  const startPreview = useEditor((state) => state.startPreview);
  const firstEvent = events[0]?.id;
  return (
    <label className="preview-start">
      Start from
      <select value={encodeStart(start)} onChange={(event) => startPreview(decodeStart(event.target.value))}>
        <option value="">The start</option>
        {events
          .filter((item) => item.id !== firstEvent)
          .map((item) => (
            <option key={item.id} value={encodeStart({ type: "event", eventId: item.id })}>
              Event: {item.type}
            </option>
          ))}
        {groups.map((group) => (
          <option key={group.id} value={encodeStart({ type: "group", groupId: group.id })}>
            {group.title || "Untitled group"}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The preview pane: restart, start point, the chat, and its logs. */
export function PreviewPane() {
  const start = useEditor((state) => state.previewStart);
  const run = useEditor((state) => state.previewRun);
  const { startPreview, setPanel } = useEditor.getState();
  const [logs, setLogs] = useState<ClientLog[]>([]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: each run starts with no logs
  useEffect(() => setLogs([]), [start, run]);
  return (
    <aside className="settings-panel preview-pane" aria-label="Preview">
      <header className="panel-header">
        <h2>Preview</h2>
        <div className="toolbar">
          <button type="button" onClick={() => startPreview(start)}>
            <RotateCcw size={16} aria-hidden /> Restart
          </button>
          <button
            type="button"
            className="icon-button"
            aria-label="Close preview"
            onClick={() => setPanel(null)}
          >
            <X size={16} aria-hidden />
          </button>
        </div>
      </header>
      <StartFromSelect />
      <PreviewChat onLogs={(more) => setLogs((previous) => [...previous, ...more])} />
      <PreviewLogs logs={logs} />
    </aside>
  );
}
