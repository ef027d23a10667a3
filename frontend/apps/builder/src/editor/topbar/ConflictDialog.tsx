import { Dialog } from "radix-ui";
import { useState } from "react";
import { useTranslation } from "../../i18n";

/**
 * Someone else saved the bot since this editor loaded it: the user picks whose version wins.
 * It cannot be dismissed without a choice, as either way one version is dropped.
 */
export function ConflictDialog({
  open,
  onReload,
  onOverwrite,
}: {
  open: boolean;
  onReload: () => Promise<void>;
  onOverwrite: () => void;
}) {
  const { t } = useTranslation("editor");
  const [error, setError] = useState<string | null>(null);
  const reload = async () => {
    try {
      setError(null);
      await onReload();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  };
  return (
    <Dialog.Root open={open}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content
          className="dialog"
          onEscapeKeyDown={(event) => event.preventDefault()}
          onPointerDownOutside={(event) => event.preventDefault()}
        >
          <Dialog.Title>{t("topbar.someoneElseChangedThisBot")}</Dialog.Title>
          <Dialog.Description>{t("topbar.someoneSavedThisBotAfter")}</Dialog.Description>
          {error && <p role="alert">{error}</p>}
          <div className="dialog-actions">
            <button type="button" onClick={() => void reload()}>
              {t("topbar.reloadTheirVersion")}
            </button>
            <button type="button" className="primary" onClick={onOverwrite}>
              {t("topbar.overwriteWithMine")}
            </button>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
