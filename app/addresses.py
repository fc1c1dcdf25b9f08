"""What a server address says about the connection it will make (issue 17, item 11)."""

from ipaddress import ip_address
from urllib.parse import urlsplit


def unencrypted(url: str) -> bool:
    """True for an `http://` address of another machine: the password, the tokens and every
    customer would cross the network readable by anyone on it. This computer's own address
    (a server for one, or a test) is not the network."""
    parts = urlsplit(url.strip())
    if parts.scheme.lower() != "http":
        return False
    host = (parts.hostname or "").lower()
    if host == "localhost":
        return False
    try:
        return not ip_address(host).is_loopback
    except ValueError:
        return True  # a name: it resolves to another machine as far as we know
