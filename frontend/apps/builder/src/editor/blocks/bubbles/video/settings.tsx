import { FieldGroup, SelectField, SwitchField, TextField } from "../../../settings/fields";
import type { BlockProps } from "../../types";
import { AutoplaySwitch } from "../audio/settings";
import { videoSource } from "./source";

/** The video bubble's settings: the URL (the provider and id are read from it), size and player. */
export function Settings({ block }: BlockProps) {
  return (
    <>
      <TextField
        block={block}
        path={["content", "url"]}
        label="Video URL"
        placeholder="https://youtube.com/watch?v=…"
        help="A file URL, or a YouTube, Vimeo, TikTok or Gumlet link."
        also={(draft, url) => Object.assign(draft.content ?? {}, videoSource(url))}
      />
      <FieldGroup legend="Size">
        <TextField block={block} path={["content", "height"]} label="Height" placeholder="400" />
        <SelectField
          block={block}
          path={["content", "aspectRatio"]}
          label="Aspect ratio"
          options={["16/9", "9/16", "4/3", "1/1"]}
          placeholder="16/9"
        />
        <TextField block={block} path={["content", "maxWidth"]} label="Maximum width" placeholder="100%" />
      </FieldGroup>
      <SwitchField
        block={block}
        path={["content", "areControlsDisplayed"]}
        label="Show the controls"
        defaultValue
      />
      <AutoplaySwitch block={block} />
      <TextField
        block={block}
        path={["content", "queryParamsStr"]}
        label="Player parameters"
        placeholder="start=10"
      />
    </>
  );
}
