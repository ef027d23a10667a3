import type { BlockProps } from "../../types";

/** The wait block on the canvas: how long. */
export function Node({ block }: BlockProps) {
  const seconds = block.options?.secondsToWaitFor;
  const pause = block.options?.shouldPause === true ? " and pause" : "";
  return (
    <span className="block-summary">{seconds ? `Wait ${String(seconds)} s${pause}` : "Configure…"}</span>
  );
}
