"""`outpost-server`: set up the database, manage users, seed demo data, serve the API."""

import argparse
import getpass
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from sync.protocol.enums import Role

from .schema_check import database_url, schema_is_current

if TYPE_CHECKING:
    from .db import Database
    from .settings import Settings


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="outpost-server", description=__doc__)
    parser.add_argument(
        "--database-url",
        help="SQLAlchemy URL, e.g. postgresql+psycopg://user@host/db "
        "(default: $OUTPOST_DATABASE_URL or a SQLite file in the user data directory)",
    )
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("init-db", help="create or upgrade the database schema")
    serve = commands.add_parser("serve", help="run the HTTP API (migrates first)")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8765)
    serve.add_argument("--log-level", default="info")
    user = commands.add_parser("create-user", help="create an account (password prompted)")
    user.add_argument("username")
    user.add_argument("--role", choices=[r.value for r in Role], required=True)
    user.add_argument("--branch", help="branch name (created if new); required but for admins")
    user.add_argument("--display-name")
    off = commands.add_parser("deactivate-user", help="disable an account, revoking its tokens")
    off.add_argument("username")
    leave = commands.add_parser(
        "offboard",
        help="close a leaver's account and hand all their customers and open work on",
    )
    leave.add_argument("username")
    whom = leave.add_mutually_exclusive_group(required=True)
    whom.add_argument("--to", dest="to_username", metavar="SUCCESSOR", help="one successor")
    whom.add_argument("--spread", metavar="BRANCH", help="spread over the active reps of BRANCH")
    leave.add_argument("--reason")
    commands.add_parser(
        "pool-sweep",
        help="return customers nobody contacted for their tier's days to the branch pools",
    )
    commands.add_parser(
        "collection-sweep",
        help="collection tasks for overdue receivables, automatic credit holds (issue 22)",
    )
    tiers = commands.add_parser(
        "tier-sweep", help="compute every customer's value tier with the company's policy"
    )
    tiers.add_argument("--dry-run", action="store_true", help="print the preview only")
    commands.add_parser(
        "directory-sync",
        help="close (with OUTPOST_DIRECTORY_OFFBOARD, offboard) people the directory disabled",
    )
    commands.add_parser(
        "service-escalate",
        help="escalate service requests past their SLA to the branch manager (issue 21)",
    )
    commands.add_parser(
        "new-epoch", help="after restoring a backup: make clients re-send what it lost"
    )
    demo = commands.add_parser("seed-demo", help="fill an empty database with demo data")
    demo.add_argument("--customers", type=int, default=2000)
    demo.add_argument("--seed", type=int, default=42)
    return parser


def _settings(args: argparse.Namespace) -> "Settings":
    from .settings import Settings

    if args.database_url:
        return Settings(database_url=args.database_url)
    return Settings()


def _read_password() -> str:
    from .errors import ApiError

    if not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\n")
    first = getpass.getpass("Password: ")
    if first != getpass.getpass("Repeat password: "):
        raise ApiError(422, "password_mismatch", "The passwords do not match.")
    return first


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "init-db":
        url = database_url(args.database_url)
        if schema_is_current(url):  # 0.1 s on SQLite instead of 1.5-5 s: schema_check.py
            print(f"database ready: {_shown(url)}")
            return 0
    # The server's modules are imported only past the quick answer above.
    from sqlalchemy.exc import OperationalError

    from .db import Database, migrate
    from .errors import ApiError

    settings = _settings(args)
    database = Database(settings.database_url)
    where = database.engine.url.render_as_string(hide_password=True)
    try:
        migrate(database.engine)
        if args.command == "serve":
            database.dispose()
            return _serve(settings, args)
        return _run(database, args)
    except ApiError as exc:
        print(f"error: {exc.message}", file=sys.stderr)
        return 2
    except OperationalError as exc:
        reason = str(exc.orig or exc).strip().splitlines()[0]
        print(f"error: cannot use the database at {where}: {reason}", file=sys.stderr)
        print(
            "Check --database-url / OUTPOST_DATABASE_URL and that the server runs.", file=sys.stderr
        )
        return 3
    finally:
        database.dispose()


def _shown(url: str) -> str:
    if url.startswith("sqlite"):
        return url  # no password in it, and no SQLAlchemy needed to say so
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


def _run(database: "Database", args: argparse.Namespace) -> int:
    if args.command == "init-db":
        print(f"database ready: {database.engine.url.render_as_string(hide_password=True)}")
    elif args.command == "create-user":
        from .users.service import create_user

        password = _read_password()
        with database.transaction() as session:
            user = create_user(
                session,
                username=args.username,
                password=password,
                role=Role(args.role),
                branch=args.branch,
                display_name=args.display_name,
            )
        print(f"created {user.role} {user.username}")
    elif args.command == "deactivate-user":
        from .users.service import deactivate_user

        with database.transaction() as session:
            deactivate_user(session, args.username)
        print(f"deactivated {args.username}; all of its sessions are revoked")
    elif args.command == "offboard":
        from .staff.offboarding import offboard

        with database.transaction() as session:
            report = offboard(
                session,
                by=None,
                username=args.username,
                to_username=args.to_username,
                spread_branch=args.spread,
                reason=args.reason,
            )
        print("\n".join(report.lines()))
    elif args.command == "collection-sweep":
        from .collection import sweep as collection_sweep

        with database.transaction() as session:
            print("\n".join(collection_sweep(session).lines()))
    elif args.command == "pool-sweep":
        from .staff.pool import sweep

        with database.transaction() as session:
            returned = sweep(session)
        for branch, count in sorted(returned.items()):
            print(f"{count:>6}  returned to the pool of {branch}")
        print(f"{sum(returned.values())} customers returned to branch pools")
    elif args.command == "tier-sweep":
        from . import value

        with database.transaction() as session:
            if args.dry_run:
                seen = value.preview(session, None)
                counts, changed = seen.counts, seen.changes
            else:
                done = value.apply(session, None)
                counts, changed = done.counts, done.changed
        for tier, count in sorted(counts.items()):
            print(f"{count:>9}  {tier}")
        print(f"{changed} customers change tier" + (" (dry run)" if args.dry_run else ""))
    elif args.command == "directory-sync":
        from .auth.directory_accounts import sync_all

        settings = _settings(args)
        if not settings.directory_url:
            print("error: no directory is set up (OUTPOST_DIRECTORY_URL)", file=sys.stderr)
            return 2
        print("\n".join(sync_all(database, settings).lines()))
    elif args.command == "service-escalate":
        from .escalation import sweep as escalate

        with database.transaction() as session:
            count = escalate(session)
        print(f"{count} service requests escalated")
    elif args.command == "new-epoch":
        from .sync.versions import new_epoch

        with database.transaction() as session:
            epoch = new_epoch(session)
        print(f"new epoch {epoch}: clients will re-send the changes this backup lacks")
    elif args.command == "seed-demo":
        from .demo import DemoAlreadySeeded, seed_demo

        try:
            summary = seed_demo(database, customers=args.customers, seed=args.seed, progress=print)
        except DemoAlreadySeeded as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
        print(summary)
    return 0


def _serve(settings: "Settings", args: argparse.Namespace) -> int:
    import uvicorn

    from .main import create_app

    os.environ.setdefault("OUTPOST_DATABASE_URL", settings.database_url)
    uvicorn.run(create_app(settings), host=args.host, port=args.port, log_level=args.log_level)
    return 0


if __name__ == "__main__":
    sys.exit(main())
