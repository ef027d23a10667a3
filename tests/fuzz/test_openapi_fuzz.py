"""Schemathesis over the app's own ``/openapi.json``: the chat API and the management API on a
live server, on SQLite and PostgreSQL. No answer may be a 5xx, every status must be documented
and every body must match its documented schema.

The budget is small and the run deterministic (fixed seed, derandomised generation), so it fits
in the normal test run. Path parameters name real things made for the run (a published bot, a
live chat, a folder, a result, the caller's workspace) so requests reach real code paths rather
than stopping at a 404; routes that destroy or change what they name get a bot of their own.
"""

import asyncio
import os
from dataclasses import dataclass
from typing import Any

import httpx
import schemathesis
from schemathesis import BaseSchema
from schemathesis.engine import events
from schemathesis.engine.recorder import Interaction
from sqlalchemy.ext.asyncio import AsyncSession

from botloom.domain.bots.actions import do_import_typebot, do_publish_typebot
from tests.support.bots import text_block, text_input, two_group_bot
from tests.support.factories import Member, make_member
from tests.support.live_server import LiveServer
from tests.support.publishing import publisher

MAX_EXAMPLES = int(os.environ.get("BOTLOOM_FUZZ_EXAMPLES", "50"))
"""Generated cases per operation in the fuzzing phase (the coverage phase adds its own); set
``BOTLOOM_FUZZ_EXAMPLES`` for a longer run."""

SEED = 20261125

CHECKS = ("not_a_server_error", "status_code_conformance", "response_schema_conformance")

PUBLIC_ID = "fuzz-bot"


def loop_bot() -> dict[str, Any]:
    """Greets, then asks the same question forever: a live chat that never ends."""
    return two_group_bot(
        "Fuzz",
        [{"id": "vanswer", "name": "Answer"}],
        first=("Hello", [text_block("b1", "Hi!"), text_input("b2", "vanswer", "e1")]),
        second=(
            "Loop",
            [text_block("b3", "You said {{Answer}}"), text_input("b4", "vanswer", "e2")],
        ),
        loop_from="b4",
    )


@dataclass
class World:
    """What the run's path parameters name."""

    member: Member
    typebot_id: str
    session_id: str
    result_id: str
    folder_id: str
    spare_folder_id: str
    spare_bots: dict[str, str]
    """A bot of its own for each operation that deletes or changes the bot it names."""


async def _published_bot(db: AsyncSession, member: Member, name: str) -> str:
    outcome = await do_import_typebot(
        db=db, actor=member.user, workspace_id=member.workspace.id, raw=loop_bot() | {"name": name}
    )
    await do_publish_typebot(db=db, actor=member.user, typebot=outcome.typebot)
    return outcome.typebot.id


async def _folder(http: httpx.AsyncClient, workspace_id: str) -> str:
    response = await http.post("/api/v1/folders", json={"workspaceId": workspace_id})
    folder_id: str = response.json()["folder"]["id"]
    return folder_id


async def _arrange(db: AsyncSession, base_url: str) -> World:
    member = await make_member(db)
    await publisher(db, member)(loop_bot(), PUBLIC_ID, None)
    async with httpx.AsyncClient(base_url=base_url, headers=member.headers, timeout=30) as http:
        start = (await http.post(f"/api/v1/typebots/{PUBLIC_ID}/startChat", json={})).json()
        folders = [await _folder(http, member.workspace.id) for _ in range(2)]
    spare_bots = {
        operation: await _published_bot(db, member, operation)
        for operation in (
            "typebots-update_typebot",
            "typebots-delete_typebot",
            "typebots-unpublish_typebot",
            "results-delete_results",
        )
    }
    return World(
        member=member,
        typebot_id=start["typebot"]["id"],
        session_id=start["sessionId"],
        result_id=start["resultId"],
        folder_id=folders[0],
        spare_folder_id=folders[1],
        spare_bots=spare_bots,
    )


def _config(world: World) -> schemathesis.Config:
    operations: list[dict[str, Any]] = [
        {"include-operation-id": operation, "parameters": {"path.typebotId": bot_id}}
        for operation, bot_id in world.spare_bots.items()
    ]
    operations.append(
        {
            "include-operation-id": "folders-delete_folder",
            "parameters": {"path.folderId": world.spare_folder_id},
        }
    )
    return schemathesis.Config.from_dict(
        {
            "seed": SEED,
            "headers": world.member.headers,
            "generation": {
                "max-examples": MAX_EXAMPLES,
                "deterministic": True,
                "no-shrink": True,
                "database": "none",
            },
            # Every case runs even after a failure, so a known failure hides no other.
            "continue-on-failure": True,
            "phases": {"examples": {"enabled": False}, "stateful": {"enabled": False}},
            "checks": {"enabled": False, **{name: {"enabled": True} for name in CHECKS}},
            "parameters": {
                "path.publicId": PUBLIC_ID,
                "path.typebotId": world.typebot_id,
                "path.sessionId": world.session_id,
                "path.resultId": world.result_id,
                "path.workspaceId": world.member.workspace.id,
                "path.folderId": world.folder_id,
                "path.templateSlug": "faq",
                "query.workspaceId": world.member.workspace.id,
            },
            "operations": operations,
        }
    )


@dataclass(frozen=True)
class Finding:
    """One failed check: where, which check, what the server answered, and how to repeat it."""

    operation: str
    check: str
    title: str
    status: int | None
    request: str
    """The request's URI and body, to match known failures against."""
    curl: str

    def __str__(self) -> str:
        return f"{self.operation} [{self.check}] {self.title} (HTTP {self.status})\n{self.curl}"


def _request_text(interaction: Interaction | None) -> str:
    if interaction is None:
        return ""
    body = interaction.request.body or b""
    return f"{interaction.request.uri} {body.decode(errors='replace')}"


def _run(schema: BaseSchema) -> list[Finding]:
    """Every distinct failed check of a whole run (one finding per operation, check, title
    and status)."""
    findings: dict[tuple[str, str, str, int | None], Finding] = {}
    for event in schemathesis.engine.from_schema(schema).execute():
        if isinstance(event, events.FatalError):
            raise event.exception
        if not isinstance(event, events.ScenarioFinished):
            continue
        for case_id, checks in event.recorder.checks.items():
            interaction = event.recorder.interactions.get(case_id)
            response = interaction.response if interaction else None
            status = response.status_code if response else None
            for check in checks:
                if check.failure_info is None:
                    continue
                title = check.failure_info.failure.title
                key = (event.label or "", check.name, title, status)
                findings.setdefault(
                    key,
                    Finding(
                        operation=key[0],
                        check=check.name,
                        title=title,
                        status=status,
                        request=_request_text(interaction),
                        curl=check.failure_info.code_sample,
                    ),
                )
    return list(findings.values())


async def test_openapi_fuzz(live_server: LiveServer, db: AsyncSession, database_url: str) -> None:
    backend = "postgresql" if database_url.startswith("postgresql") else "sqlite"
    world = await _arrange(db, live_server.base_url)
    schema = schemathesis.openapi.from_url(
        f"{live_server.base_url}/openapi.json", config=_config(world)
    )
    findings = await asyncio.to_thread(_run, schema)
    assert not findings, f"{backend}:\n\n" + "\n\n".join(map(str, findings))
