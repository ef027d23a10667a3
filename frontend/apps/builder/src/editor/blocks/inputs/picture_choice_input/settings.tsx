import { createId } from "../../../document";
import { FieldGroup, SwitchField, TextField, VariableField } from "../../../settings/fields";
import type { BlockProps } from "../../types";
import { SaveAnswerField } from "../common";
import { ItemsEditor } from "../items";

const DYNAMIC = ["options", "dynamicItems"] as const;

/** The picture choice input's settings: its pictures, then how the visitor picks them. */
export function Settings({ block }: BlockProps) {
  const options = (block.options ?? {}) as {
    isMultipleChoice?: boolean;
    isSearchable?: boolean;
    dynamicItems?: { isEnabled?: boolean };
  };
  const dynamic = Boolean(options.dynamicItems?.isEnabled);
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
      <FieldGroup legend="Choice">
        <SwitchField block={block} path={["options", "isMultipleChoice"]} label="Multiple choice" />
        {options.isMultipleChoice && (
          <TextField
            block={block}
            path={["options", "buttonLabel"]}
            label="Submit button label"
            placeholder="Send"
          />
        )}
        <SwitchField block={block} path={["options", "isSearchable"]} label="Searchable" />
        {options.isSearchable && (
          <TextField
            block={block}
            path={["options", "searchInputPlaceholder"]}
            label="Search placeholder"
            placeholder="Filter the options..."
          />
        )}
      </FieldGroup>
      <SaveAnswerField block={block} />
    </>
  );
}
