/** The bots and folders of a workspace. */
export const dashboard = {
  title: "My bots",
} as const;
