import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type ChangeEvent, useRef } from "react";
import { Link, useNavigate } from "react-router";
import { api, unwrap } from "../api";
import { useCurrentWorkspace } from "../app/currentWorkspace";
import { readBotFile } from "../editor/importExport";
import { useTranslation } from "../i18n";

/** The bots of the user's workspace: open one, start a new one, or import a file. */
export function DashboardPage() {
  const { t } = useTranslation("dashboard");
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { workspaces, current } = useCurrentWorkspace();
  const workspaceId = current?.id;
  const bots = useQuery({
    queryKey: ["typebots", workspaceId],
    enabled: Boolean(workspaceId),
    queryFn: () => unwrap(api.GET("/api/v1/typebots", { params: { query: { workspaceId } } })),
  });
  const fileInput = useRef<HTMLInputElement>(null);

  /** The workspace new bots go to; a new user's first one is made on their first bot. */
  const ensureWorkspace = async (): Promise<string> => {
    if (workspaceId) return workspaceId;
    const { workspace } = await unwrap(api.POST("/api/v1/workspaces", { body: { name: "My workspace" } }));
    await queryClient.invalidateQueries({ queryKey: ["workspaces"] });
    return workspace.id;
  };

  const create = useMutation({
    mutationFn: async () => {
      const body = { workspaceId: await ensureWorkspace(), typebot: { name: "My bot" } };
      return unwrap(api.POST("/api/v1/typebots", { body }));
    },
    onSuccess: ({ typebot }) => {
      void queryClient.invalidateQueries({ queryKey: ["typebots"] });
      navigate(`/typebots/${String(typebot.id)}/edit`);
    },
  });
  const importFile = useMutation({
    mutationFn: async (file: File) => {
      const typebot = await readBotFile(file);
      const body = { workspaceId: await ensureWorkspace(), typebot };
      return unwrap(api.POST("/api/v1/typebots/import", { body }));
    },
    onSuccess: ({ typebot }) => {
      void queryClient.invalidateQueries({ queryKey: ["typebots"] });
      navigate(`/typebots/${String(typebot.id)}/edit`);
    },
  });

  const onFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (file) importFile.mutate(file);
    event.target.value = "";
  };

  return (
    <main className="dashboard">
      <header className="dashboard-header">
        <h1>{t("title")}</h1>
        <div className="toolbar">
          <button
            type="button"
            className="primary"
            onClick={() => create.mutate()}
            disabled={create.isPending}
          >
            Create a bot
          </button>
          <button type="button" onClick={() => fileInput.current?.click()} disabled={importFile.isPending}>
            Import a file
          </button>
          <input
            ref={fileInput}
            type="file"
            accept="application/json,.json"
            aria-label="Bot file to import"
            hidden
            onChange={onFile}
          />
        </div>
      </header>
      {(create.error ?? importFile.error) && (
        <p role="alert">{(create.error ?? importFile.error)?.message}</p>
      )}
      {bots.isPending && workspaceId && <p className="page-status">Loading…</p>}
      {(bots.data?.typebots.length === 0 || (workspaces.isSuccess && !workspaceId)) && (
        <p className="page-status">No bots yet: create one, or import a Typebot file.</p>
      )}
      <ul className="bot-grid" aria-label="Bots">
        {bots.data?.typebots.map((bot) => (
          <li key={bot.id}>
            <Link className="bot-card" to={`/typebots/${bot.id}/edit`}>
              <span className="bot-card-name">{bot.name}</span>
              <span className="bot-card-state">{bot.publishedTypebotId ? "Published" : "Draft"}</span>
            </Link>
          </li>
        ))}
      </ul>
    </main>
  );
}
