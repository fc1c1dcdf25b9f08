"""Schemathesis hooks of tests/security/test_schemathesis.py (loaded through SCHEMATHESIS_HOOKS
in the `schemathesis run` subprocess): leave out the few requests that would end the fuzzing
caller's own session, so every later request still speaks as that role; they go to someone
else instead.

- the caller's own account deactivated, offboarded or its password reset (`OUTPOST_FUZZ_SELF`):
  every later request would be 401, and the run would test nothing but the token check;
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
    "/api/v1/admin/users/{username}/password-reset": ("username", _SELF),
    "/api/v1/admin/devices/{device_id}/lost": ("device_id", _DEVICE),
}


@schemathesis.hook
def map_path_parameters(context: Any, path_parameters: dict[str, Any]) -> dict[str, Any]:
    """Aim such a request at someone else (a name or id nobody has: 404) rather than drop it:
    dropping the values the stateful phase learnt from `/admin/users` fails Hypothesis's
    filter_too_much health check."""
    operation = getattr(context, "operation", None)
    rule = _ENDS_SESSION.get(getattr(operation, "path", ""))
    if rule is None:
        return path_parameters
    name, mine = rule
    value = path_parameters.get(name)
    if mine and isinstance(value, str) and value.strip().lower() == mine.lower():
        return {**path_parameters, name: f"not-{mine}"}
    return path_parameters
