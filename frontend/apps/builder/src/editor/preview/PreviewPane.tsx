import type { ClientLog } from "@botloom/widget";
import { RotateCcw, X } from "lucide-react";
import { useEffect, useRef, useState } from "react";
import { PreviewWebhookCall } from "../blocks/logic/webhook/PreviewWebhookCall";
import { useEditor } from "../store";
import { previewDraft } from "./mountPreview";
import { PreviewLogs } from "./PreviewLogs";
import { decodeStart, encodeStart } from "./startPoints";
import "./preview.css";
import { useTranslation } from "../../i18n";

/** The chat, run by the real widget on the saved draft, from the chosen start point. */
function PreviewChat({ onLogs }: { onLogs: (logs: ClientLog[]) => void }) {
  const typebotId = useEditor((state) => state.doc?.id ?? "");
  const start = useEditor((state) => state.previewStart);
  const run = useEditor((state) => state.previewRun);
  const host = useRef<HTMLDivElement>(null);
  const { t } = useTranslation("preview");
  const [status, setStatus] = useState<string>(() => t("savingDraft"));

  // biome-ignore lint/correctness/useExhaustiveDependencies: `run` restarts the chat on purpose
  useEffect(() => {
    let current = true;
    const { setPreviewBlock } = useEditor.getState();
    setPreviewBlock(null);
    setStatus(t("savingDraft"));
    const preview = {
      startFrom: start ?? undefined,
      onLogs: (logs: ClientLog[]) => current && onLogs(logs),
      onBlock: (blockId: string | null) => current && setPreviewBlock(blockId),
    };
    previewDraft(
      () => host.current,
      { id: `botloom-preview-${run}`, typebotId, preview },
      () => current,
    ).then(
      (started) => started && setStatus(""),
      (error: unknown) => current && setStatus(t("couldNotStart", { error: String(error) })),
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
  const { t } = useTranslation("preview");
  const start = useEditor((state) => state.previewStart);
  const groups = useEditor((state) => state.doc?.groups ?? []);
  const events = useEditor((state) => state.doc?.events ?? []);
  const startPreview = useEditor((state) => state.startPreview);
  const firstEvent = events[0]?.id;
  return (
    <label className="preview-start">
      {t("startFrom")}
      <select value={encodeStart(start)} onChange={(event) => startPreview(decodeStart(event.target.value))}>
        <option value="">{t("theStart")}</option>
        {events
          .filter((item) => item.id !== firstEvent)
          .map((item) => (
            <option key={item.id} value={encodeStart({ type: "event", eventId: item.id })}>
              {t("event", { type: item.type })}
            </option>
          ))}
        {groups.map((group) => (
          <option key={group.id} value={encodeStart({ type: "group", groupId: group.id })}>
            {group.title || t("untitledGroup")}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The preview pane: restart, start point, the chat, and its logs. */
export function PreviewPane() {
  const { t } = useTranslation("preview");
  const start = useEditor((state) => state.previewStart);
  const run = useEditor((state) => state.previewRun);
  const { startPreview, setPanel } = useEditor.getState();
  const [logs, setLogs] = useState<ClientLog[]>([]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: each run starts with no logs
  useEffect(() => setLogs([]), [start, run]);
  return (
    <aside className="settings-panel preview-pane" aria-label={t("preview")}>
      <header className="panel-header">
        <h2>{t("preview")}</h2>
        <div className="toolbar">
          <button type="button" onClick={() => startPreview(start)}>
            <RotateCcw size={16} aria-hidden /> {t("restart")}
          </button>
          <button
            type="button"
            className="icon-button"
            aria-label={t("closePreview")}
            onClick={() => setPanel(null)}
          >
            <X size={16} aria-hidden />
          </button>
        </div>
      </header>
      <StartFromSelect />
      <PreviewChat onLogs={(more) => setLogs((previous) => [...previous, ...more])} />
      <PreviewWebhookCall />
      <PreviewLogs logs={logs} />
    </aside>
  );
}
