"""`python -m tools.conformance report`: per-method figures and the total, over a sandbox it starts itself."""

from __future__ import annotations

import re

import pytest

from tools.conformance import main


def test_report_prints_matched_over_documented_and_the_total(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", "--details", "--method", "server.time", "--method", "tasks.task.delete"]) == 0
    out = capsys.readouterr().out
    assert re.search(r"^server\.time\s+9/9\s+100\.0%$", out, re.M)
    assert re.search(r"^tasks\.task\.delete\s+\d+/\d+ .*listed deviations", out, re.M)
    assert "deviation: this page drops the ' (internal error)' suffix" in out  # --details gives the reason
    total = re.search(r"^TOTAL\s+(\d+)/(\d+)", out, re.M)
    assert total is not None and 0 < int(total.group(1)) < int(total.group(2))
