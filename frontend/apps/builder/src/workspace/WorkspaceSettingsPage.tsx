/** `/workspaces/:workspaceId/settings`: members, invitations, credentials, audit log. */
export function WorkspaceSettingsPage() {
  return <main className="page" />;
}
