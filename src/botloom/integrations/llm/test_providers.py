"""Tests of where a stored key may be sent."""

import pytest

from botloom.integrations.llm.providers import PROVIDERS, Endpoint, base_url_of

GROQ = PROVIDERS["groq"]


@pytest.mark.parametrize(
    ("credential_url", "block_url", "expected"),
    [
        (None, None, Endpoint(GROQ.base_url)),
        ("http://c/v1/", None, Endpoint("http://c/v1")),
        # The block may repeat the trusted URL (or Typebot's stored default) without a log.
        ("http://c/v1", " http://c/v1/ ", Endpoint("http://c/v1")),
        ("http://c/v1", GROQ.base_url, Endpoint("http://c/v1")),
        (None, GROQ.base_url + "/", Endpoint(GROQ.base_url)),
        # Anything else is not where the key goes.
        (None, "http://b/v1", Endpoint(GROQ.base_url, ignored_block_url="http://b/v1")),
        ("http://c/v1", "http://b/v1", Endpoint("http://c/v1", ignored_block_url="http://b/v1")),
        ("", "{{Server}}", Endpoint(GROQ.base_url, ignored_block_url="{{Server}}")),
    ],
)
def test_a_stored_key_goes_only_to_the_credentials_or_the_provider(
    credential_url: str | None, block_url: str | None, expected: Endpoint
) -> None:
    assert base_url_of(GROQ, credential_url=credential_url, block_url=block_url) == expected
