"""Errors raised by the zerorelay client, and the close-code policy (docs/sdk-spec.md §4, §10).

Exception tree::

    Exception
     └── RelayError                 code, retryable, retry_after, position, close_code
          ├── ConnectionClosed      close_code, reason: the connection (or client) ended
          │    └── UpgradeRejected  status, retry_after: the server refused the WebSocket upgrade
          └── DeadlineExceeded      also a TimeoutError: an operation's own timeout passed

* :class:`RelayError` carries the protocol :data:`Code` (``zerorelay.v1.errors_pb2.Code``;
  unknown values become ``CODE_INTERNAL``), whether the same operation may succeed later
  (``retryable``), and the server's hint of when (``retry_after``, in seconds, or ``None``).
  Its message reads ``[code_name] detail``, e.g. ``[permission_denied] publish to "a.b": denied``.
* :class:`ConnectionClosed` is the terminal error of a client (``await client.wait_closed()``),
  the error that ends subscriptions when the client stops, and the ``error`` of a
  ``Disconnected`` status event. ``close_code`` is the WebSocket close code (or the code of
  the server's ``disconnect`` frame); ``code`` is the preceding error reply's code or the
  one mapped from the close code.
* :class:`UpgradeRejected` is a :class:`ConnectionClosed` (close code 1006) for an upgrade
  the server answered with an HTTP status instead of ``101``.
* :class:`DeadlineExceeded` (``CODE_DEADLINE_EXCEEDED``) is raised when an operation's
  ``timeout=`` (or the client's ``request_timeout``) passes. It subclasses
  :class:`TimeoutError`, so ``except TimeoutError`` catches it too.

Cancellation and caller-imposed timeouts are never translated: ``asyncio.CancelledError``
and the ``TimeoutError`` of ``asyncio.timeout()`` propagate unchanged. Operations that
were pending when the client was closed with ``close()`` fail with a :class:`RelayError`
whose code is ``CODE_CANCELED``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, cast

from zerorelay.v1 import errors_pb2

Code = errors_pb2.Code
"""The protocol's closed set of error codes (generated from ``errors.proto``)."""

CloseCode = errors_pb2.CloseCode
"""The protocol's close codes (generated from ``errors.proto``)."""

CloseAction = Literal["reconnect", "backoff", "stop"]
"""What a client does after a close code (docs/protocol.md#close-codes)."""

_KNOWN_CODES: frozenset[int] = frozenset(Code.values())
_RETRYABLE_CODES: frozenset[int] = frozenset(
    {Code.CODE_RATE_LIMITED, Code.CODE_UNAVAILABLE, Code.CODE_INTERNAL, Code.CODE_DEADLINE_EXCEEDED}
)


@dataclass(frozen=True, slots=True)
class Position:
    """A point in a topic's history: an opaque ``epoch`` and an ``offset`` within it."""

    epoch: str
    offset: int


def normalize_code(code: int | None) -> Code:
    """Maps any integer onto :data:`Code`; ``None``, 0 and unknown values become ``CODE_INTERNAL``."""
    if code is None or code == Code.CODE_UNSPECIFIED or code not in _KNOWN_CODES:
        return Code.CODE_INTERNAL
    return cast(Code, code)


def code_name(code: int) -> str:
    """``CODE_PERMISSION_DENIED`` → ``permission_denied``."""
    return Code.Name(normalize_code(code)).removeprefix("CODE_").lower()


def close_action(close_code: int) -> CloseAction:
    """The class of a close code: ``reconnect``, ``backoff`` or ``stop`` (docs/sdk-spec.md §4)."""
    if 4000 <= close_code <= 4299 or close_code in (1001, 1005, 1006, 1012):
        return "reconnect"
    if 4500 <= close_code <= 4999 or close_code in (1000, 1002, 1003, 1007, 1008, 1009, 1010, 1015):
        return "stop"
    return "backoff"


def code_for_close(close_code: int) -> Code:
    """The :data:`Code` of a terminal error for a close code without a preceding error reply."""
    if close_code == 1000:
        return Code.CODE_CANCELED
    if close_code == 4001:
        return Code.CODE_TOKEN_EXPIRED
    if close_code == 4501:
        return Code.CODE_UNAUTHENTICATED
    if close_code in (4503, 4504):
        return Code.CODE_PERMISSION_DENIED
    if close_code in (4500, 1002, 1003, 1007, 1008):
        return Code.CODE_BAD_REQUEST
    if close_code in (1009, 4303):
        return Code.CODE_LIMIT_EXCEEDED
    if close_code == 4329:
        return Code.CODE_RATE_LIMITED
    return Code.CODE_UNAVAILABLE


