import { useTranslation } from "../../../../i18n";
import {
  FieldGroup,
  labelled,
  NumberField,
  SelectField,
  SwitchField,
  TextField,
} from "../../../settings/fields";
import type { BlockProps } from "../../types";
import { SaveAnswerField } from "../common";

/** The rating input's settings. */
export function Settings({ block }: BlockProps) {
  const { t } = useTranslation("blocks");
  const options = (block.options ?? {}) as { buttonType?: string; customIcon?: { isEnabled?: boolean } };
  const icons = options.buttonType === "Icons";
  return (
    <>
      <SelectField
        block={block}
        path={["options", "buttonType"]}
        label={t("ratingInput.shownAs")}
        options={labelled(["Numbers", "Icons"] as const, (value) => t(`ratingInput.buttonTypes.${value}`))}
        placeholder={t("ratingInput.numbers")}
      />
      <NumberField
        block={block}
        path={["options", "length"]}
        label={t("ratingInput.maximum")}
        min={1}
        max={10}
      />
      {!icons && (
        <NumberField block={block} path={["options", "startsAt"]} label={t("ratingInput.startsAt")} min={0} />
      )}
      {icons && (
        <>
          <SwitchField
            block={block}
            path={["options", "customIcon", "isEnabled"]}
            label={t("ratingInput.customIcon")}
          />
          {options.customIcon?.isEnabled && (
            <TextField
              block={block}
              path={["options", "customIcon", "svg"]}
              label={t("ratingInput.iconSvg")}
              multiline
            />
          )}
        </>
      )}
      <FieldGroup legend={t("ratingInput.labels")}>
        <TextField
          block={block}
          path={["options", "labels", "left"]}
          label={t("ratingInput.notLikelyLabel")}
          placeholder={t("ratingInput.notLikelyAtAll")}
        />
        <TextField
          block={block}
          path={["options", "labels", "right"]}
          label={t("ratingInput.veryLikelyLabel")}
          placeholder={t("ratingInput.extremelyLikely")}
        />
        <TextField
          block={block}
          path={["options", "labels", "button"]}
          label={t("ratingInput.buttonLabel")}
          placeholder={t("ratingInput.send")}
        />
      </FieldGroup>
      <SwitchField
        block={block}
        path={["options", "isOneClickSubmitEnabled"]}
        label={t("ratingInput.sendOnFirstClick")}
      />
      <SaveAnswerField block={block} />
    </>
  );
}
