"""The Python generated code against the shared vectors in conformance/vectors/frames.json."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from google.protobuf import json_format
from google.protobuf.message import DecodeError, Message

from zerorelay.v1 import frames_pb2

VECTORS = Path(__file__).resolve().parents[3] / "conformance" / "vectors" / "frames.json"
DATA: dict[str, Any] = json.loads(VECTORS.read_text(encoding="utf-8"))
TYPES: dict[str, type[Message]] = {
    "zerorelay.v1.ClientFrame": frames_pb2.ClientFrame,
    "zerorelay.v1.ServerFrame": frames_pb2.ServerFrame,
}


def _from_binary(vector: dict[str, Any]) -> Message:
    message = TYPES[vector["message"]]()
    message.ParseFromString(bytes.fromhex(vector["binary"]))
    return message


def _from_json(message_name: str, text: str) -> Message:
    message = TYPES[message_name]()
    json_format.Parse(text, message)
    return message


def _ids(vectors: list[dict[str, Any]]) -> list[str]:
    return [v["name"] for v in vectors]


def test_every_category_is_present() -> None:
    for key in ("valid", "binaryOnly", "invalidBinary", "invalidJson"):
        assert DATA[key], key


DECODABLE: list[dict[str, Any]] = DATA["valid"] + DATA["binaryOnly"]


@pytest.mark.parametrize("vector", DECODABLE, ids=_ids(DECODABLE))
def test_binary_and_json_decode_to_equal_messages(vector: dict[str, Any]) -> None:
    from_binary = _from_binary(vector)
    from_json = _from_json(vector["message"], json.dumps(vector["json"]))
    from_binary.DiscardUnknownFields()
    assert from_binary == from_json
    again = TYPES[vector["message"]]()
    again.ParseFromString(from_json.SerializeToString())
    assert again == from_json


@pytest.mark.parametrize("vector", DATA["invalidBinary"], ids=_ids(DATA["invalidBinary"]))
def test_invalid_binary_is_rejected(vector: dict[str, Any]) -> None:
    with pytest.raises(DecodeError):
        _from_binary(vector)


@pytest.mark.parametrize("vector", DATA["invalidJson"], ids=_ids(DATA["invalidJson"]))
def test_invalid_json_is_rejected(vector: dict[str, Any]) -> None:
    with pytest.raises(json_format.ParseError):
        _from_json(vector["message"], vector["text"])


def test_max_offset_and_all_bytes_survive() -> None:
    vector = next(v for v in DATA["valid"] if v["name"] == "server/delivery-all-bytes-max-offset")
    frame = _from_binary(vector)
    assert isinstance(frame, frames_pb2.ServerFrame)
    assert frame.delivery.offset == 2**64 - 1
    assert frame.delivery.payload == bytes(range(256))
    assert frame.delivery.headers["x-emoji"] == "🚀✨"
