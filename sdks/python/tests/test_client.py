"""The client against a scripted fake server over real WebSockets on 127.0.0.1."""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import AsyncIterator
from typing import Any, Literal

import pytest
from fake_server import FakeServer, Refusal

import zerorelay
from zerorelay import (
    Backoff,
    Client,
    Code,
    ConnectionClosed,
    DeadlineExceeded,
    Disconnected,
    ErrorEvent,
    GapEvent,
    RelayError,
    StatusEvent,
    TokenReason,
    UpgradeRejected,
)
from zerorelay.v1 import errors_pb2, frames_pb2

FAST: dict[str, Any] = {"initial_delay": 0.02, "max_delay": 0.2}


@pytest.fixture
async def server() -> AsyncIterator[FakeServer]:
    async with FakeServer() as s:
        yield s


class StatusLog:
    """Collects status events of a client in the background."""

    def __init__(self, client: Client) -> None:
        self.events: list[StatusEvent] = []
        self._changed = asyncio.Event()
        self._stream = client.status()
        self._task = asyncio.create_task(self._collect())

    async def _collect(self) -> None:
        async for event in self._stream:
            self.events.append(event)
            self._changed.set()

    def of(self, kind: type[StatusEvent]) -> list[StatusEvent]:
        return [e for e in self.events if isinstance(e, kind)]

    async def wait(self, kind: type[StatusEvent], count: int = 1, timeout: float = 5.0) -> list[StatusEvent]:
        async with asyncio.timeout(timeout):
            while len(self.of(kind)) < count:
                self._changed.clear()
                await self._changed.wait()
        return self.of(kind)

    async def stop(self) -> None:
        await self._stream.aclose()
        await self._task


# ---------------------------------------------------------------------- basics


@pytest.mark.parametrize("encoding", ["proto", "json"])
async def test_publish_and_receive_in_both_encodings(
    server: FakeServer, encoding: Literal["proto", "json"]
) -> None:
    async with zerorelay.connect(server.url, token="t0k", encoding=encoding) as client:
        assert client.state == "connected"
        assert client.session is not None and client.session.session_id == "s0"
        async with client.subscribe("chat.room.1") as sub:
            info = await sub.ready()
            assert info.position.epoch == "e1"
            result = await client.publish("chat.room.1", b"\x00\xffhi", headers={"k": "v\u00e9"})
            assert (result.topic, result.epoch, result.offset, result.duplicate) == (
                "chat.room.1",
                "e1",
                1,
                False,
            )
            delivery = await sub.receive()
            assert delivery.data == b"\x00\xffhi"
            assert delivery.headers == {"k": "v\u00e9"}
            assert (delivery.epoch, delivery.offset, delivery.delivery_count) == ("e1", 1, 1)
    connect = server.sent("connect")[0].frame
    assert connect.connect.token == "t0k"
    assert connect.connect.client_name == "zerorelay-python"
    assert not connect.connect.HasField("resume")
    await server.wait_for(lambda s: s.close_codes[0] == 1000, what="close 1000")


async def test_ids_are_nonzero_increasing_and_wrap_skipping_zero(server: FakeServer) -> None:
    async with zerorelay.connect(server.url) as client:
        await client.ping()
        client._next_id = 0xFFFFFFFF
        await client.ping()
        await client.ping()
    ids = [r.frame.id for r in server.frames if r.kind in ("connect", "ping")]
    assert ids[0] != 0 and ids[1] > ids[0]
    assert ids[-2:] == [0xFFFFFFFF, 1]


async def test_fire_and_forget_publish_uses_id_zero(server: FakeServer) -> None:
    async with zerorelay.connect(server.url) as client:
        await client.publish("a.b", "text", ack=False)
        publish = await server.wait_frame("publish")
    assert publish.frame.id == 0 and not publish.frame.publish.ack
    assert publish.frame.publish.payload == b"text"


async def test_second_subscription_to_a_topic_is_rejected_locally(server: FakeServer) -> None:
    async with zerorelay.connect(server.url) as client:
        first = client.subscribe("a.b")
        await first.ready()
        second = client.subscribe("a.b")
        with pytest.raises(RelayError) as caught:
            await second.receive()
        assert caught.value.code == Code.CODE_ALREADY_SUBSCRIBED
        assert first.state == "active"
    assert len(server.sent("subscribe")) == 1


async def test_oversize_publish_is_rejected_without_sending(server: FakeServer) -> None:
    server.limits.max_frame_bytes = 64
    async with zerorelay.connect(server.url) as client:
        with pytest.raises(RelayError) as caught:
            await client.publish("a.b", b"x" * 100)
        assert caught.value.code == Code.CODE_LIMIT_EXCEEDED
        assert not caught.value.retryable
        await client.publish("a.b", b"x" * 10)
    assert [len(r.frame.publish.payload) for r in server.sent("publish")] == [10]