class RelayError(Exception):
    """An error from zerorelay: a failed command, a lost or refused connection, or a timeout.

    Attributes:
        code: The protocol :data:`Code`; never ``CODE_UNSPECIFIED`` nor a value outside the enum.
        retryable: Whether the same operation may succeed later.
        retry_after: The earliest time a retry may succeed, in seconds from now, or ``None``.
        position: The topic's current position (with ``CODE_UNRECOVERABLE_POSITION``), or ``None``.
        close_code: The WebSocket close code when the error came from a close, else ``None``.
        detail: The message without the ``[code_name]`` prefix.
    """

    code: Code
    retryable: bool
    retry_after: float | None
    position: Position | None
    close_code: int | None
    detail: str

    def __init__(
        self,
        code: int,
        detail: str,
        *,
        retryable: bool | None = None,
        retry_after: float | None = None,
        position: Position | None = None,
        close_code: int | None = None,
    ) -> None:
        normalized = normalize_code(code)
        super().__init__(f"[{code_name(normalized)}] {detail}")
        self.code = normalized
        self.detail = detail
        self.retryable = normalized in _RETRYABLE_CODES if retryable is None else retryable
        self.retry_after = retry_after if retry_after is not None and retry_after > 0 else None
        self.position = position
        self.close_code = close_code

    @classmethod
    def from_wire(cls, err: errors_pb2.Error, context: str = "") -> RelayError:
        """The error for a server's ``error`` reply; ``context`` prefixes the detail."""
        detail = err.message or "server error"
        position = Position(err.position.epoch, err.position.offset) if err.HasField("position") else None
        return cls(
            err.code,
            f"{context}: {detail}" if context else detail,
            retryable=err.retryable,
            retry_after=err.retry_after_ms / 1000 if err.retry_after_ms else None,
            position=position,
        )

    @staticmethod
    def from_exception(err: BaseException) -> RelayError:
        """Normalises anything raised into a RelayError (docs/sdk-spec.md §10).

        A RelayError is returned unchanged, ``asyncio.CancelledError`` becomes
        ``CODE_CANCELED``, a :class:`TimeoutError` ``CODE_DEADLINE_EXCEEDED``, anything else
        ``CODE_INTERNAL`` (with the original as ``__cause__``).
        """
        import asyncio

        if isinstance(err, RelayError):
            return err
        if isinstance(err, asyncio.CancelledError):
            result: RelayError = RelayError(Code.CODE_CANCELED, str(err) or "canceled", retryable=False)
        elif isinstance(err, TimeoutError):
            result = DeadlineExceeded(str(err) or "timed out")
        else:
            result = RelayError(Code.CODE_INTERNAL, str(err) or type(err).__name__)
        result.__cause__ = err
        return result


class ConnectionClosed(RelayError):
    """The connection ended with ``close_code`` and ``reason`` (docs/sdk-spec.md §4).

    ``retryable`` follows the close-code class: ``False`` for stop codes.
    """

    reason: str

    def __init__(
        self,
        close_code: int,
        reason: str,
        *,
        code: int | None = None,
        retryable: bool | None = None,
        retry_after: float | None = None,
        detail: str | None = None,
    ) -> None:
        text = detail or f"connection closed ({close_code}{': ' + reason if reason else ''})"
        super().__init__(
            code_for_close(close_code) if code is None else code,
            text,
            retryable=close_action(close_code) != "stop" if retryable is None else retryable,
            retry_after=retry_after,
            close_code=close_code,
        )
        self.reason = reason


class UpgradeRejected(ConnectionClosed):
    """The server answered the WebSocket upgrade with HTTP ``status`` (close code 1006).

    ``retry_after`` comes from the ``Retry-After`` header when present.
    """

    status: int

    def __init__(self, status: int, code: int, *, retryable: bool, retry_after: float | None = None) -> None:
        super().__init__(
            1006,
            f"upgrade refused with HTTP {status}",
            code=code,
            retryable=retryable,
            retry_after=retry_after,
            detail=f"upgrade refused with HTTP {status}",
        )
        self.status = status


class DeadlineExceeded(RelayError, TimeoutError):
    """An operation's timeout passed before its reply (``CODE_DEADLINE_EXCEEDED``, retryable)."""

    def __init__(self, detail: str) -> None:
        RelayError.__init__(self, Code.CODE_DEADLINE_EXCEEDED, detail, retryable=True)


def canceled(detail: str = "operation canceled") -> RelayError:
    """The error of an operation that ended because the client was closed (``CODE_CANCELED``)."""
    return RelayError(Code.CODE_CANCELED, detail, retryable=False)


def unavailable(detail: str) -> RelayError:
    """A retryable ``CODE_UNAVAILABLE`` error: no connection, or the outcome is unknown."""
    return RelayError(Code.CODE_UNAVAILABLE, detail, retryable=True)
