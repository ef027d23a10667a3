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
    });
    expect(vars["--bl-host-bg"]).toBe("color-mix(in srgb, #111111 50%, transparent)");
    expect(vars["--bl-host-color"]).toBe("#eeeeee");
    expect(vars["--bl-host-radius"]).toBe("20px");
    expect(vars["--bl-host-border"]).toBe("2px solid #ff0000");
    expect(vars["--bl-bg"]).toBe("#171923");
    expect(vars["--bl-buttons-direction"]).toBe("column");
    expect(vars["--bl-font"]).toMatch(/^"Inter", /);
  });

  it("uses the system font when the theme names none, and the dynamic background first", () => {
    const vars = themeVars({ general: { background: { type: "Color", content: "#fff" } } }, { backgroundUrl: "https://x/bg.png" });
    expect(vars["--bl-font"]).toBe(SYSTEM_FONT);
    expect(vars["--bl-bg"]).toBe('url("https://x/bg.png") center / cover no-repeat');
  });

  it("tells dark colors", () => {
    expect(isDark("#171923")).toBe(true);
    expect(isDark("#fff")).toBe(false);
    expect(isDark("red")).toBe(false);
    expect(withOpacity("#000", 1)).toBe("#000");
  });
});
