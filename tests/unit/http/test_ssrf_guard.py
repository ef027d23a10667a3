"""The SSRF guard's rules: which URLs, hosts, DNS answers and headers are refused.

Covers the cases of Typebot's ``executeHttpRequestBlock.ssrf.test.ts`` (numeric IP spellings,
IPv6 and IPv4-mapped forms, metadata hosts), plus the allow-list. DNS answers come from a fake
resolver; connecting (pinning, redirects, rebinding) is tested in
``tests/integration/http/test_guarded_client.py``.
"""

import pytest

from botloom.integrations.http.guard import BlockedAddressError, SsrfPolicy
from botloom.settings import Settings

REFUSED_URLS = [
    # numeric spellings of loopback that inet_aton and browsers accept
    "http://2130706433/",
    "http://0x7f000001/",
    "http://0x7f.0x0.0x0.0x1/",
    "http://0177.0.0.1/",
    "http://017700000001/",
    "http://0x7f.1/",
    "http://127.1/",
    "http://0/",
    "http://0251.0376.0251.0376/",  # 169.254.169.254 in octal
    "http://2852039166/",  # 169.254.169.254 in decimal
    # plain private, loopback, link-local, CGNAT, multicast, broadcast, unspecified
    "http://127.0.0.1/",
    "http://127.255.0.9:8080/x",
    "http://10.0.0.1/",
    "http://172.16.0.1/",
    "http://172.31.255.254/",
    "http://192.168.1.1/",
    "http://169.254.1.1/",
    "http://100.64.0.1/",
    "http://0.0.0.0/",
    "http://224.0.0.1/",
    "http://255.255.255.255/",
    # IPv6
    "http://[::1]/",
    "http://[::]/",
    "http://[fe80::1]/",
    "http://[fc00::1]/",
    "http://[fd12:3456::1]/",
    "http://[ff02::1]/",
    # IPv4-mapped and other IPv6 forms embedding a private IPv4 address
    "http://[::ffff:127.0.0.1]/",
    "http://[::ffff:7f00:1]/",
    "http://[0:0:0:0:0:ffff:10.0.0.1]/",
    "http://[::ffff:169.254.169.254]/",
    "http://[2002:7f00:1::]/",  # 6to4 of 127.0.0.1
    "http://[64:ff9b::a9fe:a9fe]/",  # NAT64 of 169.254.169.254
    "http://[::127.0.0.1]/",  # IPv4-compatible
    # cloud metadata services
    "http://169.254.169.254/latest/meta-data/",
    "http://169.254.170.2/v2/credentials",
    "http://100.100.100.200/latest/meta-data",
    "http://[fd00:ec2::254]/latest/meta-data/",
    "http://metadata.google.internal/computeMetadata/v1/",
    "http://METADATA.GOOGLE.INTERNAL./computeMetadata/v1/",
    "http://metadata.goog/",
    "http://metadata/",
    # local names
    "http://localhost/",
    "http://LocalHost:3000/",
    "http://localhost./",
    "http://api.localhost/",
    "http://\u24dbocalhost/",  # circled l: IDNA maps it to "localhost"
    # user-info tricks: the host is what counts
    "http://example.com@127.0.0.1/",
    "http://user:pass@[::1]:80/",
    # other schemes
    "ftp://example.com/file",
    "file:///etc/passwd",
    "gopher://example.com/",
    "//example.com/",
]


@pytest.mark.parametrize("url", REFUSED_URLS)
def test_refused_urls(url: str) -> None:
    with pytest.raises(BlockedAddressError):
        SsrfPolicy().check_url(url)


@pytest.mark.parametrize(
    "url",
    [
        "https://example.com/hook",
        "http://hooks.zapier.com:443/a?b=c",
        "https://8.8.8.8/",
        "http://[2606:4700:4700::1111]/",
        "http://[2002:808:808::]/",  # 6to4 of a public address
        "https://1.1.1.1.nip.example/",  # a name that merely starts with digits
    ],
)
def test_public_urls_pass(url: str) -> None:
    SsrfPolicy().check_url(url)


