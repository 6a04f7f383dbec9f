"""The settings file alone gives the masker the webhook store would: salt and every saved fingerprint."""

from __future__ import annotations

from pathlib import Path

from b24desk.core.webhook import parse_webhook_url
from b24desk.storage.app_storage import AppStorage
from b24desk.storage.paths import app_paths
from b24desk.storage.saved_fingerprints import saved_masker, stored_fingerprints
from b24desk.storage.secret_store import SessionSecrets

# b24desk-scan: allow (made-up secrets)
FIRST, SECOND = "qz81firstsecret4x", "kw27othersecret9y"


def test_the_settings_alone_mask_what_the_store_masks(tmp_path: Path) -> None:
    storage = AppStorage(app_paths({"B24DESK_HOME": str(tmp_path)}), SessionSecrets())
    storage.webhooks.add("Work", parse_webhook_url(f"https://work.bitrix24.ru/rest/7/{FIRST}/").webhook)
    storage.webhooks.add("Home", parse_webhook_url(f"https://home.bitrix24.ru/rest/3/{SECOND}/").webhook)
    storage.webhooks.rotate("Work", "zz53rotatedsecret1q")  # the earlier secret is still recognised
    data = storage.settings.read()
    masker = saved_masker(data)
    assert masker == storage.webhooks.masker()
    text = f"fields[COMMENTS]={FIRST} and {SECOND}, an ordinary word"
    masked = masker.mask(text)
    assert FIRST not in masked and SECOND not in masked and "an ordinary word" in masked


def test_broken_or_missing_parts_give_what_is_there() -> None:
    assert stored_fingerprints({}) == []
    assert stored_fingerprints({"webhooks": []}) == []
    data = {
        "webhooks": {
            "a": {"fingerprints": ["f1", "f2"]},
            "b": "junk",
            "c": {"name": "no portal", "fingerprints": ["f3"]},
        }
    }
    assert stored_fingerprints(data) == ["f1", "f2", "f3"]  # a hand-broken entry's fingerprints still mask
    assert saved_masker({"secret_fingerprint_salt": "not hex", **data}).salt is None
