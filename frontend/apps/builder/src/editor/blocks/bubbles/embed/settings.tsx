import { useTranslation } from "../../../../i18n";
import { FieldGroup, SwitchField, TextField, VariableField } from "../../../settings/fields";
import type { BlockProps } from "../../types";

const WAIT = ["content", "waitForEvent"] as const;

/** The embed bubble's settings: the page, its height, and the event the bot may wait for. */
export function Settings({ block }: BlockProps) {
  const { t } = useTranslation("blocks");
  const waits = Boolean((block.content?.waitForEvent as { isEnabled?: boolean } | undefined)?.isEnabled);
  return (
    <>
      <TextField block={block} path={["content", "url"]} label={t("embed.pageUrl")} placeholder="https://…" />
      <TextField block={block} path={["content", "height"]} label={t("embed.height")} placeholder="400" />
      <FieldGroup legend={t("embed.waitForAnEvent")}>
        <SwitchField block={block} path={[...WAIT, "isEnabled"]} label={t("embed.waitUntilThePageSends")} />
        {waits && (
          <>
            <TextField block={block} path={[...WAIT, "name"]} label={t("embed.eventName")} />
            <VariableField
              block={block}
              path={[...WAIT, "saveDataInVariableId"]}
              label={t("embed.saveTheEventSData")}
            />
          </>
        )}
      </FieldGroup>
    </>
  );
}
