/** The bot's settings screen: general, typing emulation, metadata, security, results retention. */
export const botSettings = {
  formLabel: "Bot settings",
  defaultValue: "Default: {{value}}",
  general: {
    title: "General",
    rememberUser: "Remember the user",
    rememberUserHelp:
      "A visitor who comes back finds their chat where they left it, and the bot's variables keep their answers.",
    storage: "Remember for",
    storageKinds: {
      session: "This browser tab (session storage)",
      local: "This browser, across visits (local storage)",
    },
    inputPrefill: "Prefill inputs",
    inputPrefillHelp:
      "An input whose variable already holds a value (from the page's address, say) shows it, ready to send.",
    hideQueryParams: "Hide the address's query parameters",
    hideQueryParamsHelp:
      "Once the bot has read them as variables, they leave the address bar, so an email or a token is not kept in the history or in a shared link.",
  },
  typing: {
    title: "Typing emulation",
    enabled: "Show the bot typing before each message",
    speed: "Typing speed (words per minute)",
    maxDelay: "Longest typing pause (seconds)",
    delayBetweenBubbles: "Pause between messages (seconds)",
    disabledOnFirstMessage: "Show the first message at once",
  },
  metadata: {
    title: "Metadata",
    help: "What the bot's public page tells browsers, search engines and link previews.",
    pageTitle: "Page title",
    pageTitleHelp: "The browser tab's title and the link preview's heading. Empty: the bot's name.",
    description: "Description",
    imageUrl: "Preview image URL",
    faviconUrl: "Favicon URL",
    allowIndexing: "Let search engines index the page",
    googleTagManagerId: "Google Tag Manager ID",
    googleTagManagerHelp: "The container is loaded on the public page when a chat starts.",
    customHeadCode: "Custom head code",
    customHeadCodeWarning:
      "This HTML is added to the bot's public page when a chat starts, and its scripts run there for every visitor, with access to everything they type. Add only code you trust.",
  },
  security: {
    title: "Security",
    allowedOrigins: "Allowed origins",
    allowedOriginsHelp:
      "Only pages on these sites may chat with the bot, separated by commas (https://example.com). Empty: any site.",
    notOrigins: "Not origins (a scheme and a host, nothing after): {{entries}}",
  },
  retention: {
    title: "Results retention",
    days: "Keep results for (days)",
    help: "Applies to every bot of the workspace: older results and their files are deleted. Empty: keep them forever.",
    forever: "Results are kept forever.",
    keptFor: "Results are kept for {{count}} days.",
    adminsOnly: "Only the workspace's admins change this.",
    save: "Save retention",
    saved: "Saved.",
    failed: "The retention could not be saved: {{message}}",
  },
} as const;
