"""The conformance driver: DriverCommands in, SDK calls, DriverEvents out (driver.proto).

Every command runs as its own task, so commands complete out of order and reading stdin
never blocks on one; each gets exactly one ``CommandResult``. Status events become
``StateChange`` / ``SdkError`` events and deliveries become ``Delivered`` events. On stdin
EOF every connection is closed and :func:`run` returns within 2 s.
"""

from __future__ import annotations

import asyncio
import struct
import sys
import time
from collections.abc import Callable, Coroutine
from dataclasses import dataclass, field
from typing import Any, BinaryIO, Literal

from google.protobuf.message import DecodeError

from zerorelay.client import (
    CLIENT_NAME,
    CLIENT_VERSION,
    DEFAULT_ACK_DELAY,
    SUBPROTOCOL_JSON,
    USE_CLIENT_DEFAULT,
    Client,
    Closed,
    Connected,
    Connecting,
    Disconnected,
    ErrorEvent,
    UseClientDefault,
    connect,
)
from zerorelay.conformance.v1 import driver_pb2
from zerorelay.errors import Code, RelayError
from zerorelay.subscription import Delivery, Subscription
from zerorelay.v1 import errors_pb2, frames_pb2

FEATURES: tuple[str, ...] = (
    "ack",
    "at-least-once",
    "resume",
    "wildcards",
    "refresh",
    "reconnect",
    "heartbeat",
    "json",
    "gap",
)
"""What the Python SDK implements (docs/sdk-spec.md §15); not ``pause-reading``."""

MAX_COMMAND_BYTES = 64 << 20
"""The largest command accepted."""

_SHUTDOWN_GRACE_S = 1.5


async def read_message(reader: asyncio.StreamReader) -> bytes | None:
    """Reads one length-prefixed message; ``None`` at a clean EOF between messages.

    Raises:
        ValueError: a message longer than :data:`MAX_COMMAND_BYTES`.
        asyncio.IncompleteReadError: EOF inside a message.
    """
    try:
        header = await reader.readexactly(4)
    except asyncio.IncompleteReadError as err:
        if not err.partial:
            return None
        raise
    (length,) = struct.unpack(">I", header)
    if length > MAX_COMMAND_BYTES:
        raise ValueError(f"command of {length} bytes")
    return await reader.readexactly(length)


def _log(message: str) -> None:
    print(f"zerorelay-python driver: {message}", file=sys.stderr, flush=True)


@dataclass(slots=True)
class _Conn:
    name: str
    token: str
    client: Client | None = None
    subs: dict[str, Subscription] = field(default_factory=dict)
    unacked: dict[str, list[Delivery]] = field(default_factory=dict)


def _sdk_error(err: BaseException, conn: str) -> driver_pb2.SdkError:
    e = RelayError.from_exception(err)
    return driver_pb2.SdkError(
        conn=conn,
        code=e.code,
        message=str(e),
        retryable=e.retryable,
        retry_after_ms=round(e.retry_after * 1000) if e.retry_after else 0,
        close_code=e.close_code or 0,
    )


def _not_found(what: str) -> RelayError:
    return RelayError(Code.CODE_NOT_FOUND, what, retryable=False)


