import type { BlockProps } from "../../types";
import { InputLabels, RetryMessageField, SaveAnswerField } from "../common";

/** The email input's settings. */
export function Settings({ block }: BlockProps) {
  return (
    <>
      <InputLabels block={block} placeholder="Type your email..." />
      <RetryMessageField
        block={block}
        placeholder="This email doesn't seem to be valid. Can you type it again?"
      />
      <SaveAnswerField block={block} />
    </>
  );
}
