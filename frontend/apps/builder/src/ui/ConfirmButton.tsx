/** A button that asks before it acts: an alert dialog saying what will happen, Cancel, and the
 * action (for what cannot be undone). */
import { AlertDialog } from "radix-ui";
import { useTranslation } from "../i18n";
import "./dialog.css";

export function ConfirmButton({
  label,
  accessibleName,
  title,
  description,
  confirmLabel = label,
  onConfirm,
}: {
  label: string;
  /** The button's name when `label` alone is ambiguous ("Revoke" in a list: "Revoke CI"). */
  accessibleName?: string;
  title: string;
  description: string;
  confirmLabel?: string;
  onConfirm: () => void;
}) {
  const { t } = useTranslation();
  return (
    <AlertDialog.Root>
      <AlertDialog.Trigger asChild>
        <button type="button" className="danger" aria-label={accessibleName}>
          {label}
        </button>
      </AlertDialog.Trigger>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="ui-dialog-overlay" />
        <AlertDialog.Content className="ui-dialog">
          <AlertDialog.Title>{title}</AlertDialog.Title>
          <AlertDialog.Description>{description}</AlertDialog.Description>
          <div className="ui-dialog-actions">
            <AlertDialog.Cancel asChild>
              <button type="button">{t("cancel")}</button>
            </AlertDialog.Cancel>
            <AlertDialog.Action asChild>
              <button type="button" className="danger" onClick={onConfirm}>
                {confirmLabel}
              </button>
            </AlertDialog.Action>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
