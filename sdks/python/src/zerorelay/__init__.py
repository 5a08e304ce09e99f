"""zerorelay: the asyncio Python client for the zerorelay WebSocket pub/sub relay.

::

    async with zerorelay.connect("wss://relay.example/v1/ws", token=token) as client:
        async with client.subscribe("chat.room.42") as sub:
            await client.publish("chat.room.42", b"hi")
            async for delivery in sub:
                print(delivery.topic, delivery.data)

Behaviour follows ``docs/sdk-spec.md``; the wire protocol is ``docs/protocol.md``. The
generated protocol code lives in :mod:`zerorelay.v1` (``frames_pb2``, ``errors_pb2``),
produced by ``npm run gen`` from ``proto/zerorelay/v1``; never edit it by hand.
"""

from zerorelay._backoff import Backoff, parse_retry_after
from zerorelay.client import (
    CLIENT_NAME,
    CLIENT_VERSION,
    SUBPROTOCOL_JSON,
    SUBPROTOCOL_PROTO,
    USE_CLIENT_DEFAULT,
    Client,
    Closed,
    Connected,
    Connecting,
    ConnectionState,
    Disconnected,
    ErrorEvent,
    PingResult,
    PublishResult,
    SessionInfo,
    SessionLimits,
    StatusEvent,
    TokenProvider,
    TokenReason,
    connect,
)
from zerorelay.errors import (
    CloseAction,
    CloseCode,
    Code,
    ConnectionClosed,
    DeadlineExceeded,
    Position,
    RelayError,
    UpgradeRejected,
    close_action,
    code_name,
)
from zerorelay.subscription import (
    Delivery,
    DeliveryModeName,
    GapEvent,
    SubscribeInfo,
    Subscription,
    SubscriptionState,
    topic_matches,
)

__version__ = CLIENT_VERSION

__all__ = [
    "CLIENT_NAME",
    "CLIENT_VERSION",
    "SUBPROTOCOL_JSON",
    "SUBPROTOCOL_PROTO",
    "USE_CLIENT_DEFAULT",
    "Backoff",
    "Client",
    "CloseAction",
    "CloseCode",
    "Closed",
    "Code",
    "Connected",
    "Connecting",
    "ConnectionClosed",
    "ConnectionState",
    "DeadlineExceeded",
    "Delivery",
    "DeliveryModeName",
    "Disconnected",
    "ErrorEvent",
    "GapEvent",
    "PingResult",
    "Position",
    "PublishResult",
    "RelayError",
    "SessionInfo",
    "SessionLimits",
    "StatusEvent",
    "SubscribeInfo",
    "Subscription",
    "SubscriptionState",
    "TokenProvider",
    "TokenReason",
    "UpgradeRejected",
    "__version__",
    "close_action",
    "code_name",
    "connect",
    "parse_retry_after",
    "topic_matches",
]
