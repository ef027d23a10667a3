"""Uploads that must be refused: wrong input, type or size, bad tokens, second writes."""

import time
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from sqlalchemy.ext.asyncio import AsyncSession

from botloom.store.files.base import FileKey
from botloom.store.files.signing import UploadGrant, UploadSigner
from tests.integration.uploads.bots import any_file_bot, json_files_bot
from tests.integration.uploads.chat import post_form, publish, put, start, upload_url
from tests.integration.uploads.conftest import MAX_BYTES, SECRET, UploadsServer
from tests.support.bots import two_questions_bot


def _problem_paths(response: httpx.Response) -> list[str]:
    return [p["path"] for p in response.json()["data"]["problems"]]


async def test_generate_upload_url_refuses_what_the_input_does_not_take(
    http: httpx.AsyncClient, db: AsyncSession
) -> None:
    started = await start(http, await publish(db, json_files_bot()))
    session_id, block_id = started["sessionId"], started["input"]["id"]

    wrong_type = await upload_url(http, session_id, block_id, "virus.exe", 10)
    no_extension = await upload_url(http, session_id, block_id, "json", 10)
    too_big = await upload_url(http, session_id, block_id, "big.json", MAX_BYTES + 1)
    other_block = await upload_url(http, session_id, "not-a-block", "a.json", 10)
    unknown_session = await upload_url(http, "no-such-session", block_id, "a.json", 10)
    bad_mime = await upload_url(http, session_id, block_id, "a.json", 10, "not a type")
    negative = await upload_url(http, session_id, block_id, "a.json", -1)
    missing = await http.post(
        "/api/v3/generate-upload-url", json={"sessionId": session_id, "fileName": "a.json"}
    )

    for response, path in (
        (wrong_type, "fileName"),
        (no_extension, "fileName"),
        (too_big, "fileSize"),
        (other_block, "blockId"),
        (bad_mime, "fileType"),
        (negative, "fileSize"),
        (missing, "blockId"),
    ):
        assert response.status_code == 400, (path, response.text)
        assert path in _problem_paths(response)
        assert path in response.json()["message"]
    assert unknown_session.status_code == 404
    assert unknown_session.json()["message"] == "Session not found."


async def test_a_session_not_waiting_for_files_gets_no_upload_url(
    http: httpx.AsyncClient, db: AsyncSession
) -> None:
    files = await start(http, await publish(db, json_files_bot()))
    texts = await start(http, await publish(db, two_questions_bot()))

    # Another session's file input, and this session's own text input (no attachments).
    borrowed = await upload_url(http, texts["sessionId"], files["input"]["id"], "a.json", 5)
    own_text = await upload_url(http, texts["sessionId"], texts["input"]["id"], "a.json", 5)

    assert borrowed.status_code == 400
    assert _problem_paths(borrowed) == ["blockId"]
    assert own_text.status_code == 400
    assert own_text.json()["message"] == "blockId: this input does not take files"


async def _target(http: httpx.AsyncClient, db: AsyncSession, size: int) -> dict[str, str]:
    started = await start(http, await publish(db, any_file_bot()))
    response = await upload_url(http, started["sessionId"], "b2", "notes.txt", size, "text/plain")
    assert response.status_code == 200, response.text
    target: dict[str, str] = response.json()
    return target


def _token(presigned_url: str) -> str:
    return presigned_url.rsplit("/", 1)[1]


async def test_an_upload_url_writes_once_and_only_what_it_announced(
    http: httpx.AsyncClient, db: AsyncSession
) -> None:
    target = await _target(http, db, 5)
    url = target["presignedUrl"]

    wrong_type = await put(http, url, b"hello", "text/html")
    assert wrong_type.status_code == 400
    assert _problem_paths(wrong_type) == ["Content-Type"]
    assert (await put(http, url, b"hello", "text/plain")).status_code == 200
    again = await put(http, url, b"bye!!", "text/plain")
    assert again.status_code == 409
    assert (await http.get(target["fileUrl"])).content == b"hello"


async def test_the_size_limit_holds_while_streaming(
    http: httpx.AsyncClient, db: AsyncSession, uploads_server: UploadsServer
) -> None:
    target = await _target(http, db, 5)

    async def chunked() -> AsyncIterator[bytes]:
        # No Content-Length: the server can only count what arrives.
        for _ in range(50):
            yield b"x" * 1000

    response = await put(http, target["presignedUrl"], chunked(), "text/plain")
    assert response.status_code == 400
    assert _problem_paths(response) == ["file"]
    assert (await http.get(target["fileUrl"])).status_code == 404
    files = uploads_server.data_dir / "files"
    file_id = target["fileUrl"].split("/")[-2]
    assert not (files / "public" / file_id).exists()
    assert not list((files / "incoming").iterdir()), "no partial upload is left on disk"


async def test_an_exact_size_upload_passes_and_one_byte_more_does_not(
    http: httpx.AsyncClient, db: AsyncSession
) -> None:
    fits = await _target(http, db, 5)
    over = await _target(http, db, 5)

    assert (await put(http, fits["presignedUrl"], b"12345", "text/plain")).status_code == 200
    assert (await put(http, over["presignedUrl"], b"123456", "text/plain")).status_code == 400


def _forged(grant: UploadGrant) -> str:
    return UploadSigner(SECRET.encode()).sign(grant)


def _unchecked_key(file_id: str, name: str) -> FileKey:
    """A key that skips the checks, as an attacker holding the secret could write it."""
    key = object.__new__(FileKey)
    object.__setattr__(key, "file_id", file_id)
    object.__setattr__(key, "name", name)
    return key


