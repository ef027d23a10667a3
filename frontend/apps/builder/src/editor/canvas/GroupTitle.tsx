import { useRef, useState } from "react";
import { useTranslation } from "../../i18n";
import { renameGroup } from "../operations";
import { useEditor } from "../store";
import { useCanvasState } from "./canvasState";

function stopRenaming() {
  useCanvasState.setState({ renamingGroupId: null });
}

/** The title field while renaming: Enter (or leaving it) saves, Escape cancels. */
function TitleInput({ groupId, title }: { groupId: string; title: string }) {
  const { t } = useTranslation("editor");
  const [value, setValue] = useState(title);
  // Escape unmounts the field, which may blur it: the blur must not save what was cancelled.
  const finished = useRef(false);
  const cancel = () => {
    finished.current = true;
    stopRenaming();
  };
  const save = () => {
    if (finished.current) return;
    finished.current = true;
    stopRenaming();
    if (value.trim() && value.trim() !== title)
      useEditor.getState().change((draft) => renameGroup(draft, groupId, value));
  };
  return (
    <input
      className="group-title-input nodrag"
      aria-label={t("canvas.groupTitle")}
      value={value}
      // biome-ignore lint/a11y/noAutofocus: the field appears because the user asked to rename
      autoFocus
      onFocus={(event) => event.currentTarget.select()}
      onChange={(event) => setValue(event.target.value)}
      onBlur={save}
      onKeyDown={(event) => {
        event.stopPropagation();
        if (event.key === "Enter") save();
        else if (event.key === "Escape") cancel();
      }}
    />
  );
}

/** A group's title; double-click it (or press F2 on a selected group) to rename. */
export function GroupTitle({ groupId, title }: { groupId: string; title: string }) {
  const renaming = useCanvasState((state) => state.renamingGroupId === groupId);
  if (renaming) return <TitleInput groupId={groupId} title={title} />;
  return (
    <h3
      className="group-title"
      onDoubleClick={() => {
        if (!useCanvasState.getState().readOnly) useCanvasState.setState({ renamingGroupId: groupId });
      }}
    >
      {title}
    </h3>
  );
}