@pytest.mark.parametrize(
    "header",
    ["Metadata-Flavor", "metadata", "X-aws-ec2-metadata-token", "X-Google-Metadata-Request"],
)
def test_metadata_headers_are_refused(header: str) -> None:
    with pytest.raises(BlockedAddressError):
        SsrfPolicy().check_headers(["Content-Type", header])


def test_ordinary_headers_pass() -> None:
    SsrfPolicy().check_headers(["Content-Type", "Authorization", "X-Metadata-Id"])


class FakeResolver:
    """Answers from a table, and counts the questions."""

    def __init__(self, answers: dict[str, list[str]]) -> None:
        self.answers = answers
        self.calls: list[str] = []

    async def __call__(self, host: str, port: int) -> list[str]:
        self.calls.append(host)
        if host not in self.answers:
            raise OSError("Name or service not known")
        return self.answers[host]


async def test_a_name_resolving_to_public_addresses_gives_the_first() -> None:
    resolver = FakeResolver({"hooks.example": ["93.184.215.14", "2606:2800:21f:cb07::1"]})
    assert await SsrfPolicy(resolver=resolver).resolve("hooks.example", 443) == "93.184.215.14"
    assert resolver.calls == ["hooks.example"]


@pytest.mark.parametrize(
    "answers",
    [
        ["127.0.0.1"],
        ["10.1.2.3"],
        ["169.254.169.254"],
        ["::1"],
        ["::ffff:192.168.0.1"],
        ["fe80::1%eth0"],
        # one bad answer among good ones refuses the host (the client could pick any)
        ["93.184.215.14", "192.168.0.10"],
        ["2606:2800:21f:cb07::1", "fd00::1"],
    ],
)
async def test_a_name_with_any_private_answer_is_refused(answers: list[str]) -> None:
    resolver = FakeResolver({"evil.example": answers})
    with pytest.raises(BlockedAddressError, match=r"^Security validation failed: Access to "):
        await SsrfPolicy(resolver=resolver).resolve("evil.example", 80)


async def test_ip_literals_are_not_resolved() -> None:
    resolver = FakeResolver({})
    policy = SsrfPolicy(resolver=resolver)
    assert await policy.resolve("8.8.8.8", 80) == "8.8.8.8"
    assert await policy.resolve("[2606:4700:4700::1111]", 80) == "2606:4700:4700::1111"
    with pytest.raises(BlockedAddressError):
        await policy.resolve("127.0.0.1", 80)
    with pytest.raises(BlockedAddressError):
        await policy.resolve("2130706433", 80)
    assert resolver.calls == []


async def test_unknown_names_fail_as_network_errors() -> None:
    with pytest.raises(OSError, match="could not resolve"):
        await SsrfPolicy(resolver=FakeResolver({})).resolve("nowhere.example", 80)
    with pytest.raises(OSError, match="could not resolve"):
        await SsrfPolicy(resolver=FakeResolver({"empty.example": []})).resolve("empty.example", 80)


async def test_allow_list_of_networks() -> None:
    resolver = FakeResolver({"db.internal": ["10.1.2.3"], "other.internal": ["192.168.1.5"]})
    policy = SsrfPolicy(["10.0.0.0/8", "127.0.0.1"], resolver=resolver)
    policy.check_url("http://10.9.9.9:8080/")
    policy.check_url("http://127.0.0.1:5000/")
    assert await policy.resolve("db.internal", 80) == "10.1.2.3"
    with pytest.raises(BlockedAddressError):
        await policy.resolve("other.internal", 80)
    with pytest.raises(BlockedAddressError):
        policy.check_url("http://127.0.0.2/")
    with pytest.raises(BlockedAddressError):
        policy.check_url("http://[::1]/")


async def test_allow_list_of_names_and_wildcards() -> None:
    resolver = FakeResolver(
        {"crm.corp.example": ["192.168.1.5"], "wiki.corp.example": ["10.0.0.7"], "x": ["10.0.0.8"]}
    )
    policy = SsrfPolicy(["CRM.corp.example", "*.corp.example", "localhost"], resolver=resolver)
    assert await policy.resolve("crm.corp.example", 80) == "192.168.1.5"
    assert await policy.resolve("wiki.corp.example", 80) == "10.0.0.7"
    policy.check_url("http://localhost:8000/")
    with pytest.raises(BlockedAddressError):
        await policy.resolve("x", 80)


