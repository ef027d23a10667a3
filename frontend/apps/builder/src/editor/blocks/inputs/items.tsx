/** Editing a block's items (buttons, pictures, cards): add, delete and reorder them. */
import { ArrowDown, ArrowUp, Plus, Trash2 } from "lucide-react";
import type { ReactNode } from "react";
import { useTranslation } from "../../../i18n";
import { type Block, findBlock, type Item } from "../../document";
import { removeEdges } from "../../operations";
import { useEditor } from "../../store";
import "./items.css";

/** The edges leaving an item: its own, and those of its paths (a card's buttons). */
export function itemEdgeIds(item: Item): string[] {
  const paths = Array.isArray(item.paths) ? (item.paths as { outgoingEdgeId?: string }[]) : [];
  return [item.outgoingEdgeId, ...paths.map((path) => path.outgoingEdgeId)].filter(
    (id): id is string => typeof id === "string",
  );
}

/** Moves the item at `from` to `to` in place (both within the list). */
export function moveItem<T>(items: T[], from: number, to: number): void {
  const [moved] = items.splice(from, 1);
  items.splice(to, 0, moved);
}

interface ItemsEditorProps {
  block: Block;
  /** What the items are: their words are the `blocks` catalogue's `inputs.items.<noun>`. */
  noun: "button" | "card" | "picture";
  newItem: () => Item;
  /** The fields of the item at `index`. */
  children: (item: Item, index: number) => ReactNode;
}

/** The list of a block's items, each with its fields and buttons to move or delete it. */
export function ItemsEditor({ block, noun, newItem, children }: ItemsEditorProps) {
  const change = useEditor((state) => state.change);
  const updateBlock = useEditor((state) => state.updateBlock);
  const items = block.items ?? [];
  const edit = (recipe: (items: Item[]) => void) =>
    updateBlock(block.id, (draft) => {
      draft.items ??= [];
      recipe(draft.items);
    });
  const remove = (item: Item) =>
    change((draft) => {
      removeEdges(draft, itemEdgeIds(item));
      const found = findBlock(draft, block.id);
      const target = found?.group.blocks[found.index];
      if (target) target.items = target.items?.filter((other) => other.id !== item.id);
    });
  const { t } = useTranslation("blocks");
  const words = `inputs.items.${noun}` as const;
  return (
    <section className="items-editor" aria-label={t(`${words}.title`)}>
      <h3>{t(`${words}.title`)}</h3>
      <ol>
        {items.map((item, index) => (
          <li key={item.id} className="item-card">
            <div className="item-card-header">
              <span>{t(`${words}.item`, { number: index + 1 })}</span>
              <div className="item-card-actions">
                <button
                  type="button"
                  className="icon-button"
                  aria-label={t(`${words}.moveUp`, { number: index + 1 })}
                  disabled={index === 0}
                  onClick={() => edit((list) => moveItem(list, index, index - 1))}
                >
                  <ArrowUp size={14} aria-hidden />
                </button>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={t(`${words}.moveDown`, { number: index + 1 })}
                  disabled={index === items.length - 1}
                  onClick={() => edit((list) => moveItem(list, index, index + 1))}
                >
                  <ArrowDown size={14} aria-hidden />
                </button>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={t(`${words}.delete`, { number: index + 1 })}
                  disabled={items.length === 1}
                  onClick={() => remove(item)}
                >
                  <Trash2 size={14} aria-hidden />
                </button>
              </div>
            </div>
            {children(item, index)}
          </li>
        ))}
      </ol>
      <button type="button" className="add-item" onClick={() => edit((list) => void list.push(newItem()))}>
        <Plus size={14} aria-hidden />
        {t(`${words}.add`)}
      </button>
    </section>
  );
}

/** An item's text on the canvas, or a muted hint while it has none. */
export function ItemText({ text, empty }: { text: unknown; empty: string }) {
  return typeof text === "string" && text ? text : <span className="item-empty">{empty}</span>;
}
