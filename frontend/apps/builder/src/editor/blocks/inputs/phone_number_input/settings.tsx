import { TextField } from "../../../settings/fields";
import type { BlockProps } from "../../types";
import { InputLabels, RetryMessageField, SaveAnswerField } from "../common";

/** The phone number input's settings. */
export function Settings({ block }: BlockProps) {
  return (
    <>
      <InputLabels block={block} placeholder="Type your phone number..." />
      <TextField
        block={block}
        path={["options", "defaultCountryCode"]}
        label="Default country"
        placeholder="International"
        help="A two-letter country code, such as FR or US: numbers typed without a + are read as that country's."
      />
      <RetryMessageField
        block={block}
        placeholder="This phone number doesn't seem to be valid. Can you type it again?"
      />
      <SaveAnswerField block={block} />
    </>
  );
}
