/** One result in a side sheet: its answers, the transcript, the logs and the uploaded files. */
import type { Schemas } from "@botloom/api-client";
import { X } from "lucide-react";
import { Dialog, Tabs } from "radix-ui";
import type { ReactNode } from "react";
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

/** A part of the result read from the server: its error, "Loading…", `empty`, or `children`. */
function Loaded<T>({
  query,
  items,
  empty,
  children,
}: {
  query: { error: Error | null; data: T | undefined };
  items: (data: T) => readonly unknown[];
  empty: string;
  children: (data: T) => ReactNode;
}) {
  const { t: common } = useTranslation();
  if (query.error) return <p role="alert">{query.error.message}</p>;
  if (query.data === undefined) return <p className="results-hint">{common("loading")}</p>;
  if (items(query.data).length === 0) return <p className="results-hint">{empty}</p>;
  return children(query.data);
}

function Transcript({ typebotId, resultId }: { typebotId: string; resultId: string }) {
  const { t } = useTranslation("results");
  return (
    <Loaded
      query={useTranscript(typebotId, resultId)}
      items={(d) => d.transcript}
      empty={t("drawer.noTranscript")}
    >
      {(data) => <TranscriptLines lines={data.transcript} />}
    </Loaded>
  );
}

function TranscriptLines({ lines }: { lines: Schemas["TranscriptLineRead"][] }) {
  const { t } = useTranslation("results");
  return (
    <ol className="transcript" aria-label={t("drawer.transcript")}>
      {lines.map((line, index) => {
        const media = line.image ?? line.video ?? line.audio;
        return (
          // Lines have no id and never move: their place is their identity.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <li key={index} className="transcript-line" data-role={line.role}>
            <span className="visually-hidden">
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
  return (
    <Loaded query={useLogs(typebotId, resultId)} items={(d) => d.logs} empty={t("drawer.noLogs")}>
      {(data) => <LogList logs={data.logs} />}
    </Loaded>
  );
}

function LogList({ logs }: { logs: Schemas["LogRead"][] }) {
  return (
    <ul className="result-logs">
      {logs.map((log) => (
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

const TABS = ["transcript", "answers", "logs", "files"] as const;

function ResultTabs({
  typebotId,
  result,
  columns,
}: {
  typebotId: string;
  result: ResultRow;
  columns: readonly ResultColumn[];
}) {
  const { t } = useTranslation("results");
  const panels: Record<(typeof TABS)[number], ReactNode> = {
    transcript: <Transcript typebotId={typebotId} resultId={result.id} />,
    answers: <Answers result={result} columns={columns} />,
    logs: <Logs typebotId={typebotId} resultId={result.id} />,
    files: <Files result={result} columns={columns} />,
  };
  return (
    <Tabs.Root defaultValue="transcript" className="results-drawer-tabs">
      <Tabs.List aria-label={t("drawer.tabs")} className="results-tabs">
        {TABS.map((tab) => (
          <Tabs.Trigger key={tab} value={tab}>
            {t(`drawer.${tab}`)}
          </Tabs.Trigger>
        ))}
      </Tabs.List>
      {TABS.map((tab) => (
        <Tabs.Content key={tab} value={tab} className="results-tab-panel">
          {panels[tab]}
        </Tabs.Content>
      ))}
    </Tabs.Root>
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
        <Dialog.Overlay className="dialog-overlay" />
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
              <ResultTabs typebotId={typebotId} result={result} columns={columns} />
            </>
          )}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
