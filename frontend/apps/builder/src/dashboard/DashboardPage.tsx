/** `/typebots` and `/folders/:folderId`: the bots and folders of the current workspace. */
import { FilePlus2, FolderPlus, LayoutTemplate, Plus, Upload } from "lucide-react";
import { type ChangeEvent, useEffect, useRef, useState } from "react";
import { Link, useNavigate, useParams } from "react-router";
import { ApiError } from "../api";
import { useCurrentWorkspace } from "../app/currentWorkspace";
import { readBotFile } from "../editor/importExport";
import { useTranslation } from "../i18n";
import { Breadcrumbs } from "./Breadcrumbs";
import { BackCard, BotCard, FolderCard } from "./cards";
import {
  type BotSummary,
  type FolderSummary,
  useBots,
  useDashboardActions,
  useFolders,
  useFolderTrail,
} from "./data";
import { ConfirmDeleteDialog, NameDialog } from "./dialogs";
import type { DraggedBot } from "./folders";
import { MoveDialog } from "./MoveDialog";
import "./dashboard.css";

type OpenDialog =
  | { kind: "new-folder" }
  | { kind: "rename-folder"; folder: FolderSummary }
  | { kind: "delete-folder"; folder: FolderSummary }
  | { kind: "rename-bot"; bot: BotSummary }
  | { kind: "delete-bot"; bot: BotSummary }
  | { kind: "move-bot"; bot: BotSummary };

