import { Plus, Trash2 } from "lucide-react";
import { createId, findBlock, type Item } from "../../../document";
import { removeEdges } from "../../../operations";
import { SelectField, TextField, VariableField } from "../../../settings/fields";
import { useEditor } from "../../../store";
import type { BlockProps } from "../../types";
import { SaveAnswerField } from "../common";
import { ItemsEditor } from "../items";

interface CardPath {
  id: string;
  text?: string;
  outgoingEdgeId?: string;
}

interface Mapping {
  id: string;
  field?: string;
  variableId?: string;
}

const CARD_FIELDS = ["Image URL", "Title", "Description", "Button", "Internal Value"];

/** The buttons of one card: each is a path of its own on the canvas. */
function CardPaths({ block, item, index }: BlockProps & { item: Item; index: number }) {
  const updateBlock = useEditor((state) => state.updateBlock);
  const change = useEditor((state) => state.change);
  const paths = (item.paths ?? []) as CardPath[];
  const editPaths = (recipe: (paths: CardPath[]) => void) =>
    updateBlock(block.id, (draft) => {
      const target = draft.items?.[index];
      if (!target) return;
      target.paths ??= [];
      recipe(target.paths as CardPath[]);
    });
  const remove = (path: CardPath) =>
    change((draft) => {
      if (path.outgoingEdgeId) removeEdges(draft, [path.outgoingEdgeId]);
      const found = findBlock(draft, block.id);
      const card = found?.group.blocks[found.index].items?.[index];
      if (card) card.paths = (card.paths as CardPath[]).filter((other) => other.id !== path.id);
    });
  return (
    <fieldset className="field-group">
      <legend>{`Card ${index + 1} buttons`}</legend>
      {paths.map((path, pathIndex) => (
        <div key={path.id} className="field-row path-row">
          <TextField
            block={block}
            path={["items", index, "paths", pathIndex, "text"]}
            label={`Card ${index + 1} button ${pathIndex + 1} text`}
            placeholder="Select"
          />
          <button
            type="button"
            className="icon-button"
            aria-label={`Delete card ${index + 1} button ${pathIndex + 1}`}
            disabled={paths.length === 1}
            onClick={() => remove(path)}
          >
            <Trash2 size={14} aria-hidden />
          </button>
        </div>
      ))}
      <button type="button" onClick={() => editPaths((list) => void list.push({ id: createId(), text: "" }))}>
        <Plus size={14} aria-hidden />
        {`Add a button to card ${index + 1}`}
      </button>
    </fieldset>
  );
}

/** Which part of the chosen card goes into which variable. */
function ResponseMapping({ block }: BlockProps) {
  const updateBlock = useEditor((state) => state.updateBlock);
  const mappings = (block.options?.saveResponseMapping ?? []) as Mapping[];
  const edit = (recipe: (list: Mapping[]) => void) =>
    updateBlock(block.id, (draft) => {
      draft.options ??= {};
      draft.options.saveResponseMapping ??= [];
      recipe(draft.options.saveResponseMapping as Mapping[]);
    });
  return (
    <fieldset className="field-group">
      <legend>Save parts of the chosen card</legend>
      {mappings.map((mapping, index) => (
        <div key={mapping.id} className="mapping-row">
          <SelectField
            block={block}
            path={["options", "saveResponseMapping", index, "field"]}
            label={`Part ${index + 1}`}
            options={CARD_FIELDS}
          />
          <VariableField
            block={block}
            path={["options", "saveResponseMapping", index, "variableId"]}
            label={`Part ${index + 1} variable`}
          />
          <button type="button" onClick={() => edit((list) => void list.splice(index, 1))}>
            {`Remove part ${index + 1}`}
          </button>
        </div>
      ))}
      <button type="button" onClick={() => edit((list) => void list.push({ id: createId() }))}>
        <Plus size={14} aria-hidden />
        Save a part of the card
      </button>
    </fieldset>
  );
}

/** The cards input's settings: its cards with their buttons, then where the choice is saved. */
export function Settings({ block }: BlockProps) {
  return (
    <>
      <ItemsEditor
        block={block}
        noun="card"
        newItem={() => ({ id: createId(), paths: [{ id: createId(), text: "Select" }] })}
      >
        {(item, index) => (
          <>
            <TextField
              block={block}
              path={["items", index, "imageUrl"]}
              label={`Card ${index + 1} image URL`}
              placeholder="https://…"
            />
            <TextField block={block} path={["items", index, "title"]} label={`Card ${index + 1} title`} />
            <TextField
              block={block}
              path={["items", index, "description"]}
              label={`Card ${index + 1} description`}
              multiline
            />
            <TextField
              block={block}
              path={["items", index, "options", "internalValue"]}
              label={`Card ${index + 1} saved value`}
              placeholder="Same as the button"
            />
            <CardPaths block={block} item={item} index={index} />
          </>
        )}
      </ItemsEditor>
      <SaveAnswerField block={block} />
      <ResponseMapping block={block} />
    </>
  );
}
