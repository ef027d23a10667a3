import { FieldGroup, TextField } from "../../../settings/fields";
import type { BlockProps } from "../../types";

/** The image bubble's settings. */
export function Settings({ block }: BlockProps) {
  return (
    <>
      <TextField
        block={block}
        path={["content", "url"]}
        label="Image URL"
        placeholder="https://…"
        help="May hold {{variables}}."
      />
      <FieldGroup legend="On click">
        <TextField
          block={block}
          path={["content", "clickLink", "url"]}
          label="Link URL"
          placeholder="https://…"
        />
        <TextField
          block={block}
          path={["content", "clickLink", "alt"]}
          label="Alternative text"
          placeholder="Bubble image"
        />
      </FieldGroup>
    </>
  );
}
