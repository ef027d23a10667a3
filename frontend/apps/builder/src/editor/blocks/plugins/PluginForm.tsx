/** The form of a plugin action's options, generated from its JSON Schema (its own lazy chunk). */
import Form from "@rjsf/core";
import {
  type ArrayFieldItemTemplateProps,
  getTemplate,
  getUiOptions,
  type IconButtonProps,
  type RJSFSchema,
  type WidgetProps,
} from "@rjsf/utils";
import validator from "@rjsf/validator-ajv8";
import { ArrowDown, ArrowUp, Copy, Plus, Trash2 } from "lucide-react";
import type { ComponentType } from "react";
import { useMemo } from "react";
import { useTranslation } from "../../../i18n";
import { VariableSelect } from "../../settings/fields";
import { useEditor } from "../../store";
import type { BlockProps } from "../types";
import { formSchema } from "./schemaForm";

/** Fields the panel edits itself, around the generated form. */
const OWN_FIELDS = ["action", "credentialsId"];

function VariableWidget({ id, value, onChange, disabled }: WidgetProps) {
  return (
    <VariableSelect
      id={id}
      value={typeof value === "string" ? value : undefined}
      onChange={onChange}
      disabled={disabled}
    />
  );
}

const WIDGETS = { variable: VariableWidget };

/** A list's add button, worded like the hand-made panels' ("+ Add an item"). */
function AddButton({ id, onClick, disabled }: IconButtonProps) {
  const { t } = useTranslation("blocks");
  return (
    <button id={id} type="button" className="list-add" onClick={onClick} disabled={disabled}>
      <Plus size={14} aria-hidden /> {t("plugins.addAnItem")}
    </button>
  );
}

/** The icon buttons of a list's item, with names a screen reader reads. */
function iconButton(label: string, Icon: ComponentType<{ size?: number; "aria-hidden"?: boolean }>) {
  return function ItemButton({ id, onClick, disabled }: IconButtonProps) {
    return (
      <button
        id={id}
        type="button"
        className="icon-button"
        aria-label={label}
        onClick={onClick}
        disabled={disabled}
      >
        <Icon size={14} aria-hidden />
      </button>
    );
  };
}

/** A list's item as a card, its buttons in the corner, like the hand-made panels' lists. */
function ArrayItem({ children, buttonsProps, hasToolbar, registry, uiSchema }: ArrayFieldItemTemplateProps) {
  const Buttons = getTemplate("ArrayFieldItemButtonsTemplate", registry, getUiOptions(uiSchema));
  return (
    <div className="list-item plugin-array-item">
      <div className="list-item-fields">{children}</div>
      {hasToolbar && (
        <div className="plugin-item-buttons">
          <Buttons {...buttonsProps} />
        </div>
      )}
    </div>
  );
}

const TEMPLATES = {
  ArrayFieldItemTemplate: ArrayItem,
  ButtonTemplates: {
    AddButton,
    RemoveButton: iconButton("Remove item", Trash2),
    MoveUpButton: iconButton("Move item up", ArrowUp),
    MoveDownButton: iconButton("Move item down", ArrowDown),
    CopyButton: iconButton("Copy item", Copy),
  },
};

export default function PluginForm({
  block,
  optionsSchema,
}: BlockProps & { optionsSchema: Record<string, unknown> }) {
  const updateBlock = useEditor((state) => state.updateBlock);
  const { schema, uiSchema } = useMemo(() => formSchema(optionsSchema), [optionsSchema]);
  const formData = useMemo(() => {
    const options = { ...(block.options ?? {}) };
    for (const field of OWN_FIELDS) delete options[field];
    return options;
  }, [block.options]);
  return (
    <div className="plugin-form">
      <Form
        schema={schema as RJSFSchema}
        uiSchema={uiSchema}
        formData={formData}
        validator={validator}
        widgets={WIDGETS}
        templates={TEMPLATES}
        showErrorList={false}
        onChange={({ formData: next }) =>
          updateBlock(
            block.id,
            (draft) => {
              const own = Object.fromEntries(OWN_FIELDS.map((field) => [field, draft.options?.[field]]));
              draft.options = { ...(next as Record<string, unknown>) };
              for (const [field, value] of Object.entries(own))
                if (value !== undefined) draft.options[field] = value;
            },
            { coalesceKey: `${block.id}:plugin-form` },
          )
        }
      />
    </div>
  );
}