async def test_error_reply_fails_the_publish_with_a_typed_error(server: FakeServer) -> None:
    async def deny(s: FakeServer, conn: int, frame: frames_pb2.ClientFrame) -> bool:
        if frame.WhichOneof("kind") != "publish":
            return False
        error = errors_pb2.Error(
            code=Code.CODE_RATE_LIMITED, message="slow down", retryable=True, retry_after_ms=1500
        )
        await s.send(frames_pb2.ServerFrame(id=frame.id, error=error), conn)
        return True

    server.handler = deny
    async with zerorelay.connect(server.url) as client:
        with pytest.raises(RelayError) as caught:
            await client.publish("a.b", b"x")
    err = caught.value
    assert err.code == Code.CODE_RATE_LIMITED and err.retryable and err.retry_after == 1.5
    assert str(err) == '[rate_limited] publish to "a.b": slow down'


async def test_error_with_id_zero_is_surfaced_and_fails_nothing(server: FakeServer) -> None:
    async with zerorelay.connect(server.url) as client:
        log = StatusLog(client)
        await server.send(
            frames_pb2.ServerFrame(
                id=0, error=errors_pb2.Error(code=Code.CODE_BAD_REQUEST, message="bad ack")
            )
        )
        (event,) = await log.wait(ErrorEvent)
        assert isinstance(event, ErrorEvent) and event.error.code == Code.CODE_BAD_REQUEST
        assert (await client.publish("a.b", b"ok")).offset == 1
        await log.stop()


async def test_no_ack_is_a_deadline_exceeded_timeout_error(server: FakeServer) -> None:
    async def ignore_publish(s: FakeServer, conn: int, frame: frames_pb2.ClientFrame) -> bool:
        return bool(frame.WhichOneof("kind") == "publish")

    server.handler = ignore_publish
    async with zerorelay.connect(server.url) as client:
        with pytest.raises(DeadlineExceeded) as caught:
            await client.publish("a.b", b"x", timeout=0.1)
        assert isinstance(caught.value, TimeoutError)
        assert caught.value.code == Code.CODE_DEADLINE_EXCEEDED and caught.value.retryable
        # The client is still usable and the late id is forgotten.
        assert (await client.ping()).server_time_ms == 42


async def test_external_timeout_and_cancellation_propagate_unchanged(server: FakeServer) -> None:
    async def ignore_publish(s: FakeServer, conn: int, frame: frames_pb2.ClientFrame) -> bool:
        return bool(frame.WhichOneof("kind") == "publish")

    server.handler = ignore_publish
    async with zerorelay.connect(server.url) as client:
        with pytest.raises(TimeoutError) as caught:
            async with asyncio.timeout(0.05):
                await client.publish("a.b", b"x", timeout=None)
        assert not isinstance(caught.value, RelayError)
        task = asyncio.create_task(client.publish("a.b", b"y", timeout=None))
        await server.wait_frame("publish", 2)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        assert client._pending.keys() == set()


# ---------------------------------------------------------------------- close and cancel


async def test_close_cancels_pending_operations_and_ends_subscriptions(server: FakeServer) -> None:
    async def ignore_publish(s: FakeServer, conn: int, frame: frames_pb2.ClientFrame) -> bool:
        return bool(frame.WhichOneof("kind") == "publish")

    server.handler = ignore_publish
    client = await zerorelay.connect(server.url)
    sub = client.subscribe("a.b")
    await sub.ready()
    publish = asyncio.create_task(client.publish("a.b", b"x", timeout=None))
    await server.wait_frame("publish")
    await client.close()
    with pytest.raises(RelayError) as caught:
        await publish
    assert caught.value.code == Code.CODE_CANCELED
    assert [d async for d in sub] == []
    assert await client.wait_closed() is None
    await client.close()  # idempotent
    with pytest.raises(RelayError) as later:
        await client.publish("a.b", b"x")
    assert later.value.code == Code.CODE_CANCELED
    await server.wait_for(lambda s: s.close_codes[0] == 1000, what="close 1000")


async def test_cancelled_queued_publish_is_never_sent(server: FakeServer) -> None:
    async with zerorelay.connect(server.url, **FAST) as client:
        log = StatusLog(client)
        await server.disconnect(4000, "drain")
        await log.wait(Disconnected)
        server.half_open = False
        task = asyncio.create_task(client.publish("a.b", b"never", timeout=None))
        await asyncio.sleep(0)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        sent = await client.publish("a.b", b"later")
        assert sent.offset == 1
        await log.stop()
    assert [r.frame.publish.payload for r in server.sent("publish")] == [b"later"]


# ---------------------------------------------------------------------- reconnect, resume, ordering


