/** The builder's screens by address. The editor is its own chunk, loaded when a bot opens. */
import { createBrowserRouter, Navigate } from "react-router";
import { SignInPage } from "../auth/SignInPage";
import { DashboardPage } from "../dashboard/DashboardPage";
import { RequireSignIn } from "./RequireSignIn";

export const router = createBrowserRouter([
  { path: "/", element: <Navigate to="/typebots" replace /> },
  { path: "/signin", element: <SignInPage /> },
  {
    path: "/typebots",
    element: (
      <RequireSignIn>
        <DashboardPage />
      </RequireSignIn>
    ),
  },
  {
    path: "/typebots/:typebotId/edit",
    lazy: async () => {
      const { EditorRoute } = await import("../editor/EditorRoute");
      return { Component: EditorRoute };
    },
  },
  { path: "*", element: <Navigate to="/typebots" replace /> },
]);
