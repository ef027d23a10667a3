/** `/typebots/:typebotId/results/*`: the bot's results, as submissions or analytics. */
import { useQuery } from "@tanstack/react-query";
import { ArrowLeft } from "lucide-react";
import { Link, NavLink, Route, Routes, useParams } from "react-router";
import { AnalyticsPage } from "../analytics/AnalyticsPage";
import { api, unwrap } from "../api";
import { RequireSignIn } from "../app/RequireSignIn";
import { BotTabs } from "../bot/BotTabs";
import { normalizeDocument } from "../editor/document";
import { useTranslation } from "../i18n";
import type { LoadedBot } from "./loadedBot";
import { SubmissionsPage } from "./SubmissionsPage";
// Dialogs, menus and hidden labels look as they do in the editor.
import "../editor/topbar/topbar.css";
import "./results.css";

function useBotDocument(typebotId: string) {
  return useQuery({
    // Not the editor's key: its cache entry holds the response as it came, not this shape.
    queryKey: ["typebot", typebotId, "results"],
    queryFn: async (): Promise<LoadedBot> => {
      const data = await unwrap(api.GET("/api/v1/typebots/{typebotId}", { params: { path: { typebotId } } }));
      return { doc: normalizeDocument(data.typebot), readOnly: data.currentUserMode === "read" };
    },
    gcTime: 0,
  });
}

function ResultsHeader({ typebotId, name }: { typebotId: string; name: string }) {
  const { t } = useTranslation("results");
  return (
    <header className="editor-topbar results-topbar">
      <Link to="/typebots" className="icon-button" aria-label={t("back")}>
        <ArrowLeft size={18} aria-hidden />
      </Link>
      <h1 className="results-bot-name">{name}</h1>
      <BotTabs typebotId={typebotId} />
    </header>
  );
}

function ResultsScreen({ typebotId }: { typebotId: string }) {
  const { t } = useTranslation("results");
  const bot = useBotDocument(typebotId);
  if (bot.isError)
    return (
      <p className="page-status" role="alert">
        {bot.error.message}
      </p>
    );
  if (!bot.data) return <p className="page-status">{t("opening")}</p>;
  return (
    <div className="results-screen">
      <ResultsHeader typebotId={typebotId} name={bot.data.doc.name} />
      <nav className="results-sections" aria-label={t("sections")}>
        <NavLink to={`/typebots/${typebotId}/results`} end>
          {t("submissions")}
        </NavLink>
        <NavLink to={`/typebots/${typebotId}/results/analytics`}>{t("analytics")}</NavLink>
      </nav>
      <Routes>
        <Route index element={<SubmissionsPage typebotId={typebotId} bot={bot.data} />} />
        <Route
          path="analytics"
          element={
            <main className="results-page">
              <AnalyticsPage />
            </main>
          }
        />
      </Routes>
    </div>
  );
}

export function ResultsRoute() {
  const { typebotId = "" } = useParams();
  return (
    <RequireSignIn>
      <ResultsScreen key={typebotId} typebotId={typebotId} />
    </RequireSignIn>
  );
}