async def test_reconnect_resumes_and_resubscribes_before_queued_publishes(server: FakeServer) -> None:
    async with zerorelay.connect(server.url, **FAST) as client:
        log = StatusLog(client)
        sub = client.subscribe("chat.x")
        await sub.ready()
        await client.publish("chat.x", b"1")
        assert (await sub.receive()).offset == 1
        # Hold the next connect so that a publish queues while disconnected.
        gate = asyncio.Event()

        async def hold_connect(s: FakeServer, conn: int, frame: frames_pb2.ClientFrame) -> bool:
            if frame.WhichOneof("kind") == "connect" and conn > 0:
                await gate.wait()
            return False

        server.handler = hold_connect
        await server.disconnect(4000, "drain")
        (lost,) = await log.wait(Disconnected)
        assert isinstance(lost, Disconnected) and lost.close_code == 4000 and lost.reason == "drain"
        assert lost.error.retryable
        queued = asyncio.create_task(client.publish("chat.x", b"2"))
        await server.wait_frame("connect", 2)
        gate.set()
        assert (await queued).offset == 2
        assert (await sub.receive()).offset == 2
        await log.stop()
    second = [r for r in server.frames if r.conn == 1]
    assert [r.kind for r in second[:3]] == ["connect", "subscribe", "publish"]
    resume = second[0].frame.connect.resume
    assert (resume.previous_session_id, resume.attempt) == ("s0", 1)
    resumed = second[1].frame.subscribe.resume_after
    assert (resumed.epoch, resumed.offset) == ("e1", 1)


async def test_in_flight_publish_with_key_is_resent_and_without_key_fails(server: FakeServer) -> None:
    held: list[int] = []

    async def hold_first_publishes(s: FakeServer, conn: int, frame: frames_pb2.ClientFrame) -> bool:
        if frame.WhichOneof("kind") == "publish" and conn == 0:
            held.append(frame.id)
            return True
        return False

    server.handler = hold_first_publishes
    async with zerorelay.connect(server.url, **FAST) as client:
        keyed = asyncio.create_task(client.publish("a.b", b"k", idempotency_key="key-1"))
        plain = asyncio.create_task(client.publish("a.b", b"p"))
        await server.wait_for(lambda s: len(held) == 2, what="two held publishes")
        await server.disconnect(4000)
        with pytest.raises(RelayError) as caught:
            await plain
        assert caught.value.code == Code.CODE_UNAVAILABLE and caught.value.retryable
        assert "may or may not" in str(caught.value)
        result = await keyed
        assert result.offset == 1
    assert [r.conn for r in server.sent("publish")] == [0, 0, 1]


async def test_publish_waiting_for_a_connection_times_out_as_unavailable(server: FakeServer) -> None:
    async with zerorelay.connect(server.url, initial_delay=5.0, max_delay=5.0) as client:
        log = StatusLog(client)
        await server.disconnect(4300, "later", retry_after_ms=5000)
        await log.wait(Disconnected)
        with pytest.raises(RelayError) as caught:
            await client.publish("a.b", b"x", timeout=0.05)
        assert caught.value.code == Code.CODE_UNAVAILABLE and caught.value.retryable
        with pytest.raises(RelayError) as no_ack:
            await client.publish("a.b", b"x", ack=False)
        assert no_ack.value.code == Code.CODE_UNAVAILABLE
        await log.stop()


async def test_backoff_delays_follow_seeded_full_jitter(server: FakeServer) -> None:
    server.refusals = [Refusal(503), Refusal(503), Refusal(503)]
    options: dict[str, Any] = {"initial_delay": 0.05, "max_delay": 0.4, "multiplier": 2.0}
    client = Client(server.url, retry_initial_connect=True, random=random.Random(7).random, **options)
    log = StatusLog(client)
    await client._start()
    delays = [e.retry_in for e in log.of(Disconnected) if isinstance(e, Disconnected)]
    # 503 is backoff class: floor initial_delay, then uniform in [0, d_k] (same seeded sequence).
    expected_backoff = Backoff(random=random.Random(7).random, **options)
    expected = [max(0.05, expected_backoff.next()) for _ in range(3)]
    assert delays == pytest.approx(expected)
    for k, (before, after) in enumerate(zip(server.upgrades, server.upgrades[1:], strict=False)):
        gap = after - before
        assert delays[k] - 0.01 <= gap <= max(0.05, expected_backoff.ceiling(k)) + 0.5
    errors = [e.error for e in log.of(Disconnected) if isinstance(e, Disconnected)]
    assert all(isinstance(e, UpgradeRejected) and e.status == 503 for e in errors)
    assert errors[0].code == Code.CODE_UNAVAILABLE
    await client.close()
    await log.stop()


