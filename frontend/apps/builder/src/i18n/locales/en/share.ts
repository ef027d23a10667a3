/** The share panel: the bot's page, its public id, the embed snippets. */
export const share = {
  copied: "Copied",
  copyFailed: "Copy failed",
  copy: "Copy",
  publicId: "Public id",
  saving: "Saving…",
  share: "Share",
  closeShare: "Close share",
  notPublishedYetPublishThe: "Not published yet: publish the bot to open its page to visitors.",
  publicPage: "Public page",
  pageUrl: "Page URL",
  thePageUrl: "the page URL",
  openThePage: "Open the page",
} as const;
