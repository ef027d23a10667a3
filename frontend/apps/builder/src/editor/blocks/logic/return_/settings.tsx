import type { BlockProps } from "../../types";

/** The return block has nothing to set: it says what it does. */
export function Settings(_props: BlockProps) {
  return (
    <p className="settings-note">
      Goes back to the block after the last Jump that led here. With no jump before it, the chat ends.
    </p>
  );
}
