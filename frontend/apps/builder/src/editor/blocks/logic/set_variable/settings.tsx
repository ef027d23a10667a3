import { CodeField, SwitchField, TextField, useBlockField, VariableField } from "../../../settings/fields";
import type { BlockProps } from "../../types";
import { TIME_ZONE_TYPES, VALUE_TYPES, type ValueType, valueTypeOf, WHATSAPP_TYPES } from "./valueTypes";

function ValueTypeSelect({ block }: BlockProps) {
  const [, setType] = useBlockField<string>(block, ["options", "type"]);
  const type = valueTypeOf(block.options);
  return (
    <div className="field">
      <label htmlFor={`${block.id}-value-type`}>Value</label>
      <select id={`${block.id}-value-type`} value={type} onChange={(event) => setType(event.target.value)}>
        {VALUE_TYPES.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </select>
    </div>
  );
}

function CustomValue({ block }: BlockProps) {
  const [isCode] = useBlockField<boolean>(block, ["options", "isCode"]);
  return (
    <>
      <SwitchField block={block} path={["options", "isCode"]} label="Run code" />
      {isCode ? (
        <>
          <CodeField
            block={block}
            path={["options", "expressionToEvaluate"]}
            label="Code"
            help="JavaScript; what it returns is the new value. {{variables}} are replaced first."
          />
          <SwitchField block={block} path={["options", "isExecutedOnClient"]} label="Execute on client" />
          <VariableField block={block} path={["options", "saveErrorInVariableId"]} label="Save error in" />
        </>
      ) : (
        <TextField
          block={block}
          path={["options", "expressionToEvaluate"]}
          label="Expression"
          placeholder="{{Age}} * 2"
          help="Text with {{variables}}; arithmetic is computed."
        />
      )}
    </>
  );
}

/** The fields a value type needs besides the variable. */
function TypeFields({ block, type }: BlockProps & { type: ValueType }) {
  if (type === "Custom") return <CustomValue block={block} />;
  if (TIME_ZONE_TYPES.includes(type))
    return (
      <TextField
        block={block}
        path={["options", "timeZone"]}
        label="Time zone"
        placeholder="Europe/Paris"
        help="The visitor's time zone when empty."
      />
    );
  if (type === "Append value(s)")
    return (
      <TextField
        block={block}
        path={["options", "item"]}
        label="Value to append"
        placeholder="{{Item}}"
        help="Appended to the variable's list (made a list if it is not)."
      />
    );
  if (type === "Pop" || type === "Shift")
    return (
      <VariableField
        block={block}
        path={["options", "saveItemInVariableId"]}
        label={type === "Pop" ? "Save the last item in" : "Save the first item in"}
      />
    );
  if (type === "Map item with same index")
    return (
      <>
        <VariableField
          block={block}
          path={["options", "mapListItemParams", "baseItemVariableId"]}
          label="Base item"
        />
        <VariableField
          block={block}
          path={["options", "mapListItemParams", "baseListVariableId"]}
          label="Base list"
        />
        <VariableField
          block={block}
          path={["options", "mapListItemParams", "targetListVariableId"]}
          label="Target list"
        />
      </>
    );
  if (WHATSAPP_TYPES.includes(type))
    return (
      <p className="settings-note">
        Only WhatsApp chats have this value; elsewhere the variable is left empty.
      </p>
    );
  return null;
}

/** The set variable block's settings: the variable, the value type, and what that type needs. */
export function Settings({ block }: BlockProps) {
  const type = valueTypeOf(block.options);
  return (
    <div className="settings-fields">
      <VariableField block={block} path={["options", "variableId"]} label="Variable" />
      <ValueTypeSelect block={block} />
      <TypeFields block={block} type={type} />
    </div>
  );
}
