import { useTranslation } from "../../../../i18n";
import { SwitchField, TextField } from "../../../settings/fields";
import type { BlockProps } from "../../types";

/** The audio bubble's settings. */
export function Settings({ block }: BlockProps) {
  const { t } = useTranslation("blocks");
  return (
    <>
      <TextField
        block={block}
        path={["content", "url"]}
        label={t("audio.audioUrl")}
        placeholder="https://…"
      />
      <AutoplaySwitch block={block} />
    </>
  );
}

/** Typebot plays sounds and videos by themselves unless told not to. */
export function AutoplaySwitch({ block }: BlockProps) {
  const { t } = useTranslation("blocks");
  return (
    <SwitchField
      block={block}
      path={["content", "isAutoplayEnabled"]}
      label={t("audio.playByItself")}
      defaultValue
    />
  );
}
