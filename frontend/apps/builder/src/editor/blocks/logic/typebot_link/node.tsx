import { useTranslation } from "../../../../i18n";
import type { BlockProps } from "../../types";
import { useGroupsOf, useWorkspaceBots } from "./queries";

/** The Typebot link block on the canvas: "Go to Pricing in Support bot". */
export function Node({ block }: BlockProps) {
  const { t } = useTranslation("blocks");
  const typebotId = block.options?.typebotId as string | undefined;
  const groupId = block.options?.groupId as string | undefined;
  const bots = useWorkspaceBots();
  const groups = useGroupsOf(typebotId);
  if (!typebotId) return <span className="block-summary">{t("configure")}</span>;
  const group = groups.find((candidate) => candidate.id === groupId)?.title;
  if (typebotId === "current")
    return (
      <span className="block-summary">
        {t("typebotLink.goTo", { target: group ?? t("typebotLink.aGroup") })}
      </span>
    );
  const bot =
    bots.data?.typebots.find((candidate) => candidate.id === typebotId)?.name ?? t("typebotLink.anotherBot");
  return (
    <span className="block-summary">
      {group ? t("typebotLink.goToIn", { group, bot }) : t("typebotLink.goTo", { target: bot })}
    </span>
  );
}
