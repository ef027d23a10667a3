import { useTranslation } from "../../../../i18n";
import { SelectField, useBlockField } from "../../../settings/fields";
import { useEditor } from "../../../store";
import { definitionOf } from "../../registry";
import type { BlockProps } from "../../types";

/** The jump block's settings: a group of this bot, then optionally one of its blocks. */
export function Settings({ block }: BlockProps) {
  const { t } = useTranslation("blocks");
  const groups = useEditor((state) => state.doc?.groups ?? []);
  const [groupId] = useBlockField<string>(block, ["options", "groupId"]);
  const target = groups.find((group) => group.id === groupId);
  const own = groups.find((group) => group.blocks.some((candidate) => candidate.id === block.id));
  return (
    <div className="settings-fields">
      <SelectField
        block={block}
        path={["options", "groupId"]}
        label={t("jump.group")}
        placeholder={t("jump.selectAGroup")}
        options={groups
          .filter((group) => group.id !== own?.id)
          .map((group) => ({ value: group.id, label: group.title }))}
      />
      {target && (
        <SelectField
          block={block}
          path={["options", "blockId"]}
          label={t("jump.block")}
          placeholder={t("jump.itsFirstBlock")}
          options={target.blocks.map((candidate, index) => ({
            value: candidate.id,
            label: `${index + 1}. ${definitionOf(candidate.type).label}`,
          }))}
        />
      )}
    </div>
  );
}