async def test_retry_after_header_and_disconnect_floor_raise_the_delay(server: FakeServer) -> None:
    server.refusals = [Refusal(429, "1")]
    client = Client(server.url, retry_initial_connect=True, random=lambda: 0.0, **FAST)
    log = StatusLog(client)
    await client._start()
    (first,) = log.of(Disconnected)
    assert isinstance(first, Disconnected) and first.retry_in == 1.0
    assert first.error.code == Code.CODE_RATE_LIMITED and first.error.retry_after == 1.0
    assert server.upgrades[1] - server.upgrades[0] >= 0.99
    await server.disconnect(4303, "full", retry_after_ms=300)
    second = (await log.wait(Disconnected, 2))[1]
    assert isinstance(second, Disconnected) and second.retry_in == pytest.approx(0.3)
    assert second.error.code == Code.CODE_LIMIT_EXCEEDED and second.error.close_code == 4303
    await client.close()
    await log.stop()


async def test_backoff_class_close_without_hint_waits_at_least_initial_delay(server: FakeServer) -> None:
    async with zerorelay.connect(server.url, random=lambda: 0.0, initial_delay=0.05) as client:
        log = StatusLog(client)
        await server.disconnect(1013, "busy")
        (event,) = await log.wait(Disconnected)
        assert isinstance(event, Disconnected) and event.retry_in == 0.05
        await server.wait_frame("connect", 2)
        assert server.upgrades[1] - server.sent("connect")[0].at >= 0.04
        await log.stop()


@pytest.mark.parametrize(
    ("close_code", "code"),
    [(4503, Code.CODE_PERMISSION_DENIED), (4504, Code.CODE_PERMISSION_DENIED), (4500, Code.CODE_BAD_REQUEST)],
)
async def test_stop_codes_close_the_client(server: FakeServer, close_code: int, code: int) -> None:
    client = await zerorelay.connect(server.url, **FAST)
    await server.disconnect(close_code, "no")
    error = await client.wait_closed()
    assert isinstance(error, ConnectionClosed)
    assert (error.code, error.close_code, error.reason, error.retryable) == (code, close_code, "no", False)
    assert client.state == "closed"
    assert len(server.upgrades) == 1


async def test_server_close_1000_is_terminal_canceled(server: FakeServer) -> None:
    client = await zerorelay.connect(server.url, **FAST)
    await server.conns[0].close(1000, "bye")
    error = await client.wait_closed()
    assert (
        isinstance(error, ConnectionClosed) and error.code == Code.CODE_CANCELED and error.close_code == 1000
    )


async def test_connect_error_reply_then_close_rejects_connect(server: FakeServer) -> None:
    async def refuse(s: FakeServer, conn: int, frame: frames_pb2.ClientFrame) -> bool:
        if frame.WhichOneof("kind") != "connect":
            return False
        error = errors_pb2.Error(code=Code.CODE_UNAUTHENTICATED, message="bad token")
        await s.send(frames_pb2.ServerFrame(id=frame.id, error=error), conn)
        await s.disconnect(4501, "unauthenticated", conn=conn)
        return True

    server.handler = refuse
    with pytest.raises(ConnectionClosed) as caught:
        await zerorelay.connect(server.url, token="bad")
    err = caught.value
    assert (err.code, err.close_code, err.retryable) == (Code.CODE_UNAUTHENTICATED, 4501, False)


@pytest.mark.parametrize(
    ("status", "code"),
    [(400, Code.CODE_BAD_REQUEST), (401, Code.CODE_UNAUTHENTICATED), (403, Code.CODE_PERMISSION_DENIED)],
)
async def test_refused_upgrade_with_stop_status_rejects_connect(
    server: FakeServer, status: int, code: int
) -> None:
    server.refusals = [Refusal(status)]
    with pytest.raises(UpgradeRejected) as caught:
        await zerorelay.connect(server.url, token="static", retry_initial_connect=True, **FAST)
    assert (caught.value.status, caught.value.code, caught.value.close_code) == (status, code, 1006)
    assert not caught.value.retryable
    assert len(server.upgrades) == 1


async def test_first_attempt_failure_rejects_connect_without_retry() -> None:
    async with FakeServer() as s:
        url = s.url
    with pytest.raises(ConnectionClosed) as caught:
        await zerorelay.connect(url)
    assert caught.value.close_code == 1006 and caught.value.code == Code.CODE_UNAVAILABLE


async def test_subprotocol_not_chosen_is_terminal_bad_request(server: FakeServer) -> None:
    server.select_none = True
    with pytest.raises(RelayError) as caught:
        await zerorelay.connect(server.url, retry_initial_connect=True, **FAST)
    assert caught.value.code == Code.CODE_BAD_REQUEST and not caught.value.retryable
    assert server.sent("connect") == []


