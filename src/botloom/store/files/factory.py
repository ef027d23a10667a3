"""The file storage the settings ask for."""

from botloom.settings import Settings
from botloom.store.files.base import FileStorage
from botloom.store.files.local import LocalFileStorage
from botloom.store.files.s3 import S3Config, S3FileStorage
from botloom.store.files.signing import UploadSigner, install_secret


def file_storage_from_settings(settings: Settings) -> FileStorage:
    """The S3-compatible bucket when one is set, else local disk under ``data_dir/files``
    (signed with the configured secret or, if none, the install's own kept in ``data_dir``)."""
    if settings.s3_bucket:
        if not settings.s3_access_key or not settings.s3_secret_key:
            raise ValueError("BOTLOOM_S3_BUCKET needs BOTLOOM_S3_ACCESS_KEY and _SECRET_KEY")
        config = S3Config(
            endpoint=settings.s3_endpoint,
            bucket=settings.s3_bucket,
            region=settings.s3_region,
            access_key=settings.s3_access_key,
            secret_key=settings.s3_secret_key,
            public_url=settings.s3_public_url,
        )
        return S3FileStorage(config, ttl_seconds=settings.upload_url_ttl_seconds)
    secret = (
        settings.upload_signing_secret.encode()
        if settings.upload_signing_secret
        else install_secret(settings.data_dir)
    )
    return LocalFileStorage(
        root=settings.data_dir / "files",
        signer=UploadSigner(secret),
        ttl_seconds=settings.upload_url_ttl_seconds,
    )
