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
    personal: "My workspace",
  },
  botTabs: {
    label: "Bot sections",
    flow: "Flow",
    theme: "Theme",
    settings: "Settings",
    results: "Results",
  },
} as const;
