"""The conformance driver of the Python SDK (``python -m zerorelay._conformance``).

It speaks the driver protocol of ``proto/zerorelay/conformance/v1/driver.proto``:
``DriverCommand`` messages on stdin, ``DriverEvent`` messages on stdout, each a 4-byte
big-endian length followed by the protobuf bytes. Logs go to stderr. Used by
``zr-conformance client`` and ``zr-conformance both`` (docs/conformance.md).
"""

from zerorelay._conformance.driver import FEATURES, Driver, read_message, run

__all__ = ["FEATURES", "Driver", "read_message", "run"]