async def test_connect_timeout_closes_locally_with_4012(server: FakeServer) -> None:
    server.half_open = True
    with pytest.raises(ConnectionClosed) as caught:
        await zerorelay.connect(server.url, connect_timeout=0.1)
    assert caught.value.close_code == 4012 and caught.value.retryable


# ---------------------------------------------------------------------- tokens


async def test_token_provider_is_called_per_attempt_and_4001_fetches_a_new_token(server: FakeServer) -> None:
    calls: list[TokenReason] = []

    async def get_token(reason: TokenReason) -> str:
        calls.append(reason)
        return f"token-{len(calls)}"

    async with zerorelay.connect(server.url, get_token=get_token, **FAST) as client:
        await server.disconnect(4001, "expired")
        await server.wait_frame("connect", 2)
        assert client.session is not None
    assert calls == ["connect", "expired"]
    assert [r.frame.connect.token for r in server.sent("connect")] == ["token-1", "token-2"]


async def test_4001_with_a_static_token_is_terminal_token_expired(server: FakeServer) -> None:
    client = await zerorelay.connect(server.url, token="static", **FAST)
    await server.disconnect(4001, "expired")
    error = await client.wait_closed()
    assert isinstance(error, ConnectionClosed) and error.code == Code.CODE_TOKEN_EXPIRED
    assert not error.retryable


async def test_failing_token_provider_backs_off_then_a_typed_stop_error_stops() -> None:
    calls = 0

    def get_token(reason: TokenReason) -> str:
        nonlocal calls
        calls += 1
        if calls == 1:
            raise OSError("vault down")
        raise RelayError(Code.CODE_PERMISSION_DENIED, "account disabled", retryable=False)

    async with FakeServer() as server:
        with pytest.raises(RelayError) as caught:
            await zerorelay.connect(server.url, get_token=get_token, retry_initial_connect=True, **FAST)
    assert caught.value.code == Code.CODE_PERMISSION_DENIED
    assert calls == 2 and server.upgrades == []


async def test_token_is_refreshed_at_80_percent_of_its_lifetime(server: FakeServer) -> None:
    now = time.time()
    server.token_expires_at_ms = int((now + 0.5) * 1000)
    server.refreshed_expires_at_ms = int((now + 3600) * 1000)
    tokens = iter(["first", "second", "third"])
    async with zerorelay.connect(server.url, get_token=lambda reason: next(tokens)) as client:
        connected_at = server.sent("connect")[0].at
        refresh = await server.wait_frame("refresh")
        assert refresh.frame.refresh.token == "second"
        assert 0.3 <= refresh.at - connected_at <= 1.0
        await client.ping()  # answered after the refresh: its reply has been processed
        assert client.session is not None
        assert client.session.token_expires_at_ms == server.refreshed_expires_at_ms
    assert len(server.sent("refresh")) == 1


# ---------------------------------------------------------------------- heartbeats


async def test_half_open_server_is_detected_with_ping_timeout(server: FakeServer) -> None:
    async with zerorelay.connect(server.url, ping_interval=0.1, pong_timeout=0.1, **FAST) as client:
        log = StatusLog(client)
        await client.ping()
        server.half_open = True
        (lost,) = await log.wait(Disconnected, timeout=3)
        assert isinstance(lost, Disconnected) and lost.close_code == 4012 and lost.error.retryable
        server.half_open = False
        await server.wait_frame("connect", 2)
        await log.stop()
    assert len(server.sent("ping")) >= 2


async def test_server_intervals_are_used_and_none_disables_pings(server: FakeServer) -> None:
    server.limits.ping_interval_ms = 50
    async with zerorelay.connect(server.url) as client:
        assert client._ping_interval == 0.05
        await server.wait_frame("ping")
    async with zerorelay.connect(server.url, ping_interval=None) as client:
        assert client._ping_interval is None
        assert client._connection_tasks == []


# ---------------------------------------------------------------------- subscriptions


async def test_at_least_once_acks_are_cumulative_and_in_order(server: FakeServer) -> None:
    async with zerorelay.connect(server.url) as client:
        async with client.subscribe("jobs.q", mode="at-least-once", auto_ack=False) as sub:
            await sub.ready()
            for i in range(3):
                await client.publish("jobs.q", str(i))
            d1, d2, d3 = [await sub.receive() for _ in range(3)]
            await d2.ack()
            await d3.ack()
            await client.ping()  # a round trip: any ack sent so far has reached the server
            assert server.sent("ack") == []
            await d1.ack()
            ack = await server.wait_frame("ack")
            assert (ack.frame.id, ack.frame.ack.epoch, ack.frame.ack.offset) == (0, "e1", 3)
            await d1.ack()  # idempotent
            await client.ping()
    assert len(server.sent("ack")) == 1


