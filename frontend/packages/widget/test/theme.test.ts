import { describe, expect, it } from "vitest";
import { isDark, SYSTEM_FONT, themeVars, withOpacity } from "../src/theme";

describe("theme", () => {
  it("maps bubble styles to custom properties", () => {
    const vars = themeVars({
      chat: {
        hostBubbles: { backgroundColor: "#111111", color: "#eeeeee", opacity: 0.5, border: { thickness: 2, color: "#ff0000", roundeness: "large" } },
        buttonsInput: { layout: "vertical" },
      },
      general: { background: { type: "Color", content: "#171923" }, font: "Inter" },
    }, "6.1");
    expect(vars["--bl-host-bg"]).toBe("color-mix(in srgb, #111111 50%, transparent)");
    expect(vars["--bl-host-color"]).toBe("#eeeeee");
    expect(vars["--bl-host-radius"]).toBe("20px");
    expect(vars["--bl-host-border"]).toBe("2px solid #ff0000");
    expect(vars["--bl-bg"]).toBe("#171923");
    expect(vars["--bl-buttons-direction"]).toBe("column");
    expect(vars["--bl-font"]).toMatch(/^"Inter", /);
  });

  it("uses Typebot's default font when the theme names none, and the dynamic background first", () => {
    const vars = themeVars({ general: { background: { type: "Color", content: "#fff" } } }, "6.1", { backgroundUrl: "https://x/bg.png" });
    expect(vars["--bl-font"]).toBe(`"Open Sans", ${SYSTEM_FONT}`);
    expect(vars["--bl-bg"]).toBe('url("https://x/bg.png") center / cover no-repeat');
  });

  it("fills what the theme leaves unset with the defaults of the bot's version", () => {
    const newer = themeVars({}, "6.1");
    expect(newer["--bl-bg"]).toBe("#F8F8F8");
    expect(newer["--bl-btn-bg"]).toBe("#FF5924");
    expect(newer["--bl-host-border"]).toBe("1px solid #DFDFDF");
    expect(newer["--bl-input-shadow"]).toBe("none");
    const older = themeVars({}, "6");
    expect(older["--bl-bg"]).toBe("#FFFFFF");
    expect(older["--bl-btn-bg"]).toBe("#0042DA");
    expect(older["--bl-host-border"]).toBe("none");
    expect(older["--bl-input-shadow"]).not.toBe("none");
    expect(themeVars({}, undefined)["--bl-btn-bg"]).toBe("#0042DA");
    const custom = themeVars({ chat: { buttons: { backgroundColor: "#000", border: { roundeness: "none" } } } }, "6.1");
    expect(custom["--bl-btn-bg"]).toBe("#000");
    expect(custom["--bl-btn-border"]).toBe("1px solid #000");
    expect(custom["--bl-btn-radius"]).toBe("0");
  });

  it("tells dark colors", () => {
    expect(isDark("#171923")).toBe(true);
    expect(isDark("#fff")).toBe(false);
    expect(isDark("red")).toBe(false);
    expect(withOpacity("#000", 1)).toBe("#000");
  });
});
