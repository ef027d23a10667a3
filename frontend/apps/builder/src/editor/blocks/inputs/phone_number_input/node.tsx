import type { BlockProps } from "../../types";
import { InputSummary } from "../common";

/** The input on the canvas: its placeholder and variable. */
export function Node({ block }: BlockProps) {
  return <InputSummary block={block} fallback="Type your phone number..." />;
}