async def test_auto_ack_acknowledges_when_the_next_delivery_is_requested(server: FakeServer) -> None:
    async with zerorelay.connect(server.url) as client:
        async with client.subscribe("jobs.q", mode="at-least-once") as sub:
            await sub.ready()
            await client.publish("jobs.q", b"a")
            await client.publish("jobs.q", b"b")
            received = []
            async for delivery in sub:
                received.append(delivery.offset)
                if len(received) == 2:
                    break
            ack = await server.wait_frame("ack")
    assert received == [1, 2]
    # The delivery the loop broke on was not finished: only offset 1 is acked.
    assert ack.frame.ack.offset == 1
    assert [r.frame.ack.offset for r in server.sent("ack")] == [1]


# ---------------------------------------------------------------------- ack coalescing (sdk-spec §7)


async def _receive_published(client: Client, sub: zerorelay.Subscription, count: int) -> list[Any]:
    for i in range(count):
        await client.publish(sub.topic, str(i))
    return [await sub.receive() for _ in range(count)]


def _acks_and_markers(server: FakeServer) -> list[tuple[str, int]]:
    """The ack frames (with their offsets) and marker publishes, in the order the server read them."""
    return [
        ("ack", r.frame.ack.offset) if r.kind == "ack" else ("marker", 0)
        for r in server.frames
        if r.kind == "ack" or (r.kind == "publish" and r.frame.publish.topic == "marker")
    ]


async def test_acks_in_one_go_coalesce_into_one_frame_per_ack_batch(server: FakeServer) -> None:
    server.max_in_flight = 64  # ackBatch = 16
    async with zerorelay.connect(server.url, ack_delay=30.0) as client:
        async with client.subscribe("jobs.q", mode="at-least-once", auto_ack=False) as sub:
            assert (await sub.ready()).max_in_flight == 64
            deliveries = await _receive_published(client, sub, 20)
            for d in deliveries[:15]:
                await d.ack()
            await client.ping()  # a round trip: any ack sent so far has reached the server
            assert server.sent("ack") == []
            await deliveries[15].ack()
            ack = await server.wait_frame("ack")
            assert (ack.frame.id, ack.frame.ack.topic, ack.frame.ack.epoch, ack.frame.ack.offset) == (
                0,
                "jobs.q",
                "e1",
                16,
            )
            for d in deliveries[16:]:
                await d.ack()
            await client.ping()
            assert len(server.sent("ack")) == 1
        # Leaving `async with` unsubscribes, which sends the 4 pending acknowledgements first.
        assert sub._ack_timer is None
    assert [r.frame.ack.offset for r in server.sent("ack")] == [16, 20]


async def test_a_lone_ack_goes_out_after_ack_delay(server: FakeServer) -> None:
    server.max_in_flight = 64
    delay = 0.15
    loop = asyncio.get_running_loop()
    async with zerorelay.connect(server.url, ack_delay=delay) as client:
        async with client.subscribe("jobs.q", mode="at-least-once", auto_ack=False) as sub:
            await sub.ready()
            (delivery,) = await _receive_published(client, sub, 1)
            acked_at = loop.time()
            await delivery.ack()
            assert sub._ack_timer is not None
            ack = await server.wait_frame("ack")
            # The fake server runs on the same loop: its timestamps compare with ours.
            assert delay - 0.02 <= ack.at - acked_at < delay + 2.0
            assert ack.frame.ack.offset == 1
            assert sub._ack_timer is None
    assert len(server.sent("ack")) == 1  # not sent again at unsubscribe


@pytest.mark.parametrize(
    ("ack_delay", "max_in_flight"),
    [(0.0, 64), (30.0, 2), (30.0, 0)],
    ids=["ack_delay-0", "max_in_flight-2", "max_in_flight-absent"],
)
async def test_acks_go_out_at_once_without_delay_or_with_a_small_window(
    server: FakeServer, ack_delay: float, max_in_flight: int
) -> None:
    server.max_in_flight = max_in_flight
    async with zerorelay.connect(server.url, ack_delay=ack_delay) as client:
        async with client.subscribe("jobs.q", mode="at-least-once", auto_ack=False) as sub:
            assert (await sub.ready()).max_in_flight == max_in_flight
            for d in await _receive_published(client, sub, 3):
                await d.ack()
                # Sent at once, the ack precedes a frame sent right after it (a timer, even of 0 s,
                # would let the marker go first).
                await client.publish("marker", b"", ack=False)
            await client.ping()
            assert sub._ack_timer is None
    assert _acks_and_markers(server) == [
        ("ack", 1),
        ("marker", 0),
        ("ack", 2),
        ("marker", 0),
        ("ack", 3),
        ("marker", 0),
    ]


