"""The server side of the sync protocol (DESIGN.md, "Sync protocol")."""
