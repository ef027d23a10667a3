/** The links between a bot's screens: its flow, theme, settings and results. */
import { NavLink } from "react-router";
import { useTranslation } from "../i18n";
import "./botTabs.css";

export function BotTabs({ typebotId }: { typebotId: string }) {
  const { t } = useTranslation();
  const base = `/typebots/${typebotId}`;
  return (
    <nav aria-label={t("botTabs.label")} className="bot-tabs">
      <NavLink to={`${base}/edit`}>{t("botTabs.flow")}</NavLink>
      <NavLink to={`${base}/theme`}>{t("botTabs.theme")}</NavLink>
      <NavLink to={`${base}/settings`}>{t("botTabs.settings")}</NavLink>
      <NavLink to={`${base}/results`}>{t("botTabs.results")}</NavLink>
    </nav>
  );
}
