"""The conformance driver (``python -m zerorelay._conformance``): framing, the command/event
mapping against the fake server, and the process lifecycle (Hello, EOF)."""

from __future__ import annotations

import asyncio
import struct
import sys
from collections.abc import AsyncIterator, Callable

import pytest
from fake_server import FakeServer

from zerorelay._conformance import FEATURES, Driver, read_message
from zerorelay.conformance.v1 import driver_pb2
from zerorelay.v1 import errors_pb2, frames_pb2


def frame(message: bytes) -> bytes:
    return struct.pack(">I", len(message)) + message


class EventSink:
    """A binary stream that decodes the driver's length-prefixed events."""

    def __init__(self) -> None:
        self._buffer = b""
        self.events: list[driver_pb2.DriverEvent] = []
        self._changed = asyncio.Event()

    def write(self, data: bytes) -> int:
        self._buffer += data
        while len(self._buffer) >= 4:
            (n,) = struct.unpack(">I", self._buffer[:4])
            if len(self._buffer) < 4 + n:
                break
            event = driver_pb2.DriverEvent()
            event.ParseFromString(self._buffer[4 : 4 + n])
            self._buffer = self._buffer[4 + n :]
            self.events.append(event)
        self._changed.set()
        return len(data)

    def flush(self) -> None:
        pass

    async def wait(
        self, pred: Callable[[driver_pb2.DriverEvent], bool], timeout: float = 5.0
    ) -> driver_pb2.DriverEvent:
        async with asyncio.timeout(timeout):
            while True:
                for e in self.events:
                    if pred(e):
                        return e
                self._changed.clear()
                await self._changed.wait()

    async def result(self, command_id: int) -> driver_pb2.CommandResult:
        e = await self.wait(
            lambda e: e.HasField("command_result") and e.command_result.command_id == command_id
        )
        return e.command_result


@pytest.fixture
async def server() -> AsyncIterator[FakeServer]:
    async with FakeServer() as s:
        yield s


@pytest.fixture
async def driver() -> AsyncIterator[tuple[Driver, EventSink]]:
    sink = EventSink()
    d = Driver(sink)  # type: ignore[arg-type]
    yield d, sink
    await d.shutdown()


async def test_read_message_frames_and_eof() -> None:
    reader = asyncio.StreamReader()
    reader.feed_data(frame(b"abc")[:2])
    reader.feed_data(frame(b"abc")[2:] + frame(b""))
    reader.feed_eof()
    assert await read_message(reader) == b"abc"
    assert await read_message(reader) == b""
    assert await read_message(reader) is None

    torn = asyncio.StreamReader()
    torn.feed_data(frame(b"abcdef")[:6])
    torn.feed_eof()
    with pytest.raises(asyncio.IncompleteReadError):
        await read_message(torn)

    huge = asyncio.StreamReader()
    huge.feed_data(struct.pack(">I", (64 << 20) + 1))
    with pytest.raises(ValueError):
        await read_message(huge)


async def test_connect_subscribe_publish_close(server: FakeServer, driver: tuple[Driver, EventSink]) -> None:
    d, sink = driver
    d.dispatch(driver_pb2.DriverCommand(id=1, hello=driver_pb2.Hello(scenario="t", protocol_version=1)))
    hello = await sink.wait(lambda e: e.HasField("hello_result"))
    assert list(hello.hello_result.features) == list(FEATURES)

    d.dispatch(
        driver_pb2.DriverCommand(
            id=2, connect=driver_pb2.ConnectCommand(conn="c1", url=server.url, token="t")
        )
    )
    assert (await sink.result(2)).HasField("ok")
    states = [e.state_change.state for e in sink.events if e.HasField("state_change")]
    assert states[:2] == [driver_pb2.CONN_STATE_CONNECTING, driver_pb2.CONN_STATE_CONNECTED]

    d.dispatch(driver_pb2.DriverCommand(id=3, subscribe=driver_pb2.SubscribeCommand(conn="c1", topic="a.b")))
    assert (await sink.result(3)).HasField("ok")
    publish = driver_pb2.PublishCommand(
        conn="c1", topic="a.b", payload=b"\x00\xff", headers={"k": "v"}, ack=True
    )
    d.dispatch(driver_pb2.DriverCommand(id=4, publish=publish))
    published = await sink.result(4)
    assert published.ok.position.offset > 0
    delivered = await sink.wait(lambda e: e.HasField("delivered"))
    assert delivered.delivered.conn == "c1"
    assert delivered.delivered.delivery.payload == b"\x00\xff"
    assert dict(delivered.delivered.delivery.headers) == {"k": "v"}
    assert delivered.delivered.delivery.offset == published.ok.position.offset

    d.dispatch(driver_pb2.DriverCommand(id=5, close=driver_pb2.CloseCommand(conn="c1")))
    assert (await sink.result(5)).HasField("ok")
    closed = await sink.wait(
        lambda e: e.HasField("state_change") and e.state_change.state == driver_pb2.CONN_STATE_CLOSED
    )
    assert closed.state_change.close_code == 1000


