"""Reading a reply to the text input: text, a voice message, attached files."""

from botloom.engine.blocks.inputs.common import accept
from botloom.engine.blocks.inputs.text_input.schema import TextInputBlock
from botloom.engine.runtime import InvalidReply, ParsedReply, Reply, TurnContext


async def parse_reply(
    block: TextInputBlock, reply: Reply, ctx: TurnContext
) -> ParsedReply | InvalidReply:
    """Any text is valid. A voice message's URL is the answer (and goes to the audio
    variable); attached files go to the attachments variable (one URL as text, several as a
    list)."""
    options = block.options
    if reply.type == "audio":
        url = reply.url or ""
        ctx.set_variable(options.audio_clip.save_variable_id, url, block_id=block.id)
        return accept(reply, url)
    urls = reply.attached_file_urls or None
    if urls is not None:
        attachments: str | list[str] = urls[0] if len(urls) == 1 else urls
        ctx.set_variable(options.attachments.save_variable_id, attachments, block_id=block.id)
    return accept(reply, reply.text, attached_file_urls=urls)
