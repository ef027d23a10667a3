"""The DNS lookup that proves a workspace owns a domain, behind a small interface so that tests
(and operators with split-horizon DNS) can point it at their own name servers."""

from typing import Protocol

import dns.asyncresolver
import dns.exception
import dns.nameserver
import dns.resolver

from botloom.settings import Settings


class DnsLookupError(Exception):
    """The name servers could not be asked (timeout, refused): unlike a missing record, the
    answer is unknown."""


class TxtResolver(Protocol):
    """Reads TXT records."""

    async def txt(self, name: str) -> list[str]:
        """The TXT strings of ``name``; empty when it has none or does not exist."""
        ...


class NameServerResolver:
    """TXT lookups through the system's resolvers, or the name servers given (``ip[:port]``)."""

    def __init__(self, nameservers: list[str], timeout_seconds: float = 5.0) -> None:
        self._resolver = dns.asyncresolver.Resolver(configure=not nameservers)
        if nameservers:
            self._resolver.nameservers = [_nameserver(entry) for entry in nameservers]
        self._resolver.lifetime = timeout_seconds

    @classmethod
    def from_settings(cls, settings: Settings) -> "NameServerResolver":
        """The resolver ``BOTLOOM_DNS_NAMESERVERS`` describes."""
        return cls(settings.dns_nameservers)

    async def txt(self, name: str) -> list[str]:
        """The TXT strings of ``name`` (a record's pieces joined, as DNS splits long ones)."""
        try:
            answer = await self._resolver.resolve(name, "TXT")
        except (dns.resolver.NXDOMAIN, dns.resolver.NoAnswer):
            return []
        except dns.exception.DNSException as exc:
            raise DnsLookupError(str(exc)) from exc
        return [b"".join(record.strings).decode(errors="replace") for record in answer]


def _nameserver(entry: str) -> dns.nameserver.Nameserver:
    """A name server from ``ip``, ``ip:port`` or ``[ipv6]:port``."""
    if entry.startswith("["):
        host, _, port = entry[1:].partition("]:")
        return dns.nameserver.Do53Nameserver(host, int(port or 53))
    if entry.count(":") == 1:
        host, _, port = entry.partition(":")
        return dns.nameserver.Do53Nameserver(host, int(port))
    return dns.nameserver.Do53Nameserver(entry)
