"""Exponential backoff with full jitter (docs/sdk-spec.md §3).

``delay_k = uniform(0, min(max_delay, initial_delay × multiplier^k))``. Pure: the random
source is injected and nothing here sleeps.
"""

from __future__ import annotations

import random as _random
import re
from collections.abc import Callable
from email.utils import parsedate_to_datetime

DEFAULT_INITIAL_DELAY = 0.25
"""Default ceiling of the first delay, in seconds."""
DEFAULT_MAX_DELAY = 15.0
"""Default largest ceiling, in seconds."""
DEFAULT_MULTIPLIER = 2.0
"""Default growth factor of the ceiling per attempt."""


class Backoff:
    """A full-jitter backoff sequence: each :meth:`next` returns the delay before the next attempt.

    Args:
        initial_delay: Ceiling of the first delay, in seconds.
        max_delay: Largest ceiling, in seconds.
        multiplier: Growth factor of the ceiling per attempt (>= 1).
        random: Uniform source in ``[0, 1)``; default :func:`random.random`. Inject a seeded
            one to make delays reproducible.

    Raises:
        ValueError: for a negative delay, ``max_delay < initial_delay`` or ``multiplier < 1``.
    """

    def __init__(
        self,
        *,
        initial_delay: float = DEFAULT_INITIAL_DELAY,
        max_delay: float = DEFAULT_MAX_DELAY,
        multiplier: float = DEFAULT_MULTIPLIER,
        random: Callable[[], float] | None = None,
    ) -> None:
        if not (initial_delay >= 0 and max_delay >= initial_delay and multiplier >= 1):
            raise ValueError("backoff: need 0 <= initial_delay <= max_delay and multiplier >= 1")
        self.initial_delay = initial_delay
        self.max_delay = max_delay
        self.multiplier = multiplier
        self._random = random or _random.random
        self._attempt = 0

    @property
    def attempt(self) -> int:
        """Attempts since the last reset: the ``k`` of the next delay."""
        return self._attempt

    def ceiling(self, k: int) -> float:
        """The ceiling ``d_k = min(max_delay, initial_delay × multiplier^k)``, in seconds."""
        try:
            grown = self.initial_delay * self.multiplier ** max(0, k)
        except OverflowError:
            return self.max_delay
        return min(self.max_delay, grown)

    def next(self) -> float:
        """The delay for the current attempt, uniform in ``[0, d_k]``; then ``k += 1``."""
        ceiling = self.ceiling(self._attempt)
        self._attempt += 1
        return self._random() * ceiling

    def reset(self) -> None:
        """Starts over at ``k = 0``."""
        self._attempt = 0


_DELAY_SECONDS = re.compile(r"^\d+$")


def parse_retry_after(value: str | None, now: float) -> float | None:
    """Parses an HTTP ``Retry-After`` value (seconds or an HTTP date) into seconds from ``now``.

    ``now`` is the wall clock in seconds since the Unix epoch. Returns ``None`` for a missing
    or unparseable value.
    """
    if value is None:
        return None
    text = value.strip()
    if _DELAY_SECONDS.match(text):
        return float(int(text))
    try:
        at = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if at.tzinfo is None:
        return None
    return max(0.0, at.timestamp() - now)
