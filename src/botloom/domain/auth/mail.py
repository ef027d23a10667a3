"""Mail about someone's account (a sign-in link, an invitation) through the server's own SMTP,
or, with none configured (embedded mode), printed to its console so nothing needs setting up."""

import logging

from botloom.domain.integrations.email import default_server
from botloom.engine.integration_calls import EmailMessage, IntegrationError
from botloom.integrations.email.smtp import deliver
from botloom.settings import Settings

logger = logging.getLogger(__name__)


async def mail_or_print(
    *, settings: Settings, to: str, subject: str, text: str, printed: str
) -> None:
    """Mail a message about someone's account through the server's SMTP; with none configured,
    print ``printed`` to the server's console instead (at WARNING, so it shows by default)."""
    if not settings.smtp_host or not settings.smtp_from:
        logger.warning("%s", printed)
        return
    message = EmailMessage(credentials_id="default", recipients=[to], subject=subject, text=text)
    try:
        await deliver(default_server(settings), message)
    except IntegrationError as exc:
        # Never log the message itself here: it may hold a sign-in link.
        logger.error("Could not mail %s (%s): %s", to, subject, exc.details)
