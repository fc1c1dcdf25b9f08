"""Every answer names the protocol this server speaks (X-Outpost-Protocol), errors included.

A client newer than its server sends only what the server understands: it reads the header
off any answer (absent: protocol 1) instead of asking in a request of its own.
"""

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from sync.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION

_HEADER = (PROTOCOL_HEADER.lower().encode(), str(PROTOCOL_VERSION).encode())


class ProtocolHeader:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_header(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", ()), _HEADER]
            await send(message)

        await self.app(scope, receive, send_with_header)
