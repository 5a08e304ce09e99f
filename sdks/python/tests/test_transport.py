"""The websockets adapter: refusals, failures and local closes."""

from __future__ import annotations

import asyncio
import socket

import pytest
from fake_server import FakeServer, Refusal

from zerorelay._transport import OpenFailed, Transport


async def test_refused_upgrade_reports_status_and_retry_after() -> None:
    async with FakeServer() as server:
        server.refusals = [Refusal(503, "7")]
        with pytest.raises(OpenFailed) as caught:
            await Transport.open(server.url, "zerorelay.v1.proto", max_size=None, on_message=lambda m: None)
    info = caught.value.info
    assert (info.code, info.http_status, info.retry_after, info.fatal) == (1006, 503, "7", False)


async def test_failed_tcp_connect_is_1006() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(OpenFailed) as caught:
        await Transport.open(f"ws://127.0.0.1:{port}/", "zerorelay.v1.proto", max_size=None, on_message=print)
    assert caught.value.info.code == 1006 and not caught.value.info.fatal


async def test_invalid_url_is_fatal() -> None:
    with pytest.raises(OpenFailed) as caught:
        await Transport.open("http://127.0.0.1/", "zerorelay.v1.proto", max_size=None, on_message=print)
    assert caught.value.info.fatal


async def test_messages_in_order_and_local_abrupt_close_reports_its_code() -> None:
    async with FakeServer() as server:
        received: list[bytes | str] = []
        transport = await Transport.open(
            server.url, "zerorelay.v1.proto", max_size=None, on_message=received.append
        )
        assert transport.subprotocol == "zerorelay.v1.proto"
        writes = [transport.send(b"\x08\x01") for _ in range(3)]
        for written in writes:
            assert written is not None and await written
        await server.wait_for(lambda s: len(s.frames) == 3)
        assert [r.frame.id for r in server.frames] == [1, 1, 1]
        transport.close(4012, "ping timeout", abrupt=True)
        info = await asyncio.shield(transport.done)
        assert (info.code, info.reason) == (4012, "ping timeout")
        assert transport.send(b"late") is None
        await transport.wait_closed()
        await server.wait_for(lambda s: s.close_codes[0] is not None, what="server-side close")
        assert server.close_codes[0] == 1006


async def test_server_close_code_is_reported() -> None:
    async with FakeServer() as server:
        transport = await Transport.open(server.url, "zerorelay.v1.proto", max_size=None, on_message=print)
        await server.wait_for(lambda s: len(s.conns) == 1)
        await server.conns[0].close(4008, "slow")
        info = await asyncio.shield(transport.done)
        assert (info.code, info.reason) == (4008, "slow")
        await transport.wait_closed()
