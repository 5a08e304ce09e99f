/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/light.js";

const $root = ($protobuf.roots["zerorelay_descriptor"] || ($protobuf.roots["zerorelay_descriptor"] = new $protobuf.Root()))
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
      }
    }
  }
});
export const zerorelay = $root.get("zerorelay");

export {
  /**
   * Reflected root namespace.
   * @type {$protobuf.Root}
   */
  $root as default
};
