import { NumberField } from "../../../settings/fields";
import type { BlockProps } from "../../types";

/** The AB test block's settings: the share of visitors sent down path A. */
export function Settings({ block }: BlockProps) {
  return (
    <div className="settings-fields">
      <NumberField
        block={block}
        path={["options", "aPercent"]}
        label="Percent of visitors on path A"
        min={0}
        max={100}
        help="The others go down path B."
      />
    </div>
  );
}
