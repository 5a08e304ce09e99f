"""The zerorelay client: one WebSocket at a time, the connection state machine, request
correlation, reconnect with backoff, the close-code policy, token refresh, heartbeats,
subscriptions and publishing (docs/sdk-spec.md).

Options are keyword-only and in seconds; ``None`` disables a timeout or a feature.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import enum
import json
import time
from collections.abc import Awaitable, Callable, Generator, Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, Final, Literal, overload

from google.protobuf import json_format

from zerorelay._backoff import (
    DEFAULT_INITIAL_DELAY,
    DEFAULT_MAX_DELAY,
    DEFAULT_MULTIPLIER,
    Backoff,
    parse_retry_after,
)
from zerorelay._transport import CloseInfo, OpenFailed, Transport
from zerorelay.errors import (
    Code,
    ConnectionClosed,
    DeadlineExceeded,
    Position,
    RelayError,
    UpgradeRejected,
    canceled,
    close_action,
    code_for_close,
    unavailable,
)
from zerorelay.subscription import (
    DeliveryModeName,
    GapEvent,
    RawDelivery,
    SubscribeInfo,
    Subscription,
    topic_matches,
)
from zerorelay.v1 import errors_pb2, frames_pb2

if TYPE_CHECKING:
    from types import TracebackType

CLIENT_NAME: Final = "zerorelay-python"
"""The SDK's name, sent in ``Connect.client_name``."""
CLIENT_VERSION: Final = "0.1.0"
"""The SDK's version, sent in ``Connect.client_version``."""

SUBPROTOCOL_PROTO: Final = "zerorelay.v1.proto"
"""WebSocket subprotocol of the binary (protobuf) encoding."""
SUBPROTOCOL_JSON: Final = "zerorelay.v1.json"
"""WebSocket subprotocol of the text (proto3 JSON) encoding."""

ConnectionState = Literal["connecting", "connected", "disconnected", "closed"]
"""Connection states (docs/sdk-spec.md §1)."""

TokenReason = Literal["connect", "reconnect", "expired", "refresh"]
"""Why the token provider is called."""

TokenProvider = Callable[[TokenReason], Awaitable[str] | str]
"""A callable returning a JWT (sync or async), called before every attempt and to refresh."""

DEFAULT_PING_INTERVAL: Final = 25.0
"""Ping interval when neither the application nor the server sets one, in seconds."""
DEFAULT_PONG_TIMEOUT: Final = 10.0
"""Pong timeout when neither the application nor the server sets one, in seconds."""
DEFAULT_MAX_MESSAGE_BYTES: Final = 64 * 1024 * 1024
"""Largest inbound WebSocket message the client accepts by default, in bytes."""
DEFAULT_ACK_DELAY: Final = 0.01
"""How long an at-least-once acknowledgement may wait to be coalesced with later ones, in seconds."""


class UseClientDefault(enum.Enum):
    """Type of :data:`USE_CLIENT_DEFAULT`."""

    USE_CLIENT_DEFAULT = "USE_CLIENT_DEFAULT"


USE_CLIENT_DEFAULT: Final = UseClientDefault.USE_CLIENT_DEFAULT
"""Per-call ``timeout`` default: use the client's ``request_timeout``."""

_STATUS_BUFFER = 1000
_MAX_ID = 0xFFFFFFFF


# ---------------------------------------------------------------------- public data types


@dataclass(frozen=True, slots=True)
class SessionLimits:
    """The limits in force for the session (``connected.limits``); 0 means "no limit"."""

    max_frame_bytes: int = 0
    ping_interval_ms: int = 0
    pong_timeout_ms: int = 0
    messages_per_second: int = 0
    messages_burst: int = 0
    bytes_per_second: int = 0
    bytes_burst: int = 0
    max_subscriptions: int = 0
    max_in_flight: int = 0
    ack_wait_ms: int = 0
    max_deliver: int = 0


@dataclass(frozen=True, slots=True)
class SessionInfo:
    """The current session, from the last ``connected`` (and ``refreshed``) frame."""

    session_id: str
    server_version: str
    subject: str
    token_expires_at_ms: int
    """The token's expiry in ms since the Unix epoch; 0 when unknown."""
    features: tuple[str, ...]
    limits: SessionLimits


@dataclass(frozen=True, slots=True)
class Connecting:
    """Status: an attempt started; ``attempt`` is 1-based since the last ``Connected``."""

    attempt: int


@dataclass(frozen=True, slots=True)
class Connected:
    """Status: a session was established."""

    session: SessionInfo


@dataclass(frozen=True, slots=True)
class Disconnected:
    """Status: the connection (or attempt) ended; the next attempt starts in ``retry_in`` seconds."""

    close_code: int
    reason: str
    error: RelayError
    retry_in: float


@dataclass(frozen=True, slots=True)
class Closed:
    """Status: the client is closed for good; ``error`` is ``None`` after a clean ``close()``."""

    error: RelayError | None


@dataclass(frozen=True, slots=True)
class ErrorEvent:
    """Status: an error that ends nothing (an error reply to a fire-and-forget command, a
    failed refresh, an undecodable frame, a gap without ``on_gap``)."""

    error: RelayError
    gap: GapEvent | None = None


StatusEvent = Connecting | Connected | Disconnected | Closed | ErrorEvent
"""One status transition (docs/sdk-spec.md §1), or a non-fatal :class:`ErrorEvent`."""


@dataclass(frozen=True, slots=True)
class PublishResult:
    """The server's ``publishAck``."""

    topic: str
    epoch: str
    offset: int
    duplicate: bool
    """True when the idempotency key was seen before and nothing new was stored."""


@dataclass(frozen=True, slots=True)
class PingResult:
    """The result of :meth:`Client.ping`."""

    rtt: float
    """Round trip, in seconds."""
    server_time_ms: int
    """The server's clock, ms since the Unix epoch."""


# ---------------------------------------------------------------------- internals


@dataclass(slots=True)
class _Pending:
    on_reply: Callable[[frames_pb2.ServerFrame], None]
    on_lost: Callable[[], None]


@dataclass(eq=False, slots=True)
class _PublishOp:
    topic: str
    payload: bytes
    headers: Mapping[str, str] | None
    idempotency_key: str
    ack: bool
    future: asyncio.Future[PublishResult | None]
    id: int = 0
    done: bool = False


@dataclass(frozen=True, slots=True)
class _DisconnectFrame:
    code: int
    reason: str
    retry_after_ms: int


