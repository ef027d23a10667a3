"""Which hosts outgoing requests of bots may reach: the SSRF guard.

Bots send HTTP requests to URLs their authors (and visitors, through variables) choose, from
inside the server's network. The guard refuses every address that is not on the public
internet: loopback, private (RFC 1918, unique-local), link-local, CGNAT, multicast, reserved,
unspecified, IPv6 forms that embed such an IPv4 address, and cloud metadata services. Names are
resolved once, every answer must pass, and the connection is made to the address that was
checked (see ``client.py``), so a DNS answer that changes between check and connect cannot
smuggle a private address in. Numeric host spellings that only some parsers read as addresses
(``2130706433``, ``0x7f.1``, ``0177.0.0.1``, ``127.1``) are refused outright.

Self-hosters who need their bots to reach internal services list them in
``BOTLOOM_HTTP_ALLOWED_HOSTS`` (host names, ``*.suffix`` wildcards, IP addresses or CIDR
networks); metadata services stay refused even then.
"""

import asyncio
import ipaddress
import re
import socket
from collections.abc import Awaitable, Callable, Iterable
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

if TYPE_CHECKING:
    from botloom.settings import Settings

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network

Resolver = Callable[[str, int], Awaitable[list[str]]]
"""Resolves ``(host, port)`` to IP address strings; the default asks the system (getaddrinfo)."""

ALLOWED_SCHEMES = frozenset({"http", "https"})

BLOCKED_HOST_NAMES = frozenset(
    {"localhost", "metadata", "metadata.google.internal", "metadata.goog", "instance-data"}
)
"""Names refused before any DNS lookup (and every ``*.localhost`` name)."""

METADATA_ADDRESSES = frozenset(
    ipaddress.ip_address(a)
    for a in (
        "169.254.169.254",  # AWS, GCP, Azure, OpenStack, DigitalOcean...
        "169.254.170.2",  # AWS ECS task metadata
        "169.254.169.253",  # AWS DNS resolver
        "100.100.100.200",  # Alibaba Cloud
        "fd00:ec2::254",  # AWS over IPv6
    )
)
"""Cloud metadata services: refused even when the allow-list would admit them."""

BLOCKED_HEADER_NAMES = frozenset(
    {
        "x-aws-ec2-metadata-token",
        "x-aws-ec2-metadata-token-ttl-seconds",
        "metadata",
        "metadata-flavor",
        "x-google-metadata-request",
    }
)
"""Headers only metadata services ask for; a bot has no reason to send them."""

_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_IPV4_COMPATIBLE = ipaddress.ip_network("::/96")
# One to four dot-separated numbers, each decimal, octal (leading 0) or hex (0x): the host
# forms that inet_aton and WHATWG URL parsers read as IPv4 addresses.
_NUMERIC_HOST = re.compile(r"^(0x[0-9a-f]*|[0-9]+)(\.(0x[0-9a-f]*|[0-9]+)){0,3}\.?$", re.IGNORECASE)


class BlockedAddressError(Exception):
    """A request would reach an address bots may not reach; nothing was sent. Its message is
    the reason in Typebot's words, which bots show to visitors."""


_REFUSED = "Security validation failed: "
_NOT_ALLOWED = " is not allowed for security reasons."
_METADATA_NOTE = " This range includes cloud metadata services."


def refusal(what: str, note: str = "") -> str:
    """A refusal in Typebot's words: ``what`` names what may not be reached."""
    return f"{_REFUSED}Access to {what}{_NOT_ALLOWED}{note}"


# The first range that holds an address names it in the refusal; IPv6 forms that embed an IPv4
# address are named by that address.
_NAMED_RANGES: tuple[tuple[IPNetwork, str, str], ...] = tuple(
    (ipaddress.ip_network(network), what, note)
    for network, what, note in (
        ("0.0.0.0/8", "unspecified addresses", ""),
        ("127.0.0.0/8", "loopback addresses", ""),
        ("10.0.0.0/8", "private network addresses", ""),
        ("172.16.0.0/12", "private network addresses", ""),
        ("192.168.0.0/16", "private network addresses", ""),
        ("169.254.0.0/16", "link-local addresses", _METADATA_NOTE),
        ("100.64.0.0/10", "shared address space (CGNAT) addresses", ""),
        ("224.0.0.0/4", "multicast addresses", ""),
        ("240.0.0.0/4", "reserved addresses", ""),
        ("::/128", "unspecified IPv6 addresses", ""),
        ("::1/128", "IPv6 loopback addresses", ""),
        ("fc00::/7", "IPv6 unique local addresses", ""),
        ("fe80::/10", "IPv6 link-local addresses", ""),
        ("ff00::/8", "IPv6 multicast addresses", ""),
    )
)


def address_refusal(address: IPAddress) -> str:
    """Why ``address`` may not be reached, in Typebot's words (its range named when known)."""
    if isinstance(address, ipaddress.IPv6Address):
        embedded = _embedded_ipv4(address)
        if embedded is not None and not is_public_address(embedded):
            return address_refusal(embedded)
    if address in METADATA_ADDRESSES and not address.is_link_local:
        return refusal(f"cloud metadata services ({address})")
    for network, what, note in _NAMED_RANGES:
        if address.version == network.version and address in network:
            return refusal(f"{what} ({network})", note)
    return refusal(f"non-public addresses ({address})")


async def system_resolver(host: str, port: int) -> list[str]:
    """The addresses the system resolver gives for ``host``, in its order, without repeats."""
    infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


