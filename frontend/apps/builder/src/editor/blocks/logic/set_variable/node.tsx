import { useVariableName } from "../../../settings/fields";
import type { BlockProps } from "../../types";
import { valueSummary } from "./valueTypes";

/** The set variable block on the canvas: "Set Total to {{Age}} * 2". */
export function Node({ block }: BlockProps) {
  const name = useVariableName(block.options?.variableId);
  if (!name) return <span className="block-summary">Configure…</span>;
  const value = valueSummary(block.options);
  return <span className="block-summary">{value ? `Set ${name} to ${value}` : `Set ${name}`}</span>;
}
