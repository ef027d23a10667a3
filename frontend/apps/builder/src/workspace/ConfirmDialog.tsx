/** A yes-or-no question before something that cannot be undone, optionally asking to type a word first. */
import { AlertDialog } from "radix-ui";
import { type ReactNode, useId, useState } from "react";
import { useTranslation } from "../i18n";

export function ConfirmDialog({
  trigger,
  title,
  description,
  confirmLabel,
  typedConfirmation,
  typedLabel,
  onConfirm,
}: {
  trigger: ReactNode;
  title: string;
  description: string;
  confirmLabel: string;
  /** When given, the person types this before the button works. */
  typedConfirmation?: string;
  typedLabel?: string;
  onConfirm: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const inputId = useId();
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const confirmed = typedConfirmation === undefined || typed === typedConfirmation;

  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      await onConfirm();
      setOpen(false);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <AlertDialog.Root
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        setTyped("");
        setError(null);
      }}
    >
      <AlertDialog.Trigger asChild>{trigger}</AlertDialog.Trigger>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="ws-overlay" />
        <AlertDialog.Content className="ws-dialog">
          <AlertDialog.Title>{title}</AlertDialog.Title>
          <AlertDialog.Description>{description}</AlertDialog.Description>
          {typedConfirmation !== undefined && (
            <>
              <label htmlFor={inputId}>{typedLabel}</label>
              <input
                id={inputId}
                value={typed}
                autoComplete="off"
                onChange={(event) => setTyped(event.target.value)}
              />
            </>
          )}
          {error && <p role="alert">{error}</p>}
          <div className="ws-dialog-actions">
            <AlertDialog.Cancel asChild>
              <button type="button">{t("cancel")}</button>
            </AlertDialog.Cancel>
            <button
              type="button"
              className="danger"
              disabled={!confirmed || busy}
              onClick={() => void confirm()}
            >
              {confirmLabel}
            </button>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