@pytest.mark.parametrize(
    "tamper",
    [
        pytest.param(lambda token: token[:-2] + ("AA" if token[-2:] != "AA" else "BB"), id="sig"),
        pytest.param(lambda token: "e30" + token[3:], id="payload"),
        pytest.param(lambda token: token.split(".")[0], id="no-signature"),
        pytest.param(lambda token: "garbage", id="garbage"),
    ],
)
async def test_tampered_tokens_are_refused(
    http: httpx.AsyncClient, db: AsyncSession, uploads_server: UploadsServer, tamper: Any
) -> None:
    target = await _target(http, db, 5)
    base = target["presignedUrl"].rsplit("/", 1)[0]

    response = await put(http, f"{base}/{tamper(_token(target['presignedUrl']))}", b"hi")

    assert response.status_code == 403
    assert response.json()["message"] == "The upload token is invalid."


async def test_a_token_signed_with_another_secret_is_refused(
    http: httpx.AsyncClient, db: AsyncSession
) -> None:
    target = await _target(http, db, 5)
    key = FileKey.parse(*target["fileUrl"].split("/")[-2:])
    assert key is not None
    bigger = UploadGrant(key, 10_000, "text/plain", int(time.time()) + 60)
    forged = UploadSigner(b"an attacker's own secret, 32+ bytes!").sign(bigger)
    base = target["presignedUrl"].rsplit("/", 1)[0]

    response = await put(http, f"{base}/{forged}", b"x" * 100, "text/plain")

    assert response.status_code == 403
    assert (await http.get(target["fileUrl"])).status_code == 404


async def test_expired_and_out_of_bounds_tokens_are_refused(
    http: httpx.AsyncClient, uploads_server: UploadsServer
) -> None:
    base = f"{uploads_server.server.base_url}/api/v3/uploads"
    expired = _forged(UploadGrant(FileKey.new("late.txt"), 5, "", int(time.time()) - 1))
    escaping = _forged(
        UploadGrant(_unchecked_key("..", "escaped.txt"), 5, "", int(time.time()) + 60)
    )

    late = await put(http, f"{base}/{expired}", b"hi")
    out = await put(http, f"{base}/{escaping}", b"hi")

    assert late.status_code == 403
    assert late.json()["message"] == "The upload token has expired."
    assert out.status_code == 403
    assert not list(uploads_server.data_dir.rglob("escaped.txt"))


def _multipart(boundary: str, fields: dict[str, str], file_size: int) -> list[bytes]:
    """A form body in pieces: the fields, then a ``file`` part of ``file_size`` bytes."""
    head = b"".join(
        f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode()
        for name, value in fields.items()
    )
    head += (
        f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="blob"\r\n'
        "Content-Type: text/plain\r\n\r\n"
    ).encode()
    body = [head] + [b"y" * 1000] * (file_size // 1000) + [b"y" * (file_size % 1000)]
    return [*body, f"\r\n--{boundary}--\r\n".encode()]


async def test_a_form_upload_is_bounded_while_streaming(
    http: httpx.AsyncClient, db: AsyncSession, uploads_server: UploadsServer
) -> None:
    boundary = "bOuNdArY"

    async def send(target: dict[str, Any], file_size: int) -> httpx.Response:
        pieces = _multipart(boundary, target["formData"], file_size)

        async def chunked() -> AsyncIterator[bytes]:
            # No Content-Length: the server can only count what arrives.
            for piece in pieces:
                yield piece

        return await http.post(
            target["presignedUrl"],
            content=chunked(),
            headers={"Content-Type": f"multipart/form-data; boundary={boundary}"},
        )

    exact = await _target(http, db, 5)
    over = await _target(http, db, 5)
    far_over = await _target(http, db, 5)

    assert (await send(exact, 5)).status_code == 200
    assert (await http.get(exact["fileUrl"])).content == b"yyyyy"
    for target, size in ((over, 6), (far_over, 200_000)):
        response = await send(target, size)
        assert response.status_code == 400, size
        assert _problem_paths(response) == ["file"]
        assert "larger than the 5 bytes allowed" in response.json()["message"]
        assert (await http.get(target["fileUrl"])).status_code == 404
    assert not list((uploads_server.data_dir / "files" / "incoming").iterdir())


async def test_form_uploads_must_match_their_grant(
    http: httpx.AsyncClient, db: AsyncSession
) -> None:
    target = await _target(http, db, 5)
    other = await _target(http, db, 5)
    fields = target["formData"]

    wrong_key = await post_form(
        http, target, b"hello", fields=fields | {"key": other["formData"]["key"]}
    )
    wrong_type = await post_form(
        http, target, b"hello", fields=fields | {"Content-Type": "text/html"}
    )
    no_file = await http.post(target["presignedUrl"], data=fields, files={"other": b"x"})
    not_a_form = await http.post(target["presignedUrl"], json=fields)
    token = _token(target["presignedUrl"])
    flipped = token[:-1] + ("A" if token[-1] != "A" else "B")
    tampered = await post_form(
        http, target | {"presignedUrl": target["presignedUrl"].replace(token, flipped)}, b"hello"
    )

    for response, path in (
        (wrong_key, "key"),
        (wrong_type, "Content-Type"),
        (no_file, "file"),
        (not_a_form, "Content-Type"),
    ):
        assert response.status_code == 400, (path, response.text)
        assert _problem_paths(response) == [path]
    assert tampered.status_code == 403
    assert (await http.get(target["fileUrl"])).status_code == 404
    assert (await post_form(http, target, b"hello", "text/plain")).status_code == 200
    assert (await post_form(http, target, b"again", "text/plain")).status_code == 409
    assert (await http.get(target["fileUrl"])).content == b"hello"
