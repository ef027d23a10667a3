import type { ClientLog } from "@botloom/widget";
import { useTranslation } from "../../i18n";

/** The logs of the running preview: integration errors from the server, and the widget's own. */
export function PreviewLogs({ logs }: { logs: ClientLog[] }) {
  const { t } = useTranslation("preview");
  return (
    <section className="preview-logs" aria-label={t("previewLogs")}>
      <h3>{t("logs")}</h3>
      {logs.length === 0 ? (
        <p className="muted">{t("nothingLoggedYet")}</p>
      ) : (
        <ul>
          {logs.map((log, index) => (
            // Logs only grow, and two can be identical: their position is their identity.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            <li key={index} data-status={log.status ?? "info"}>
              <span className="log-status">{log.status ?? t("info")}</span> {log.description}
              {log.context && <span className="muted"> ({log.context})</span>}
              {log.details && (
                <pre>
                  {typeof log.details === "string" ? log.details : JSON.stringify(log.details, null, 2)}
                </pre>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
