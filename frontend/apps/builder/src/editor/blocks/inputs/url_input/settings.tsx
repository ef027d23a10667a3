import { useTranslation } from "../../../../i18n";
import type { BlockProps } from "../../types";
import { InputLabels, RetryMessageField, SaveAnswerField } from "../common";

/** The website input's settings. */
export function Settings({ block }: BlockProps) {
  const { t } = useTranslation("blocks");
  return (
    <>
      <InputLabels block={block} placeholder={t("urlInput.typeAUrl")} />
      <RetryMessageField block={block} placeholder={t("urlInput.thisUrlDoesnTSeem")} />
      <SaveAnswerField block={block} />
    </>
  );
}
