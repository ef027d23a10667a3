import { useTranslation } from "../../../../i18n";
import { FieldGroup, labelled, NumberField, SelectField, TextField } from "../../../settings/fields";
import type { BlockProps } from "../../types";
import { InputLabels, SaveAnswerField } from "../common";

const STYLES = ["decimal", "currency", "percent", "unit"] as const;

/** The number input's settings. */
export function Settings({ block }: BlockProps) {
  const { t } = useTranslation("blocks");
  const style = block.options?.style;
  return (
    <>
      <InputLabels block={block} placeholder={t("numberInput.typeANumber")} />
      <FieldGroup legend={t("numberInput.bounds")}>
        <NumberField block={block} path={["options", "min"]} label={t("numberInput.minimum")} />
        <NumberField block={block} path={["options", "max"]} label={t("numberInput.maximum")} />
        <NumberField block={block} path={["options", "step"]} label={t("numberInput.step")} />
      </FieldGroup>
      <FieldGroup legend={t("numberInput.display")}>
        <SelectField
          block={block}
          path={["options", "style"]}
          label={t("numberInput.style")}
          options={labelled(STYLES, (style) => t(`numberInput.styles.${style}`))}
          placeholder={t("numberInput.plain")}
        />
        <TextField
          block={block}
          path={["options", "locale"]}
          label={t("numberInput.locale")}
          placeholder={t("numberInput.theVisitorS")}
        />
        {style === "currency" && (
          <TextField
            block={block}
            path={["options", "currency"]}
            label={t("numberInput.currency")}
            placeholder="USD"
          />
        )}
        {style === "unit" && (
          <TextField
            block={block}
            path={["options", "unit"]}
            label={t("numberInput.unit")}
            placeholder={t("numberInput.kilogram")}
          />
        )}
      </FieldGroup>
      <SaveAnswerField block={block} />
    </>
  );
}
