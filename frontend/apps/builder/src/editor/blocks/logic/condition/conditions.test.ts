import { describe, expect, it } from "vitest";
import { comparisonText, conditionText } from "./conditions";

const names: Record<string, string> = { v1: "Email", v2: "Rating" };
const nameOf = (id?: string) => (id ? names[id] : undefined);

describe("conditions in words", () => {
  it("reads a comparison as variable, operator, value", () => {
    expect(
      comparisonText({ id: "c", variableId: "v1", comparisonOperator: "Ends with", value: ".test" }, "Email"),
    ).toBe("Email ends with .test");
  });

  it("has no value for operators that compare with nothing, and marks blanks", () => {
    expect(comparisonText({ id: "c", comparisonOperator: "Is set" }, "Email")).toBe("Email is set");
    expect(comparisonText({ id: "c" }, undefined)).toBe("… … …");
  });

  it("joins comparisons with the condition's operator", () => {
    const comparisons = [
      { id: "a", variableId: "v1", comparisonOperator: "Contains", value: "@" },
      { id: "b", variableId: "v2", comparisonOperator: "Greater than", value: "3" },
    ];
    expect(conditionText({ logicalOperator: "OR", comparisons }, nameOf)).toBe(
      "Email contains @ or Rating greater than 3",
    );
    expect(conditionText({ comparisons }, nameOf)).toBe("Email contains @ and Rating greater than 3");
    expect(conditionText(undefined, nameOf)).toBe("");
  });
});
