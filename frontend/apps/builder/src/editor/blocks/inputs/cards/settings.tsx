import { Plus, Trash2 } from "lucide-react";
import { useTranslation } from "../../../../i18n";
import { createId, findBlock, type Item } from "../../../document";
import { removeEdges } from "../../../operations";
import { labelled, SelectField, TextField, VariableField } from "../../../settings/fields";
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

const CARD_FIELDS = ["Image URL", "Title", "Description", "Button", "Internal Value"] as const;

/** The buttons of one card: each is a path of its own on the canvas. */
function CardPaths({ block, item, index }: BlockProps & { item: Item; index: number }) {
  const { t } = useTranslation("blocks");
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
      <legend>{t("cards.cardButtons", { card: index + 1 })}</legend>
      {paths.map((path, pathIndex) => (
        <div key={path.id} className="field-row path-row">
          <TextField
            block={block}
            path={["items", index, "paths", pathIndex, "text"]}
            label={t("cards.buttonText", { card: index + 1, button: pathIndex + 1 })}
            placeholder={t("cards.select")}
          />
          <button
            type="button"
            className="icon-button"
            aria-label={t("cards.deleteButton", { card: index + 1, button: pathIndex + 1 })}
            disabled={paths.length === 1}
            onClick={() => remove(path)}
          >
            <Trash2 size={14} aria-hidden />
          </button>
        </div>
      ))}
      <button type="button" onClick={() => editPaths((list) => void list.push({ id: createId(), text: "" }))}>
        <Plus size={14} aria-hidden />
        {t("cards.addButton", { card: index + 1 })}
      </button>
    </fieldset>
  );
}

/** Which part of the chosen card goes into which variable. */
function ResponseMapping({ block }: BlockProps) {
  const { t } = useTranslation("blocks");
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
      <legend>{t("cards.savePartsOfTheChosen")}</legend>
      {mappings.map((mapping, index) => (
        <div key={mapping.id} className="mapping-row">
          <SelectField
            block={block}
            path={["options", "saveResponseMapping", index, "field"]}
            label={t("cards.part", { part: index + 1 })}
            options={labelled(CARD_FIELDS, (field) => t(`cards.fields.${field}`))}
          />
          <VariableField
            block={block}
            path={["options", "saveResponseMapping", index, "variableId"]}
            label={t("cards.partVariable", { part: index + 1 })}
          />
          <button type="button" onClick={() => edit((list) => void list.splice(index, 1))}>
            {t("cards.removePart", { part: index + 1 })}
          </button>
        </div>
      ))}
      <button type="button" onClick={() => edit((list) => void list.push({ id: createId() }))}>
        <Plus size={14} aria-hidden />
        {t("cards.saveAPartOfThe")}
      </button>
    </fieldset>
  );
}

/** The cards input's settings: its cards with their buttons, then where the choice is saved. */
export function Settings({ block }: BlockProps) {
  const { t } = useTranslation("blocks");
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
              label={t("cards.imageUrl", { card: index + 1 })}
              placeholder="https://…"
            />
            <TextField
              block={block}
              path={["items", index, "title"]}
              label={t("cards.title", { card: index + 1 })}
            />
            <TextField
              block={block}
              path={["items", index, "description"]}
              label={t("cards.description", { card: index + 1 })}
              multiline
            />
            <TextField
              block={block}
              path={["items", index, "options", "internalValue"]}
              label={t("cards.savedValue", { card: index + 1 })}
              placeholder={t("cards.sameAsTheButton")}
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
