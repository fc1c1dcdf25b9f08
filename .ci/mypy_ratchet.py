"""Run mypy --strict (config in pyproject.toml) and hold each package to its bar.

sync/ and app/ must have no errors at all. server/ and ui/ are on a ratchet: their error counts
are written in .ci/mypy-ratchet.json and may only go down. More errors than written fails and
lists the package's errors; fewer also fails, so that the lower number gets written down before
someone else's new error can fill the gap (`--lower` writes it).

Usage: .venv/bin/python .ci/mypy_ratchet.py [--lower]
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RATCHET = ROOT / ".ci" / "mypy-ratchet.json"
STRICT = ("sync", "app")
ERROR = re.compile(r"^(?P<path>[^:\s]+\.pyi?):\d+:(?:\d+:)? error: ")


def run_mypy() -> str:
    """mypy's report; one run for all four packages, so the cache serves every check."""
    mypy = Path(sys.executable).with_name("mypy")
    done = subprocess.run(
        [str(mypy), "--no-pretty", "--no-error-summary"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode not in (0, 1):  # 2: mypy itself failed (bad config, crash)
        sys.exit(f"mypy failed to run:\n{done.stdout}{done.stderr}")
    return done.stdout


def errors_by_package(report: str) -> dict[str, list[str]]:
    found: dict[str, list[str]] = defaultdict(list)
    for line in report.splitlines():
        match = ERROR.match(line)
        if match:
            found[Path(match["path"]).parts[0]].append(line)
    return found


def main(argv: list[str]) -> int:
    bars: dict[str, int] = json.loads(RATCHET.read_text())
    found = errors_by_package(run_mypy())
    failed = False
    for package, lines in sorted(found.items()):
        if package not in bars:
            failed = True
            where = "must type-check cleanly" if package in STRICT else "has no ratchet entry"
            print(f"mypy --strict: {package}/ {where}; {len(lines)} error(s):")
            print("\n".join(f"  {line}" for line in lines))
    lowered = dict(bars)
    for package, bar in sorted(bars.items()):
        count = len(found.get(package, []))
        if count > bar:
            failed = True
            print(f"mypy --strict: {package}/ has {count} errors, more than the {bar} allowed in")
            print(f"{RATCHET.relative_to(ROOT)}. Fix the new ones (its errors are listed):")
            print("\n".join(f"  {line}" for line in found[package]))
        elif count < bar:
            lowered[package] = count
            print(f"mypy --strict: {package}/ is down from {bar} to {count} errors. Well done!")
    if lowered != bars:
        if "--lower" in argv:
            RATCHET.write_text(json.dumps(lowered, indent=4, sort_keys=True) + "\n")
            print(f"Wrote the lower numbers to {RATCHET.relative_to(ROOT)}; commit it.")
        else:
            failed = True
            print(f"Write them down in {RATCHET.relative_to(ROOT)} so they stay down:")
            print("  .venv/bin/python .ci/mypy_ratchet.py --lower")
    if not failed:
        counts = ", ".join(f"{p}/ {len(found.get(p, []))}" for p in sorted(bars))
        print(f"mypy --strict: sync/ and app/ clean; ratchet holds ({counts})")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
