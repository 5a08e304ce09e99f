from zerorelay.v1 import errors_pb2 as _errors_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class DeliveryMode(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    DELIVERY_MODE_UNSPECIFIED: _ClassVar[DeliveryMode]
    DELIVERY_MODE_AT_MOST_ONCE: _ClassVar[DeliveryMode]
    DELIVERY_MODE_AT_LEAST_ONCE: _ClassVar[DeliveryMode]
DELIVERY_MODE_UNSPECIFIED: DeliveryMode
DELIVERY_MODE_AT_MOST_ONCE: DeliveryMode
DELIVERY_MODE_AT_LEAST_ONCE: DeliveryMode

class ClientFrame(_message.Message):
    __slots__ = ("id", "connect", "subscribe", "unsubscribe", "publish", "ack", "refresh", "ping")
    ID_FIELD_NUMBER: _ClassVar[int]
    CONNECT_FIELD_NUMBER: _ClassVar[int]
    SUBSCRIBE_FIELD_NUMBER: _ClassVar[int]
    UNSUBSCRIBE_FIELD_NUMBER: _ClassVar[int]
    PUBLISH_FIELD_NUMBER: _ClassVar[int]
    ACK_FIELD_NUMBER: _ClassVar[int]
    REFRESH_FIELD_NUMBER: _ClassVar[int]
    PING_FIELD_NUMBER: _ClassVar[int]
    id: int
    connect: Connect
    subscribe: Subscribe
    unsubscribe: Unsubscribe
    publish: Publish
    ack: Ack
    refresh: Refresh
    ping: Ping
    def __init__(self, id: _Optional[int] = ..., connect: _Optional[_Union[Connect, _Mapping]] = ..., subscribe: _Optional[_Union[Subscribe, _Mapping]] = ..., unsubscribe: _Optional[_Union[Unsubscribe, _Mapping]] = ..., publish: _Optional[_Union[Publish, _Mapping]] = ..., ack: _Optional[_Union[Ack, _Mapping]] = ..., refresh: _Optional[_Union[Refresh, _Mapping]] = ..., ping: _Optional[_Union[Ping, _Mapping]] = ...) -> None: ...

class ServerFrame(_message.Message):
    __slots__ = ("id", "connected", "subscribe_ack", "unsubscribe_ack", "delivery", "publish_ack", "error", "pong", "disconnect", "refreshed", "gap")
    ID_FIELD_NUMBER: _ClassVar[int]
    CONNECTED_FIELD_NUMBER: _ClassVar[int]
    SUBSCRIBE_ACK_FIELD_NUMBER: _ClassVar[int]
    UNSUBSCRIBE_ACK_FIELD_NUMBER: _ClassVar[int]
    DELIVERY_FIELD_NUMBER: _ClassVar[int]
    PUBLISH_ACK_FIELD_NUMBER: _ClassVar[int]
    ERROR_FIELD_NUMBER: _ClassVar[int]
    PONG_FIELD_NUMBER: _ClassVar[int]
    DISCONNECT_FIELD_NUMBER: _ClassVar[int]
    REFRESHED_FIELD_NUMBER: _ClassVar[int]
    GAP_FIELD_NUMBER: _ClassVar[int]
    id: int
    connected: Connected
    subscribe_ack: SubscribeAck
    unsubscribe_ack: UnsubscribeAck
    delivery: Delivery
    publish_ack: PublishAck
    error: _errors_pb2.Error
    pong: Pong
    disconnect: Disconnect
    refreshed: Refreshed
    gap: Gap
    def __init__(self, id: _Optional[int] = ..., connected: _Optional[_Union[Connected, _Mapping]] = ..., subscribe_ack: _Optional[_Union[SubscribeAck, _Mapping]] = ..., unsubscribe_ack: _Optional[_Union[UnsubscribeAck, _Mapping]] = ..., delivery: _Optional[_Union[Delivery, _Mapping]] = ..., publish_ack: _Optional[_Union[PublishAck, _Mapping]] = ..., error: _Optional[_Union[_errors_pb2.Error, _Mapping]] = ..., pong: _Optional[_Union[Pong, _Mapping]] = ..., disconnect: _Optional[_Union[Disconnect, _Mapping]] = ..., refreshed: _Optional[_Union[Refreshed, _Mapping]] = ..., gap: _Optional[_Union[Gap, _Mapping]] = ...) -> None: ...

class Connect(_message.Message):
    __slots__ = ("token", "client_name", "client_version", "resume")
    TOKEN_FIELD_NUMBER: _ClassVar[int]
    CLIENT_NAME_FIELD_NUMBER: _ClassVar[int]
    CLIENT_VERSION_FIELD_NUMBER: _ClassVar[int]
    RESUME_FIELD_NUMBER: _ClassVar[int]
    token: str
    client_name: str
    client_version: str
    resume: ResumeInfo
    def __init__(self, token: _Optional[str] = ..., client_name: _Optional[str] = ..., client_version: _Optional[str] = ..., resume: _Optional[_Union[ResumeInfo, _Mapping]] = ...) -> None: ...

class ResumeInfo(_message.Message):
    __slots__ = ("previous_session_id", "attempt")
    PREVIOUS_SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    ATTEMPT_FIELD_NUMBER: _ClassVar[int]
    previous_session_id: str
    attempt: int
    def __init__(self, previous_session_id: _Optional[str] = ..., attempt: _Optional[int] = ...) -> None: ...

class Subscribe(_message.Message):
    __slots__ = ("topic", "mode", "resume_after", "max_in_flight")
    TOPIC_FIELD_NUMBER: _ClassVar[int]
    MODE_FIELD_NUMBER: _ClassVar[int]
    RESUME_AFTER_FIELD_NUMBER: _ClassVar[int]
    MAX_IN_FLIGHT_FIELD_NUMBER: _ClassVar[int]
    topic: str
    mode: DeliveryMode
    resume_after: _errors_pb2.StreamPosition
    max_in_flight: int
    def __init__(self, topic: _Optional[str] = ..., mode: _Optional[_Union[DeliveryMode, str]] = ..., resume_after: _Optional[_Union[_errors_pb2.StreamPosition, _Mapping]] = ..., max_in_flight: _Optional[int] = ...) -> None: ...

class Unsubscribe(_message.Message):
    __slots__ = ("topic",)
    TOPIC_FIELD_NUMBER: _ClassVar[int]
    topic: str
    def __init__(self, topic: _Optional[str] = ...) -> None: ...

class Publish(_message.Message):
    __slots__ = ("topic", "payload", "headers", "idempotency_key", "ack")
    class HeadersEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    TOPIC_FIELD_NUMBER: _ClassVar[int]
    PAYLOAD_FIELD_NUMBER: _ClassVar[int]
    HEADERS_FIELD_NUMBER: _ClassVar[int]
    IDEMPOTENCY_KEY_FIELD_NUMBER: _ClassVar[int]
    ACK_FIELD_NUMBER: _ClassVar[int]
    topic: str
    payload: bytes
    headers: _containers.ScalarMap[str, str]
    idempotency_key: str
    ack: bool
    def __init__(self, topic: _Optional[str] = ..., payload: _Optional[bytes] = ..., headers: _Optional[_Mapping[str, str]] = ..., idempotency_key: _Optional[str] = ..., ack: _Optional[bool] = ...) -> None: ...

class Ack(_message.Message):
    __slots__ = ("topic", "epoch", "offset")
    TOPIC_FIELD_NUMBER: _ClassVar[int]
    EPOCH_FIELD_NUMBER: _ClassVar[int]
    OFFSET_FIELD_NUMBER: _ClassVar[int]
    topic: str
    epoch: str
    offset: int
    def __init__(self, topic: _Optional[str] = ..., epoch: _Optional[str] = ..., offset: _Optional[int] = ...) -> None: ...

class Refresh(_message.Message):
    __slots__ = ("token",)
    TOKEN_FIELD_NUMBER: _ClassVar[int]
    token: str
    def __init__(self, token: _Optional[str] = ...) -> None: ...

class Ping(_message.Message):
    __slots__ = ("client_time_ms",)
    CLIENT_TIME_MS_FIELD_NUMBER: _ClassVar[int]
    client_time_ms: int
    def __init__(self, client_time_ms: _Optional[int] = ...) -> None: ...

class Connected(_message.Message):
    __slots__ = ("session_id", "server_version", "limits", "subject", "token_expires_at_ms", "features")
    SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    SERVER_VERSION_FIELD_NUMBER: _ClassVar[int]
    LIMITS_FIELD_NUMBER: _ClassVar[int]
    SUBJECT_FIELD_NUMBER: _ClassVar[int]
    TOKEN_EXPIRES_AT_MS_FIELD_NUMBER: _ClassVar[int]
    FEATURES_FIELD_NUMBER: _ClassVar[int]
    session_id: str
    server_version: str
    limits: Limits
    subject: str
    token_expires_at_ms: int
    features: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, session_id: _Optional[str] = ..., server_version: _Optional[str] = ..., limits: _Optional[_Union[Limits, _Mapping]] = ..., subject: _Optional[str] = ..., token_expires_at_ms: _Optional[int] = ..., features: _Optional[_Iterable[str]] = ...) -> None: ...

