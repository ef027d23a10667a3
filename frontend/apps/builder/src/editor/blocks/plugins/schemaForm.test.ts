import { describe, expect, it } from "vitest";
import { formSchema, humanize, isVariableField } from "./schemaForm";

const OPTIONS = {
  $defs: {
    Mapping: {
      additionalProperties: true,
      description: "Saves one value.",
      properties: {
        item: { enum: ["Message content", "Total tokens"], type: "string", default: "Message content" },
        variableId: { anyOf: [{ type: "string" }, { type: "null" }], default: null, title: "Variableid" },
      },
      title: "Mapping",
      type: "object",
    },
  },
  additionalProperties: true,
  description: "Options of the action.",
  properties: {
    maxTokens: { anyOf: [{ type: "integer" }, { type: "null" }], default: null, title: "Maxtokens" },
    responseMapping: {
      default: [],
      items: { $ref: "#/$defs/Mapping" },
      type: "array",
      title: "Responsemapping",
    },
  },
  title: "ChatOptions",
  type: "object",
};

describe("formSchema", () => {
  it("inlines references, drops null alternatives and names fields after their keys", () => {
    const { schema } = formSchema(OPTIONS);
    expect(schema).toEqual({
      type: "object",
      properties: {
        maxTokens: { type: "integer", title: "Max tokens" },
        responseMapping: {
          default: [],
          type: "array",
          title: "Response mapping",
          items: {
            type: "object",
            properties: {
              item: {
                enum: ["Message content", "Total tokens"],
                type: "string",
                default: "Message content",
                title: "Item",
              },
              variableId: { type: "string", title: "Variable" },
            },
          },
        },
      },
    });
  });

  it("picks variables for variable id fields, also inside lists", () => {
    const { uiSchema } = formSchema(OPTIONS);
    expect(uiSchema.responseMapping).toEqual({
      items: { variableId: { "ui:widget": "variable" }, "ui:label": false },
    });
    expect(uiSchema["ui:submitButtonOptions"]).toEqual({ norender: true });
  });
});

describe("field names", () => {
  it("reads camel case as words, acronyms in capitals", () => {
    expect(humanize("saveUrlInVariableId")).toBe("Save URL in variable");
    expect(humanize("baseUrl")).toBe("Base URL");
    expect(humanize("apiVersion")).toBe("API version");
  });

  it("knows variable id fields", () => {
    expect(isVariableField("variableId")).toBe(true);
    expect(isVariableField("saveUrlInVariableId")).toBe(true);
    expect(isVariableField("credentialsId")).toBe(false);
  });
});
