import { describe, expect, it } from "vitest";
import { actionText, detailsText } from "./describe";

describe("audit events in words", () => {
  it("says a known action in words and shows an unknown one as recorded", () => {
    expect(actionText("typebot.publish")).toBe("Published the bot");
    expect(actionText("robot.dance")).toBe("robot.dance");
  });
  it("puts the name first and the other details after", () => {
    expect(detailsText({ name: "Survey", fields: ["name", "theme"], version: 3 })).toEqual({
      name: "Survey",
      rest: "fields: name, theme · version: 3",
    });
    expect(detailsText(null)).toEqual({ rest: "" });
  });
});
