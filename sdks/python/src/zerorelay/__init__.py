"""zerorelay: Python package for the zerorelay WebSocket pub/sub relay.

Generated protocol code lives in :mod:`zerorelay.v1` (``frames_pb2``, ``errors_pb2``),
produced by ``npm run gen`` from ``proto/zerorelay/v1``; never edit it by hand.
"""

__version__ = "0.1.0"

SUBPROTOCOL_PROTO = "zerorelay.v1.proto"
"""WebSocket subprotocol of the binary (protobuf) encoding."""

SUBPROTOCOL_JSON = "zerorelay.v1.json"
"""WebSocket subprotocol of the text (proto3 JSON) encoding."""

__all__ = ["SUBPROTOCOL_JSON", "SUBPROTOCOL_PROTO", "__version__"]
