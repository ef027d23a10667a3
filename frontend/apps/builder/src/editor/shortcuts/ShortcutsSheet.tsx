import { Dialog } from "radix-ui";
import { useCanvasState } from "../canvas/canvasState";
import { GESTURES, SHORTCUTS } from "./table";

function Keys({ keys }: { keys: string[] }) {
  return (
    <>
      {keys.map((combination, index) => (
        <span key={combination}>
          {index > 0 && " or "}
          <kbd>{combination}</kbd>
        </span>
      ))}
    </>
  );
}

/** The help sheet: every shortcut of the table, and what the pointer does. Opened with "?". */
export function ShortcutsSheet() {
  const open = useCanvasState((state) => state.shortcutsOpen);
  return (
    <Dialog.Root open={open} onOpenChange={(next) => useCanvasState.setState({ shortcutsOpen: next })}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog-content shortcuts-sheet">
          <Dialog.Title>Keyboard shortcuts</Dialog.Title>
          <Dialog.Description className="field-help">
            Ctrl stands for ⌘ on a Mac. Shortcuts work outside text fields.
          </Dialog.Description>
          <table className="shortcuts-table">
            <thead>
              <tr>
                <th scope="col">Keys</th>
                <th scope="col">Action</th>
              </tr>
            </thead>
            <tbody>
              {SHORTCUTS.map((shortcut) => (
                <tr key={shortcut.action}>
                  <td>
                    <Keys keys={shortcut.keys} />
                  </td>
                  <td>{shortcut.description}</td>
                </tr>
              ))}
              {GESTURES.map((gesture) => (
                <tr key={gesture.keys}>
                  <td>{gesture.keys}</td>
                  <td>{gesture.description}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Dialog.Close asChild>
            <button type="button" className="dialog-close">
              Close
            </button>
          </Dialog.Close>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
