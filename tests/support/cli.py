"""Running the ``botloom`` command as a user does: a subprocess with its own environment."""

import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

from tests.support.postgres import free_port

BOTLOOM = [sys.executable, "-m", "botloom"]


def botloom(
    env: dict[str, str], *args: str, check: bool = True, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    """Run ``botloom ARGS`` to the end and capture what it prints."""
    return subprocess.run(
        [*BOTLOOM, *args],
        env=env,
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=60,
        check=check,
    )


@contextmanager
def serving(env: dict[str, str], port: int | None = None) -> Iterator[str]:
    """``botloom serve`` on a free port (as ``make run`` starts it), until the block ends."""
    port = port or free_port()
    process = subprocess.Popen(
        [*BOTLOOM, "serve", "--port", str(port)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            httpx.get(f"{base}/openapi.json", timeout=1)
            break
        except httpx.TransportError:
            if time.monotonic() > deadline or process.poll() is not None:
                process.kill()
                output = process.stdout.read().decode() if process.stdout else ""
                raise RuntimeError(f"botloom serve did not start:\n{output}") from None
            time.sleep(0.1)
    try:
        yield base
    finally:
        process.terminate()
        process.wait(timeout=15)
