import { useTranslation } from "../../../../i18n";
import type { BlockProps } from "../../types";

/** The payment input on the canvas: the amount asked. */
export function Node({ block }: BlockProps) {
  const { t } = useTranslation("blocks");
  const options = block.options as { amount?: string; currency?: string } | undefined;
  return (
    <span className="block-summary">
      {options?.amount
        ? t("paymentInput.collect", { amount: options.amount, currency: options.currency ?? "USD" })
        : t("paymentInput.configureThePayment")}
    </span>
  );
}
