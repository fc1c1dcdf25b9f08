"""Why the server moved customers by itself, as stable codes the client puts into words.

A person's reason (a manager's reassignment, `outpost-server offboard --reason`) is their own
words, shown as typed. A reason the server writes itself is a code, `code` or
`code:argument`, kept in the ownership history and sent with the customers that arrive
(`wire.Arrival.reason`): each client says it in its user's language (issue 16, item 8: the
zh_CN notice read "bob left the company").
"""

OWNER_LEFT = "owner_left"
"""Offboarding with no reason given: the former owner left the company."""
POOL_RETURN = "pool_return"
"""A sweep returned the customer to its branch pool; the argument is the tier's days."""
POOL_CLAIM = "pool_claim"
"""A rep claimed the customer from the branch pool."""
POOL_RETURNED = "pool_returned"
"""Its owner or a manager put the customer back into the pool by hand, without words."""
POOL_ASSIGNED = "pool_assigned"
"""A manager gave the customer from the pool to a rep."""

CODES = frozenset({OWNER_LEFT, POOL_RETURN, POOL_CLAIM, POOL_RETURNED, POOL_ASSIGNED})


DUPLICATE = "duplicate"
"""Why a push was refused (not an ownership move): a new customer that is probably another
owner's (`sync.protocol.dedupe`), held for the branch manager's review with what was pushed
for it. The client says it in words (`ui/messages.py: push_refusal_text`)."""


def pool_return(days: int) -> str:
    return f"{POOL_RETURN}:{days}"


def parse(reason: str | None) -> tuple[str, int | None] | None:
    """(code, number) of a reason the server wrote; None for a person's words or none."""
    if not reason:
        return None
    code, colon, argument = reason.partition(":")
    if code not in CODES:
        return None
    if not colon:
        return code, None
    return (code, int(argument)) if argument.isascii() and argument.isdigit() else None
