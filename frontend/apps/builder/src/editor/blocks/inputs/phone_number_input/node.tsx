import { useTranslation } from "../../../../i18n";
import type { BlockProps } from "../../types";
import { InputSummary } from "../common";

/** The input on the canvas: its placeholder and variable. */
export function Node({ block }: BlockProps) {
  const { t } = useTranslation("blocks");
  return <InputSummary block={block} fallback={t("phoneNumberInput.typeYourPhoneNumber")} />;
}
