"""`python -m tools.conformance report`: per-method figures and the total, over a sandbox it starts itself."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tools.conformance import main
from tools.conformance_check import prune_deviations


def test_report_prints_matched_over_documented_and_the_total(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", "--details", "--method", "server.time", "--method", "tasks.task.delete"]) == 0
    out = capsys.readouterr().out
    assert re.search(r"^server\.time\s+9/9\s+100\.0%$", out, re.M)
    assert re.search(r"^tasks\.task\.delete\s+\d+/\d+ .*listed deviations", out, re.M)
    assert "deviation: this page drops the ' (internal error)' suffix" in out  # --details gives the reason
    total = re.search(r"^TOTAL\s+(\d+)/(\d+)", out, re.M)
    assert total is not None and 0 < int(total.group(1)) < int(total.group(2))


def test_prune_drops_only_what_is_matched_again(tmp_path: Path) -> None:
    """After a merge both sides' deviations are taken; prune removes those the sandbox now matches."""
    path = tmp_path / "deviations.json"
    kept = {"error 400  Disk resource exhausted": "the sandbox has no disk quota to run out of"}
    listed = {
        "crm.deal.add": kept,
        "server.time": {"example 1 status 200": "stale: server.time answers 200"},
        "no.such.method": {"field x": "a method this branch does not serve stays listed"},
    }
    path.write_text(json.dumps({"about": "test", "deviations": listed}), encoding="utf-8")
    removed = prune_deviations(path)
    assert removed == [("server.time", "example 1 status 200")]
    left = json.loads(path.read_text(encoding="utf-8"))["deviations"]
    assert left == {"crm.deal.add": kept, "no.such.method": listed["no.such.method"]}
