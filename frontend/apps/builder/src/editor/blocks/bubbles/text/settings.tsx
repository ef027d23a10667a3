import { lazy, Suspense } from "react";
import type { BlockProps } from "../../types";

// Slate weighs about as much as the rest of the editor: load it when a text is first opened.
const RichTextEditor = lazy(() => import("./RichTextEditor"));

/** The text bubble's settings: its rich text. */
export function Settings({ block }: BlockProps) {
  return (
    <Suspense fallback={<p>Loading the text editor…</p>}>
      <RichTextEditor block={block} />
    </Suspense>
  );
}
