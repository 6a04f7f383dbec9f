"""Translation workflow: update the .ts sources from the code, compile them to .qm, list what is untranslated.

    python -m tools.translations update    # `make translations`: lupdate + lrelease + the untranslated list
    python -m tools.translations compile   # lrelease only, when a .ts is newer than its .qm (set-up, installers)
    python -m tools.translations check     # exit 1 when a string is untranslated or the .ts files are stale

Sources are every b24desk module except the sandbox portal (whose texts are protocol data, like the
real portal's English error descriptions). The .ts files keep no line numbers and no obsolete
entries, with contexts and messages sorted, so a diff shows only what changed.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("ru", "de", "pt_BR", "fr")  # b24desk.ui.common.translations.LANGUAGES (tools do not import the app)
# English is the source language; its file holds only the plural forms ("%n error(s)" -> 1 error, 2 errors).
PLURALS_ONLY = "en"
EXCLUDED = ("b24desk/sandbox/",)
UPDATE_COMMAND = "make translations"


@dataclass(frozen=True, slots=True)
class Message:
    """One source string of a .ts file and its translation."""

    context: str
    source: str
    translation: str  # the first plural form of a %n message
    finished: bool
    forms: tuple[str, ...] = ()  # a %n message's plural forms (one, few, many... as the language has)


def tool(name: str) -> str:
    """A Qt tool from the venv that runs this script (pyside6-lupdate, pyside6-lrelease)."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: run `make setup` (PySide6 provides it)")
    return found


def sources() -> list[Path]:
    """The Python files whose strings are translated."""
    files = sorted((ROOT / "b24desk").rglob("*.py"))
    return [f for f in files if not f.relative_to(ROOT).as_posix().startswith(EXCLUDED)]


def ts_file(language: str, directory: Path = TS_DIR) -> Path:
    """The translation source of a language."""
    return directory / f"b24desk_{language}.ts"


def lupdate(targets: list[Path], *, plurals_only: bool = False) -> None:
    """Extract the strings of the code into `targets` (new ones unfinished, gone ones dropped)."""
    command = [tool("pyside6-lupdate"), "-silent", "-no-obsolete", "-locations", "none", "-sort-messages"]
    if plurals_only:
        command.append("-pluralonly")
    command += [str(f) for f in sources()]
    command += ["-ts", *(str(t) for t in targets)]
    subprocess.run(command, check=True, cwd=ROOT)


def lrelease(ts: Path) -> Path:
    """Compile one .ts into the .qm beside it."""
    qm = ts.with_suffix(".qm")
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


def read_ts(path: Path) -> list[Message]:
    """The messages of a .ts file."""
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            element = message.find("translation")
            forms = [] if element is None else [form.text or "" for form in element.iter("numerusform")]
            text = forms[0] if forms else "" if element is None else "".join(element.itertext())
            kind = "" if element is None else element.get("type", "")
            finished = kind not in ("unfinished", "obsolete", "vanished") and bool(text)
            finished = finished and all(forms)  # every plural form filled in
            messages.append(Message(name, message.findtext("source") or "", text, finished, tuple(forms)))
    return messages


def untranslated(language: str, directory: Path = TS_DIR) -> list[Message]:
    """The messages of a language without a finished translation."""
    return [m for m in read_ts(ts_file(language, directory)) if not m.finished]


def stale_strings(directory: Path = TS_DIR) -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
    """(strings in the code missing from the .ts files, strings in the .ts files gone from the code)."""
    with tempfile.TemporaryDirectory() as temp:
        fresh = Path(temp) / "b24desk_xx.ts"
        lupdate([fresh])
        in_code = {(m.context, m.source) for m in read_ts(fresh)}
    in_ts = {(m.context, m.source) for m in read_ts(ts_file(LANGUAGES[0], directory))}
    return in_code - in_ts, in_ts - in_code


def compile_all(force: bool = False) -> list[Path]:
    """Compile every .ts whose .qm is missing or older; return the .qm files written."""
    written = []
    for language in (*LANGUAGES, PLURALS_ONLY):
        ts = ts_file(language)
        qm = ts.with_suffix(".qm")
        if ts.exists() and (force or not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime):
            written.append(lrelease(ts))
    return written


def report() -> int:
    """Print the untranslated strings per language; return how many there are in all."""
    total = 0
    for language in (*LANGUAGES, PLURALS_ONLY):
        missing = untranslated(language)
        all_count = len(read_ts(ts_file(language)))
        print(f"{language}: {all_count - len(missing)} of {all_count} strings translated")
        for message in missing:
            print(f"    [{message.context}] {message.source!r}")
        total += len(missing)
    if total:
        print(f"Fill these in {TS_DIR.relative_to(ROOT)}/b24desk_*.ts (Qt Linguist, or any editor: replace")
        print('<translation type="unfinished"></translation> with the text), then run `make translations` again.')
    return total


def main(argv: list[str]) -> int:
    """Run one command of the workflow."""
    command = argv[0] if argv else "update"
    if command == "update":
        TS_DIR.mkdir(parents=True, exist_ok=True)
        lupdate([ts_file(language) for language in LANGUAGES])
        lupdate([ts_file(PLURALS_ONLY)], plurals_only=True)
        compile_all(force=True)
        report()
        return 0
    if command == "compile":
        compile_all()
        return 0
    if command == "check":
        missing, gone = stale_strings()
        for context, source in sorted(missing):
            print(f"not in the .ts files: [{context}] {source!r}")
        for context, source in sorted(gone):
            print(f"no longer in the code: [{context}] {source!r}")
        if missing or gone:
            print(f"run `{UPDATE_COMMAND}`")
        return 1 if report() or missing or gone else 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
