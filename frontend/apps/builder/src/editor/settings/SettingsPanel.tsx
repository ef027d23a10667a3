import { X } from "lucide-react";
import { useTranslation } from "../../i18n";
import { definitionOf } from "../blocks/registry";
import { useCanvasState } from "../canvas/canvasState";
import { findBlock } from "../document";
import { useEditor } from "../store";
import { NextGroupFields } from "./NextGroupFields";

/** The open block's settings, beside the canvas. */
export function SettingsPanel() {
  const { t } = useTranslation("editor");
  const blockId = useEditor((state) => state.openBlockId);
  const block = useEditor((state) => {
    const found = state.doc && blockId ? findBlock(state.doc, blockId) : undefined;
    return found?.group.blocks[found.index];
  });
  const groupId = useEditor((state) =>
    state.doc && blockId ? findBlock(state.doc, blockId)?.group.id : undefined,
  );
  const openBlock = useEditor((state) => state.openBlock);
  const readOnly = useCanvasState((state) => state.readOnly);
  if (!block) return null;
  const definition = definitionOf(block.type);
  const title = definition?.label ?? block.type;
  return (
    <aside className="settings-panel" aria-label={t("settings.panel", { block: title })}>
      <header className="panel-header">
        <h2>{title}</h2>
        <button
          type="button"
          className="icon-button"
          aria-label={t("settings.closeSettings")}
          onClick={() => openBlock(null)}
        >
          <X size={16} aria-hidden />
        </button>
      </header>
      <fieldset className="settings-lock" disabled={readOnly}>
        {definition ? <definition.Settings block={block} /> : <p>{t("settings.noPluginForm")}</p>}
        {groupId && <NextGroupFields block={block} groupId={groupId} />}
      </fieldset>
    </aside>
  );
}