@pytest.mark.parametrize("how", ["unsubscribe", "break"])
async def test_the_pending_ack_goes_out_before_the_unsubscribe(server: FakeServer, how: str) -> None:
    server.max_in_flight = 64
    async with zerorelay.connect(server.url, ack_delay=30.0) as client:
        sub = client.subscribe("jobs.q", mode="at-least-once")  # auto-ack
        await sub.ready()
        for i in range(3):
            await client.publish("jobs.q", str(i))
        if how == "unsubscribe":
            last = [await sub.receive() for _ in range(3)][-1]  # 1 and 2 auto-acked
            await last.ack()
            expected = 3
            await client.ping()
            assert server.sent("ack") == []
            await sub.unsubscribe()
        else:
            async for delivery in sub:  # the loop body finished with 1 and 2, not with 3
                if delivery.offset == 3:
                    break
            expected = 2
        await server.wait_frame("unsubscribe")
        assert sub._ack_timer is None
    acks_and_unsubscribes = [
        (r.kind, r.frame.ack.offset) for r in server.frames if r.kind in ("ack", "unsubscribe")
    ]
    assert acks_and_unsubscribes == [("ack", expected), ("unsubscribe", 0)]


async def test_clean_close_sends_pending_acks_before_closing(server: FakeServer) -> None:
    server.max_in_flight = 64
    client = await zerorelay.connect(server.url, ack_delay=30.0)
    q = client.subscribe("jobs.q", mode="at-least-once", auto_ack=False)
    r = client.subscribe("jobs.r", mode="at-least-once", auto_ack=False)
    await q.ready()
    await r.ready()
    for d in [*await _receive_published(client, q, 2), *await _receive_published(client, r, 1)]:
        await d.ack()
    await client.ping()
    assert server.sent("ack") == []
    await client.close()
    # The server reads nothing after the close frame: the acks were written before it.
    await server.wait_for(lambda s: s.close_codes[0] == 1000, what="close 1000")
    acks = sorted((x.frame.ack.topic, x.frame.ack.offset) for x in server.sent("ack"))
    assert acks == [("jobs.q", 2), ("jobs.r", 1)]
    assert q._ack_timer is None and r._ack_timer is None


async def test_pending_acks_are_not_sent_on_a_later_connection(server: FakeServer) -> None:
    server.max_in_flight = 64
    delay = 0.3
    loop = asyncio.get_running_loop()
    async with zerorelay.connect(server.url, ack_delay=delay, **FAST) as client:
        log = StatusLog(client)
        sub = client.subscribe("jobs.q", mode="at-least-once", auto_ack=False)
        await sub.ready()
        deliveries = await _receive_published(client, sub, 2)
        acked_at = loop.time()
        for d in deliveries:
            await d.ack()
        await server.disconnect(4000, "drain")
        await log.wait(Disconnected)
        assert sub._ack_timer is None
        await server.wait_frame("subscribe", 2)
        # Let the original ack_delay run out on the new connection: a leaked timer would fire.
        await asyncio.sleep(max(0.0, acked_at + delay + 0.1 - loop.time()))
        await client.ping()
        assert server.sent("ack") == []
        await sub.unsubscribe()  # would flush a surviving acknowledgement before the unsubscribe
        await server.wait_frame("unsubscribe")
        await log.stop()
    assert server.sent("ack") == []
    # The old connection's unsent acks ended nowhere, but the application did acknowledge them.
    resumed = server.sent("subscribe")[1]
    assert resumed.conn == 1
    assert (resumed.frame.subscribe.resume_after.epoch, resumed.frame.subscribe.resume_after.offset) == (
        "e1",
        2,
    )


async def test_ack_delay_must_be_a_finite_non_negative_number() -> None:
    for bad in (-0.001, float("inf"), float("nan")):
        with pytest.raises(ValueError):
            Client("ws://127.0.0.1:1/v1/ws", ack_delay=bad)


async def test_break_unsubscribes(server: FakeServer) -> None:
    async with zerorelay.connect(server.url) as client:
        sub = client.subscribe("a.b")
        await sub.ready()
        await client.publish("a.b", b"1")
        async for _ in sub:
            break
        assert sub.state == "closed"
        unsubscribe = await server.wait_frame("unsubscribe")
        assert unsubscribe.frame.unsubscribe.topic == "a.b"
        again = client.subscribe("a.b")
        await again.ready()


async def test_wildcard_and_exact_subscriptions_both_get_one_delivery(server: FakeServer) -> None:
    async with zerorelay.connect(server.url) as client:
        exact = client.subscribe("orders.eu")
        star = client.subscribe("orders.*")
        tail = client.subscribe("orders.>")
        other = client.subscribe("orders.us")
        for s in (exact, star, tail, other):
            await s.ready()
        await client.publish("orders.eu", b"x")
        for s in (exact, star, tail):
            delivery = await s.receive()
            assert (delivery.topic, delivery.subscription) == ("orders.eu", s.topic)
        await client.ping()
        assert other._channel.items == collections_deque_empty()


