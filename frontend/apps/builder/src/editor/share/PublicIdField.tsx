import { useMutation } from "@tanstack/react-query";
import { useEffect, useId, useState } from "react";
import { api, unwrap } from "../../api";
import { useTranslation } from "../../i18n";
import { saveNow } from "../autosave";
import { useEditor } from "../store";

/** Edits the bot's public id; the server's reason for refusing one is shown under the field. */
export function PublicIdField({
  typebotId,
  publicId,
  onSaved,
}: {
  typebotId: string;
  publicId: string;
  onSaved: () => Promise<unknown>;
}) {
  const { t } = useTranslation("share");
  const [value, setValue] = useState(publicId);
  const errorId = useId();
  useEffect(() => setValue(publicId), [publicId]);
  const save = useMutation({
    mutationFn: async (next: string) => {
      // Saved after the editor's own changes, with the version they produced, then adopted:
      // the next autosave must not see its own write as someone else's.
      await saveNow();
      const { doc, setSavedVersion } = useEditor.getState();
      const { typebot } = await unwrap(
        api.PATCH("/api/v1/typebots/{typebotId}", {
          params: { path: { typebotId } },
          body: { typebot: { publicId: next, updatedAt: doc?.updatedAt }, overwrite: false },
        }),
      );
      setSavedVersion(String(typebot.updatedAt));
      await onSaved();
    },
  });
  const changed = value.trim() !== publicId;
  return (
    <form
      className="field public-id"
      onSubmit={(event) => {
        event.preventDefault();
        if (changed) save.mutate(value.trim());
      }}
    >
      <label htmlFor={`${errorId}-input`}>{t("publicId")}</label>
      <div className="field-row">
        <input
          id={`${errorId}-input`}
          value={value}
          onChange={(event) => setValue(event.target.value)}
          aria-invalid={save.isError || undefined}
          aria-describedby={save.isError ? errorId : undefined}
        />
        <button type="submit" disabled={!changed || save.isPending}>
          {save.isPending ? t("saving") : t("save", { ns: "common" })}
        </button>
      </div>
      {save.isError && (
        <p id={errorId} className="field-error" role="alert">
          {save.error.message}
        </p>
      )}
    </form>
  );
}
