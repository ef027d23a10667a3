import { FieldGroup, SwitchField, TextField, VariableField } from "../../../settings/fields";
import type { BlockProps } from "../../types";

const WAIT = ["content", "waitForEvent"] as const;

/** The embed bubble's settings: the page, its height, and the event the bot may wait for. */
export function Settings({ block }: BlockProps) {
  const waits = Boolean((block.content?.waitForEvent as { isEnabled?: boolean } | undefined)?.isEnabled);
  return (
    <>
      <TextField block={block} path={["content", "url"]} label="Page URL" placeholder="https://…" />
      <TextField block={block} path={["content", "height"]} label="Height" placeholder="400" />
      <FieldGroup legend="Wait for an event">
        <SwitchField block={block} path={[...WAIT, "isEnabled"]} label="Wait until the page sends an event" />
        {waits && (
          <>
            <TextField block={block} path={[...WAIT, "name"]} label="Event name" />
            <VariableField
              block={block}
              path={[...WAIT, "saveDataInVariableId"]}
              label="Save the event's data in"
            />
          </>
        )}
      </FieldGroup>
    </>
  );
}
