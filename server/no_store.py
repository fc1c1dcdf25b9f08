"""Answers that carry tokens or say who is signed in are never cached (issue 17, item 11).

`Cache-Control: no-store` on everything under `/auth/`, errors included: a proxy or a disk
cache must not keep an access or refresh token, or replay a sign-in's answer.
"""

from starlette.types import ASGIApp, Message, Receive, Scope, Send

_HEADERS = [(b"cache-control", b"no-store"), (b"pragma", b"no-cache")]


class NoStore:
    def __init__(self, app: ASGIApp, prefix: str) -> None:
        self.app = app
        self.prefix = prefix

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not scope["path"].startswith(self.prefix):
            await self.app(scope, receive, send)
            return

        async def send_uncached(message: Message) -> None:
            if message["type"] == "http.response.start":
                kept = [
                    (k, v) for k, v in message.get("headers", ()) if k.lower() != b"cache-control"
                ]
                message["headers"] = [*kept, *_HEADERS]
            await send(message)

        await self.app(scope, receive, send_uncached)
