from zerorelay.v1 import errors_pb2 as _errors_pb2
from zerorelay.v1 import frames_pb2 as _frames_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class ConnState(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    CONN_STATE_UNSPECIFIED: _ClassVar[ConnState]
    CONN_STATE_CONNECTING: _ClassVar[ConnState]
    CONN_STATE_CONNECTED: _ClassVar[ConnState]
    CONN_STATE_DISCONNECTED: _ClassVar[ConnState]
    CONN_STATE_CLOSED: _ClassVar[ConnState]
CONN_STATE_UNSPECIFIED: ConnState
CONN_STATE_CONNECTING: ConnState
CONN_STATE_CONNECTED: ConnState
CONN_STATE_DISCONNECTED: ConnState
CONN_STATE_CLOSED: ConnState

class DriverCommand(_message.Message):
    __slots__ = ("id", "hello", "connect", "subscribe", "unsubscribe", "publish", "ack", "close", "set_token", "pause_reading", "resume_reading")
    ID_FIELD_NUMBER: _ClassVar[int]
    HELLO_FIELD_NUMBER: _ClassVar[int]
    CONNECT_FIELD_NUMBER: _ClassVar[int]
    SUBSCRIBE_FIELD_NUMBER: _ClassVar[int]
    UNSUBSCRIBE_FIELD_NUMBER: _ClassVar[int]
    PUBLISH_FIELD_NUMBER: _ClassVar[int]
    ACK_FIELD_NUMBER: _ClassVar[int]
    CLOSE_FIELD_NUMBER: _ClassVar[int]
    SET_TOKEN_FIELD_NUMBER: _ClassVar[int]
    PAUSE_READING_FIELD_NUMBER: _ClassVar[int]
    RESUME_READING_FIELD_NUMBER: _ClassVar[int]
    id: int
    hello: Hello
    connect: ConnectCommand
    subscribe: SubscribeCommand
    unsubscribe: UnsubscribeCommand
    publish: PublishCommand
    ack: AckCommand
    close: CloseCommand
    set_token: SetTokenCommand
    pause_reading: PauseReadingCommand
    resume_reading: ResumeReadingCommand
    def __init__(self, id: _Optional[int] = ..., hello: _Optional[_Union[Hello, _Mapping]] = ..., connect: _Optional[_Union[ConnectCommand, _Mapping]] = ..., subscribe: _Optional[_Union[SubscribeCommand, _Mapping]] = ..., unsubscribe: _Optional[_Union[UnsubscribeCommand, _Mapping]] = ..., publish: _Optional[_Union[PublishCommand, _Mapping]] = ..., ack: _Optional[_Union[AckCommand, _Mapping]] = ..., close: _Optional[_Union[CloseCommand, _Mapping]] = ..., set_token: _Optional[_Union[SetTokenCommand, _Mapping]] = ..., pause_reading: _Optional[_Union[PauseReadingCommand, _Mapping]] = ..., resume_reading: _Optional[_Union[ResumeReadingCommand, _Mapping]] = ...) -> None: ...

class Hello(_message.Message):
    __slots__ = ("scenario", "protocol_version")
    SCENARIO_FIELD_NUMBER: _ClassVar[int]
    PROTOCOL_VERSION_FIELD_NUMBER: _ClassVar[int]
    scenario: str
    protocol_version: int
    def __init__(self, scenario: _Optional[str] = ..., protocol_version: _Optional[int] = ...) -> None: ...

class ReconnectPolicy(_message.Message):
    __slots__ = ("enabled", "initial_delay_ms", "max_delay_ms", "multiplier", "jitter")
    ENABLED_FIELD_NUMBER: _ClassVar[int]
    INITIAL_DELAY_MS_FIELD_NUMBER: _ClassVar[int]
    MAX_DELAY_MS_FIELD_NUMBER: _ClassVar[int]
    MULTIPLIER_FIELD_NUMBER: _ClassVar[int]
    JITTER_FIELD_NUMBER: _ClassVar[int]
    enabled: bool
    initial_delay_ms: int
    max_delay_ms: int
    multiplier: float
    jitter: float
    def __init__(self, enabled: _Optional[bool] = ..., initial_delay_ms: _Optional[int] = ..., max_delay_ms: _Optional[int] = ..., multiplier: _Optional[float] = ..., jitter: _Optional[float] = ...) -> None: ...

class ConnectCommand(_message.Message):
    __slots__ = ("conn", "url", "token", "reconnect", "ping_interval_ms", "pong_timeout_ms", "subprotocol", "ack_delay_ms")
    CONN_FIELD_NUMBER: _ClassVar[int]
    URL_FIELD_NUMBER: _ClassVar[int]
    TOKEN_FIELD_NUMBER: _ClassVar[int]
    RECONNECT_FIELD_NUMBER: _ClassVar[int]
    PING_INTERVAL_MS_FIELD_NUMBER: _ClassVar[int]
    PONG_TIMEOUT_MS_FIELD_NUMBER: _ClassVar[int]
    SUBPROTOCOL_FIELD_NUMBER: _ClassVar[int]
    ACK_DELAY_MS_FIELD_NUMBER: _ClassVar[int]
    conn: str
    url: str
    token: str
    reconnect: ReconnectPolicy
    ping_interval_ms: int
    pong_timeout_ms: int
    subprotocol: str
    ack_delay_ms: int
    def __init__(self, conn: _Optional[str] = ..., url: _Optional[str] = ..., token: _Optional[str] = ..., reconnect: _Optional[_Union[ReconnectPolicy, _Mapping]] = ..., ping_interval_ms: _Optional[int] = ..., pong_timeout_ms: _Optional[int] = ..., subprotocol: _Optional[str] = ..., ack_delay_ms: _Optional[int] = ...) -> None: ...

class SubscribeCommand(_message.Message):
    __slots__ = ("conn", "topic", "mode", "max_in_flight", "manual_ack")
    CONN_FIELD_NUMBER: _ClassVar[int]
    TOPIC_FIELD_NUMBER: _ClassVar[int]
    MODE_FIELD_NUMBER: _ClassVar[int]
    MAX_IN_FLIGHT_FIELD_NUMBER: _ClassVar[int]
    MANUAL_ACK_FIELD_NUMBER: _ClassVar[int]
    conn: str
    topic: str
    mode: _frames_pb2.DeliveryMode
    max_in_flight: int
    manual_ack: bool
    def __init__(self, conn: _Optional[str] = ..., topic: _Optional[str] = ..., mode: _Optional[_Union[_frames_pb2.DeliveryMode, str]] = ..., max_in_flight: _Optional[int] = ..., manual_ack: _Optional[bool] = ...) -> None: ...

class UnsubscribeCommand(_message.Message):
    __slots__ = ("conn", "topic")
    CONN_FIELD_NUMBER: _ClassVar[int]
    TOPIC_FIELD_NUMBER: _ClassVar[int]
    conn: str
    topic: str
    def __init__(self, conn: _Optional[str] = ..., topic: _Optional[str] = ...) -> None: ...

class PublishCommand(_message.Message):
    __slots__ = ("conn", "topic", "payload", "headers", "ack", "timeout_ms", "idempotency_key")
    class HeadersEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    CONN_FIELD_NUMBER: _ClassVar[int]
    TOPIC_FIELD_NUMBER: _ClassVar[int]
    PAYLOAD_FIELD_NUMBER: _ClassVar[int]
    HEADERS_FIELD_NUMBER: _ClassVar[int]
    ACK_FIELD_NUMBER: _ClassVar[int]
    TIMEOUT_MS_FIELD_NUMBER: _ClassVar[int]
    IDEMPOTENCY_KEY_FIELD_NUMBER: _ClassVar[int]
    conn: str
    topic: str
    payload: bytes
    headers: _containers.ScalarMap[str, str]
    ack: bool
    timeout_ms: int
    idempotency_key: str
    def __init__(self, conn: _Optional[str] = ..., topic: _Optional[str] = ..., payload: _Optional[bytes] = ..., headers: _Optional[_Mapping[str, str]] = ..., ack: _Optional[bool] = ..., timeout_ms: _Optional[int] = ..., idempotency_key: _Optional[str] = ...) -> None: ...

class AckCommand(_message.Message):
    __slots__ = ("conn", "topic", "epoch", "offset")
    CONN_FIELD_NUMBER: _ClassVar[int]
    TOPIC_FIELD_NUMBER: _ClassVar[int]
    EPOCH_FIELD_NUMBER: _ClassVar[int]
    OFFSET_FIELD_NUMBER: _ClassVar[int]
    conn: str
    topic: str
    epoch: str
    offset: int
    def __init__(self, conn: _Optional[str] = ..., topic: _Optional[str] = ..., epoch: _Optional[str] = ..., offset: _Optional[int] = ...) -> None: ...

class CloseCommand(_message.Message):
    __slots__ = ("conn",)
    CONN_FIELD_NUMBER: _ClassVar[int]
    conn: str
    def __init__(self, conn: _Optional[str] = ...) -> None: ...

class SetTokenCommand(_message.Message):
    __slots__ = ("conn", "token", "refresh_now")
    CONN_FIELD_NUMBER: _ClassVar[int]
    TOKEN_FIELD_NUMBER: _ClassVar[int]
    REFRESH_NOW_FIELD_NUMBER: _ClassVar[int]
    conn: str
    token: str
    refresh_now: bool
    def __init__(self, conn: _Optional[str] = ..., token: _Optional[str] = ..., refresh_now: _Optional[bool] = ...) -> None: ...

class PauseReadingCommand(_message.Message):
    __slots__ = ("conn",)
    CONN_FIELD_NUMBER: _ClassVar[int]
    conn: str
    def __init__(self, conn: _Optional[str] = ...) -> None: ...

class ResumeReadingCommand(_message.Message):
    __slots__ = ("conn",)
    CONN_FIELD_NUMBER: _ClassVar[int]
    conn: str
    def __init__(self, conn: _Optional[str] = ...) -> None: ...

class DriverEvent(_message.Message):
    __slots__ = ("at_ms", "hello_result", "command_result", "state_change", "delivered", "sdk_error")
    AT_MS_FIELD_NUMBER: _ClassVar[int]
    HELLO_RESULT_FIELD_NUMBER: _ClassVar[int]
    COMMAND_RESULT_FIELD_NUMBER: _ClassVar[int]
    STATE_CHANGE_FIELD_NUMBER: _ClassVar[int]
    DELIVERED_FIELD_NUMBER: _ClassVar[int]
    SDK_ERROR_FIELD_NUMBER: _ClassVar[int]
    at_ms: int
    hello_result: HelloResult
    command_result: CommandResult
    state_change: StateChange
    delivered: Delivered
    sdk_error: SdkError
    def __init__(self, at_ms: _Optional[int] = ..., hello_result: _Optional[_Union[HelloResult, _Mapping]] = ..., command_result: _Optional[_Union[CommandResult, _Mapping]] = ..., state_change: _Optional[_Union[StateChange, _Mapping]] = ..., delivered: _Optional[_Union[Delivered, _Mapping]] = ..., sdk_error: _Optional[_Union[SdkError, _Mapping]] = ...) -> None: ...

class HelloResult(_message.Message):
    __slots__ = ("sdk_name", "sdk_version", "features")
    SDK_NAME_FIELD_NUMBER: _ClassVar[int]
    SDK_VERSION_FIELD_NUMBER: _ClassVar[int]
    FEATURES_FIELD_NUMBER: _ClassVar[int]
    sdk_name: str
    sdk_version: str
    features: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, sdk_name: _Optional[str] = ..., sdk_version: _Optional[str] = ..., features: _Optional[_Iterable[str]] = ...) -> None: ...

