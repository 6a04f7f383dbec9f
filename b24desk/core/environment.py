"""Environments: named sets of variable values kept with a collection, in `environments/NAME.json`.

    {
      "format": "b24desk-environment/1",
      "variables": {
        "pipeline": "3",
        "portal": "Test portal",
        "token": {"secret": true}
      }
    }

A plain value is text kept in the file (names sorted, so the file diffs well). A secret value is only
marked in the file: the value itself lives in the system keyring (storage/environment_secrets.py),
never in the folder, and a clone of the collection on another machine asks for it again.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from b24desk.core.collection import ENVIRONMENTS, check_name, natural_key
from b24desk.core.errors import CollectionError
from b24desk.core.i18n import QT_TRANSLATE_NOOP, translate
from b24desk.core.text_file import write_text_if_changed
from b24desk.core.variables import NAME_RE
from b24desk.core.webhook import mask_secrets_in

__all__ = ["Environment", "environment_names", "find_collection_root", "load_environment", "save_environment"]

FORMAT = "b24desk-environment/1"
SUFFIX = ".json"
_CTX = "environment"
_MSG = {
    "bad": QT_TRANSLATE_NOOP("environment", "{path} is not a b24desk environment: {reason}"),
    "missing": QT_TRANSLATE_NOOP("environment", "There is no environment {name!r} in {root} (environments: {known})."),
    "url": QT_TRANSLATE_NOOP(
        "environment",
        "{name} holds a webhook URL, whose secret must not be written in the folder: mark {name} as secret.",
    ),
    "variable": QT_TRANSLATE_NOOP(
        "environment", "'{name}' cannot be a variable name: start with a letter or _, then letters, digits, _ . -"
    ),
}


@dataclass(frozen=True, slots=True)
class Environment:
    """An environment's plain values and the names of its secret ones (whose values are in the keyring)."""

    name: str
    values: dict[str, str] = field(default_factory=dict)
    secret_names: frozenset[str] = frozenset()

    def to_json(self) -> str:
        """The file's text: plain values and secret marks, names sorted; never a secret value."""
        names = sorted(set(self.values) | self.secret_names, key=natural_key)
        variables: dict[str, Any] = {
            name: {"secret": True} if name in self.secret_names else self.values[name] for name in names
        }
        return json.dumps({"format": FORMAT, "variables": variables}, ensure_ascii=False, indent=2) + "\n"

    def with_value(self, name: str, value: str) -> Environment:
        """A copy with `name` set to a plain value (no longer secret); a webhook URL must be a secret value."""
        if mask_secrets_in(value) != value:
            raise CollectionError(translate(_CTX, _MSG["url"]).format(name=name))
        return Environment(self.name, {**self.values, check_variable(name): value}, self.secret_names - {name})

    def with_secret(self, name: str) -> Environment:
        """A copy with `name` marked secret (its plain value, if any, dropped from the file)."""
        values = {key: value for key, value in self.values.items() if key != name}
        return Environment(self.name, values, self.secret_names | {check_variable(name)})

    def without(self, name: str) -> Environment:
        """A copy without the variable."""
        values = {key: value for key, value in self.values.items() if key != name}
        return Environment(self.name, values, self.secret_names - {name})


def check_variable(name: str) -> str:
    """A variable name (`pipeline`, `deal_id`, `test.portal`), else CollectionError."""
    if not NAME_RE.fullmatch(name):
        raise CollectionError(translate(_CTX, _MSG["variable"]).format(name=name))
    return name


def environments_folder(root: Path) -> Path:
    """Where a collection keeps its environments."""
    return root / ENVIRONMENTS


def environment_names(root: Path) -> list[str]:
    """The collection's environments, in natural order."""
    folder = environments_folder(root)
    if not folder.is_dir():
        return []
    names = [p.name[: -len(SUFFIX)] for p in folder.iterdir() if p.name.endswith(SUFFIX) and p.is_file()]
    return sorted((n for n in names if n and not n.startswith(".")), key=natural_key)


def environment_from_json(name: str, text: str, source: str = "") -> Environment:
    """Read an environment file; raise CollectionError saying what is wrong."""

    def bad(reason: str) -> CollectionError:
        return CollectionError(translate(_CTX, _MSG["bad"]).format(path=source or name, reason=reason))

    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise bad(error.msg) from None
    if not isinstance(data, dict) or not str(data.get("format", "")).startswith("b24desk-environment/"):
        raise bad(f"no {FORMAT!r} format field")
    variables = data.get("variables", {})
    if not isinstance(variables, dict):
        raise bad("variables is not an object")
    values: dict[str, str] = {}
    secrets: set[str] = set()
    for key, value in variables.items():
        if isinstance(value, dict):
            if value.get("secret"):
                secrets.add(str(key))
        elif isinstance(value, str):
            values[str(key)] = value
        elif value is not None:
            values[str(key)] = json.dumps(value, ensure_ascii=False)  # 3 or true typed by hand: the text
    return Environment(name, values, frozenset(secrets))


def load_environment(root: Path, name: str) -> Environment:
    """Read `environments/NAME.json` of the collection at `root`."""
    path = environments_folder(root) / (check_name(name) + SUFFIX)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        known = ", ".join(environment_names(root)) or "-"
        raise CollectionError(translate(_CTX, _MSG["missing"]).format(name=name, root=root, known=known)) from None
    except (OSError, UnicodeDecodeError) as error:
        raise CollectionError(translate(_CTX, _MSG["bad"]).format(path=path, reason=error)) from None
    return environment_from_json(name, text, str(path))


def save_environment(root: Path, environment: Environment) -> bool:
    """Write the environment's file (the folder made if needed); an unchanged one is left alone."""
    folder = environments_folder(root)
    folder.mkdir(parents=True, exist_ok=True)
    return write_text_if_changed(folder / (check_name(environment.name) + SUFFIX), environment.to_json())


def find_collection_root(start: Path, environment: str | None = None) -> Path:
    """The collection a request file or folder belongs to: the nearest folder (upwards) with `environments/`.

    With `environment` given, the nearest one that holds that environment. Without any, `start`'s folder.
    """
    folder = start.resolve()
    if not folder.is_dir():
        folder = folder.parent
    for candidate in (folder, *folder.parents):
        envs = environments_folder(candidate)
        if environment is None and envs.is_dir():
            return candidate
        if environment is not None and (envs / (environment + SUFFIX)).is_file():
            return candidate
    return folder
