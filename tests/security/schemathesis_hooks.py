"""Schemathesis hooks of tests/security/test_schemathesis.py (loaded through SCHEMATHESIS_HOOKS
in the `schemathesis run` subprocess): leave out the few requests that would end the fuzzing
caller's own session, so every later request still speaks as that role.

- the caller's own account deactivated or offboarded (`OUTPOST_FUZZ_SELF`): every later
  request would be 401, and the run would test nothing but the token check;
- the caller's own device marked lost (`OUTPOST_FUZZ_DEVICE`): the same, its sessions die.
`/auth/logout` is left out on the command line (`--exclude-path`) for the same reason.
"""

import os
from typing import Any

import schemathesis

_SELF = os.environ.get("OUTPOST_FUZZ_SELF", "")
_DEVICE = os.environ.get("OUTPOST_FUZZ_DEVICE", "")
_ENDS_SESSION = {
    "/api/v1/admin/users/{username}/deactivate": ("username", _SELF),
    "/api/v1/admin/users/{username}/offboard": ("username", _SELF),
    "/api/v1/admin/devices/{device_id}/lost": ("device_id", _DEVICE),
}


@schemathesis.hook
def filter_case(context: Any, case: Any) -> bool:
    rule = _ENDS_SESSION.get(case.operation.path)
    if rule is None:
        return True
    name, mine = rule
    value = (case.path_parameters or {}).get(name)
    return not (mine and isinstance(value, str) and value.strip().lower() == mine.lower())
