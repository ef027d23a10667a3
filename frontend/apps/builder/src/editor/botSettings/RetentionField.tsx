import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";
import { api, unwrap } from "../../api";
import { useMe } from "../../auth/session";
import { useTranslation } from "../../i18n";

const workspaceKey = (workspaceId: string) => ["workspace", workspaceId] as const;

/** Whether the signed-in user is an admin of the workspace (only members may list members). */
function useIsAdmin(workspaceId: string): boolean {
  const me = useMe();
  const members = useQuery({
    queryKey: ["workspace-members", workspaceId],
    enabled: Boolean(workspaceId),
    retry: false,
    queryFn: () =>
      unwrap(api.GET("/api/v1/workspaces/{workspaceId}/members", { params: { path: { workspaceId } } })),
  });
  const myId = me.data?.id;
  return Boolean(members.data?.members.some((member) => member.userId === myId && member.role === "ADMIN"));
}

/** How long the workspace keeps results: admins change it, everyone else reads it. */
export function RetentionField({ workspaceId }: { workspaceId: string }) {
  const { t } = useTranslation("botSettings");
  const id = useId();
  const client = useQueryClient();
  const isAdmin = useIsAdmin(workspaceId);
  const workspace = useQuery({
    queryKey: workspaceKey(workspaceId),
    enabled: Boolean(workspaceId),
    queryFn: () => unwrap(api.GET("/api/v1/workspaces/{workspaceId}", { params: { path: { workspaceId } } })),
  });
  const saved = workspace.data?.workspace.settings?.resultsRetentionDays as number | null | undefined;
  const [draft, setDraft] = useState<string | null>(null);
  const text = draft ?? (saved ? String(saved) : "");
  const save = useMutation({
    mutationFn: (days: number | null) =>
      unwrap(
        api.PATCH("/api/v1/workspaces/{workspaceId}", {
          params: { path: { workspaceId } },
          body: { settings: { resultsRetentionDays: days } },
        }),
      ),
    onSuccess: (data) => {
      client.setQueryData(workspaceKey(workspaceId), data);
      setDraft(null);
    },
  });

  const summary = saved ? t("retention.keptFor", { count: saved }) : t("retention.forever");
  if (!isAdmin) {
    return (
      <p className="settings-note">
        {summary} {t("retention.adminsOnly")}
      </p>
    );
  }
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate(text.trim() === "" ? null : Number(text));
      }}
    >
      <label htmlFor={id}>{t("retention.days")}</label>
      <div className="field-row">
        <input
          id={id}
          type="number"
          min={1}
          max={3650}
          value={text}
          aria-describedby={`${id}-help`}
          onChange={(event) => setDraft(event.target.value)}
        />
        <button type="submit" disabled={save.isPending || draft === null}>
          {t("retention.save")}
        </button>
      </div>
      <p id={`${id}-help`} className="field-help">
        {t("retention.help")}
      </p>
      <p role="status" className="settings-note">
        {save.isSuccess && draft === null ? `${t("retention.saved")} ${summary}` : ""}
      </p>
      {save.isError && (
        <p role="alert" className="field-error">
          {t("retention.failed", { message: save.error.message })}
        </p>
      )}
    </form>
  );
}
