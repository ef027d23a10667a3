import type { BlockProps } from "../../types";
import { MediaSummary } from "../media";

/** The video bubble on the canvas: its URL. */
export function Node({ block }: BlockProps) {
  return <MediaSummary block={block} empty="Click to set the video" />;
}
