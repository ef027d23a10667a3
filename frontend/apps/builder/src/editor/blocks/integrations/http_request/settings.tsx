import type { BlockProps } from "../../types";
import { HttpRequestFields } from "./HttpRequestFields";

/** The HTTP request block's settings. */
export function Settings({ block }: BlockProps) {
  return <HttpRequestFields block={block} />;
}
