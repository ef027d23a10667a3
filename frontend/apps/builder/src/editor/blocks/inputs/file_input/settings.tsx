import { FieldGroup, SelectField, StringListField, SwitchField, TextField } from "../../../settings/fields";
import type { BlockProps } from "../../types";
import { SaveAnswerField } from "../common";

/** The file input's settings. */
export function Settings({ block }: BlockProps) {
  const options = (block.options ?? {}) as {
    isMultipleAllowed?: boolean;
    allowedFileTypes?: { isEnabled?: boolean };
  };
  return (
    <>
      <SwitchField block={block} path={["options", "isMultipleAllowed"]} label="Allow several files" />
      <SwitchField
        block={block}
        path={["options", "isRequired"]}
        label="Required"
        defaultValue
        help="When off, the visitor may skip the upload."
      />
      <SwitchField
        block={block}
        path={["options", "allowedFileTypes", "isEnabled"]}
        label="Only some file types"
      />
      {options.allowedFileTypes?.isEnabled && (
        <StringListField
          block={block}
          path={["options", "allowedFileTypes", "types"]}
          label="Allowed file types"
          placeholder=".pdf, image/*"
        />
      )}
      <SelectField
        block={block}
        path={["options", "visibility"]}
        label="File visibility"
        options={["Auto", "Public", "Private"]}
        placeholder="Auto"
      />
      <FieldGroup legend="Labels">
        <TextField
          block={block}
          path={["options", "labels", "placeholder"]}
          label="Placeholder"
          multiline
          placeholder="Click to upload or drag and drop"
        />
        <TextField
          block={block}
          path={["options", "labels", "button"]}
          label="Button label"
          placeholder="Upload"
        />
        <TextField
          block={block}
          path={["options", "labels", "clear"]}
          label="Clear button label"
          placeholder="Clear"
        />
        <TextField
          block={block}
          path={["options", "labels", "skip"]}
          label="Skip button label"
          placeholder="Skip"
        />
        <TextField
          block={block}
          path={["options", "labels", "success", "single"]}
          label="Success label"
          placeholder="File uploaded"
        />
        {options.isMultipleAllowed && (
          <TextField
            block={block}
            path={["options", "labels", "success", "multiple"]}
            label="Success label for several files"
            placeholder="{total} files uploaded"
          />
        )}
      </FieldGroup>
      <SaveAnswerField block={block} />
    </>
  );
}
