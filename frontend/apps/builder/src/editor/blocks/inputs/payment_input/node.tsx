import type { BlockProps } from "../../types";

/** The payment input on the canvas: the amount asked. */
export function Node({ block }: BlockProps) {
  const options = block.options as { amount?: string; currency?: string } | undefined;
  return (
    <span className="block-summary">
      {options?.amount ? `Collect ${options.amount} ${options.currency ?? "USD"}` : "Configure the payment"}
    </span>
  );
}
