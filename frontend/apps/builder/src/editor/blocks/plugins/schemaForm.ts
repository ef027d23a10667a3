/**
 * Turns a plugin action's options schema (Pydantic's JSON Schema) into what the generated form
 * shows well: references inlined, "X or null" as X, titles from the field names, and a uiSchema
 * that picks the bot's variables for fields holding a variable id.
 */

type Schema = Record<string, unknown>;
export type UiSchema = Record<string, unknown>;

/** "maxTokens" → "Max tokens", "saveUrlInVariableId" → "Save URL in variable". */
export function humanize(key: string): string {
  const words = key
    .replace(/Id$/, "")
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/[_-]+/g, " ")
    .trim()
    .toLowerCase();
  const sentence = words.charAt(0).toUpperCase() + words.slice(1);
  return sentence.replace(/\b(url|api|id)\b/gi, (acronym) => acronym.toUpperCase());
}

/** Whether a field holds a variable's id (`variableId`, `saveUrlInVariableId`...). */
export function isVariableField(key: string): boolean {
  return /(^v|V)ariableId$/.test(key);
}

function isNull(schema: unknown): boolean {
  return typeof schema === "object" && schema !== null && (schema as Schema).type === "null";
}

const MAX_DEPTH = 8;

function simplify(node: Schema, defs: Record<string, Schema>, depth: number): Schema {
  if (depth > MAX_DEPTH) return {};
  let schema: Schema = { ...node };
  const ref = schema.$ref;
  if (typeof ref === "string" && ref.startsWith("#/$defs/")) {
    // A definition's title and description are its model's, not the field's.
    const { $ref: _, ...rest } = schema;
    const {
      title: _title,
      description: _description,
      ...definition
    } = defs[ref.slice("#/$defs/".length)] ?? {};
    schema = { ...definition, ...rest };
  }
  const anyOf = schema.anyOf;
  if (Array.isArray(anyOf)) {
    const options = anyOf.filter((option) => !isNull(option));
    if (options.length === 1) {
      const { anyOf: _, ...rest } = schema;
      schema = { ...(options[0] as Schema), ...rest };
      if (typeof schema.$ref === "string") return simplify(schema, defs, depth + 1);
    }
  }
  if (schema.default === null) delete schema.default;
  delete schema.additionalProperties;
  const properties = schema.properties as Record<string, Schema> | undefined;
  if (properties) {
    delete schema.description;
    schema.properties = Object.fromEntries(
      Object.entries(properties).map(([key, child]) => [
        key,
        { ...simplify(child, defs, depth + 1), title: humanize(key) },
      ]),
    );
  }
  if (schema.items && typeof schema.items === "object") {
    const items = simplify(schema.items as Schema, defs, depth + 1);
    delete items.title;
    schema.items = items;
  }
  return schema;
}

function uiFor(schema: Schema): UiSchema {
  const ui: UiSchema = {};
  const properties = schema.properties as Record<string, Schema> | undefined;
  for (const [key, child] of Object.entries(properties ?? {})) {
    if (isVariableField(key) && child.type === "string") ui[key] = { "ui:widget": "variable" };
    else if (child.type === "object") ui[key] = uiFor(child);
    else if (child.type === "array" && child.items)
      ui[key] = { items: { ...uiFor(child.items as Schema), "ui:label": false } };
  }
  return ui;
}

/** The form's schema and uiSchema for an action's options schema. */
export function formSchema(optionsSchema: Schema): { schema: Schema; uiSchema: UiSchema } {
  const { $defs, ...root } = optionsSchema;
  const schema = simplify(root, ($defs ?? {}) as Record<string, Schema>, 0);
  delete schema.title;
  return {
    schema,
    uiSchema: { ...uiFor(schema), "ui:submitButtonOptions": { norender: true } },
  };
}
