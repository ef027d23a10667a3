import { useTranslation } from "../../../../i18n";
import type { BlockProps } from "../../types";
import { InputLabels, RetryMessageField, SaveAnswerField } from "../common";

/** The email input's settings. */
export function Settings({ block }: BlockProps) {
  const { t } = useTranslation("blocks");
  return (
    <>
      <InputLabels block={block} placeholder={t("emailInput.typeYourEmail")} />
      <RetryMessageField block={block} placeholder={t("emailInput.thisEmailDoesnTSeem")} />
      <SaveAnswerField block={block} />
    </>
  );
}
