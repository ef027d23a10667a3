import { SelectField, SwitchField, useBlockField } from "../../../settings/fields";
import { useEditor } from "../../../store";
import type { BlockProps } from "../../types";
import { useGroupsOf, useWorkspaceBots } from "./queries";

/** The Typebot link block's settings: a bot of the workspace (or this one), then one of its groups. */
export function Settings({ block }: BlockProps) {
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
        label="Bot"
        placeholder="Select a bot…"
        options={[
          { value: "current", label: "This bot" },
          ...others.map((bot) => ({ value: bot.id, label: bot.name })),
        ]}
      />
      {typebotId && (
        <SelectField
          block={block}
          path={["options", "groupId"]}
          label="Group"
          placeholder="Its start"
          options={groups.map((group) => ({ value: group.id, label: group.title }))}
        />
      )}
      {typebotId && typebotId !== "current" && (
        <SwitchField
          block={block}
          path={["options", "mergeResults"]}
          label="Merge answers into this bot's results"
        />
      )}
    </div>
  );
}
