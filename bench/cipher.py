"""The cost of the encrypted replica: a benchmark run with every replica encrypted as the app
encrypts it (SQLCipher, a raw 256-bit key, `Replica(key=...)`), or both ways in one go.

    python -m bench.cipher sync --customers 20000          # bench.sync, replicas encrypted
    python -m bench.cipher ui --customers 20000            # bench.ui, replica encrypted
    python -m bench.cipher compare sync --customers 20000  # plaintext, then encrypted

`sync` and `ui` take the options of `bench.sync` and `bench.ui` and print the same JSON lines;
every replica the run opens gets one fixed key (the app's is random, per replica; the cost
does not depend on it). `bench.sync`'s `limit_rows_per_s` (raw sqlite3 into a plain file) stays
the machine's plaintext floor, so its `ratio_to_limit` shows what encryption costs against it.
bench.ui's cold starts run in child processes, which are started through this module too.
`compare` runs the benchmark twice in child processes, plaintext then encrypted, and prints
a last JSON line `{"phase": "compare", ...}` with each figure of both summaries and their
ratio (encrypted / plaintext).
"""

import hashlib
import json
import subprocess
import sys
import types
from collections.abc import Sequence
from pathlib import Path
from typing import Any

KEY = hashlib.sha256(b"outpost bench replica key").digest()
BENCHES = ("sync", "ui")


def encrypt_every_replica() -> None:
    """Every `Replica` this process opens without a key is opened with `KEY`."""
    from app.replica import Replica

    plain_init = Replica.__init__

    def init(self: Replica, path: Path, *, check: bool = True, key: bytes | None = None) -> None:
        plain_init(self, path, check=check, key=key or KEY)

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


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == ["compare"] and args[1:2] and args[1] in BENCHES:
        return compare(args[1], args[2:])
    if args[:1] and args[0] in BENCHES:
        return run_encrypted(args[0], args[1:])
    raise SystemExit(__doc__)


if __name__ == "__main__":
    sys.exit(main())
