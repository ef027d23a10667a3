"""Reading a reply to the phone number input."""

import phonenumbers

from botloom.engine.blocks.inputs.common import accept, stored_retry_message
from botloom.engine.blocks.inputs.phone_number_input.schema import PhoneNumberInputBlock
from botloom.engine.runtime import InvalidReply, ParsedReply, Reply, TurnContext


async def parse_reply(
    block: PhoneNumberInputBlock, reply: Reply, ctx: TurnContext
) -> ParsedReply | InvalidReply:
    """The first valid phone number found in the text, in E.164 form; numbers without an
    international prefix are read in the input's default country."""
    number = first_phone_number(reply.text, block.options.default_country_code)
    if number is None:
        return stored_retry_message(block.options)
    return accept(reply, number)


def first_phone_number(text: str, country_code: str | None) -> str | None:
    """The first valid number of the text in E.164 form, ``None`` when there is none."""
    region = country_code.upper() if country_code else None
    for match in phonenumbers.PhoneNumberMatcher(text, region):
        return phonenumbers.format_number(match.number, phonenumbers.PhoneNumberFormat.E164)
    return None
