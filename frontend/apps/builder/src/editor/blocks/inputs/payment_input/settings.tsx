import { FieldGroup, SelectField, TextField } from "../../../settings/fields";
import type { BlockProps } from "../../types";
import { RetryMessageField, SaveAnswerField } from "../common";

const INFO = ["options", "additionalInformation"] as const;
const ADDRESS = [...INFO, "address"] as const;

/** The payment input's settings. */
export function Settings({ block }: BlockProps) {
  return (
    <>
      <SelectField
        block={block}
        path={["options", "provider"]}
        label="Provider"
        options={["Stripe"]}
        placeholder="Stripe"
      />
      <TextField
        block={block}
        path={["options", "credentialsId"]}
        label="Stripe credentials"
        help="The id of the workspace's Stripe credentials."
      />
      <div className="field-pair">
        <TextField block={block} path={["options", "amount"]} label="Price" placeholder="30.00" />
        <TextField block={block} path={["options", "currency"]} label="Currency" placeholder="USD" />
      </div>
      <TextField block={block} path={[...INFO, "description"]} label="Description" />
      <FieldGroup legend="Additional information">
        <TextField block={block} path={[...INFO, "name"]} label="Name" placeholder="{{Name}}" />
        <TextField block={block} path={[...INFO, "email"]} label="Receipt email" placeholder="{{Email}}" />
        <TextField block={block} path={[...INFO, "phoneNumber"]} label="Phone number" />
        <TextField block={block} path={[...ADDRESS, "line1"]} label="Address line 1" />
        <TextField block={block} path={[...ADDRESS, "line2"]} label="Address line 2" />
        <TextField block={block} path={[...ADDRESS, "city"]} label="City" />
        <TextField block={block} path={[...ADDRESS, "state"]} label="State" />
        <TextField block={block} path={[...ADDRESS, "postalCode"]} label="Postal code" />
        <TextField block={block} path={[...ADDRESS, "country"]} label="Country" />
      </FieldGroup>
      <FieldGroup legend="Labels">
        <TextField
          block={block}
          path={["options", "labels", "button"]}
          label="Button label"
          placeholder="Pay"
        />
        <TextField
          block={block}
          path={["options", "labels", "success"]}
          label="Success message"
          placeholder="Success"
        />
      </FieldGroup>
      <RetryMessageField block={block} placeholder="Payment failed. Please, try again." />
      <SaveAnswerField block={block} />
    </>
  );
}
