import type { BlockProps } from "../../types";
import { InputLabels, RetryMessageField, SaveAnswerField } from "../common";

/** The website input's settings. */
export function Settings({ block }: BlockProps) {
  return (
    <>
      <InputLabels block={block} placeholder="Type a URL..." />
      <RetryMessageField
        block={block}
        placeholder="This URL doesn't seem to be valid. Can you type it again?"
      />
      <SaveAnswerField block={block} />
    </>
  );
}