def _resolve_limits(c: frames_pb2.Connected) -> SessionLimits:
    limit = c.limits
    return SessionLimits(
        max_frame_bytes=limit.max_frame_bytes,
        ping_interval_ms=limit.ping_interval_ms,
        pong_timeout_ms=limit.pong_timeout_ms,
        messages_per_second=limit.messages_per_second,
        messages_burst=limit.messages_burst,
        bytes_per_second=limit.bytes_per_second,
        bytes_burst=limit.bytes_burst,
        max_subscriptions=limit.max_subscriptions,
        max_in_flight=limit.max_in_flight,
        ack_wait_ms=limit.ack_wait_ms,
        max_deliver=limit.max_deliver,
    )


def _classify_http(status: int) -> tuple[Literal["stop", "backoff", "token"], Code]:
    """HTTP status of a refused upgrade → class and Code (docs/sdk-spec.md §3)."""
    if status == 400:
        return "stop", Code.CODE_BAD_REQUEST
    if status == 401:
        return "token", Code.CODE_UNAUTHENTICATED
    if status == 403:
        return "stop", Code.CODE_PERMISSION_DENIED
    if status == 404:
        return "stop", Code.CODE_NOT_FOUND
    if status == 429:
        return "backoff", Code.CODE_RATE_LIMITED
    return "backoff", Code.CODE_UNAVAILABLE


class _StatusStream:
    """An independent stream of status events (at most 1000 buffered, oldest dropped)."""

    def __init__(self, client: Client) -> None:
        self._client = client
        self._items: collections.deque[StatusEvent] = collections.deque(maxlen=_STATUS_BUFFER)
        self._waiter: asyncio.Future[None] | None = None
        self._ended = False

    def push(self, event: StatusEvent) -> None:
        if self._ended:
            return
        self._items.append(event)
        if self._waiter is not None and not self._waiter.done():
            self._waiter.set_result(None)

    def end(self) -> None:
        self._ended = True
        if self._waiter is not None and not self._waiter.done():
            self._waiter.set_result(None)

    def __aiter__(self) -> _StatusStream:
        return self

    async def __anext__(self) -> StatusEvent:
        while True:
            if self._items:
                return self._items.popleft()
            if self._ended:
                raise StopAsyncIteration
            self._waiter = asyncio.get_running_loop().create_future()
            try:
                await self._waiter
            finally:
                self._waiter = None

    async def aclose(self) -> None:
        """Stops listening."""
        self._client._status_listeners.discard(self)
        self.end()


# ---------------------------------------------------------------------- the client


