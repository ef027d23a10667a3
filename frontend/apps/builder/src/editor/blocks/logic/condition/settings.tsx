import { Plus, Trash2 } from "lucide-react";
import { useTranslation } from "../../../../i18n";
import { createId, findBlock, type Item } from "../../../document";
import { removeEdges } from "../../../operations";
import {
  ListField,
  labelled,
  SelectField,
  TextField,
  useBlockField,
  VariableField,
} from "../../../settings/fields";
import { useEditor } from "../../../store";
import type { BlockProps } from "../../types";
import { COMPARISON_OPERATORS, type Condition, newComparison, UNARY_OPERATORS } from "./conditions";

type Path = readonly (string | number)[];

function ComparisonFields({ block, path }: BlockProps & { path: Path }) {
  const { t } = useTranslation("blocks");
  const [operator] = useBlockField<string>(block, [...path, "comparisonOperator"]);
  return (
    <div className="comparison-fields">
      <VariableField block={block} path={[...path, "variableId"]} label={t("condition.variable")} />
      <SelectField
        block={block}
        path={[...path, "comparisonOperator"]}
        label={t("condition.operator")}
        options={labelled(COMPARISON_OPERATORS, (operator) => t(`condition.operators.${operator}`))}
      />
      {!UNARY_OPERATORS.includes(operator ?? "") && (
        <TextField
          block={block}
          path={[...path, "value"]}
          label={t("condition.value")}
          placeholder={t("condition.typeAValue")}
        />
      )}
    </div>
  );
}

/** One branch: its comparisons joined by AND or OR. */
function ConditionItem({ block, index, item }: BlockProps & { index: number; item: Item }) {
  const { t } = useTranslation("blocks");
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
    <section className="condition-item" aria-label={t("condition.numbered", { number: index + 1 })}>
      <header className="condition-item-header">
        <h3>{index === 0 ? t("condition.if") : t("condition.elseIf")}</h3>
        {(content?.comparisons?.length ?? 0) > 1 && (
          <SelectField
            block={block}
            path={[...path, "logicalOperator"]}
            label={t("condition.match")}
            options={[
              { value: "AND", label: t("condition.allComparisonsAnd") },
              { value: "OR", label: t("condition.anyComparisonOr") },
            ]}
          />
        )}
        {canRemove && (
          <button
            type="button"
            className="icon-button"
            aria-label={t("condition.remove", { number: index + 1 })}
            onClick={removeItem}
          >
            <Trash2 size={14} aria-hidden />
          </button>
        )}
      </header>
      <ListField
        block={block}
        path={[...path, "comparisons"]}
        label={t("condition.comparisons")}
        itemLabel={t("condition.comparison")}
      >
        {(itemPath) => <ComparisonFields block={block} path={itemPath} />}
      </ListField>
    </section>
  );
}

/** The condition block's settings: the condition builder, one section per branch. */
export function Settings({ block }: BlockProps) {
  const { t } = useTranslation("blocks");
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
        <Plus size={14} aria-hidden /> {t("condition.addACondition")}
      </button>
      <p className="settings-note">{t("condition.whenNoConditionHoldsThe")}</p>
    </div>
  );
}