export function DashboardPage() {
  const { t } = useTranslation("dashboard");
  const { t: tc } = useTranslation();
  const navigate = useNavigate();
  const folderId = useParams().folderId ?? null;
  const { workspaces, current } = useCurrentWorkspace();
  const workspaceId = current?.id;
  const trail = useFolderTrail(folderId);
  const folders = useFolders(workspaceId, folderId);
  const bots = useBots(workspaceId, folderId);
  const actions = useDashboardActions(workspaceId);
  const [dialog, setDialog] = useState<OpenDialog | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  // What was said about one folder is stale in another.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the folder is the trigger
  useEffect(() => setNotice(null), [folderId]);

  const here = folderId ? trail.data?.at(-1) : undefined;
  const parent = folderId ? (trail.data?.at(-2) ?? null) : undefined;
  const failure =
    [actions.createBot, actions.importBot, actions.duplicateBot, actions.exportBot, actions.changeBot].find(
      (mutation) => mutation.isError,
    )?.error ??
    trail.error ??
    // Guests (people a bot is shared with) see its bots but not the workspace's folders.
    (folders.error instanceof ApiError && folders.error.status === 403 ? null : folders.error) ??
    bots.error;

  const close = () => setDialog(null);
  const openEditor = (bot: { id?: unknown }) => navigate(`/typebots/${String(bot.id)}/edit`);

  const moveBot = (bot: DraggedBot | BotSummary, to: string | null, toName: string) =>
    actions.changeBot.mutate(
      { id: bot.id, changes: { folderId: to } },
      {
        onSuccess: () => {
          setNotice(t("moved", { bot: bot.name, folder: toName }));
          close();
        },
      },
    );

  const onFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (!file) return;
    readBotFile(file).then(
      (typebot) => actions.importBot.mutate({ typebot, folderId }, { onSuccess: openEditor }),
      (error: unknown) => setNotice(String(error instanceof Error ? error.message : error)),
    );
  };

  if (workspaces.isSuccess && !current) {
    return (
      <main className="dashboard">
        <p className="page-status">{t("noWorkspace")}</p>
      </main>
    );
  }

  const folderActions = (folder: FolderSummary) => [
    { label: t("open"), onSelect: () => navigate(`/folders/${folder.id}`) },
    { label: t("rename"), onSelect: () => setDialog({ kind: "rename-folder", folder }) },
    { label: t("delete"), onSelect: () => setDialog({ kind: "delete-folder", folder }), danger: true },
  ];
  const botActions = (bot: BotSummary) => [
    { label: t("open"), onSelect: () => openEditor(bot) },
    {
      label: t("duplicate"),
      onSelect: () =>
        actions.duplicateBot.mutate(
          { bot, name: t("copyName", { name: bot.name }), folderId },
          { onSuccess: (copy) => setNotice(t("duplicated", { name: String(copy.name) })) },
        ),
    },
    { label: t("moveTo"), onSelect: () => setDialog({ kind: "move-bot", bot }) },
    { label: t("rename"), onSelect: () => setDialog({ kind: "rename-bot", bot }) },
    { label: t("export"), onSelect: () => actions.exportBot.mutate(bot.id) },
    { label: t("delete"), onSelect: () => setDialog({ kind: "delete-bot", bot }), danger: true },
  ];
  const empty = folders.data?.length === 0 && bots.data?.length === 0;

  return (
    <main className="dashboard">
      <header className="dashboard-header">
        <div>
          <Breadcrumbs trail={folderId ? (trail.data ?? []) : []} />
          <h1>{here?.name ?? t("title")}</h1>
        </div>
        <div className="toolbar dashboard-actions">
          <button
            type="button"
            className="primary"
            disabled={actions.createBot.isPending || !workspaceId}
            onClick={() =>
              actions.createBot.mutate({ name: t("newBotName"), folderId }, { onSuccess: openEditor })
            }
          >
            <Plus size={16} aria-hidden /> {t("createBot")}
          </button>
          <Link className="button" to={folderId ? `/templates?folderId=${folderId}` : "/templates"}>
            <LayoutTemplate size={16} aria-hidden /> {t("fromTemplate")}
          </Link>
          <button
            type="button"
            onClick={() => fileInput.current?.click()}
            disabled={actions.importBot.isPending}
          >
            <Upload size={16} aria-hidden /> {t("importFile")}
          </button>
          <button type="button" onClick={() => setDialog({ kind: "new-folder" })} disabled={!workspaceId}>
            <FolderPlus size={16} aria-hidden /> {t("newFolder")}
          </button>
          <input
            ref={fileInput}
            type="file"
            accept="application/json,.json"
            aria-label={t("importFileLabel")}
            hidden
            onChange={onFile}
          />
        </div>
      </header>
      {failure && <p role="alert">{failure.message}</p>}
      <p className="dashboard-notice" role="status">
        {notice}
      </p>
      {(folders.isPending || bots.isPending) && workspaceId && <p className="page-status">{tc("loading")}</p>}
      {empty && (
        <div className="dashboard-empty">
          <FilePlus2 size={32} aria-hidden />
          <p>{folderId ? t("emptyFolder") : t("empty")}</p>
        </div>
      )}
      <ul className="dash-grid" aria-label={t("folders")}>
        {folderId && parent !== undefined && (
          <BackCard
            parentId={parent?.id ?? null}
            parentName={parent?.name ?? t("allBots")}
            onDropBot={moveBot}
          />
        )}
        {folders.data?.map((folder) => (
          <FolderCard key={folder.id} folder={folder} actions={folderActions(folder)} onDropBot={moveBot} />
        ))}
      </ul>
      <ul className="dash-grid" aria-label={t("bots")}>
        {bots.data?.map((bot) => (
          <BotCard key={bot.id} bot={bot} folderId={folderId} actions={botActions(bot)} />
        ))}
      </ul>
      {dialog?.kind === "new-folder" && (
        <NameDialog
          title={t("newFolder")}
          initial={t("newFolderName")}
          submitLabel={t("newFolder")}
          error={actions.createFolder.error?.message}
          onClose={close}
          onSubmit={(name) =>
            actions.createFolder.mutate({ name, parentFolderId: folderId }, { onSuccess: close })
          }
        />
      )}
      {dialog?.kind === "rename-folder" && (
        <NameDialog
          title={t("renameFolderTitle")}
          initial={dialog.folder.name}
          submitLabel={tc("save")}
          error={actions.renameFolder.error?.message}
          onClose={close}
          onSubmit={(name) =>
            actions.renameFolder.mutate({ id: dialog.folder.id, name }, { onSuccess: close })
          }
        />
      )}
      {dialog?.kind === "rename-bot" && (
        <NameDialog
          title={t("renameBotTitle")}
          initial={dialog.bot.name}
          submitLabel={tc("save")}
          error={actions.changeBot.error?.message}
          onClose={close}
          onSubmit={(name) =>
            actions.changeBot.mutate({ id: dialog.bot.id, changes: { name } }, { onSuccess: close })
          }
        />
      )}
      {dialog?.kind === "delete-folder" && (
        <ConfirmDeleteDialog
          title={t("deleteFolderTitle", { name: dialog.folder.name })}
          error={actions.deleteFolder.error?.message}
          onClose={close}
          onConfirm={() => actions.deleteFolder.mutate(dialog.folder.id, { onSuccess: close })}
        >
          {t("deleteFolderText")}
        </ConfirmDeleteDialog>
      )}
      {dialog?.kind === "delete-bot" && (
        <ConfirmDeleteDialog
          title={t("deleteBotTitle", { name: dialog.bot.name })}
          error={actions.deleteBot.error?.message}
          onClose={close}
          onConfirm={() => actions.deleteBot.mutate(dialog.bot.id, { onSuccess: close })}
        >
          {t("deleteBotText")}
        </ConfirmDeleteDialog>
      )}
      {dialog?.kind === "move-bot" && workspaceId && (
        <MoveDialog
          bot={dialog.bot}
          workspaceId={workspaceId}
          from={folderId}
          error={actions.changeBot.error?.message}
          onClose={close}
          onMove={(to, toName) => moveBot(dialog.bot, to, toName)}
        />
      )}
    </main>
  );
}
