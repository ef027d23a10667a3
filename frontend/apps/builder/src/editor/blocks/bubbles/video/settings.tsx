import { useTranslation } from "../../../../i18n";
import { FieldGroup, SelectField, SwitchField, TextField } from "../../../settings/fields";
import type { BlockProps } from "../../types";
import { AutoplaySwitch } from "../audio/settings";
import { videoSource } from "./source";

/** The video bubble's settings: the URL (the provider and id are read from it), size and player. */
export function Settings({ block }: BlockProps) {
  const { t } = useTranslation("blocks");
  return (
    <>
      <TextField
        block={block}
        path={["content", "url"]}
        label={t("video.videoUrl")}
        placeholder="https://youtube.com/watch?v=…"
        help={t("video.aFileUrlOrA")}
        also={(draft, url) => Object.assign(draft.content ?? {}, videoSource(url))}
      />
      <FieldGroup legend={t("video.size")}>
        <TextField block={block} path={["content", "height"]} label={t("video.height")} placeholder="400" />
        <SelectField
          block={block}
          path={["content", "aspectRatio"]}
          label={t("video.aspectRatio")}
          options={["16/9", "9/16", "4/3", "1/1"]}
          placeholder="16/9"
        />
        <TextField
          block={block}
          path={["content", "maxWidth"]}
          label={t("video.maximumWidth")}
          placeholder="100%"
        />
      </FieldGroup>
      <SwitchField
        block={block}
        path={["content", "areControlsDisplayed"]}
        label={t("video.showTheControls")}
        defaultValue
      />
      <AutoplaySwitch block={block} />
      <TextField
        block={block}
        path={["content", "queryParamsStr"]}
        label={t("video.playerParameters")}
        placeholder="start=10"
      />
    </>
  );
}
