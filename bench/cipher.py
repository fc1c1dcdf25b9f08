"""The cost of the encrypted replica: a benchmark run with every replica encrypted as the app
encrypts it (SQLCipher, a raw 256-bit key, `Replica(key=...)`), or both ways in one go.

    python -m bench.cipher sync --customers 20000          # bench.sync, replicas encrypted
    python -m bench.cipher ui --customers 20000            # bench.ui, replica encrypted
    python -m bench.cipher compare sync --customers 20000  # plaintext, then encrypted
    python -m bench.cipher store --customers 20000         # in one process, interleaved

`sync` and `ui` take the options of `bench.sync` and `bench.ui` and print the same JSON lines;
every replica the run opens gets one fixed key (the app's is random, per replica; the cost
does not depend on it). `bench.sync`'s `limit_rows_per_s` (raw sqlite3 into a plain file) stays
the machine's plaintext floor, so its `ratio_to_limit` shows what encryption costs against it.
bench.ui's cold starts run in child processes, which are started through this module too.
`compare` runs the benchmark twice in child processes, plaintext then encrypted, and prints
a last JSON line `{"phase": "compare", ...}` with each figure of both summaries and their
ratio (encrypted / plaintext).

`store` measures the replica alone, plaintext and encrypted in one process, each step
alternating between the two so that a machine shared with other work loads both alike:
writing the rows a first sync stores (bench.ui's `build_replica`: upserts and search keys),
opening (the check on open included: the key check of page 1 for the encrypted file), a full
`quick_check` (what an open after a crash costs), Ctrl+K search (bench.ui's queries), the
customer list shown and reloaded (bench.ui's `measure_view`), and the file sizes.
"""

import hashlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import types
from collections.abc import Sequence
from pathlib import Path
from typing import Any

KEY = hashlib.sha256(b"outpost bench replica key").digest()
BENCHES = ("sync", "ui")


ENCRYPT = {"on": True}  # `store` switches it between its plaintext and encrypted steps


def encrypt_every_replica() -> None:
    """Every `Replica` this process opens without a key is opened with `KEY`."""
    from app.replica import Replica

    plain_init = Replica.__init__

    def init(self: Replica, path: Path, *, check: bool = True, key: bytes | None = None) -> None:
        key = key or (KEY if ENCRYPT["on"] else None)
        plain_init(self, path, check=check, key=key)

    Replica.__init__ = init  # type: ignore[method-assign]  # the benchmark's replicas only


def _keyed_clone(source: Path, target: Path) -> None:
    """bench.sync's copy of client A's replica for client B, through the key."""
    from sync.protocol.db import connect_keyed

    src, dest = connect_keyed(str(source), KEY), connect_keyed(str(target), KEY)
    try:
        src.backup(dest)
    finally:
        dest.close()
        src.close()


def _through_this_module(module: Any) -> None:
    """Start `module`'s child processes (`python -m bench.ui --child`) through this module,
    so they open the replica with the key too."""

    def popen(args: list[str], *rest: Any, **kwargs: Any) -> subprocess.Popen[str]:
        if args[1:3] == ["-m", "bench.ui"]:
            args = [args[0], "-m", "bench.cipher", "ui", *args[3:]]
        return subprocess.Popen(args, *rest, **kwargs)

    shim = types.SimpleNamespace(**{**vars(subprocess), "Popen": popen})
    module.subprocess = shim


def run_encrypted(bench: str, argv: Sequence[str]) -> int:
    encrypt_every_replica()
    if bench == "sync":
        import bench.sync as sync_bench

        sync_bench.clone_replica = _keyed_clone  # type: ignore[assignment]
        return sync_bench.main(list(argv))
    import bench.ui as ui_bench

    _through_this_module(ui_bench)
    return ui_bench.main(list(argv))