def normalize_host(host: str) -> str:
    """A host as connections see it: lower case, no brackets or trailing dot, IDNA-encoded
    (so that look-alike spellings such as fullwidth or circled letters collapse)."""
    host = host.strip().strip("[]").rstrip(".").lower()
    if not host or host.isascii():
        return host
    try:
        return host.encode("idna").decode("ascii")
    except UnicodeError:
        raise BlockedAddressError(f"{_REFUSED}Invalid host name.") from None


def parse_ip(host: str) -> IPAddress | None:
    """``host`` as an IP address if it is one in canonical notation (IPv6 scope ids dropped)."""
    try:
        return ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        return None


def _embedded_ipv4(address: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 address stands for (mapped, 6to4, Teredo, NAT64, compatible)."""
    if address.ipv4_mapped is not None:
        return address.ipv4_mapped
    if address.sixtofour is not None:
        return address.sixtofour
    if address.teredo is not None:
        return address.teredo[1]
    if address in _NAT64 or (address in _IPV4_COMPATIBLE and int(address) > 1):
        return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    return None


def is_public_address(address: IPAddress) -> bool:
    """Whether an address is on the public internet (and embeds no address that is not)."""
    if (
        not address.is_global
        or address.is_multicast
        or address.is_reserved
        or address.is_link_local
        or address in METADATA_ADDRESSES
    ):
        return False
    if isinstance(address, ipaddress.IPv6Address):
        embedded = _embedded_ipv4(address)
        if embedded is not None:
            return is_public_address(embedded)
    return True


class SsrfPolicy:
    """The rules for one server: what is refused, what the operator allows, how names resolve."""

    def __init__(self, allowed_hosts: Iterable[str] = (), resolver: Resolver | None = None) -> None:
        """``allowed_hosts``: names, ``*.suffix`` wildcards, IP addresses or CIDR networks
        that may be reached even though they are not public; ``resolver`` for tests."""
        self._resolver = resolver or system_resolver
        self._networks: list[IPNetwork] = []
        self._names: set[str] = set()
        self._suffixes: list[str] = []
        for entry in allowed_hosts:
            self._add_allowed(entry.strip())

    @classmethod
    def from_settings(cls, settings: "Settings") -> "SsrfPolicy":
        """The policy the server's settings describe."""
        return cls(settings.http_allowed_hosts)

    def _add_allowed(self, entry: str) -> None:
        if not entry:
            return
        try:
            self._networks.append(ipaddress.ip_network(entry.strip("[]"), strict=False))
            return
        except ValueError:
            pass
        if entry.startswith("*."):
            self._suffixes.append("." + normalize_host(entry[2:]))
        else:
            self._names.add(normalize_host(entry))

    def _name_allowed(self, host: str) -> bool:
        return host in self._names or any(host.endswith(s) for s in self._suffixes)

    def _address_allowed(self, address: IPAddress) -> bool:
        if address in METADATA_ADDRESSES:
            return False
        if is_public_address(address):
            return True
        return any(address.version == n.version and address in n for n in self._networks)

    def check_url(self, url: str) -> None:
        """Refuse a URL whose scheme is not HTTP(S) or whose host is refused by name or, for
        an IP literal, by address. Names are only resolved when connecting."""
        try:
            parts = urlsplit(url)
            hostname = parts.hostname
        except ValueError as exc:
            raise BlockedAddressError(f"{_REFUSED}Invalid URL format.") from exc
        if parts.scheme.lower() not in ALLOWED_SCHEMES:
            raise BlockedAddressError(f"{_REFUSED}Only HTTP and HTTPS protocols are allowed.")
        if not hostname:
            raise BlockedAddressError(f"{_REFUSED}Invalid URL format: the URL has no host.")
        self._check_host_text(hostname)

    def check_headers(self, names: Iterable[str]) -> None:
        """Refuse requests carrying headers that only cloud metadata services ask for."""
        for name in names:
            if name.strip().lower() in BLOCKED_HEADER_NAMES:
                raise BlockedAddressError(refusal(f"cloud metadata headers ({name})"))

    def _check_host_text(self, raw_host: str) -> tuple[str, IPAddress | None]:
        """Name-level checks; returns the normalized host and its address if it is a literal."""
        host = normalize_host(raw_host)
        if self._name_allowed(host):
            return host, parse_ip(host)
        address = parse_ip(host)
        if address is None and _NUMERIC_HOST.match(host):
            raise BlockedAddressError(refusal(f"numeric host names ({raw_host})"))
        if host in BLOCKED_HOST_NAMES or host.endswith(".localhost"):
            raise BlockedAddressError(refusal(f"internal host names ({host})"))
        if address is not None and not self._address_allowed(address):
            raise BlockedAddressError(address_refusal(address))
        return host, address

    async def resolve(self, host: str, port: int) -> str:
        """The address to connect to for ``host``: the first of :meth:`resolve_all`."""
        return (await self.resolve_all(host, port))[0]

    async def resolve_all(self, host: str, port: int) -> list[str]:
        """The addresses to connect to for ``host``, in the resolver's order. Every address
        the name resolves to must be allowed: one bad answer refuses the host."""
        host, literal = self._check_host_text(host)
        if literal is not None:  # already checked with the name
            return [str(literal)]
        try:
            answers = await self._resolver(host, port)
        except OSError as exc:
            raise OSError(f"could not resolve {host!r}: {exc}") from exc
        addresses = [a for a in (parse_ip(answer) for answer in answers) if a is not None]
        if not addresses:
            raise OSError(f"could not resolve {host!r}")
        name_allowed = self._name_allowed(host)
        for address in addresses:
            if address in METADATA_ADDRESSES or not (
                name_allowed or self._address_allowed(address)
            ):
                raise BlockedAddressError(address_refusal(address))
        return [str(address) for address in addresses]
