import { useTranslation } from "../../../../i18n";
import { FieldGroup, SwitchField, TextField } from "../../../settings/fields";
import type { BlockProps } from "../../types";
import { SaveAnswerField } from "../common";

/** The date input's settings. */
export function Settings({ block }: BlockProps) {
  const { t } = useTranslation("blocks");
  const options = (block.options ?? {}) as { isRange?: boolean; hasTime?: boolean };
  return (
    <>
      <SwitchField block={block} path={["options", "isRange"]} label={t("dateInput.askForARange")} />
      <SwitchField block={block} path={["options", "hasTime"]} label={t("dateInput.askForTheTimeToo")} />
      <FieldGroup legend={t("dateInput.labels")}>
        <TextField
          block={block}
          path={["options", "labels", "button"]}
          label={t("dateInput.buttonLabel")}
          placeholder={t("dateInput.send")}
        />
        {options.isRange && (
          <>
            <TextField
              block={block}
              path={["options", "labels", "from"]}
              label={t("dateInput.fromLabel")}
              placeholder={t("dateInput.from")}
            />
            <TextField
              block={block}
              path={["options", "labels", "to"]}
              label={t("dateInput.toLabel")}
              placeholder={t("dateInput.to")}
            />
          </>
        )}
      </FieldGroup>
      <TextField
        block={block}
        path={["options", "format"]}
        label={t("dateInput.format")}
        placeholder={options.hasTime ? "dd/MM/yyyy HH:mm" : "dd/MM/yyyy"}
        help={t("dateInput.howTheDateIsSaved")}
      />
      <TextField
        block={block}
        path={["options", "min"]}
        label={t("dateInput.earliestDate")}
        placeholder="yyyy-MM-dd"
      />
      <TextField
        block={block}
        path={["options", "max"]}
        label={t("dateInput.latestDate")}
        placeholder="yyyy-MM-dd"
      />
      <SaveAnswerField block={block} />
    </>
  );
}
