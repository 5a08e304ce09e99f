"""RelayError, its subclasses and the close-code policy (docs/sdk-spec.md §4, §10)."""

from __future__ import annotations

import asyncio

import pytest

from zerorelay.errors import (
    Code,
    ConnectionClosed,
    DeadlineExceeded,
    Position,
    RelayError,
    UpgradeRejected,
    close_action,
    code_for_close,
    code_name,
    normalize_code,
)
from zerorelay.v1 import errors_pb2


@pytest.mark.parametrize(
    ("close_code", "action"),
    [
        (4000, "reconnect"),
        (4299, "reconnect"),
        (1001, "reconnect"),
        (1005, "reconnect"),
        (1006, "reconnect"),
        (1012, "reconnect"),
        (4300, "backoff"),
        (4499, "backoff"),
        (1011, "backoff"),
        (1013, "backoff"),
        (1014, "backoff"),
        (3000, "backoff"),
        (4500, "stop"),
        (4999, "stop"),
        (1000, "stop"),
        (1002, "stop"),
        (1003, "stop"),
        (1007, "stop"),
        (1008, "stop"),
        (1009, "stop"),
        (1010, "stop"),
        (1015, "stop"),
    ],
)
def test_close_action_follows_the_ranges(close_code: int, action: str) -> None:
    assert close_action(close_code) == action


@pytest.mark.parametrize(
    ("close_code", "code"),
    [
        (1000, Code.CODE_CANCELED),
        (4001, Code.CODE_TOKEN_EXPIRED),
        (4501, Code.CODE_UNAUTHENTICATED),
        (4503, Code.CODE_PERMISSION_DENIED),
        (4504, Code.CODE_PERMISSION_DENIED),
        (4500, Code.CODE_BAD_REQUEST),
        (1003, Code.CODE_BAD_REQUEST),
        (1009, Code.CODE_LIMIT_EXCEEDED),
        (4303, Code.CODE_LIMIT_EXCEEDED),
        (4329, Code.CODE_RATE_LIMITED),
        (4000, Code.CODE_UNAVAILABLE),
        (1006, Code.CODE_UNAVAILABLE),
    ],
)
def test_code_for_close(close_code: int, code: int) -> None:
    assert code_for_close(close_code) == code


def test_unknown_and_unspecified_codes_become_internal() -> None:
    assert normalize_code(0) == Code.CODE_INTERNAL
    assert normalize_code(999) == Code.CODE_INTERNAL
    assert normalize_code(None) == Code.CODE_INTERNAL
    err = RelayError(999, "odd")
    assert err.code == Code.CODE_INTERNAL and err.retryable
    assert str(err) == "[internal] odd"


def test_message_format_and_default_retryability() -> None:
    err = RelayError(Code.CODE_PERMISSION_DENIED, 'publish to "a.b" denied')
    assert str(err) == '[permission_denied] publish to "a.b" denied'
    assert not err.retryable and err.retry_after is None and err.close_code is None
    assert RelayError(Code.CODE_UNAVAILABLE, "x").retryable
    assert code_name(Code.CODE_UNRECOVERABLE_POSITION) == "unrecoverable_position"


def test_from_wire_keeps_the_reply_fields() -> None:
    wire = errors_pb2.Error(
        code=Code.CODE_UNRECOVERABLE_POSITION,
        message="too old",
        retryable=False,
        retry_after_ms=250,
        position=errors_pb2.StreamPosition(epoch="e9", offset=2**64 - 1),
    )
    err = RelayError.from_wire(wire, 'subscribe "a"')
    assert err.code == Code.CODE_UNRECOVERABLE_POSITION
    assert err.retry_after == 0.25
    assert err.position == Position("e9", 2**64 - 1)
    assert str(err) == '[unrecoverable_position] subscribe "a": too old'
    assert RelayError.from_wire(errors_pb2.Error(code=Code.CODE_INTERNAL)).position is None


def test_connection_closed_retryability_follows_the_close_class() -> None:
    stop = ConnectionClosed(4503, "forbidden")
    assert (stop.code, stop.close_code, stop.reason, stop.retryable) == (
        Code.CODE_PERMISSION_DENIED,
        4503,
        "forbidden",
        False,
    )
    assert str(stop) == "[permission_denied] connection closed (4503: forbidden)"
    assert ConnectionClosed(4008, "").retryable
    assert isinstance(stop, RelayError)
    refused = UpgradeRejected(429, Code.CODE_RATE_LIMITED, retryable=True, retry_after=2.0)
    assert isinstance(refused, ConnectionClosed)
    assert (refused.status, refused.close_code, refused.retry_after) == (429, 1006, 2.0)


def test_deadline_exceeded_is_a_timeout_error() -> None:
    err = DeadlineExceeded("no reply")
    assert isinstance(err, TimeoutError) and isinstance(err, RelayError)
    assert err.code == Code.CODE_DEADLINE_EXCEEDED and err.retryable


def test_from_exception_normalises() -> None:
    same = RelayError(Code.CODE_NOT_FOUND, "x")
    assert RelayError.from_exception(same) is same
    assert RelayError.from_exception(asyncio.CancelledError()).code == Code.CODE_CANCELED
    timeout = RelayError.from_exception(TimeoutError())
    assert timeout.code == Code.CODE_DEADLINE_EXCEEDED and isinstance(timeout, TimeoutError)
    other = RelayError.from_exception(ValueError("boom"))
    assert other.code == Code.CODE_INTERNAL and isinstance(other.__cause__, ValueError)
