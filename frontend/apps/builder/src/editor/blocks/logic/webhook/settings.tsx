import { ResponseMappingList } from "../../integrations/http_request/ResponseMappingList";
import type { BlockProps } from "../../types";

/** The webhook block's settings: what of the awaited call goes into which variables. */
export function Settings({ block }: BlockProps) {
  return (
    <div className="settings-fields">
      <p className="settings-note">
        The chat pauses here until the bot's webhook is called; the call's body is then saved into variables.
      </p>
      <ResponseMappingList block={block} path={["options", "responseVariableMapping"]} />
    </div>
  );
}