class Limits(_message.Message):
    __slots__ = ("max_frame_bytes", "ping_interval_ms", "pong_timeout_ms", "messages_per_second", "messages_burst", "bytes_per_second", "bytes_burst", "max_subscriptions", "max_in_flight", "ack_wait_ms", "max_deliver")
    MAX_FRAME_BYTES_FIELD_NUMBER: _ClassVar[int]
    PING_INTERVAL_MS_FIELD_NUMBER: _ClassVar[int]
    PONG_TIMEOUT_MS_FIELD_NUMBER: _ClassVar[int]
    MESSAGES_PER_SECOND_FIELD_NUMBER: _ClassVar[int]
    MESSAGES_BURST_FIELD_NUMBER: _ClassVar[int]
    BYTES_PER_SECOND_FIELD_NUMBER: _ClassVar[int]
    BYTES_BURST_FIELD_NUMBER: _ClassVar[int]
    MAX_SUBSCRIPTIONS_FIELD_NUMBER: _ClassVar[int]
    MAX_IN_FLIGHT_FIELD_NUMBER: _ClassVar[int]
    ACK_WAIT_MS_FIELD_NUMBER: _ClassVar[int]
    MAX_DELIVER_FIELD_NUMBER: _ClassVar[int]
    max_frame_bytes: int
    ping_interval_ms: int
    pong_timeout_ms: int
    messages_per_second: int
    messages_burst: int
    bytes_per_second: int
    bytes_burst: int
    max_subscriptions: int
    max_in_flight: int
    ack_wait_ms: int
    max_deliver: int
    def __init__(self, max_frame_bytes: _Optional[int] = ..., ping_interval_ms: _Optional[int] = ..., pong_timeout_ms: _Optional[int] = ..., messages_per_second: _Optional[int] = ..., messages_burst: _Optional[int] = ..., bytes_per_second: _Optional[int] = ..., bytes_burst: _Optional[int] = ..., max_subscriptions: _Optional[int] = ..., max_in_flight: _Optional[int] = ..., ack_wait_ms: _Optional[int] = ..., max_deliver: _Optional[int] = ...) -> None: ...

