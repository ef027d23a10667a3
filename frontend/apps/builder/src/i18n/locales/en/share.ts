/** The share panel: the bot's page, its public id, the embed snippets. */
export const share = {
  copied: "Copied",
  copyFailed: "Copy failed",
  copy: "Copy",
  publicId: "Public id",
  saving: "Saving…",
  share: "Share",
  closeShare: "Close share",
  notPublishedYet: "Not published yet: publish the bot to open its page to visitors.",
  publicPage: "Public page",
  pageUrl: "Page URL",
  thePageUrl: "the page URL",
  openThePage: "Open the page",
  embeds: {
    standard: {
      title: "Standard",
      help: "The chat inside your page, where the element is.",
      copyWhat: "the standard embed code",
    },
    popup: {
      title: "Popup",
      help: "The chat in a window over your page, opened after 3 seconds.",
      copyWhat: "the popup embed code",
    },
    bubble: {
      title: "Bubble",
      help: "A chat button in the corner of your page.",
      copyWhat: "the bubble embed code",
    },
  },
} as const;
