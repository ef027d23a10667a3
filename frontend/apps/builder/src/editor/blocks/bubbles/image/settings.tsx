import { useTranslation } from "../../../../i18n";
import { FieldGroup, TextField } from "../../../settings/fields";
import type { BlockProps } from "../../types";

/** The image bubble's settings. */
export function Settings({ block }: BlockProps) {
  const { t } = useTranslation("blocks");
  return (
    <>
      <TextField
        block={block}
        path={["content", "url"]}
        label={t("image.imageUrl")}
        placeholder="https://…"
        help={t("image.mayHold")}
      />
      <FieldGroup legend={t("image.onClick")}>
        <TextField
          block={block}
          path={["content", "clickLink", "url"]}
          label={t("image.linkUrl")}
          placeholder="https://…"
        />
        <TextField
          block={block}
          path={["content", "clickLink", "alt"]}
          label={t("image.alternativeText")}
          placeholder={t("image.bubbleImage")}
        />
      </FieldGroup>
    </>
  );
}
