import { useTranslation } from "../../../../i18n";
import { CredentialsField, FieldGroup, SelectField, TextField } from "../../../settings/fields";
import type { BlockProps } from "../../types";
import { RetryMessageField, SaveAnswerField } from "../common";

const INFO = ["options", "additionalInformation"] as const;
const ADDRESS = [...INFO, "address"] as const;

/** The payment input's settings. */
export function Settings({ block }: BlockProps) {
  const { t } = useTranslation("blocks");
  return (
    <>
      <SelectField
        block={block}
        path={["options", "provider"]}
        label={t("paymentInput.provider")}
        options={["Stripe"]}
        placeholder="Stripe"
      />
      <CredentialsField
        block={block}
        path={["options", "credentialsId"]}
        label={t("paymentInput.stripeCredentials")}
        credentialsType="stripe"
      />
      <div className="field-pair">
        <TextField
          block={block}
          path={["options", "amount"]}
          label={t("paymentInput.price")}
          placeholder="30.00"
        />
        <TextField
          block={block}
          path={["options", "currency"]}
          label={t("paymentInput.currency")}
          placeholder="USD"
        />
      </div>
      <TextField block={block} path={[...INFO, "description"]} label={t("paymentInput.description")} />
      <FieldGroup legend={t("paymentInput.additionalInformation")}>
        <TextField
          block={block}
          path={[...INFO, "name"]}
          label={t("paymentInput.name")}
          placeholder="{{Name}}"
        />
        <TextField
          block={block}
          path={[...INFO, "email"]}
          label={t("paymentInput.receiptEmail")}
          placeholder="{{Email}}"
        />
        <TextField block={block} path={[...INFO, "phoneNumber"]} label={t("paymentInput.phoneNumber")} />
        <TextField block={block} path={[...ADDRESS, "line1"]} label={t("paymentInput.addressLine1")} />
        <TextField block={block} path={[...ADDRESS, "line2"]} label={t("paymentInput.addressLine2")} />
        <TextField block={block} path={[...ADDRESS, "city"]} label={t("paymentInput.city")} />
        <TextField block={block} path={[...ADDRESS, "state"]} label={t("paymentInput.state")} />
        <TextField block={block} path={[...ADDRESS, "postalCode"]} label={t("paymentInput.postalCode")} />
        <TextField block={block} path={[...ADDRESS, "country"]} label={t("paymentInput.country")} />
      </FieldGroup>
      <FieldGroup legend={t("paymentInput.labels")}>
        <TextField
          block={block}
          path={["options", "labels", "button"]}
          label={t("paymentInput.buttonLabel")}
          placeholder={t("paymentInput.pay")}
        />
        <TextField
          block={block}
          path={["options", "labels", "success"]}
          label={t("paymentInput.successMessage")}
          placeholder={t("paymentInput.success")}
        />
      </FieldGroup>
      <RetryMessageField block={block} placeholder={t("paymentInput.paymentFailedPleaseTryAgain")} />
      <SaveAnswerField block={block} />
    </>
  );
}
