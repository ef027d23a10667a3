"""The signed state of a Google Sheets connection: it opens only as it was sealed, in time."""

import time

import pytest

from botloom.domain.credentials.google_oauth import (
    ConnectState,
    open_state,
    seal_state,
    session_binding,
    state_workspace,
)
from botloom.domain.errors import UnauthorizedError
from botloom.urlsafe import b64encode

SECRET = "0123456789abcdef0123456789abcdef"


def _state(**changes: object) -> ConnectState:
    values: dict[str, object] = {
        "workspace_id": "w1",
        "user_id": "u1",
        "session": session_binding("the-session"),
        "expires": int(time.time()) + 600,
        "nonce": "n",
    }
    return ConnectState(**(values | changes))  # type: ignore[arg-type]


def test_a_sealed_state_opens_with_its_secret_only() -> None:
    state = _state()
    sealed = seal_state(state, SECRET)
    assert open_state(sealed, SECRET) == state
    with pytest.raises(UnauthorizedError):
        open_state(sealed, "another-secret-of-thirty-two-chars")


@pytest.mark.parametrize(
    "tamper",
    [
        lambda sealed: b64encode(b'{"workspace_id":"w2"}') + sealed[sealed.index(".") :],
        lambda sealed: sealed[:-2],
        lambda sealed: sealed.split(".")[0],
        lambda sealed: "",
        lambda sealed: "é.ü",
        lambda sealed: "!!!.???",
        lambda sealed: b64encode(b"[1, 2]") + ".x",
    ],
)
def test_a_changed_or_garbled_state_is_refused(tamper: object) -> None:
    sealed = seal_state(_state(), SECRET)
    with pytest.raises(UnauthorizedError):
        open_state(tamper(sealed), SECRET)  # type: ignore[operator]


def test_an_expired_state_is_refused() -> None:
    sealed = seal_state(_state(expires=1000), SECRET)
    assert open_state(sealed, SECRET, now=999).workspace_id == "w1"
    with pytest.raises(UnauthorizedError):
        open_state(sealed, SECRET, now=1001)


def test_the_workspace_to_return_to_is_only_ever_an_id() -> None:
    assert state_workspace(seal_state(_state(), SECRET)) == "w1"
    assert state_workspace(seal_state(_state(workspace_id="../../evil"), SECRET)) is None
    assert state_workspace("garbage") is None
    assert state_workspace(None) is None
    assert session_binding(None) == ""
    assert session_binding("a") != session_binding("b")