class SdkError(_message.Message):
    __slots__ = ("conn", "code", "message", "retryable", "retry_after_ms", "close_code")
    CONN_FIELD_NUMBER: _ClassVar[int]
    CODE_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    RETRYABLE_FIELD_NUMBER: _ClassVar[int]
    RETRY_AFTER_MS_FIELD_NUMBER: _ClassVar[int]
    CLOSE_CODE_FIELD_NUMBER: _ClassVar[int]
    conn: str
    code: _errors_pb2.Code
    message: str
    retryable: bool
    retry_after_ms: int
    close_code: int
    def __init__(self, conn: _Optional[str] = ..., code: _Optional[_Union[_errors_pb2.Code, str]] = ..., message: _Optional[str] = ..., retryable: _Optional[bool] = ..., retry_after_ms: _Optional[int] = ..., close_code: _Optional[int] = ...) -> None: ...

class CommandOk(_message.Message):
    __slots__ = ("position", "duplicate")
    POSITION_FIELD_NUMBER: _ClassVar[int]
    DUPLICATE_FIELD_NUMBER: _ClassVar[int]
    position: _errors_pb2.StreamPosition
    duplicate: bool
    def __init__(self, position: _Optional[_Union[_errors_pb2.StreamPosition, _Mapping]] = ..., duplicate: _Optional[bool] = ...) -> None: ...

