import { Code, LayoutTemplate, MessageSquare, Palette } from "lucide-react";
import { useTranslation } from "../../i18n";
import { CodeField } from "../settings/fields";
import { EditorFormPage, EditorSection } from "./EditorSection";
import { ThemeTemplates } from "./ThemeTemplates";
import { ChatFields, GeneralFields, THEME } from "./themeFields";
import "./theme.css";

/** The bot's theme: every option of `theme`, with the widget drawing it live. */
export function ThemeEditor({ readOnly }: { readOnly: boolean }) {
  const { t } = useTranslation("theme");
  return (
    <EditorFormPage readOnly={readOnly} label={t("formLabel")}>
      <EditorSection title={t("templates.title")} icon={<LayoutTemplate size={16} />} defaultOpen>
        <ThemeTemplates readOnly={readOnly} />
      </EditorSection>
      <EditorSection title={t("general.title")} icon={<Palette size={16} />}>
        <GeneralFields />
      </EditorSection>
      <EditorSection title={t("chat.title")} icon={<MessageSquare size={16} />}>
        <ChatFields />
      </EditorSection>
      <EditorSection title={t("customCss.title")} icon={<Code size={16} />}>
        <CodeField
          block={THEME}
          path={["customCss"]}
          label={t("customCss.label")}
          help={t("customCss.help")}
          language="css"
        />
      </EditorSection>
    </EditorFormPage>
  );
}
