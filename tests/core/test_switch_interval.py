"""The switch interval lowered while workers run, restored once, after the last."""

from __future__ import annotations

import sys

import pytest

from b24desk.core.switch_interval import WORKER_SWITCH_INTERVAL, lowered_switch_interval


def test_overlapping_blocks_restore_the_interval_once_after_the_last() -> None:
    before = sys.getswitchinterval()
    with lowered_switch_interval():
        assert sys.getswitchinterval() == pytest.approx(WORKER_SWITCH_INTERVAL)
        with lowered_switch_interval():
            pass
        assert sys.getswitchinterval() == pytest.approx(WORKER_SWITCH_INTERVAL)  # the outer worker still runs
    assert sys.getswitchinterval() == pytest.approx(before)
    with pytest.raises(RuntimeError), lowered_switch_interval():
        raise RuntimeError("a failing worker")
    assert sys.getswitchinterval() == pytest.approx(before)
