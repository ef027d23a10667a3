import { FieldGroup, SwitchField, TextField } from "../../../settings/fields";
import type { BlockProps } from "../../types";
import { SaveAnswerField } from "../common";

/** The date input's settings. */
export function Settings({ block }: BlockProps) {
  const options = (block.options ?? {}) as { isRange?: boolean; hasTime?: boolean };
  return (
    <>
      <SwitchField block={block} path={["options", "isRange"]} label="Ask for a range" />
      <SwitchField block={block} path={["options", "hasTime"]} label="Ask for the time too" />
      <FieldGroup legend="Labels">
        <TextField
          block={block}
          path={["options", "labels", "button"]}
          label="Button label"
          placeholder="Send"
        />
        {options.isRange && (
          <>
            <TextField
              block={block}
              path={["options", "labels", "from"]}
              label="From label"
              placeholder="From:"
            />
            <TextField block={block} path={["options", "labels", "to"]} label="To label" placeholder="To:" />
          </>
        )}
      </FieldGroup>
      <TextField
        block={block}
        path={["options", "format"]}
        label="Format"
        placeholder={options.hasTime ? "dd/MM/yyyy HH:mm" : "dd/MM/yyyy"}
        help="How the date is saved, such as yyyy-MM-dd."
      />
      <TextField block={block} path={["options", "min"]} label="Earliest date" placeholder="yyyy-MM-dd" />
      <TextField block={block} path={["options", "max"]} label="Latest date" placeholder="yyyy-MM-dd" />
      <SaveAnswerField block={block} />
    </>
  );
}
