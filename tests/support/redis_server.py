"""A throwaway Redis server for the test run: its own port and folder, nothing kept on disk."""

import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from tests.support.postgres import free_port


@dataclass
class RedisServer:
    """A running ``redis-server``; ``url`` is where to reach it."""

    process: subprocess.Popen[bytes]
    root: Path
    port: int

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        shutil.rmtree(self.root, ignore_errors=True)


def start_redis(binary: str) -> RedisServer:
    """Start ``redis-server`` on loopback with no persistence and wait until it answers."""
    root = Path(tempfile.mkdtemp(prefix="botloom-redis-"))
    port = free_port()
    command = [binary, "--port", str(port), "--bind", "127.0.0.1", "--dir", str(root)]
    command += ["--save", "", "--appendonly", "no"]
    with (root / "log").open("wb") as log:
        process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
    server = RedisServer(process=process, root=root, port=port)
    deadline = time.monotonic() + 15
    while not _answers(port):
        if time.monotonic() > deadline or process.poll() is not None:
            output = (root / "log").read_text()
            server.stop()
            raise RuntimeError(f"redis-server did not start: {output}")
        time.sleep(0.02)
    return server


def _answers(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1) as sock:
            sock.sendall(b"PING\r\n")
            return sock.recv(16).startswith(b"+PONG")
    except OSError:
        return False
