/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/light.js";

const $root = ($protobuf.roots["zerorelay_conformance_descriptor"] || ($protobuf.roots["zerorelay_conformance_descriptor"] = new $protobuf.Root()))
.addJSON({
  "zerorelay": {
    "nested": {
      "v1": {
        "options": {
          "go_package": "github.com/zerorelay/zerorelay/sdks/go/internal/gen/zerorelay/v1;zerorelayv1"
        },
        "nested": {
          "Error": {
            "fields": {
              "code": {
                "type": ".zerorelay.v1.Code",
                "id": 1
              },
              "message": {
                "type": "string",
                "id": 2
              },
              "retryable": {
                "type": "bool",
                "id": 3
              },
              "retry_after_ms": {
                "type": "uint32",
                "id": 4
              },
              "position": {
                "type": ".zerorelay.v1.StreamPosition",
                "id": 5
              }
            }
          },
          "StreamPosition": {
            "fields": {
              "epoch": {
                "type": "string",
                "id": 1
              },
              "offset": {
                "type": "uint64",
                "id": 2
              }
            }
          },
          "Code": {
            "values": {
              "CODE_UNSPECIFIED": 0,
              "CODE_BAD_REQUEST": 1,
              "CODE_UNAUTHENTICATED": 2,
              "CODE_PERMISSION_DENIED": 3,
              "CODE_INVALID_TOPIC": 4,
              "CODE_NOT_FOUND": 5,
              "CODE_ALREADY_SUBSCRIBED": 6,
              "CODE_LIMIT_EXCEEDED": 7,
              "CODE_RATE_LIMITED": 8,
              "CODE_UNRECOVERABLE_POSITION": 9,
              "CODE_UNAVAILABLE": 10,
              "CODE_INTERNAL": 11,
              "CODE_TOKEN_EXPIRED": 12,
              "CODE_UNIMPLEMENTED": 13,
              "CODE_CANCELED": 14,
              "CODE_DEADLINE_EXCEEDED": 15
            }
          },
          "CloseCode": {
            "values": {
              "CLOSE_CODE_UNSPECIFIED": 0,
              "CLOSE_CODE_NORMAL": 1000,
              "CLOSE_CODE_GOING_AWAY": 1001,
              "CLOSE_CODE_PROTOCOL_ERROR": 1002,
              "CLOSE_CODE_UNSUPPORTED_DATA": 1003,
              "CLOSE_CODE_ABNORMAL": 1006,
              "CLOSE_CODE_INVALID_PAYLOAD": 1007,
              "CLOSE_CODE_POLICY_VIOLATION": 1008,
              "CLOSE_CODE_MESSAGE_TOO_BIG": 1009,
              "CLOSE_CODE_INTERNAL_ERROR": 1011,
              "CLOSE_CODE_SERVICE_RESTART": 1012,
              "CLOSE_CODE_TRY_AGAIN_LATER": 1013,
              "CLOSE_CODE_SHUTDOWN": 4000,
              "CLOSE_CODE_TOKEN_EXPIRED": 4001,
              "CLOSE_CODE_SLOW_CONSUMER": 4008,
              "CLOSE_CODE_PING_TIMEOUT": 4012,
              "CLOSE_CODE_AUTH_TIMEOUT": 4300,
              "CLOSE_CODE_CONNECTION_LIMIT": 4303,
              "CLOSE_CODE_RATE_LIMITED": 4329,
              "CLOSE_CODE_BAD_REQUEST": 4500,
              "CLOSE_CODE_UNAUTHENTICATED": 4501,
              "CLOSE_CODE_FORBIDDEN": 4503,
              "CLOSE_CODE_TOKEN_REVOKED": 4504
            }
          },
          "ReconnectAdvice": {
            "values": {
              "RECONNECT_ADVICE_UNSPECIFIED": 0,
              "RECONNECT_ADVICE_RECONNECT": 1,
              "RECONNECT_ADVICE_BACKOFF": 2,
              "RECONNECT_ADVICE_STOP": 3
            }
          },
          "ClientFrame": {
            "oneofs": {
              "kind": {
                "oneof": [
                  "connect",
                  "subscribe",
                  "unsubscribe",
                  "publish",
                  "ack",
                  "refresh",
                  "ping"
                ]
              }
            },
            "fields": {
              "id": {
                "type": "uint32",
                "id": 1
              },
              "connect": {
                "type": ".zerorelay.v1.Connect",
                "id": 2
              },
              "subscribe": {
                "type": ".zerorelay.v1.Subscribe",
                "id": 3
              },
              "unsubscribe": {
                "type": ".zerorelay.v1.Unsubscribe",
                "id": 4
              },
              "publish": {
                "type": ".zerorelay.v1.Publish",
                "id": 5
              },
              "ack": {
                "type": ".zerorelay.v1.Ack",
                "id": 6
              },
              "refresh": {
                "type": ".zerorelay.v1.Refresh",
                "id": 7
              },
              "ping": {
                "type": ".zerorelay.v1.Ping",
                "id": 8
              }
            }
          },
          "ServerFrame": {
            "oneofs": {
              "kind": {
                "oneof": [
                  "connected",
                  "subscribe_ack",
                  "unsubscribe_ack",
                  "delivery",
                  "publish_ack",
                  "error",
                  "pong",
                  "disconnect",
                  "refreshed",
                  "gap"
                ]
              }
            },
            "fields": {
              "id": {
                "type": "uint32",
                "id": 1
              },
              "connected": {
                "type": ".zerorelay.v1.Connected",
                "id": 2
              },
              "subscribe_ack": {
                "type": ".zerorelay.v1.SubscribeAck",
                "id": 3
              },
              "unsubscribe_ack": {
                "type": ".zerorelay.v1.UnsubscribeAck",
                "id": 4
              },
              "delivery": {
                "type": ".zerorelay.v1.Delivery",
                "id": 5
              },
              "publish_ack": {
                "type": ".zerorelay.v1.PublishAck",
                "id": 6
              },
              "error": {
                "type": ".zerorelay.v1.Error",
                "id": 7
              },
              "pong": {
                "type": ".zerorelay.v1.Pong",
                "id": 8
              },
              "disconnect": {
                "type": ".zerorelay.v1.Disconnect",
                "id": 9
              },
              "refreshed": {
                "type": ".zerorelay.v1.Refreshed",
                "id": 10
              },
              "gap": {
                "type": ".zerorelay.v1.Gap",
                "id": 11
              }
            }
          },
          "Connect": {
            "fields": {
              "token": {
                "type": "string",
                "id": 1
              },
              "client_name": {
                "type": "string",
                "id": 2
              },
              "client_version": {
                "type": "string",
                "id": 3
              },
              "resume": {
                "type": ".zerorelay.v1.ResumeInfo",
                "id": 4
              }
            }
          },
          "ResumeInfo": {
            "fields": {
              "previous_session_id": {
                "type": "string",
                "id": 1
              },
              "attempt": {
                "type": "uint32",
                "id": 2
              }
            }
          },
          "Subscribe": {
            "fields": {
              "topic": {
                "type": "string",
                "id": 1
              },
              "mode": {
                "type": ".zerorelay.v1.DeliveryMode",
                "id": 2
              },
              "resume_after": {
                "type": ".zerorelay.v1.StreamPosition",
                "id": 3
              },
              "max_in_flight": {
                "type": "uint32",
                "id": 4
              }
            }
          },
          "Unsubscribe": {
            "fields": {
              "topic": {
                "type": "string",
                "id": 1
              }
            }
          },
          "Publish": {
            "fields": {
              "topic": {
                "type": "string",
                "id": 1
              },
              "payload": {
                "type": "bytes",
                "id": 2
              },
              "headers": {
                "keyType": "string",
                "type": "string",
                "id": 3
              },
              "idempotency_key": {
                "type": "string",
                "id": 4
              },
              "ack": {
                "type": "bool",
                "id": 5
              }
            }
          },
          "Ack": {
            "fields": {
              "topic": {
                "type": "string",
                "id": 1
              },
              "epoch": {
                "type": "string",
                "id": 2
              },
              "offset": {
                "type": "uint64",
                "id": 3
              }
            }
          },
          "Refresh": {
            "fields": {
              "token": {
                "type": "string",
                "id": 1
              }
            }
          },
          "Ping": {
            "fields": {
              "client_time_ms": {
                "type": "uint64",
                "id": 1
              }
            }
          },
          "Connected": {
            "fields": {
              "session_id": {
                "type": "string",
                "id": 1
              },
              "server_version": {
                "type": "string",
                "id": 2
              },
              "limits": {
                "type": ".zerorelay.v1.Limits",
                "id": 3
              },
              "subject": {
                "type": "string",
                "id": 4
              },
              "token_expires_at_ms": {
                "type": "uint64",
                "id": 5
              },
              "features": {
                "rule": "repeated",
                "type": "string",
                "id": 6
              }
            }
          },
          "Limits": {
            "fields": {
              "max_frame_bytes": {
                "type": "uint32",
                "id": 1
              },
              "ping_interval_ms": {
                "type": "uint32",
                "id": 2
              },
              "pong_timeout_ms": {
                "type": "uint32",
                "id": 3
              },
              "messages_per_second": {
                "type": "uint32",
                "id": 4
              },
              "messages_burst": {
                "type": "uint32",
                "id": 5
              },
              "bytes_per_second": {
                "type": "uint32",
                "id": 6
              },
              "bytes_burst": {
                "type": "uint32",
                "id": 7
              },
              "max_subscriptions": {
                "type": "uint32",
                "id": 8
              },
              "max_in_flight": {
                "type": "uint32",
                "id": 9
              },
              "ack_wait_ms": {
                "type": "uint32",
                "id": 10
              },
              "max_deliver": {
                "type": "uint32",
                "id": 11
              }
            }
          },
          "SubscribeAck": {
            "fields": {
              "topic": {
                "type": "string",
                "id": 1
              },
              "position": {
                "type": ".zerorelay.v1.StreamPosition",
                "id": 2
              },
              "max_in_flight": {
                "type": "uint32",
                "id": 3
              },
              "mode": {
                "type": ".zerorelay.v1.DeliveryMode",
                "id": 4
              }
            }
          },
          "UnsubscribeAck": {
            "fields": {
              "topic": {
                "type": "string",
                "id": 1
              },
              "position": {
                "type": ".zerorelay.v1.StreamPosition",
                "id": 2
              }
            }
          },
          "Delivery": {
            "fields": {
              "topic": {
                "type": "string",
                "id": 1
              },
              "payload": {
                "type": "bytes",
                "id": 2
              },
              "headers": {
                "keyType": "string",
                "type": "string",
                "id": 3
              },
              "epoch": {
                "type": "string",
                "id": 4
              },
              "offset": {
                "type": "uint64",
                "id": 5
              },
              "published_at_ms": {
                "type": "uint64",
                "id": 6
              },
              "delivery_count": {
                "type": "uint32",
                "id": 7
              }
            }
          },
          "PublishAck": {
            "fields": {
              "topic": {
                "type": "string",
                "id": 1
              },
              "epoch": {
                "type": "string",
                "id": 2
              },
              "offset": {
                "type": "uint64",
                "id": 3
              },
              "duplicate": {
                "type": "bool",
                "id": 4
              }
            }
          },
          "Refreshed": {
            "fields": {
              "token_expires_at_ms": {
                "type": "uint64",
                "id": 1
              }
            }
          },
          "Pong": {
            "fields": {
              "client_time_ms": {
                "type": "uint64",
                "id": 1
              },
              "server_time_ms": {
                "type": "uint64",
                "id": 2
              }
            }
          },
          "Gap": {
            "fields": {
              "topic": {
                "type": "string",
                "id": 1
              },
              "dropped": {
                "type": "uint64",
                "id": 2
              }
            }
          },
          "Disconnect": {
            "fields": {
              "code": {
                "type": ".zerorelay.v1.CloseCode",
                "id": 1
              },
              "reason": {
                "type": "string",
                "id": 2
              },
              "advice": {
                "type": ".zerorelay.v1.ReconnectAdvice",
                "id": 3
              },
              "retry_after_ms": {
                "type": "uint32",
                "id": 4
              }
            }
          },
          "DeliveryMode": {
            "values": {
              "DELIVERY_MODE_UNSPECIFIED": 0,
              "DELIVERY_MODE_AT_MOST_ONCE": 1,
              "DELIVERY_MODE_AT_LEAST_ONCE": 2
            }
          }
        }
      },
      "conformance": {
        "nested": {
          "v1": {
            "options": {
              "go_package": "github.com/zerorelay/zerorelay/sdks/go/internal/gen/zerorelay/conformance/v1;conformancev1"
            },
            "nested": {
              "DriverCommand": {
                "oneofs": {
                  "kind": {
                    "oneof": [
                      "hello",
                      "connect",
                      "subscribe",
                      "unsubscribe",
                      "publish",
                      "ack",
                      "close",
                      "set_token",
                      "pause_reading",
                      "resume_reading"
                    ]
                  }
                },
                "fields": {
                  "id": {
                    "type": "uint64",
                    "id": 1
                  },
                  "hello": {
                    "type": ".zerorelay.conformance.v1.Hello",
                    "id": 2
                  },
                  "connect": {
                    "type": ".zerorelay.conformance.v1.ConnectCommand",
                    "id": 3
                  },
                  "subscribe": {
                    "type": ".zerorelay.conformance.v1.SubscribeCommand",
                    "id": 4
                  },
                  "unsubscribe": {
                    "type": ".zerorelay.conformance.v1.UnsubscribeCommand",
                    "id": 5
                  },
                  "publish": {
                    "type": ".zerorelay.conformance.v1.PublishCommand",
                    "id": 6
                  },
                  "ack": {
                    "type": ".zerorelay.conformance.v1.AckCommand",
                    "id": 7
                  },
                  "close": {
                    "type": ".zerorelay.conformance.v1.CloseCommand",
                    "id": 8
                  },
                  "set_token": {
                    "type": ".zerorelay.conformance.v1.SetTokenCommand",
                    "id": 9
                  },
                  "pause_reading": {
                    "type": ".zerorelay.conformance.v1.PauseReadingCommand",
                    "id": 10
                  },
                  "resume_reading": {
                    "type": ".zerorelay.conformance.v1.ResumeReadingCommand",
                    "id": 11
                  }
                }
              },
              "Hello": {
                "fields": {
                  "scenario": {
                    "type": "string",
                    "id": 1
                  },
                  "protocol_version": {
                    "type": "uint32",
                    "id": 2
                  }
                }
              },
              "ReconnectPolicy": {
                "fields": {
                  "enabled": {
                    "type": "bool",
                    "id": 1
                  },
                  "initial_delay_ms": {
                    "type": "uint32",
                    "id": 2
                  },
                  "max_delay_ms": {
                    "type": "uint32",
                    "id": 3
                  },
                  "multiplier": {
                    "type": "double",
                    "id": 4
                  },
                  "jitter": {
                    "type": "double",
                    "id": 5
                  }
                }
              },
              "ConnectCommand": {
                "fields": {
                  "conn": {
                    "type": "string",
                    "id": 1
                  },
                  "url": {
                    "type": "string",
                    "id": 2
                  },
                  "token": {
                    "type": "string",
                    "id": 3
                  },
                  "reconnect": {
                    "type": ".zerorelay.conformance.v1.ReconnectPolicy",
                    "id": 4
                  },
                  "ping_interval_ms": {
                    "type": "uint32",
                    "id": 5
                  },
                  "pong_timeout_ms": {
                    "type": "uint32",
                    "id": 6
                  },
                  "subprotocol": {
                    "type": "string",
                    "id": 7
                  },
                  "ack_delay_ms": {
                    "type": "uint32",
                    "id": 8
                  }
                }
              },
              "SubscribeCommand": {
                "fields": {
                  "conn": {
                    "type": "string",
                    "id": 1
                  },
                  "topic": {
                    "type": "string",
                    "id": 2
                  },
                  "mode": {
                    "type": ".zerorelay.v1.DeliveryMode",
                    "id": 3
                  },
                  "max_in_flight": {
                    "type": "uint32",
                    "id": 4
                  },
                  "manual_ack": {
                    "type": "bool",
                    "id": 5
                  }
                }
              },
              "UnsubscribeCommand": {
                "fields": {
                  "conn": {
                    "type": "string",
                    "id": 1
                  },
                  "topic": {
                    "type": "string",
                    "id": 2
                  }
                }
              },
              "PublishCommand": {
                "fields": {
                  "conn": {
                    "type": "string",
                    "id": 1
                  },
                  "topic": {
                    "type": "string",
                    "id": 2
                  },
                  "payload": {
                    "type": "bytes",
                    "id": 3
                  },
                  "headers": {
                    "keyType": "string",
                    "type": "string",
                    "id": 4
                  },
                  "ack": {
                    "type": "bool",
                    "id": 5
                  },
                  "timeout_ms": {
                    "type": "uint32",
                    "id": 6
                  },
                  "idempotency_key": {
                    "type": "string",
                    "id": 7
                  }
                }
              },
              "AckCommand": {
                "fields": {
                  "conn": {
                    "type": "string",
                    "id": 1
                  },
                  "topic": {
                    "type": "string",
                    "id": 2
                  },
                  "epoch": {
                    "type": "string",
                    "id": 3
                  },
                  "offset": {
                    "type": "uint64",
                    "id": 4
                  }
                }
              },
              "CloseCommand": {
                "fields": {
                  "conn": {
                    "type": "string",
                    "id": 1
                  }
                }
              },
              "SetTokenCommand": {
                "fields": {
                  "conn": {
                    "type": "string",
                    "id": 1
                  },
                  "token": {
                    "type": "string",
                    "id": 2
                  },
                  "refresh_now": {
                    "type": "bool",
                    "id": 3
                  }
                }
              },
              "PauseReadingCommand": {
                "fields": {
                  "conn": {
                    "type": "string",
                    "id": 1
                  }
                }
              },
              "ResumeReadingCommand": {
                "fields": {
                  "conn": {
                    "type": "string",
                    "id": 1
                  }
                }
              },
              "DriverEvent": {
                "oneofs": {
                  "kind": {
                    "oneof": [
                      "hello_result",
                      "command_result",
                      "state_change",
                      "delivered",
                      "sdk_error"
                    ]
                  }
                },
                "fields": {
                  "at_ms": {
                    "type": "uint64",
                    "id": 1
                  },
                  "hello_result": {
                    "type": ".zerorelay.conformance.v1.HelloResult",
                    "id": 2
                  },
                  "command_result": {
                    "type": ".zerorelay.conformance.v1.CommandResult",
                    "id": 3
                  },
                  "state_change": {
                    "type": ".zerorelay.conformance.v1.StateChange",
                    "id": 4
                  },
                  "delivered": {
                    "type": ".zerorelay.conformance.v1.Delivered",
                    "id": 5
                  },
                  "sdk_error": {
                    "type": ".zerorelay.conformance.v1.SdkError",
                    "id": 6
                  }
                }
              },
              "HelloResult": {
                "fields": {
                  "sdk_name": {
                    "type": "string",
                    "id": 1
                  },
                  "sdk_version": {
                    "type": "string",
                    "id": 2
                  },
                  "features": {
                    "rule": "repeated",
                    "type": "string",
                    "id": 3
                  }
                }
              },
              "SdkError": {
                "fields": {
                  "conn": {
                    "type": "string",
                    "id": 1
                  },
                  "code": {
                    "type": ".zerorelay.v1.Code",
                    "id": 2
                  },
                  "message": {
                    "type": "string",
                    "id": 3
                  },
                  "retryable": {
                    "type": "bool",
                    "id": 4
                  },
                  "retry_after_ms": {
                    "type": "uint32",
                    "id": 5
                  },
                  "close_code": {
                    "type": "uint32",
                    "id": 6
                  }
                }
              },
              "CommandOk": {
                "fields": {
                  "position": {
                    "type": ".zerorelay.v1.StreamPosition",
                    "id": 1
                  },
                  "duplicate": {
                    "type": "bool",
                    "id": 2
                  }
                }
              },
              "CommandResult": {
                "oneofs": {
                  "outcome": {
                    "oneof": [
                      "ok",
                      "error"
                    ]
                  }
                },
                "fields": {
                  "command_id": {
                    "type": "uint64",
                    "id": 1
                  },
                  "ok": {
                    "type": ".zerorelay.conformance.v1.CommandOk",
                    "id": 2
                  },
                  "error": {
                    "type": ".zerorelay.conformance.v1.SdkError",
                    "id": 3
                  }
                }
              },
              "StateChange": {
                "fields": {
                  "conn": {
                    "type": "string",
                    "id": 1
                  },
                  "state": {
                    "type": ".zerorelay.conformance.v1.ConnState",
                    "id": 2
                  },
                  "close_code": {
                    "type": "uint32",
                    "id": 3
                  },
                  "reason": {
                    "type": "string",
                    "id": 4
                  },
                  "attempt": {
                    "type": "uint32",
                    "id": 5
                  }
                }
              },
              "Delivered": {
                "fields": {
                  "conn": {
                    "type": "string",
                    "id": 1
                  },
                  "delivery": {
                    "type": ".zerorelay.v1.Delivery",
                    "id": 2
                  }
                }
              },
              "ConnState": {
                "values": {
                  "CONN_STATE_UNSPECIFIED": 0,
                  "CONN_STATE_CONNECTING": 1,
                  "CONN_STATE_CONNECTED": 2,
                  "CONN_STATE_DISCONNECTED": 3,
                  "CONN_STATE_CLOSED": 4
                }
              },
              "ServerConfig": {
                "oneofs": {
                  "_max_frame_bytes": {
                    "oneof": [
                      "max_frame_bytes"
                    ]
                  },
                  "_auth_timeout_ms": {
                    "oneof": [
                      "auth_timeout_ms"
                    ]
                  },
                  "_ping_interval_ms": {
                    "oneof": [
                      "ping_interval_ms"
                    ]
                  },
                  "_pong_timeout_ms": {
                    "oneof": [
                      "pong_timeout_ms"
                    ]
                  },
                  "_max_subscriptions": {
                    "oneof": [
                      "max_subscriptions"
                    ]
                  },
                  "_messages_per_second": {
                    "oneof": [
                      "messages_per_second"
                    ]
                  },
                  "_messages_burst": {
                    "oneof": [
                      "messages_burst"
                    ]
                  },
                  "_max_queued_bytes": {
                    "oneof": [
                      "max_queued_bytes"
                    ]
                  },
                  "_max_bad_requests": {
                    "oneof": [
                      "max_bad_requests"
                    ]
                  },
                  "_ack_wait_ms": {
                    "oneof": [
                      "ack_wait_ms"
                    ]
                  },
                  "_max_deliver": {
                    "oneof": [
                      "max_deliver"
                    ]
                  },
                  "_max_in_flight": {
                    "oneof": [
                      "max_in_flight"
                    ]
                  },
                  "_retained_messages": {
                    "oneof": [
                      "retained_messages"
                    ]
                  },
                  "_max_unread_age_ms": {
                    "oneof": [
                      "max_unread_age_ms"
                    ]
                  }
                },
                "fields": {
                  "max_frame_bytes": {
                    "type": "uint32",
                    "id": 1,
                    "options": {
                      "proto3_optional": true
                    }
                  },
                  "auth_timeout_ms": {
                    "type": "uint32",
                    "id": 2,
                    "options": {
                      "proto3_optional": true
                    }
                  },
                  "ping_interval_ms": {
                    "type": "uint32",
                    "id": 3,
                    "options": {
                      "proto3_optional": true
                    }
                  },
                  "pong_timeout_ms": {
                    "type": "uint32",
                    "id": 4,
                    "options": {
                      "proto3_optional": true
                    }
                  },
                  "max_subscriptions": {
                    "type": "uint32",
                    "id": 5,
                    "options": {
                      "proto3_optional": true
                    }
                  },
                  "messages_per_second": {
                    "type": "uint32",
                    "id": 6,
                    "options": {
                      "proto3_optional": true
                    }
                  },
                  "messages_burst": {
                    "type": "uint32",
                    "id": 7,
                    "options": {
                      "proto3_optional": true
                    }
                  },
                  "max_queued_bytes": {
                    "type": "uint32",
                    "id": 8,
                    "options": {
                      "proto3_optional": true
                    }
                  },
                  "max_bad_requests": {
                    "type": "uint32",
                    "id": 9,
                    "options": {
                      "proto3_optional": true
                    }
                  },
                  "ack_wait_ms": {
                    "type": "uint32",
                    "id": 10,
                    "options": {
                      "proto3_optional": true
                    }
                  },
                  "max_deliver": {
                    "type": "uint32",
                    "id": 11,
                    "options": {
                      "proto3_optional": true
                    }
                  },
                  "max_in_flight": {
                    "type": "uint32",
                    "id": 12,
                    "options": {
                      "proto3_optional": true
                    }
                  },
                  "retained_messages": {
                    "type": "uint32",
                    "id": 13,
                    "options": {
                      "proto3_optional": true
                    }
                  },
                  "max_unread_age_ms": {
                    "type": "uint32",
                    "id": 14,
                    "options": {
                      "proto3_optional": true
                    }
                  }
                }
              },
              "AuthConfig": {
                "fields": {
                  "hs256_secret": {
                    "type": "string",
                    "id": 1
                  },
                  "rs256_public_key_pem": {
                    "type": "string",
                    "id": 2
                  },
                  "issuer": {
                    "type": "string",
                    "id": 3
                  },
                  "audience": {
                    "type": "string",
                    "id": 4
                  },
                  "leeway_ms": {
                    "type": "uint32",
                    "id": 5
                  },
                  "hs256_kid": {
                    "type": "string",
                    "id": 6
                  },
                  "rs256_kid": {
                    "type": "string",
                    "id": 7
                  }
                }
              },
              "ServerLaunchRequest": {
                "fields": {
                  "config": {
                    "type": ".zerorelay.conformance.v1.ServerConfig",
                    "id": 1
                  },
                  "auth": {
                    "type": ".zerorelay.conformance.v1.AuthConfig",
                    "id": 2
                  },
                  "listen_host": {
                    "type": "string",
                    "id": 3
                  }
                }
              },
              "ServerLaunchResponse": {
                "fields": {
                  "ws_url": {
                    "type": "string",
                    "id": 1
                  },
                  "admin_url": {
                    "type": "string",
                    "id": 2
                  },
                  "features": {
                    "rule": "repeated",
                    "type": "string",
                    "id": 3
                  },
                  "effective_config": {
                    "type": ".zerorelay.conformance.v1.ServerConfig",
                    "id": 4
                  },
                  "error": {
                    "type": "string",
                    "id": 5
                  }
                }
              },
              "TargetDescription": {
                "fields": {
                  "config": {
                    "type": ".zerorelay.conformance.v1.ServerConfig",
                    "id": 1
                  },
                  "auth": {
                    "type": ".zerorelay.conformance.v1.AuthConfig",
                    "id": 2
                  },
                  "features": {
                    "rule": "repeated",
                    "type": "string",
                    "id": 3
                  }
                }
              },
              "ScenarioFile": {
                "fields": {
                  "suite": {
                    "type": "string",
                    "id": 1
                  },
                  "scenarios": {
                    "rule": "repeated",
                    "type": ".zerorelay.conformance.v1.Scenario",
                    "id": 2
                  }
                }
              },
              "Scenario": {
                "fields": {
                  "name": {
                    "type": "string",
                    "id": 1
                  },
                  "modes": {
                    "rule": "repeated",
                    "type": ".zerorelay.conformance.v1.Mode",
                    "id": 2
                  },
                  "level": {
                    "type": ".zerorelay.conformance.v1.Level",
                    "id": 3
                  },
                  "requires": {
                    "rule": "repeated",
                    "type": "string",
                    "id": 4
                  },
                  "server_config": {
                    "type": ".zerorelay.conformance.v1.ServerConfig",
                    "id": 5
                  },
                  "actors": {
                    "rule": "repeated",
                    "type": ".zerorelay.conformance.v1.Actor",
                    "id": 6
                  },
                  "steps": {
                    "rule": "repeated",
                    "type": ".zerorelay.conformance.v1.Step",
                    "id": 7
                  },
                  "timeout_ms": {
                    "type": "uint32",
                    "id": 8
                  },
                  "spec_ref": {
                    "type": "string",
                    "id": 9
                  },
                  "codecs": {
                    "rule": "repeated",
                    "type": ".zerorelay.conformance.v1.Codec",
                    "id": 10
                  },
                  "allow_extra": {
                    "type": "bool",
                    "id": 11
                  },
                  "description": {
                    "type": "string",
                    "id": 12
                  }
                }
              },
              "Actor": {
                "fields": {
                  "id": {
                    "type": "string",
                    "id": 1
                  },
                  "claims": {
                    "type": ".google.protobuf.Struct",
                    "id": 2
                  },
                  "token": {
                    "type": ".zerorelay.conformance.v1.TokenKind",
                    "id": 3
                  },
                  "transport": {
                    "type": ".zerorelay.conformance.v1.Transport",
                    "id": 4
                  },
                  "ignore_pings": {
                    "type": "bool",
                    "id": 5
                  },
                  "sdk": {
                    "type": ".zerorelay.conformance.v1.SdkOptions",
                    "id": 6
                  }
                }
              },
              "SdkOptions": {
                "fields": {
                  "reconnect": {
                    "type": ".zerorelay.conformance.v1.ReconnectPolicy",
                    "id": 1
                  },
                  "ping_interval_ms": {
                    "type": "uint32",
                    "id": 2
                  },
                  "pong_timeout_ms": {
                    "type": "uint32",
                    "id": 3
                  },
                  "ack_delay_ms": {
                    "type": "uint32",
                    "id": 4
                  }
                }
              },
              "Step": {
                "oneofs": {
                  "kind": {
                    "oneof": [
                      "connect",
                      "send",
                      "send_raw",
                      "expect",
                      "expect_none",
                      "expect_close",
                      "control",
                      "any_of",
                      "api",
                      "expect_event",
                      "server",
                      "expect_observed",
                      "loop"
                    ]
                  }
                },
                "fields": {
                  "connect": {
                    "type": ".zerorelay.conformance.v1.ConnectStep",
                    "id": 1
                  },
                  "send": {
                    "type": ".zerorelay.conformance.v1.SendFrame",
                    "id": 2
                  },
                  "send_raw": {
                    "type": ".zerorelay.conformance.v1.SendRaw",
                    "id": 3
                  },
                  "expect": {
                    "type": ".zerorelay.conformance.v1.ExpectFrame",
                    "id": 4
                  },
                  "expect_none": {
                    "type": ".zerorelay.conformance.v1.ExpectNone",
                    "id": 5
                  },
                  "expect_close": {
                    "type": ".zerorelay.conformance.v1.ExpectClose",
                    "id": 6
                  },
                  "control": {
                    "type": ".zerorelay.conformance.v1.Control",
                    "id": 7
                  },
                  "any_of": {
                    "type": ".zerorelay.conformance.v1.AnyOf",
                    "id": 12
                  },
                  "api": {
                    "type": ".zerorelay.conformance.v1.ApiCall",
                    "id": 8
                  },
                  "expect_event": {
                    "type": ".zerorelay.conformance.v1.ExpectEvent",
                    "id": 9
                  },
                  "server": {
                    "type": ".zerorelay.conformance.v1.ServerScript",
                    "id": 10
                  },
                  "expect_observed": {
                    "type": ".zerorelay.conformance.v1.ExpectObserved",
                    "id": 11
                  },
                  "loop": {
                    "type": ".zerorelay.conformance.v1.Loop",
                    "id": 13
                  }
                }
              },
              "ConnectStep": {
                "fields": {
                  "actor": {
                    "type": "string",
                    "id": 1
                  },
                  "handshake": {
                    "type": ".zerorelay.conformance.v1.Handshake",
                    "id": 2
                  },
                  "token_in_header": {
                    "type": "bool",
                    "id": 3
                  },
                  "subprotocols": {
                    "rule": "repeated",
                    "type": "string",
                    "id": 4
                  },
                  "no_subprotocol": {
                    "type": "bool",
                    "id": 5
                  },
                  "expect_http_status": {
                    "rule": "repeated",
                    "type": "uint32",
                    "id": 6
                  },
                  "within_ms": {
                    "type": "uint32",
                    "id": 7
                  },
                  "id": {
                    "type": "uint32",
                    "id": 8
                  }
                }
              },
              "SendFrame": {
                "fields": {
                  "actor": {
                    "type": "string",
                    "id": 1
                  },
                  "frame": {
                    "type": ".google.protobuf.Value",
                    "id": 2
                  },
                  "repeat": {
                    "type": "uint32",
                    "id": 3
                  }
                }
              },
              "Blob": {
                "oneofs": {
                  "kind": {
                    "oneof": [
                      "base64",
                      "hex",
                      "text",
                      "fill"
                    ]
                  }
                },
                "fields": {
                  "base64": {
                    "type": "string",
                    "id": 1
                  },
                  "hex": {
                    "type": "string",
                    "id": 2
                  },
                  "text": {
                    "type": "string",
                    "id": 3
                  },
                  "fill": {
                    "type": ".zerorelay.conformance.v1.Fill",
                    "id": 4
                  }
                }
              },
              "Fill": {
                "fields": {
                  "byte": {
                    "type": "uint32",
                    "id": 1
                  },
                  "len": {
                    "type": "uint32",
                    "id": 2
                  }
                }
              },
              "WsFrame": {
                "oneofs": {
                  "_fin": {
                    "oneof": [
                      "fin"
                    ]
                  }
                },
                "fields": {
                  "fin": {
                    "type": "bool",
                    "id": 1,
                    "options": {
                      "proto3_optional": true
                    }
                  },
                  "rsv": {
                    "type": "uint32",
                    "id": 2
                  },
                  "opcode": {
                    "type": "uint32",
                    "id": 3
                  },
                  "unmasked": {
                    "type": "bool",
                    "id": 4
                  },
                  "payload": {
                    "type": ".zerorelay.conformance.v1.Blob",
                    "id": 5
                  }
                }
              },
              "SendRaw": {
                "oneofs": {
                  "kind": {
                    "oneof": [
                      "binary",
                      "text",
                      "ws_frame"
                    ]
                  }
                },
                "fields": {
                  "actor": {
                    "type": "string",
                    "id": 1
                  },
                  "binary": {
                    "type": ".zerorelay.conformance.v1.Blob",
                    "id": 2
                  },
                  "text": {
                    "type": ".zerorelay.conformance.v1.Blob",
                    "id": 3
                  },
                  "ws_frame": {
                    "type": ".zerorelay.conformance.v1.WsFrame",
                    "id": 4
                  },
                  "repeat": {
                    "type": "uint32",
                    "id": 5
                  }
                }
              },
              "ExpectFrame": {
                "fields": {
                  "actor": {
                    "type": "string",
                    "id": 1
                  },
                  "frame": {
                    "type": ".google.protobuf.Value",
                    "id": 2
                  },
                  "within_ms": {
                    "type": "uint32",
                    "id": 3
                  },
                  "after_ms": {
                    "type": "uint32",
                    "id": 4
                  },
                  "repeat": {
                    "type": "uint32",
                    "id": 5
                  },
                  "unordered": {
                    "type": "bool",
                    "id": 6
                  }
                }
              },
              "ExpectNone": {
                "fields": {
                  "actor": {
                    "type": "string",
                    "id": 1
                  },
                  "match": {
                    "type": ".google.protobuf.Value",
                    "id": 2
                  },
                  "for_ms": {
                    "type": "uint32",
                    "id": 3
                  }
                }
              },
              "ExpectClose": {
                "fields": {
                  "actor": {
                    "type": "string",
                    "id": 1
                  },
                  "codes": {
                    "rule": "repeated",
                    "type": ".zerorelay.v1.CloseCode",
                    "id": 2
                  },
                  "within_ms": {
                    "type": "uint32",
                    "id": 3
                  },
                  "after_ms": {
                    "type": "uint32",
                    "id": 4
                  },
                  "disconnect_frame": {
                    "type": "bool",
                    "id": 5
                  }
                }
              },
              "CloseFrame": {
                "fields": {
                  "code": {
                    "type": "uint32",
                    "id": 1
                  },
                  "reason": {
                    "type": "string",
                    "id": 2
                  },
                  "empty": {
                    "type": "bool",
                    "id": 3
                  }
                }
              },
              "Control": {
                "oneofs": {
                  "action": {
                    "oneof": [
                      "pause_reading",
                      "resume_reading",
                      "drop_tcp",
                      "sleep_ms",
                      "close"
                    ]
                  }
                },
                "fields": {
                  "actor": {
                    "type": "string",
                    "id": 1
                  },
                  "pause_reading": {
                    "type": "bool",
                    "id": 2
                  },
                  "resume_reading": {
                    "type": "bool",
                    "id": 3
                  },
                  "drop_tcp": {
                    "type": "bool",
                    "id": 4
                  },
                  "sleep_ms": {
                    "type": "uint32",
                    "id": 5
                  },
                  "close": {
                    "type": ".zerorelay.conformance.v1.CloseFrame",
                    "id": 6
                  }
                }
              },
              "AnyOf": {
                "fields": {
                  "branches": {
                    "rule": "repeated",
                    "type": ".zerorelay.conformance.v1.Branch",
                    "id": 1
                  }
                }
              },
              "ApiCall": {
                "oneofs": {
                  "call": {
                    "oneof": [
                      "connect",
                      "subscribe",
                      "unsubscribe",
                      "publish",
                      "ack",
                      "close",
                      "set_token",
                      "pause_reading",
                      "resume_reading"
                    ]
                  }
                },
                "fields": {
                  "actor": {
                    "type": "string",
                    "id": 1
                  },
                  "connect": {
                    "type": "bool",
                    "id": 2
                  },
                  "subscribe": {
                    "type": ".zerorelay.conformance.v1.SubscribeCommand",
                    "id": 3
                  },
                  "unsubscribe": {
                    "type": ".zerorelay.conformance.v1.UnsubscribeCommand",
                    "id": 4
                  },
                  "publish": {
                    "type": ".zerorelay.conformance.v1.PublishCommand",
                    "id": 5
                  },
                  "ack": {
                    "type": ".zerorelay.conformance.v1.AckCommand",
                    "id": 6
                  },
                  "close": {
                    "type": "bool",
                    "id": 7
                  },
                  "set_token": {
                    "type": ".zerorelay.conformance.v1.TokenKind",
                    "id": 8
                  },
                  "pause_reading": {
                    "type": "bool",
                    "id": 9
                  },
                  "resume_reading": {
                    "type": "bool",
                    "id": 10
                  },
                  "id_as": {
                    "type": "string",
                    "id": 11
                  }
                }
              },
              "ExpectEvent": {
                "fields": {
                  "actor": {
                    "type": "string",
                    "id": 1
                  },
                  "event": {
                    "type": ".google.protobuf.Value",
                    "id": 2
                  },
                  "within_ms": {
                    "type": "uint32",
                    "id": 3
                  },
                  "after_ms": {
                    "type": "uint32",
                    "id": 4
                  },
                  "repeat": {
                    "type": "uint32",
                    "id": 5
                  },
                  "unordered": {
                    "type": "bool",
                    "id": 6
                  }
                }
              },
              "ServerScript": {
                "oneofs": {
                  "action": {
                    "oneof": [
                      "refuse_upgrades",
                      "close",
                      "send",
                      "stop_answering",
                      "drop_tcp"
                    ]
                  }
                },
                "fields": {
                  "actor": {
                    "type": "string",
                    "id": 1
                  },
                  "refuse_upgrades": {
                    "type": ".zerorelay.conformance.v1.RefuseUpgrades",
                    "id": 2
                  },
                  "close": {
                    "type": ".zerorelay.conformance.v1.CloseFrame",
                    "id": 3
                  },
                  "send": {
                    "type": ".google.protobuf.Value",
                    "id": 4
                  },
                  "stop_answering": {
                    "type": "bool",
                    "id": 5
                  },
                  "drop_tcp": {
                    "type": "bool",
                    "id": 6
                  }
                }
              },
              "RefuseUpgrades": {
                "fields": {
                  "count": {
                    "type": "uint32",
                    "id": 1
                  },
                  "http_status": {
                    "type": "uint32",
                    "id": 2
                  },
                  "retry_after_s": {
                    "type": "uint32",
                    "id": 3
                  }
                }
              },
              "ExpectObserved": {
                "oneofs": {
                  "what": {
                    "oneof": [
                      "frame",
                      "upgrades"
                    ]
                  }
                },
                "fields": {
                  "actor": {
                    "type": "string",
                    "id": 1
                  },
                  "frame": {
                    "type": ".google.protobuf.Value",
                    "id": 2
                  },
                  "upgrades": {
                    "type": ".zerorelay.conformance.v1.UpgradeAttempts",
                    "id": 3
                  },
                  "within_ms": {
                    "type": "uint32",
                    "id": 4
                  },
                  "repeat": {
                    "type": "uint32",
                    "id": 5
                  },
                  "first": {
                    "type": "bool",
                    "id": 6
                  }
                }
              },
              "UpgradeAttempts": {
                "fields": {
                  "count": {
                    "type": "uint32",
                    "id": 1
                  },
                  "gaps_ms": {
                    "rule": "repeated",
                    "type": ".zerorelay.conformance.v1.Window",
                    "id": 2
                  },
                  "skip": {
                    "type": "uint32",
                    "id": 3
                  },
                  "exact": {
                    "type": "bool",
                    "id": 4
                  }
                }
              },
              "Window": {
                "fields": {
                  "min": {
                    "type": "uint32",
                    "id": 1
                  },
                  "max": {
                    "type": "uint32",
                    "id": 2
                  }
                }
              },
              "Loop": {
                "fields": {
                  "count": {
                    "type": "uint32",
                    "id": 1
                  },
                  "steps": {
                    "rule": "repeated",
                    "type": ".zerorelay.conformance.v1.Step",
                    "id": 2
                  }
                }
              },
              "Branch": {
                "fields": {
                  "verdict": {
                    "type": ".zerorelay.conformance.v1.Verdict",
                    "id": 1
                  },
                  "note": {
                    "type": "string",
                    "id": 2
                  },
                  "steps": {
                    "rule": "repeated",
                    "type": ".zerorelay.conformance.v1.Step",
                    "id": 3
                  }
                }
              },
              "Mode": {
                "values": {
                  "MODE_UNSPECIFIED": 0,
                  "MODE_SERVER": 1,
                  "MODE_CLIENT": 2,
                  "MODE_BOTH": 3
                }
              },
              "Level": {
                "values": {
                  "LEVEL_UNSPECIFIED": 0,
                  "LEVEL_REQUIRED": 1,
                  "LEVEL_RECOMMENDED": 2,
                  "LEVEL_INFORMATIONAL": 3
                }
              },
              "Codec": {
                "values": {
                  "CODEC_UNSPECIFIED": 0,
                  "CODEC_BINARY": 1,
                  "CODEC_JSON": 2
                }
              },
              "Verdict": {
                "values": {
                  "VERDICT_UNSPECIFIED": 0,
                  "VERDICT_OK": 1,
                  "VERDICT_NON_STRICT": 2,
                  "VERDICT_INFORMATIONAL": 3
                }
              },
              "TokenKind": {
                "values": {
                  "TOKEN_KIND_UNSPECIFIED": 0,
                  "TOKEN_KIND_MISSING": 1,
                  "TOKEN_KIND_WRONG_KEY": 2,
                  "TOKEN_KIND_ALG_NONE": 3,
                  "TOKEN_KIND_ALG_NONE_UPPER": 4,
                  "TOKEN_KIND_STRIPPED_SIGNATURE": 5,
                  "TOKEN_KIND_ALG_CONFUSION": 6,
                  "TOKEN_KIND_EXPIRED": 7,
                  "TOKEN_KIND_NOT_YET_VALID": 8,
                  "TOKEN_KIND_WRONG_AUDIENCE": 9,
                  "TOKEN_KIND_WRONG_ISSUER": 10,
                  "TOKEN_KIND_MALFORMED": 11,
                  "TOKEN_KIND_RS256": 12
                }
              },
              "Transport": {
                "values": {
                  "TRANSPORT_UNSPECIFIED": 0,
                  "TRANSPORT_RAW": 1
                }
              },
              "Handshake": {
                "values": {
                  "HANDSHAKE_UNSPECIFIED": 0,
                  "HANDSHAKE_SEND_CONNECT": 1,
                  "HANDSHAKE_UPGRADE_ONLY": 2
                }
              }
            }
          }
        }
      }
    }
  },
  "google": {
    "nested": {
      "protobuf": {
        "options": {
          "java_package": "com.google.protobuf",
          "java_outer_classname": "StructProto",
          "java_multiple_files": true,
          "go_package": "google.golang.org/protobuf/types/known/structpb",
          "cc_enable_arenas": true,
          "objc_class_prefix": "GPB",
          "csharp_namespace": "Google.Protobuf.WellKnownTypes"
        },
        "nested": {
          "Struct": {
            "fields": {
              "fields": {
                "keyType": "string",
                "type": ".google.protobuf.Value",
                "id": 1
              }
            }
          },
          "Value": {
            "oneofs": {
              "kind": {
                "oneof": [
                  "null_value",
                  "number_value",
                  "string_value",
                  "bool_value",
                  "struct_value",
                  "list_value"
                ]
              }
            },
            "fields": {
              "null_value": {
                "type": ".google.protobuf.NullValue",
                "id": 1
              },
              "number_value": {
                "type": "double",
                "id": 2
              },
              "string_value": {
                "type": "string",
                "id": 3
              },
              "bool_value": {
                "type": "bool",
                "id": 4
              },
              "struct_value": {
                "type": ".google.protobuf.Struct",
                "id": 5
              },
              "list_value": {
                "type": ".google.protobuf.ListValue",
                "id": 6
              }
            }
          },
          "ListValue": {
            "fields": {
              "values": {
                "rule": "repeated",
                "type": ".google.protobuf.Value",
                "id": 1
              }
            }
          },
          "NullValue": {
            "values": {
              "NULL_VALUE": 0
            }
          }
        }
      }
    }
  }
});
export const zerorelay = $root.get("zerorelay");
export const google = $root.get("google");

export {
  /**
   * Reflected root namespace.
   * @type {$protobuf.Root}
   */
  $root as default
};
