import { useTranslation } from "../../../../i18n";
import { useEditor } from "../../../store";
import type { BlockProps } from "../../types";

/** The jump block on the canvas: the group it jumps to. */
export function Node({ block }: BlockProps) {
  const { t } = useTranslation("blocks");
  const groupId = block.options?.groupId;
  const title = useEditor((state) => state.doc?.groups.find((group) => group.id === groupId)?.title);
  return (
    <span className="block-summary">{title ? t("jump.summary", { group: title }) : t("configure")}</span>
  );
}
