"""A small scripted zerorelay server for the client tests (real WebSocket on 127.0.0.1, port 0).

It answers commands per docs/protocol.md (a tiny in-memory broker with offsets), can refuse
upgrades with an HTTP status and ``Retry-After``, push frames, close after a ``disconnect``
frame, go half-open (stop answering), and records what clients sent (frames and upgrade
attempts, with loop timestamps) so that tests assert behaviour at the server side.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from typing import cast

from google.protobuf import json_format
from websockets.asyncio.server import Server, ServerConnection, serve
from websockets.exceptions import ConnectionClosed
from websockets.http11 import Request, Response
from websockets.typing import Subprotocol

from zerorelay.subscription import topic_matches
from zerorelay.v1 import errors_pb2, frames_pb2

ALL_FEATURES = ("ack", "at-least-once", "resume", "wildcards", "refresh", "gap")


@dataclass(frozen=True)
class Recorded:
    """One frame a client sent: connection index, loop time, the frame."""

    conn: int
    at: float
    frame: frames_pb2.ClientFrame

    @property
    def kind(self) -> str:
        return self.frame.WhichOneof("kind") or ""


@dataclass
class Refusal:
    status: int
    retry_after: str | None = None


Handler = Callable[["FakeServer", int, frames_pb2.ClientFrame], Awaitable[bool]]


@dataclass
class FakeServer:
    features: Sequence[str] = ALL_FEATURES
    limits: frames_pb2.Limits = field(default_factory=frames_pb2.Limits)
    token_expires_at_ms: int = 0
    refreshed_expires_at_ms: int = 0
    epoch: str = "e1"
    max_in_flight: int = 0
    """The effective max_in_flight the subscribeAck of an at-least-once subscribe reports."""
    select_none: bool = False
    handler: Handler | None = None
    """Called first for every frame; returns True when it handled it."""
    half_open: bool = False
    """Stop answering (and stop recording as answered): a dead server with an open socket."""
    refusals: list[Refusal] = field(default_factory=list)
    upgrades: list[float] = field(default_factory=list)
    frames: list[Recorded] = field(default_factory=list)
    conns: list[ServerConnection] = field(default_factory=list)
    close_codes: list[int | None] = field(default_factory=list)
    offsets: dict[str, int] = field(default_factory=dict)
    subs: dict[int, set[str]] = field(default_factory=dict)
    dedupe: dict[tuple[str, str], int] = field(default_factory=dict)
    _server: Server | None = None
    _changed: asyncio.Event = field(default_factory=asyncio.Event)

    async def __aenter__(self) -> FakeServer:
        self._server = await serve(
            self._handle,
            "127.0.0.1",
            0,
            select_subprotocol=self._select,
            process_request=self._process_request,
            ping_interval=None,
            compression=None,
            close_timeout=1,
        )
        return self

    async def __aexit__(self, *exc: object) -> None:
        assert self._server is not None
        self._server.close()
        await self._server.wait_closed()

    @property
    def url(self) -> str:
        assert self._server is not None
        port = self._server.sockets[0].getsockname()[1]
        return f"ws://127.0.0.1:{port}/v1/ws"

    # ------------------------------------------------------------------ assertions

    def sent(self, kind: str) -> list[Recorded]:
        """Recorded frames of one kind (``connect``, ``subscribe``, ``publish``...)."""
        return [r for r in self.frames if r.kind == kind]

    async def wait_for(
        self, predicate: Callable[[FakeServer], bool], timeout: float = 5.0, what: str = "condition"
    ) -> None:
        """Waits (event-driven) until ``predicate(self)`` holds."""
        try:
            async with asyncio.timeout(timeout):
                while not predicate(self):
                    self._changed.clear()
                    await self._changed.wait()
        except TimeoutError:
            raise AssertionError(
                f"timed out waiting for {what}; frames: {[r.kind for r in self.frames]}"
            ) from None

    async def wait_frame(self, kind: str, count: int = 1, timeout: float = 5.0) -> Recorded:
        await self.wait_for(lambda s: len(s.sent(kind)) >= count, timeout, f"{count} {kind} frame(s)")
        return self.sent(kind)[count - 1]

    def _notify(self) -> None:
        self._changed.set()

    # ------------------------------------------------------------------ actions

    async def send(self, frame: frames_pb2.ServerFrame, conn: int = -1) -> None:
        ws = self.conns[conn]
        if ws.subprotocol == "zerorelay.v1.json":
            await ws.send(json_format.MessageToJson(frame))
        else:
            await ws.send(frame.SerializeToString())

    async def disconnect(self, code: int, reason: str = "", retry_after_ms: int = 0, conn: int = -1) -> None:
        """Sends ``disconnect`` then closes the WebSocket with the same code."""
        with contextlib.suppress(ConnectionClosed):
            await self.send(
                frames_pb2.ServerFrame(
                    disconnect=frames_pb2.Disconnect(
                        code=cast(errors_pb2.CloseCode, code), reason=reason, retry_after_ms=retry_after_ms
                    )
                ),
                conn,
            )
            await self.conns[conn].close(code, reason)

    async def push(
        self, topic: str, payload: bytes, offset: int, conn: int = -1, epoch: str | None = None
    ) -> None:
        await self.send(
            frames_pb2.ServerFrame(
                delivery=frames_pb2.Delivery(
                    topic=topic,
                    payload=payload,
                    epoch=self.epoch if epoch is None else epoch,
                    offset=offset,
                    published_at_ms=1,
                    delivery_count=1,
                )
            ),
            conn,
        )

    # ------------------------------------------------------------------ websockets hooks

    def _select(self, conn: ServerConnection, offered: Sequence[Subprotocol]) -> Subprotocol | None:
        if self.select_none:
            return None
        for name in ("zerorelay.v1.proto", "zerorelay.v1.json"):
            if name in offered:
                return Subprotocol(name)
        return None

    def _process_request(self, conn: ServerConnection, request: Request) -> Response | None:
        self.upgrades.append(asyncio.get_running_loop().time())
        self._notify()
        if self.refusals:
            refusal = self.refusals.pop(0)
            response = conn.respond(refusal.status, "refused\n")
            if refusal.retry_after is not None:
                response.headers["Retry-After"] = refusal.retry_after
            return response
        return None

    async def _handle(self, ws: ServerConnection) -> None:
        index = len(self.conns)
        self.conns.append(ws)
        self.close_codes.append(None)
        self.subs[index] = set()
        is_json = ws.subprotocol == "zerorelay.v1.json"
        try:
            async for message in ws:
                frame = frames_pb2.ClientFrame()
                if is_json:
                    assert isinstance(message, str)
                    json_format.Parse(message, frame)
                else:
                    assert isinstance(message, bytes)
                    frame.ParseFromString(message)
                self.frames.append(Recorded(index, asyncio.get_running_loop().time(), frame))
                self._notify()
                if self.half_open:
                    continue
                if self.handler is not None and await self.handler(self, index, frame):
                    continue
                await self._answer(index, frame)
        except ConnectionClosed:
            pass
        finally:
            self.close_codes[index] = ws.close_code
            self.subs[index] = set()
            self._notify()

    async def _answer(self, conn: int, frame: frames_pb2.ClientFrame) -> None:
        kind = frame.WhichOneof("kind")
        reply = frames_pb2.ServerFrame(id=frame.id)
        if kind == "connect":
            reply.connected.CopyFrom(
                frames_pb2.Connected(
                    session_id=f"s{conn}",
                    server_version="fake",
                    limits=self.limits,
                    subject="tester",
                    token_expires_at_ms=self.token_expires_at_ms,
                    features=list(self.features),
                )
            )
        elif kind == "subscribe":
            topic = frame.subscribe.topic
            self.subs[conn].add(topic)
            epoch = "" if "*" in topic or ">" in topic else self.epoch
            reply.subscribe_ack.CopyFrom(
                frames_pb2.SubscribeAck(
                    topic=topic,
                    position=errors_pb2.StreamPosition(epoch=epoch, offset=self.offsets.get(topic, 0)),
                    mode=frame.subscribe.mode,
                    max_in_flight=(
                        self.max_in_flight
                        if frame.subscribe.mode == frames_pb2.DELIVERY_MODE_AT_LEAST_ONCE
                        else 0
                    ),
                )
            )
        elif kind == "unsubscribe":
            self.subs[conn].discard(frame.unsubscribe.topic)
            reply.unsubscribe_ack.topic = frame.unsubscribe.topic
        elif kind == "publish":
            await self._publish(conn, frame)
            return
        elif kind == "ping":
            reply.pong.client_time_ms = frame.ping.client_time_ms
            reply.pong.server_time_ms = 42
        elif kind == "refresh":
            reply.refreshed.token_expires_at_ms = self.refreshed_expires_at_ms
        else:
            return
        await self.send(reply, conn)

    async def _publish(self, conn: int, frame: frames_pb2.ClientFrame) -> None:
        p = frame.publish
        key = (p.topic, p.idempotency_key)
        duplicate = bool(p.idempotency_key) and key in self.dedupe
        if duplicate:
            offset = self.dedupe[key]
        else:
            offset = self.offsets.get(p.topic, 0) + 1
            self.offsets[p.topic] = offset
            if p.idempotency_key:
                self.dedupe[key] = offset
        if p.ack:
            await self.send(
                frames_pb2.ServerFrame(
                    id=frame.id,
                    publish_ack=frames_pb2.PublishAck(
                        topic=p.topic, epoch=self.epoch, offset=offset, duplicate=duplicate
                    ),
                ),
                conn,
            )
        if duplicate:
            return
        delivery = frames_pb2.ServerFrame(
            delivery=frames_pb2.Delivery(
                topic=p.topic,
                payload=p.payload,
                headers=dict(p.headers),
                epoch=self.epoch,
                offset=offset,
                published_at_ms=1000,
                delivery_count=1,
            )
        )
        for index, topics in self.subs.items():
            if any(topic_matches(t, p.topic) for t in topics):
                with contextlib.suppress(ConnectionClosed):
                    await self.send(delivery, index)
