"""The outgoing-webhook event receiver: a small HTTP server the portal POSTs events to.

from b24desk.receiver import EventReceiver
receiver = EventReceiver(port=0, token=Secret("..."))
await receiver.start()              # uvicorn in the running loop
receiver.subscribe(print)           # each ReceivedEvent as it arrives
receiver.handler_url                # http://127.0.0.1:PORT/
await receiver.stop()
"""

from b24desk.receiver.limits import SourceRateLimit
from b24desk.receiver.replay import replay
from b24desk.receiver.server import DEFAULT_HOST, DEFAULT_MAX_BODY, DEFAULT_MAX_RATE, DEFAULT_PORT, EventReceiver
from b24desk.receiver.server import is_loopback as is_loopback

__all__ = [
    "DEFAULT_HOST",
    "DEFAULT_MAX_BODY",
    "DEFAULT_MAX_RATE",
    "DEFAULT_PORT",
    "EventReceiver",
    "SourceRateLimit",
    "is_loopback",
    "replay",
]
