/** Server state of publishing: the live version, the public id, and publish / unpublish. */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, unwrap } from "../../api";
import { saveNow } from "../autosave";

const publishedKey = (typebotId: string) => ["published-typebot", typebotId];
const locationKey = (typebotId: string) => ["bot-location", typebotId];

/** The published version of the bot (null when it is not published). */
export function usePublishedVersion(typebotId: string) {
  return useQuery({
    queryKey: publishedKey(typebotId),
    queryFn: async () =>
      (
        await unwrap(
          api.GET("/api/v1/typebots/{typebotId}/publishedTypebot", { params: { path: { typebotId } } }),
        )
      ).publishedTypebot,
  });
}

/** Where the bot lives: its public id, as the server has it now. */
export function useBotLocation(typebotId: string) {
  return useQuery({
    queryKey: locationKey(typebotId),
    queryFn: async () => {
      const { typebot } = await unwrap(
        api.GET("/api/v1/typebots/{typebotId}", { params: { path: { typebotId } } }),
      );
      return { publicId: typeof typebot.publicId === "string" ? typebot.publicId : null };
    },
  });
}

/** Publish (after saving what is unsaved) and unpublish; both refresh the queries above. */
export function usePublishActions(typebotId: string) {
  const queryClient = useQueryClient();
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: publishedKey(typebotId) }),
      queryClient.invalidateQueries({ queryKey: locationKey(typebotId) }),
    ]);
  const path = { params: { path: { typebotId } } };
  const publish = useMutation({
    mutationFn: async () => {
      await saveNow();
      return unwrap(api.POST("/api/v1/typebots/{typebotId}/publish", path));
    },
    onSuccess: refresh,
  });
  const unpublish = useMutation({
    mutationFn: () => unwrap(api.POST("/api/v1/typebots/{typebotId}/unpublish", path)),
    onSuccess: refresh,
  });
  return { publish, unpublish, refresh };
}
