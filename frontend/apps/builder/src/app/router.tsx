/** The builder's screens by address. A bot's screens are their own chunks, loaded when opened. */
import { createBrowserRouter, Navigate } from "react-router";
import { SignInPage } from "../auth/SignInPage";
import { DashboardPage } from "../dashboard/DashboardPage";
import { AppShell } from "./AppShell";
import { RequireSignIn } from "./RequireSignIn";

/** The editor's chunk serves the bot's flow, theme and settings: they edit one document. */
const editorRoute = async () => {
  const { EditorRoute } = await import("../editor/EditorRoute");
  return { Component: EditorRoute };
};

export const router = createBrowserRouter([
  { path: "/", element: <Navigate to="/typebots" replace /> },
  { path: "/signin", element: <SignInPage /> },
  {
    element: (
      <RequireSignIn>
        <AppShell />
      </RequireSignIn>
    ),
    children: [
      { path: "/typebots", element: <DashboardPage /> },
      { path: "/folders/:folderId", element: <DashboardPage /> },
      {
        path: "/templates",
        lazy: async () => {
          const { TemplatesPage } = await import("../templates/TemplatesPage");
          return { Component: TemplatesPage };
        },
      },
      {
        path: "/workspaces/:workspaceId/settings/*",
        lazy: async () => {
          const { WorkspaceSettingsPage } = await import("../workspace/WorkspaceSettingsPage");
          return { Component: WorkspaceSettingsPage };
        },
      },
      {
        path: "/account/*",
        lazy: async () => {
          const { AccountPage } = await import("../account/AccountPage");
          return { Component: AccountPage };
        },
      },
    ],
  },
  { path: "/typebots/:typebotId/edit", lazy: editorRoute },
  { path: "/typebots/:typebotId/theme", lazy: editorRoute },
  { path: "/typebots/:typebotId/settings", lazy: editorRoute },
  {
    path: "/typebots/:typebotId/results/*",
    lazy: async () => {
      const { ResultsRoute } = await import("../results/ResultsRoute");
      return { Component: ResultsRoute };
    },
  },
  { path: "*", element: <Navigate to="/typebots" replace /> },
]);
