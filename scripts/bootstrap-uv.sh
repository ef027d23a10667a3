#!/usr/bin/env bash
# Prints the path of a uv to use: the one on PATH, else one installed into .venv-tools.
# Debian's own python3 refuses `pip install` outside a virtual environment (PEP 668,
# "externally managed environment"), so uv gets a small environment of its own.
# Usage: scripts/bootstrap-uv.sh [PYTHON]   (progress goes to stderr, the path to stdout)
set -euo pipefail
cd "$(dirname "$0")/.."

python="${1:-python3}"
tools=.venv-tools

if command -v uv >/dev/null 2>&1; then
  command -v uv
  exit 0
fi
if [ ! -x "$tools/bin/uv" ]; then
  echo "uv not found: installing it into $tools" >&2
  rm -rf "$tools"
  if "$python" -m venv "$tools" >/dev/null 2>&1; then
    "$tools/bin/python" -m pip install --quiet --disable-pip-version-check uv >&2
  else
    rm -rf "$tools"
    # No venv module (Debian without python3-venv): pip may still install into a folder.
    "$python" -m pip install --quiet --disable-pip-version-check --target "$tools" uv >&2 || {
      echo "Cannot install uv: install it (https://docs.astral.sh/uv/), or python3-venv" >&2
      exit 1
    }
  fi
fi
echo "$PWD/$tools/bin/uv"
