"""Files on an S3-compatible store (production): the browser uploads straight to the bucket
with a presigned POST, as with Typebot, and files are read from the bucket's public URL.

The POST policy is signed with AWS Signature Version 4 here (no SDK needed for it): it pins the
object's key, type and disposition, and bounds its size, so the store refuses anything else.
"""

import base64
import hashlib
import hmac
import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from urllib.parse import urlsplit

import httpx

from botloom.engine.http import HttpRequestError
from botloom.integrations.http.client import read_at_most, ssl_context
from botloom.store.files.base import (
    FileKey,
    FileStorage,
    FileTooLargeError,
    Presentation,
    UploadTarget,
)

ALGORITHM = "AWS4-HMAC-SHA256"
PUBLIC_PREFIX = "public"
UNSIGNED_PAYLOAD = "UNSIGNED-PAYLOAD"
READ_TIMEOUT_SECONDS = 20


@dataclass(frozen=True)
class S3Config:
    """Where the bucket is and how to sign for it."""

    endpoint: str
    bucket: str
    region: str
    access_key: str
    secret_key: str
    public_url: str | None = None
    """The base URL files are read from (a CDN or custom domain); the endpoint's bucket URL
    (path style) if unset."""


def _hmac(key: bytes, message: str) -> bytes:
    return hmac.new(key, message.encode(), hashlib.sha256).digest()


def signing_key(secret_key: str, day: str, region: str, service: str = "s3") -> bytes:
    """SigV4's key of one day, region and service."""
    key = _hmac(f"AWS4{secret_key}".encode(), day)
    for part in (region, service, "aws4_request"):
        key = _hmac(key, part)
    return key


class S3FileStorage:
    """Public files under ``public/{fileId}/{name}`` in one bucket."""

    def __init__(
        self, config: S3Config, ttl_seconds: int, clock: Callable[[], float] = time.time
    ) -> None:
        self.config = config
        self.ttl_seconds = ttl_seconds
        self._clock = clock
        self._client: httpx.AsyncClient | None = None

    @property
    def _http(self) -> httpx.AsyncClient:
        """One client for every call, made at the first: each new client costs an SSL context
        and a fresh connection to the bucket."""
        if self._client is None:
            self._client = httpx.AsyncClient(
                timeout=READ_TIMEOUT_SECONDS, trust_env=False, verify=ssl_context()
            )
        return self._client

    async def aclose(self) -> None:
        """Close pooled connections to the bucket (call on shutdown)."""
        if self._client is not None:
            await self._client.aclose()
            self._client = None

    @property
    def bucket_url(self) -> str:
        """The bucket's URL, path style (what S3-compatible servers all accept)."""
        return f"{self.config.endpoint.rstrip('/')}/{self.config.bucket}"

    def object_key(self, key: FileKey) -> str:
        """The object key of a file."""
        return f"{PUBLIC_PREFIX}/{key.path}"

    def upload_target(
        self, *, key: FileKey, content_type: str, max_bytes: int, base_url: str
    ) -> UploadTarget:
        """A presigned POST for this one object. The stored type and disposition come from
        the file's name, not from what the visitor's browser declared."""
        del content_type, base_url  # The bucket serves the file under the type of its name.
        now = datetime.fromtimestamp(self._clock(), UTC)
        amz_date = now.strftime("%Y%m%dT%H%M%SZ")
        day = amz_date[:8]
        presentation = Presentation.of(key)
        scope = f"{day}/{self.config.region}/s3/aws4_request"
        fields = {
            "key": self.object_key(key),
            "Content-Type": presentation.media_type,
            "Content-Disposition": presentation.content_disposition(key),
            "x-amz-algorithm": ALGORITHM,
            "x-amz-credential": f"{self.config.access_key}/{scope}",
            "x-amz-date": amz_date,
        }
        policy = {
            "expiration": (now + timedelta(seconds=self.ttl_seconds)).strftime(
                "%Y-%m-%dT%H:%M:%S.000Z"
            ),
            "conditions": [
                {"bucket": self.config.bucket},
                *({name: value} for name, value in fields.items()),
                ["content-length-range", 0, max_bytes],
            ],
        }
        encoded = base64.b64encode(json.dumps(policy).encode()).decode()
        key_of_day = signing_key(self.config.secret_key, day, self.config.region)
        fields["policy"] = encoded
        fields["x-amz-signature"] = hmac.new(
            key_of_day, encoded.encode(), hashlib.sha256
        ).hexdigest()
        public = (self.config.public_url or self.bucket_url).rstrip("/")
        return UploadTarget(
            presigned_url=self.bucket_url,
            file_url=f"{public}/{self.object_key(key)}",
            form_data=fields,
        )

    async def read(self, key: FileKey, max_bytes: int) -> bytes | None:
        """The object of ``key``, read from the bucket with the storage's own credentials
        (the endpoint is the operator's, not a bot's: the bots' SSRF guard is not for it)."""
        url = f"{self.bucket_url}/{self.object_key(key)}"
        headers = self._signed_headers("GET", url)
        async with self._http.stream("GET", url, headers=headers) as response:
            if response.status_code == 404:
                return None
            response.raise_for_status()
            try:
                return await read_at_most(response, max_bytes)
            except HttpRequestError:
                raise FileTooLargeError(key.path) from None

    async def delete(self, key: FileKey) -> None:
        """Delete the object of ``key`` (S3 answers 204 whether or not it was there)."""
        url = f"{self.bucket_url}/{self.object_key(key)}"
        response = await self._http.delete(url, headers=self._signed_headers("DELETE", url))
        if response.status_code != 404:
            response.raise_for_status()

    def _signed_headers(self, method: str, url: str) -> dict[str, str]:
        """SigV4 headers of a request without a body to ``url``."""
        parts = urlsplit(url)
        amz_date = datetime.fromtimestamp(self._clock(), UTC).strftime("%Y%m%dT%H%M%SZ")
        headers = {
            "host": parts.netloc,
            "x-amz-content-sha256": UNSIGNED_PAYLOAD,
            "x-amz-date": amz_date,
        }
        signed = ";".join(headers)
        canonical = "\n".join(
            [
                method,
                parts.path,
                parts.query,
                *(f"{name}:{value}" for name, value in headers.items()),
                "",
                signed,
                UNSIGNED_PAYLOAD,
            ]
        )
        scope = f"{amz_date[:8]}/{self.config.region}/s3/aws4_request"
        to_sign = "\n".join(
            [ALGORITHM, amz_date, scope, hashlib.sha256(canonical.encode()).hexdigest()]
        )
        key_of_day = signing_key(self.config.secret_key, amz_date[:8], self.config.region)
        signature = hmac.new(key_of_day, to_sign.encode(), hashlib.sha256).hexdigest()
        credential = f"{self.config.access_key}/{scope}"
        return {
            "x-amz-content-sha256": UNSIGNED_PAYLOAD,
            "x-amz-date": amz_date,
            "Authorization": f"{ALGORITHM} Credential={credential}, "
            f"SignedHeaders={signed}, Signature={signature}",
        }


async def close_file_storage(storage: FileStorage) -> None:
    """Close what ``storage`` holds open on shutdown: only an S3 storage keeps connections."""
    if isinstance(storage, S3FileStorage):
        await storage.aclose()
