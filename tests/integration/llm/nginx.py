"""A real nginx reverse proxy in front of the app, as self-hosters run it: proxy buffering on (the
default) and gzip for text responses, so responses are held back unless the app says otherwise."""

import shutil
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

from tests.support.postgres import free_port

NGINX = shutil.which("nginx") or "/usr/sbin/nginx"

CONFIG = """
worker_processes 1;
daemon off;
pid {root}/nginx.pid;
error_log {root}/error.log;
events {{ worker_connections 64; }}
http {{
  access_log off;
  client_body_temp_path {root}/body;
  proxy_temp_path {root}/proxy;
  fastcgi_temp_path {root}/fastcgi;
  uwsgi_temp_path {root}/uwsgi;
  scgi_temp_path {root}/scgi;
  gzip on;
  gzip_types text/plain application/json;
  server {{
    listen 127.0.0.1:{port};
    location / {{
      proxy_pass {upstream};
      proxy_http_version 1.1;
      proxy_set_header Host $host;
    }}
  }}
}}
"""


@dataclass
class Nginx:
    """An nginx process proxying to an upstream; ``base_url`` is where to reach it."""

    process: subprocess.Popen[bytes]
    base_url: str

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=10)


def nginx_available() -> bool:
    """Whether the nginx binary is installed (Debian ``nginx-light``)."""
    return Path(NGINX).exists()


def start_nginx(root: Path, upstream: str) -> Nginx:
    """Start nginx on a free loopback port in front of ``upstream``; wait until it listens."""
    port = free_port()
    config = root / "nginx.conf"
    config.write_text(CONFIG.format(root=root, port=port, upstream=upstream))
    process = subprocess.Popen(
        [NGINX, "-c", str(config), "-p", str(root), "-e", str(root / "error.log")],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 10
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                raise RuntimeError((root / "error.log").read_text()) from None
            time.sleep(0.05)
    return Nginx(process=process, base_url=f"http://127.0.0.1:{port}")
