import { useEditor } from "../../../store";
import type { BlockProps } from "../../types";
import { type Condition, conditionText } from "./conditions";

/** The condition block on the canvas: each item's condition in words, then the "Else" path. */
export function Node({ block }: BlockProps) {
  const variables = useEditor((state) => state.doc?.variables);
  const nameOf = (variableId?: string) => variables?.find((variable) => variable.id === variableId)?.name;
  return (
    <span className="block-summary block-lines">
      {(block.items ?? []).map((item) => (
        <span key={item.id} className="block-line">
          {conditionText(item.content as Condition | undefined, nameOf) || "Configure…"}
        </span>
      ))}
      <span className="block-line block-line-muted">Else</span>
    </span>
  );
}
