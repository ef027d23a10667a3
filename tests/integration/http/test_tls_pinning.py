"""HTTPS through the guard: the connection goes to the checked address, while TLS still
sends and verifies the host name (SNI and certificate), never the address."""

import datetime
import json
import ssl
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from aiohttp import web
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from botloom.engine.http import HttpProxy, HttpRequestData, HttpRequestError
from botloom.integrations.http.client import GuardedHttpClient
from botloom.integrations.http.guard import SsrfPolicy
from tests.support.fake_proxy import fake_proxy
from tests.support.loopback import serving
from tests.support.postgres import free_port

HOST = "secure.example"


@dataclass
class TlsServer:
    port: int
    ca_file: Path
    server_names: list[str | None] = field(default_factory=list)


def _self_signed(directory: Path) -> tuple[Path, Path]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, HOST)])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(hours=1))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName(HOST)]), critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_file, key_file = directory / "cert.pem", directory / "key.pem"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_file, key_file


@pytest.fixture
async def tls_server(tmp_path: Path) -> AsyncIterator[TlsServer]:
    cert_file, key_file = _self_signed(tmp_path)
    server = TlsServer(port=free_port(), ca_file=cert_file)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert_file, key_file)

    def remember_sni(_socket: ssl.SSLObject, name: str | None, _context: ssl.SSLContext) -> None:
        server.server_names.append(name)

    context.sni_callback = remember_sni

    async def hello(request: web.Request) -> web.Response:
        return web.json_response({"host": request.host})

    app = web.Application()
    app.router.add_get("/", hello)
    async with serving(app, server.port, ssl_context=context):
        yield server


async def _resolve_to_loopback(host: str, port: int) -> list[str]:
    return ["127.0.0.1"] if host == HOST else []


def _trusting_client(tls_server: TlsServer) -> GuardedHttpClient:
    """A client that trusts the server's certificate and resolves its name to loopback."""
    trust = ssl.create_default_context(cafile=str(tls_server.ca_file))
    return GuardedHttpClient(SsrfPolicy(["127.0.0.1"], resolver=_resolve_to_loopback), verify=trust)


async def test_tls_uses_the_host_name_while_connecting_to_the_checked_address(
    tls_server: TlsServer,
) -> None:
    client = _trusting_client(tls_server)
    response = await client.send(
        HttpRequestData(method="GET", url=f"https://{HOST}:{tls_server.port}/")
    )
    assert response.status_code == 200
    assert tls_server.server_names == [HOST]
    await client.aclose()


async def test_certificates_are_still_verified(tls_server: TlsServer) -> None:
    client = GuardedHttpClient(SsrfPolicy(["127.0.0.1"], resolver=_resolve_to_loopback))
    with pytest.raises(HttpRequestError) as caught:
        await client.send(HttpRequestData(method="GET", url=f"https://{HOST}:{tls_server.port}/"))
    assert caught.value.kind == "network"
    assert "CERTIFICATE_VERIFY_FAILED" in str(caught.value)
    await client.aclose()


async def test_https_through_a_proxy_tunnels_with_connect_and_still_verifies(
    tls_server: TlsServer,
) -> None:
    client = _trusting_client(tls_server)
    async with fake_proxy(username="bot", password="pw") as proxy:
        proxy.hosts[HOST] = "127.0.0.1"
        request = HttpRequestData(
            method="GET",
            url=f"https://{HOST}:{tls_server.port}/",
            proxy=HttpProxy(proxy.url, username="bot", password="pw"),
        )
        response = await client.send(request)
    assert response.status_code == 200
    assert json.loads(response.text) == {"host": f"{HOST}:{tls_server.port}"}
    [tunnel] = proxy.received
    assert (tunnel.method, tunnel.target) == ("CONNECT", f"{HOST}:{tls_server.port}")
    assert tunnel.proxy_authorization == "Basic Ym90OnB3"  # bot:pw
    assert tls_server.server_names == [HOST]
    await client.aclose()