class Driver:
    """Runs commands against the SDK and writes events to ``out`` (a binary stream)."""

    def __init__(self, out: BinaryIO, clock: Callable[[], float] = time.monotonic) -> None:
        self._out = out
        self._clock = clock
        self._t0 = clock()
        self._conns: dict[str, _Conn] = {}
        self._tasks: set[asyncio.Task[None]] = set()

    # ------------------------------------------------------------------ output

    def emit(self, event: driver_pb2.DriverEvent) -> None:
        """Writes one event (stamped with ``at_ms``)."""
        event.at_ms = max(0, round((self._clock() - self._t0) * 1000))
        data = event.SerializeToString()
        self._out.write(struct.pack(">I", len(data)) + data)
        self._out.flush()

    def _ok(self, command_id: int, ok: driver_pb2.CommandOk | None = None) -> None:
        result = driver_pb2.CommandResult(command_id=command_id, ok=ok or driver_pb2.CommandOk())
        self.emit(driver_pb2.DriverEvent(command_result=result))

    def _fail(self, command_id: int, err: BaseException, conn: str) -> None:
        result = driver_pb2.CommandResult(command_id=command_id, error=_sdk_error(err, conn))
        self.emit(driver_pb2.DriverEvent(command_result=result))

    def _state(
        self, conn: str, state: int, *, close_code: int = 0, reason: str = "", attempt: int = 0
    ) -> None:
        change = driver_pb2.StateChange(
            conn=conn,
            state=state,  # type: ignore[arg-type]
            close_code=close_code,
            reason=reason,
            attempt=attempt,
        )
        self.emit(driver_pb2.DriverEvent(state_change=change))

    def _spawn(self, coro: Coroutine[Any, Any, None]) -> None:
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    # ------------------------------------------------------------------ input

    def dispatch(self, cmd: driver_pb2.DriverCommand) -> None:
        """Starts one command; its ``CommandResult`` follows when it completes."""
        kind = cmd.WhichOneof("kind")
        if kind == "hello":
            _log(f"scenario {cmd.hello.scenario!r}")
            hello = driver_pb2.HelloResult(
                sdk_name=CLIENT_NAME, sdk_version=CLIENT_VERSION, features=FEATURES
            )
            self.emit(driver_pb2.DriverEvent(hello_result=hello))
            return
        self._spawn(self._run(cmd))

    async def _run(self, cmd: driver_pb2.DriverCommand) -> None:
        conn = ""
        try:
            kind = cmd.WhichOneof("kind")
            if kind == "connect":
                conn = cmd.connect.conn
                await self._connect(cmd.connect)
            elif kind == "subscribe":
                conn = cmd.subscribe.conn
                await self._subscribe(cmd.subscribe)
            elif kind == "unsubscribe":
                conn = cmd.unsubscribe.conn
                c = self._conn(conn)
                sub = c.subs.pop(cmd.unsubscribe.topic, None)
                if sub is None:
                    raise _not_found(f"not subscribed to {cmd.unsubscribe.topic!r}")
                await sub.unsubscribe()
            elif kind == "publish":
                conn = cmd.publish.conn
                self._ok(cmd.id, await self._publish(cmd.publish))
                return
            elif kind == "ack":
                conn = cmd.ack.conn
                self._ack(cmd.ack)
            elif kind == "close":
                conn = cmd.close.conn
                client = self._conn(conn).client
                if client is not None:
                    await client.close()
            elif kind == "set_token":
                conn = cmd.set_token.conn
                c2 = self._conns.get(conn)
                if c2 is None:
                    raise _not_found(f"no connection {conn!r}")
                c2.token = cmd.set_token.token
                if cmd.set_token.refresh_now:
                    raise RelayError(
                        Code.CODE_UNIMPLEMENTED, "the Python SDK has no public refresh call", retryable=False
                    )
            elif kind in ("pause_reading", "resume_reading"):
                detail = "pause-reading is not supported by the Python SDK"
                raise RelayError(Code.CODE_UNIMPLEMENTED, detail, retryable=False)
            else:
                raise RelayError(Code.CODE_UNIMPLEMENTED, f"unknown driver command {kind}", retryable=False)
        except (Exception, asyncio.CancelledError) as err:
            self._fail(cmd.id, err, conn)
            return
        self._ok(cmd.id)

    def _conn(self, name: str) -> _Conn:
        c = self._conns.get(name)
        if c is None or c.client is None:
            raise _not_found(f"no connection {name!r}")
        return c

    async def _connect(self, m: driver_pb2.ConnectCommand) -> None:
        name = m.conn
        if name in self._conns:
            raise RelayError(Code.CODE_ALREADY_SUBSCRIBED, f"connection {name!r} exists", retryable=False)
        state = _Conn(name=name, token=m.token)
        self._conns[name] = state
        options: dict[str, float | bool] = {}
        if m.HasField("reconnect"):
            r = m.reconnect
            options["reconnect"] = r.enabled
            if r.initial_delay_ms:
                options["initial_delay"] = r.initial_delay_ms / 1000
            if r.max_delay_ms:
                options["max_delay"] = r.max_delay_ms / 1000
            if r.multiplier:
                options["multiplier"] = r.multiplier
        encoding: Literal["proto", "json"] = "json" if m.subprotocol == SUBPROTOCOL_JSON else "proto"
        initial_delay = float(options.get("initial_delay", 0.25))
        self._state(name, driver_pb2.CONN_STATE_CONNECTING, attempt=1)
        try:
            client = await connect(
                m.url,
                get_token=lambda _reason: state.token,
                encoding=encoding,
                reconnect=bool(options.get("reconnect", True)),
                initial_delay=initial_delay,
                max_delay=max(float(options.get("max_delay", 15.0)), initial_delay),
                multiplier=max(1.0, float(options.get("multiplier", 2.0))),
                ping_interval=m.ping_interval_ms / 1000 if m.ping_interval_ms else "server",
                pong_timeout=m.pong_timeout_ms / 1000 if m.pong_timeout_ms else "server",
                ack_delay=m.ack_delay_ms / 1000 if m.ack_delay_ms else DEFAULT_ACK_DELAY,
            )
        except BaseException:
            del self._conns[name]
            raise
        state.client = client
        self._state(name, driver_pb2.CONN_STATE_CONNECTED)
        self._spawn(self._watch_status(name, client))

    async def _watch_status(self, name: str, client: Client) -> None:
        async for ev in client.status():
            if isinstance(ev, Connecting):
                self._state(name, driver_pb2.CONN_STATE_CONNECTING, attempt=ev.attempt)
            elif isinstance(ev, Connected):
                self._state(name, driver_pb2.CONN_STATE_CONNECTED)
            elif isinstance(ev, Disconnected):
                self._state(
                    name, driver_pb2.CONN_STATE_DISCONNECTED, close_code=ev.close_code, reason=ev.reason
                )
            elif isinstance(ev, Closed):
                code = 1000 if ev.error is None else (ev.error.close_code or 0)
                self._state(name, driver_pb2.CONN_STATE_CLOSED, close_code=code)
            elif isinstance(ev, ErrorEvent):
                self.emit(driver_pb2.DriverEvent(sdk_error=_sdk_error(ev.error, name)))

    async def _subscribe(self, m: driver_pb2.SubscribeCommand) -> None:
        c = self._conn(m.conn)
        assert c.client is not None
        at_least_once = m.mode == frames_pb2.DELIVERY_MODE_AT_LEAST_ONCE
        sub = c.client.subscribe(
            m.topic,
            mode="at-least-once" if at_least_once else "at-most-once",
            auto_ack=not m.manual_ack,
            max_in_flight=m.max_in_flight,
        )
        await sub.ready()
        c.subs[m.topic] = sub
        self._spawn(self._consume(c, m.topic, sub, m.manual_ack))

    async def _consume(self, c: _Conn, topic: str, sub: Subscription, manual_ack: bool) -> None:
        try:
            async for d in sub:
                if manual_ack:
                    c.unacked.setdefault(topic, []).append(d)
                delivery = frames_pb2.Delivery(
                    topic=d.topic,
                    payload=d.data,
                    headers=d.headers,
                    epoch=d.epoch,
                    offset=d.offset,
                    published_at_ms=d.published_at_ms,
                    delivery_count=d.delivery_count,
                )
                delivered = driver_pb2.Delivered(conn=c.name, delivery=delivery)
                self.emit(driver_pb2.DriverEvent(delivered=delivered))
        except RelayError as err:
            self.emit(driver_pb2.DriverEvent(sdk_error=_sdk_error(err, c.name)))

    async def _publish(self, m: driver_pb2.PublishCommand) -> driver_pb2.CommandOk:
        client = self._conn(m.conn).client
        assert client is not None
        timeout: float | UseClientDefault = m.timeout_ms / 1000 if m.timeout_ms else USE_CLIENT_DEFAULT
        headers = dict(m.headers)
        key = m.idempotency_key
        if not m.ack:
            await client.publish(
                m.topic, m.payload, ack=False, headers=headers, idempotency_key=key, timeout=timeout
            )
            return driver_pb2.CommandOk()
        res = await client.publish(m.topic, m.payload, headers=headers, idempotency_key=key, timeout=timeout)
        position = errors_pb2.StreamPosition(epoch=res.epoch, offset=res.offset)
        return driver_pb2.CommandOk(position=position, duplicate=res.duplicate)

    def _ack(self, m: driver_pb2.AckCommand) -> None:
        c = self._conn(m.conn)
        held = c.unacked.get(m.topic, [])
        due = [d for d in held if d.offset <= m.offset and (not m.epoch or d.epoch == m.epoch)]
        if not due:
            raise _not_found(f"no unacknowledged delivery of {m.topic!r} up to {m.offset}")
        c.unacked[m.topic] = [d for d in held if d not in due]
        for d in due:
            d.ack_nowait()

    # ------------------------------------------------------------------ lifecycle

    async def shutdown(self) -> None:
        """Closes every connection and waits (at most 1.5 s) for the commands in flight."""
        clients = [c.client for c in self._conns.values() if c.client is not None]
        await asyncio.gather(*(c.close() for c in clients), return_exceptions=True)
        if self._tasks:
            _done, pending = await asyncio.wait(set(self._tasks), timeout=_SHUTDOWN_GRACE_S)
            for task in pending:
                task.cancel()


async def run() -> int:
    """Serves the driver protocol on stdin/stdout until stdin EOF; returns the exit status."""
    loop = asyncio.get_running_loop()
    reader = asyncio.StreamReader(limit=MAX_COMMAND_BYTES)
    await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), sys.stdin)
    driver = Driver(sys.stdout.buffer)
    status = 0
    try:
        while True:
            data = await read_message(reader)
            if data is None:
                break
            cmd = driver_pb2.DriverCommand()
            cmd.ParseFromString(data)
            driver.dispatch(cmd)
    except (ValueError, DecodeError, asyncio.IncompleteReadError) as err:
        _log(f"bad input: {err}")
        status = 1
    await driver.shutdown()
    return status
