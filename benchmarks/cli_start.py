"""CLI commands that call no portal, as a ratio to `python -c pass`, measured in pairs (A B A B ...).

Target: each command <= 5x `python -c pass` (CPU time of the whole process; wall time shown too).
Each command runs in a fresh interpreter with the same flags as the baseline; the bytecode caches are
written first (an installed copy has its .pyc files; compiling is not start-up). The ratio is taken
pair by pair, so a machine whose speed drifts during the run still compares like with like.
Each runs with its own B24DESK_HOME (not the machine's): an empty one, and for `snippet (saved)` one
holding a saved webhook, whose secrets the snippet masks (reading the settings, hashing).

    .venv/bin/python benchmarks/cli_start.py [PAIRS]
"""

from __future__ import annotations

import compileall
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# b24desk-scan: allow (a made-up secret: the webhook is only saved, never called; it stays in memory)
WEBHOOK = "https://example.bitrix24.ru/rest/1/abcdefabcdef1234/"
COMMANDS = {
    "--version": ["--version"],
    "url": ["url", "--webhook", WEBHOOK, "crm.lead.list", "filter[>ID]=10", "select[]=ID"],
    "parse": ["parse", f"{WEBHOOK}crm.lead.list.json?select[]=ID"],
    "snippet": ["snippet", "--webhook", WEBHOOK, "--lang", "python", "crm.lead.add", "fields[TITLE]=x"],
    "handler-skeleton": ["handler-skeleton", "php"],
    "snippet (saved)": ["snippet", "--webhook", WEBHOOK, "--lang", "python", "crm.lead.add", "fields[TITLE]=x"],
}
SAVED_HOME = {"snippet (saved)"}  # run with a home that holds a saved webhook


def seed_saved_webhook(home: str) -> None:
    """Save one webhook (its fingerprint and salt in the settings file) under `home`."""
    from b24desk.core.webhook import parse_webhook_url
    from b24desk.storage.app_storage import AppStorage
    from b24desk.storage.paths import app_paths
    from b24desk.storage.secret_store import SessionSecrets

    # the secret itself stays in memory (no keyring needed): the snippet reads only the settings file
    storage = AppStorage(app_paths({"B24DESK_HOME": home}), SessionSecrets())
    # b24desk-scan: allow (a made-up secret: the webhook is only saved, never called; it stays in memory)
    storage.webhooks.add("Work", parse_webhook_url("https://work.bitrix24.ru/rest/7/savedsecret12345/").webhook)


LAUNCHER = "import sys\nfrom b24desk.cli import main\nsys.exit(main(sys.argv[1:]))"  # the `b24desk` script


def run(argv: list[str], home: str) -> tuple[float, float]:
    """Wall and CPU seconds (user + system, from the kernel's accounting) of one whole process."""
    env = dict(os.environ, B24DESK_HOME=home)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    started = time.perf_counter()
    child = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - started
    child.returncode = os.waitstatus_to_exitcode(status)
    assert child.returncode == 0, f"{argv} exited {child.returncode}"
    return wall, usage.ru_utime + usage.ru_stime


def main() -> None:
    pairs = int(sys.argv[1]) if len(sys.argv) > 1 else 15
    compileall.compile_dir(str(Path(__file__).resolve().parent.parent / "b24desk"), quiet=1)
    baseline = [sys.executable, "-c", "pass"]
    empty_home = tempfile.mkdtemp(prefix="b24desk-cli-")
    saved_home = tempfile.mkdtemp(prefix="b24desk-cli-saved-")
    seed_saved_webhook(saved_home)
    print(f"{pairs} pairs each, medians; baseline: python -c pass in the same run")
    print(f"{'command':<18} {'cpu ms':>7} {'base':>6} {'ratio':>6}   {'wall ms':>7} {'base':>6} {'ratio':>6}")
    for name, args in COMMANDS.items():
        command = [sys.executable, "-c", LAUNCHER, *args]
        home = saved_home if name in SAVED_HOME else empty_home
        run(command, home)  # warm-up: the page cache, the bytecode
        run(baseline, home)
        walls: list[float] = []
        cpus: list[float] = []
        base_walls: list[float] = []
        base_cpus: list[float] = []
        cpu_ratios: list[float] = []
        wall_ratios: list[float] = []
        for _ in range(pairs):
            wall, cpu = run(command, home)
            base_wall, base_cpu = run(baseline, home)
            walls.append(wall)
            cpus.append(cpu)
            base_walls.append(base_wall)
            base_cpus.append(base_cpu)
            cpu_ratios.append(cpu / max(base_cpu, 1e-3))
            wall_ratios.append(wall / base_wall)
        med = statistics.median
        print(
            f"{name:<18} {med(cpus) * 1e3:7.1f} {med(base_cpus) * 1e3:6.1f} {med(cpu_ratios):6.2f}"
            f"   {med(walls) * 1e3:7.1f} {med(base_walls) * 1e3:6.1f} {med(wall_ratios):6.2f}"
        )


if __name__ == "__main__":
    main()
