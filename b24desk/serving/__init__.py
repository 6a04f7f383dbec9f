"""Serving an ASGI app from b24desk's own asyncio loop: the one place uvicorn is embedded.

from b24desk.serving.embedded_uvicorn import EmbeddedServer
server = EmbeddedServer(app, "127.0.0.1")       # port 0: a free port
await server.start()                            # returns once it accepts; server.port is the port
await server.stop()

The sandbox portal and the event receiver both serve through it; neither imports uvicorn itself.
"""
