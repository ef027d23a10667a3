/** Which of the user's workspaces the dashboard, templates and settings screens are about. */
import { create } from "zustand";
import { persist } from "zustand/middleware";
import { useWorkspaces } from "../auth/session";

interface ChosenWorkspace {
  workspaceId: string | null;
  choose: (workspaceId: string) => void;
}

/** The last workspace chosen in this browser, kept across reloads. */
export const useChosenWorkspace = create<ChosenWorkspace>()(
  persist(
    (set) => ({
      workspaceId: null,
      choose: (workspaceId) => set({ workspaceId }),
    }),
    { name: "botloom.workspace" },
  ),
);

/** The current workspace: the one chosen if the user still belongs to it, else their first. */
export function useCurrentWorkspace() {
  const workspaces = useWorkspaces();
  const chosenId = useChosenWorkspace((state) => state.workspaceId);
  const list = workspaces.data?.workspaces ?? [];
  const current = list.find((workspace) => workspace.id === chosenId) ?? list[0];
  return { workspaces, list, current, choose: useChosenWorkspace.getState().choose };
}
