/** The dashboard's dialogs: a name to give, a deletion to confirm. */
import { AlertDialog, Dialog } from "radix-ui";
import { type FormEvent, type ReactNode, useState } from "react";
import { useTranslation } from "../i18n";

interface NameDialogProps {
  title: string;
  initial: string;
  submitLabel: string;
  error?: string;
  onSubmit: (name: string) => void;
  onClose: () => void;
}

/** Asks for a name (a new folder's, or a new name for a bot or folder). */
export function NameDialog({ title, initial, submitLabel, error, onSubmit, onClose }: NameDialogProps) {
  const { t } = useTranslation("dashboard");
  const { t: tc } = useTranslation();
  const [name, setName] = useState(initial);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim()) onSubmit(name.trim());
  };
  return (
    <Dialog.Root open onOpenChange={(open) => !open && onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog" aria-describedby={undefined}>
          <Dialog.Title>{title}</Dialog.Title>
          <form onSubmit={submit}>
            <label htmlFor="dashboard-name">{t("name")}</label>
            <input
              id="dashboard-name"
              value={name}
              maxLength={200}
              required
              onChange={(event) => setName(event.target.value)}
              onFocus={(event) => event.target.select()}
            />
            {error && <p role="alert">{error}</p>}
            <div className="dialog-actions">
              <Dialog.Close asChild>
                <button type="button">{tc("cancel")}</button>
              </Dialog.Close>
              <button type="submit" className="primary" disabled={!name.trim()}>
                {submitLabel}
              </button>
            </div>
          </form>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

interface ConfirmDeleteProps {
  title: string;
  children: ReactNode;
  error?: string;
  onConfirm: () => void;
  onClose: () => void;
}

/** Asks before deleting for good; the safe choice (Cancel) has the focus. */
export function ConfirmDeleteDialog({ title, children, error, onConfirm, onClose }: ConfirmDeleteProps) {
  const { t } = useTranslation();
  return (
    <AlertDialog.Root open onOpenChange={(open) => !open && onClose()}>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="dialog-overlay" />
        <AlertDialog.Content className="dialog">
          <AlertDialog.Title>{title}</AlertDialog.Title>
          <AlertDialog.Description>{children}</AlertDialog.Description>
          {error && <p role="alert">{error}</p>}
          <div className="dialog-actions">
            <AlertDialog.Cancel>{t("cancel")}</AlertDialog.Cancel>
            <button
              type="button"
              className="danger"
              onClick={(event) => {
                event.preventDefault();
                onConfirm();
              }}
            >
              {t("delete")}
            </button>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
