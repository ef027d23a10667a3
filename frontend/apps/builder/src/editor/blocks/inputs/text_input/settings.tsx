import { useTranslation } from "../../../../i18n";
import { FieldGroup, labelled, SelectField, SwitchField, VariableField } from "../../../settings/fields";
import type { BlockProps } from "../../types";
import { InputLabels, SaveAnswerField, VISIBILITIES } from "../common";

const INPUT_MODES = ["text", "decimal", "numeric", "tel", "search", "email", "url"] as const;

/** A voice clip or attachments: whether the visitor may send them, and where their URLs go. */
function MediaOption({
  block,
  name,
  legend,
}: BlockProps & { name: "audioClip" | "attachments"; legend: string }) {
  const { t } = useTranslation("blocks");
  const enabled = Boolean((block.options?.[name] as { isEnabled?: boolean } | undefined)?.isEnabled);
  return (
    <FieldGroup legend={legend}>
      <SwitchField block={block} path={["options", name, "isEnabled"]} label={t(`textInput.allow.${name}`)} />
      {enabled && (
        <>
          <VariableField
            block={block}
            path={["options", name, "saveVariableId"]}
            label={t("textInput.saveTheUrlsIn")}
          />
          <SelectField
            block={block}
            path={["options", name, "visibility"]}
            label={t("textInput.fileVisibility")}
            options={labelled(VISIBILITIES, (value) => t(`visibility.${value}`))}
            placeholder={t("visibility.Auto")}
          />
        </>
      )}
    </FieldGroup>
  );
}

/** The text input's settings. */
export function Settings({ block }: BlockProps) {
  const { t } = useTranslation("blocks");
  return (
    <>
      <InputLabels block={block} placeholder={t("textInput.typeYourAnswer")} />
      <SwitchField block={block} path={["options", "isLong"]} label={t("textInput.longText")} />
      <SelectField
        block={block}
        path={["options", "inputMode"]}
        label={t("textInput.keyboardOnPhones")}
        options={INPUT_MODES}
        placeholder={t("textInput.default")}
      />
      <MediaOption block={block} name="audioClip" legend={t("textInput.voiceMessages")} />
      <MediaOption block={block} name="attachments" legend={t("textInput.attachments")} />
      <SaveAnswerField block={block} />
    </>
  );
}
