"""``python -m zerorelay._conformance``: runs the conformance driver on stdin/stdout."""

import asyncio
import sys

from zerorelay._conformance.driver import run

if __name__ == "__main__":
    sys.exit(asyncio.run(run()))
