import { createId } from "../../../document";
import { SwitchField, TextField, VariableField } from "../../../settings/fields";
import type { BlockProps } from "../../types";
import { ChoiceOptions, SaveAnswerField } from "../common";
import { ItemsEditor } from "../items";

/** The buttons input's settings: its buttons, then how the visitor picks them. */
export function Settings({ block }: BlockProps) {
  return (
    <>
      <ItemsEditor block={block} noun="button" newItem={() => ({ id: createId() })}>
        {(_item, index) => (
          <>
            <TextField
              block={block}
              path={["items", index, "content"]}
              label={`Button ${index + 1} text`}
              placeholder="Click to edit"
            />
            <TextField
              block={block}
              path={["items", index, "value"]}
              label={`Button ${index + 1} saved value`}
              placeholder="Same as the text"
            />
          </>
        )}
      </ItemsEditor>
      <ChoiceOptions block={block}>
        <SwitchField
          block={block}
          path={["options", "areInitialSearchButtonsVisible"]}
          label="Show the buttons before a search"
          defaultValue
        />
      </ChoiceOptions>
      <VariableField
        block={block}
        path={["options", "dynamicVariableId"]}
        label="Buttons from a list variable"
        help="When set, the buttons are the items of this variable instead of the ones above."
      />
      <SaveAnswerField block={block} />
    </>
  );
}
