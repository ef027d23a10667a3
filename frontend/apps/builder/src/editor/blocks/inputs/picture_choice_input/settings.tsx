import { createId } from "../../../document";
import { FieldGroup, SwitchField, TextField, VariableField } from "../../../settings/fields";
import type { BlockProps } from "../../types";
import { ChoiceOptions, SaveAnswerField } from "../common";
import { ItemsEditor } from "../items";

const DYNAMIC = ["options", "dynamicItems"] as const;

/** The picture choice input's settings: its pictures, then how the visitor picks them. */
export function Settings({ block }: BlockProps) {
  const dynamicItems = block.options?.dynamicItems as { isEnabled?: boolean } | undefined;
  const dynamic = Boolean(dynamicItems?.isEnabled);
  return (
    <>
      {!dynamic && (
        <ItemsEditor block={block} noun="picture" newItem={() => ({ id: createId() })}>
          {(_item, index) => (
            <>
              <TextField
                block={block}
                path={["items", index, "pictureSrc"]}
                label={`Picture ${index + 1} URL`}
                placeholder="https://…"
              />
              <TextField
                block={block}
                path={["items", index, "title"]}
                label={`Picture ${index + 1} title`}
              />
              <TextField
                block={block}
                path={["items", index, "description"]}
                label={`Picture ${index + 1} description`}
              />
              <TextField
                block={block}
                path={["items", index, "value"]}
                label={`Picture ${index + 1} saved value`}
                placeholder="Same as the title"
              />
            </>
          )}
        </ItemsEditor>
      )}
      <FieldGroup legend="Pictures from list variables">
        <SwitchField block={block} path={[...DYNAMIC, "isEnabled"]} label="Dynamic pictures" />
        {dynamic && (
          <>
            <VariableField block={block} path={[...DYNAMIC, "pictureSrcsVariableId"]} label="Picture URLs" />
            <VariableField block={block} path={[...DYNAMIC, "titlesVariableId"]} label="Titles" />
            <VariableField block={block} path={[...DYNAMIC, "descriptionsVariableId"]} label="Descriptions" />
          </>
        )}
      </FieldGroup>
      <ChoiceOptions block={block} />
      <SaveAnswerField block={block} />
    </>
  );
}
