/** The workspace's audit log. */
export const audit = {
  title: "Audit log",
  intro: "Who changed what in this workspace, newest first. Only admins see it.",
  when: "When",
  who: "Who",
  what: "What",
  target: "On",
  details: "Details",
  someone: "Someone removed",
  system: "Botloom",
  none: "Nothing recorded yet.",
  loadMore: "Show older events",
  loadingMore: "Loading…",
  end: "That is everything.",
  count_one: "{{count}} event shown",
  count_other: "{{count}} events shown",
  actions: {
    typebot: {
      create: "Created the bot",
      import: "Imported the bot",
      update: "Changed the bot",
      delete: "Deleted the bot",
      publish: "Published the bot",
      unpublish: "Unpublished the bot",
    },
    folder: {
      create: "Created the folder",
      update: "Changed the folder",
      delete: "Deleted the folder",
    },
    credentials: {
      create: "Added credentials",
      update: "Changed credentials",
      delete: "Deleted credentials",
    },
    workspace: {
      create: "Created the workspace",
      update: "Changed the workspace",
      delete: "Deleted the workspace",
    },
    member: {
      add: "Joined the workspace",
      update: "Changed a member's role",
      remove: "Removed a member",
      leave: "Left the workspace",
    },
    invitation: {
      create: "Invited someone",
      delete: "Withdrew an invitation",
    },
    collaborator: {
      add: "Shared a bot",
      update: "Changed a bot's sharing",
      remove: "Stopped sharing a bot",
    },
    results: {
      delete: "Deleted results",
    },
  },
} as const;
