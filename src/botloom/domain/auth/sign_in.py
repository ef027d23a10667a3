"""Who may sign in, and how a sign-in becomes a user: the rules shared by magic links and
identity providers."""

import logging
from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession

from botloom.domain.auth.actions import get_or_create_user
from botloom.domain.auth.magic_links import do_create_magic_link
from botloom.domain.auth.mail import mail_or_print
from botloom.domain.auth.queries import find_user, normalize_email
from botloom.domain.errors import ForbiddenError
from botloom.domain.workspaces.actions import PERSONAL_WORKSPACE_NAME, do_create_workspace
from botloom.domain.workspaces.invitations import has_pending_invitation
from botloom.domain.workspaces.queries import list_workspaces
from botloom.settings import Settings
from botloom.store.models import User

logger = logging.getLogger(__name__)

SIGN_UP_DISABLED = "Sign-up is disabled on this server: ask an admin of a workspace to invite you"


class SignUpDisabledError(ForbiddenError):
    """A new email may not sign up here (``BOTLOOM_DISABLE_SIGNUP``)."""

    reason = "signup-disabled"

    def __init__(self) -> None:
        super().__init__(SIGN_UP_DISABLED)


def is_admin_email(settings: Settings, email: str) -> bool:
    """Whether ``email`` is one of the instance's admins (``BOTLOOM_ADMIN_EMAILS``)."""
    email = normalize_email(email)
    return any(normalize_email(admin) == email for admin in settings.admin_emails)


async def may_sign_up(*, db: AsyncSession, settings: Settings, email: str) -> bool:
    """Whether a new user with this email may be created: always, unless sign-up is disabled;
    then only admins and invited emails."""
    if not settings.disable_signup or is_admin_email(settings, email):
        return True
    return await has_pending_invitation(db=db, email=email)


async def check_sign_in(*, db: AsyncSession, settings: Settings, email: str) -> User:
    """The user with this (verified) email, created when sign-up allows it
    (``SignUpDisabledError`` when it does not): the one write path of every sign-in, by link
    or by identity provider. A user who belongs to no workspace (a newcomer whom no workspace
    invited, above all) gets a personal one, in the same transaction as their account, so the
    builder always opens on a workspace."""
    if await find_user(db=db, email=email) is None and not await may_sign_up(
        db=db, settings=settings, email=email
    ):
        raise SignUpDisabledError
    user = await get_or_create_user(db=db, email=email)
    if not await list_workspaces(db=db, actor=user):
        await do_create_workspace(db=db, actor=user, name=PERSONAL_WORKSPACE_NAME)
    await db.commit()
    return user


@dataclass(frozen=True)
class SignInMail:
    """A sign-in link to send."""

    email: str
    url: str


async def request_magic_link(
    *, db: AsyncSession, settings: Settings, email: str, next_path: str, base_url: str
) -> SignInMail | None:
    """A sign-in link for ``email`` to send, or None when this email may not sign in (the
    caller answers the same either way, so nobody learns which emails have accounts).
    ``base_url`` is the public URL of the link's callback, the token is appended to it."""
    if await find_user(db=db, email=email) is None and not await may_sign_up(
        db=db, settings=settings, email=email
    ):
        logger.info("No sign-in link for %s: sign-up is disabled", email)
        return None
    token = await do_create_magic_link(db=db, email=email, next_path=next_path)
    return SignInMail(email=normalize_email(email), url=f"{base_url}?token={token}")


async def send_sign_in_link(*, settings: Settings, mail: SignInMail) -> None:
    """Mail the link through the server's SMTP; with none configured (embedded mode), print it
    to the server's console so a newcomer can sign in with nothing set up."""
    await mail_or_print(
        settings=settings,
        to=mail.email,
        subject="Sign in to Botloom",
        text=(
            f"Open this link to sign in to Botloom:\n\n{mail.url}\n\n"
            "It works once, for 15 minutes. If you did not ask for it, ignore this email."
        ),
        printed=f"Sign-in link for {mail.email}: {mail.url}",
    )
