from google.protobuf import struct_pb2 as _struct_pb2
from zerorelay.conformance.v1 import driver_pb2 as _driver_pb2
from zerorelay.conformance.v1 import launch_pb2 as _launch_pb2
from zerorelay.v1 import errors_pb2 as _errors_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class Mode(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    MODE_UNSPECIFIED: _ClassVar[Mode]
    MODE_SERVER: _ClassVar[Mode]
    MODE_CLIENT: _ClassVar[Mode]
    MODE_BOTH: _ClassVar[Mode]

class Level(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    LEVEL_UNSPECIFIED: _ClassVar[Level]
    LEVEL_REQUIRED: _ClassVar[Level]
    LEVEL_RECOMMENDED: _ClassVar[Level]
    LEVEL_INFORMATIONAL: _ClassVar[Level]

class Codec(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    CODEC_UNSPECIFIED: _ClassVar[Codec]
    CODEC_BINARY: _ClassVar[Codec]
    CODEC_JSON: _ClassVar[Codec]

class Verdict(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    VERDICT_UNSPECIFIED: _ClassVar[Verdict]
    VERDICT_OK: _ClassVar[Verdict]
    VERDICT_NON_STRICT: _ClassVar[Verdict]
    VERDICT_INFORMATIONAL: _ClassVar[Verdict]

class TokenKind(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    TOKEN_KIND_UNSPECIFIED: _ClassVar[TokenKind]
    TOKEN_KIND_MISSING: _ClassVar[TokenKind]
    TOKEN_KIND_WRONG_KEY: _ClassVar[TokenKind]
    TOKEN_KIND_ALG_NONE: _ClassVar[TokenKind]
    TOKEN_KIND_ALG_NONE_UPPER: _ClassVar[TokenKind]
    TOKEN_KIND_STRIPPED_SIGNATURE: _ClassVar[TokenKind]
    TOKEN_KIND_ALG_CONFUSION: _ClassVar[TokenKind]
    TOKEN_KIND_EXPIRED: _ClassVar[TokenKind]
    TOKEN_KIND_NOT_YET_VALID: _ClassVar[TokenKind]
    TOKEN_KIND_WRONG_AUDIENCE: _ClassVar[TokenKind]
    TOKEN_KIND_WRONG_ISSUER: _ClassVar[TokenKind]
    TOKEN_KIND_MALFORMED: _ClassVar[TokenKind]
    TOKEN_KIND_RS256: _ClassVar[TokenKind]

class Transport(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    TRANSPORT_UNSPECIFIED: _ClassVar[Transport]
    TRANSPORT_RAW: _ClassVar[Transport]

class Handshake(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    HANDSHAKE_UNSPECIFIED: _ClassVar[Handshake]
    HANDSHAKE_SEND_CONNECT: _ClassVar[Handshake]
    HANDSHAKE_UPGRADE_ONLY: _ClassVar[Handshake]
MODE_UNSPECIFIED: Mode
MODE_SERVER: Mode
MODE_CLIENT: Mode
MODE_BOTH: Mode
LEVEL_UNSPECIFIED: Level
LEVEL_REQUIRED: Level
LEVEL_RECOMMENDED: Level
LEVEL_INFORMATIONAL: Level
CODEC_UNSPECIFIED: Codec
CODEC_BINARY: Codec
CODEC_JSON: Codec
VERDICT_UNSPECIFIED: Verdict
VERDICT_OK: Verdict
VERDICT_NON_STRICT: Verdict
VERDICT_INFORMATIONAL: Verdict
TOKEN_KIND_UNSPECIFIED: TokenKind
TOKEN_KIND_MISSING: TokenKind
TOKEN_KIND_WRONG_KEY: TokenKind
TOKEN_KIND_ALG_NONE: TokenKind
TOKEN_KIND_ALG_NONE_UPPER: TokenKind
TOKEN_KIND_STRIPPED_SIGNATURE: TokenKind
TOKEN_KIND_ALG_CONFUSION: TokenKind
TOKEN_KIND_EXPIRED: TokenKind
TOKEN_KIND_NOT_YET_VALID: TokenKind
TOKEN_KIND_WRONG_AUDIENCE: TokenKind
TOKEN_KIND_WRONG_ISSUER: TokenKind
TOKEN_KIND_MALFORMED: TokenKind
TOKEN_KIND_RS256: TokenKind
TRANSPORT_UNSPECIFIED: Transport
TRANSPORT_RAW: Transport
HANDSHAKE_UNSPECIFIED: Handshake
HANDSHAKE_SEND_CONNECT: Handshake
HANDSHAKE_UPGRADE_ONLY: Handshake

class ScenarioFile(_message.Message):
    __slots__ = ("suite", "scenarios")
    SUITE_FIELD_NUMBER: _ClassVar[int]
    SCENARIOS_FIELD_NUMBER: _ClassVar[int]
    suite: str
    scenarios: _containers.RepeatedCompositeFieldContainer[Scenario]
    def __init__(self, suite: _Optional[str] = ..., scenarios: _Optional[_Iterable[_Union[Scenario, _Mapping]]] = ...) -> None: ...

class Scenario(_message.Message):
    __slots__ = ("name", "modes", "level", "requires", "server_config", "actors", "steps", "timeout_ms", "spec_ref", "codecs", "allow_extra", "description")
    NAME_FIELD_NUMBER: _ClassVar[int]
    MODES_FIELD_NUMBER: _ClassVar[int]
    LEVEL_FIELD_NUMBER: _ClassVar[int]
    REQUIRES_FIELD_NUMBER: _ClassVar[int]
    SERVER_CONFIG_FIELD_NUMBER: _ClassVar[int]
    ACTORS_FIELD_NUMBER: _ClassVar[int]
    STEPS_FIELD_NUMBER: _ClassVar[int]
    TIMEOUT_MS_FIELD_NUMBER: _ClassVar[int]
    SPEC_REF_FIELD_NUMBER: _ClassVar[int]
    CODECS_FIELD_NUMBER: _ClassVar[int]
    ALLOW_EXTRA_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    name: str
    modes: _containers.RepeatedScalarFieldContainer[Mode]
    level: Level
    requires: _containers.RepeatedScalarFieldContainer[str]
    server_config: _launch_pb2.ServerConfig
    actors: _containers.RepeatedCompositeFieldContainer[Actor]
    steps: _containers.RepeatedCompositeFieldContainer[Step]
    timeout_ms: int
    spec_ref: str
    codecs: _containers.RepeatedScalarFieldContainer[Codec]
    allow_extra: bool
    description: str
    def __init__(self, name: _Optional[str] = ..., modes: _Optional[_Iterable[_Union[Mode, str]]] = ..., level: _Optional[_Union[Level, str]] = ..., requires: _Optional[_Iterable[str]] = ..., server_config: _Optional[_Union[_launch_pb2.ServerConfig, _Mapping]] = ..., actors: _Optional[_Iterable[_Union[Actor, _Mapping]]] = ..., steps: _Optional[_Iterable[_Union[Step, _Mapping]]] = ..., timeout_ms: _Optional[int] = ..., spec_ref: _Optional[str] = ..., codecs: _Optional[_Iterable[_Union[Codec, str]]] = ..., allow_extra: _Optional[bool] = ..., description: _Optional[str] = ...) -> None: ...

class Actor(_message.Message):
    __slots__ = ("id", "claims", "token", "transport", "ignore_pings", "sdk")
    ID_FIELD_NUMBER: _ClassVar[int]
    CLAIMS_FIELD_NUMBER: _ClassVar[int]
    TOKEN_FIELD_NUMBER: _ClassVar[int]
    TRANSPORT_FIELD_NUMBER: _ClassVar[int]
    IGNORE_PINGS_FIELD_NUMBER: _ClassVar[int]
    SDK_FIELD_NUMBER: _ClassVar[int]
    id: str
    claims: _struct_pb2.Struct
    token: TokenKind
    transport: Transport
    ignore_pings: bool
    sdk: SdkOptions
    def __init__(self, id: _Optional[str] = ..., claims: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ..., token: _Optional[_Union[TokenKind, str]] = ..., transport: _Optional[_Union[Transport, str]] = ..., ignore_pings: _Optional[bool] = ..., sdk: _Optional[_Union[SdkOptions, _Mapping]] = ...) -> None: ...

class SdkOptions(_message.Message):
    __slots__ = ("reconnect", "ping_interval_ms", "pong_timeout_ms", "ack_delay_ms")
    RECONNECT_FIELD_NUMBER: _ClassVar[int]
    PING_INTERVAL_MS_FIELD_NUMBER: _ClassVar[int]
    PONG_TIMEOUT_MS_FIELD_NUMBER: _ClassVar[int]
    ACK_DELAY_MS_FIELD_NUMBER: _ClassVar[int]
    reconnect: _driver_pb2.ReconnectPolicy
    ping_interval_ms: int
    pong_timeout_ms: int
    ack_delay_ms: int
    def __init__(self, reconnect: _Optional[_Union[_driver_pb2.ReconnectPolicy, _Mapping]] = ..., ping_interval_ms: _Optional[int] = ..., pong_timeout_ms: _Optional[int] = ..., ack_delay_ms: _Optional[int] = ...) -> None: ...

class Step(_message.Message):
    __slots__ = ("connect", "send", "send_raw", "expect", "expect_none", "expect_close", "control", "any_of", "api", "expect_event", "server", "expect_observed", "loop")
    CONNECT_FIELD_NUMBER: _ClassVar[int]
    SEND_FIELD_NUMBER: _ClassVar[int]
    SEND_RAW_FIELD_NUMBER: _ClassVar[int]
    EXPECT_FIELD_NUMBER: _ClassVar[int]
    EXPECT_NONE_FIELD_NUMBER: _ClassVar[int]
    EXPECT_CLOSE_FIELD_NUMBER: _ClassVar[int]
    CONTROL_FIELD_NUMBER: _ClassVar[int]
    ANY_OF_FIELD_NUMBER: _ClassVar[int]
    API_FIELD_NUMBER: _ClassVar[int]
    EXPECT_EVENT_FIELD_NUMBER: _ClassVar[int]
    SERVER_FIELD_NUMBER: _ClassVar[int]
    EXPECT_OBSERVED_FIELD_NUMBER: _ClassVar[int]
    LOOP_FIELD_NUMBER: _ClassVar[int]
    connect: ConnectStep
    send: SendFrame
    send_raw: SendRaw
    expect: ExpectFrame
    expect_none: ExpectNone
    expect_close: ExpectClose
    control: Control
    any_of: AnyOf
    api: ApiCall
    expect_event: ExpectEvent
    server: ServerScript
    expect_observed: ExpectObserved
    loop: Loop
    def __init__(self, connect: _Optional[_Union[ConnectStep, _Mapping]] = ..., send: _Optional[_Union[SendFrame, _Mapping]] = ..., send_raw: _Optional[_Union[SendRaw, _Mapping]] = ..., expect: _Optional[_Union[ExpectFrame, _Mapping]] = ..., expect_none: _Optional[_Union[ExpectNone, _Mapping]] = ..., expect_close: _Optional[_Union[ExpectClose, _Mapping]] = ..., control: _Optional[_Union[Control, _Mapping]] = ..., any_of: _Optional[_Union[AnyOf, _Mapping]] = ..., api: _Optional[_Union[ApiCall, _Mapping]] = ..., expect_event: _Optional[_Union[ExpectEvent, _Mapping]] = ..., server: _Optional[_Union[ServerScript, _Mapping]] = ..., expect_observed: _Optional[_Union[ExpectObserved, _Mapping]] = ..., loop: _Optional[_Union[Loop, _Mapping]] = ...) -> None: ...

class ConnectStep(_message.Message):
    __slots__ = ("actor", "handshake", "token_in_header", "subprotocols", "no_subprotocol", "expect_http_status", "within_ms", "id")
    ACTOR_FIELD_NUMBER: _ClassVar[int]
    HANDSHAKE_FIELD_NUMBER: _ClassVar[int]
    TOKEN_IN_HEADER_FIELD_NUMBER: _ClassVar[int]
    SUBPROTOCOLS_FIELD_NUMBER: _ClassVar[int]
    NO_SUBPROTOCOL_FIELD_NUMBER: _ClassVar[int]
    EXPECT_HTTP_STATUS_FIELD_NUMBER: _ClassVar[int]
    WITHIN_MS_FIELD_NUMBER: _ClassVar[int]
    ID_FIELD_NUMBER: _ClassVar[int]
    actor: str
    handshake: Handshake
    token_in_header: bool
    subprotocols: _containers.RepeatedScalarFieldContainer[str]
    no_subprotocol: bool
    expect_http_status: _containers.RepeatedScalarFieldContainer[int]
    within_ms: int
    id: int
    def __init__(self, actor: _Optional[str] = ..., handshake: _Optional[_Union[Handshake, str]] = ..., token_in_header: _Optional[bool] = ..., subprotocols: _Optional[_Iterable[str]] = ..., no_subprotocol: _Optional[bool] = ..., expect_http_status: _Optional[_Iterable[int]] = ..., within_ms: _Optional[int] = ..., id: _Optional[int] = ...) -> None: ...

class SendFrame(_message.Message):
    __slots__ = ("actor", "frame", "repeat")
    ACTOR_FIELD_NUMBER: _ClassVar[int]
    FRAME_FIELD_NUMBER: _ClassVar[int]
    REPEAT_FIELD_NUMBER: _ClassVar[int]
    actor: str
    frame: _struct_pb2.Value
    repeat: int
    def __init__(self, actor: _Optional[str] = ..., frame: _Optional[_Union[_struct_pb2.Value, _Mapping]] = ..., repeat: _Optional[int] = ...) -> None: ...

class Blob(_message.Message):
    __slots__ = ("base64", "hex", "text", "fill")
    BASE64_FIELD_NUMBER: _ClassVar[int]
    HEX_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    FILL_FIELD_NUMBER: _ClassVar[int]
    base64: str
    hex: str
    text: str
    fill: Fill
    def __init__(self, base64: _Optional[str] = ..., hex: _Optional[str] = ..., text: _Optional[str] = ..., fill: _Optional[_Union[Fill, _Mapping]] = ...) -> None: ...

class Fill(_message.Message):
    __slots__ = ("byte", "len")
    BYTE_FIELD_NUMBER: _ClassVar[int]
    LEN_FIELD_NUMBER: _ClassVar[int]
    byte: int
    len: int
    def __init__(self, byte: _Optional[int] = ..., len: _Optional[int] = ...) -> None: ...

class WsFrame(_message.Message):
    __slots__ = ("fin", "rsv", "opcode", "unmasked", "payload")
    FIN_FIELD_NUMBER: _ClassVar[int]
    RSV_FIELD_NUMBER: _ClassVar[int]
    OPCODE_FIELD_NUMBER: _ClassVar[int]
    UNMASKED_FIELD_NUMBER: _ClassVar[int]
    PAYLOAD_FIELD_NUMBER: _ClassVar[int]
    fin: bool
    rsv: int
    opcode: int
    unmasked: bool
    payload: Blob
    def __init__(self, fin: _Optional[bool] = ..., rsv: _Optional[int] = ..., opcode: _Optional[int] = ..., unmasked: _Optional[bool] = ..., payload: _Optional[_Union[Blob, _Mapping]] = ...) -> None: ...

class SendRaw(_message.Message):
    __slots__ = ("actor", "binary", "text", "ws_frame", "repeat")
    ACTOR_FIELD_NUMBER: _ClassVar[int]
    BINARY_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    WS_FRAME_FIELD_NUMBER: _ClassVar[int]
    REPEAT_FIELD_NUMBER: _ClassVar[int]
    actor: str
    binary: Blob
    text: Blob
    ws_frame: WsFrame
    repeat: int
    def __init__(self, actor: _Optional[str] = ..., binary: _Optional[_Union[Blob, _Mapping]] = ..., text: _Optional[_Union[Blob, _Mapping]] = ..., ws_frame: _Optional[_Union[WsFrame, _Mapping]] = ..., repeat: _Optional[int] = ...) -> None: ...

class ExpectFrame(_message.Message):
    __slots__ = ("actor", "frame", "within_ms", "after_ms", "repeat", "unordered")
    ACTOR_FIELD_NUMBER: _ClassVar[int]
    FRAME_FIELD_NUMBER: _ClassVar[int]
    WITHIN_MS_FIELD_NUMBER: _ClassVar[int]
    AFTER_MS_FIELD_NUMBER: _ClassVar[int]
    REPEAT_FIELD_NUMBER: _ClassVar[int]
    UNORDERED_FIELD_NUMBER: _ClassVar[int]
    actor: str
    frame: _struct_pb2.Value
    within_ms: int
    after_ms: int
    repeat: int
    unordered: bool
    def __init__(self, actor: _Optional[str] = ..., frame: _Optional[_Union[_struct_pb2.Value, _Mapping]] = ..., within_ms: _Optional[int] = ..., after_ms: _Optional[int] = ..., repeat: _Optional[int] = ..., unordered: _Optional[bool] = ...) -> None: ...

class ExpectNone(_message.Message):
    __slots__ = ("actor", "match", "for_ms")
    ACTOR_FIELD_NUMBER: _ClassVar[int]
    MATCH_FIELD_NUMBER: _ClassVar[int]
    FOR_MS_FIELD_NUMBER: _ClassVar[int]
    actor: str
    match: _struct_pb2.Value
    for_ms: int
    def __init__(self, actor: _Optional[str] = ..., match: _Optional[_Union[_struct_pb2.Value, _Mapping]] = ..., for_ms: _Optional[int] = ...) -> None: ...

class ExpectClose(_message.Message):
    __slots__ = ("actor", "codes", "within_ms", "after_ms", "disconnect_frame")
    ACTOR_FIELD_NUMBER: _ClassVar[int]
    CODES_FIELD_NUMBER: _ClassVar[int]
    WITHIN_MS_FIELD_NUMBER: _ClassVar[int]
    AFTER_MS_FIELD_NUMBER: _ClassVar[int]
    DISCONNECT_FRAME_FIELD_NUMBER: _ClassVar[int]
    actor: str
    codes: _containers.RepeatedScalarFieldContainer[_errors_pb2.CloseCode]
    within_ms: int
    after_ms: int
    disconnect_frame: bool
    def __init__(self, actor: _Optional[str] = ..., codes: _Optional[_Iterable[_Union[_errors_pb2.CloseCode, str]]] = ..., within_ms: _Optional[int] = ..., after_ms: _Optional[int] = ..., disconnect_frame: _Optional[bool] = ...) -> None: ...

class CloseFrame(_message.Message):
    __slots__ = ("code", "reason", "empty")
    CODE_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    EMPTY_FIELD_NUMBER: _ClassVar[int]
    code: int
    reason: str
    empty: bool
    def __init__(self, code: _Optional[int] = ..., reason: _Optional[str] = ..., empty: _Optional[bool] = ...) -> None: ...

class Control(_message.Message):
    __slots__ = ("actor", "pause_reading", "resume_reading", "drop_tcp", "sleep_ms", "close")
    ACTOR_FIELD_NUMBER: _ClassVar[int]
    PAUSE_READING_FIELD_NUMBER: _ClassVar[int]
    RESUME_READING_FIELD_NUMBER: _ClassVar[int]
    DROP_TCP_FIELD_NUMBER: _ClassVar[int]
    SLEEP_MS_FIELD_NUMBER: _ClassVar[int]
    CLOSE_FIELD_NUMBER: _ClassVar[int]
    actor: str
    pause_reading: bool
    resume_reading: bool
    drop_tcp: bool
    sleep_ms: int
    close: CloseFrame
    def __init__(self, actor: _Optional[str] = ..., pause_reading: _Optional[bool] = ..., resume_reading: _Optional[bool] = ..., drop_tcp: _Optional[bool] = ..., sleep_ms: _Optional[int] = ..., close: _Optional[_Union[CloseFrame, _Mapping]] = ...) -> None: ...

class AnyOf(_message.Message):
    __slots__ = ("branches",)
    BRANCHES_FIELD_NUMBER: _ClassVar[int]
    branches: _containers.RepeatedCompositeFieldContainer[Branch]
    def __init__(self, branches: _Optional[_Iterable[_Union[Branch, _Mapping]]] = ...) -> None: ...

class ApiCall(_message.Message):
    __slots__ = ("actor", "connect", "subscribe", "unsubscribe", "publish", "ack", "close", "set_token", "pause_reading", "resume_reading", "id_as")
    ACTOR_FIELD_NUMBER: _ClassVar[int]
    CONNECT_FIELD_NUMBER: _ClassVar[int]
    SUBSCRIBE_FIELD_NUMBER: _ClassVar[int]
    UNSUBSCRIBE_FIELD_NUMBER: _ClassVar[int]
    PUBLISH_FIELD_NUMBER: _ClassVar[int]
    ACK_FIELD_NUMBER: _ClassVar[int]
    CLOSE_FIELD_NUMBER: _ClassVar[int]
    SET_TOKEN_FIELD_NUMBER: _ClassVar[int]
    PAUSE_READING_FIELD_NUMBER: _ClassVar[int]
    RESUME_READING_FIELD_NUMBER: _ClassVar[int]
    ID_AS_FIELD_NUMBER: _ClassVar[int]
    actor: str
    connect: bool
    subscribe: _driver_pb2.SubscribeCommand
    unsubscribe: _driver_pb2.UnsubscribeCommand
    publish: _driver_pb2.PublishCommand
    ack: _driver_pb2.AckCommand
    close: bool
    set_token: TokenKind
    pause_reading: bool
    resume_reading: bool
    id_as: str
    def __init__(self, actor: _Optional[str] = ..., connect: _Optional[bool] = ..., subscribe: _Optional[_Union[_driver_pb2.SubscribeCommand, _Mapping]] = ..., unsubscribe: _Optional[_Union[_driver_pb2.UnsubscribeCommand, _Mapping]] = ..., publish: _Optional[_Union[_driver_pb2.PublishCommand, _Mapping]] = ..., ack: _Optional[_Union[_driver_pb2.AckCommand, _Mapping]] = ..., close: _Optional[bool] = ..., set_token: _Optional[_Union[TokenKind, str]] = ..., pause_reading: _Optional[bool] = ..., resume_reading: _Optional[bool] = ..., id_as: _Optional[str] = ...) -> None: ...

class ExpectEvent(_message.Message):
    __slots__ = ("actor", "event", "within_ms", "after_ms", "repeat", "unordered")
    ACTOR_FIELD_NUMBER: _ClassVar[int]
    EVENT_FIELD_NUMBER: _ClassVar[int]
    WITHIN_MS_FIELD_NUMBER: _ClassVar[int]
    AFTER_MS_FIELD_NUMBER: _ClassVar[int]
    REPEAT_FIELD_NUMBER: _ClassVar[int]
    UNORDERED_FIELD_NUMBER: _ClassVar[int]
    actor: str
    event: _struct_pb2.Value
    within_ms: int
    after_ms: int
    repeat: int
    unordered: bool
    def __init__(self, actor: _Optional[str] = ..., event: _Optional[_Union[_struct_pb2.Value, _Mapping]] = ..., within_ms: _Optional[int] = ..., after_ms: _Optional[int] = ..., repeat: _Optional[int] = ..., unordered: _Optional[bool] = ...) -> None: ...

class ServerScript(_message.Message):
    __slots__ = ("actor", "refuse_upgrades", "close", "send", "stop_answering", "drop_tcp")
    ACTOR_FIELD_NUMBER: _ClassVar[int]
    REFUSE_UPGRADES_FIELD_NUMBER: _ClassVar[int]
    CLOSE_FIELD_NUMBER: _ClassVar[int]
    SEND_FIELD_NUMBER: _ClassVar[int]
    STOP_ANSWERING_FIELD_NUMBER: _ClassVar[int]
    DROP_TCP_FIELD_NUMBER: _ClassVar[int]
    actor: str
    refuse_upgrades: RefuseUpgrades
    close: CloseFrame
    send: _struct_pb2.Value
    stop_answering: bool
    drop_tcp: bool
    def __init__(self, actor: _Optional[str] = ..., refuse_upgrades: _Optional[_Union[RefuseUpgrades, _Mapping]] = ..., close: _Optional[_Union[CloseFrame, _Mapping]] = ..., send: _Optional[_Union[_struct_pb2.Value, _Mapping]] = ..., stop_answering: _Optional[bool] = ..., drop_tcp: _Optional[bool] = ...) -> None: ...

class RefuseUpgrades(_message.Message):
    __slots__ = ("count", "http_status", "retry_after_s")
    COUNT_FIELD_NUMBER: _ClassVar[int]
    HTTP_STATUS_FIELD_NUMBER: _ClassVar[int]
    RETRY_AFTER_S_FIELD_NUMBER: _ClassVar[int]
    count: int
    http_status: int
    retry_after_s: int
    def __init__(self, count: _Optional[int] = ..., http_status: _Optional[int] = ..., retry_after_s: _Optional[int] = ...) -> None: ...

class ExpectObserved(_message.Message):
    __slots__ = ("actor", "frame", "upgrades", "within_ms", "repeat", "first")
    ACTOR_FIELD_NUMBER: _ClassVar[int]
    FRAME_FIELD_NUMBER: _ClassVar[int]
    UPGRADES_FIELD_NUMBER: _ClassVar[int]
    WITHIN_MS_FIELD_NUMBER: _ClassVar[int]
    REPEAT_FIELD_NUMBER: _ClassVar[int]
    FIRST_FIELD_NUMBER: _ClassVar[int]
    actor: str
    frame: _struct_pb2.Value
    upgrades: UpgradeAttempts
    within_ms: int
    repeat: int
    first: bool
    def __init__(self, actor: _Optional[str] = ..., frame: _Optional[_Union[_struct_pb2.Value, _Mapping]] = ..., upgrades: _Optional[_Union[UpgradeAttempts, _Mapping]] = ..., within_ms: _Optional[int] = ..., repeat: _Optional[int] = ..., first: _Optional[bool] = ...) -> None: ...

class UpgradeAttempts(_message.Message):
    __slots__ = ("count", "gaps_ms", "skip", "exact")
    COUNT_FIELD_NUMBER: _ClassVar[int]
    GAPS_MS_FIELD_NUMBER: _ClassVar[int]
    SKIP_FIELD_NUMBER: _ClassVar[int]
    EXACT_FIELD_NUMBER: _ClassVar[int]
    count: int
    gaps_ms: _containers.RepeatedCompositeFieldContainer[Window]
    skip: int
    exact: bool
    def __init__(self, count: _Optional[int] = ..., gaps_ms: _Optional[_Iterable[_Union[Window, _Mapping]]] = ..., skip: _Optional[int] = ..., exact: _Optional[bool] = ...) -> None: ...

class Window(_message.Message):
    __slots__ = ("min", "max")
    MIN_FIELD_NUMBER: _ClassVar[int]
    MAX_FIELD_NUMBER: _ClassVar[int]
    min: int
    max: int
    def __init__(self, min: _Optional[int] = ..., max: _Optional[int] = ...) -> None: ...

class Loop(_message.Message):
    __slots__ = ("count", "steps")
    COUNT_FIELD_NUMBER: _ClassVar[int]
    STEPS_FIELD_NUMBER: _ClassVar[int]
    count: int
    steps: _containers.RepeatedCompositeFieldContainer[Step]
    def __init__(self, count: _Optional[int] = ..., steps: _Optional[_Iterable[_Union[Step, _Mapping]]] = ...) -> None: ...

class Branch(_message.Message):
    __slots__ = ("verdict", "note", "steps")
    VERDICT_FIELD_NUMBER: _ClassVar[int]
    NOTE_FIELD_NUMBER: _ClassVar[int]
    STEPS_FIELD_NUMBER: _ClassVar[int]
    verdict: Verdict
    note: str
    steps: _containers.RepeatedCompositeFieldContainer[Step]
    def __init__(self, verdict: _Optional[_Union[Verdict, str]] = ..., note: _Optional[str] = ..., steps: _Optional[_Iterable[_Union[Step, _Mapping]]] = ...) -> None: ...
