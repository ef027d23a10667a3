import { useTranslation } from "../../../../i18n";
import { SelectField, SwitchField, useBlockField } from "../../../settings/fields";
import { useEditor } from "../../../store";
import type { BlockProps } from "../../types";
import { useGroupsOf, useWorkspaceBots } from "./queries";

/** The Typebot link block's settings: a bot of the workspace (or this one), then one of its groups. */
export function Settings({ block }: BlockProps) {
  const { t } = useTranslation("blocks");
  const ownId = useEditor((state) => state.doc?.id);
  const bots = useWorkspaceBots();
  const [typebotId] = useBlockField<string>(block, ["options", "typebotId"]);
  const groups = useGroupsOf(typebotId);
  const others = (bots.data?.typebots ?? []).filter((bot) => bot.id !== ownId);
  return (
    <div className="settings-fields">
      <SelectField
        block={block}
        path={["options", "typebotId"]}
        label={t("typebotLink.bot")}
        placeholder={t("typebotLink.selectABot")}
        options={[
          { value: "current", label: t("typebotLink.thisBot") },
          ...others.map((bot) => ({ value: bot.id, label: bot.name })),
        ]}
      />
      {typebotId && (
        <SelectField
          block={block}
          path={["options", "groupId"]}
          label={t("typebotLink.group")}
          placeholder={t("typebotLink.itsStart")}
          options={groups.map((group) => ({ value: group.id, label: group.title }))}
        />
      )}
      {typebotId && typebotId !== "current" && (
        <SwitchField
          block={block}
          path={["options", "mergeResults"]}
          label={t("typebotLink.mergeAnswersIntoThisBot")}
        />
      )}
    </div>
  );
}
