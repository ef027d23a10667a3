import { FileJson } from "lucide-react";
import { AlertDialog, DropdownMenu } from "radix-ui";
import { type ChangeEvent, useRef, useState } from "react";
import { useTranslation } from "../../i18n";
import type { BotDocument } from "../document";
import { exportBot, importIntoBot } from "../importExport";
import { useEditor } from "../store";

/** Export the bot as a JSON file, or import a file over it (after a confirmation). */
export function BotFileMenu({
  readOnly,
  onImported,
}: {
  readOnly: boolean;
  onImported: (doc: BotDocument) => void;
}) {
  const { t } = useTranslation("editor");
  const fileInput = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<{ text: string; isError: boolean } | null>(null);

  const run = async (task: () => Promise<string | null>) => {
    setBusy(true);
    setNotice(null);
    try {
      const text = await task();
      if (text) setNotice({ text, isError: false });
    } catch (error) {
      setNotice({ text: error instanceof Error ? error.message : String(error), isError: true });
    } finally {
      setBusy(false);
    }
  };

  const onFile = (event: ChangeEvent<HTMLInputElement>) => {
    setFile(event.target.files?.[0] ?? null);
    event.target.value = "";
  };

  const confirmImport = (chosen: File) =>
    run(async () => {
      const doc = useEditor.getState().doc;
      if (!doc) return null;
      const imported = await importIntoBot(doc, chosen);
      onImported(imported.doc);
      return imported.warnings.length
        ? t("topbar.importRepaired", { file: chosen.name, warnings: imported.warnings.join("; ") })
        : null;
    });

  return (
    <>
      <DropdownMenu.Root>
        <DropdownMenu.Trigger className="icon-button" aria-label={t("topbar.botFile")} disabled={busy}>
          <FileJson size={18} aria-hidden />
        </DropdownMenu.Trigger>
        <DropdownMenu.Portal>
          <DropdownMenu.Content className="menu" align="end" sideOffset={4}>
            <DropdownMenu.Item
              className="menu-item"
              onSelect={() =>
                void run(async () => {
                  await exportBot(currentId());
                  return null;
                })
              }
            >
              {t("topbar.exportAsJson")}
            </DropdownMenu.Item>
            <DropdownMenu.Item
              className="menu-item"
              disabled={readOnly}
              onSelect={() => fileInput.current?.click()}
            >
              {t("topbar.importAFile")}
            </DropdownMenu.Item>
          </DropdownMenu.Content>
        </DropdownMenu.Portal>
      </DropdownMenu.Root>
      <input
        ref={fileInput}
        type="file"
        accept="application/json,.json"
        aria-label={t("topbar.botFileToImportOver")}
        hidden
        onChange={onFile}
      />
      <AlertDialog.Root open={file !== null} onOpenChange={(open) => !open && setFile(null)}>
        <AlertDialog.Portal>
          <AlertDialog.Overlay className="dialog-overlay" />
          <AlertDialog.Content className="dialog">
            <AlertDialog.Title>{t("topbar.replaceThisBot")}</AlertDialog.Title>
            <AlertDialog.Description>
              {t("topbar.replaceExplained", { file: file?.name ?? "" })}
            </AlertDialog.Description>
            <div className="dialog-actions">
              <AlertDialog.Cancel>{t("cancel", { ns: "common" })}</AlertDialog.Cancel>
              <AlertDialog.Action
                className="primary"
                onClick={() => {
                  if (file) void confirmImport(file);
                }}
              >
                {t("topbar.replace")}
              </AlertDialog.Action>
            </div>
          </AlertDialog.Content>
        </AlertDialog.Portal>
      </AlertDialog.Root>
      {notice && (
        <p className="topbar-error" role={notice.isError ? "alert" : undefined}>
          {notice.text}
        </p>
      )}
    </>
  );
}

function currentId(): string {
  return useEditor.getState().doc?.id ?? "";
}
