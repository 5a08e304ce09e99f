"""Subscriptions driven directly, with a recording host (docs/sdk-spec.md §6, §7)."""

from __future__ import annotations

import asyncio

import pytest

from zerorelay.errors import Code, Position, RelayError
from zerorelay.subscription import (
    GapEvent,
    RawDelivery,
    SubscribeInfo,
    Subscription,
    is_pattern,
    topic_matches,
)


class Host:
    def __init__(self) -> None:
        self.acks: list[tuple[str, str, int]] = []
        self.removed: list[str] = []
        self.gaps: list[GapEvent] = []

    def send_ack(self, topic: str, epoch: str, offset: int) -> None:
        self.acks.append((topic, epoch, offset))

    async def remove_subscription(self, sub: Subscription) -> None:
        self.removed.append(sub.topic)

    def schedule_remove(self, sub: Subscription) -> None:
        self.removed.append(sub.topic)

    def unhandled_gap(self, gap: GapEvent) -> None:
        self.gaps.append(gap)


def raw(offset: int, epoch: str = "e1", topic: str = "t.a") -> RawDelivery:
    return RawDelivery(topic, b"%d" % offset, {}, epoch, offset, 0, 1)


def make(
    host: Host,
    topic: str = "t.a",
    *,
    mode: str = "at-least-once",
    auto_ack: bool = False,
    ack_delay: float = 0.0,
    max_in_flight: int = 0,
) -> Subscription:
    sub = Subscription(
        host,
        topic,
        mode=mode,  # type: ignore[arg-type]
        auto_ack=auto_ack,
        max_in_flight=0,
        on_gap=None,
        ack_delay=ack_delay,
    )
    sub.on_subscribed(1, SubscribeInfo(Position("e1", 0), "at-least-once", max_in_flight))
    return sub


@pytest.mark.parametrize(
    ("pattern", "topic", "matches"),
    [
        ("a.b", "a.b", True),
        ("a.*", "a.b", True),
        ("a.*", "a", False),
        ("a.*", "a.b.c", False),
        ("a.>", "a.b.c", True),
        ("a.>", "a", False),
        ("*.b", "a.b", True),
        ("a.b", "a.c", False),
        ("a.*.c", "a.x.c", True),
    ],
)
def test_topic_matches(pattern: str, topic: str, matches: bool) -> None:
    assert topic_matches(pattern, topic) is matches


def test_is_pattern() -> None:
    assert is_pattern("a.*") and is_pattern(">") and is_pattern("a.>")
    assert not is_pattern("a.b") and not is_pattern("a*b")


async def test_acks_advance_only_over_a_contiguous_acked_prefix() -> None:
    host = Host()
    sub = make(host)
    for offset in (1, 2, 3, 4):
        sub.push(raw(offset), 1)
    d = [await sub.receive() for _ in range(4)]
    await d[2].ack()
    await d[1].ack()
    assert host.acks == []
    await d[0].ack()
    assert host.acks == [("t.a", "e1", 3)]
    await d[3].ack()
    assert host.acks == [("t.a", "e1", 3), ("t.a", "e1", 4)]
    assert sub.resume_position == Position("e1", 4)


async def test_acks_from_an_earlier_connection_are_ignored() -> None:
    host = Host()
    sub = make(host)
    sub.push(raw(1), 1)
    old = await sub.receive()
    sub.on_disconnected()
    sub.on_subscribed(2, SubscribeInfo(Position("e1", 0), "at-least-once", 0))
    await old.ack()
    assert host.acks == []


async def test_disconnect_discards_unconsumed_at_least_once_but_keeps_at_most_once() -> None:
    host = Host()
    alo = make(host)
    amo = make(host, "t.b", mode="at-most-once")
    alo.push(raw(1), 1)
    amo.push(raw(1, topic="t.b"), 1)
    alo.on_disconnected()
    amo.on_disconnected()
    assert alo.state == "resubscribing"
    assert len(alo._channel.items) == 0
    assert (await amo.receive()).offset == 1
    assert amo.resume_position == Position("e1", 1)


async def test_at_most_once_acks_are_no_ops_and_position_tracks_receipt() -> None:
    host = Host()
    sub = make(host, mode="at-most-once")
    sub.push(raw(5), 1)
    delivery = await sub.receive()
    await delivery.ack()
    assert host.acks == []
    assert sub.resume_position == Position("e1", 5)
    assert delivery.text() == "5"


async def test_auto_ack_on_next_request() -> None:
    host = Host()
    sub = make(host, auto_ack=True)
    sub.push(raw(1), 1)
    sub.push(raw(2), 1)
    await sub.receive()
    assert host.acks == []
    await sub.receive()
    assert host.acks == [("t.a", "e1", 1)]


async def test_error_is_raised_after_buffered_deliveries_and_only_once() -> None:
    sub = make(Host())
    sub.push(raw(1), 1)
    sub.fail(RelayError(Code.CODE_PERMISSION_DENIED, "revoked"))
    assert (await sub.receive()).offset == 1
    with pytest.raises(RelayError):
        await sub.receive()
    with pytest.raises(StopAsyncIteration):
        await sub.receive()
    assert (await sub.wait_closed()) is not None


async def test_unsubscribe_discards_buffered_deliveries_and_wakes_the_consumer() -> None:
    host = Host()
    sub = make(host)
    waiting = asyncio.create_task(sub.receive())
    await asyncio.sleep(0)
    await sub.unsubscribe()
    with pytest.raises(StopAsyncIteration):
        await waiting
    sub.push(raw(1), 1)
    assert [d async for d in sub] == []
    assert host.removed == ["t.a"]
    await sub.unsubscribe()
    assert host.removed == ["t.a"]


