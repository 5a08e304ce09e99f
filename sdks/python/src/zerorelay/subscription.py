"""Subscriptions: an async iterator of deliveries per topic or pattern, with the subscription
state machine, cumulative in-order coalesced acks and resume positions (docs/sdk-spec.md §6, §7).

The client drives a :class:`Subscription`; it owns no socket. Use it as::

    async with client.subscribe("chat.room.42", mode="at-least-once") as sub:
        async for delivery in sub:      # auto-acked when the next one is requested
            handle(delivery.topic, delivery.data, delivery.offset)
"""

from __future__ import annotations

import asyncio
import collections
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal, Protocol

from zerorelay.errors import Code, Position, RelayError

if TYPE_CHECKING:
    from types import TracebackType

DeliveryModeName = Literal["at-most-once", "at-least-once"]
"""Delivery guarantee of a subscription."""

SubscriptionState = Literal["pending", "active", "resubscribing", "closed"]
"""Where a subscription is in its life (docs/sdk-spec.md §6)."""


@dataclass(frozen=True, slots=True)
class GapEvent:
    """Messages the subscriber will never receive (docs/sdk-spec.md §6, §7).

    ``reason`` is ``"dropped"`` (the server dropped ``dropped`` deliveries for a slow consumer)
    or ``"unrecoverable-position"`` (a resume after ``last_position`` was refused; the topic is
    now at ``current_position``).
    """

    subscription: str
    topic: str
    reason: Literal["dropped", "unrecoverable-position"]
    dropped: int | None = None
    last_position: Position | None = None
    current_position: Position | None = None


@dataclass(frozen=True, slots=True)
class SubscribeInfo:
    """What the server said when the subscription started (its ``subscribeAck``)."""

    position: Position
    mode: DeliveryModeName
    max_in_flight: int


@dataclass(slots=True)
class RawDelivery:
    """The wire form of a delivery, as the client hands it to subscriptions. Internal."""

    topic: str
    data: bytes
    headers: dict[str, str]
    epoch: str
    offset: int
    published_at_ms: int
    delivery_count: int


class Delivery:
    """One message received on a subscription. 64-bit values are plain ``int``.

    Attributes:
        topic: The concrete topic the message was published to.
        subscription: The topic or pattern of the subscription that yielded it.
        data: The publisher's payload, unchanged.
        headers: The publisher's headers, unchanged.
        epoch: The epoch of ``offset``; empty for topics without history.
        offset: The message's offset within the epoch (0 for topics without history).
        published_at_ms: When the server accepted the publish, ms since the Unix epoch.
        delivery_count: 1 for the first delivery, 2+ for redeliveries (at-least-once).
    """

    __slots__ = (
        "topic",
        "subscription",
        "data",
        "headers",
        "epoch",
        "offset",
        "published_at_ms",
        "delivery_count",
        "_ack",
        "_acked",
    )

    def __init__(self, raw: RawDelivery, subscription: str, ack: Callable[[], None] | None) -> None:
        self.topic = raw.topic
        self.subscription = subscription
        self.data = raw.data
        self.headers = raw.headers
        self.epoch = raw.epoch
        self.offset = raw.offset
        self.published_at_ms = raw.published_at_ms
        self.delivery_count = raw.delivery_count
        self._ack = ack
        self._acked = False

    def text(self) -> str:
        """The payload decoded as UTF-8 (invalid sequences become U+FFFD)."""
        return self.data.decode("utf-8", errors="replace")

    async def ack(self) -> None:
        """Acknowledges this delivery (at-least-once; a no-op otherwise). Idempotent.

        Returns once the acknowledgement is recorded; it never waits for the network. Acks go
        out cumulatively and in order: offset ``o`` is acknowledged once every earlier delivery
        handed out on this connection is acknowledged too. The ``ack`` frame is coalesced with
        later ones: it goes out within the client's ``ack_delay``, sooner when a quarter of the
        subscription's ``max_in_flight`` (at most 64) deliveries are acknowledged, and always
        before the subscription's ``unsubscribe`` or the client's clean close. An
        acknowledgement not yet sent when the connection drops is never sent on a later one
        (a resubscribe still resumes after it).
        """
        self.ack_nowait()

    def ack_nowait(self) -> None:
        """:meth:`ack` without awaiting (it records the acknowledgement synchronously)."""
        if self._acked or self._ack is None:
            return
        self._acked = True
        self._ack()

    def __repr__(self) -> str:
        return (
            f"Delivery(topic={self.topic!r}, epoch={self.epoch!r}, offset={self.offset}, "
            f"delivery_count={self.delivery_count}, data={self.data[:32]!r})"
        )


