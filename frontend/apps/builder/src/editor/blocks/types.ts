/** What every block type of the builder declares (one folder per type, registered in `registry.ts`). */
import type { BlockType } from "@botloom/api-client";
import type { ComponentType } from "react";
import type { Block, Item } from "../document";

export type BlockFamilyName = "bubble" | "input" | "logic" | "integration" | "plugin";

/** How a block leaves its group: from the block, from each item (or each item's path), both
 * (the block's own edge is the fallback), or not at all (it ends or jumps). */
export type Outlets = "block" | "items" | "items+block" | "none";

export interface BlockProps {
  block: Block;
}

export interface ItemProps {
  block: Block;
  item: Item;
}

export interface BlockDefinition {
  type: BlockType;
  family: BlockFamilyName;
  /** The name in the sidebar and on the settings panel. */
  label: string;
  /** Words that find it in the sidebar's search besides its label. */
  keywords?: string[];
  Icon: ComponentType<{ size?: number; "aria-hidden"?: boolean }>;
  /** A new block's fields besides `id` and `type` (items get fresh ids on every call). */
  defaults: () => Omit<Block, "id" | "type">;
  outlets: Outlets;
  /** The block's summary on the canvas. */
  Node: ComponentType<BlockProps>;
  /** What an item's row says on the canvas (its handle is drawn beside it); items only. */
  ItemLabel?: ComponentType<ItemProps>;
  /** The row of the block's own edge after its items (`items+block`): "Else", "Default". */
  fallbackLabel?: string;
  /** The block's settings panel. */
  Settings: ComponentType<BlockProps>;
}
