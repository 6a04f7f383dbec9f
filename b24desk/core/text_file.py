"""Files written into a user's folder (a collection may be a git repository): atomic, untouched when unchanged."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

__all__ = ["write_text_if_changed"]

NEW_FILE_MODE = 0o644  # as git checks files out; mkstemp alone would make them private (0600)


def write_text_if_changed(path: Path, text: str) -> bool:
    """Write `text` (UTF-8) to `path` atomically; leave the file (bytes and mtime) alone when it already holds it.

    Returns whether the file was written. The new content goes to a temporary file in the same folder,
    is flushed to disk, then renamed over the old one, so a crash leaves either the old or the new file.
    """
    data = text.encode("utf-8")
    mode = NEW_FILE_MODE
    with contextlib.suppress(OSError):
        if path.read_bytes() == data:
            return False
        mode = path.stat().st_mode & 0o777  # an edited file keeps its permissions
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            if hasattr(os, "fchmod"):  # not on Windows, where the mode means little
                os.fchmod(stream.fileno(), mode)
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    return True