def collections_deque_empty() -> object:
    import collections

    return collections.deque()


async def test_gap_frames_reach_on_gap_and_else_the_status_stream(server: FakeServer) -> None:
    gaps: list[GapEvent] = []
    async with zerorelay.connect(server.url) as client:
        log = StatusLog(client)
        a = client.subscribe("feed.a", on_gap=gaps.append)
        b = client.subscribe("feed.*")
        await a.ready()
        await b.ready()
        await server.send(frames_pb2.ServerFrame(gap=frames_pb2.Gap(topic="feed.a", dropped=2**64 - 1)))
        (event,) = await log.wait(ErrorEvent)
        assert isinstance(event, ErrorEvent) and event.gap is not None
        assert event.gap.subscription == "feed.*" and event.gap.dropped == 2**64 - 1
        await log.stop()
    assert gaps == [GapEvent(subscription="feed.a", topic="feed.a", reason="dropped", dropped=2**64 - 1)]


async def test_unrecoverable_position_surfaces_a_gap_then_subscribes_plainly(server: FakeServer) -> None:
    async def refuse_resume(s: FakeServer, conn: int, frame: frames_pb2.ClientFrame) -> bool:
        if frame.WhichOneof("kind") == "subscribe" and frame.subscribe.HasField("resume_after"):
            current = errors_pb2.StreamPosition(epoch="e2", offset=0)
            error = errors_pb2.Error(code=Code.CODE_UNRECOVERABLE_POSITION, position=current)
            await s.send(frames_pb2.ServerFrame(id=frame.id, error=error), conn)
            return True
        return False

    gaps: list[GapEvent] = []
    async with zerorelay.connect(server.url, **FAST) as client:
        sub = client.subscribe("chat.x", on_gap=gaps.append)
        await sub.ready()
        await server.push("chat.x", b"m", offset=7)
        await sub.receive()
        server.handler = refuse_resume
        server.epoch = "e2"
        await server.disconnect(4000)
        await server.wait_frame("subscribe", 3)
        await client.ping()
        assert sub.state == "active"
    subscribes = server.sent("subscribe")
    assert [s.frame.subscribe.HasField("resume_after") for s in subscribes] == [False, True, False]
    assert gaps == [
        GapEvent(
            subscription="chat.x",
            topic="chat.x",
            reason="unrecoverable-position",
            last_position=zerorelay.Position("e1", 7),
            current_position=zerorelay.Position("e2", 0),
        )
    ]


async def test_subscription_error_is_raised_after_buffered_deliveries(server: FakeServer) -> None:
    async def deny(s: FakeServer, conn: int, frame: frames_pb2.ClientFrame) -> bool:
        if frame.WhichOneof("kind") == "subscribe" and frame.subscribe.topic == "secret.x":
            error = errors_pb2.Error(code=Code.CODE_PERMISSION_DENIED, message="denied")
            await s.send(frames_pb2.ServerFrame(id=frame.id, error=error), conn)
            return True
        return False

    server.handler = deny
    async with zerorelay.connect(server.url) as client:
        sub = client.subscribe("secret.x")
        with pytest.raises(RelayError) as caught:
            async for _ in sub:
                pass
        assert caught.value.code == Code.CODE_PERMISSION_DENIED
        assert await sub.wait_closed() is caught.value
        # The failed subscription is gone: subscribing again is allowed (and sent).
        client.subscribe("secret.x")
        await server.wait_frame("subscribe", 2)


async def test_subscription_ends_with_the_terminal_error(server: FakeServer) -> None:
    client = await zerorelay.connect(server.url)
    sub = client.subscribe("a.b")
    await sub.ready()
    await server.push("a.b", b"buffered", offset=1)
    await server.disconnect(4504, "revoked")
    got = [await sub.receive()]
    with pytest.raises(ConnectionClosed) as caught:
        await sub.receive()
    assert got[0].data == b"buffered"
    assert caught.value.close_code == 4504
    with pytest.raises(StopAsyncIteration):
        await sub.receive()


async def test_quickstart_from_the_docs(server: FakeServer) -> None:
    """Mirrors the quickstart in docs/sdk-python.md."""
    url = server.url
    received: list[str] = []

    # --- quickstart ---
    async with zerorelay.connect(url, token="my-jwt") as client:
        async with client.subscribe("chat.room.42") as sub:
            await sub.ready()
            ack = await client.publish("chat.room.42", "hello")
            print("stored at", ack.epoch, ack.offset)
            async for delivery in sub:
                received.append(delivery.text())
                break
    # --- end quickstart ---

    assert received == ["hello"]
