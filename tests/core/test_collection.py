"""Collections as folders: the tree in natural order, and new, rename, move, duplicate, delete kept inside."""

from __future__ import annotations

from pathlib import Path

import pytest

from b24desk.core.collection import Collection, CollectionNode
from b24desk.core.errors import CollectionError
from b24desk.core.request import ApiRequest
from b24desk.core.request_file import SavedRequest

LEAD = SavedRequest(ApiRequest("crm.lead.get", {"id": "{{lead}}"}), "{{portal}}")


def names(node: CollectionNode) -> list[object]:
    return [(child.name, names(child)) if child.is_folder else child.name for child in node.children]


@pytest.fixture
def collection(tmp_path: Path) -> Collection:
    root = tmp_path / "crm"
    root.mkdir()
    return Collection(root)


def test_tree_lists_requests_then_folders_in_natural_order_and_skips_what_is_not_a_request(
    collection: Collection,
) -> None:
    for name in ("10 update", "2 get", "1 add"):
        collection.new_request(".", name, LEAD)
    collection.new_folder(".", "deals")
    collection.new_request("deals", "list", LEAD)
    for other in (".git", "environments", "Deals notes"):
        (collection.root / other).mkdir()
    (collection.root / "README.md").write_text("x")
    (collection.root / "package.json").write_text("{}")
    assert names(collection.tree()) == ["1 add", "2 get", "10 update", ("deals", ["list"]), ("Deals notes", [])]
    files = [p.relative_to(collection.root).as_posix() for p in collection.request_files()]
    assert files == ["1 add.b24.json", "2 get.b24.json", "10 update.b24.json", "deals/list.b24.json"]
    assert collection.load("deals/list.b24.json") == LEAD


def test_rename_move_duplicate_delete(collection: Collection) -> None:
    path = collection.new_request(".", "get", LEAD)
    collection.new_folder(".", "leads")
    renamed = collection.rename(path, "get lead")
    assert renamed == Path("get lead.b24.json")
    moved = collection.move(renamed, "leads")
    assert moved == Path("leads/get lead.b24.json")
    assert collection.duplicate(moved) == Path("leads/get lead copy.b24.json")
    assert collection.duplicate(moved) == Path("leads/get lead copy 2.b24.json")
    assert collection.duplicate("leads") == Path("leads copy")
    assert names(collection.tree()) == [
        ("leads", ["get lead", "get lead copy", "get lead copy 2"]),
        ("leads copy", ["get lead", "get lead copy", "get lead copy 2"]),
    ]
    collection.delete("leads/get lead copy.b24.json")
    collection.delete("leads copy")
    assert names(collection.tree()) == [("leads", ["get lead", "get lead copy 2"])]
    assert collection.load(moved) == LEAD


def test_nothing_leaves_the_collection_or_replaces_a_file(collection: Collection, tmp_path: Path) -> None:
    collection.new_request(".", "a", LEAD)
    collection.new_request(".", "b", LEAD)
    collection.new_folder(".", "sub")
    for bad in ("../x", "a/b", ".hidden", "", "x" * 200, "con:1"):
        with pytest.raises(CollectionError):
            collection.new_request(".", bad, LEAD)
    with pytest.raises(CollectionError, match="already exists"):
        collection.rename("a.b24.json", "b")
    with pytest.raises(CollectionError, match="not inside"):
        collection.move("a.b24.json", "..")
    with pytest.raises(CollectionError, match="not inside"):
        collection.delete("../x")
    with pytest.raises(CollectionError):  # the collection itself is not one of its items
        collection.delete("../crm")
    with pytest.raises(CollectionError, match="into itself"):
        collection.move("sub", "sub")
    with pytest.raises(CollectionError, match="does not exist"):
        collection.delete("gone.b24.json")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["crm"]
    assert collection.load("a.b24.json") == LEAD


def test_saving_back_an_unchanged_request_writes_nothing(collection: Collection) -> None:
    path = collection.new_request(".", "a", LEAD)
    before = (collection.root / path).stat().st_mtime_ns
    assert collection.save(path, LEAD) is False
    assert (collection.root / path).stat().st_mtime_ns == before
    assert collection.save(path, SavedRequest(LEAD.request, "Sales")) is True