def compare(bench: str, argv: Sequence[str]) -> int:
    summaries = {}
    for mode, module in (("plaintext", f"bench.{bench}"), ("encrypted", "bench.cipher")):
        args = [sys.executable, "-m", module, *([bench] if mode == "encrypted" else []), *argv]
        print(f"[bench.cipher] {mode}: {' '.join(args[1:])}", file=sys.stderr, flush=True)
        done = subprocess.run(args, stdout=subprocess.PIPE, text=True, check=True)
        lines = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
        for line in lines:
            print(json.dumps({"mode": mode, **line}, ensure_ascii=False), flush=True)
        summaries[mode] = next(line for line in lines if line.get("phase") == "summary")
    plain, encrypted = summaries["plaintext"], summaries["encrypted"]
    figures = {}
    for name, value in plain.items():
        other = encrypted.get(name)
        if isinstance(value, int | float) and isinstance(other, int | float) and name != "phase":
            ratio = round(other / value, 2) if value else None
            figures[name] = {"plaintext": value, "encrypted": other, "ratio": ratio}
    print(json.dumps({"phase": "compare", "bench": bench, **figures}), flush=True)
    return 0


def store(argv: Sequence[str]) -> int:
    import argparse

    from app import recovery
    from bench import ui as ui_bench

    parser = argparse.ArgumentParser(prog="python -m bench.cipher store")
    parser.add_argument("--customers", type=int, default=20_000)
    parser.add_argument("--interactions-per-customer", type=int, default=3)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    encrypt_every_replica()
    modes = {"plaintext": False, "encrypted": True}
    figures: dict[str, dict[str, float]] = {mode: {} for mode in modes}
    samples: dict[str, dict[str, list[float]]] = {mode: {} for mode in modes}

    def step(mode: str, name: str, fn: Any) -> Any:
        ENCRYPT["on"] = modes[mode]
        started = time.perf_counter()
        result = fn()
        samples[mode].setdefault(name, []).append((time.perf_counter() - started) * 1000)
        return result

    with tempfile.TemporaryDirectory(prefix="outpost-bench-cipher-") as work:
        os.environ["OUTPOST_HOME"] = str(Path(work) / "home")
        paths = {mode: Path(work) / f"{mode}.sqlite3" for mode in modes}
        per = args.interactions_per_customer
        for mode, path in paths.items():
            step(mode, "build_ms", lambda p=path: ui_bench.build_replica(p, args.customers, per, 1))
        for _ in range(args.repeat):
            for mode, path in paths.items():
                step(mode, "open_close_ms", lambda p=path: _open_close(p))
                key = KEY if modes[mode] else None
                step(mode, "quick_check_ms", lambda p=path, k=key: recovery._quick_check(p, k))
        for mode, path in paths.items():
            ENCRYPT["on"] = modes[mode]
            samples[mode]["search_ms"] = ui_bench.measure_search(path)
        for mode, path in paths.items():
            ENCRYPT["on"] = modes[mode]
            shown, reloaded = ui_bench.measure_view(path, args.repeat)
            samples[mode]["customers_view_ms"] = shown
            samples[mode]["customers_reload_ms"] = reloaded
        for mode, path in paths.items():
            figures[mode]["file_mb"] = round(path.stat().st_size / 1e6, 1)
    for mode in modes:
        for name, values in samples[mode].items():
            figures[mode][f"{name}_median"] = round(statistics.median(values), 1)
        print(json.dumps({"phase": "store", "mode": mode, **figures[mode]}), flush=True)
    ratios = {
        name: round(figures["encrypted"][name] / value, 2)
        for name, value in figures["plaintext"].items()
        if value
    }
    print(json.dumps({"phase": "store_ratio", "customers": args.customers, **ratios}), flush=True)
    return 0


def _open_close(path: Path) -> None:
    from app.replica import Replica

    Replica(path).close()


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == ["store"]:
        return store(args[1:])
    if args[:1] == ["compare"] and args[1:2] and args[1] in BENCHES:
        return compare(args[1], args[2:])
    if args[:1] and args[0] in BENCHES:
        return run_encrypted(args[0], args[1:])
    raise SystemExit(__doc__)


if __name__ == "__main__":
    sys.exit(main())
