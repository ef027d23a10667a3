/** `/account`: the user's profile, appearance, language and sessions; `/account/tokens`: their
 * API tokens. */
import { NavLink, Route, Routes } from "react-router";
import { useTranslation } from "../i18n";
import { ApiTokens } from "./ApiTokens";
import { ProfileSettings } from "./ProfileSettings";
import "./account.css";

export function AccountPage() {
  const { t } = useTranslation("account");
  return (
    <main className="account">
      <h1>{t("title")}</h1>
      <nav aria-label={t("sections.label")} className="account-sections">
        <NavLink to="/account" end>
          {t("sections.profile")}
        </NavLink>
        <NavLink to="/account/tokens">{t("sections.tokens")}</NavLink>
      </nav>
      <Routes>
        <Route index element={<ProfileSettings />} />
        <Route path="tokens" element={<ApiTokens />} />
      </Routes>
    </main>
  );
}
