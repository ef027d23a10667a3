import type { BlockProps } from "../../types";

/** The AB test block on the canvas: the split, path by path. */
export function Node({ block }: BlockProps) {
  const raw = Number(block.options?.aPercent ?? 50);
  const a = Number.isFinite(raw) ? raw : 50;
  return (
    <span className="block-summary block-lines">
      <span>A {a}%</span>
      <span>B {100 - a}%</span>
    </span>
  );
}
