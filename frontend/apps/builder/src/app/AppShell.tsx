/** The frame around every screen that is not a bot's: the main navigation and the workspace. */
import { useQueryClient } from "@tanstack/react-query";
import { NavLink, Outlet, useNavigate } from "react-router";
import { api } from "../api";
import { useTranslation } from "../i18n";
import { useCurrentWorkspace } from "./currentWorkspace";
import { WorkspaceSwitcher } from "./WorkspaceSwitcher";
import "./shell.css";

export function AppShell() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { current } = useCurrentWorkspace();

  const signOut = async () => {
    await api.POST("/api/v1/auth/sign-out");
    queryClient.clear();
    navigate("/signin");
  };

  return (
    <div className="app-shell">
      <header className="app-header">
        <span className="app-brand">{t("appName")}</span>
        <WorkspaceSwitcher />
        <nav aria-label={t("nav.label")} className="app-nav">
          <NavLink to="/typebots">{t("nav.bots")}</NavLink>
          <NavLink to="/templates">{t("nav.templates")}</NavLink>
          {current && (
            <NavLink to={`/workspaces/${current.id}/settings`}>{t("nav.workspaceSettings")}</NavLink>
          )}
          <NavLink to="/account">{t("nav.account")}</NavLink>
        </nav>
        <button type="button" className="app-sign-out" onClick={() => void signOut()}>
          {t("nav.signOut")}
        </button>
      </header>
      <div className="app-content">
        <Outlet />
      </div>
    </div>
  );
}
