from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class Code(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    CODE_UNSPECIFIED: _ClassVar[Code]
    CODE_BAD_REQUEST: _ClassVar[Code]
    CODE_UNAUTHENTICATED: _ClassVar[Code]
    CODE_PERMISSION_DENIED: _ClassVar[Code]
    CODE_INVALID_TOPIC: _ClassVar[Code]
    CODE_NOT_FOUND: _ClassVar[Code]
    CODE_ALREADY_SUBSCRIBED: _ClassVar[Code]
    CODE_LIMIT_EXCEEDED: _ClassVar[Code]
    CODE_RATE_LIMITED: _ClassVar[Code]
    CODE_UNRECOVERABLE_POSITION: _ClassVar[Code]
    CODE_UNAVAILABLE: _ClassVar[Code]
    CODE_INTERNAL: _ClassVar[Code]
    CODE_TOKEN_EXPIRED: _ClassVar[Code]
    CODE_UNIMPLEMENTED: _ClassVar[Code]
    CODE_CANCELED: _ClassVar[Code]
    CODE_DEADLINE_EXCEEDED: _ClassVar[Code]

class CloseCode(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    CLOSE_CODE_UNSPECIFIED: _ClassVar[CloseCode]
    CLOSE_CODE_NORMAL: _ClassVar[CloseCode]
    CLOSE_CODE_GOING_AWAY: _ClassVar[CloseCode]
    CLOSE_CODE_PROTOCOL_ERROR: _ClassVar[CloseCode]
    CLOSE_CODE_UNSUPPORTED_DATA: _ClassVar[CloseCode]
    CLOSE_CODE_ABNORMAL: _ClassVar[CloseCode]
    CLOSE_CODE_INVALID_PAYLOAD: _ClassVar[CloseCode]
    CLOSE_CODE_POLICY_VIOLATION: _ClassVar[CloseCode]
    CLOSE_CODE_MESSAGE_TOO_BIG: _ClassVar[CloseCode]
    CLOSE_CODE_INTERNAL_ERROR: _ClassVar[CloseCode]
    CLOSE_CODE_SERVICE_RESTART: _ClassVar[CloseCode]
    CLOSE_CODE_TRY_AGAIN_LATER: _ClassVar[CloseCode]
    CLOSE_CODE_SHUTDOWN: _ClassVar[CloseCode]
    CLOSE_CODE_TOKEN_EXPIRED: _ClassVar[CloseCode]
    CLOSE_CODE_SLOW_CONSUMER: _ClassVar[CloseCode]
    CLOSE_CODE_PING_TIMEOUT: _ClassVar[CloseCode]
    CLOSE_CODE_AUTH_TIMEOUT: _ClassVar[CloseCode]
    CLOSE_CODE_CONNECTION_LIMIT: _ClassVar[CloseCode]
    CLOSE_CODE_RATE_LIMITED: _ClassVar[CloseCode]
    CLOSE_CODE_BAD_REQUEST: _ClassVar[CloseCode]
    CLOSE_CODE_UNAUTHENTICATED: _ClassVar[CloseCode]
    CLOSE_CODE_FORBIDDEN: _ClassVar[CloseCode]
    CLOSE_CODE_TOKEN_REVOKED: _ClassVar[CloseCode]

class ReconnectAdvice(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    RECONNECT_ADVICE_UNSPECIFIED: _ClassVar[ReconnectAdvice]
    RECONNECT_ADVICE_RECONNECT: _ClassVar[ReconnectAdvice]
    RECONNECT_ADVICE_BACKOFF: _ClassVar[ReconnectAdvice]
    RECONNECT_ADVICE_STOP: _ClassVar[ReconnectAdvice]
CODE_UNSPECIFIED: Code
CODE_BAD_REQUEST: Code
CODE_UNAUTHENTICATED: Code
CODE_PERMISSION_DENIED: Code
CODE_INVALID_TOPIC: Code
CODE_NOT_FOUND: Code
CODE_ALREADY_SUBSCRIBED: Code
CODE_LIMIT_EXCEEDED: Code
CODE_RATE_LIMITED: Code
CODE_UNRECOVERABLE_POSITION: Code
CODE_UNAVAILABLE: Code
CODE_INTERNAL: Code
CODE_TOKEN_EXPIRED: Code
CODE_UNIMPLEMENTED: Code
CODE_CANCELED: Code
CODE_DEADLINE_EXCEEDED: Code
CLOSE_CODE_UNSPECIFIED: CloseCode
CLOSE_CODE_NORMAL: CloseCode
CLOSE_CODE_GOING_AWAY: CloseCode
CLOSE_CODE_PROTOCOL_ERROR: CloseCode
CLOSE_CODE_UNSUPPORTED_DATA: CloseCode
CLOSE_CODE_ABNORMAL: CloseCode
CLOSE_CODE_INVALID_PAYLOAD: CloseCode
CLOSE_CODE_POLICY_VIOLATION: CloseCode
CLOSE_CODE_MESSAGE_TOO_BIG: CloseCode
CLOSE_CODE_INTERNAL_ERROR: CloseCode
CLOSE_CODE_SERVICE_RESTART: CloseCode
CLOSE_CODE_TRY_AGAIN_LATER: CloseCode
CLOSE_CODE_SHUTDOWN: CloseCode
CLOSE_CODE_TOKEN_EXPIRED: CloseCode
CLOSE_CODE_SLOW_CONSUMER: CloseCode
CLOSE_CODE_PING_TIMEOUT: CloseCode
CLOSE_CODE_AUTH_TIMEOUT: CloseCode
CLOSE_CODE_CONNECTION_LIMIT: CloseCode
CLOSE_CODE_RATE_LIMITED: CloseCode
CLOSE_CODE_BAD_REQUEST: CloseCode
CLOSE_CODE_UNAUTHENTICATED: CloseCode
CLOSE_CODE_FORBIDDEN: CloseCode
CLOSE_CODE_TOKEN_REVOKED: CloseCode
RECONNECT_ADVICE_UNSPECIFIED: ReconnectAdvice
RECONNECT_ADVICE_RECONNECT: ReconnectAdvice
RECONNECT_ADVICE_BACKOFF: ReconnectAdvice
RECONNECT_ADVICE_STOP: ReconnectAdvice

class Error(_message.Message):
    __slots__ = ("code", "message", "retryable", "retry_after_ms", "position")
    CODE_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    RETRYABLE_FIELD_NUMBER: _ClassVar[int]
    RETRY_AFTER_MS_FIELD_NUMBER: _ClassVar[int]
    POSITION_FIELD_NUMBER: _ClassVar[int]
    code: Code
    message: str
    retryable: bool
    retry_after_ms: int
    position: StreamPosition
    def __init__(self, code: _Optional[_Union[Code, str]] = ..., message: _Optional[str] = ..., retryable: _Optional[bool] = ..., retry_after_ms: _Optional[int] = ..., position: _Optional[_Union[StreamPosition, _Mapping]] = ...) -> None: ...

class StreamPosition(_message.Message):
    __slots__ = ("epoch", "offset")
    EPOCH_FIELD_NUMBER: _ClassVar[int]
    OFFSET_FIELD_NUMBER: _ClassVar[int]
    epoch: str
    offset: int
    def __init__(self, epoch: _Optional[str] = ..., offset: _Optional[int] = ...) -> None: ...
