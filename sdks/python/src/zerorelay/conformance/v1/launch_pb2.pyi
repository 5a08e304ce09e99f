from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class ServerConfig(_message.Message):
    __slots__ = ("max_frame_bytes", "auth_timeout_ms", "ping_interval_ms", "pong_timeout_ms", "max_subscriptions", "messages_per_second", "messages_burst", "max_queued_bytes", "max_bad_requests", "ack_wait_ms", "max_deliver", "max_in_flight", "retained_messages", "max_unread_age_ms")
    MAX_FRAME_BYTES_FIELD_NUMBER: _ClassVar[int]
    AUTH_TIMEOUT_MS_FIELD_NUMBER: _ClassVar[int]
    PING_INTERVAL_MS_FIELD_NUMBER: _ClassVar[int]
    PONG_TIMEOUT_MS_FIELD_NUMBER: _ClassVar[int]
    MAX_SUBSCRIPTIONS_FIELD_NUMBER: _ClassVar[int]
    MESSAGES_PER_SECOND_FIELD_NUMBER: _ClassVar[int]
    MESSAGES_BURST_FIELD_NUMBER: _ClassVar[int]
    MAX_QUEUED_BYTES_FIELD_NUMBER: _ClassVar[int]
    MAX_BAD_REQUESTS_FIELD_NUMBER: _ClassVar[int]
    ACK_WAIT_MS_FIELD_NUMBER: _ClassVar[int]
    MAX_DELIVER_FIELD_NUMBER: _ClassVar[int]
    MAX_IN_FLIGHT_FIELD_NUMBER: _ClassVar[int]
    RETAINED_MESSAGES_FIELD_NUMBER: _ClassVar[int]
    MAX_UNREAD_AGE_MS_FIELD_NUMBER: _ClassVar[int]
    max_frame_bytes: int
    auth_timeout_ms: int
    ping_interval_ms: int
    pong_timeout_ms: int
    max_subscriptions: int
    messages_per_second: int
    messages_burst: int
    max_queued_bytes: int
    max_bad_requests: int
    ack_wait_ms: int
    max_deliver: int
    max_in_flight: int
    retained_messages: int
    max_unread_age_ms: int
    def __init__(self, max_frame_bytes: _Optional[int] = ..., auth_timeout_ms: _Optional[int] = ..., ping_interval_ms: _Optional[int] = ..., pong_timeout_ms: _Optional[int] = ..., max_subscriptions: _Optional[int] = ..., messages_per_second: _Optional[int] = ..., messages_burst: _Optional[int] = ..., max_queued_bytes: _Optional[int] = ..., max_bad_requests: _Optional[int] = ..., ack_wait_ms: _Optional[int] = ..., max_deliver: _Optional[int] = ..., max_in_flight: _Optional[int] = ..., retained_messages: _Optional[int] = ..., max_unread_age_ms: _Optional[int] = ...) -> None: ...

class AuthConfig(_message.Message):
    __slots__ = ("hs256_secret", "rs256_public_key_pem", "issuer", "audience", "leeway_ms", "hs256_kid", "rs256_kid")
    HS256_SECRET_FIELD_NUMBER: _ClassVar[int]
    RS256_PUBLIC_KEY_PEM_FIELD_NUMBER: _ClassVar[int]
    ISSUER_FIELD_NUMBER: _ClassVar[int]
    AUDIENCE_FIELD_NUMBER: _ClassVar[int]
    LEEWAY_MS_FIELD_NUMBER: _ClassVar[int]
    HS256_KID_FIELD_NUMBER: _ClassVar[int]
    RS256_KID_FIELD_NUMBER: _ClassVar[int]
    hs256_secret: str
    rs256_public_key_pem: str
    issuer: str
    audience: str
    leeway_ms: int
    hs256_kid: str
    rs256_kid: str
    def __init__(self, hs256_secret: _Optional[str] = ..., rs256_public_key_pem: _Optional[str] = ..., issuer: _Optional[str] = ..., audience: _Optional[str] = ..., leeway_ms: _Optional[int] = ..., hs256_kid: _Optional[str] = ..., rs256_kid: _Optional[str] = ...) -> None: ...

class ServerLaunchRequest(_message.Message):
    __slots__ = ("config", "auth", "listen_host")
    CONFIG_FIELD_NUMBER: _ClassVar[int]
    AUTH_FIELD_NUMBER: _ClassVar[int]
    LISTEN_HOST_FIELD_NUMBER: _ClassVar[int]
    config: ServerConfig
    auth: AuthConfig
    listen_host: str
    def __init__(self, config: _Optional[_Union[ServerConfig, _Mapping]] = ..., auth: _Optional[_Union[AuthConfig, _Mapping]] = ..., listen_host: _Optional[str] = ...) -> None: ...

class ServerLaunchResponse(_message.Message):
    __slots__ = ("ws_url", "admin_url", "features", "effective_config", "error")
    WS_URL_FIELD_NUMBER: _ClassVar[int]
    ADMIN_URL_FIELD_NUMBER: _ClassVar[int]
    FEATURES_FIELD_NUMBER: _ClassVar[int]
    EFFECTIVE_CONFIG_FIELD_NUMBER: _ClassVar[int]
    ERROR_FIELD_NUMBER: _ClassVar[int]
    ws_url: str
    admin_url: str
    features: _containers.RepeatedScalarFieldContainer[str]
    effective_config: ServerConfig
    error: str
    def __init__(self, ws_url: _Optional[str] = ..., admin_url: _Optional[str] = ..., features: _Optional[_Iterable[str]] = ..., effective_config: _Optional[_Union[ServerConfig, _Mapping]] = ..., error: _Optional[str] = ...) -> None: ...

class TargetDescription(_message.Message):
    __slots__ = ("config", "auth", "features")
    CONFIG_FIELD_NUMBER: _ClassVar[int]
    AUTH_FIELD_NUMBER: _ClassVar[int]
    FEATURES_FIELD_NUMBER: _ClassVar[int]
    config: ServerConfig
    auth: AuthConfig
    features: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, config: _Optional[_Union[ServerConfig, _Mapping]] = ..., auth: _Optional[_Union[AuthConfig, _Mapping]] = ..., features: _Optional[_Iterable[str]] = ...) -> None: ...
