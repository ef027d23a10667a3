import type { BlockProps } from "../../types";
import { MediaSummary } from "../media";

/** The audio bubble on the canvas: its URL. */
export function Node({ block }: BlockProps) {
  return <MediaSummary block={block} empty="Click to set the sound" />;
}
