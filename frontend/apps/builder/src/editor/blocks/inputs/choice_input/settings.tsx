import { useTranslation } from "../../../../i18n";
import { createId } from "../../../document";
import { SwitchField, TextField, VariableField } from "../../../settings/fields";
import type { BlockProps } from "../../types";
import { ChoiceOptions, SaveAnswerField } from "../common";
import { ItemsEditor } from "../items";

/** The buttons input's settings: its buttons, then how the visitor picks them. */
export function Settings({ block }: BlockProps) {
  const { t } = useTranslation("blocks");
  return (
    <>
      <ItemsEditor block={block} noun="button" newItem={() => ({ id: createId() })}>
        {(_item, index) => (
          <>
            <TextField
              block={block}
              path={["items", index, "content"]}
              label={t("choiceInput.buttonText", { button: index + 1 })}
              placeholder={t("choiceInput.clickToEdit")}
            />
            <TextField
              block={block}
              path={["items", index, "value"]}
              label={t("choiceInput.savedValue", { button: index + 1 })}
              placeholder={t("choiceInput.sameAsTheText")}
            />
          </>
        )}
      </ItemsEditor>
      <ChoiceOptions block={block}>
        <SwitchField
          block={block}
          path={["options", "areInitialSearchButtonsVisible"]}
          label={t("choiceInput.showTheButtonsBeforeA")}
          defaultValue
        />
      </ChoiceOptions>
      <VariableField
        block={block}
        path={["options", "dynamicVariableId"]}
        label={t("choiceInput.buttonsFromAListVariable")}
        help={t("choiceInput.whenSetTheButtonsAre")}
      />
      <SaveAnswerField block={block} />
    </>
  );
}
