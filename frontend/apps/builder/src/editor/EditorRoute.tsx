import { useQuery } from "@tanstack/react-query";
import { ReactFlowProvider } from "@xyflow/react";
import { useEffect } from "react";
import { useLocation, useParams } from "react-router";
import { api, unwrap } from "../api";
import { RequireSignIn } from "../app/RequireSignIn";
import { botViewOf } from "../bot/botView";
import { useTranslation } from "../i18n";
import { normalizeDocument } from "./document";
import { EditorPage } from "./EditorPage";
import { useEditor } from "./store";

/** The bot's document, asked for at once (beside the sign-in check, not after it). */
function useBot(typebotId: string) {
  return useQuery({
    queryKey: ["typebot", typebotId],
    queryFn: () => unwrap(api.GET("/api/v1/typebots/{typebotId}", { params: { path: { typebotId } } })),
    gcTime: 0,
  });
}

function LoadedEditor({ typebotId, bot }: { typebotId: string; bot: ReturnType<typeof useBot> }) {
  const { t } = useTranslation("editor");
  const loaded = useEditor((state) => state.doc?.id === typebotId);
  const view = botViewOf(useLocation().pathname);
  useEffect(() => {
    if (bot.data) useEditor.getState().load(normalizeDocument(bot.data.typebot));
  }, [bot.data]);
  if (bot.isError)
    return (
      <p className="page-status" role="alert">
        {bot.error.message}
      </p>
    );
  if (!loaded) return <p className="page-status">{t("page.openingTheBot")}</p>;
  return (
    <ReactFlowProvider>
      <EditorPage view={view} readOnly={bot.data?.currentUserMode === "read"} />
    </ReactFlowProvider>
  );
}

/** `/typebots/:typebotId/<edit|theme|settings>`: the editor of one bot's document. */
export function EditorRoute() {
  const { typebotId = "" } = useParams();
  const bot = useBot(typebotId);
  return (
    <RequireSignIn>
      <LoadedEditor key={typebotId} typebotId={typebotId} bot={bot} />
    </RequireSignIn>
  );
}
