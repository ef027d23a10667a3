import type { BlockProps } from "../../types";

/** The analytics block's settings. */
export function Settings(_props: BlockProps) {
  return <p>No settings yet.</p>;
}
