import { FieldGroup, NumberField, SelectField, TextField } from "../../../settings/fields";
import type { BlockProps } from "../../types";
import { InputLabels, SaveAnswerField } from "../common";

const STYLES = [
  { value: "decimal", label: "Decimal" },
  { value: "currency", label: "Currency" },
  { value: "percent", label: "Percent" },
  { value: "unit", label: "Unit" },
] as const;

/** The number input's settings. */
export function Settings({ block }: BlockProps) {
  const style = block.options?.style;
  return (
    <>
      <InputLabels block={block} placeholder="Type a number..." />
      <FieldGroup legend="Bounds">
        <NumberField block={block} path={["options", "min"]} label="Minimum" />
        <NumberField block={block} path={["options", "max"]} label="Maximum" />
        <NumberField block={block} path={["options", "step"]} label="Step" />
      </FieldGroup>
      <FieldGroup legend="Display">
        <SelectField
          block={block}
          path={["options", "style"]}
          label="Style"
          options={STYLES}
          placeholder="Plain"
        />
        <TextField block={block} path={["options", "locale"]} label="Locale" placeholder="The visitor's" />
        {style === "currency" && (
          <TextField block={block} path={["options", "currency"]} label="Currency" placeholder="USD" />
        )}
        {style === "unit" && (
          <TextField block={block} path={["options", "unit"]} label="Unit" placeholder="kilogram" />
        )}
      </FieldGroup>
      <SaveAnswerField block={block} />
    </>
  );
}
