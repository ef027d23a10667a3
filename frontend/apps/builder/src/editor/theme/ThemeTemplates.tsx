import { Trash2 } from "lucide-react";
import { AlertDialog } from "radix-ui";
import { type ReactNode, useState } from "react";
import { useTranslation } from "../../i18n";
import { InlineForm } from "../settings/fields";
import { useEditor } from "../store";
import { applyTheme, PRESETS, type PresetId, type Theme } from "./themeModel";
import { useDeleteWorkspaceTheme, useSaveWorkspaceTheme, useWorkspaceThemes } from "./workspaceThemes";

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Three dots in a theme's colours: background, bot bubble, button. */
function Swatch({ theme }: { theme: Theme }) {
  const colors = [
    theme.general?.background?.type === "Color" ? theme.general.background.content : undefined,
    theme.chat?.hostBubbles?.backgroundColor,
    theme.chat?.buttons?.backgroundColor,
  ];
  return (
    <span className="theme-swatch" aria-hidden>
      {colors.map((color, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: three fixed dots
        <span key={index} style={{ background: color ?? "transparent" }} />
      ))}
    </span>
  );
}

/** One theme to apply (a preset or a workspace theme), with what else can be done with it. */
function ThemeRow({
  name,
  theme,
  onApply,
  children,
}: {
  name: string;
  theme: Theme;
  onApply: () => void;
  children?: ReactNode;
}) {
  const { t } = useTranslation("theme");
  return (
    <li className="theme-row">
      <Swatch theme={theme} />
      <span className="theme-row-name">{name}</span>
      <button type="button" aria-label={t("templates.applyNamed", { name })} onClick={onApply}>
        {t("templates.apply")}
      </button>
      {children}
    </li>
  );
}

/** Asks before a workspace theme is deleted. */
function DeleteThemeButton({ name, onDelete }: { name: string; onDelete: () => void }) {
  const { t } = useTranslation(["theme", "common"]);
  return (
    <AlertDialog.Root>
      <AlertDialog.Trigger asChild>
        <button type="button" className="icon-button" aria-label={t("templates.deleteNamed", { name })}>
          <Trash2 size={14} aria-hidden />
        </button>
      </AlertDialog.Trigger>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="dialog-overlay" />
        <AlertDialog.Content className="dialog">
          <AlertDialog.Title>{t("templates.confirmDeleteTitle", { name })}</AlertDialog.Title>
          <AlertDialog.Description>{t("templates.confirmDelete")}</AlertDialog.Description>
          <div className="dialog-actions">
            <AlertDialog.Cancel asChild>
              <button type="button">{t("common:cancel")}</button>
            </AlertDialog.Cancel>
            <AlertDialog.Action asChild>
              <button type="button" className="danger" onClick={onDelete}>
                {t("common:delete")}
              </button>
            </AlertDialog.Action>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}

/** Built-in presets and the workspace's themes to apply; saving this bot's theme as one. */
export function ThemeTemplates({ readOnly }: { readOnly: boolean }) {
  const { t } = useTranslation("theme");
  const workspaceId = useEditor((state) => state.doc?.workspaceId as string | undefined) ?? "";
  const change = useEditor((state) => state.change);
  const themes = useWorkspaceThemes(workspaceId);
  const save = useSaveWorkspaceTheme(workspaceId);
  const remove = useDeleteWorkspaceTheme(workspaceId);
  const [name, setName] = useState("");
  const [status, setStatus] = useState("");

  const apply = (label: string, theme: Theme) => {
    change((draft) => applyTheme(draft, theme));
    setStatus(t("templates.applied", { name: label }));
  };
  const saveCurrent = () => {
    const theme = (useEditor.getState().doc?.theme ?? {}) as Theme;
    const saved = name.trim();
    save.mutate(
      { name: saved, theme },
      {
        onSuccess: () => {
          setName("");
          setStatus(t("templates.saved", { name: saved }));
        },
      },
    );
  };

  return (
    <div className="theme-templates">
      <h3>{t("templates.presets")}</h3>
      <ul className="theme-list">
        {(Object.keys(PRESETS) as PresetId[]).map((id) => (
          <ThemeRow
            key={id}
            name={t(`templates.${id}`)}
            theme={PRESETS[id]}
            onApply={() => apply(t(`templates.${id}`), PRESETS[id])}
          />
        ))}
      </ul>
      <h3>{t("templates.workspace")}</h3>
      {themes.isError && (
        <p role="alert">{t("templates.loadFailed", { message: errorText(themes.error) })}</p>
      )}
      {themes.data?.length === 0 && <p className="settings-note">{t("templates.noWorkspaceThemes")}</p>}
      <ul className="theme-list" aria-label={t("templates.workspace")}>
        {themes.data?.map((template) => (
          <ThemeRow
            key={template.id}
            name={template.name}
            theme={template.theme as Theme}
            onApply={() => apply(template.name, template.theme as Theme)}
          >
            {!readOnly && (
              <DeleteThemeButton name={template.name} onDelete={() => remove.mutate(template.id)} />
            )}
          </ThemeRow>
        ))}
      </ul>
      {remove.isError && (
        <p role="alert">{t("templates.deleteFailed", { message: errorText(remove.error) })}</p>
      )}
      {!readOnly && (
        <InlineForm
          label={t("templates.nameLabel")}
          submitLabel={t("templates.saveAs")}
          value={name}
          onValue={setName}
          onSubmit={saveCurrent}
        />
      )}
      {save.isError && <p role="alert">{t("templates.saveFailed", { message: errorText(save.error) })}</p>}
      <p role="status" className="settings-note">
        {status}
      </p>
    </div>
  );
}
