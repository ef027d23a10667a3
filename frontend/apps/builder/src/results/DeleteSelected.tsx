/** Delete the selected results, once the user confirms. */
import { Trash2 } from "lucide-react";
import { AlertDialog } from "radix-ui";
import { useState } from "react";
import { useTranslation } from "../i18n";
import { deleteResults } from "./useResults";

export function DeleteSelected({
  typebotId,
  resultIds,
  onDeleted,
}: {
  typebotId: string;
  resultIds: string[];
  onDeleted: () => void;
}) {
  const { t } = useTranslation("results");
  const { t: common } = useTranslation();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      await deleteResults(typebotId, resultIds);
      setOpen(false);
      onDeleted();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  };
  const count = resultIds.length;
  return (
    <AlertDialog.Root open={open} onOpenChange={setOpen}>
      <AlertDialog.Trigger asChild>
        <button type="button" className="danger">
          <Trash2 size={16} aria-hidden /> {t("selection.delete")}
        </button>
      </AlertDialog.Trigger>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="dialog-overlay" />
        <AlertDialog.Content className="dialog">
          <AlertDialog.Title>{t("selection.confirmTitle", { count })}</AlertDialog.Title>
          <AlertDialog.Description>{t("selection.confirmText")}</AlertDialog.Description>
          {error && <p role="alert">{error}</p>}
          <div className="dialog-actions">
            <AlertDialog.Cancel asChild>
              <button type="button">{common("cancel")}</button>
            </AlertDialog.Cancel>
            <button type="button" className="danger-solid" disabled={busy} onClick={() => void confirm()}>
              {common("delete")}
            </button>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
