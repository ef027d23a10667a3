import type { ReactNode } from "react";
import { Navigate, useLocation } from "react-router";
import { useMe } from "../auth/session";
import { useTranslation } from "../i18n";

/** Shows its children to signed-in users; sends everyone else to sign in, and back after. */
export function RequireSignIn({ children }: { children: ReactNode }) {
  const { t } = useTranslation("common");
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <p className="page-status">{t("loading")}</p>;
  if (me.isError)
    return (
      <p className="page-status" role="alert">
        {me.error.message}
      </p>
    );
  if (!me.data) {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/signin?next=${next}`} replace />;
  }
  return children;
}
