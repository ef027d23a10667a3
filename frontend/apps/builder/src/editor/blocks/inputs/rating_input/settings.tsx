import { FieldGroup, NumberField, SelectField, SwitchField, TextField } from "../../../settings/fields";
import type { BlockProps } from "../../types";
import { SaveAnswerField } from "../common";

/** The rating input's settings. */
export function Settings({ block }: BlockProps) {
  const options = (block.options ?? {}) as { buttonType?: string; customIcon?: { isEnabled?: boolean } };
  const icons = options.buttonType === "Icons";
  return (
    <>
      <SelectField
        block={block}
        path={["options", "buttonType"]}
        label="Shown as"
        options={["Numbers", "Icons"]}
        placeholder="Numbers"
      />
      <NumberField block={block} path={["options", "length"]} label="Maximum" min={1} max={10} />
      {!icons && <NumberField block={block} path={["options", "startsAt"]} label="Starts at" min={0} />}
      {icons && (
        <>
          <SwitchField block={block} path={["options", "customIcon", "isEnabled"]} label="Custom icon" />
          {options.customIcon?.isEnabled && (
            <TextField block={block} path={["options", "customIcon", "svg"]} label="Icon SVG" multiline />
          )}
        </>
      )}
      <FieldGroup legend="Labels">
        <TextField
          block={block}
          path={["options", "labels", "left"]}
          label="Not likely label"
          placeholder="Not likely at all"
        />
        <TextField
          block={block}
          path={["options", "labels", "right"]}
          label="Very likely label"
          placeholder="Extremely likely"
        />
        <TextField
          block={block}
          path={["options", "labels", "button"]}
          label="Button label"
          placeholder="Send"
        />
      </FieldGroup>
      <SwitchField block={block} path={["options", "isOneClickSubmitEnabled"]} label="Send on first click" />
      <SaveAnswerField block={block} />
    </>
  );
}
