/** Words every screen uses: navigation, actions, states. */
export const common = {
  appName: "Botloom",
  loading: "Loading…",
  cancel: "Cancel",
  close: "Close",
  delete: "Delete",
  save: "Save",
  nav: {
    label: "Main",
    bots: "Bots",
    templates: "Templates",
    workspaceSettings: "Workspace settings",
    account: "Account",
    signOut: "Sign out",
  },
  workspace: {
    switcher: "Workspace",
    switchTo: "Switch workspace (now {{name}})",
    personal: "My workspace",
    create: "Create a workspace",
    createTitle: "Create a workspace",
    name: "Workspace name",
    creating: "Creating…",
  },
  botTabs: {
    label: "Bot sections",
    flow: "Flow",
    theme: "Theme",
    settings: "Settings",
    results: "Results",
  },
} as const;
