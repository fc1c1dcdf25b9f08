"""The PySide6 desktop client. Talks only to `app` services; never to SQLAlchemy or HTTP."""