async def test_metadata_services_stay_refused_whatever_the_allow_list() -> None:
    resolver = FakeResolver({"meta.corp.example": ["169.254.169.254"]})
    policy = SsrfPolicy(
        ["169.254.0.0/16", "fd00::/8", "100.64.0.0/10", "*.corp.example"], resolver=resolver
    )
    policy.check_url("http://169.254.1.1/")
    for url in (
        "http://169.254.169.254/",
        "http://[fd00:ec2::254]/",
        "http://100.100.100.200/",
    ):
        with pytest.raises(BlockedAddressError):
            policy.check_url(url)
    with pytest.raises(BlockedAddressError):
        await policy.resolve("meta.corp.example", 80)


def test_allow_list_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BOTLOOM_HTTP_ALLOWED_HOSTS", '["10.0.0.0/8", "*.corp.example"]')
    settings = Settings()
    assert settings.http_allowed_hosts == ["10.0.0.0/8", "*.corp.example"]
    policy = SsrfPolicy.from_settings(settings)
    policy.check_url("http://10.1.1.1/")
    with pytest.raises(BlockedAddressError):
        policy.check_url("http://192.168.1.1/")
    monkeypatch.delenv("BOTLOOM_HTTP_ALLOWED_HOSTS")
    assert Settings().http_allowed_hosts == []


def _refusal(what: str, note: str = "") -> str:
    return (
        f"Security validation failed: Access to {what} is not allowed for security reasons.{note}"
    )


METADATA_NOTE = " This range includes cloud metadata services."


@pytest.mark.parametrize(
    ("url", "message"),
    [
        (
            "http://169.254.169.254/latest/meta-data/",
            _refusal("link-local addresses (169.254.0.0/16)", METADATA_NOTE),
        ),
        ("http://127.0.0.1:8080/", _refusal("loopback addresses (127.0.0.0/8)")),
        ("http://10.1.2.3/", _refusal("private network addresses (10.0.0.0/8)")),
        ("http://172.20.0.1/", _refusal("private network addresses (172.16.0.0/12)")),
        ("http://192.168.1.1/", _refusal("private network addresses (192.168.0.0/16)")),
        ("http://0.0.0.0/", _refusal("unspecified addresses (0.0.0.0/8)")),
        ("http://100.64.0.1/", _refusal("shared address space (CGNAT) addresses (100.64.0.0/10)")),
        ("http://100.100.100.200/", _refusal("cloud metadata services (100.100.100.200)")),
        ("http://240.0.0.1/", _refusal("reserved addresses (240.0.0.0/4)")),
        ("http://[::1]/", _refusal("IPv6 loopback addresses (::1/128)")),
        ("http://[::]/", _refusal("unspecified IPv6 addresses (::/128)")),
        ("http://[fd12::1]/", _refusal("IPv6 unique local addresses (fc00::/7)")),
        ("http://[fe80::1]/", _refusal("IPv6 link-local addresses (fe80::/10)")),
        ("http://[fd00:ec2::254]/", _refusal("cloud metadata services (fd00:ec2::254)")),
        (
            "http://[::ffff:169.254.169.254]/",
            _refusal("link-local addresses (169.254.0.0/16)", METADATA_NOTE),
        ),
        ("http://localhost/", _refusal("internal host names (localhost)")),
        ("http://0x7f.1/", _refusal("numeric host names (0x7f.1)")),
        (
            "ftp://example.com/",
            "Security validation failed: Only HTTP and HTTPS protocols are allowed.",
        ),
        ("http://[::1/", "Security validation failed: Invalid URL format."),
    ],
)
def test_refusals_give_the_reason_in_typebot_s_words(url: str, message: str) -> None:
    with pytest.raises(BlockedAddressError) as refused:
        SsrfPolicy().check_url(url)
    assert str(refused.value) == message


async def test_a_name_resolving_to_a_private_address_is_refused_with_its_range() -> None:
    resolver = FakeResolver({"rebind.example": ["93.184.215.14", "169.254.169.254"]})
    with pytest.raises(BlockedAddressError) as refused:
        await SsrfPolicy(resolver=resolver).resolve("rebind.example", 80)
    assert str(refused.value) == _refusal("link-local addresses (169.254.0.0/16)", METADATA_NOTE)
