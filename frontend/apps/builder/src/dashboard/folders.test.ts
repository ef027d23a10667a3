import { describe, expect, it } from "vitest";
import {
  decodeDraggedBot,
  documentForNewBot,
  encodeDraggedBot,
  type FolderPlace,
  folderTrail,
  MAX_DEPTH,
  movesBot,
} from "./folders";

const tree: Record<string, FolderPlace> = {
  a: { id: "a", name: "Sales", parentFolderId: null },
  b: { id: "b", name: "Leads", parentFolderId: "a" },
  c: { id: "c", name: "2027", parentFolderId: "b" },
};
const read = async (id: string) => {
  const folder = tree[id];
  if (!folder) throw new Error(`no folder ${id}`);
  return folder;
};

describe("folderTrail", () => {
  it("lists the folders from the top down to the one open", async () => {
    expect((await folderTrail("c", read)).map((folder) => folder.name)).toEqual(["Sales", "Leads", "2027"]);
  });
  it("is the folder alone at the top level", async () => {
    expect(await folderTrail("a", read)).toEqual([tree.a]);
  });
  it("stops at a loop instead of reading forever", async () => {
    const looped: Record<string, FolderPlace> = {
      x: { id: "x", name: "X", parentFolderId: "y" },
      y: { id: "y", name: "Y", parentFolderId: "x" },
    };
    const trail = await folderTrail("x", async (id) => looped[id] as FolderPlace);
    expect(trail.map((folder) => folder.id)).toEqual(["y", "x"]);
  });
  it("stops at the depth limit", async () => {
    let reads = 0;
    const endless = async (id: string) => {
      reads += 1;
      return { id, name: id, parentFolderId: `${id}+` };
    };
    expect(await folderTrail("f", endless)).toHaveLength(MAX_DEPTH);
    expect(reads).toBe(MAX_DEPTH);
  });
});

describe("dragged bots", () => {
  it("round-trip through drag data", () => {
    const bot = { id: "b1", name: "Quiz", folderId: null };
    expect(decodeDraggedBot(encodeDraggedBot(bot))).toEqual(bot);
  });
  it.each([
    ["plain text", "hello"],
    ["no id", JSON.stringify({ name: "x", folderId: null })],
    ["a numeric folder", JSON.stringify({ id: "b", name: "x", folderId: 3 })],
    ["an array", "[]"],
  ])("refuses %s", (_, data) => {
    expect(decodeDraggedBot(data)).toBeNull();
  });
});

describe("movesBot", () => {
  it("is false onto the folder the bot is already in", () => {
    expect(movesBot("a", "a")).toBe(false);
    expect(movesBot(null, null)).toBe(false);
  });
  it("is true into another folder or back to the top", () => {
    expect(movesBot(null, "a")).toBe(true);
    expect(movesBot("a", null)).toBe(true);
    expect(movesBot("a", "b")).toBe(true);
  });
});

describe("documentForNewBot", () => {
  it("keeps the graph under the new name and drops what makes it that bot", () => {
    const doc = {
      id: "t1",
      name: "Quiz",
      publicId: "quiz",
      customDomain: "bot.example.com",
      folderId: "a",
      workspaceId: "w",
      createdAt: "2026-01-01",
      updatedAt: "2026-01-02",
      publishedTypebotId: "v1",
      groups: [{ id: "g1" }],
      theme: { general: {} },
    };
    expect(documentForNewBot(doc, "Quiz (copy)")).toEqual({
      name: "Quiz (copy)",
      groups: [{ id: "g1" }],
      theme: { general: {} },
    });
    expect(doc.id).toBe("t1");
  });
});
