/** The form of a plugin action's options, generated from its JSON Schema (its own lazy chunk). */
import Form from "@rjsf/core";
import type { RJSFSchema, WidgetProps } from "@rjsf/utils";
import validator from "@rjsf/validator-ajv8";
import { useMemo } from "react";
import { useEditor } from "../../store";
import type { BlockProps } from "../types";
import { formSchema } from "./schemaForm";

/** Fields the panel edits itself, around the generated form. */
const OWN_FIELDS = ["action", "credentialsId"];

function VariableWidget({ id, value, onChange, disabled }: WidgetProps) {
  const variables = useEditor((state) => state.doc?.variables ?? []);
  return (
    <select
      id={id}
      value={typeof value === "string" ? value : ""}
      disabled={disabled}
      onChange={(event) => onChange(event.target.value || undefined)}
    >
      <option value="">No variable</option>
      {variables.map((variable) => (
        <option key={variable.id} value={variable.id}>
          {variable.name}
        </option>
      ))}
    </select>
  );
}

const WIDGETS = { variable: VariableWidget };

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
