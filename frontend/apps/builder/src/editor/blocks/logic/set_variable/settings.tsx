import { useTranslation } from "../../../../i18n";
import { CodeField, SwitchField, TextField, useBlockField, VariableField } from "../../../settings/fields";
import type { BlockProps } from "../../types";
import { TIME_ZONE_TYPES, VALUE_TYPES, type ValueType, valueTypeOf, WHATSAPP_TYPES } from "./valueTypes";

function ValueTypeSelect({ block }: BlockProps) {
  const { t } = useTranslation("blocks");
  const [, setType] = useBlockField<string>(block, ["options", "type"]);
  const type = valueTypeOf(block.options);
  return (
    <div className="field">
      <label htmlFor={`${block.id}-value-type`}>{t("setVariable.value")}</label>
      <select id={`${block.id}-value-type`} value={type} onChange={(event) => setType(event.target.value)}>
        {VALUE_TYPES.map((option) => (
          <option key={option} value={option}>
            {t(`setVariable.valueTypes.${option}`)}
          </option>
        ))}
      </select>
    </div>
  );
}

function CustomValue({ block }: BlockProps) {
  const { t } = useTranslation("blocks");
  const [isCode] = useBlockField<boolean>(block, ["options", "isCode"]);
  return (
    <>
      <SwitchField block={block} path={["options", "isCode"]} label={t("setVariable.runCode")} />
      {isCode ? (
        <>
          <CodeField
            block={block}
            path={["options", "expressionToEvaluate"]}
            label={t("setVariable.code")}
            help={t("setVariable.javascriptWhatItReturnsIs")}
          />
          <SwitchField
            block={block}
            path={["options", "isExecutedOnClient"]}
            label={t("setVariable.executeOnClient")}
          />
          <VariableField
            block={block}
            path={["options", "saveErrorInVariableId"]}
            label={t("setVariable.saveErrorIn")}
          />
        </>
      ) : (
        <TextField
          block={block}
          path={["options", "expressionToEvaluate"]}
          label={t("setVariable.expression")}
          placeholder="{{Age}} * 2"
          help={t("setVariable.textWithArithmeticIsComputed")}
        />
      )}
    </>
  );
}

/** The fields a value type needs besides the variable. */
function TypeFields({ block, type }: BlockProps & { type: ValueType }) {
  const { t } = useTranslation("blocks");
  if (type === "Custom") return <CustomValue block={block} />;
  if (TIME_ZONE_TYPES.includes(type))
    return (
      <TextField
        block={block}
        path={["options", "timeZone"]}
        label={t("setVariable.timeZone")}
        placeholder="Europe/Paris"
        help={t("setVariable.theVisitorSTimeZone")}
      />
    );
  if (type === "Append value(s)")
    return (
      <TextField
        block={block}
        path={["options", "item"]}
        label={t("setVariable.valueToAppend")}
        placeholder="{{Item}}"
        help={t("setVariable.appendedToTheVariableS")}
      />
    );
  if (type === "Pop" || type === "Shift")
    return (
      <VariableField
        block={block}
        path={["options", "saveItemInVariableId"]}
        label={type === "Pop" ? t("setVariable.saveTheLastItemIn") : t("setVariable.saveTheFirstItemIn")}
      />
    );
  if (type === "Map item with same index")
    return (
      <>
        <VariableField
          block={block}
          path={["options", "mapListItemParams", "baseItemVariableId"]}
          label={t("setVariable.baseItem")}
        />
        <VariableField
          block={block}
          path={["options", "mapListItemParams", "baseListVariableId"]}
          label={t("setVariable.baseList")}
        />
        <VariableField
          block={block}
          path={["options", "mapListItemParams", "targetListVariableId"]}
          label={t("setVariable.targetList")}
        />
      </>
    );
  if (WHATSAPP_TYPES.includes(type))
    return <p className="settings-note">{t("setVariable.onlyWhatsappChatsHaveThis")}</p>;
  return null;
}

/** The set variable block's settings: the variable, the value type, and what that type needs. */
export function Settings({ block }: BlockProps) {
  const { t } = useTranslation("blocks");
  const type = valueTypeOf(block.options);
  return (
    <div className="settings-fields">
      <VariableField block={block} path={["options", "variableId"]} label={t("setVariable.variable")} />
      <ValueTypeSelect block={block} />
      <TypeFields block={block} type={type} />
    </div>
  );
}
