import { useTranslation } from "../../../../i18n";
import type { BlockProps } from "../../types";

/** The wait block on the canvas: how long. */
export function Node({ block }: BlockProps) {
  const { t } = useTranslation("blocks");
  const seconds = block.options?.secondsToWaitFor;
  const pauses = block.options?.shouldPause === true;
  return (
    <span className="block-summary">
      {seconds
        ? t(pauses ? "wait.summaryAndPause" : "wait.summary", { seconds: String(seconds) })
        : t("configure")}
    </span>
  );
}