class SubscriptionHost(Protocol):
    """What a subscription needs from its client. Internal."""

    def send_ack(self, topic: str, epoch: str, offset: int) -> None: ...

    async def remove_subscription(self, sub: Subscription) -> None: ...

    def schedule_remove(self, sub: Subscription) -> None: ...

    def unhandled_gap(self, gap: GapEvent) -> None: ...


_PATTERN = re.compile(r"(^|\.)(\*|>)(\.|$)")


def is_pattern(topic: str) -> bool:
    """True when a topic string contains a wildcard token (``*`` or ``>``)."""
    return _PATTERN.search(topic) is not None


def topic_matches(pattern: str, topic: str) -> bool:
    """True when ``topic`` matches ``pattern`` (``*`` one token, ``>`` one or more trailing tokens)."""
    if pattern == topic:
        return True
    if not is_pattern(pattern):
        return False
    p = pattern.split(".")
    t = topic.split(".")
    for i, token in enumerate(p):
        if token == ">":
            return i == len(p) - 1 and len(t) > i
        if i >= len(t):
            return False
        if token != "*" and token != t[i]:
            return False
    return len(p) == len(t)


@dataclass(slots=True)
class _Outstanding:
    offset: int
    acked: bool = False


@dataclass(slots=True)
class _Channel:
    """Single-consumer FIFO of deliveries that ends with or without an error."""

    items: collections.deque[Delivery] = field(default_factory=collections.deque)
    waiter: asyncio.Future[None] | None = None
    ended: bool = False
    error: RelayError | None = None

    def push(self, item: Delivery) -> None:
        if self.ended:
            return
        self.items.append(item)
        self._wake()

    def end(self, error: RelayError | None, discard: bool) -> None:
        if self.ended:
            return
        self.ended = True
        self.error = error
        if discard:
            self.items.clear()
        self._wake()

    def _wake(self) -> None:
        if self.waiter is not None and not self.waiter.done():
            self.waiter.set_result(None)

    async def get(self) -> Delivery:
        while True:
            if self.items:
                return self.items.popleft()
            if self.ended:
                error, self.error = self.error, None
                if error is not None:
                    # The error is raised once; later calls see a plain end.
                    raise error
                raise StopAsyncIteration
            if self.waiter is not None and not self.waiter.done():
                raise RuntimeError("a subscription supports one consumer at a time")
            self.waiter = asyncio.get_running_loop().create_future()
            try:
                await self.waiter
            finally:
                self.waiter = None


