import { Check, Copy } from "lucide-react";
import { useState } from "react";
import { useTranslation } from "../../i18n";

/** Copies `text` with the Clipboard API and says so for a moment; `what` names the text copied. */
export function CopyButton({ text, what }: { text: string; what: string }) {
  const { t } = useTranslation("share");
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setState("copied");
    } catch {
      setState("failed");
    }
    window.setTimeout(() => setState("idle"), 2000);
  };
  return (
    <button type="button" onClick={() => void copy()}>
      {state === "copied" ? <Check size={16} aria-hidden /> : <Copy size={16} aria-hidden />}
      <span aria-live="polite">
        {state === "copied" ? t("copied") : state === "failed" ? t("copyFailed") : t("copy")}
      </span>
      <span className="visually-hidden"> {what}</span>
    </button>
  );
}
