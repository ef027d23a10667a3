import type { BlockProps } from "../../types";

/** The pixel block's settings. */
export function Settings(_props: BlockProps) {
  return <p>No settings yet.</p>;
}
