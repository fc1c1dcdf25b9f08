"""The client side of the protocol: HTTP access to the server and (next) the sync engine. No Qt."""