class Subscription:
    """A subscription to a topic or pattern; create it with ``client.subscribe()``.

    Iterate it with ``async for`` to receive deliveries, in order. Iteration ends when the
    subscription is unsubscribed or the client closes, and raises the :class:`RelayError`
    that ended it otherwise (after the deliveries buffered before the error). Leaving the
    loop early (``break``) unsubscribes as soon as the iterator is released (at once on
    CPython); ``async with`` unsubscribes deterministically on exit. One consumer at a time.
    """

    def __init__(
        self,
        host: SubscriptionHost,
        topic: str,
        *,
        mode: DeliveryModeName,
        auto_ack: bool,
        max_in_flight: int,
        on_gap: Callable[[GapEvent], None] | None,
        ack_delay: float = 0.0,
    ) -> None:
        if mode not in ("at-most-once", "at-least-once"):
            raise ValueError(f"unknown delivery mode {mode!r}")
        self.topic = topic
        """The topic or pattern."""
        self.mode: DeliveryModeName = mode
        """The requested delivery mode."""
        self.auto_ack = auto_ack
        """Whether each delivery is acknowledged when the next one is requested."""
        self.max_in_flight = max_in_flight
        """At-least-once: the most unacknowledged deliveries requested (0: server default)."""
        self.is_pattern = is_pattern(topic)
        """Whether the topic is a wildcard pattern."""
        self._host = host
        self._on_gap = on_gap
        self._state: SubscriptionState = "pending"
        self._channel = _Channel()
        loop = asyncio.get_running_loop()
        self._ready: asyncio.Future[SubscribeInfo] = loop.create_future()
        self._closed: asyncio.Future[RelayError | None] = loop.create_future()
        self._generation = 0
        self._outstanding: list[_Outstanding] = []
        self._outstanding_epoch = ""
        self._last_handed: Delivery | None = None
        self._position: Position | None = None
        # Ack coalescing (docs/sdk-spec.md §7): the highest acknowledged position not sent yet,
        # how many deliveries it covers beyond the last ack sent, and the ack_delay timer.
        self._ack_delay = ack_delay
        self._ack_batch = 1
        self._unsent: Position | None = None
        self._unsent_count = 0
        self._ack_timer: asyncio.TimerHandle | None = None
        self.sent_on_connection = False
        """True once a ``subscribe`` for it went out on the current connection. Internal."""

    @property
    def state(self) -> SubscriptionState:
        """The current state."""
        return self._state

    @property
    def resume_position(self) -> Position | None:
        """The position a resubscribe resumes after: last acked, last received or the subscribeAck's."""
        return self._position

    async def ready(self) -> SubscribeInfo:
        """Waits for the first ``subscribeAck``; raises the error that ended the subscription first."""
        return await asyncio.shield(self._ready)

    async def wait_closed(self) -> RelayError | None:
        """Waits until the subscription ended: returns its error, or ``None`` after unsubscribe/close."""
        return await asyncio.shield(self._closed)

    async def unsubscribe(self) -> None:
        """Ends the subscription (sends ``unsubscribe`` when connected). Idempotent.

        Buffered, unconsumed deliveries are discarded.
        """
        if self._state == "closed":
            return
        # The pending ack goes before the unsubscribe.
        self.flush_acks()
        self._finish(None, discard=True)
        await self._host.remove_subscription(self)

    async def receive(self) -> Delivery:
        """The next delivery (auto-acking the previous one, see ``auto_ack``).

        Raises:
            StopAsyncIteration: the subscription ended cleanly.
            RelayError: the error that ended it, once the buffered deliveries are consumed.
        """
        previous, self._last_handed = self._last_handed, None
        if self.auto_ack and previous is not None:
            previous.ack_nowait()
        delivery = await self._channel.get()
        self._last_handed = delivery
        return delivery

    def __aiter__(self) -> _SubscriptionIterator:
        return _SubscriptionIterator(self)

    async def __aenter__(self) -> Subscription:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.unsubscribe()

    def __repr__(self) -> str:
        return f"Subscription(topic={self.topic!r}, mode={self.mode!r}, state={self._state!r})"

    # ------------------------------------------------------------ driven by the client

    def on_subscribed(self, generation: int, info: SubscribeInfo) -> None:
        """The server acknowledged the subscribe on connection ``generation``. Internal."""
        if self._state == "closed":
            return
        self._state = "active"
        self._generation = generation
        self._outstanding = []
        self._drop_unsent()
        # A quarter of the window, so that the server never waits on the ack timer; 0: unknown.
        self._ack_batch = min(64, max(1, info.max_in_flight // 4))
        if info.position.epoch and (self._position is None or self._position.epoch != info.position.epoch):
            # A resume keeps its older position; a fresh start begins at the subscribeAck's.
            self._position = info.position
        if not self._ready.done():
            self._ready.set_result(info)

    def clear_position(self) -> None:
        """Forgets the resume position (after ``UNRECOVERABLE_POSITION``). Internal."""
        self._position = None

    def on_disconnected(self) -> None:
        """The connection was lost: resubscribe on the next one. Internal."""
        if self._state == "closed":
            return
        self.sent_on_connection = False
        if self._state == "active":
            self._state = "resubscribing"
        self._outstanding = []
        # Unsent acks belong to the lost connection and are never sent on a later one. The resume
        # position still includes them, as it always included an ack lost in flight.
        self._drop_unsent()
        if self.mode == "at-least-once":
            # Unconsumed at-least-once deliveries will be redelivered after the last ack.
            self._channel.items.clear()
            self._last_handed = None

    def push(self, raw: RawDelivery, generation: int) -> None:
        """A delivery arrived on connection ``generation``. Internal."""
        if self._state == "closed":
            return
        ack: Callable[[], None] | None = None
        if self.mode == "at-least-once":
            epoch, offset = raw.epoch, raw.offset

            def ack() -> None:
                self._ack(epoch, offset, generation)

            if raw.epoch != self._outstanding_epoch:
                # The topic restarted in a new epoch: the server forgot the old one's deliveries.
                self._outstanding = []
                self._outstanding_epoch = raw.epoch
                self._drop_unsent()
            last = self._outstanding[-1] if self._outstanding else None
            seen = any(o.offset == raw.offset for o in self._outstanding)
            already_acked = (
                self._position is not None
                and self._position.epoch == raw.epoch
                and raw.offset <= self._position.offset
            )
            if not seen and not already_acked and (last is None or raw.offset > last.offset):
                self._outstanding.append(_Outstanding(raw.offset))
        elif not self.is_pattern and raw.epoch:
            self._position = Position(raw.epoch, raw.offset)
        self._channel.push(Delivery(raw, self.topic, ack))

    def _ack(self, epoch: str, offset: int, generation: int) -> None:
        if generation != self._generation or epoch != self._outstanding_epoch or self._state != "active":
            return
        entry = next((o for o in self._outstanding if o.offset == offset), None)
        if entry is None:
            return
        entry.acked = True
        up_to: int | None = None
        advanced = 0
        while self._outstanding and self._outstanding[0].acked:
            up_to = self._outstanding.pop(0).offset
            advanced += 1
        if up_to is None:
            return
        self._position = Position(epoch, up_to)
        self._unsent = self._position
        self._unsent_count += advanced
        if self._ack_delay <= 0 or self._unsent_count >= self._ack_batch:
            self.flush_acks()
        elif self._ack_timer is None:
            self._ack_timer = asyncio.get_running_loop().call_later(self._ack_delay, self.flush_acks)

    def flush_acks(self) -> None:
        """Sends the pending cumulative ack now, if any (on the current connection). Internal."""
        pending = self._unsent
        self._drop_unsent()
        if pending is not None:
            self._host.send_ack(self.topic, pending.epoch, pending.offset)

    def _drop_unsent(self) -> None:
        self._unsent = None
        self._unsent_count = 0
        if self._ack_timer is not None:
            self._ack_timer.cancel()
            self._ack_timer = None

    def gap(self, gap: GapEvent) -> None:
        """Surfaces a gap: to ``on_gap``, else to the client's status stream. Internal."""
        if self._state == "closed":
            return
        if self._on_gap is None:
            self._host.unhandled_gap(gap)
            return
        try:
            self._on_gap(gap)
        except Exception:  # noqa: BLE001 - a throwing listener must not break the frame loop
            self._host.unhandled_gap(gap)

    def fail(self, error: RelayError) -> None:
        """Ends the subscription with ``error``, raised after the buffered deliveries. Internal."""
        self._finish(error, discard=False)

    def end(self) -> None:
        """Ends the subscription without error (client closed); drops buffered deliveries. Internal."""
        self._finish(None, discard=True)

    def abandon(self) -> None:
        """The consumer left the loop early: end and unsubscribe in the background. Internal."""
        if self._state == "closed":
            return
        # The current delivery is not acked: the loop body may not have finished with it.
        self._last_handed = None
        # The pending ack goes before the unsubscribe.
        self.flush_acks()
        self._finish(None, discard=True)
        self._host.schedule_remove(self)

    def _finish(self, error: RelayError | None, *, discard: bool) -> None:
        if self._state == "closed":
            return
        self._state = "closed"
        # Acks still pending are sent by whoever ends the subscription cleanly (unsubscribe,
        # client close) before this; otherwise they are dropped.
        self._drop_unsent()
        self._channel.end(error, discard)
        if not self._ready.done():
            self._ready.set_exception(
                error
                or RelayError(Code.CODE_CANCELED, f'subscription to "{self.topic}" ended', retryable=False)
            )
            # Nobody may ever await ready(); do not log "exception was never retrieved".
            self._ready.exception()
        if not self._closed.done():
            self._closed.set_result(error)


class _SubscriptionIterator:
    """The ``async for`` iterator of a subscription; releasing it early unsubscribes."""

    __slots__ = ("_sub", "_exhausted")

    def __init__(self, sub: Subscription) -> None:
        self._sub = sub
        self._exhausted = False

    def __aiter__(self) -> _SubscriptionIterator:
        return self

    async def __anext__(self) -> Delivery:
        try:
            return await self._sub.receive()
        except BaseException as err:
            if not isinstance(err, asyncio.CancelledError):
                self._exhausted = True
            raise

    def __del__(self) -> None:
        if not self._exhausted and self._sub.state != "closed":
            try:
                self._sub.abandon()
            except RuntimeError:
                pass  # No event loop any more (interpreter shutdown).
