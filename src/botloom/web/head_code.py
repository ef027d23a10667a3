"""The bot's own head code under the page's Content-Security-Policy.

The widget adds ``settings.metadata.customHeadCode`` to the page when a chat starts (Typebot's
``startPropsToInject``). Rather than allowing every inline script, the policy allows exactly the
inline scripts of that code, by hash.
"""

import base64
import hashlib
from html.parser import HTMLParser


class _InlineScripts(HTMLParser):
    """Collects the text of ``<script>`` elements that have no ``src``."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.scripts: list[str] = []
        self._current: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "script" and not any(name == "src" for name, _ in attrs):
            self._current = []

    def handle_data(self, data: str) -> None:
        if self._current is not None:
            self._current.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._current is not None:
            self.scripts.append("".join(self._current))
            self._current = None


def inline_script_hashes(head_code: str | None) -> list[str]:
    """CSP sources (``'sha256-…'``) for each inline script of ``head_code``."""
    if not head_code:
        return []
    # Browsers turn every CR LF and lone CR into LF before parsing, so hash what they will run.
    normalized = head_code.replace("\r\n", "\n").replace("\r", "\n")
    parser = _InlineScripts()
    parser.feed(normalized)
    parser.close()
    hashes = []
    for script in parser.scripts:
        digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
        source = f"'sha256-{digest}'"
        if source not in hashes:
            hashes.append(source)
    return hashes
