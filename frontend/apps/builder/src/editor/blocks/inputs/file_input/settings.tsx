import { useTranslation } from "../../../../i18n";
import {
  FieldGroup,
  labelled,
  SelectField,
  StringListField,
  SwitchField,
  TextField,
} from "../../../settings/fields";
import type { BlockProps } from "../../types";
import { SaveAnswerField, VISIBILITIES } from "../common";

/** The file input's settings. */
export function Settings({ block }: BlockProps) {
  const { t } = useTranslation("blocks");
  const options = (block.options ?? {}) as {
    isMultipleAllowed?: boolean;
    allowedFileTypes?: { isEnabled?: boolean };
  };
  return (
    <>
      <SwitchField
        block={block}
        path={["options", "isMultipleAllowed"]}
        label={t("fileInput.allowSeveralFiles")}
      />
      <SwitchField
        block={block}
        path={["options", "isRequired"]}
        label={t("fileInput.required")}
        defaultValue
        help={t("fileInput.whenOffTheVisitorMay")}
      />
      <SwitchField
        block={block}
        path={["options", "allowedFileTypes", "isEnabled"]}
        label={t("fileInput.onlySomeFileTypes")}
      />
      {options.allowedFileTypes?.isEnabled && (
        <StringListField
          block={block}
          path={["options", "allowedFileTypes", "types"]}
          label={t("fileInput.allowedFileTypes")}
          placeholder={t("fileInput.pdfImage")}
        />
      )}
      <SelectField
        block={block}
        path={["options", "visibility"]}
        label={t("fileInput.fileVisibility")}
        options={labelled(VISIBILITIES, (value) => t(`visibility.${value}`))}
        placeholder={t("visibility.Auto")}
      />
      <FieldGroup legend={t("fileInput.labels")}>
        <TextField
          block={block}
          path={["options", "labels", "placeholder"]}
          label={t("fileInput.placeholder")}
          multiline
          placeholder={t("fileInput.clickToUploadOrDrag")}
        />
        <TextField
          block={block}
          path={["options", "labels", "button"]}
          label={t("fileInput.buttonLabel")}
          placeholder={t("fileInput.upload")}
        />
        <TextField
          block={block}
          path={["options", "labels", "clear"]}
          label={t("fileInput.clearButtonLabel")}
          placeholder={t("fileInput.clear")}
        />
        <TextField
          block={block}
          path={["options", "labels", "skip"]}
          label={t("fileInput.skipButtonLabel")}
          placeholder={t("fileInput.skip")}
        />
        <TextField
          block={block}
          path={["options", "labels", "success", "single"]}
          label={t("fileInput.successLabel")}
          placeholder={t("fileInput.fileUploaded")}
        />
        {options.isMultipleAllowed && (
          <TextField
            block={block}
            path={["options", "labels", "success", "multiple"]}
            label={t("fileInput.successLabelForSeveralFiles")}
            placeholder={t("fileInput.totalFilesUploaded")}
          />
        )}
      </FieldGroup>
      <SaveAnswerField block={block} />
    </>
  );
}
