import { lazy, Suspense } from "react";
import { useTranslation } from "../../../../i18n";
import type { BlockProps } from "../../types";

// Slate weighs about as much as the rest of the editor: load it when a text is first opened.
const RichTextEditor = lazy(() => import("./RichTextEditor"));

/** The text bubble's settings: its rich text. */
export function Settings({ block }: BlockProps) {
  const { t } = useTranslation("blocks");
  return (
    <Suspense fallback={<p>{t("text.loadingTheTextEditor")}</p>}>
      <RichTextEditor block={block} />
    </Suspense>
  );
}
