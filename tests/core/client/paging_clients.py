"""A client without pacing for a sandbox portal, as the paging tests use it."""

from __future__ import annotations

from b24desk.core.client import B24Client, ClientOptions
from b24desk.core.rate_limit import BucketRegistry
from b24desk.core.webhook import parse_webhook_url
from b24desk.sandbox import SandboxPortal


def paging_client(portal: SandboxPortal, keep_records: bool = False) -> B24Client:
    """A client of the portal's demo webhook, limits lifted, with its own buckets."""
    webhook = parse_webhook_url(portal.webhook_url).webhook
    options = ClientOptions(rate=1000.0, burst=10_000, keep_records=keep_records)
    return B24Client(webhook, options, buckets=BucketRegistry())
