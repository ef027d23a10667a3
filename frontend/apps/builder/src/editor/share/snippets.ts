/** The embed snippets the share panel offers, as `@botloom/widget`'s README documents them. */

export type EmbedKind = "standard" | "popup" | "bubble";

const CALLS: Record<EmbedKind, (publicId: string) => string> = {
  standard: (publicId) => `Botloom.initStandard({ typebot: ${JSON.stringify(publicId)} });`,
  popup: (publicId) => `Botloom.initPopup({ typebot: ${JSON.stringify(publicId)}, autoShowDelay: 3000 });`,
  bubble: (publicId) =>
    `Botloom.initBubble({\n    typebot: ${JSON.stringify(publicId)},\n    previewMessage: { message: "Need help?" },\n  });`,
};

/** The HTML to paste in a page: the script from this server, and the embed's element for standard. */
export function embedSnippet(kind: EmbedKind, publicId: string, origin: string): string {
  const element =
    kind === "standard" ? '<botloom-standard style="width: 100%; height: 600px"></botloom-standard>\n' : "";
  return `${element}<script type="module">
  import Botloom from "${origin}/static/web.js";
  ${CALLS[kind](publicId)}
</script>
`;
}

/** The bot's public page. */
export function pageUrl(publicId: string, origin: string): string {
  return `${origin}/${encodeURIComponent(publicId)}`;
}
