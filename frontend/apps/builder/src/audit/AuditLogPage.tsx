/**
 * A workspace's audit log, newest first, a page at a time (the route's keyset cursor: pages
 * never repeat or skip an event while new ones arrive). The workspace settings mount it at
 * `/workspaces/:workspaceId/settings/audit`; it reads the workspace from the address.
 */
import { useInfiniteQuery } from "@tanstack/react-query";
import { useParams } from "react-router";
import { api, unwrap } from "../api";
import { useTranslation } from "../i18n";
import { formatDateTime } from "../ui/dates";
import { type AuditEvent, actionText, detailsText } from "./describe";
import "./audit.css";

const PAGE_SIZE = 50;

function useAuditLog(workspaceId: string) {
  return useInfiniteQuery({
    queryKey: ["auditLog", workspaceId],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET("/api/v1/workspaces/{workspaceId}/audit-log", {
          params: { path: { workspaceId }, query: { limit: PAGE_SIZE, cursor: pageParam } },
        }),
      ),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

function EventRow({ event }: { event: AuditEvent }) {
  const { t, i18n } = useTranslation("audit");
  const { name, rest } = detailsText(event.details);
  return (
    <tr data-action={event.action}>
      <td className="audit-when">
        <time dateTime={event.createdAt}>{formatDateTime(event.createdAt, i18n.language)}</time>
      </td>
      <td>{event.actorEmail ?? (event.actorId ? t("someone") : t("system"))}</td>
      <th scope="row">{actionText(event.action)}</th>
      <td>
        {name ?? event.targetId ?? ""}
        {rest && <span className="audit-details">{rest}</span>}
      </td>
    </tr>
  );
}

export function AuditLogPage() {
  const { t } = useTranslation("audit");
  const { t: tc } = useTranslation();
  const { workspaceId = "" } = useParams();
  const log = useAuditLog(workspaceId);
  const events = log.data?.pages.flatMap((page) => page.events) ?? [];
  return (
    <section className="audit-log" aria-labelledby="audit-title">
      <h1 id="audit-title">{t("title")}</h1>
      <p className="audit-intro">{t("intro")}</p>
      {log.isPending && <p className="page-status">{tc("loading")}</p>}
      {log.isError && <p role="alert">{log.error.message}</p>}
      {log.data && events.length === 0 && <p className="audit-intro">{t("none")}</p>}
      {events.length > 0 && (
        <table className="audit-table">
          <thead>
            <tr>
              <th scope="col">{t("when")}</th>
              <th scope="col">{t("who")}</th>
              <th scope="col">{t("what")}</th>
              <th scope="col">{t("target")}</th>
            </tr>
          </thead>
          <tbody>
            {events.map((event) => (
              <EventRow key={event.id} event={event} />
            ))}
          </tbody>
        </table>
      )}
      {log.data && (
        <footer className="audit-footer">
          <span role="status">{t("count", { count: events.length })}</span>
          {log.hasNextPage ? (
            <button type="button" onClick={() => void log.fetchNextPage()} disabled={log.isFetchingNextPage}>
              {log.isFetchingNextPage ? t("loadingMore") : t("loadMore")}
            </button>
          ) : (
            events.length > 0 && <span className="audit-intro">{t("end")}</span>
          )}
        </footer>
      )}
    </section>
  );
}