async def test_errors_are_typed_command_results(server: FakeServer, driver: tuple[Driver, EventSink]) -> None:
    d, sink = driver
    d.dispatch(driver_pb2.DriverCommand(id=1, publish=driver_pb2.PublishCommand(conn="nope", topic="a")))
    missing = await sink.result(1)
    assert missing.error.code == errors_pb2.CODE_NOT_FOUND
    assert missing.error.conn == "nope"

    d.dispatch(
        driver_pb2.DriverCommand(
            id=2, connect=driver_pb2.ConnectCommand(conn="c1", url=server.url, token="t")
        )
    )
    await sink.result(2)
    d.dispatch(driver_pb2.DriverCommand(id=3, pause_reading=driver_pb2.PauseReadingCommand(conn="c1")))
    assert (await sink.result(3)).error.code == errors_pb2.CODE_UNIMPLEMENTED
    d.dispatch(driver_pb2.DriverCommand(id=4, connect=driver_pb2.ConnectCommand(conn="c1", url=server.url)))
    assert (await sink.result(4)).error.code == errors_pb2.CODE_ALREADY_SUBSCRIBED


async def test_manual_ack_is_cumulative_up_to_the_offset(
    server: FakeServer, driver: tuple[Driver, EventSink]
) -> None:
    d, sink = driver
    d.dispatch(
        driver_pb2.DriverCommand(
            id=1, connect=driver_pb2.ConnectCommand(conn="c1", url=server.url, token="t")
        )
    )
    await sink.result(1)
    sub = driver_pb2.SubscribeCommand(
        conn="c1", topic="a.b", mode=frames_pb2.DELIVERY_MODE_AT_LEAST_ONCE, manual_ack=True
    )
    d.dispatch(driver_pb2.DriverCommand(id=2, subscribe=sub))
    assert (await sink.result(2)).HasField("ok")
    for i in range(3):
        publish = driver_pb2.PublishCommand(conn="c1", topic="a.b", payload=bytes([i]), ack=True)
        d.dispatch(driver_pb2.DriverCommand(id=10 + i, publish=publish))
        await sink.result(10 + i)
    await sink.wait(lambda _e: sum(1 for e in sink.events if e.HasField("delivered")) == 3)
    offsets = [e.delivered.delivery.offset for e in sink.events if e.HasField("delivered")]
    epoch = next(e.delivered.delivery.epoch for e in sink.events if e.HasField("delivered"))
    d.dispatch(
        driver_pb2.DriverCommand(id=20, ack=driver_pb2.AckCommand(conn="c1", topic="a.b", offset=offsets[1]))
    )
    assert (await sink.result(20)).HasField("ok")
    await server.wait_for(
        lambda srv: any(r.frame.ack.offset == offsets[1] for r in srv.sent("ack")), what="ack of offset 2"
    )
    acks = [(r.frame.ack.epoch, r.frame.ack.offset) for r in server.sent("ack")]
    assert acks[-1] == (epoch, offsets[1])  # acknowledged up to offset 2, never beyond
    assert all(offset <= offsets[1] for _, offset in acks)
    # Nothing held up to that offset any more.
    d.dispatch(
        driver_pb2.DriverCommand(id=21, ack=driver_pb2.AckCommand(conn="c1", topic="a.b", offset=offsets[1]))
    )
    assert (await sink.result(21)).error.code == errors_pb2.CODE_NOT_FOUND


async def test_process_answers_hello_and_exits_on_eof() -> None:
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "zerorelay._conformance",
        stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    assert proc.stdin is not None and proc.stdout is not None and proc.stderr is not None
    hello = driver_pb2.DriverCommand(id=1, hello=driver_pb2.Hello(scenario="s", protocol_version=1))
    proc.stdin.write(frame(hello.SerializeToString()))
    await proc.stdin.drain()
    async with asyncio.timeout(10):
        data = await read_message(proc.stdout)
    assert data is not None
    event = driver_pb2.DriverEvent()
    event.ParseFromString(data)
    assert event.hello_result.sdk_name
    assert "reconnect" in event.hello_result.features
    proc.stdin.close()
    async with asyncio.timeout(2):
        assert await proc.wait() == 0
    assert await proc.stdout.read() == b""  # nothing else on stdout
    assert b"scenario 's'" in await proc.stderr.read()
