""" "Did you mean": the catalogue's methods closest to a name the portal or the catalogue does not know."""

from __future__ import annotations

import difflib
from collections.abc import Iterable

from b24desk.core.i18n import QT_TRANSLATE_NOOP, translate

__all__ = ["CUTOFF", "NEAR", "closest_methods", "did_you_mean"]

_MSG_ONE = QT_TRANSLATE_NOOP("method_suggestions", "Did you mean {name}?")
_MSG_MANY = QT_TRANSLATE_NOOP("method_suggestions", "Did you mean one of: {names}?")
CUTOFF = 0.75
NEAR = 0.06  # offered alongside the best match when this close to its score


def closest_methods(name: str, names: Iterable[str], limit: int = 3) -> list[str]:
    """Up to `limit` known names closest to `name` (case and a `.json` suffix ignored), best first.

    A name is scored by the whole-name similarity or, for names of as many dotted parts, by its worst
    part (one misspelled word in a long name weighs little on the whole). Only names near the best
    score are offered, so one clear match is not followed by noise. A known name gets no suggestion.
    """
    wanted = name.strip().lower().removesuffix(".json")
    by_lower = {known.lower(): known for known in names}
    if not wanted or wanted in by_lower:
        return []
    parts = wanted.split(".")
    matcher = difflib.SequenceMatcher()
    matcher.set_seq2(wanted)
    scored: list[tuple[float, str]] = []
    for known in by_lower:
        matcher.set_seq1(known)
        near = matcher.real_quick_ratio() >= CUTOFF and matcher.quick_ratio() >= CUTOFF  # cheap bounds first
        score = matcher.ratio() if near else 0.0
        known_parts = known.split(".")
        if len(known_parts) == len(parts):
            score = max(score, _parts_ratio(parts, known_parts))
        if score >= CUTOFF:
            scored.append((score, known))
    if not scored:
        return []
    scored.sort(key=lambda pair: (-pair[0], pair[1]))
    best = scored[0][0]
    return [by_lower[known] for score, known in scored[:limit] if score >= best - NEAR]


def _parts_ratio(wanted: list[str], known: list[str]) -> float:
    """The worst part's similarity: one part may be misspelled, every other must match closely."""
    worst = 1.0
    for a, b in zip(wanted, known, strict=True):
        if a != b:
            worst = min(worst, difflib.SequenceMatcher(None, a, b).ratio())
            if worst < CUTOFF:
                break
    return worst


def did_you_mean(suggestions: list[str]) -> str:
    """The sentence offering the suggestions ("" for none)."""
    if not suggestions:
        return ""
    if len(suggestions) == 1:
        return translate("method_suggestions", _MSG_ONE).format(name=suggestions[0])
    return translate("method_suggestions", _MSG_MANY).format(names=", ".join(suggestions))
