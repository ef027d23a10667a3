import { useTranslation } from "../../../../i18n";
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
  const { t } = useTranslation("blocks");
  const [eventType] = useBlockField<string>(block, ["options", "eventType"]);
  return (
    <div className="settings-fields">
      <TextField
        block={block}
        path={["options", "pixelId"]}
        label={t("pixel.pixelId")}
        placeholder="1234567890"
      />
      <SwitchField
        block={block}
        path={["options", "isInitSkip"]}
        label={t("pixel.skipInitialization")}
        help={t("pixel.whenThePageAlreadyInitializes")}
      />
      <SelectField
        block={block}
        path={["options", "eventType"]}
        label={t("pixel.event")}
        options={EVENT_TYPES}
        placeholder={t("pixel.noEvent")}
      />
      {eventType === "Custom" && (
        <TextField block={block} path={["options", "name"]} label={t("pixel.eventName")} />
      )}
      {eventType && (
        <KeyValueListField
          block={block}
          path={["options", "params"]}
          label={t("pixel.properties")}
          itemLabel={t("pixel.property")}
        />
      )}
    </div>
  );
}
