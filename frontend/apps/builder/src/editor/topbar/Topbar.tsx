import { ArrowLeft, Play, Redo2, Share2, Undo2 } from "lucide-react";
import { Link } from "react-router";
import { BotTabs } from "../../bot/BotTabs";
import { CollaboratorsButton } from "../../collaborators/CollaboratorsButton";
import type { useAutosave } from "../autosave";
import { useEditor } from "../store";
import { VariablesButton } from "../variables/VariablesPanel";
import { BotFileMenu } from "./BotFileMenu";
import { ConflictDialog } from "./ConflictDialog";
import { PublishControls } from "./PublishControls";
import "./topbar.css";
import { useTranslation } from "../../i18n";

/** The editor's top bar: back, the bot's name, save status, undo/redo, preview, share, publish. */
export function Topbar({ readOnly, save }: { readOnly: boolean; save: ReturnType<typeof useAutosave> }) {
  const { t } = useTranslation("editor");
  const typebotId = useEditor((state) => state.doc?.id ?? "");
  const name = useEditor((state) => state.doc?.name ?? "");
  const canUndo = useEditor((state) => state.past.length > 0);
  const canRedo = useEditor((state) => state.future.length > 0);
  const panel = useEditor((state) => state.panel);
  const { undo, redo, change, togglePanel } = useEditor.getState();
  return (
    <>
      <header className="editor-topbar">
        <h1 className="visually-hidden">{t("topbar.editing", { name })}</h1>
        <Link to="/typebots" className="icon-button" aria-label={t("topbar.backToMyBots")}>
          <ArrowLeft size={18} aria-hidden />
        </Link>
        <input
          className="bot-name"
          aria-label={t("topbar.botName")}
          value={name}
          readOnly={readOnly}
          onChange={(event) =>
            change(
              (draft) => {
                draft.name = event.target.value;
              },
              { coalesceKey: "bot-name" },
            )
          }
        />
        <BotTabs typebotId={typebotId} />
        <span className="save-status" role="status" data-status={save.status}>
          {t(`topbar.saveStatus.${save.status}`)}
        </span>
        <div className="toolbar">
          <button
            type="button"
            className="icon-button"
            aria-label={t("topbar.undo")}
            disabled={!canUndo}
            onClick={undo}
          >
            <Undo2 size={18} aria-hidden />
          </button>
          <button
            type="button"
            className="icon-button"
            aria-label={t("topbar.redo")}
            disabled={!canRedo}
            onClick={redo}
          >
            <Redo2 size={18} aria-hidden />
          </button>
          <BotFileMenu readOnly={readOnly} onImported={save.markLoaded} />
          <VariablesButton />
          <button type="button" aria-pressed={panel === "preview"} onClick={() => togglePanel("preview")}>
            <Play size={16} aria-hidden /> <span className="toolbar-label">{t("topbar.preview")}</span>
          </button>
          <CollaboratorsButton typebotId={typebotId} />
          <button type="button" aria-pressed={panel === "share"} onClick={() => togglePanel("share")}>
            <Share2 size={16} aria-hidden /> <span className="toolbar-label">{t("topbar.share")}</span>
          </button>
          {!readOnly && (
            <PublishControls
              typebotId={typebotId}
              serverDoc={save.serverDoc}
              draftSaved={save.status === "saved"}
            />
          )}
        </div>
      </header>
      {save.status === "error" && (
        <div className="editor-alert" role="alert">
          {save.message}
        </div>
      )}
      <ConflictDialog
        open={save.status === "conflict"}
        onReload={save.reloadTheirs}
        onOverwrite={save.overwrite}
      />
    </>
  );
}
