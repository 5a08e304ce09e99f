"""Full-jitter backoff and Retry-After parsing (docs/sdk-spec.md §3)."""

from __future__ import annotations

import random
from datetime import UTC, datetime
from email.utils import format_datetime
from typing import Any

import pytest

from zerorelay._backoff import Backoff, parse_retry_after


def test_ceiling_grows_exponentially_up_to_the_max() -> None:
    b = Backoff(initial_delay=0.25, max_delay=15.0, multiplier=2.0)
    assert [b.ceiling(k) for k in range(8)] == [0.25, 0.5, 1.0, 2.0, 4.0, 8.0, 15.0, 15.0]
    assert b.ceiling(10_000) == 15.0


def test_delays_are_uniform_within_the_ceiling_and_reproducible() -> None:
    b = Backoff(initial_delay=0.1, max_delay=1.0, random=random.Random(3).random)
    again = Backoff(initial_delay=0.1, max_delay=1.0, random=random.Random(3).random)
    delays = [b.next() for _ in range(20)]
    assert delays == [again.next() for _ in range(20)]
    for k, delay in enumerate(delays):
        assert 0 <= delay <= b.ceiling(k)
    assert b.attempt == 20
    b.reset()
    assert b.attempt == 0


def test_extreme_random_values_hit_the_bounds() -> None:
    assert Backoff(random=lambda: 0.0).next() == 0.0
    b = Backoff(initial_delay=1.0, max_delay=4.0, random=lambda: 0.999999)
    assert [round(b.next(), 3) for _ in range(4)] == [1.0, 2.0, 4.0, 4.0]


@pytest.mark.parametrize(
    "kwargs", [{"initial_delay": -1.0}, {"initial_delay": 2.0, "max_delay": 1.0}, {"multiplier": 0.5}]
)
def test_invalid_parameters_are_rejected(kwargs: dict[str, Any]) -> None:
    with pytest.raises(ValueError):
        Backoff(**kwargs)


def test_parse_retry_after() -> None:
    now = 1_700_000_000.0
    assert parse_retry_after("3", now) == 3.0
    assert parse_retry_after(" 0 ", now) == 0.0
    date = format_datetime(datetime.fromtimestamp(now + 10, UTC), usegmt=True)
    assert parse_retry_after(date, now) == pytest.approx(10.0)
    past = format_datetime(datetime.fromtimestamp(now - 10, UTC), usegmt=True)
    assert parse_retry_after(past, now) == 0.0
    assert parse_retry_after(None, now) is None
    assert parse_retry_after("soon", now) is None
    assert parse_retry_after("-5", now) is None