class CommandResult(_message.Message):
    __slots__ = ("command_id", "ok", "error")
    COMMAND_ID_FIELD_NUMBER: _ClassVar[int]
    OK_FIELD_NUMBER: _ClassVar[int]
    ERROR_FIELD_NUMBER: _ClassVar[int]
    command_id: int
    ok: CommandOk
    error: SdkError
    def __init__(self, command_id: _Optional[int] = ..., ok: _Optional[_Union[CommandOk, _Mapping]] = ..., error: _Optional[_Union[SdkError, _Mapping]] = ...) -> None: ...

class StateChange(_message.Message):
    __slots__ = ("conn", "state", "close_code", "reason", "attempt")
    CONN_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    CLOSE_CODE_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    ATTEMPT_FIELD_NUMBER: _ClassVar[int]
    conn: str
    state: ConnState
    close_code: int
    reason: str
    attempt: int
    def __init__(self, conn: _Optional[str] = ..., state: _Optional[_Union[ConnState, str]] = ..., close_code: _Optional[int] = ..., reason: _Optional[str] = ..., attempt: _Optional[int] = ...) -> None: ...

class Delivered(_message.Message):
    __slots__ = ("conn", "delivery")
    CONN_FIELD_NUMBER: _ClassVar[int]
    DELIVERY_FIELD_NUMBER: _ClassVar[int]
    conn: str
    delivery: _frames_pb2.Delivery
    def __init__(self, conn: _Optional[str] = ..., delivery: _Optional[_Union[_frames_pb2.Delivery, _Mapping]] = ...) -> None: ...
