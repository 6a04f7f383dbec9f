"""Secret values of a collection's environments: in the keyring, never in the collection folder.

An entry is keyed by the collection's folder (a digest of its absolute path), the environment and the
variable: `environment:DIGEST:ENV:NAME` under the keyring service b24desk uses for webhooks. Moving the
folder, or cloning it elsewhere, asks for the secret values again; nothing else changes.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from b24desk.core.environment import Environment, load_environment
from b24desk.core.secret import Secret
from b24desk.core.variables import VariableValue
from b24desk.storage.secret_store import SecretBackend


def collection_digest(root: Path) -> str:
    """A short stable name for a collection folder (no path in the keyring entry)."""
    return hashlib.sha256(str(root.resolve()).encode("utf-8", "surrogatepass")).hexdigest()[:16]


class EnvironmentSecrets:
    """Reads and writes environment secrets in a secret backend (the OS keyring in the app and CLI)."""

    def __init__(self, backend: SecretBackend) -> None:
        self.backend = backend

    @staticmethod
    def entry_id(root: Path, environment: str, name: str) -> str:
        """The keyring user name of one secret value."""
        return f"environment:{collection_digest(root)}:{environment}:{name}"

    def get(self, root: Path, environment: str, name: str) -> Secret | None:
        """The secret value, or None when this machine's keyring has none."""
        return self.backend.get(self.entry_id(root, environment, name))

    def set(self, root: Path, environment: str, name: str, value: Secret) -> None:
        """Store (or replace) a secret value."""
        self.backend.set(self.entry_id(root, environment, name), value)

    def delete(self, root: Path, environment: str, name: str) -> None:
        """Forget a secret value."""
        self.backend.delete(self.entry_id(root, environment, name))

    def values(self, root: Path, environment: Environment) -> dict[str, VariableValue]:
        """The environment's values: plain ones from the file, secret ones from the keyring (when it has them)."""
        values: dict[str, VariableValue] = dict(environment.values)
        for name in sorted(environment.secret_names):
            secret = self.get(root, environment.name, name)
            if secret is not None:
                values[name] = secret
        return values

    def load_values(self, root: Path, environment: str) -> dict[str, VariableValue]:
        """Read `environments/NAME.json` and its secret values."""
        return self.values(root, load_environment(root, environment))
