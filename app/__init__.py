"""Domain core of the desktop client: local replica, its migrations, services, settings.

No Qt here: the UI calls these services and receives plain data.
"""
