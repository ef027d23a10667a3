import { describe, expect, it } from "vitest";
import type { BotDocument } from "../document";
import { applyTheme, defaultShown, PRESETS, themeDefaults, toHexColor } from "./themeModel";

function bot(theme: unknown, version = "6.1"): BotDocument {
  return { id: "b", name: "Bot", version, groups: [], edges: [], events: [], variables: [], theme };
}

describe("theme defaults", () => {
  it("follow the document's version", () => {
    expect(themeDefaults("6.1").buttons.backgroundColor).toBe("#FF5924");
    expect(themeDefaults("6").buttons.backgroundColor).toBe("#0042DA");
    expect(themeDefaults("7.0").background).toBe("#F8F8F8");
    expect(themeDefaults(undefined).background).toBe("#FFFFFF");
  });

  it("are shown by path where the theme is silent", () => {
    const shown = defaultShown(themeDefaults("6.1"));
    expect(shown["chat.buttons.backgroundColor"]).toBe("#FF5924");
    expect(shown["chat.inputs.placeholderColor"]).toBe("#9095A0");
    expect(shown["chat.hostBubbles.placeholderColor"]).toBeUndefined();
    expect(shown["general.progressBar.thickness"]).toBe("4");
  });
});

describe("toHexColor", () => {
  it("reads what a colour input can show", () => {
    expect(toHexColor("#ABC")).toBe("#aabbcc");
    expect(toHexColor(" #0042DA ")).toBe("#0042da");
    expect(toHexColor("red")).toBeNull();
    expect(toHexColor("rgba(0,0,0,.5)")).toBeNull();
    expect(toHexColor(undefined)).toBeNull();
  });
});

describe("applyTheme", () => {
  it("replaces the whole theme with a copy of the preset", () => {
    const doc = bot({ customCss: "x{}", chat: { buttons: { backgroundColor: "#000" } } });
    applyTheme(doc, PRESETS.dark);
    expect(doc.theme).toEqual(PRESETS.dark);
    expect(doc.theme).not.toBe(PRESETS.dark);
    (doc.theme as { chat: { buttons: { color: string } } }).chat.buttons.color = "#123456";
    expect(PRESETS.dark.chat?.buttons?.color).toBe("#FFFFFF");
  });

  it("keeps the bot's avatar pictures unless the theme names its own", () => {
    const doc = bot({ chat: { hostAvatar: { isEnabled: true, url: "https://x.test/me.png" } } });
    applyTheme(doc, PRESETS.light);
    expect(doc.theme).toMatchObject({
      chat: { hostAvatar: { isEnabled: true, url: "https://x.test/me.png" } },
    });
    applyTheme(doc, { chat: { hostAvatar: { isEnabled: true, url: "https://x.test/other.png" } } });
    expect(doc.theme).toEqual({ chat: { hostAvatar: { isEnabled: true, url: "https://x.test/other.png" } } });
  });

  it("works on a bot without a theme", () => {
    const doc = bot(undefined);
    applyTheme(doc, PRESETS.light);
    expect(doc.theme).toEqual(PRESETS.light);
  });
});
