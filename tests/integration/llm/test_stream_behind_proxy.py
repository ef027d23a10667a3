"""Streams reach the widget piece by piece through a real nginx configured as self-hosters often
do (proxy buffering on, gzip for text): the app's ``X-Accel-Buffering: no`` makes nginx pass each
piece on at once; without it, nginx holds the pieces back (checked by removing the header)."""

import asyncio
from collections.abc import AsyncIterator, Iterator

import httpx
import pytest
from sqlalchemy.ext.asyncio import AsyncSession

from tests.integration.llm.fake_llm import FakeLlmServer, Reply
from tests.integration.llm.nginx import Nginx, nginx_available, start_nginx
from tests.integration.llm.streaming import pieces, streaming_chat
from tests.support.live_apps import client_of
from tests.support.live_server import LiveServer
from tests.support.requirements import missing


@pytest.fixture(scope="session")
def nginx(live_app_server: LiveServer, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Nginx]:
    if not nginx_available():
        missing("nginx is not installed (apt-get install nginx-light)")
    proxy = start_nginx(tmp_path_factory.mktemp("nginx"), live_app_server.base_url)
    yield proxy
    proxy.stop()


@pytest.fixture
async def proxied(nginx: Nginx, db: AsyncSession) -> AsyncIterator[httpx.AsyncClient]:
    async with client_of(nginx.base_url) as client:
        yield client


async def test_pieces_pass_nginx_as_they_come(
    proxied: httpx.AsyncClient, db: AsyncSession, fake_llm: FakeLlmServer
) -> None:
    second = asyncio.Event()
    fake_llm.script(Reply(chunks=["First", " second"], gates={1: second}))
    turn = await streaming_chat(proxied, db, fake_llm)
    path = f"/api/v2/sessions/{turn['sessionId']}/streamMessage"
    async with proxied.stream("POST", path, json={}) as response:
        assert response.status_code == 200
        lines = response.aiter_lines()
        first = await asyncio.wait_for(anext(lines), 5)
        assert pieces([first]) == ["First"]
        assert not second.is_set()
        second.set()
        assert pieces([line async for line in lines if line]) == [" second"]
