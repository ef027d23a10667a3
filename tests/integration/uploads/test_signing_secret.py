"""The install's own upload signing secret, kept in the data folder."""

import stat
import threading
from pathlib import Path

from botloom.store.files.signing import SECRET_FILE_NAME, install_secret


def test_the_secret_is_made_once_private_and_kept(tmp_path: Path) -> None:
    first = install_secret(tmp_path / "data")

    path = tmp_path / "data" / SECRET_FILE_NAME
    assert len(first) == 64
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert install_secret(tmp_path / "data") == first
    assert install_secret(tmp_path / "other") != first


def test_workers_starting_together_share_one_secret(tmp_path: Path) -> None:
    secrets: list[bytes] = []
    barrier = threading.Barrier(8)

    def worker() -> None:
        barrier.wait()
        secrets.append(install_secret(tmp_path))

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert len(secrets) == 8
    assert len(set(secrets)) == 1
    assert [p.name for p in tmp_path.iterdir()] == [SECRET_FILE_NAME], "no temporary file left"
