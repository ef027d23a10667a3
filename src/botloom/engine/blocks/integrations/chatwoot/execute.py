"""Runs the Chatwoot block: a script that opens or closes the Chatwoot widget in the page."""

from botloom.engine.blocks.integrations.chatwoot.schema import (
    ChatwootBlock,
    ChatwootOptions,
    ChatwootTask,
)
from botloom.engine.runtime import BlockResult, TurnContext
from botloom.engine.variables import json_stringify

CLOSE_WIDGET_SCRIPT = """\
if (window.$chatwoot) {
  window.$chatwoot.toggle("close");
  window.$chatwoot.toggleBubbleVisibility("hide");
}"""

# Loads Chatwoot's SDK once (its documented embed), then identifies the visitor and opens
# the widget; %(...)s are JSON literals.
SHOW_WIDGET_SCRIPT = """\
const baseUrl = %(base_url)s;
const user = %(user)s;
const openWidget = () => {
  const identifier = user.id ?? user.email;
  if (identifier !== undefined) {
    const { id, ...attributes } = user;
    window.$chatwoot.setUser(identifier, attributes);
  }
  window.$chatwoot.toggleBubbleVisibility("show");
  window.$chatwoot.toggle("open");
};
if (window.$chatwoot) {
  openWidget();
} else {
  window.addEventListener("chatwoot:ready", openWidget, { once: true });
  const script = document.createElement("script");
  script.src = baseUrl + "/packs/js/sdk.js";
  script.defer = true;
  script.async = true;
  script.onload = () => window.chatwootSDK.run({ websiteToken: %(website_token)s, baseUrl });
  document.head.appendChild(script);
}"""


async def execute(block: ChatwootBlock, ctx: TurnContext) -> BlockResult:
    """A ``chatwoot`` action with the widget script; live chats only (skipped in preview)."""
    if ctx.is_preview:
        ctx.log("Chatwoot block is not supported in preview", status="info")
        return BlockResult()
    content = await widget_script(block.options, ctx)
    script = {"content": content, "args": []}
    return BlockResult(
        client_side_actions=[{"type": "chatwoot", "chatwoot": {"scriptToExecute": script}}]
    )


async def widget_script(options: ChatwootOptions, ctx: TurnContext) -> str:
    """The script for the block's task, with substituted settings and visitor fields."""
    if options.task == ChatwootTask.CLOSE_WIDGET:
        return CLOSE_WIDGET_SCRIPT
    user_fields = options.user.model_dump(by_alias=False, exclude_none=True)
    substituted = {key: await ctx.substitute(value) for key, value in user_fields.items()}
    return SHOW_WIDGET_SCRIPT % {
        "base_url": json_stringify((await ctx.substitute(options.base_url)).rstrip("/")),
        "website_token": json_stringify(await ctx.substitute(options.website_token)),
        "user": json_stringify({key: value for key, value in substituted.items() if value}),
    }
