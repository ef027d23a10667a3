import { describe, expect, it } from "vitest";
import { publishState, sameContent } from "./publishState";

const draft = {
  name: "Draft name",
  groups: [{ id: "g", title: "Start", blocks: [{ id: "b", type: "text", content: { richText: [] } }] }],
  edges: [],
  events: [{ id: "e", type: "start" }],
  variables: [],
  theme: {},
  settings: { general: { isBrandingEnabled: false } },
};

describe("publish state", () => {
  it("ignores key order and what is not published content", () => {
    const published = {
      settings: { general: { isBrandingEnabled: false } },
      theme: {},
      variables: [],
      events: [{ type: "start", id: "e" }],
      edges: [],
      groups: [{ title: "Start", id: "g", blocks: [{ type: "text", id: "b", content: { richText: [] } }] }],
      name: "Published name",
      versionNumber: 3,
    };
    expect(sameContent(draft, published)).toBe(true);
    expect(publishState(draft, published, true)).toBe("published");
  });

  it("sees a changed block, unsaved changes and a bot never published", () => {
    const edited = structuredClone(draft);
    edited.groups[0].title = "Welcome";
    expect(publishState(edited, draft, true)).toBe("changed");
    expect(publishState(draft, draft, false)).toBe("changed");
    expect(publishState(draft, null, true)).toBe("unpublished");
  });
});