class SubscribeAck(_message.Message):
    __slots__ = ("topic", "position", "max_in_flight", "mode")
    TOPIC_FIELD_NUMBER: _ClassVar[int]
    POSITION_FIELD_NUMBER: _ClassVar[int]
    MAX_IN_FLIGHT_FIELD_NUMBER: _ClassVar[int]
    MODE_FIELD_NUMBER: _ClassVar[int]
    topic: str
    position: _errors_pb2.StreamPosition
    max_in_flight: int
    mode: DeliveryMode
    def __init__(self, topic: _Optional[str] = ..., position: _Optional[_Union[_errors_pb2.StreamPosition, _Mapping]] = ..., max_in_flight: _Optional[int] = ..., mode: _Optional[_Union[DeliveryMode, str]] = ...) -> None: ...

class UnsubscribeAck(_message.Message):
    __slots__ = ("topic", "position")
    TOPIC_FIELD_NUMBER: _ClassVar[int]
    POSITION_FIELD_NUMBER: _ClassVar[int]
    topic: str
    position: _errors_pb2.StreamPosition
    def __init__(self, topic: _Optional[str] = ..., position: _Optional[_Union[_errors_pb2.StreamPosition, _Mapping]] = ...) -> None: ...

class Delivery(_message.Message):
    __slots__ = ("topic", "payload", "headers", "epoch", "offset", "published_at_ms", "delivery_count")
    class HeadersEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    TOPIC_FIELD_NUMBER: _ClassVar[int]
    PAYLOAD_FIELD_NUMBER: _ClassVar[int]
    HEADERS_FIELD_NUMBER: _ClassVar[int]
    EPOCH_FIELD_NUMBER: _ClassVar[int]
    OFFSET_FIELD_NUMBER: _ClassVar[int]
    PUBLISHED_AT_MS_FIELD_NUMBER: _ClassVar[int]
    DELIVERY_COUNT_FIELD_NUMBER: _ClassVar[int]
    topic: str
    payload: bytes
    headers: _containers.ScalarMap[str, str]
    epoch: str
    offset: int
    published_at_ms: int
    delivery_count: int
    def __init__(self, topic: _Optional[str] = ..., payload: _Optional[bytes] = ..., headers: _Optional[_Mapping[str, str]] = ..., epoch: _Optional[str] = ..., offset: _Optional[int] = ..., published_at_ms: _Optional[int] = ..., delivery_count: _Optional[int] = ...) -> None: ...

