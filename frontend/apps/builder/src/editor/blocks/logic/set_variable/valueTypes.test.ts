import { describe, expect, it } from "vitest";
import { setVariableSentence, valueSummary, valueTypeOf } from "./valueTypes";

describe("set variable values", () => {
  it("reads no type as Custom, like Typebot", () => {
    expect(valueTypeOf({})).toBe("Custom");
    expect(valueTypeOf({ type: "Shift" })).toBe("Shift");
    expect(valueTypeOf({ type: "Unknown" })).toBe("Custom");
  });

  it("sums up the value: the expression, code, or the type", () => {
    expect(valueSummary({ expressionToEvaluate: " {{Age}} * 2 " })).toBe("{{Age}} * 2");
    expect(valueSummary({ isCode: true, expressionToEvaluate: "return 1" })).toBe("the result of code");
    expect(valueSummary({ type: "Now" })).toBe("Now");
    expect(valueSummary({ type: "Empty" })).toBe("empty");
    expect(valueSummary(undefined)).toBe("");
  });
});

describe("the set variable block in a sentence", () => {
  it("says what happens to the variable", () => {
    expect(setVariableSentence({ expressionToEvaluate: "{{Age}} * 2" }, "Total")).toBe(
      "Set Total to {{Age}} * 2",
    );
    expect(setVariableSentence({ type: "Pop" }, "List")).toBe("Pop List");
    expect(setVariableSentence({ type: "Append value(s)", item: "{{Item}}" }, "List")).toBe(
      "Append {{Item}} to List",
    );
    expect(setVariableSentence({}, "Total")).toBe("Set Total");
  });
});
