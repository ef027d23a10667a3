import { Dialog } from "radix-ui";
import { useTranslation } from "../../i18n";
import { useCanvasState } from "../canvas/canvasState";
import { ARROW_KEYS, GESTURES, SHORTCUTS } from "./table";

function Keys({ keys }: { keys: string[] }) {
  const { t } = useTranslation("shortcuts");
  return (
    <>
      {keys.map((combination, index) => (
        <span key={combination}>
          {index > 0 && t("or")}
          <kbd>{combination.replace(ARROW_KEYS, t("arrowKeys"))}</kbd>
        </span>
      ))}
    </>
  );
}

/** The help sheet: every shortcut of the table, and what the pointer does. Opened with "?". */
export function ShortcutsSheet() {
  const { t } = useTranslation("shortcuts");
  const open = useCanvasState((state) => state.shortcutsOpen);
  return (
    <Dialog.Root open={open} onOpenChange={(next) => useCanvasState.setState({ shortcutsOpen: next })}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog-content shortcuts-sheet">
          <Dialog.Title>{t("keyboardShortcuts")}</Dialog.Title>
          <Dialog.Description className="field-help">{t("explained")}</Dialog.Description>
          <table className="shortcuts-table">
            <thead>
              <tr>
                <th scope="col">{t("keys")}</th>
                <th scope="col">{t("action")}</th>
              </tr>
            </thead>
            <tbody>
              {SHORTCUTS.map((shortcut) => (
                <tr key={shortcut.action}>
                  <td>
                    <Keys keys={shortcut.keys} />
                  </td>
                  <td>{t(`actions.${shortcut.action}`)}</td>
                </tr>
              ))}
              {GESTURES.map((gesture) => (
                <tr key={gesture}>
                  <td>{t(`gestures.${gesture}.keys`)}</td>
                  <td>{t(`gestures.${gesture}.description`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Dialog.Close asChild>
            <button type="button" className="dialog-close">
              {t("close", { ns: "common" })}
            </button>
          </Dialog.Close>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
