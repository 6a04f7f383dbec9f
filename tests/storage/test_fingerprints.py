"""Saved and earlier secrets are recognised in parameters by fingerprint, without a keyring call."""

from __future__ import annotations

from b24desk.core.secret import Secret
from b24desk.storage.fingerprints import KEEP, SecretMasker, fingerprint, new_salt, remember
from b24desk.storage.webhook_store import WebhookStore

OLD, NEW, OTHER = "oldsecret0000001", "newsecret0000002", "othersecret00003"


def test_fingerprints_are_salted_and_bounded() -> None:
    salt = new_salt()
    assert fingerprint(salt, OLD) == fingerprint(salt, Secret(OLD)) != fingerprint(new_salt(), OLD)
    assert OLD not in fingerprint(salt, OLD)
    kept: tuple[str, ...] = ()
    for n in range(KEEP + 2):
        kept = remember(kept, str(n))
    assert kept == ("6", "5", "4", "3", "2")
    assert remember(("a", "b"), "b") == ("b", "a")


def test_fingerprints_are_the_first_half_of_hmac_sha256_so_saved_ones_keep_matching() -> None:
    import hashlib
    import hmac

    salt = "00112233445566778899aabbccddeeff"
    made_before = hmac.new(bytes.fromhex(salt), OLD.encode(), hashlib.sha256).hexdigest()[:32]
    assert fingerprint(salt, OLD) == made_before == "0331cffde027d4c71878be8b40b0b0a9"
    assert fingerprint(salt, Secret(OLD)) == made_before  # asked again: the same (the salt's key is kept)


def test_masker_masks_tokens_with_known_fingerprints_only() -> None:
    salt = new_salt()
    masker = SecretMasker.of([], salt, [fingerprint(salt, OLD)])
    assert masker.mask(f"x {OLD}, id-{OLD}_y") == "x ol************01, id-ol************01_y"
    assert masker.mask("ordinary words stay") == "ordinary words stay"
    assert masker.mask(f"glued{OLD}") == f"glued{OLD}"  # known limit: only whole tokens are recognised
    assert SecretMasker.of([Secret(OLD)]).mask(f"glued{OLD}") == "gluedol************01"


def test_store_masker_knows_every_saved_and_retired_secret(store: WebhookStore) -> None:
    assert store.masker().salt is None  # nothing saved, no salt made
    store.add_url("Sales", f"https://x.bitrix24.com/rest/1/{OLD}/")
    store.add_url("Support", f"https://x.bitrix24.com/rest/2/{OTHER}/")
    store.rotate("Sales", NEW)
    text = store.masker().mask(f"{OLD} {NEW} {OTHER}")
    assert OLD not in text and NEW not in text and OTHER not in text
    salt = store.settings.read()["secret_fingerprint_salt"]
    assert store.find("Sales").fingerprints == (fingerprint(salt, NEW), fingerprint(salt, OLD))
    copy = store.duplicate("Sales", "Copy")
    assert copy.fingerprints == store.find("Sales").fingerprints


def test_rotating_an_entry_saved_before_fingerprints_existed_makes_the_salt(store: WebhookStore) -> None:
    """An older or hand-edited settings file without a salt: rotate makes one (and does not deadlock)."""
    store.add_url("Sales", f"https://x.bitrix24.com/rest/1/{OLD}/")
    store.settings.update(lambda data: data.pop("secret_fingerprint_salt"))
    store.rotate("Sales", NEW)
    salt = store.settings.read()["secret_fingerprint_salt"]
    assert fingerprint(salt, NEW) in store.find("Sales").fingerprints
