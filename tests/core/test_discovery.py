"""Which `*.fields` method describes a method's entity; the discovery cache round-trips."""

from __future__ import annotations

from pathlib import Path

import pytest

from b24desk.core.discovery import PortalOffer, cache_file, fields_method, load_cache, save_cache
from b24desk.core.field_metadata import FieldItem, FieldMeta
from b24desk.core.webhook import parse_webhook_url


@pytest.mark.parametrize(
    ("method", "expected"),
    [
        ("crm.lead.add", "crm.lead.fields"),
        ("crm.deal.list", "crm.deal.fields"),
        ("crm.contact.update", "crm.contact.fields"),
        ("tasks.task.add", "tasks.task.getFields"),
        ("user.get", "user.fields"),
        ("profile", None),
        ("crm.lead.productrows.set", None),
    ],
)
def test_fields_method(method: str, expected: str | None) -> None:
    assert fields_method(method) == expected


def test_cache_round_trip_and_no_secret_in_the_name(tmp_path: Path) -> None:
    # b24desk-scan: allow (a made-up secret)
    webhook = parse_webhook_url("https://b24-x.bitrix24.de/rest/3/k3x9q2w8e7r6t5y4/").webhook
    path = cache_file(tmp_path, webhook)
    assert "k3x9q2w8e7r6t5y4" not in str(path)
    offer = PortalOffer(("crm",), ("crm.lead.add",), 1.5)
    fields: dict[str, tuple[FieldMeta, ...]] = {
        "crm.lead.fields": (FieldMeta("STATUS_ID", "crm_status", "Status", items=(FieldItem("NEW", "New"),)),)
    }
    save_cache(path, offer, fields)
    assert load_cache(path) == (offer, fields)
    path.write_text("{broken")
    assert load_cache(path) == (None, {})


def test_cache_folders_and_files_are_private(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    cache.mkdir(mode=0o755)
    cache.chmod(0o755)  # as an older version left it
    # b24desk-scan: allow (a made-up secret)
    webhook = parse_webhook_url("https://b24-x.bitrix24.de/rest/3/k3x9q2w8e7r6t5y4/").webhook
    path = cache_file(cache, webhook)
    save_cache(path, PortalOffer(("crm",), ("crm.lead.add",), 1.5), {})
    assert [oct(p.stat().st_mode & 0o777) for p in (cache, path.parent, path)] == ["0o700", "0o700", "0o600"]
