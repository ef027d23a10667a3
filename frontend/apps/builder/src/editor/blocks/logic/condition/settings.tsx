import { Plus, Trash2 } from "lucide-react";
import { createId, findBlock, type Item } from "../../../document";
import { removeEdges } from "../../../operations";
import { ListField, SelectField, TextField, useBlockField, VariableField } from "../../../settings/fields";
import { useEditor } from "../../../store";
import type { BlockProps } from "../../types";
import { COMPARISON_OPERATORS, type Condition, newComparison, UNARY_OPERATORS } from "./conditions";

type Path = readonly (string | number)[];

function ComparisonFields({ block, path }: BlockProps & { path: Path }) {
  const [operator] = useBlockField<string>(block, [...path, "comparisonOperator"]);
  return (
    <div className="comparison-fields">
      <VariableField block={block} path={[...path, "variableId"]} label="Variable" />
      <SelectField
        block={block}
        path={[...path, "comparisonOperator"]}
        label="Operator"
        options={COMPARISON_OPERATORS}
      />
      {!UNARY_OPERATORS.includes(operator ?? "") && (
        <TextField block={block} path={[...path, "value"]} label="Value" placeholder="Type a value…" />
      )}
    </div>
  );
}

/** One branch: its comparisons joined by AND or OR. */
function ConditionItem({ block, index, item }: BlockProps & { index: number; item: Item }) {
  const change = useEditor((state) => state.change);
  const content = item.content as Condition | undefined;
  const path: Path = ["items", index, "content"];
  const removeItem = () =>
    change((draft) => {
      const found = findBlock(draft, block.id);
      const items = found?.group.blocks[found.index].items;
      const removed = items?.find((candidate) => candidate.id === item.id);
      if (!items || !removed) return;
      if (removed.outgoingEdgeId) removeEdges(draft, [removed.outgoingEdgeId]);
      items.splice(items.indexOf(removed), 1);
    });
  const canRemove = (block.items?.length ?? 0) > 1;
  return (
    <section className="condition-item" aria-label={`Condition ${index + 1}`}>
      <header className="condition-item-header">
        <h3>{index === 0 ? "If" : "Else if"}</h3>
        {(content?.comparisons?.length ?? 0) > 1 && (
          <SelectField
            block={block}
            path={[...path, "logicalOperator"]}
            label="Match"
            options={[
              { value: "AND", label: "All comparisons (AND)" },
              { value: "OR", label: "Any comparison (OR)" },
            ]}
          />
        )}
        {canRemove && (
          <button
            type="button"
            className="icon-button"
            aria-label={`Remove condition ${index + 1}`}
            onClick={removeItem}
          >
            <Trash2 size={14} aria-hidden />
          </button>
        )}
      </header>
      <ListField block={block} path={[...path, "comparisons"]} label="Comparisons" itemLabel="Comparison">
        {(itemPath) => <ComparisonFields block={block} path={itemPath} />}
      </ListField>
    </section>
  );
}

/** The condition block's settings: the condition builder, one section per branch. */
export function Settings({ block }: BlockProps) {
  const updateBlock = useEditor((state) => state.updateBlock);
  const addItem = () =>
    updateBlock(block.id, (draft) => {
      draft.items = [
        ...(draft.items ?? []),
        { id: createId(), content: { logicalOperator: "AND", comparisons: [newComparison()] } },
      ];
    });
  return (
    <div className="settings-fields condition-builder">
      {(block.items ?? []).map((item, index) => (
        <ConditionItem key={item.id} block={block} index={index} item={item} />
      ))}
      <button type="button" className="list-add" onClick={addItem}>
        <Plus size={14} aria-hidden /> Add a condition
      </button>
      <p className="settings-note">When no condition holds, the chat follows the block's “Else” path.</p>
    </div>
  );
}
