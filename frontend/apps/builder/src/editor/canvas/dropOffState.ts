/**
 * The drop-off overlay's state, apart from the document store: whether it is shown, for which
 * period, and each input block's counts (a badge reads only its own block's entry).
 */
import type { Schemas } from "@botloom/api-client";
import { create } from "zustand";
import { DEFAULT_TIME_FILTER, mostDropped, type TimeFilter } from "../../analytics/stats";

export type BlockDropOff = Schemas["BlockDropOff"];

interface DropOffState {
  shown: boolean;
  timeFilter: TimeFilter;
  byBlock: ReadonlyMap<string, BlockDropOff>;
  /** The blocks where the most chats stopped: highlighted. */
  worst: ReadonlySet<string>;
}

export const useDropOff = create<DropOffState>()(() => ({
  shown: false,
  timeFilter: DEFAULT_TIME_FILTER,
  byBlock: new Map(),
  worst: new Set(),
}));

/** Shows the counts of `dropOffs` on their blocks. */
export function showDropOffs(dropOffs: readonly BlockDropOff[]): void {
  useDropOff.setState({
    byBlock: new Map(dropOffs.map((row) => [row.blockId, row])),
    worst: mostDropped(dropOffs),
  });
}
