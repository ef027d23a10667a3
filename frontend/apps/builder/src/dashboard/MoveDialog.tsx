/** "Move to…": the keyboard's way to put a bot in a folder, one folder level at a time. */
import { ChevronRight, CornerLeftUp, Folder } from "lucide-react";
import { Dialog } from "radix-ui";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "../i18n";
import { type BotSummary, useFolders, useFolderTrail } from "./data";
import { movesBot } from "./folders";

interface MoveDialogProps {
  bot: BotSummary;
  workspaceId: string;
  /** The folder the bot is in now (null: the top level). */
  from: string | null;
  error?: string;
  onMove: (folderId: string | null, folderName: string) => void;
  onClose: () => void;
}

export function MoveDialog({ bot, workspaceId, from, error, onMove, onClose }: MoveDialogProps) {
  const { t } = useTranslation("dashboard");
  const { t: tc } = useTranslation();
  const [at, setAt] = useState<string | null>(from);
  const folders = useFolders(workspaceId, at);
  const trail = useFolderTrail(at);
  const here = at === null ? undefined : trail.data?.at(-1);
  const parent = at === null ? undefined : (trail.data?.at(-2) ?? null);
  const hereName = here?.name ?? t("topLevel");
  const moves = movesBot(from, at);
  const list = useRef<HTMLUListElement>(null);
  // Opening a folder replaces the button that had the focus: give it to the new level's first.
  useEffect(() => {
    if (folders.data && list.current && !list.current.contains(document.activeElement)) {
      list.current.querySelector("button")?.focus();
    }
  }, [folders.data]);

  return (
    <Dialog.Root open onOpenChange={(open) => !open && onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog move-dialog">
          <Dialog.Title>{t("moveTitle", { name: bot.name })}</Dialog.Title>
          <Dialog.Description>{t("moveDescription")}</Dialog.Description>
          <p className="move-location" aria-live="polite">
            {t("currentLocation", { name: hereName })}
          </p>
          <ul ref={list} className="move-folders" aria-label={t("folders")}>
            {at !== null && (
              <li>
                <button type="button" onClick={() => setAt(parent?.id ?? null)}>
                  <CornerLeftUp size={16} aria-hidden />
                  {t("up", { name: parent?.name ?? t("topLevel") })}
                </button>
              </li>
            )}
            {folders.data?.map((folder) => (
              <li key={folder.id}>
                <button
                  type="button"
                  aria-label={t("openFolder", { name: folder.name })}
                  onClick={() => setAt(folder.id)}
                >
                  <Folder size={16} aria-hidden />
                  <span className="move-folder-name">{folder.name}</span>
                  <ChevronRight size={16} aria-hidden />
                </button>
              </li>
            ))}
            {folders.data?.length === 0 && <li className="muted">{t("noSubfolders")}</li>}
          </ul>
          {!moves && <p className="muted">{t("alreadyHere")}</p>}
          {error && <p role="alert">{error}</p>}
          <div className="dialog-actions">
            <Dialog.Close asChild>
              <button type="button">{tc("cancel")}</button>
            </Dialog.Close>
            <button type="button" className="primary" disabled={!moves} onClick={() => onMove(at, hereName)}>
              {t("moveHere")}
            </button>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