async def test_ready_fails_when_the_subscription_ends_first() -> None:
    sub = Subscription(Host(), "t.a", mode="at-most-once", auto_ack=True, max_in_flight=0, on_gap=None)
    sub.fail(RelayError(Code.CODE_INVALID_TOPIC, "bad"))
    with pytest.raises(RelayError) as caught:
        await sub.ready()
    assert caught.value.code == Code.CODE_INVALID_TOPIC


async def test_a_throwing_gap_listener_falls_back_to_the_host() -> None:
    host = Host()

    def boom(gap: GapEvent) -> None:
        raise RuntimeError("listener bug")

    sub = Subscription(host, "t.a", mode="at-most-once", auto_ack=True, max_in_flight=0, on_gap=boom)
    gap = GapEvent(subscription="t.a", topic="t.a", reason="dropped", dropped=3)
    sub.gap(gap)
    assert host.gaps == [gap]


async def test_cancelling_a_receive_keeps_the_subscription() -> None:
    sub = make(Host())
    with pytest.raises(TimeoutError):
        async with asyncio.timeout(0.01):
            await sub.receive()
    sub.push(raw(1), 1)
    assert (await sub.receive()).offset == 1
    assert sub.state == "active"


# ---------------------------------------------------------------------- ack coalescing


@pytest.mark.parametrize(
    ("max_in_flight", "batch"),
    [
        (0, 1),
        (2, 1),
        (7, 1),
        (8, 2),
        (40, 10),
        (64, 16),
        (100, 25),
        (255, 63),
        (256, 64),
        (257, 64),
        (10000, 64),
    ],
)
async def test_ack_batch_is_a_quarter_of_max_in_flight_capped_at_64(max_in_flight: int, batch: int) -> None:
    host = Host()
    sub = make(host, ack_delay=30.0, max_in_flight=max_in_flight)
    for offset in range(1, 2 * batch + 1):
        sub.push(raw(offset), 1)
    deliveries = [await sub.receive() for _ in range(2 * batch)]
    for d in deliveries[: batch - 1]:
        await d.ack()
    assert host.acks == []
    await deliveries[batch - 1].ack()
    assert host.acks == [("t.a", "e1", batch)]
    for d in deliveries[batch:]:
        await d.ack()
    assert host.acks == [("t.a", "e1", batch), ("t.a", "e1", 2 * batch)]
    assert sub._ack_timer is None
    sub.end()


async def test_acknowledgements_made_while_not_contiguous_count_when_the_point_advances() -> None:
    host = Host()
    sub = make(host, ack_delay=30.0, max_in_flight=16)  # ackBatch 4
    for offset in (1, 2, 3, 4):
        sub.push(raw(offset), 1)
    d = [await sub.receive() for _ in range(4)]
    for later in d[1:]:
        await later.ack()
    assert host.acks == [] and sub._ack_timer is None  # the acknowledged point did not move
    await d[0].ack()
    assert host.acks == [("t.a", "e1", 4)]


async def test_pending_ack_is_dropped_on_disconnect_and_epoch_change_and_end() -> None:
    host = Host()
    sub = make(host, ack_delay=30.0, max_in_flight=64)
    sub.push(raw(1), 1)
    await (await sub.receive()).ack()
    assert host.acks == [] and sub._ack_timer is not None
    sub.on_disconnected()
    assert sub._ack_timer is None
    sub.on_subscribed(2, SubscribeInfo(Position("e1", 0), "at-least-once", 64))
    sub.flush_acks()
    assert host.acks == []
    assert sub.resume_position == Position("e1", 1)  # acknowledged by the application

    sub.push(raw(2), 2)
    await (await sub.receive()).ack()
    sub.push(raw(1, epoch="e2"), 2)  # the topic restarted: the old epoch's point is gone
    assert sub._ack_timer is None
    sub.flush_acks()
    assert host.acks == []

    await (await sub.receive()).ack()
    assert sub._ack_timer is not None
    sub.end()
    assert sub._ack_timer is None
    assert host.acks == []


async def test_ack_timer_sends_the_highest_acknowledged_offset_once() -> None:
    host = Host()
    sub = make(host, ack_delay=0.01, max_in_flight=64)
    sent = asyncio.Event()
    original = host.send_ack

    def record(topic: str, epoch: str, offset: int) -> None:
        original(topic, epoch, offset)
        sent.set()

    host.send_ack = record  # type: ignore[method-assign]
    for offset in (1, 2, 3):
        sub.push(raw(offset), 1)
    for _ in range(3):
        await (await sub.receive()).ack()
    assert host.acks == []
    async with asyncio.timeout(5):
        await sent.wait()
    assert host.acks == [("t.a", "e1", 3)]
    assert sub._ack_timer is None


async def test_unsubscribe_and_abandon_flush_the_pending_ack_first() -> None:
    class OrderHost(Host):
        def __init__(self) -> None:
            super().__init__()
            self.events: list[str] = []

        def send_ack(self, topic: str, epoch: str, offset: int) -> None:
            self.events.append(f"ack {offset}")

        async def remove_subscription(self, sub: Subscription) -> None:
            self.events.append("unsubscribe")

        def schedule_remove(self, sub: Subscription) -> None:
            self.events.append("unsubscribe")

    for how in ("unsubscribe", "abandon"):
        host = OrderHost()
        sub = make(host, ack_delay=30.0, max_in_flight=64)
        sub.push(raw(1), 1)
        await (await sub.receive()).ack()
        if how == "unsubscribe":
            await sub.unsubscribe()
        else:
            sub.abandon()
        assert host.events == ["ack 1", "unsubscribe"], how
        assert sub._ack_timer is None
