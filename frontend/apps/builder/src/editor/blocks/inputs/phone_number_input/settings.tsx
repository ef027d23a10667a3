import { useTranslation } from "../../../../i18n";
import { TextField } from "../../../settings/fields";
import type { BlockProps } from "../../types";
import { InputLabels, RetryMessageField, SaveAnswerField } from "../common";

/** The phone number input's settings. */
export function Settings({ block }: BlockProps) {
  const { t } = useTranslation("blocks");
  return (
    <>
      <InputLabels block={block} placeholder={t("phoneNumberInput.typeYourPhoneNumber")} />
      <TextField
        block={block}
        path={["options", "defaultCountryCode"]}
        label={t("phoneNumberInput.defaultCountry")}
        placeholder={t("phoneNumberInput.international")}
        help={t("phoneNumberInput.aTwoLetterCountryCode")}
      />
      <RetryMessageField block={block} placeholder={t("phoneNumberInput.thisPhoneNumberDoesnT")} />
      <SaveAnswerField block={block} />
    </>
  );
}
