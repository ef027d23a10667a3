import { useTranslation } from "../../../../i18n";
import type { BlockProps } from "../../types";

/** The return block has nothing to set: it says what it does. */
export function Settings(_props: BlockProps) {
  const { t } = useTranslation("blocks");
  return <p className="settings-note">{t("return.goesBackToTheBlock")}</p>;
}
