"""The WebSocket adapter: the only module that touches :mod:`websockets`.

One :class:`Transport` is one open connection. It reads on its own task and hands every
message to a callback synchronously, in order; it writes through a FIFO on another task,
so frames go out in the order :meth:`Transport.send` was called. It reports its end once,
through :attr:`Transport.done`, with the close code that applies (docs/sdk-spec.md §4):
the server's close frame, the code of a local :meth:`Transport.close`, or 1006.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable
from dataclasses import dataclass

from websockets.asyncio.client import ClientConnection
from websockets.asyncio.client import connect as ws_connect
from websockets.exceptions import (
    ConnectionClosed,
    InvalidStatus,
    InvalidURI,
    NegotiationError,
)
from websockets.typing import Subprotocol

_CLOSE_TIMEOUT = 2.0


@dataclass(frozen=True, slots=True)
class CloseInfo:
    """How a connection (or an attempt to open one) ended.

    ``http_status`` and ``retry_after`` (the raw header) are set for a refused upgrade;
    ``fatal`` marks a failure that retrying cannot fix (invalid URL, subprotocol refused).
    """

    code: int
    reason: str
    http_status: int | None = None
    retry_after: str | None = None
    fatal: bool = False


@dataclass(frozen=True, slots=True)
class _Outgoing:
    data: bytes | str
    written: asyncio.Future[bool]
    still_wanted: Callable[[], bool] | None


class OpenFailed(Exception):
    """Opening the WebSocket failed; :attr:`info` says how."""

    def __init__(self, info: CloseInfo) -> None:
        super().__init__(info.reason)
        self.info = info


class Transport:
    """One open WebSocket connection. Create it with :meth:`open`."""

    def __init__(self, ws: ClientConnection, on_message: Callable[[bytes | str], None]) -> None:
        self._ws = ws
        self._on_message = on_message
        loop = asyncio.get_running_loop()
        self.done: asyncio.Future[CloseInfo] = loop.create_future()
        """Resolves once with how the connection ended. Never cancel it (await it shielded)."""
        self._ended = False
        self._outbox: asyncio.Queue[_Outgoing | None] = asyncio.Queue()
        self._reader = loop.create_task(self._read())
        self._writer = loop.create_task(self._write())
        self._closer: asyncio.Task[None] | None = None

    @classmethod
    async def open(
        cls,
        url: str,
        subprotocol: str,
        *,
        max_size: int | None,
        on_message: Callable[[bytes | str], None],
    ) -> Transport:
        """Opens a WebSocket offering ``subprotocol``.

        Raises:
            OpenFailed: the upgrade was refused (``http_status`` set), the server chose another
                subprotocol (``fatal``), the URL is invalid (``fatal``) or the TCP connection
                failed (1006).
        """
        try:
            ws = await ws_connect(
                url,
                subprotocols=[Subprotocol(subprotocol)],
                compression=None,
                open_timeout=None,
                # The SDK's application-level heartbeat (docs/sdk-spec.md §9) detects dead servers;
                # the server's WebSocket pings are still answered by websockets.
                ping_interval=None,
                ping_timeout=None,
                close_timeout=_CLOSE_TIMEOUT,
                max_size=max_size,
                max_queue=None,
            )
        except InvalidStatus as err:
            status = err.response.status_code
            raise OpenFailed(
                CloseInfo(
                    1006,
                    f"upgrade refused with HTTP {status}",
                    http_status=status,
                    retry_after=err.response.headers.get("Retry-After"),
                )
            ) from err
        except NegotiationError as err:
            raise OpenFailed(CloseInfo(1002, f"subprotocol refused: {err}", fatal=True)) from err
        except InvalidURI as err:
            raise OpenFailed(CloseInfo(1002, f"invalid URL: {err}", fatal=True)) from err
        except (OSError, asyncio.IncompleteReadError, EOFError) as err:
            raise OpenFailed(CloseInfo(1006, f"connection failed: {err}")) from err
        except Exception as err:  # noqa: BLE001 - any other handshake failure is a dropped connection
            raise OpenFailed(CloseInfo(1006, f"handshake failed: {err}")) from err
        return cls(ws, on_message)

    @property
    def ended(self) -> bool:
        """Whether the connection ended (:attr:`done` is resolved or about to be)."""
        return self._ended

    @property
    def subprotocol(self) -> str | None:
        """The subprotocol the server chose, or ``None``."""
        return self._ws.subprotocol

    def send(
        self, data: bytes | str, *, still_wanted: Callable[[], bool] | None = None
    ) -> asyncio.Future[bool] | None:
        """Queues one message; returns a future that resolves (True) once it was written.

        Returns ``None`` when the transport already ended. The future resolves False when the
        connection ends before the message was written, or when ``still_wanted`` returns
        False at the moment the message reaches the socket (a cancelled publish is never sent).
        """
        if self._ended:
            return None
        written: asyncio.Future[bool] = asyncio.get_running_loop().create_future()
        self._outbox.put_nowait(_Outgoing(data, written, still_wanted))
        return written

    def close(self, code: int, reason: str, *, abrupt: bool = False) -> None:
        """Closes locally with ``code`` and reports that code at once through :attr:`done`.

        With ``abrupt`` the TCP connection is torn down without a close handshake (a dead peer
        would never answer it); otherwise the handshake runs in the background, after the
        messages already queued are written (see :meth:`wait_closed`).
        """
        if self._ended:
            return
        self._finish(CloseInfo(code, reason))
        if abrupt:
            self._ws.transport.abort()
        else:
            self._closer = asyncio.get_running_loop().create_task(self._close_handshake(code, reason))

    async def wait_closed(self) -> None:
        """Waits until the socket and the transport's tasks are gone."""
        tasks = [t for t in (self._reader, self._writer, self._closer) if t is not None]
        await asyncio.gather(*tasks, return_exceptions=True)

    async def _close_handshake(self, code: int, reason: str) -> None:
        # Messages queued before close() (e.g. the last acks) go out before the close frame.
        await asyncio.wait([self._writer], timeout=_CLOSE_TIMEOUT)
        with contextlib.suppress(Exception):
            await self._ws.close(code, reason)

    def _finish(self, info: CloseInfo) -> None:
        if self._ended:
            return
        self._ended = True
        if not self.done.done():
            self.done.set_result(info)
        self._reader.cancel()
        self._outbox.put_nowait(None)

    async def _read(self) -> None:
        info = CloseInfo(1006, "connection lost")
        try:
            while True:
                message = await self._ws.recv()
                if self._ended:
                    return
                self._on_message(message)
        except ConnectionClosed as err:
            if err.rcvd is not None:
                info = CloseInfo(err.rcvd.code, err.rcvd.reason)
        except asyncio.CancelledError:
            return
        except Exception as err:  # noqa: BLE001 - reported as a dropped connection
            info = CloseInfo(1006, f"read failed: {err}")
        self._finish(info)
        # The socket is gone or closing; make sure it is released.
        self._ws.transport.abort()

    async def _write(self) -> None:
        try:
            while True:
                item = await self._outbox.get()
                if item is None:
                    break
                written = item.written
                if item.still_wanted is not None and not item.still_wanted():
                    written.set_result(False)
                    continue
                try:
                    await self._ws.send(item.data)
                except Exception:  # noqa: BLE001 - the reader reports how the connection ended
                    if not written.done():
                        written.set_result(False)
                    break
                if not written.done():
                    written.set_result(True)
        finally:
            while not self._outbox.empty():
                item = self._outbox.get_nowait()
                if item is not None and not item.written.done():
                    item.written.set_result(False)
