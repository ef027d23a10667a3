import { FieldGroup, SelectField, SwitchField, VariableField } from "../../../settings/fields";
import type { BlockProps } from "../../types";
import { InputLabels, SaveAnswerField } from "../common";

const INPUT_MODES = ["text", "decimal", "numeric", "tel", "search", "email", "url"] as const;
const VISIBILITIES = ["Auto", "Public", "Private"] as const;

/** A voice clip or attachments: whether the visitor may send them, and where their URLs go. */
function MediaOption({
  block,
  name,
  legend,
}: BlockProps & { name: "audioClip" | "attachments"; legend: string }) {
  const enabled = Boolean((block.options?.[name] as { isEnabled?: boolean } | undefined)?.isEnabled);
  return (
    <FieldGroup legend={legend}>
      <SwitchField
        block={block}
        path={["options", name, "isEnabled"]}
        label={`Allow ${legend.toLowerCase()}`}
      />
      {enabled && (
        <>
          <VariableField block={block} path={["options", name, "saveVariableId"]} label="Save the URLs in" />
          <SelectField
            block={block}
            path={["options", name, "visibility"]}
            label="File visibility"
            options={VISIBILITIES}
            placeholder="Auto"
          />
        </>
      )}
    </FieldGroup>
  );
}

/** The text input's settings. */
export function Settings({ block }: BlockProps) {
  return (
    <>
      <InputLabels block={block} placeholder="Type your answer..." />
      <SwitchField block={block} path={["options", "isLong"]} label="Long text" />
      <SelectField
        block={block}
        path={["options", "inputMode"]}
        label="Keyboard on phones"
        options={INPUT_MODES}
        placeholder="Default"
      />
      <MediaOption block={block} name="audioClip" legend="Voice messages" />
      <MediaOption block={block} name="attachments" legend="Attachments" />
      <SaveAnswerField block={block} />
    </>
  );
}
