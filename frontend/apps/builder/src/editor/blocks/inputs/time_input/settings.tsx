import { useTranslation } from "../../../../i18n";
import { TextField } from "../../../settings/fields";
import type { BlockProps } from "../../types";
import { InputLabels, SaveAnswerField } from "../common";

/** The time input's settings. */
export function Settings({ block }: BlockProps) {
  const { t } = useTranslation("blocks");
  return (
    <>
      <InputLabels block={block} />
      <TextField
        block={block}
        path={["options", "format"]}
        label={t("timeInput.format")}
        placeholder="HH:mm"
        help={t("timeInput.howTheTimeIsSaved")}
      />
      <SaveAnswerField block={block} />
    </>
  );
}
