"""A DNS server on loopback that answers TXT questions from a dict, standing in for the
internet's DNS in custom-domain tests."""

import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager

import dns.message
import dns.rcode
import dns.rdataclass
import dns.rdatatype
import dns.rrset


class FakeDns:
    """Answers ``txt[name]`` (names without the final dot); NXDOMAIN for any other name."""

    def __init__(self) -> None:
        self.txt: dict[str, list[str]] = {}
        self._socket = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self._socket.bind(("127.0.0.1", 0))
        self._socket.settimeout(0.2)
        self._stopped = threading.Event()
        self.address = f"127.0.0.1:{self._socket.getsockname()[1]}"

    def serve(self) -> None:
        """Answer questions until ``close``."""
        while not self._stopped.is_set():
            try:
                wire, peer = self._socket.recvfrom(4096)
            except TimeoutError:
                continue
            self._answer(wire, peer)
        self._socket.close()

    def _answer(self, wire: bytes, peer: tuple[str, int]) -> None:
        query = dns.message.from_wire(wire)
        reply = dns.message.make_response(query)
        question = query.question[0]
        values = self.txt.get(question.name.to_text().removesuffix(".").lower())
        if values is None:
            reply.set_rcode(dns.rcode.NXDOMAIN)
        elif question.rdtype == dns.rdatatype.TXT:
            quoted = [f'"{value}"' for value in values]
            reply.answer.append(
                dns.rrset.from_text_list(question.name, 60, dns.rdataclass.IN, "TXT", quoted)
            )
        self._socket.sendto(reply.to_wire(), peer)

    def close(self) -> None:
        """Stop answering."""
        self._stopped.set()


@contextmanager
def fake_dns() -> Iterator[FakeDns]:
    """A running ``FakeDns``, stopped on exit."""
    server = FakeDns()
    thread = threading.Thread(target=server.serve, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.close()
        thread.join(timeout=5)
