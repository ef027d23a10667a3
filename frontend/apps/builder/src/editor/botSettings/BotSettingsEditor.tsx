import { Clock, FileCode, Keyboard, Lock, Settings2 } from "lucide-react";
import { useTranslation } from "../../i18n";
import {
  CodeField,
  type DocumentPart,
  FieldError,
  NumberField,
  SelectField,
  StringListField,
  SwitchField,
  TextField,
  useBlockField,
} from "../settings/fields";
import { useEditor } from "../store";
import { EditorFormPage, EditorSection } from "../theme/EditorSection";
import { notOrigins } from "./origins";
import { RetentionField } from "./RetentionField";

/** Where the settings fields write: the document's `settings`. */
const SETTINGS: DocumentPart = { documentPath: ["settings"] };

/*
 * Only what the runtime honours is offered. Left out, because Botloom's runtime ignores it:
 * the branding badge.
 */

function GeneralSettings() {
  const { t } = useTranslation("botSettings");
  const [remember] = useBlockField<boolean>(SETTINGS, ["general", "rememberUser", "isEnabled"]);
  return (
    <>
      <SwitchField
        block={SETTINGS}
        path={["general", "rememberUser", "isEnabled"]}
        label={t("general.rememberUser")}
        help={t("general.rememberUserHelp")}
      />
      {remember && (
        <SelectField
          block={SETTINGS}
          path={["general", "rememberUser", "storage"]}
          label={t("general.storage")}
          placeholder={t("defaultValue", { value: t("general.storageKinds.session") })}
          options={(["session", "local"] as const).map((value) => ({
            value,
            label: t(`general.storageKinds.${value}`),
          }))}
        />
      )}
      <SwitchField
        block={SETTINGS}
        path={["general", "isInputPrefillEnabled"]}
        label={t("general.inputPrefill")}
        help={t("general.inputPrefillHelp")}
        defaultValue
      />
      <SwitchField
        block={SETTINGS}
        path={["general", "isHideQueryParamsEnabled"]}
        label={t("general.hideQueryParams")}
        help={t("general.hideQueryParamsHelp")}
      />
    </>
  );
}

function TypingSettings() {
  const { t } = useTranslation("botSettings");
  const [enabled] = useBlockField<boolean>(SETTINGS, ["typingEmulation", "enabled"]);
  const path = (key: string) => ["typingEmulation", key];
  const byDefault = (value: number) => t("defaultValue", { value });
  return (
    <>
      <SwitchField block={SETTINGS} path={path("enabled")} label={t("typing.enabled")} defaultValue />
      {(enabled ?? true) && (
        <>
          <NumberField
            block={SETTINGS}
            path={path("speed")}
            label={t("typing.speed")}
            help={byDefault(400)}
            min={1}
          />
          <NumberField
            block={SETTINGS}
            path={path("maxDelay")}
            label={t("typing.maxDelay")}
            help={byDefault(3)}
            min={0}
            step={0.1}
          />
          <NumberField
            block={SETTINGS}
            path={path("delayBetweenBubbles")}
            label={t("typing.delayBetweenBubbles")}
            help={byDefault(0)}
            min={0}
            max={5}
            step={0.1}
          />
          <SwitchField
            block={SETTINGS}
            path={path("isDisabledOnFirstMessage")}
            label={t("typing.disabledOnFirstMessage")}
            defaultValue
          />
        </>
      )}
    </>
  );
}

function MetadataSettings() {
  const { t } = useTranslation("botSettings");
  const name = useEditor((state) => state.doc?.name);
  const path = (key: string) => ["metadata", key];
  return (
    <>
      <p className="settings-note">{t("metadata.help")}</p>
      <TextField
        block={SETTINGS}
        path={path("title")}
        label={t("metadata.pageTitle")}
        help={t("metadata.pageTitleHelp")}
        placeholder={name}
      />
      <TextField block={SETTINGS} path={path("description")} label={t("metadata.description")} multiline />
      <TextField
        block={SETTINGS}
        path={path("imageUrl")}
        label={t("metadata.imageUrl")}
        placeholder="https://"
      />
      <TextField
        block={SETTINGS}
        path={path("favIconUrl")}
        label={t("metadata.faviconUrl")}
        placeholder="https://"
      />
      <SwitchField block={SETTINGS} path={path("allowIndexing")} label={t("metadata.allowIndexing")} />
      <TextField
        block={SETTINGS}
        path={path("googleTagManagerId")}
        label={t("metadata.googleTagManagerId")}
        help={t("metadata.googleTagManagerHelp")}
        placeholder="GTM-XXXXXXX"
      />
      <p className="settings-warning" role="note">
        {t("metadata.customHeadCodeWarning")}
      </p>
      <CodeField
        block={SETTINGS}
        path={path("customHeadCode")}
        label={t("metadata.customHeadCode")}
        language="html"
      />
    </>
  );
}

function SecuritySettings() {
  const { t } = useTranslation("botSettings");
  const [origins] = useBlockField<string[]>(SETTINGS, ["security", "allowedOrigins"]);
  const wrong = notOrigins(Array.isArray(origins) ? origins : []);
  return (
    <>
      <StringListField
        block={SETTINGS}
        path={["security", "allowedOrigins"]}
        label={t("security.allowedOrigins")}
        help={t("security.allowedOriginsHelp")}
        placeholder="https://example.com"
      />
      <FieldError
        id="allowed-origins-problem"
        problem={wrong.length ? t("security.notOrigins", { entries: wrong.join(", ") }) : undefined}
      />
    </>
  );
}

/** The bot's settings: general, typing emulation, metadata, security and results retention. */
export function BotSettingsEditor({ readOnly }: { readOnly: boolean }) {
  const { t } = useTranslation("botSettings");
  const workspaceId = useEditor((state) => state.doc?.workspaceId as string | undefined) ?? "";
  return (
    <EditorFormPage
      readOnly={readOnly}
      label={t("formLabel")}
      after={
        <EditorSection title={t("retention.title")} icon={<Clock size={16} />}>
          <RetentionField workspaceId={workspaceId} />
        </EditorSection>
      }
    >
      <EditorSection title={t("general.title")} icon={<Settings2 size={16} />} defaultOpen>
        <GeneralSettings />
      </EditorSection>
      <EditorSection title={t("typing.title")} icon={<Keyboard size={16} />}>
        <TypingSettings />
      </EditorSection>
      <EditorSection title={t("metadata.title")} icon={<FileCode size={16} />}>
        <MetadataSettings />
      </EditorSection>
      <EditorSection title={t("security.title")} icon={<Lock size={16} />}>
        <SecuritySettings />
      </EditorSection>
    </EditorFormPage>
  );
}
