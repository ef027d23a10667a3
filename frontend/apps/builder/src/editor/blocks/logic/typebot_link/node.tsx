import type { BlockProps } from "../../types";
import { useGroupsOf, useWorkspaceBots } from "./queries";

/** The Typebot link block on the canvas: "Go to Pricing in Support bot". */
export function Node({ block }: BlockProps) {
  const typebotId = block.options?.typebotId as string | undefined;
  const groupId = block.options?.groupId as string | undefined;
  const bots = useWorkspaceBots();
  const groups = useGroupsOf(typebotId);
  if (!typebotId) return <span className="block-summary">Configure…</span>;
  const group = groups.find((candidate) => candidate.id === groupId)?.title;
  if (typebotId === "current") return <span className="block-summary">Go to {group ?? "a group"}</span>;
  const bot = bots.data?.typebots.find((candidate) => candidate.id === typebotId)?.name ?? "another bot";
  return <span className="block-summary">{group ? `Go to ${group} in ${bot}` : `Go to ${bot}`}</span>;
}
