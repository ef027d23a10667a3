/** One result in a side sheet: its answers, the transcript, the logs and the uploaded files. */
import { X } from "lucide-react";
import { Dialog, Tabs } from "radix-ui";
import { useTranslation } from "../i18n";
import { cellText, type ResultColumn, type ResultRow, uploadedFiles } from "./columns";
import { formatDate, useColumnLabel } from "./useColumnLabel";
import { useLogs, useTranscript } from "./useResults";

function Answers({ result, columns }: { result: ResultRow; columns: readonly ResultColumn[] }) {
  const { t } = useTranslation("results");
  const labelOf = useColumnLabel();
  return (
    <dl className="result-answers">
      {columns
        .filter((column) => column.kind !== "date")
        .map((column) => {
          const value = cellText(result, column);
          return (
            <div key={column.id}>
              <dt>{labelOf(column)}</dt>
              <dd data-empty={value === "" || undefined}>{value || t("drawer.noAnswer")}</dd>
            </div>
          );
        })}
    </dl>
  );
}

function Transcript({ typebotId, resultId }: { typebotId: string; resultId: string }) {
  const { t } = useTranslation("results");
  const { t: common } = useTranslation();
  const transcript = useTranscript(typebotId, resultId);
  if (transcript.isError) return <p role="alert">{transcript.error.message}</p>;
  if (!transcript.data) return <p className="results-hint">{common("loading")}</p>;
  const lines = transcript.data.transcript;
  if (lines.length === 0) return <p className="results-hint">{t("drawer.noTranscript")}</p>;
  return (
    <ol className="transcript" aria-label={t("drawer.transcript")}>
      {lines.map((line, index) => {
        const media = line.image ?? line.video ?? line.audio;
        return (
          // Lines have no id and never move: their place is their identity.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <li key={index} className="transcript-line" data-role={line.role}>
            <span className="results-sr-only">
              {line.role === "bot" ? t("drawer.bot") : t("drawer.visitor")}:{" "}
            </span>
            {line.type === "text" ? (
              line.text
            ) : line.type === "image" && media ? (
              <img src={media} alt={t("drawer.image")} loading="lazy" />
            ) : (
              <a href={media ?? undefined} target="_blank" rel="noreferrer">
                {t(`drawer.${line.type}`)}
              </a>
            )}
          </li>
        );
      })}
    </ol>
  );
}

function Logs({ typebotId, resultId }: { typebotId: string; resultId: string }) {
  const { t } = useTranslation("results");
  const { t: common } = useTranslation();
  const logs = useLogs(typebotId, resultId);
  if (logs.isError) return <p role="alert">{logs.error.message}</p>;
  if (!logs.data) return <p className="results-hint">{common("loading")}</p>;
  if (logs.data.logs.length === 0) return <p className="results-hint">{t("drawer.noLogs")}</p>;
  return (
    <ul className="result-logs">
      {logs.data.logs.map((log) => (
        <li key={log.id} className="result-log" data-status={log.status}>
          <strong>{log.status}</strong> <time dateTime={log.createdAt}>{formatDate(log.createdAt)}</time>
          <p>{log.description}</p>
          {log.details && <pre>{log.details}</pre>}
        </li>
      ))}
    </ul>
  );
}

function Files({ result, columns }: { result: ResultRow; columns: readonly ResultColumn[] }) {
  const { t } = useTranslation("results");
  const files = uploadedFiles(result, columns);
  if (files.length === 0) return <p className="results-hint">{t("drawer.noFiles")}</p>;
  return (
    <ul className="result-files">
      {files.map((url) => (
        <li key={url}>
          <a className="result-file" href={url} target="_blank" rel="noreferrer">
            {decodeURIComponent(url.split("/").at(-1) ?? url)}
          </a>
        </li>
      ))}
    </ul>
  );
}

export function ResultDrawer({
  typebotId,
  result,
  columns,
  onClose,
}: {
  typebotId: string;
  result: ResultRow | null;
  columns: readonly ResultColumn[];
  onClose: () => void;
}) {
  const { t } = useTranslation("results");
  const { t: common } = useTranslation();
  return (
    <Dialog.Root open={result !== null} onOpenChange={(open) => !open && onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className="results-overlay" />
        <Dialog.Content className="results-drawer">
          {result && (
            <>
              <header className="results-drawer-header">
                <Dialog.Title>{t("drawer.title")}</Dialog.Title>
                <Dialog.Close className="icon-button" aria-label={common("close")}>
                  <X size={18} aria-hidden />
                </Dialog.Close>
              </header>
              <Dialog.Description className="results-hint">
                {t("drawer.submitted", { date: formatDate(result.createdAt) })} ·{" "}
                {result.isCompleted ? t("drawer.completed") : t("drawer.unfinished")}
              </Dialog.Description>
              <Tabs.Root defaultValue="transcript" className="results-drawer-tabs">
                <Tabs.List aria-label={t("drawer.tabs")} className="results-tabs">
                  <Tabs.Trigger value="transcript">{t("drawer.transcript")}</Tabs.Trigger>
                  <Tabs.Trigger value="answers">{t("drawer.answers")}</Tabs.Trigger>
                  <Tabs.Trigger value="logs">{t("drawer.logs")}</Tabs.Trigger>
                  <Tabs.Trigger value="files">{t("drawer.files")}</Tabs.Trigger>
                </Tabs.List>
                <Tabs.Content value="transcript" className="results-tab-panel">
                  <Transcript typebotId={typebotId} resultId={result.id} />
                </Tabs.Content>
                <Tabs.Content value="answers" className="results-tab-panel">
                  <Answers result={result} columns={columns} />
                </Tabs.Content>
                <Tabs.Content value="logs" className="results-tab-panel">
                  <Logs typebotId={typebotId} resultId={result.id} />
                </Tabs.Content>
                <Tabs.Content value="files" className="results-tab-panel">
                  <Files result={result} columns={columns} />
                </Tabs.Content>
              </Tabs.Root>
            </>
          )}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