class Client:
    """A zerorelay client. Create it with :func:`connect`; dispose of it with :meth:`close`
    or ``async with``.
    """

    def __init__(
        self,
        url: str,
        *,
        token: str | None = None,
        get_token: TokenProvider | None = None,
        encoding: Literal["proto", "json"] = "proto",
        connect_timeout: float | None = 10.0,
        request_timeout: float | None = 10.0,
        reconnect: bool = True,
        retry_initial_connect: bool = False,
        initial_delay: float = DEFAULT_INITIAL_DELAY,
        max_delay: float = DEFAULT_MAX_DELAY,
        multiplier: float = DEFAULT_MULTIPLIER,
        ping_interval: float | None | Literal["server"] = "server",
        pong_timeout: float | None | Literal["server"] = "server",
        refresh_ratio: float = 0.8,
        client_name: str = CLIENT_NAME,
        max_message_bytes: int | None = DEFAULT_MAX_MESSAGE_BYTES,
        ack_delay: float = DEFAULT_ACK_DELAY,
        random: Callable[[], float] | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        if encoding not in ("proto", "json"):
            raise ValueError(f"unknown encoding {encoding!r}")
        if not 0 < refresh_ratio <= 1:
            raise ValueError("refresh_ratio must be in (0, 1]")
        if not 0 <= ack_delay < float("inf"):
            raise ValueError("ack_delay must be a finite number of seconds >= 0")
        self._url = url
        self._token = token or ""
        self._get_token = get_token
        self._json = encoding == "json"
        self._subprotocol = SUBPROTOCOL_JSON if self._json else SUBPROTOCOL_PROTO
        self._connect_timeout = connect_timeout
        self._request_timeout = request_timeout
        self._reconnect = reconnect
        self._retry_initial_connect = retry_initial_connect
        self._backoff = Backoff(
            initial_delay=initial_delay, max_delay=max_delay, multiplier=multiplier, random=random
        )
        self._ping_option = ping_interval
        self._pong_option = pong_timeout
        self._refresh_ratio = refresh_ratio
        self._client_name = client_name
        self._max_message_bytes = max_message_bytes
        self._ack_delay = ack_delay
        self._clock = clock
        self._loop = asyncio.get_running_loop()

        self._state: ConnectionState = "disconnected"
        self._transport: Transport | None = None
        self._generation = 0
        self._next_id = 1
        self._pending: dict[int, _Pending] = {}
        self._outbox: list[_PublishOp] = []
        self._resend: list[_PublishOp] = []
        self._subs: dict[str, Subscription] = {}
        self._pattern_subs: list[Subscription] = []
        self._session: SessionInfo | None = None
        self._connected_at = 0.0
        self._ever_connected = False
        self._attempts_since_connected = 0
        self._token_reason: TokenReason = "connect"
        self._disconnect_frame: _DisconnectFrame | None = None
        self._connect_error: RelayError | None = None
        self._local_failure: RelayError | None = None
        self._inbound_count = 0
        self._last_inbound = 0.0
        self._inbound_waiter: asyncio.Future[None] | None = None
        self._ping_interval: float | None = None
        self._pong_timeout = DEFAULT_PONG_TIMEOUT
        self._status_listeners: set[_StatusStream] = set()
        self._closed: asyncio.Future[RelayError | None] = self._loop.create_future()
        self._terminal_error: RelayError | None = None
        self._started: asyncio.Future[None] | None = None
        self._run_task: asyncio.Task[None] | None = None
        self._connection_tasks: list[asyncio.Task[None]] = []
        self._refresh_task: asyncio.Task[None] | None = None
        self._refreshing = False
        self._background: set[asyncio.Task[None]] = set()
        self._closing_transports: list[Transport] = []

    # ------------------------------------------------------------------ properties

    @property
    def state(self) -> ConnectionState:
        """The connection state."""
        return self._state

    @property
    def session(self) -> SessionInfo | None:
        """The current (or last) session; ``None`` before the first ``connected``."""
        return self._session

    @property
    def terminal_error(self) -> RelayError | None:
        """The error that closed the client; ``None`` while open or after a clean close."""
        return self._terminal_error

    # ------------------------------------------------------------------ lifecycle

    async def _start(self) -> None:
        """Starts the first attempt; returns on the first ``connected``."""
        self._started = self._loop.create_future()
        self._run_task = self._loop.create_task(self._run())
        try:
            await asyncio.shield(self._started)
        except asyncio.CancelledError:
            # Cancelling connect() cancels the client (docs/sdk-spec.md §11).
            self._finalize(canceled("connect canceled"))
            await self._drain()
            raise
        except RelayError:
            await self._drain()
            raise

    async def close(self) -> None:
        """Closes with 1000, never reconnects, fails pending operations with ``CODE_CANCELED``,
        ends every subscription. Idempotent."""
        self._finalize(None)
        await self._drain()

    async def wait_closed(self) -> RelayError | None:
        """Waits until the client is closed: ``None`` after ``close()``, the terminal error otherwise."""
        return await asyncio.shield(self._closed)

    async def __aenter__(self) -> Client:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    def status(self) -> _StatusStream:
        """Status events from now on, in order, ending after :class:`Closed`.

        Each call returns an independent stream (``async for event in client.status()``); call
        its ``aclose()`` to stop listening early.
        """
        stream = _StatusStream(self)
        if self._state == "closed":
            stream.end()
        else:
            self._status_listeners.add(stream)
        return stream

    async def _drain(self) -> None:
        """Waits for the tasks and sockets a closed client still owns."""
        current = asyncio.current_task()
        candidates = (self._run_task, self._refresh_task, *self._connection_tasks, *self._background)
        tasks = [t for t in candidates if t is not None and t is not current]
        if tasks:
            await asyncio.gather(*tasks, return_exceptions=True)
        for transport in self._closing_transports:
            await transport.wait_closed()
        self._closing_transports.clear()

    def _is_closed(self) -> bool:
        return self._state == "closed"

    async def _run(self) -> None:
        while self._state != "closed":
            info, was_connected, up = await self._attempt()
            if self._is_closed():
                return
            delay = self._handle_lost(info, was_connected, up)
            if delay is None:
                return
            await asyncio.sleep(delay)

    async def _attempt(self) -> tuple[CloseInfo, bool, float]:
        """One attempt and, if it succeeds, the connection's life. Returns how it ended."""
        self._generation += 1
        generation = self._generation
        self._attempts_since_connected += 1
        self._state = "connecting"
        self._disconnect_frame = None
        self._connect_error = None
        self._local_failure = None
        self._emit(Connecting(self._attempts_since_connected))
        transport: Transport | None = None
        connected = self._loop.create_future()
        deadline = None if self._connect_timeout is None else self._loop.time() + self._connect_timeout
        try:
            async with asyncio.timeout_at(deadline):
                token = await self._fetch_token()
                if token is None:
                    failure = self._local_failure or unavailable("token provider failed")
                    return CloseInfo(4300 if failure.retryable else 4501, "token provider failed"), False, 0.0

                def on_message(data: bytes | str) -> None:
                    if generation == self._generation:
                        self._on_data(data)

                transport = await Transport.open(
                    self._url, self._subprotocol, max_size=self._max_message_bytes, on_message=on_message
                )
                self._transport = transport
                transport.done.add_done_callback(lambda _: self._teardown(generation))
                if transport.subprotocol != self._subprotocol:
                    self._local_failure = RelayError(
                        Code.CODE_BAD_REQUEST,
                        f'server chose subprotocol "{transport.subprotocol}", offered "{self._subprotocol}"',
                        retryable=False,
                    )
                    transport.close(1000, "unsupported subprotocol")
                    self._closing_transports.append(transport)
                else:
                    self._send_connect(generation, token, connected)
                await asyncio.wait([connected, transport.done], return_when=asyncio.FIRST_COMPLETED)
        except OpenFailed as err:
            info = err.info
            if info.fatal:
                self._local_failure = RelayError(Code.CODE_BAD_REQUEST, info.reason, retryable=False)
            return info, False, 0.0
        except TimeoutError:
            if transport is None:
                return CloseInfo(4012, "connect timeout"), False, 0.0
            transport.close(4012, "connect timeout", abrupt=True)
        assert transport is not None
        info = await asyncio.shield(transport.done)
        self._teardown(generation)
        await transport.wait_closed()
        was_connected = connected.done()
        return info, was_connected, self._loop.time() - self._connected_at

    async def _fetch_token(self) -> str | None:
        if self._get_token is None:
            return self._token
        try:
            result = self._get_token(self._token_reason)
            token = await result if isinstance(result, Awaitable) else result
        except asyncio.CancelledError:
            raise
        except RelayError as err:
            self._local_failure = err
            return None
        except Exception as err:  # noqa: BLE001 - a provider failure fails the attempt
            failure = RelayError(Code.CODE_UNAUTHENTICATED, f"token provider failed: {err}", retryable=True)
            failure.__cause__ = err
            self._local_failure = failure
            return None
        return token

    def _send_connect(self, generation: int, token: str, connected: asyncio.Future[None]) -> None:
        resume = None
        if self._ever_connected and self._session is not None:
            resume = frames_pb2.ResumeInfo(
                previous_session_id=self._session.session_id, attempt=self._attempts_since_connected
            )

        def on_reply(frame: frames_pb2.ServerFrame) -> None:
            if frame.HasField("connected"):
                self._on_connected(generation, frame.connected)
                if not connected.done():
                    connected.set_result(None)
            elif frame.HasField("error"):
                # The server closes right after; the close carries the class, the error the Code.
                self._connect_error = RelayError.from_wire(frame.error, "connect")

        request_id = self._alloc_id()
        self._pending[request_id] = _Pending(on_reply, lambda: None)
        self._send_frame(
            frames_pb2.ClientFrame(
                id=request_id,
                connect=frames_pb2.Connect(
                    token=token, client_name=self._client_name, client_version=CLIENT_VERSION, resume=resume
                ),
            )
        )

    def _on_connected(self, generation: int, c: frames_pb2.Connected) -> None:
        if generation != self._generation or self._state != "connecting":
            return
        now = self._loop.time()
        self._state = "connected"
        self._connected_at = now
        self._ever_connected = True
        self._attempts_since_connected = 0
        self._token_reason = "reconnect"
        limits = _resolve_limits(c)
        self._session = SessionInfo(
            session_id=c.session_id,
            server_version=c.server_version,
            subject=c.subject,
            token_expires_at_ms=c.token_expires_at_ms,
            features=tuple(c.features),
            limits=limits,
        )
        self._ping_interval = self._resolve_interval(
            self._ping_option, limits.ping_interval_ms, DEFAULT_PING_INTERVAL
        )
        self._pong_timeout = (
            self._resolve_interval(self._pong_option, limits.pong_timeout_ms, DEFAULT_PONG_TIMEOUT)
            or DEFAULT_PONG_TIMEOUT
        )
        self._last_inbound = now
        transport = self._transport
        if self._ping_interval is not None and transport is not None:
            self._connection_tasks.append(self._loop.create_task(self._heartbeat(generation, transport)))
        self._schedule_refresh(generation, c.token_expires_at_ms, delay=None)
        self._emit(Connected(self._session))
        if self._started is not None and not self._started.done():
            self._started.set_result(None)
        # Resubscriptions first, then queued publishes, each in call order (docs/sdk-spec.md §13).
        for sub in list(self._subs.values()):
            self._send_subscribe(sub, is_reconnect=True)
        outbox, self._outbox = self._outbox, []
        for op in outbox:
            if not op.done:
                self._send_publish(op)

    @staticmethod
    def _resolve_interval(
        option: float | None | Literal["server"], server_ms: int, default: float
    ) -> float | None:
        if option == "server":
            return server_ms / 1000 if server_ms > 0 else default
        if option is None or option <= 0:
            return None
        return option

    def _teardown(self, generation: int) -> None:
        """The connection of ``generation`` is gone: settle what it carried (runs once)."""
        if generation != self._generation:
            return
        self._generation += 1
        transport, self._transport = self._transport, None
        if transport is not None and not transport.ended:
            transport.close(1006, "connection lost", abrupt=True)
        for task in self._connection_tasks:
            task.cancel()
        self._connection_tasks = []
        if self._refresh_task is not None:
            self._refresh_task.cancel()
            self._refresh_task = None
        pending = list(self._pending.values())
        self._pending.clear()
        self._resend = []
        for p in pending:
            p.on_lost()
        # In-flight publishes to send again go first, in their original order.
        self._outbox = [*self._resend, *self._outbox]
        self._resend = []
        for sub in self._subs.values():
            sub.on_disconnected()

    def _handle_lost(self, info: CloseInfo, was_connected: bool, up: float) -> float | None:
        """Applies the close-code policy; returns the delay before the next attempt, or None (closed)."""
        disconnect = self._disconnect_frame
        code = (disconnect.code if disconnect and disconnect.code else 0) or info.code or 1006
        reason = (disconnect.reason if disconnect else "") or info.reason
        action = close_action(code)
        floors: list[float] = []
        if disconnect is not None and disconnect.retry_after_ms:
            floors.append(disconnect.retry_after_ms / 1000)
        if self._connect_error is not None and self._connect_error.retry_after:
            floors.append(self._connect_error.retry_after)
        error: RelayError
        if self._local_failure is not None:
            error = self._local_failure
            action = "backoff" if error.retryable else "stop"
            if error.retry_after:
                floors.append(error.retry_after)
        elif info.http_status is not None:
            http_action, http_code = _classify_http(info.http_status)
            retry_after = parse_retry_after(info.retry_after, self._clock())
            if retry_after is not None:
                floors.append(retry_after)
            if http_action == "token":
                self._token_reason = "expired"
                action = "reconnect" if self._get_token is not None else "stop"
            else:
                action = http_action
            error = UpgradeRejected(
                info.http_status, http_code, retryable=action != "stop", retry_after=retry_after
            )
        else:
            err_code = self._connect_error.code if self._connect_error is not None else code_for_close(code)
            if code == 4001:
                err_code = Code.CODE_TOKEN_EXPIRED
                self._token_reason = "expired"
                if self._get_token is None:
                    action = "stop"
            error = ConnectionClosed(
                code,
                reason,
                code=err_code,
                retryable=action != "stop",
                retry_after=max(floors) if floors else None,
            )
        may_retry = self._reconnect and (self._ever_connected or self._retry_initial_connect)
        if action == "stop" or not may_retry:
            self._finalize(error)
            return None
        if was_connected and up > self._backoff.max_delay:
            self._backoff.reset()
        floor = max(floors) if floors else (self._backoff.initial_delay if action == "backoff" else 0.0)
        delay = max(floor, self._backoff.next())
        self._state = "disconnected"
        self._emit(Disconnected(code, reason, error, delay))
        return delay

    def _finalize(self, error: RelayError | None) -> None:
        """Ends the client for good; ``error`` None means a clean close."""
        if self._state == "closed":
            return
        if self._state == "connected":
            # Pending acks go out before the close frame (docs/sdk-spec.md §7).
            for sub in self._subs.values():
                sub.flush_acks()
        self._state = "closed"
        self._terminal_error = error
        self._generation += 1
        current = asyncio.current_task()
        if self._run_task is not None and self._run_task is not current:
            self._run_task.cancel()
        for task in self._connection_tasks:
            if task is not current:
                task.cancel()
        if self._refresh_task is not None and self._refresh_task is not current:
            self._refresh_task.cancel()
        transport, self._transport = self._transport, None
        if transport is not None:
            transport.close(1000, "client closed")
            self._closing_transports.append(transport)
        pending = list(self._pending.values())
        self._pending.clear()
        for p in pending:
            p.on_lost()
        failure = error or canceled("client closed")
        outbox, self._outbox = self._outbox, []
        for op in outbox:
            self._settle(op, failure)
        for sub in list(self._subs.values()):
            if error is not None and error.code != Code.CODE_CANCELED:
                sub.fail(error)
            else:
                sub.end()
        self._subs.clear()
        self._pattern_subs = []
        if self._started is not None and not self._started.done():
            self._started.set_exception(error or canceled("client closed before connecting"))
            self._started.exception()
        self._emit(Closed(error))
        for listener in self._status_listeners:
            listener.end()
        self._status_listeners.clear()
        if not self._closed.done():
            self._closed.set_result(error)

    # ------------------------------------------------------------------ frames

    def _alloc_id(self) -> int:
        # uint32, skipping 0 and ids still pending (docs/sdk-spec.md §2).
        while True:
            request_id = self._next_id
            self._next_id = 1 if request_id >= _MAX_ID else request_id + 1
            if request_id not in self._pending:
                return request_id

    def _encode(self, frame: frames_pb2.ClientFrame) -> bytes | str:
        if self._json:
            return json.dumps(json_format.MessageToDict(frame), separators=(",", ":"), ensure_ascii=False)
        return frame.SerializeToString()

    def _decode(self, data: bytes | str) -> frames_pb2.ServerFrame:
        frame = frames_pb2.ServerFrame()
        if self._json:
            if not isinstance(data, str):
                raise ValueError("binary message on the JSON subprotocol")
            json_format.Parse(data, frame, ignore_unknown_fields=True)
        else:
            if isinstance(data, str):
                raise ValueError("text message on the protobuf subprotocol")
            frame.ParseFromString(data)
        return frame

    def _send_frame(self, frame: frames_pb2.ClientFrame) -> bool:
        transport = self._transport
        if transport is None:
            return False
        return transport.send(self._encode(frame)) is not None

    def _on_data(self, data: bytes | str) -> None:
        try:
            frame = self._decode(data)
        except Exception as err:  # noqa: BLE001 - reported, the connection goes on
            self._emit(ErrorEvent(RelayError(Code.CODE_INTERNAL, f"undecodable server frame: {err}")))
            return
        self._inbound_count += 1
        self._last_inbound = self._loop.time()
        waiter = self._inbound_waiter
        if waiter is not None and not waiter.done():
            waiter.set_result(None)
        if frame.id != 0:
            pending = self._pending.pop(frame.id, None)
            if pending is not None:
                if (
                    frame.HasField("error")
                    and frame.error.code == Code.CODE_TOKEN_EXPIRED
                    and not self._refreshing
                ):
                    self._refresh_soon()
                pending.on_reply(frame)
            return
        kind = frame.WhichOneof("kind")
        if kind == "delivery":
            self._route(frame.delivery)
        elif kind == "gap":
            self._route_gap(frame.gap.topic, frame.gap.dropped)
        elif kind == "disconnect":
            d = frame.disconnect
            self._disconnect_frame = _DisconnectFrame(d.code, d.reason, d.retry_after_ms)
        elif kind == "error":
            self._emit(ErrorEvent(RelayError.from_wire(frame.error)))

    def _route(self, d: frames_pb2.Delivery) -> None:
        raw = RawDelivery(
            topic=d.topic,
            data=d.payload,
            headers=dict(d.headers),
            epoch=d.epoch,
            offset=d.offset,
            published_at_ms=d.published_at_ms,
            delivery_count=d.delivery_count or 1,
        )
        generation = self._generation
        exact = self._subs.get(raw.topic)
        if exact is not None and exact.state == "active":
            exact.push(raw, generation)
        for sub in self._pattern_subs:
            if sub.state == "active" and topic_matches(sub.topic, raw.topic):
                sub.push(raw, generation)

    def _route_gap(self, topic: str, dropped: int) -> None:
        for sub in [s for s in self._subs.values() if topic_matches(s.topic, topic)]:
            sub.gap(GapEvent(subscription=sub.topic, topic=topic, reason="dropped", dropped=dropped))

    def _emit(self, event: StatusEvent) -> None:
        for listener in self._status_listeners:
            listener.push(event)

    # ------------------------------------------------------------------ requests

    def _timeout_of(self, timeout: float | None | UseClientDefault) -> float | None:
        if isinstance(timeout, UseClientDefault):
            return self._request_timeout
        return timeout

    def _not_connected(self) -> RelayError:
        if self._state == "closed":
            return self._terminal_error or canceled("client closed")
        return unavailable("not connected")

    def _request_sync(
        self,
        frame: frames_pb2.ClientFrame,
        timeout: float | None,
        done: Callable[[frames_pb2.ServerFrame | RelayError], None],
    ) -> Callable[[], None]:
        """Sends ``frame`` with a fresh id; ``done`` runs synchronously in the frame handler with
        the reply, or with an error (not connected, lost, timeout). Returns a cancel function.

        Replies whose effects must precede the next frame (a subscribeAck before the deliveries
        that follow it in the same read) need this: an awaiting task would resume too late.
        """
        if self._state != "connected":
            done(self._not_connected())
            return lambda: None
        request_id = self._alloc_id()
        timer: asyncio.TimerHandle | None = None

        def on_timeout() -> None:
            if self._pending.get(request_id) is entry:
                del self._pending[request_id]
                done(DeadlineExceeded(f"no reply within {timeout} s"))

        def on_reply(reply: frames_pb2.ServerFrame) -> None:
            if timer is not None:
                timer.cancel()
            done(reply)

        def on_lost() -> None:
            if timer is not None:
                timer.cancel()
            done(self._not_connected())

        def cancel() -> None:
            if timer is not None:
                timer.cancel()
            if self._pending.get(request_id) is entry:
                del self._pending[request_id]

        entry = _Pending(on_reply, on_lost)
        self._pending[request_id] = entry
        if timeout is not None:
            timer = self._loop.call_later(timeout, on_timeout)
        frame.id = request_id
        self._send_frame(frame)
        return cancel

    async def _request(self, frame: frames_pb2.ClientFrame, timeout: float | None) -> frames_pb2.ServerFrame:
        """Sends a command and waits for its reply frame (success or error reply)."""
        result: asyncio.Future[frames_pb2.ServerFrame] = self._loop.create_future()

        def done(reply: frames_pb2.ServerFrame | RelayError) -> None:
            if result.done():
                return
            if isinstance(reply, RelayError):
                result.set_exception(reply)
            else:
                result.set_result(reply)

        cancel = self._request_sync(frame, timeout, done)
        try:
            return await result
        except asyncio.CancelledError:
            cancel()
            raise

    async def ping(self, *, timeout: float | None | UseClientDefault = USE_CLIENT_DEFAULT) -> PingResult:
        """Sends an application-level ping and waits for the pong."""
        sent_at = self._loop.time()
        frame = await self._request(
            frames_pb2.ClientFrame(ping=frames_pb2.Ping(client_time_ms=int(self._clock() * 1000))),
            self._timeout_of(timeout),
        )
        if frame.HasField("error"):
            raise RelayError.from_wire(frame.error, "ping")
        return PingResult(rtt=self._loop.time() - sent_at, server_time_ms=frame.pong.server_time_ms)

    # ------------------------------------------------------------------ heartbeats and refresh

    async def _heartbeat(self, generation: int, transport: Transport) -> None:
        """Pings after ``ping_interval`` of inbound silence; closes with 4012 when nothing at all
        arrives within ``pong_timeout`` after the ping (docs/sdk-spec.md §9)."""
        interval = self._ping_interval
        assert interval is not None
        while generation == self._generation:
            idle = self._loop.time() - self._last_inbound
            if idle < interval:
                await asyncio.sleep(interval - idle)
                continue
            request_id = self._alloc_id()
            self._pending[request_id] = _Pending(lambda _: None, lambda: None)
            count = self._inbound_count
            self._send_frame(
                frames_pb2.ClientFrame(
                    id=request_id, ping=frames_pb2.Ping(client_time_ms=int(self._clock() * 1000))
                )
            )
            try:
                async with asyncio.timeout(self._pong_timeout):
                    while self._inbound_count == count:
                        self._inbound_waiter = self._loop.create_future()
                        await self._inbound_waiter
            except TimeoutError:
                if generation == self._generation:
                    # Dead: do not wait for a close handshake the server will never answer.
                    transport.close(4012, "ping timeout", abrupt=True)
                return
            finally:
                self._inbound_waiter = None

    def _schedule_refresh(self, generation: int, expires_at_ms: int, *, delay: float | None) -> None:
        if self._refresh_task is not None:
            self._refresh_task.cancel()
            self._refresh_task = None
        if self._get_token is None:
            return
        if delay is None:
            if expires_at_ms == 0:
                return
            delay = max(0.0, (expires_at_ms / 1000 - self._clock()) * self._refresh_ratio)
        self._refresh_task = self._loop.create_task(self._refresh(generation, delay))

    def _refresh_soon(self) -> None:
        if self._get_token is not None and self._state == "connected":
            self._schedule_refresh(self._generation, 0, delay=0.0)

    async def _refresh(self, generation: int, delay: float) -> None:
        await asyncio.sleep(delay)
        if generation != self._generation or self._get_token is None:
            return
        try:
            result = self._get_token("refresh")
            token = await result if isinstance(result, Awaitable) else result
            if generation != self._generation:
                return
            self._refreshing = True
            try:
                frame = await self._request(
                    frames_pb2.ClientFrame(refresh=frames_pb2.Refresh(token=token)), self._request_timeout
                )
            finally:
                self._refreshing = False
            if generation != self._generation:
                return
            if frame.HasField("error"):
                raise RelayError.from_wire(frame.error, "refresh")
        except asyncio.CancelledError:
            raise
        except Exception as err:  # noqa: BLE001 - not retried in a loop (docs/sdk-spec.md §5)
            if generation == self._generation:
                self._emit(ErrorEvent(RelayError.from_exception(err)))
            return
        expires_at_ms = frame.refreshed.token_expires_at_ms
        if self._session is not None:
            self._session = replace(self._session, token_expires_at_ms=expires_at_ms)
        # Reschedule from a fresh task so this one can finish.
        self._refresh_task = None
        self._schedule_refresh(generation, expires_at_ms, delay=None)

    # ------------------------------------------------------------------ subscriptions

    def subscribe(
        self,
        topic: str,
        *,
        mode: DeliveryModeName = "at-most-once",
        auto_ack: bool = True,
        max_in_flight: int = 0,
        on_gap: Callable[[GapEvent], None] | None = None,
    ) -> Subscription:
        """Subscribes to a topic or pattern and returns at once (docs/sdk-spec.md §6).

        The ``subscribe`` command goes out as soon as the client is connected, and again after
        every reconnect (resuming where the application left off). Errors never raise here:
        they end the subscription, whose iteration then raises them.

        Args:
            mode: ``"at-most-once"`` (default) or ``"at-least-once"`` (concrete topics only).
            auto_ack: At-least-once: acknowledge each delivery when the next one is requested.
            max_in_flight: At-least-once: most unacknowledged deliveries (0: server default).
            on_gap: Called, in order, with every :class:`GapEvent`; without it gaps go to the
                status stream as :class:`ErrorEvent`.
        """
        sub = Subscription(
            self,
            topic,
            mode=mode,
            auto_ack=auto_ack,
            max_in_flight=max_in_flight,
            on_gap=on_gap,
            ack_delay=self._ack_delay,
        )
        if self._state == "closed":
            sub.fail(self._terminal_error or canceled("client closed"))
            return sub
        if topic in self._subs:
            sub.fail(
                RelayError(Code.CODE_ALREADY_SUBSCRIBED, f'already subscribed to "{topic}"', retryable=False)
            )
            return sub
        self._subs[topic] = sub
        if sub.is_pattern:
            self._pattern_subs.append(sub)
        if self._state == "connected":
            self._send_subscribe(sub, is_reconnect=False)
        return sub

    # SubscriptionHost

    def send_ack(self, topic: str, epoch: str, offset: int) -> None:
        """Sends ``ack{topic, epoch, offset}`` on the current connection. Internal."""
        self._send_frame(
            frames_pb2.ClientFrame(id=0, ack=frames_pb2.Ack(topic=topic, epoch=epoch, offset=offset))
        )

    async def remove_subscription(self, sub: Subscription) -> None:
        """Removes ``sub`` and sends ``unsubscribe`` when it went out on this connection. Internal."""
        if self._subs.get(sub.topic) is not sub:
            return
        del self._subs[sub.topic]
        if sub.is_pattern:
            self._pattern_subs = [s for s in self._pattern_subs if s is not sub]
        if self._state != "connected" or not sub.sent_on_connection:
            return
        with contextlib.suppress(RelayError):
            # The subscription is gone locally either way; a lost connection forgets it too.
            await self._request(
                frames_pb2.ClientFrame(unsubscribe=frames_pb2.Unsubscribe(topic=sub.topic)),
                self._request_timeout,
            )

    def schedule_remove(self, sub: Subscription) -> None:
        """:meth:`remove_subscription` in a background task. Internal."""
        if self._subs.get(sub.topic) is not sub:
            return
        task = self._loop.create_task(self.remove_subscription(sub))
        self._background.add(task)
        task.add_done_callback(self._background.discard)

    def unhandled_gap(self, gap: GapEvent) -> None:
        """Reports a gap nobody listens to on the status stream. Internal."""
        if gap.reason == "dropped":
            detail = f'{gap.dropped} deliveries dropped on "{gap.topic}"'
            code = Code.CODE_LIMIT_EXCEEDED
        else:
            detail = f'cannot resume "{gap.topic}": messages were lost'
            code = Code.CODE_UNRECOVERABLE_POSITION
        self._emit(ErrorEvent(RelayError(code, detail, position=gap.current_position), gap))

    def _send_subscribe(self, sub: Subscription, *, is_reconnect: bool, allow_resume: bool = True) -> None:
        if sub.state == "closed":
            return
        position = sub.resume_position
        session = self._session
        resume_after: errors_pb2.StreamPosition | None = None
        if (
            allow_resume
            and is_reconnect
            and not sub.is_pattern
            and position is not None
            and position.epoch
            and session is not None
            and "resume" in session.features
        ):
            resume_after = errors_pb2.StreamPosition(epoch=position.epoch, offset=position.offset)
        generation = self._generation
        sub.sent_on_connection = True

        def on_result(result: frames_pb2.ServerFrame | RelayError) -> None:
            if isinstance(result, RelayError):
                # A lost connection resubscribes on the next one; anything else ends the subscription.
                if self._state != "closed" and (
                    result.code == Code.CODE_UNAVAILABLE or generation != self._generation
                ):
                    return
                self._drop_subscription(sub, result)
                return
            if generation != self._generation or sub.state == "closed":
                return
            if result.HasField("subscribe_ack"):
                ack = result.subscribe_ack
                mode: DeliveryModeName = sub.mode
                if ack.mode == frames_pb2.DELIVERY_MODE_AT_LEAST_ONCE:
                    mode = "at-least-once"
                elif ack.mode == frames_pb2.DELIVERY_MODE_AT_MOST_ONCE:
                    mode = "at-most-once"
                info = SubscribeInfo(
                    position=Position(ack.position.epoch, ack.position.offset),
                    mode=mode,
                    max_in_flight=ack.max_in_flight,
                )
                sub.on_subscribed(generation, info)
                return
            err = (
                RelayError.from_wire(result.error, f'subscribe "{sub.topic}"')
                if result.HasField("error")
                else RelayError(Code.CODE_INTERNAL, f'unexpected reply to subscribe "{sub.topic}"')
            )
            if (
                err.code == Code.CODE_UNRECOVERABLE_POSITION
                and resume_after is not None
                and position is not None
            ):
                # Surface the loss, then start over without resume; never retry the resume.
                sub.gap(
                    GapEvent(
                        subscription=sub.topic,
                        topic=sub.topic,
                        reason="unrecoverable-position",
                        last_position=position,
                        current_position=err.position,
                    )
                )
                sub.clear_position()
                self._send_subscribe(sub, is_reconnect=is_reconnect, allow_resume=False)
                return
            self._drop_subscription(sub, err)

        mode_value = (
            frames_pb2.DELIVERY_MODE_AT_LEAST_ONCE
            if sub.mode == "at-least-once"
            else frames_pb2.DELIVERY_MODE_AT_MOST_ONCE
        )
        self._request_sync(
            frames_pb2.ClientFrame(
                subscribe=frames_pb2.Subscribe(
                    topic=sub.topic,
                    mode=mode_value,
                    resume_after=resume_after,
                    max_in_flight=sub.max_in_flight,
                )
            ),
            self._request_timeout,
            on_result,
        )

    def _drop_subscription(self, sub: Subscription, err: RelayError) -> None:
        if self._subs.get(sub.topic) is sub:
            del self._subs[sub.topic]
        if sub.is_pattern:
            self._pattern_subs = [s for s in self._pattern_subs if s is not sub]
        sub.fail(err)

    # ------------------------------------------------------------------ publishing

    @overload
    async def publish(
        self,
        topic: str,
        data: bytes | str,
        *,
        ack: Literal[True] = True,
        headers: Mapping[str, str] | None = None,
        idempotency_key: str = "",
        timeout: float | None | UseClientDefault = USE_CLIENT_DEFAULT,
    ) -> PublishResult: ...

    @overload
    async def publish(
        self,
        topic: str,
        data: bytes | str,
        *,
        ack: Literal[False],
        headers: Mapping[str, str] | None = None,
        idempotency_key: str = "",
        timeout: float | None | UseClientDefault = USE_CLIENT_DEFAULT,
    ) -> None: ...

    async def publish(
        self,
        topic: str,
        data: bytes | str,
        *,
        ack: bool = True,
        headers: Mapping[str, str] | None = None,
        idempotency_key: str = "",
        timeout: float | None | UseClientDefault = USE_CLIENT_DEFAULT,
    ) -> PublishResult | None:
        """Publishes ``data`` (bytes, or text sent as UTF-8) to a concrete topic (docs/sdk-spec.md §8).

        With ``ack`` (the default) returns the server's acknowledgement; while disconnected it
        waits for the next connection. Without ``ack`` it returns once the frame was handed to
        the socket.

        Args:
            headers: Application metadata (UTF-8 keys and values).
            idempotency_key: Dedupe key: a repeat within the server's window is not stored again,
                and a publish in flight when the connection drops is sent again after reconnecting.
            timeout: Seconds to wait, including for a connection; ``None`` waits forever.
                Default: the client's ``request_timeout``.

        Raises:
            RelayError: ``CODE_LIMIT_EXCEEDED`` when the encoded frame exceeds the session's
                ``max_frame_bytes`` (nothing is sent); ``CODE_UNAVAILABLE`` when no connection came
                in time or the outcome is unknown; the server's error otherwise;
                ``CODE_CANCELED`` when the client was closed.
            DeadlineExceeded: no ``publishAck`` within ``timeout``.
        """
        if self._state == "closed":
            raise self._not_connected()
        op = _PublishOp(
            topic=topic,
            payload=data.encode("utf-8") if isinstance(data, str) else bytes(data),
            headers=headers,
            idempotency_key=idempotency_key,
            ack=ack,
            future=self._loop.create_future(),
        )
        seconds = self._timeout_of(timeout)
        if self._state != "connected":
            # Reject oversize frames early when the last session's limits are known (longest id).
            too_big = self._check_size(op, _MAX_ID)
            if too_big is not None:
                raise too_big
            if not ack:
                raise self._not_connected()
        timer: asyncio.TimerHandle | None = None
        if ack and seconds is not None:

            def on_timeout() -> None:
                if op in self._outbox:
                    self._settle(op, unavailable(f"not connected within {seconds} s; publish not sent"))
                else:
                    self._settle(op, DeadlineExceeded(f"no publishAck within {seconds} s"))

            timer = self._loop.call_later(seconds, on_timeout)
        if self._state == "connected":
            self._send_publish(op)
        else:
            self._outbox.append(op)
        try:
            return await op.future
        except asyncio.CancelledError:
            # A cancelled publish that was not sent yet is never sent.
            self._settle(op, canceled("publish canceled"))
            raise
        finally:
            if timer is not None:
                timer.cancel()

    def _encode_publish(self, op: _PublishOp, request_id: int) -> bytes | str:
        return self._encode(
            frames_pb2.ClientFrame(
                id=request_id,
                publish=frames_pb2.Publish(
                    topic=op.topic,
                    payload=op.payload,
                    headers=dict(op.headers) if op.headers else None,
                    idempotency_key=op.idempotency_key,
                    ack=op.ack,
                ),
            )
        )

    def _check_size(
        self, op: _PublishOp, request_id: int, encoded: bytes | str | None = None
    ) -> RelayError | None:
        limit = self._session.limits.max_frame_bytes if self._session is not None else 0
        if limit <= 0:
            return None
        if encoded is None:
            try:
                encoded = self._encode_publish(op, request_id)
            except Exception:  # noqa: BLE001 - _send_publish reports encoding errors
                return None
        size = len(encoded.encode("utf-8")) if isinstance(encoded, str) else len(encoded)
        if size <= limit:
            return None
        return RelayError(
            Code.CODE_LIMIT_EXCEEDED,
            f'publish to "{op.topic}" is {size} bytes encoded, '
            f"over the server's max_frame_bytes {limit}; not sent",
            retryable=False,
        )

    def _send_publish(self, op: _PublishOp) -> None:
        request_id = self._alloc_id() if op.ack else 0
        try:
            encoded = self._encode_publish(op, request_id)
        except Exception as err:  # noqa: BLE001 - e.g. headers that are not strings
            self._settle(
                op,
                RelayError(Code.CODE_BAD_REQUEST, f'invalid publish to "{op.topic}": {err}', retryable=False),
            )
            return
        too_big = self._check_size(op, request_id, encoded)
        if too_big is not None:
            self._settle(op, too_big)
            return
        if op.ack:
            op.id = request_id

            def on_reply(frame: frames_pb2.ServerFrame) -> None:
                op.id = 0
                if frame.HasField("publish_ack"):
                    a = frame.publish_ack
                    self._settle(op, None, PublishResult(a.topic or op.topic, a.epoch, a.offset, a.duplicate))
                elif frame.HasField("error"):
                    self._settle(op, RelayError.from_wire(frame.error, f'publish to "{op.topic}"'))
                else:
                    self._settle(op, RelayError(Code.CODE_INTERNAL, "unexpected reply to publish"))

            def on_lost() -> None:
                op.id = 0
                if op.done:
                    return
                if self._state == "closed":
                    self._settle(op, self._not_connected())
                elif op.idempotency_key:
                    # Safe to send again: the server dedupes by key (docs/sdk-spec.md §8).
                    self._resend.append(op)
                else:
                    self._settle(
                        op,
                        unavailable(
                            f'connection lost before the publish to "{op.topic}" was acknowledged; '
                            "it may or may not have been stored"
                        ),
                    )

            self._pending[request_id] = _Pending(on_reply, on_lost)
        transport = self._transport
        written = transport.send(encoded, still_wanted=lambda: not op.done) if transport is not None else None
        if written is None:
            if op.ack:
                self._pending.pop(request_id, None)
                op.id = 0
                self._outbox.append(op)
            else:
                self._settle(op, self._not_connected())
            return
        if not op.ack:

            def on_written(f: asyncio.Future[bool]) -> None:
                if f.result():
                    self._settle(op, None)
                else:
                    self._settle(
                        op, unavailable(f'connection lost before the publish to "{op.topic}" was sent')
                    )

            written.add_done_callback(on_written)

    def _settle(self, op: _PublishOp, error: RelayError | None, result: PublishResult | None = None) -> None:
        """Completes a publish once: removes it from the outbox and the pending map."""
        if op.done:
            return
        op.done = True
        if op in self._outbox:
            self._outbox.remove(op)
        if op.id != 0:
            self._pending.pop(op.id, None)
            op.id = 0
        if op.future.done():
            return
        if error is not None:
            op.future.set_exception(error)
        else:
            op.future.set_result(result)


# ---------------------------------------------------------------------- connect()


class connect:  # noqa: N801 - a callable in lower case, like websockets.connect
    """Connects to a zerorelay server (docs/sdk-spec.md §1).

    ``await connect(url, ...)`` returns a :class:`Client` once the first session is established
    (``connected``) and raises a :class:`RelayError` when the first attempt fails (unless
    ``retry_initial_connect``). ``async with connect(url, ...) as client`` also closes it::

        async with zerorelay.connect("wss://relay.example/v1/ws", token=token) as client:
            await client.publish("chat.room.42", b"hi")

    Keyword-only options (times in seconds; ``None`` disables):

    * ``token`` / ``get_token``: a static JWT, or a provider called before every attempt and to
      refresh the token at ``refresh_ratio`` (default 0.8) of its lifetime. Without a provider,
      close 4001 (token expired) is terminal.
    * ``encoding``: ``"proto"`` (default, ``zerorelay.v1.proto``) or ``"json"``.
    * ``connect_timeout`` (10): upgrade + ``connected``, per attempt.
    * ``request_timeout`` (10): default timeout of every operation.
    * ``reconnect`` (True), ``retry_initial_connect`` (False).
    * ``initial_delay`` (0.25), ``max_delay`` (15), ``multiplier`` (2): full-jitter backoff;
      ``random``: the uniform source (inject a seeded one in tests).
    * ``ping_interval`` / ``pong_timeout``: ``"server"`` (default) uses ``connected.limits``,
      else 25 / 10; ``None`` disables heartbeats.
    * ``ack_delay`` (0.01): at-least-once acks are cumulative and coalesced; an acknowledgement
      waits at most this long for later ones before its ``ack`` frame goes out (sooner once a
      quarter of the subscription's ``max_in_flight``, at most 64, are acknowledged). 0 sends
      every acknowledgement at once.
    * ``client_name``, ``max_message_bytes`` (largest inbound message, 64 MiB), ``clock``
      (wall clock in seconds, default :func:`time.time`).
    """

    def __init__(
        self,
        url: str,
        *,
        token: str | None = None,
        get_token: TokenProvider | None = None,
        encoding: Literal["proto", "json"] = "proto",
        connect_timeout: float | None = 10.0,
        request_timeout: float | None = 10.0,
        reconnect: bool = True,
        retry_initial_connect: bool = False,
        initial_delay: float = DEFAULT_INITIAL_DELAY,
        max_delay: float = DEFAULT_MAX_DELAY,
        multiplier: float = DEFAULT_MULTIPLIER,
        ping_interval: float | None | Literal["server"] = "server",
        pong_timeout: float | None | Literal["server"] = "server",
        refresh_ratio: float = 0.8,
        client_name: str = CLIENT_NAME,
        max_message_bytes: int | None = DEFAULT_MAX_MESSAGE_BYTES,
        ack_delay: float = DEFAULT_ACK_DELAY,
        random: Callable[[], float] | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._url = url
        self._options: dict[str, Any] = dict(
            token=token,
            get_token=get_token,
            encoding=encoding,
            connect_timeout=connect_timeout,
            request_timeout=request_timeout,
            reconnect=reconnect,
            retry_initial_connect=retry_initial_connect,
            initial_delay=initial_delay,
            max_delay=max_delay,
            multiplier=multiplier,
            ping_interval=ping_interval,
            pong_timeout=pong_timeout,
            refresh_ratio=refresh_ratio,
            client_name=client_name,
            max_message_bytes=max_message_bytes,
            ack_delay=ack_delay,
            random=random,
            clock=clock,
        )
        self._client: Client | None = None

    async def _open(self) -> Client:
        client = Client(self._url, **self._options)
        await client._start()
        return client

    def __await__(self) -> Generator[object, None, Client]:
        return self._open().__await__()

    async def __aenter__(self) -> Client:
        self._client = await self._open()
        return self._client

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._client is not None:
            await self._client.close()