class PublishAck(_message.Message):
    __slots__ = ("topic", "epoch", "offset", "duplicate")
    TOPIC_FIELD_NUMBER: _ClassVar[int]
    EPOCH_FIELD_NUMBER: _ClassVar[int]
    OFFSET_FIELD_NUMBER: _ClassVar[int]
    DUPLICATE_FIELD_NUMBER: _ClassVar[int]
    topic: str
    epoch: str
    offset: int
    duplicate: bool
    def __init__(self, topic: _Optional[str] = ..., epoch: _Optional[str] = ..., offset: _Optional[int] = ..., duplicate: _Optional[bool] = ...) -> None: ...

class Refreshed(_message.Message):
    __slots__ = ("token_expires_at_ms",)
    TOKEN_EXPIRES_AT_MS_FIELD_NUMBER: _ClassVar[int]
    token_expires_at_ms: int
    def __init__(self, token_expires_at_ms: _Optional[int] = ...) -> None: ...

class Pong(_message.Message):
    __slots__ = ("client_time_ms", "server_time_ms")
    CLIENT_TIME_MS_FIELD_NUMBER: _ClassVar[int]
    SERVER_TIME_MS_FIELD_NUMBER: _ClassVar[int]
    client_time_ms: int
    server_time_ms: int
    def __init__(self, client_time_ms: _Optional[int] = ..., server_time_ms: _Optional[int] = ...) -> None: ...

class Gap(_message.Message):
    __slots__ = ("topic", "dropped")
    TOPIC_FIELD_NUMBER: _ClassVar[int]
    DROPPED_FIELD_NUMBER: _ClassVar[int]
    topic: str
    dropped: int
    def __init__(self, topic: _Optional[str] = ..., dropped: _Optional[int] = ...) -> None: ...

class Disconnect(_message.Message):
    __slots__ = ("code", "reason", "advice", "retry_after_ms")
    CODE_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    ADVICE_FIELD_NUMBER: _ClassVar[int]
    RETRY_AFTER_MS_FIELD_NUMBER: _ClassVar[int]
    code: _errors_pb2.CloseCode
    reason: str
    advice: _errors_pb2.ReconnectAdvice
    retry_after_ms: int
    def __init__(self, code: _Optional[_Union[_errors_pb2.CloseCode, str]] = ..., reason: _Optional[str] = ..., advice: _Optional[_Union[_errors_pb2.ReconnectAdvice, str]] = ..., retry_after_ms: _Optional[int] = ...) -> None: ...
