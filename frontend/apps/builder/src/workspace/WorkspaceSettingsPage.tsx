/** `/workspaces/:workspaceId/settings/*`: a workspace's General, Members, Credentials and Audit log sections. */
import { useQuery } from "@tanstack/react-query";
import { Building2, KeyRound, ScrollText, Users } from "lucide-react";
import { NavLink, Route, Routes, useParams } from "react-router";
import { api, unwrap } from "../api";
import { AuditLogPage } from "../audit/AuditLogPage";
import { useTranslation } from "../i18n";
import { useMyRole } from "./access";
import { CredentialsSettings } from "./CredentialsSettings";
import { GeneralSettings } from "./GeneralSettings";
import { MembersSettings } from "./MembersSettings";
import "./common.css";
import "./workspace.css";

export function WorkspaceSettingsPage() {
  const { workspaceId = "" } = useParams();
  const { t } = useTranslation("workspace");
  const { t: common } = useTranslation();
  const workspace = useQuery({
    queryKey: ["workspace", workspaceId],
    retry: false,
    queryFn: () => unwrap(api.GET("/api/v1/workspaces/{workspaceId}", { params: { path: { workspaceId } } })),
  });
  const role = useMyRole(workspaceId);
  const base = `/workspaces/${workspaceId}/settings`;
  const sections = [
    { to: base, label: t("nav.general"), Icon: Building2, end: true },
    { to: `${base}/members`, label: t("nav.members"), Icon: Users, end: false },
    { to: `${base}/credentials`, label: t("nav.credentials"), Icon: KeyRound, end: false },
    { to: `${base}/audit`, label: t("nav.audit"), Icon: ScrollText, end: false },
  ];
  return (
    <div className="ws-page">
      <nav className="ws-nav" aria-label={t("sections")}>
        <p className="ws-nav-title">
          <span className="ws-nav-icon" aria-hidden>
            {workspace.data?.workspace.icon || workspace.data?.workspace.name.slice(0, 1).toUpperCase()}
          </span>
          <span>{workspace.data?.workspace.name ?? t("title")}</span>
        </p>
        {sections.map(({ to, label, Icon, end }) => (
          <NavLink key={to} to={to} end={end}>
            <Icon size={16} aria-hidden /> {label}
          </NavLink>
        ))}
      </nav>
      <main className="ws-main">
        {workspace.isPending && <p className="ws-help">{common("loading")}</p>}
        {workspace.isError && <p role="alert">{t("notFound")}</p>}
        {workspace.data && (
          <Routes>
            <Route index element={<GeneralSettings workspace={workspace.data.workspace} role={role} />} />
            <Route path="members" element={<MembersSettings workspaceId={workspaceId} role={role} />} />
            <Route
              path="credentials"
              element={<CredentialsSettings workspaceId={workspaceId} role={role} />}
            />
            <Route path="audit" element={<AuditLogPage />} />
          </Routes>
        )}
      </main>
    </div>
  );
}
