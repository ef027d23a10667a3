import { useQuery } from "@tanstack/react-query";
import { ReactFlowProvider } from "@xyflow/react";
import { useEffect } from "react";
import { useParams } from "react-router";
import { api, unwrap } from "../api";
import { RequireSignIn } from "../app/RequireSignIn";
import { normalizeDocument } from "./document";
import { EditorPage } from "./EditorPage";
import { useEditor } from "./store";

function LoadedEditor({ typebotId }: { typebotId: string }) {
  const bot = useQuery({
    queryKey: ["typebot", typebotId],
    queryFn: () => unwrap(api.GET("/api/v1/typebots/{typebotId}", { params: { path: { typebotId } } })),
    gcTime: 0,
  });
  const loaded = useEditor((state) => state.doc?.id === typebotId);
  useEffect(() => {
    if (bot.data) useEditor.getState().load(normalizeDocument(bot.data.typebot));
  }, [bot.data]);
  if (bot.isError)
    return (
      <p className="page-status" role="alert">
        {bot.error.message}
      </p>
    );
  if (!loaded) return <p className="page-status">Opening the bot…</p>;
  return (
    <ReactFlowProvider>
      <EditorPage readOnly={bot.data?.currentUserMode === "read"} />
    </ReactFlowProvider>
  );
}

/** `/typebots/:typebotId/edit`: the editor of one bot. */
export function EditorRoute() {
  const { typebotId = "" } = useParams();
  return (
    <RequireSignIn>
      <LoadedEditor key={typebotId} typebotId={typebotId} />
    </RequireSignIn>
  );
}
