import {
  KeyValueListField,
  SelectField,
  SwitchField,
  TextField,
  useBlockField,
} from "../../../settings/fields";
import type { BlockProps } from "../../types";

const EVENT_TYPES = [
  "Custom",
  "Lead",
  "Contact",
  "CompleteRegistration",
  "Schedule",
  "SubmitApplication",
  "ViewContent",
  "AddPaymentInfo",
  "AddToCart",
  "AddToWishlist",
  "CustomizeProduct",
  "Donate",
  "FindLocation",
  "InitiateCheckout",
  "Purchase",
  "Search",
  "StartTrial",
  "Subscribe",
];

/** The Meta Pixel block's settings: the pixel, the event and its properties. */
export function Settings({ block }: BlockProps) {
  const [eventType] = useBlockField<string>(block, ["options", "eventType"]);
  return (
    <div className="settings-fields">
      <TextField block={block} path={["options", "pixelId"]} label="Pixel id" placeholder="1234567890" />
      <SwitchField
        block={block}
        path={["options", "isInitSkip"]}
        label="Skip initialization"
        help="When the page already initializes the Pixel."
      />
      <SelectField
        block={block}
        path={["options", "eventType"]}
        label="Event"
        options={EVENT_TYPES}
        placeholder="No event"
      />
      {eventType === "Custom" && <TextField block={block} path={["options", "name"]} label="Event name" />}
      {eventType && (
        <KeyValueListField
          block={block}
          path={["options", "params"]}
          label="Properties"
          itemLabel="Property"
        />
      )}
    </div>
  );
}
