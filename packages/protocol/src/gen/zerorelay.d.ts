import * as $protobuf from "protobufjs/minimal.js";
import Long = require("long");

/** Namespace zerorelay. */
export namespace zerorelay {

    /** Namespace v1. */
    namespace v1 {

        /**
         * Properties of an Error.
         * @deprecated Use zerorelay.v1.Error.$Properties instead.
         */
        interface IError extends zerorelay.v1.Error.$Properties {
        }

        /** Represents an Error. */
        class Error {

            /**
             * Constructs a new Error.
             * @param [properties] Properties to set
             */
            constructor(properties?: zerorelay.v1.Error.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Error code. */
            code: zerorelay.v1.Code;

            /** Error message. */
            message: string;

            /** Error retryable. */
            retryable: boolean;

            /** Error retryAfterMs. */
            retryAfterMs: number;

            /** Error position. */
            position?: (zerorelay.v1.StreamPosition.$Properties|null);

            /**
             * Creates a new Error instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Error instance
             */
            static create(properties: zerorelay.v1.Error.$Shape): zerorelay.v1.Error & zerorelay.v1.Error.$Shape;
            static create(properties?: zerorelay.v1.Error.$Properties): zerorelay.v1.Error;

            /**
             * Encodes the specified Error message. Does not implicitly {@link zerorelay.v1.Error.verify|verify} messages.
             * @param message Error message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: zerorelay.v1.Error.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Error message, length delimited. Does not implicitly {@link zerorelay.v1.Error.verify|verify} messages.
             * @param message Error message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: zerorelay.v1.Error.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Error message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {zerorelay.v1.Error & zerorelay.v1.Error.$Shape} Error
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): zerorelay.v1.Error & zerorelay.v1.Error.$Shape;

            /**
             * Decodes an Error message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {zerorelay.v1.Error & zerorelay.v1.Error.$Shape} Error
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zerorelay.v1.Error & zerorelay.v1.Error.$Shape;

            /**
             * Verifies an Error message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an Error message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Error
             */
            static fromObject(object: { [k: string]: any }): zerorelay.v1.Error;

            /**
             * Creates a plain object from an Error message. Also converts values to other types if specified.
             * @param message Error
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: zerorelay.v1.Error, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Error to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Error
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Error {

            /** Properties of an Error. */
            interface $Properties {

                /** Error code */
                code?: (zerorelay.v1.Code|null);

                /** Error message */
                message?: (string|null);

                /** Error retryable */
                retryable?: (boolean|null);

                /** Error retryAfterMs */
                retryAfterMs?: (number|null);

                /** Error position */
                position?: (zerorelay.v1.StreamPosition.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Error. */
            type $Shape = zerorelay.v1.Error.$Properties;
        }

        /**
         * Properties of a StreamPosition.
         * @deprecated Use zerorelay.v1.StreamPosition.$Properties instead.
         */
        interface IStreamPosition extends zerorelay.v1.StreamPosition.$Properties {
        }

        /** Represents a StreamPosition. */
        class StreamPosition {

            /**
             * Constructs a new StreamPosition.
             * @param [properties] Properties to set
             */
            constructor(properties?: zerorelay.v1.StreamPosition.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** StreamPosition epoch. */
            epoch: string;

            /** StreamPosition offset. */
            offset: (number|Long);

            /**
             * Creates a new StreamPosition instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StreamPosition instance
             */
            static create(properties: zerorelay.v1.StreamPosition.$Shape): zerorelay.v1.StreamPosition & zerorelay.v1.StreamPosition.$Shape;
            static create(properties?: zerorelay.v1.StreamPosition.$Properties): zerorelay.v1.StreamPosition;

            /**
             * Encodes the specified StreamPosition message. Does not implicitly {@link zerorelay.v1.StreamPosition.verify|verify} messages.
             * @param message StreamPosition message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: zerorelay.v1.StreamPosition.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified StreamPosition message, length delimited. Does not implicitly {@link zerorelay.v1.StreamPosition.verify|verify} messages.
             * @param message StreamPosition message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: zerorelay.v1.StreamPosition.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StreamPosition message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {zerorelay.v1.StreamPosition & zerorelay.v1.StreamPosition.$Shape} StreamPosition
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): zerorelay.v1.StreamPosition & zerorelay.v1.StreamPosition.$Shape;

            /**
             * Decodes a StreamPosition message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {zerorelay.v1.StreamPosition & zerorelay.v1.StreamPosition.$Shape} StreamPosition
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zerorelay.v1.StreamPosition & zerorelay.v1.StreamPosition.$Shape;

            /**
             * Verifies a StreamPosition message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a StreamPosition message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns StreamPosition
             */
            static fromObject(object: { [k: string]: any }): zerorelay.v1.StreamPosition;

            /**
             * Creates a plain object from a StreamPosition message. Also converts values to other types if specified.
             * @param message StreamPosition
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: zerorelay.v1.StreamPosition, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this StreamPosition to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for StreamPosition
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace StreamPosition {

            /** Properties of a StreamPosition. */
            interface $Properties {

                /** StreamPosition epoch */
                epoch?: (string|null);

                /** StreamPosition offset */
                offset?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a StreamPosition. */
            type $Shape = zerorelay.v1.StreamPosition.$Properties;
        }

        /** Code enum. */
        enum Code {

            /** CODE_UNSPECIFIED value */
            CODE_UNSPECIFIED = 0,

            /** CODE_BAD_REQUEST value */
            CODE_BAD_REQUEST = 1,

            /** CODE_UNAUTHENTICATED value */
            CODE_UNAUTHENTICATED = 2,

            /** CODE_PERMISSION_DENIED value */
            CODE_PERMISSION_DENIED = 3,

            /** CODE_INVALID_TOPIC value */
            CODE_INVALID_TOPIC = 4,

            /** CODE_NOT_FOUND value */
            CODE_NOT_FOUND = 5,

            /** CODE_ALREADY_SUBSCRIBED value */
            CODE_ALREADY_SUBSCRIBED = 6,

            /** CODE_LIMIT_EXCEEDED value */
            CODE_LIMIT_EXCEEDED = 7,

            /** CODE_RATE_LIMITED value */
            CODE_RATE_LIMITED = 8,

            /** CODE_UNRECOVERABLE_POSITION value */
            CODE_UNRECOVERABLE_POSITION = 9,

            /** CODE_UNAVAILABLE value */
            CODE_UNAVAILABLE = 10,

            /** CODE_INTERNAL value */
            CODE_INTERNAL = 11,

            /** CODE_TOKEN_EXPIRED value */
            CODE_TOKEN_EXPIRED = 12,

            /** CODE_UNIMPLEMENTED value */
            CODE_UNIMPLEMENTED = 13,

            /** CODE_CANCELED value */
            CODE_CANCELED = 14,

            /** CODE_DEADLINE_EXCEEDED value */
            CODE_DEADLINE_EXCEEDED = 15
        }

        /** CloseCode enum. */
        enum CloseCode {

            /** CLOSE_CODE_UNSPECIFIED value */
            CLOSE_CODE_UNSPECIFIED = 0,

            /** CLOSE_CODE_NORMAL value */
            CLOSE_CODE_NORMAL = 1000,

            /** CLOSE_CODE_GOING_AWAY value */
            CLOSE_CODE_GOING_AWAY = 1001,

            /** CLOSE_CODE_PROTOCOL_ERROR value */
            CLOSE_CODE_PROTOCOL_ERROR = 1002,

            /** CLOSE_CODE_UNSUPPORTED_DATA value */
            CLOSE_CODE_UNSUPPORTED_DATA = 1003,

            /** CLOSE_CODE_ABNORMAL value */
            CLOSE_CODE_ABNORMAL = 1006,

            /** CLOSE_CODE_INVALID_PAYLOAD value */
            CLOSE_CODE_INVALID_PAYLOAD = 1007,

            /** CLOSE_CODE_POLICY_VIOLATION value */
            CLOSE_CODE_POLICY_VIOLATION = 1008,

            /** CLOSE_CODE_MESSAGE_TOO_BIG value */
            CLOSE_CODE_MESSAGE_TOO_BIG = 1009,

            /** CLOSE_CODE_INTERNAL_ERROR value */
            CLOSE_CODE_INTERNAL_ERROR = 1011,

            /** CLOSE_CODE_SERVICE_RESTART value */
            CLOSE_CODE_SERVICE_RESTART = 1012,

            /** CLOSE_CODE_TRY_AGAIN_LATER value */
            CLOSE_CODE_TRY_AGAIN_LATER = 1013,

            /** CLOSE_CODE_SHUTDOWN value */
            CLOSE_CODE_SHUTDOWN = 4000,

            /** CLOSE_CODE_TOKEN_EXPIRED value */
            CLOSE_CODE_TOKEN_EXPIRED = 4001,

            /** CLOSE_CODE_SLOW_CONSUMER value */
            CLOSE_CODE_SLOW_CONSUMER = 4008,

            /** CLOSE_CODE_PING_TIMEOUT value */
            CLOSE_CODE_PING_TIMEOUT = 4012,

            /** CLOSE_CODE_AUTH_TIMEOUT value */
            CLOSE_CODE_AUTH_TIMEOUT = 4300,

            /** CLOSE_CODE_CONNECTION_LIMIT value */
            CLOSE_CODE_CONNECTION_LIMIT = 4303,

            /** CLOSE_CODE_RATE_LIMITED value */
            CLOSE_CODE_RATE_LIMITED = 4329,

            /** CLOSE_CODE_BAD_REQUEST value */
            CLOSE_CODE_BAD_REQUEST = 4500,

            /** CLOSE_CODE_UNAUTHENTICATED value */
            CLOSE_CODE_UNAUTHENTICATED = 4501,

            /** CLOSE_CODE_FORBIDDEN value */
            CLOSE_CODE_FORBIDDEN = 4503,

            /** CLOSE_CODE_TOKEN_REVOKED value */
            CLOSE_CODE_TOKEN_REVOKED = 4504
        }

        /** ReconnectAdvice enum. */
        enum ReconnectAdvice {

            /** RECONNECT_ADVICE_UNSPECIFIED value */
            RECONNECT_ADVICE_UNSPECIFIED = 0,

            /** RECONNECT_ADVICE_RECONNECT value */
            RECONNECT_ADVICE_RECONNECT = 1,

            /** RECONNECT_ADVICE_BACKOFF value */
            RECONNECT_ADVICE_BACKOFF = 2,

            /** RECONNECT_ADVICE_STOP value */
            RECONNECT_ADVICE_STOP = 3
        }

        /**
         * Properties of a ClientFrame.
         * @deprecated Use zerorelay.v1.ClientFrame.$Properties instead.
         */
        interface IClientFrame extends zerorelay.v1.ClientFrame.$Properties {
        }

        /** Represents a ClientFrame. */
        class ClientFrame {

            /**
             * Constructs a new ClientFrame.
             * @param [properties] Properties to set
             */
            constructor(properties?: zerorelay.v1.ClientFrame.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ClientFrame id. */
            id: number;

            /** ClientFrame connect. */
            connect?: (zerorelay.v1.Connect.$Properties|null);

            /** ClientFrame subscribe. */
            subscribe?: (zerorelay.v1.Subscribe.$Properties|null);

            /** ClientFrame unsubscribe. */
            unsubscribe?: (zerorelay.v1.Unsubscribe.$Properties|null);

            /** ClientFrame publish. */
            publish?: (zerorelay.v1.Publish.$Properties|null);

            /** ClientFrame ack. */
            ack?: (zerorelay.v1.Ack.$Properties|null);

            /** ClientFrame refresh. */
            refresh?: (zerorelay.v1.Refresh.$Properties|null);

            /** ClientFrame ping. */
            ping?: (zerorelay.v1.Ping.$Properties|null);

            /** ClientFrame kind. */
            kind?: ("connect"|"subscribe"|"unsubscribe"|"publish"|"ack"|"refresh"|"ping");

            /**
             * Creates a new ClientFrame instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ClientFrame instance
             */
            static create(properties: zerorelay.v1.ClientFrame.$Shape): zerorelay.v1.ClientFrame & zerorelay.v1.ClientFrame.$Shape;
            static create(properties?: zerorelay.v1.ClientFrame.$Properties): zerorelay.v1.ClientFrame;

            /**
             * Encodes the specified ClientFrame message. Does not implicitly {@link zerorelay.v1.ClientFrame.verify|verify} messages.
             * @param message ClientFrame message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: zerorelay.v1.ClientFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ClientFrame message, length delimited. Does not implicitly {@link zerorelay.v1.ClientFrame.verify|verify} messages.
             * @param message ClientFrame message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: zerorelay.v1.ClientFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ClientFrame message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {zerorelay.v1.ClientFrame & zerorelay.v1.ClientFrame.$Shape} ClientFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): zerorelay.v1.ClientFrame & zerorelay.v1.ClientFrame.$Shape;

            /**
             * Decodes a ClientFrame message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {zerorelay.v1.ClientFrame & zerorelay.v1.ClientFrame.$Shape} ClientFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zerorelay.v1.ClientFrame & zerorelay.v1.ClientFrame.$Shape;

            /**
             * Verifies a ClientFrame message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ClientFrame message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ClientFrame
             */
            static fromObject(object: { [k: string]: any }): zerorelay.v1.ClientFrame;

            /**
             * Creates a plain object from a ClientFrame message. Also converts values to other types if specified.
             * @param message ClientFrame
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: zerorelay.v1.ClientFrame, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ClientFrame to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ClientFrame
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ClientFrame {

            /** Properties of a ClientFrame. */
            interface $Properties {

                /** ClientFrame id */
                id?: (number|null);

                /** ClientFrame connect */
                connect?: (zerorelay.v1.Connect.$Properties|null);

                /** ClientFrame subscribe */
                subscribe?: (zerorelay.v1.Subscribe.$Properties|null);

                /** ClientFrame unsubscribe */
                unsubscribe?: (zerorelay.v1.Unsubscribe.$Properties|null);

                /** ClientFrame publish */
                publish?: (zerorelay.v1.Publish.$Properties|null);

                /** ClientFrame ack */
                ack?: (zerorelay.v1.Ack.$Properties|null);

                /** ClientFrame refresh */
                refresh?: (zerorelay.v1.Refresh.$Properties|null);

                /** ClientFrame ping */
                ping?: (zerorelay.v1.Ping.$Properties|null);

                /** ClientFrame kind */
                kind?: ("connect"|"subscribe"|"unsubscribe"|"publish"|"ack"|"refresh"|"ping");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a ClientFrame. */
            type $Shape = {
              id?: number|null;
              connect?: zerorelay.v1.Connect.$Shape|null;
              subscribe?: zerorelay.v1.Subscribe.$Shape|null;
              unsubscribe?: zerorelay.v1.Unsubscribe.$Shape|null;
              publish?: zerorelay.v1.Publish.$Shape|null;
              ack?: zerorelay.v1.Ack.$Shape|null;
              refresh?: zerorelay.v1.Refresh.$Shape|null;
              ping?: zerorelay.v1.Ping.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ kind?: undefined; connect?: null; subscribe?: null; unsubscribe?: null; publish?: null; ack?: null; refresh?: null; ping?: null }|{ kind?: "connect"; connect: zerorelay.v1.Connect.$Shape; subscribe?: null; unsubscribe?: null; publish?: null; ack?: null; refresh?: null; ping?: null }|{ kind?: "subscribe"; connect?: null; subscribe: zerorelay.v1.Subscribe.$Shape; unsubscribe?: null; publish?: null; ack?: null; refresh?: null; ping?: null }|{ kind?: "unsubscribe"; connect?: null; subscribe?: null; unsubscribe: zerorelay.v1.Unsubscribe.$Shape; publish?: null; ack?: null; refresh?: null; ping?: null }|{ kind?: "publish"; connect?: null; subscribe?: null; unsubscribe?: null; publish: zerorelay.v1.Publish.$Shape; ack?: null; refresh?: null; ping?: null }|{ kind?: "ack"; connect?: null; subscribe?: null; unsubscribe?: null; publish?: null; ack: zerorelay.v1.Ack.$Shape; refresh?: null; ping?: null }|{ kind?: "refresh"; connect?: null; subscribe?: null; unsubscribe?: null; publish?: null; ack?: null; refresh: zerorelay.v1.Refresh.$Shape; ping?: null }|{ kind?: "ping"; connect?: null; subscribe?: null; unsubscribe?: null; publish?: null; ack?: null; refresh?: null; ping: zerorelay.v1.Ping.$Shape })
            );
        }

        /**
         * Properties of a ServerFrame.
         * @deprecated Use zerorelay.v1.ServerFrame.$Properties instead.
         */
        interface IServerFrame extends zerorelay.v1.ServerFrame.$Properties {
        }

        /** Represents a ServerFrame. */
        class ServerFrame {

            /**
             * Constructs a new ServerFrame.
             * @param [properties] Properties to set
             */
            constructor(properties?: zerorelay.v1.ServerFrame.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ServerFrame id. */
            id: number;

            /** ServerFrame connected. */
            connected?: (zerorelay.v1.Connected.$Properties|null);

            /** ServerFrame subscribeAck. */
            subscribeAck?: (zerorelay.v1.SubscribeAck.$Properties|null);

            /** ServerFrame unsubscribeAck. */
            unsubscribeAck?: (zerorelay.v1.UnsubscribeAck.$Properties|null);

            /** ServerFrame delivery. */
            delivery?: (zerorelay.v1.Delivery.$Properties|null);

            /** ServerFrame publishAck. */
            publishAck?: (zerorelay.v1.PublishAck.$Properties|null);

            /** ServerFrame error. */
            error?: (zerorelay.v1.Error.$Properties|null);

            /** ServerFrame pong. */
            pong?: (zerorelay.v1.Pong.$Properties|null);

            /** ServerFrame disconnect. */
            disconnect?: (zerorelay.v1.Disconnect.$Properties|null);

            /** ServerFrame refreshed. */
            refreshed?: (zerorelay.v1.Refreshed.$Properties|null);

            /** ServerFrame gap. */
            gap?: (zerorelay.v1.Gap.$Properties|null);

            /** ServerFrame kind. */
            kind?: ("connected"|"subscribeAck"|"unsubscribeAck"|"delivery"|"publishAck"|"error"|"pong"|"disconnect"|"refreshed"|"gap");

            /**
             * Creates a new ServerFrame instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ServerFrame instance
             */
            static create(properties: zerorelay.v1.ServerFrame.$Shape): zerorelay.v1.ServerFrame & zerorelay.v1.ServerFrame.$Shape;
            static create(properties?: zerorelay.v1.ServerFrame.$Properties): zerorelay.v1.ServerFrame;

            /**
             * Encodes the specified ServerFrame message. Does not implicitly {@link zerorelay.v1.ServerFrame.verify|verify} messages.
             * @param message ServerFrame message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: zerorelay.v1.ServerFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ServerFrame message, length delimited. Does not implicitly {@link zerorelay.v1.ServerFrame.verify|verify} messages.
             * @param message ServerFrame message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: zerorelay.v1.ServerFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ServerFrame message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {zerorelay.v1.ServerFrame & zerorelay.v1.ServerFrame.$Shape} ServerFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): zerorelay.v1.ServerFrame & zerorelay.v1.ServerFrame.$Shape;

            /**
             * Decodes a ServerFrame message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {zerorelay.v1.ServerFrame & zerorelay.v1.ServerFrame.$Shape} ServerFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zerorelay.v1.ServerFrame & zerorelay.v1.ServerFrame.$Shape;

            /**
             * Verifies a ServerFrame message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ServerFrame message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ServerFrame
             */
            static fromObject(object: { [k: string]: any }): zerorelay.v1.ServerFrame;

            /**
             * Creates a plain object from a ServerFrame message. Also converts values to other types if specified.
             * @param message ServerFrame
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: zerorelay.v1.ServerFrame, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ServerFrame to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ServerFrame
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ServerFrame {

            /** Properties of a ServerFrame. */
            interface $Properties {

                /** ServerFrame id */
                id?: (number|null);

                /** ServerFrame connected */
                connected?: (zerorelay.v1.Connected.$Properties|null);

                /** ServerFrame subscribeAck */
                subscribeAck?: (zerorelay.v1.SubscribeAck.$Properties|null);

                /** ServerFrame unsubscribeAck */
                unsubscribeAck?: (zerorelay.v1.UnsubscribeAck.$Properties|null);

                /** ServerFrame delivery */
                delivery?: (zerorelay.v1.Delivery.$Properties|null);

                /** ServerFrame publishAck */
                publishAck?: (zerorelay.v1.PublishAck.$Properties|null);

                /** ServerFrame error */
                error?: (zerorelay.v1.Error.$Properties|null);

                /** ServerFrame pong */
                pong?: (zerorelay.v1.Pong.$Properties|null);

                /** ServerFrame disconnect */
                disconnect?: (zerorelay.v1.Disconnect.$Properties|null);

                /** ServerFrame refreshed */
                refreshed?: (zerorelay.v1.Refreshed.$Properties|null);

                /** ServerFrame gap */
                gap?: (zerorelay.v1.Gap.$Properties|null);

                /** ServerFrame kind */
                kind?: ("connected"|"subscribeAck"|"unsubscribeAck"|"delivery"|"publishAck"|"error"|"pong"|"disconnect"|"refreshed"|"gap");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a ServerFrame. */
            type $Shape = {
              id?: number|null;
              connected?: zerorelay.v1.Connected.$Shape|null;
              subscribeAck?: zerorelay.v1.SubscribeAck.$Shape|null;
              unsubscribeAck?: zerorelay.v1.UnsubscribeAck.$Shape|null;
              delivery?: zerorelay.v1.Delivery.$Shape|null;
              publishAck?: zerorelay.v1.PublishAck.$Shape|null;
              error?: zerorelay.v1.Error.$Shape|null;
              pong?: zerorelay.v1.Pong.$Shape|null;
              disconnect?: zerorelay.v1.Disconnect.$Shape|null;
              refreshed?: zerorelay.v1.Refreshed.$Shape|null;
              gap?: zerorelay.v1.Gap.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ kind?: undefined; connected?: null; subscribeAck?: null; unsubscribeAck?: null; delivery?: null; publishAck?: null; error?: null; pong?: null; disconnect?: null; refreshed?: null; gap?: null }|{ kind?: "connected"; connected: zerorelay.v1.Connected.$Shape; subscribeAck?: null; unsubscribeAck?: null; delivery?: null; publishAck?: null; error?: null; pong?: null; disconnect?: null; refreshed?: null; gap?: null }|{ kind?: "subscribeAck"; connected?: null; subscribeAck: zerorelay.v1.SubscribeAck.$Shape; unsubscribeAck?: null; delivery?: null; publishAck?: null; error?: null; pong?: null; disconnect?: null; refreshed?: null; gap?: null }|{ kind?: "unsubscribeAck"; connected?: null; subscribeAck?: null; unsubscribeAck: zerorelay.v1.UnsubscribeAck.$Shape; delivery?: null; publishAck?: null; error?: null; pong?: null; disconnect?: null; refreshed?: null; gap?: null }|{ kind?: "delivery"; connected?: null; subscribeAck?: null; unsubscribeAck?: null; delivery: zerorelay.v1.Delivery.$Shape; publishAck?: null; error?: null; pong?: null; disconnect?: null; refreshed?: null; gap?: null }|{ kind?: "publishAck"; connected?: null; subscribeAck?: null; unsubscribeAck?: null; delivery?: null; publishAck: zerorelay.v1.PublishAck.$Shape; error?: null; pong?: null; disconnect?: null; refreshed?: null; gap?: null }|{ kind?: "error"; connected?: null; subscribeAck?: null; unsubscribeAck?: null; delivery?: null; publishAck?: null; error: zerorelay.v1.Error.$Shape; pong?: null; disconnect?: null; refreshed?: null; gap?: null }|{ kind?: "pong"; connected?: null; subscribeAck?: null; unsubscribeAck?: null; delivery?: null; publishAck?: null; error?: null; pong: zerorelay.v1.Pong.$Shape; disconnect?: null; refreshed?: null; gap?: null }|{ kind?: "disconnect"; connected?: null; subscribeAck?: null; unsubscribeAck?: null; delivery?: null; publishAck?: null; error?: null; pong?: null; disconnect: zerorelay.v1.Disconnect.$Shape; refreshed?: null; gap?: null }|{ kind?: "refreshed"; connected?: null; subscribeAck?: null; unsubscribeAck?: null; delivery?: null; publishAck?: null; error?: null; pong?: null; disconnect?: null; refreshed: zerorelay.v1.Refreshed.$Shape; gap?: null }|{ kind?: "gap"; connected?: null; subscribeAck?: null; unsubscribeAck?: null; delivery?: null; publishAck?: null; error?: null; pong?: null; disconnect?: null; refreshed?: null; gap: zerorelay.v1.Gap.$Shape })
            );
        }

        /**
         * Properties of a Connect.
         * @deprecated Use zerorelay.v1.Connect.$Properties instead.
         */
        interface IConnect extends zerorelay.v1.Connect.$Properties {
        }

        /** Represents a Connect. */
        class Connect {

            /**
             * Constructs a new Connect.
             * @param [properties] Properties to set
             */
            constructor(properties?: zerorelay.v1.Connect.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Connect token. */
            token: string;

            /** Connect clientName. */
            clientName: string;

            /** Connect clientVersion. */
            clientVersion: string;

            /** Connect resume. */
            resume?: (zerorelay.v1.ResumeInfo.$Properties|null);

            /**
             * Creates a new Connect instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Connect instance
             */
            static create(properties: zerorelay.v1.Connect.$Shape): zerorelay.v1.Connect & zerorelay.v1.Connect.$Shape;
            static create(properties?: zerorelay.v1.Connect.$Properties): zerorelay.v1.Connect;

            /**
             * Encodes the specified Connect message. Does not implicitly {@link zerorelay.v1.Connect.verify|verify} messages.
             * @param message Connect message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: zerorelay.v1.Connect.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Connect message, length delimited. Does not implicitly {@link zerorelay.v1.Connect.verify|verify} messages.
             * @param message Connect message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: zerorelay.v1.Connect.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Connect message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {zerorelay.v1.Connect & zerorelay.v1.Connect.$Shape} Connect
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): zerorelay.v1.Connect & zerorelay.v1.Connect.$Shape;

            /**
             * Decodes a Connect message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {zerorelay.v1.Connect & zerorelay.v1.Connect.$Shape} Connect
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zerorelay.v1.Connect & zerorelay.v1.Connect.$Shape;

            /**
             * Verifies a Connect message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Connect message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Connect
             */
            static fromObject(object: { [k: string]: any }): zerorelay.v1.Connect;

            /**
             * Creates a plain object from a Connect message. Also converts values to other types if specified.
             * @param message Connect
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: zerorelay.v1.Connect, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Connect to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Connect
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Connect {

            /** Properties of a Connect. */
            interface $Properties {

                /** Connect token */
                token?: (string|null);

                /** Connect clientName */
                clientName?: (string|null);

                /** Connect clientVersion */
                clientVersion?: (string|null);

                /** Connect resume */
                resume?: (zerorelay.v1.ResumeInfo.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Connect. */
            type $Shape = zerorelay.v1.Connect.$Properties;
        }

        /**
         * Properties of a ResumeInfo.
         * @deprecated Use zerorelay.v1.ResumeInfo.$Properties instead.
         */
        interface IResumeInfo extends zerorelay.v1.ResumeInfo.$Properties {
        }

        /** Represents a ResumeInfo. */
        class ResumeInfo {

            /**
             * Constructs a new ResumeInfo.
             * @param [properties] Properties to set
             */
            constructor(properties?: zerorelay.v1.ResumeInfo.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ResumeInfo previousSessionId. */
            previousSessionId: string;

            /** ResumeInfo attempt. */
            attempt: number;

            /**
             * Creates a new ResumeInfo instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ResumeInfo instance
             */
            static create(properties: zerorelay.v1.ResumeInfo.$Shape): zerorelay.v1.ResumeInfo & zerorelay.v1.ResumeInfo.$Shape;
            static create(properties?: zerorelay.v1.ResumeInfo.$Properties): zerorelay.v1.ResumeInfo;

            /**
             * Encodes the specified ResumeInfo message. Does not implicitly {@link zerorelay.v1.ResumeInfo.verify|verify} messages.
             * @param message ResumeInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: zerorelay.v1.ResumeInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ResumeInfo message, length delimited. Does not implicitly {@link zerorelay.v1.ResumeInfo.verify|verify} messages.
             * @param message ResumeInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: zerorelay.v1.ResumeInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ResumeInfo message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {zerorelay.v1.ResumeInfo & zerorelay.v1.ResumeInfo.$Shape} ResumeInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): zerorelay.v1.ResumeInfo & zerorelay.v1.ResumeInfo.$Shape;

            /**
             * Decodes a ResumeInfo message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {zerorelay.v1.ResumeInfo & zerorelay.v1.ResumeInfo.$Shape} ResumeInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zerorelay.v1.ResumeInfo & zerorelay.v1.ResumeInfo.$Shape;

            /**
             * Verifies a ResumeInfo message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ResumeInfo message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ResumeInfo
             */
            static fromObject(object: { [k: string]: any }): zerorelay.v1.ResumeInfo;

            /**
             * Creates a plain object from a ResumeInfo message. Also converts values to other types if specified.
             * @param message ResumeInfo
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: zerorelay.v1.ResumeInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ResumeInfo to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ResumeInfo
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ResumeInfo {

            /** Properties of a ResumeInfo. */
            interface $Properties {

                /** ResumeInfo previousSessionId */
                previousSessionId?: (string|null);

                /** ResumeInfo attempt */
                attempt?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ResumeInfo. */
            type $Shape = zerorelay.v1.ResumeInfo.$Properties;
        }

        /**
         * Properties of a Subscribe.
         * @deprecated Use zerorelay.v1.Subscribe.$Properties instead.
         */
        interface ISubscribe extends zerorelay.v1.Subscribe.$Properties {
        }

        /** Represents a Subscribe. */
        class Subscribe {

            /**
             * Constructs a new Subscribe.
             * @param [properties] Properties to set
             */
            constructor(properties?: zerorelay.v1.Subscribe.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Subscribe topic. */
            topic: string;

            /** Subscribe mode. */
            mode: zerorelay.v1.DeliveryMode;

            /** Subscribe resumeAfter. */
            resumeAfter?: (zerorelay.v1.StreamPosition.$Properties|null);

            /** Subscribe maxInFlight. */
            maxInFlight: number;

            /**
             * Creates a new Subscribe instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Subscribe instance
             */
            static create(properties: zerorelay.v1.Subscribe.$Shape): zerorelay.v1.Subscribe & zerorelay.v1.Subscribe.$Shape;
            static create(properties?: zerorelay.v1.Subscribe.$Properties): zerorelay.v1.Subscribe;

            /**
             * Encodes the specified Subscribe message. Does not implicitly {@link zerorelay.v1.Subscribe.verify|verify} messages.
             * @param message Subscribe message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: zerorelay.v1.Subscribe.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Subscribe message, length delimited. Does not implicitly {@link zerorelay.v1.Subscribe.verify|verify} messages.
             * @param message Subscribe message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: zerorelay.v1.Subscribe.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Subscribe message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {zerorelay.v1.Subscribe & zerorelay.v1.Subscribe.$Shape} Subscribe
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): zerorelay.v1.Subscribe & zerorelay.v1.Subscribe.$Shape;

            /**
             * Decodes a Subscribe message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {zerorelay.v1.Subscribe & zerorelay.v1.Subscribe.$Shape} Subscribe
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zerorelay.v1.Subscribe & zerorelay.v1.Subscribe.$Shape;

            /**
             * Verifies a Subscribe message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Subscribe message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Subscribe
             */
            static fromObject(object: { [k: string]: any }): zerorelay.v1.Subscribe;

            /**
             * Creates a plain object from a Subscribe message. Also converts values to other types if specified.
             * @param message Subscribe
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: zerorelay.v1.Subscribe, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Subscribe to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Subscribe
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Subscribe {

            /** Properties of a Subscribe. */
            interface $Properties {

                /** Subscribe topic */
                topic?: (string|null);

                /** Subscribe mode */
                mode?: (zerorelay.v1.DeliveryMode|null);

                /** Subscribe resumeAfter */
                resumeAfter?: (zerorelay.v1.StreamPosition.$Properties|null);

                /** Subscribe maxInFlight */
                maxInFlight?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Subscribe. */
            type $Shape = zerorelay.v1.Subscribe.$Properties;
        }

        /**
         * Properties of an Unsubscribe.
         * @deprecated Use zerorelay.v1.Unsubscribe.$Properties instead.
         */
        interface IUnsubscribe extends zerorelay.v1.Unsubscribe.$Properties {
        }

        /** Represents an Unsubscribe. */
        class Unsubscribe {

            /**
             * Constructs a new Unsubscribe.
             * @param [properties] Properties to set
             */
            constructor(properties?: zerorelay.v1.Unsubscribe.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Unsubscribe topic. */
            topic: string;

            /**
             * Creates a new Unsubscribe instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Unsubscribe instance
             */
            static create(properties: zerorelay.v1.Unsubscribe.$Shape): zerorelay.v1.Unsubscribe & zerorelay.v1.Unsubscribe.$Shape;
            static create(properties?: zerorelay.v1.Unsubscribe.$Properties): zerorelay.v1.Unsubscribe;

            /**
             * Encodes the specified Unsubscribe message. Does not implicitly {@link zerorelay.v1.Unsubscribe.verify|verify} messages.
             * @param message Unsubscribe message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: zerorelay.v1.Unsubscribe.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Unsubscribe message, length delimited. Does not implicitly {@link zerorelay.v1.Unsubscribe.verify|verify} messages.
             * @param message Unsubscribe message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: zerorelay.v1.Unsubscribe.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Unsubscribe message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {zerorelay.v1.Unsubscribe & zerorelay.v1.Unsubscribe.$Shape} Unsubscribe
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): zerorelay.v1.Unsubscribe & zerorelay.v1.Unsubscribe.$Shape;

            /**
             * Decodes an Unsubscribe message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {zerorelay.v1.Unsubscribe & zerorelay.v1.Unsubscribe.$Shape} Unsubscribe
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zerorelay.v1.Unsubscribe & zerorelay.v1.Unsubscribe.$Shape;

            /**
             * Verifies an Unsubscribe message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an Unsubscribe message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Unsubscribe
             */
            static fromObject(object: { [k: string]: any }): zerorelay.v1.Unsubscribe;

            /**
             * Creates a plain object from an Unsubscribe message. Also converts values to other types if specified.
             * @param message Unsubscribe
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: zerorelay.v1.Unsubscribe, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Unsubscribe to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Unsubscribe
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Unsubscribe {

            /** Properties of an Unsubscribe. */
            interface $Properties {

                /** Unsubscribe topic */
                topic?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Unsubscribe. */
            type $Shape = zerorelay.v1.Unsubscribe.$Properties;
        }

        /**
         * Properties of a Publish.
         * @deprecated Use zerorelay.v1.Publish.$Properties instead.
         */
        interface IPublish extends zerorelay.v1.Publish.$Properties {
        }

        /** Represents a Publish. */
        class Publish {

            /**
             * Constructs a new Publish.
             * @param [properties] Properties to set
             */
            constructor(properties?: zerorelay.v1.Publish.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Publish topic. */
            topic: string;

            /** Publish payload. */
            payload: Uint8Array;

            /** Publish headers. */
            headers: { [k: string]: string };

            /** Publish idempotencyKey. */
            idempotencyKey: string;

            /** Publish ack. */
            ack: boolean;

            /**
             * Creates a new Publish instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Publish instance
             */
            static create(properties: zerorelay.v1.Publish.$Shape): zerorelay.v1.Publish & zerorelay.v1.Publish.$Shape;
            static create(properties?: zerorelay.v1.Publish.$Properties): zerorelay.v1.Publish;

            /**
             * Encodes the specified Publish message. Does not implicitly {@link zerorelay.v1.Publish.verify|verify} messages.
             * @param message Publish message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: zerorelay.v1.Publish.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Publish message, length delimited. Does not implicitly {@link zerorelay.v1.Publish.verify|verify} messages.
             * @param message Publish message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: zerorelay.v1.Publish.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Publish message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {zerorelay.v1.Publish & zerorelay.v1.Publish.$Shape} Publish
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): zerorelay.v1.Publish & zerorelay.v1.Publish.$Shape;

            /**
             * Decodes a Publish message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {zerorelay.v1.Publish & zerorelay.v1.Publish.$Shape} Publish
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zerorelay.v1.Publish & zerorelay.v1.Publish.$Shape;

            /**
             * Verifies a Publish message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Publish message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Publish
             */
            static fromObject(object: { [k: string]: any }): zerorelay.v1.Publish;

            /**
             * Creates a plain object from a Publish message. Also converts values to other types if specified.
             * @param message Publish
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: zerorelay.v1.Publish, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Publish to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Publish
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Publish {

            /** Properties of a Publish. */
            interface $Properties {

                /** Publish topic */
                topic?: (string|null);

                /** Publish payload */
                payload?: (Uint8Array|null);

                /** Publish headers */
                headers?: ({ [k: string]: string }|null);

                /** Publish idempotencyKey */
                idempotencyKey?: (string|null);

                /** Publish ack */
                ack?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Publish. */
            type $Shape = zerorelay.v1.Publish.$Properties;
        }

        /**
         * Properties of an Ack.
         * @deprecated Use zerorelay.v1.Ack.$Properties instead.
         */
        interface IAck extends zerorelay.v1.Ack.$Properties {
        }

        /** Represents an Ack. */
        class Ack {

            /**
             * Constructs a new Ack.
             * @param [properties] Properties to set
             */
            constructor(properties?: zerorelay.v1.Ack.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Ack topic. */
            topic: string;

            /** Ack epoch. */
            epoch: string;

            /** Ack offset. */
            offset: (number|Long);

            /**
             * Creates a new Ack instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Ack instance
             */
            static create(properties: zerorelay.v1.Ack.$Shape): zerorelay.v1.Ack & zerorelay.v1.Ack.$Shape;
            static create(properties?: zerorelay.v1.Ack.$Properties): zerorelay.v1.Ack;

            /**
             * Encodes the specified Ack message. Does not implicitly {@link zerorelay.v1.Ack.verify|verify} messages.
             * @param message Ack message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: zerorelay.v1.Ack.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Ack message, length delimited. Does not implicitly {@link zerorelay.v1.Ack.verify|verify} messages.
             * @param message Ack message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: zerorelay.v1.Ack.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Ack message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {zerorelay.v1.Ack & zerorelay.v1.Ack.$Shape} Ack
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): zerorelay.v1.Ack & zerorelay.v1.Ack.$Shape;

            /**
             * Decodes an Ack message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {zerorelay.v1.Ack & zerorelay.v1.Ack.$Shape} Ack
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zerorelay.v1.Ack & zerorelay.v1.Ack.$Shape;

            /**
             * Verifies an Ack message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an Ack message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Ack
             */
            static fromObject(object: { [k: string]: any }): zerorelay.v1.Ack;

            /**
             * Creates a plain object from an Ack message. Also converts values to other types if specified.
             * @param message Ack
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: zerorelay.v1.Ack, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Ack to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Ack
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Ack {

            /** Properties of an Ack. */
            interface $Properties {

                /** Ack topic */
                topic?: (string|null);

                /** Ack epoch */
                epoch?: (string|null);

                /** Ack offset */
                offset?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Ack. */
            type $Shape = zerorelay.v1.Ack.$Properties;
        }

        /**
         * Properties of a Refresh.
         * @deprecated Use zerorelay.v1.Refresh.$Properties instead.
         */
        interface IRefresh extends zerorelay.v1.Refresh.$Properties {
        }

        /** Represents a Refresh. */
        class Refresh {

            /**
             * Constructs a new Refresh.
             * @param [properties] Properties to set
             */
            constructor(properties?: zerorelay.v1.Refresh.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Refresh token. */
            token: string;

            /**
             * Creates a new Refresh instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Refresh instance
             */
            static create(properties: zerorelay.v1.Refresh.$Shape): zerorelay.v1.Refresh & zerorelay.v1.Refresh.$Shape;
            static create(properties?: zerorelay.v1.Refresh.$Properties): zerorelay.v1.Refresh;

            /**
             * Encodes the specified Refresh message. Does not implicitly {@link zerorelay.v1.Refresh.verify|verify} messages.
             * @param message Refresh message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: zerorelay.v1.Refresh.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Refresh message, length delimited. Does not implicitly {@link zerorelay.v1.Refresh.verify|verify} messages.
             * @param message Refresh message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: zerorelay.v1.Refresh.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Refresh message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {zerorelay.v1.Refresh & zerorelay.v1.Refresh.$Shape} Refresh
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): zerorelay.v1.Refresh & zerorelay.v1.Refresh.$Shape;

            /**
             * Decodes a Refresh message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {zerorelay.v1.Refresh & zerorelay.v1.Refresh.$Shape} Refresh
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zerorelay.v1.Refresh & zerorelay.v1.Refresh.$Shape;

            /**
             * Verifies a Refresh message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Refresh message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Refresh
             */
            static fromObject(object: { [k: string]: any }): zerorelay.v1.Refresh;

            /**
             * Creates a plain object from a Refresh message. Also converts values to other types if specified.
             * @param message Refresh
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: zerorelay.v1.Refresh, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Refresh to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Refresh
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Refresh {

            /** Properties of a Refresh. */
            interface $Properties {

                /** Refresh token */
                token?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Refresh. */
            type $Shape = zerorelay.v1.Refresh.$Properties;
        }

        /**
         * Properties of a Ping.
         * @deprecated Use zerorelay.v1.Ping.$Properties instead.
         */
        interface IPing extends zerorelay.v1.Ping.$Properties {
        }

        /** Represents a Ping. */
        class Ping {

            /**
             * Constructs a new Ping.
             * @param [properties] Properties to set
             */
            constructor(properties?: zerorelay.v1.Ping.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Ping clientTimeMs. */
            clientTimeMs: (number|Long);

            /**
             * Creates a new Ping instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Ping instance
             */
            static create(properties: zerorelay.v1.Ping.$Shape): zerorelay.v1.Ping & zerorelay.v1.Ping.$Shape;
            static create(properties?: zerorelay.v1.Ping.$Properties): zerorelay.v1.Ping;

            /**
             * Encodes the specified Ping message. Does not implicitly {@link zerorelay.v1.Ping.verify|verify} messages.
             * @param message Ping message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: zerorelay.v1.Ping.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Ping message, length delimited. Does not implicitly {@link zerorelay.v1.Ping.verify|verify} messages.
             * @param message Ping message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: zerorelay.v1.Ping.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Ping message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {zerorelay.v1.Ping & zerorelay.v1.Ping.$Shape} Ping
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): zerorelay.v1.Ping & zerorelay.v1.Ping.$Shape;

            /**
             * Decodes a Ping message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {zerorelay.v1.Ping & zerorelay.v1.Ping.$Shape} Ping
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zerorelay.v1.Ping & zerorelay.v1.Ping.$Shape;

            /**
             * Verifies a Ping message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Ping message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Ping
             */
            static fromObject(object: { [k: string]: any }): zerorelay.v1.Ping;

            /**
             * Creates a plain object from a Ping message. Also converts values to other types if specified.
             * @param message Ping
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: zerorelay.v1.Ping, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Ping to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Ping
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Ping {

            /** Properties of a Ping. */
            interface $Properties {

                /** Ping clientTimeMs */
                clientTimeMs?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Ping. */
            type $Shape = zerorelay.v1.Ping.$Properties;
        }

        /**
         * Properties of a Connected.
         * @deprecated Use zerorelay.v1.Connected.$Properties instead.
         */
        interface IConnected extends zerorelay.v1.Connected.$Properties {
        }

        /** Represents a Connected. */
        class Connected {

            /**
             * Constructs a new Connected.
             * @param [properties] Properties to set
             */
            constructor(properties?: zerorelay.v1.Connected.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Connected sessionId. */
            sessionId: string;

            /** Connected serverVersion. */
            serverVersion: string;

            /** Connected limits. */
            limits?: (zerorelay.v1.Limits.$Properties|null);

            /** Connected subject. */
            subject: string;

            /** Connected tokenExpiresAtMs. */
            tokenExpiresAtMs: (number|Long);

            /** Connected features. */
            features: string[];

            /**
             * Creates a new Connected instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Connected instance
             */
            static create(properties: zerorelay.v1.Connected.$Shape): zerorelay.v1.Connected & zerorelay.v1.Connected.$Shape;
            static create(properties?: zerorelay.v1.Connected.$Properties): zerorelay.v1.Connected;

            /**
             * Encodes the specified Connected message. Does not implicitly {@link zerorelay.v1.Connected.verify|verify} messages.
             * @param message Connected message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: zerorelay.v1.Connected.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Connected message, length delimited. Does not implicitly {@link zerorelay.v1.Connected.verify|verify} messages.
             * @param message Connected message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: zerorelay.v1.Connected.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Connected message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {zerorelay.v1.Connected & zerorelay.v1.Connected.$Shape} Connected
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): zerorelay.v1.Connected & zerorelay.v1.Connected.$Shape;

            /**
             * Decodes a Connected message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {zerorelay.v1.Connected & zerorelay.v1.Connected.$Shape} Connected
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zerorelay.v1.Connected & zerorelay.v1.Connected.$Shape;

            /**
             * Verifies a Connected message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Connected message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Connected
             */
            static fromObject(object: { [k: string]: any }): zerorelay.v1.Connected;

            /**
             * Creates a plain object from a Connected message. Also converts values to other types if specified.
             * @param message Connected
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: zerorelay.v1.Connected, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Connected to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Connected
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Connected {

            /** Properties of a Connected. */
            interface $Properties {

                /** Connected sessionId */
                sessionId?: (string|null);

                /** Connected serverVersion */
                serverVersion?: (string|null);

                /** Connected limits */
                limits?: (zerorelay.v1.Limits.$Properties|null);

                /** Connected subject */
                subject?: (string|null);

                /** Connected tokenExpiresAtMs */
                tokenExpiresAtMs?: (number|Long|null);

                /** Connected features */
                features?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Connected. */
            type $Shape = zerorelay.v1.Connected.$Properties;
        }

        /**
         * Properties of a Limits.
         * @deprecated Use zerorelay.v1.Limits.$Properties instead.
         */
        interface ILimits extends zerorelay.v1.Limits.$Properties {
        }

        /** Represents a Limits. */
        class Limits {

            /**
             * Constructs a new Limits.
             * @param [properties] Properties to set
             */
            constructor(properties?: zerorelay.v1.Limits.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Limits maxFrameBytes. */
            maxFrameBytes: number;

            /** Limits pingIntervalMs. */
            pingIntervalMs: number;

            /** Limits pongTimeoutMs. */
            pongTimeoutMs: number;

            /** Limits messagesPerSecond. */
            messagesPerSecond: number;

            /** Limits messagesBurst. */
            messagesBurst: number;

            /** Limits bytesPerSecond. */
            bytesPerSecond: number;

            /** Limits bytesBurst. */
            bytesBurst: number;

            /** Limits maxSubscriptions. */
            maxSubscriptions: number;

            /** Limits maxInFlight. */
            maxInFlight: number;

            /** Limits ackWaitMs. */
            ackWaitMs: number;

            /** Limits maxDeliver. */
            maxDeliver: number;

            /**
             * Creates a new Limits instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Limits instance
             */
            static create(properties: zerorelay.v1.Limits.$Shape): zerorelay.v1.Limits & zerorelay.v1.Limits.$Shape;
            static create(properties?: zerorelay.v1.Limits.$Properties): zerorelay.v1.Limits;

            /**
             * Encodes the specified Limits message. Does not implicitly {@link zerorelay.v1.Limits.verify|verify} messages.
             * @param message Limits message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: zerorelay.v1.Limits.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Limits message, length delimited. Does not implicitly {@link zerorelay.v1.Limits.verify|verify} messages.
             * @param message Limits message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: zerorelay.v1.Limits.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Limits message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {zerorelay.v1.Limits & zerorelay.v1.Limits.$Shape} Limits
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): zerorelay.v1.Limits & zerorelay.v1.Limits.$Shape;

            /**
             * Decodes a Limits message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {zerorelay.v1.Limits & zerorelay.v1.Limits.$Shape} Limits
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zerorelay.v1.Limits & zerorelay.v1.Limits.$Shape;

            /**
             * Verifies a Limits message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Limits message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Limits
             */
            static fromObject(object: { [k: string]: any }): zerorelay.v1.Limits;

            /**
             * Creates a plain object from a Limits message. Also converts values to other types if specified.
             * @param message Limits
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: zerorelay.v1.Limits, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Limits to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Limits
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Limits {

            /** Properties of a Limits. */
            interface $Properties {

                /** Limits maxFrameBytes */
                maxFrameBytes?: (number|null);

                /** Limits pingIntervalMs */
                pingIntervalMs?: (number|null);

                /** Limits pongTimeoutMs */
                pongTimeoutMs?: (number|null);

                /** Limits messagesPerSecond */
                messagesPerSecond?: (number|null);

                /** Limits messagesBurst */
                messagesBurst?: (number|null);

                /** Limits bytesPerSecond */
                bytesPerSecond?: (number|null);

                /** Limits bytesBurst */
                bytesBurst?: (number|null);

                /** Limits maxSubscriptions */
                maxSubscriptions?: (number|null);

                /** Limits maxInFlight */
                maxInFlight?: (number|null);

                /** Limits ackWaitMs */
                ackWaitMs?: (number|null);

                /** Limits maxDeliver */
                maxDeliver?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Limits. */
            type $Shape = zerorelay.v1.Limits.$Properties;
        }

        /**
         * Properties of a SubscribeAck.
         * @deprecated Use zerorelay.v1.SubscribeAck.$Properties instead.
         */
        interface ISubscribeAck extends zerorelay.v1.SubscribeAck.$Properties {
        }

        /** Represents a SubscribeAck. */
        class SubscribeAck {

            /**
             * Constructs a new SubscribeAck.
             * @param [properties] Properties to set
             */
            constructor(properties?: zerorelay.v1.SubscribeAck.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SubscribeAck topic. */
            topic: string;

            /** SubscribeAck position. */
            position?: (zerorelay.v1.StreamPosition.$Properties|null);

            /** SubscribeAck maxInFlight. */
            maxInFlight: number;

            /** SubscribeAck mode. */
            mode: zerorelay.v1.DeliveryMode;

            /**
             * Creates a new SubscribeAck instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SubscribeAck instance
             */
            static create(properties: zerorelay.v1.SubscribeAck.$Shape): zerorelay.v1.SubscribeAck & zerorelay.v1.SubscribeAck.$Shape;
            static create(properties?: zerorelay.v1.SubscribeAck.$Properties): zerorelay.v1.SubscribeAck;

            /**
             * Encodes the specified SubscribeAck message. Does not implicitly {@link zerorelay.v1.SubscribeAck.verify|verify} messages.
             * @param message SubscribeAck message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: zerorelay.v1.SubscribeAck.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SubscribeAck message, length delimited. Does not implicitly {@link zerorelay.v1.SubscribeAck.verify|verify} messages.
             * @param message SubscribeAck message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: zerorelay.v1.SubscribeAck.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SubscribeAck message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {zerorelay.v1.SubscribeAck & zerorelay.v1.SubscribeAck.$Shape} SubscribeAck
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): zerorelay.v1.SubscribeAck & zerorelay.v1.SubscribeAck.$Shape;

            /**
             * Decodes a SubscribeAck message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {zerorelay.v1.SubscribeAck & zerorelay.v1.SubscribeAck.$Shape} SubscribeAck
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zerorelay.v1.SubscribeAck & zerorelay.v1.SubscribeAck.$Shape;

            /**
             * Verifies a SubscribeAck message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SubscribeAck message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SubscribeAck
             */
            static fromObject(object: { [k: string]: any }): zerorelay.v1.SubscribeAck;

            /**
             * Creates a plain object from a SubscribeAck message. Also converts values to other types if specified.
             * @param message SubscribeAck
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: zerorelay.v1.SubscribeAck, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SubscribeAck to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SubscribeAck
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SubscribeAck {

            /** Properties of a SubscribeAck. */
            interface $Properties {

                /** SubscribeAck topic */
                topic?: (string|null);

                /** SubscribeAck position */
                position?: (zerorelay.v1.StreamPosition.$Properties|null);

                /** SubscribeAck maxInFlight */
                maxInFlight?: (number|null);

                /** SubscribeAck mode */
                mode?: (zerorelay.v1.DeliveryMode|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SubscribeAck. */
            type $Shape = zerorelay.v1.SubscribeAck.$Properties;
        }

        /**
         * Properties of an UnsubscribeAck.
         * @deprecated Use zerorelay.v1.UnsubscribeAck.$Properties instead.
         */
        interface IUnsubscribeAck extends zerorelay.v1.UnsubscribeAck.$Properties {
        }

        /** Represents an UnsubscribeAck. */
        class UnsubscribeAck {

            /**
             * Constructs a new UnsubscribeAck.
             * @param [properties] Properties to set
             */
            constructor(properties?: zerorelay.v1.UnsubscribeAck.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** UnsubscribeAck topic. */
            topic: string;

            /** UnsubscribeAck position. */
            position?: (zerorelay.v1.StreamPosition.$Properties|null);

            /**
             * Creates a new UnsubscribeAck instance using the specified properties.
             * @param [properties] Properties to set
             * @returns UnsubscribeAck instance
             */
            static create(properties: zerorelay.v1.UnsubscribeAck.$Shape): zerorelay.v1.UnsubscribeAck & zerorelay.v1.UnsubscribeAck.$Shape;
            static create(properties?: zerorelay.v1.UnsubscribeAck.$Properties): zerorelay.v1.UnsubscribeAck;

            /**
             * Encodes the specified UnsubscribeAck message. Does not implicitly {@link zerorelay.v1.UnsubscribeAck.verify|verify} messages.
             * @param message UnsubscribeAck message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: zerorelay.v1.UnsubscribeAck.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified UnsubscribeAck message, length delimited. Does not implicitly {@link zerorelay.v1.UnsubscribeAck.verify|verify} messages.
             * @param message UnsubscribeAck message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: zerorelay.v1.UnsubscribeAck.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an UnsubscribeAck message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {zerorelay.v1.UnsubscribeAck & zerorelay.v1.UnsubscribeAck.$Shape} UnsubscribeAck
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): zerorelay.v1.UnsubscribeAck & zerorelay.v1.UnsubscribeAck.$Shape;

            /**
             * Decodes an UnsubscribeAck message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {zerorelay.v1.UnsubscribeAck & zerorelay.v1.UnsubscribeAck.$Shape} UnsubscribeAck
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zerorelay.v1.UnsubscribeAck & zerorelay.v1.UnsubscribeAck.$Shape;

            /**
             * Verifies an UnsubscribeAck message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an UnsubscribeAck message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns UnsubscribeAck
             */
            static fromObject(object: { [k: string]: any }): zerorelay.v1.UnsubscribeAck;

            /**
             * Creates a plain object from an UnsubscribeAck message. Also converts values to other types if specified.
             * @param message UnsubscribeAck
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: zerorelay.v1.UnsubscribeAck, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this UnsubscribeAck to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for UnsubscribeAck
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace UnsubscribeAck {

            /** Properties of an UnsubscribeAck. */
            interface $Properties {

                /** UnsubscribeAck topic */
                topic?: (string|null);

                /** UnsubscribeAck position */
                position?: (zerorelay.v1.StreamPosition.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an UnsubscribeAck. */
            type $Shape = zerorelay.v1.UnsubscribeAck.$Properties;
        }

        /**
         * Properties of a Delivery.
         * @deprecated Use zerorelay.v1.Delivery.$Properties instead.
         */
        interface IDelivery extends zerorelay.v1.Delivery.$Properties {
        }

        /** Represents a Delivery. */
        class Delivery {

            /**
             * Constructs a new Delivery.
             * @param [properties] Properties to set
             */
            constructor(properties?: zerorelay.v1.Delivery.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Delivery topic. */
            topic: string;

            /** Delivery payload. */
            payload: Uint8Array;

            /** Delivery headers. */
            headers: { [k: string]: string };

            /** Delivery epoch. */
            epoch: string;

            /** Delivery offset. */
            offset: (number|Long);

            /** Delivery publishedAtMs. */
            publishedAtMs: (number|Long);

            /** Delivery deliveryCount. */
            deliveryCount: number;

            /**
             * Creates a new Delivery instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Delivery instance
             */
            static create(properties: zerorelay.v1.Delivery.$Shape): zerorelay.v1.Delivery & zerorelay.v1.Delivery.$Shape;
            static create(properties?: zerorelay.v1.Delivery.$Properties): zerorelay.v1.Delivery;

            /**
             * Encodes the specified Delivery message. Does not implicitly {@link zerorelay.v1.Delivery.verify|verify} messages.
             * @param message Delivery message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: zerorelay.v1.Delivery.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Delivery message, length delimited. Does not implicitly {@link zerorelay.v1.Delivery.verify|verify} messages.
             * @param message Delivery message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: zerorelay.v1.Delivery.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Delivery message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {zerorelay.v1.Delivery & zerorelay.v1.Delivery.$Shape} Delivery
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): zerorelay.v1.Delivery & zerorelay.v1.Delivery.$Shape;

            /**
             * Decodes a Delivery message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {zerorelay.v1.Delivery & zerorelay.v1.Delivery.$Shape} Delivery
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zerorelay.v1.Delivery & zerorelay.v1.Delivery.$Shape;

            /**
             * Verifies a Delivery message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Delivery message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Delivery
             */
            static fromObject(object: { [k: string]: any }): zerorelay.v1.Delivery;

            /**
             * Creates a plain object from a Delivery message. Also converts values to other types if specified.
             * @param message Delivery
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: zerorelay.v1.Delivery, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Delivery to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Delivery
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Delivery {

            /** Properties of a Delivery. */
            interface $Properties {

                /** Delivery topic */
                topic?: (string|null);

                /** Delivery payload */
                payload?: (Uint8Array|null);

                /** Delivery headers */
                headers?: ({ [k: string]: string }|null);

                /** Delivery epoch */
                epoch?: (string|null);

                /** Delivery offset */
                offset?: (number|Long|null);

                /** Delivery publishedAtMs */
                publishedAtMs?: (number|Long|null);

                /** Delivery deliveryCount */
                deliveryCount?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Delivery. */
            type $Shape = zerorelay.v1.Delivery.$Properties;
        }

        /**
         * Properties of a PublishAck.
         * @deprecated Use zerorelay.v1.PublishAck.$Properties instead.
         */
        interface IPublishAck extends zerorelay.v1.PublishAck.$Properties {
        }

        /** Represents a PublishAck. */
        class PublishAck {

            /**
             * Constructs a new PublishAck.
             * @param [properties] Properties to set
             */
            constructor(properties?: zerorelay.v1.PublishAck.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PublishAck topic. */
            topic: string;

            /** PublishAck epoch. */
            epoch: string;

            /** PublishAck offset. */
            offset: (number|Long);

            /** PublishAck duplicate. */
            duplicate: boolean;

            /**
             * Creates a new PublishAck instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PublishAck instance
             */
            static create(properties: zerorelay.v1.PublishAck.$Shape): zerorelay.v1.PublishAck & zerorelay.v1.PublishAck.$Shape;
            static create(properties?: zerorelay.v1.PublishAck.$Properties): zerorelay.v1.PublishAck;

            /**
             * Encodes the specified PublishAck message. Does not implicitly {@link zerorelay.v1.PublishAck.verify|verify} messages.
             * @param message PublishAck message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: zerorelay.v1.PublishAck.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified PublishAck message, length delimited. Does not implicitly {@link zerorelay.v1.PublishAck.verify|verify} messages.
             * @param message PublishAck message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: zerorelay.v1.PublishAck.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PublishAck message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {zerorelay.v1.PublishAck & zerorelay.v1.PublishAck.$Shape} PublishAck
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): zerorelay.v1.PublishAck & zerorelay.v1.PublishAck.$Shape;

            /**
             * Decodes a PublishAck message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {zerorelay.v1.PublishAck & zerorelay.v1.PublishAck.$Shape} PublishAck
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zerorelay.v1.PublishAck & zerorelay.v1.PublishAck.$Shape;

            /**
             * Verifies a PublishAck message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a PublishAck message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PublishAck
             */
            static fromObject(object: { [k: string]: any }): zerorelay.v1.PublishAck;

            /**
             * Creates a plain object from a PublishAck message. Also converts values to other types if specified.
             * @param message PublishAck
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: zerorelay.v1.PublishAck, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PublishAck to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for PublishAck
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PublishAck {

            /** Properties of a PublishAck. */
            interface $Properties {

                /** PublishAck topic */
                topic?: (string|null);

                /** PublishAck epoch */
                epoch?: (string|null);

                /** PublishAck offset */
                offset?: (number|Long|null);

                /** PublishAck duplicate */
                duplicate?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PublishAck. */
            type $Shape = zerorelay.v1.PublishAck.$Properties;
        }

        /**
         * Properties of a Refreshed.
         * @deprecated Use zerorelay.v1.Refreshed.$Properties instead.
         */
        interface IRefreshed extends zerorelay.v1.Refreshed.$Properties {
        }

        /** Represents a Refreshed. */
        class Refreshed {

            /**
             * Constructs a new Refreshed.
             * @param [properties] Properties to set
             */
            constructor(properties?: zerorelay.v1.Refreshed.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Refreshed tokenExpiresAtMs. */
            tokenExpiresAtMs: (number|Long);

            /**
             * Creates a new Refreshed instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Refreshed instance
             */
            static create(properties: zerorelay.v1.Refreshed.$Shape): zerorelay.v1.Refreshed & zerorelay.v1.Refreshed.$Shape;
            static create(properties?: zerorelay.v1.Refreshed.$Properties): zerorelay.v1.Refreshed;

            /**
             * Encodes the specified Refreshed message. Does not implicitly {@link zerorelay.v1.Refreshed.verify|verify} messages.
             * @param message Refreshed message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: zerorelay.v1.Refreshed.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Refreshed message, length delimited. Does not implicitly {@link zerorelay.v1.Refreshed.verify|verify} messages.
             * @param message Refreshed message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: zerorelay.v1.Refreshed.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Refreshed message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {zerorelay.v1.Refreshed & zerorelay.v1.Refreshed.$Shape} Refreshed
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): zerorelay.v1.Refreshed & zerorelay.v1.Refreshed.$Shape;

            /**
             * Decodes a Refreshed message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {zerorelay.v1.Refreshed & zerorelay.v1.Refreshed.$Shape} Refreshed
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zerorelay.v1.Refreshed & zerorelay.v1.Refreshed.$Shape;

            /**
             * Verifies a Refreshed message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Refreshed message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Refreshed
             */
            static fromObject(object: { [k: string]: any }): zerorelay.v1.Refreshed;

            /**
             * Creates a plain object from a Refreshed message. Also converts values to other types if specified.
             * @param message Refreshed
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: zerorelay.v1.Refreshed, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Refreshed to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Refreshed
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Refreshed {

            /** Properties of a Refreshed. */
            interface $Properties {

                /** Refreshed tokenExpiresAtMs */
                tokenExpiresAtMs?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Refreshed. */
            type $Shape = zerorelay.v1.Refreshed.$Properties;
        }

        /**
         * Properties of a Pong.
         * @deprecated Use zerorelay.v1.Pong.$Properties instead.
         */
        interface IPong extends zerorelay.v1.Pong.$Properties {
        }

        /** Represents a Pong. */
        class Pong {

            /**
             * Constructs a new Pong.
             * @param [properties] Properties to set
             */
            constructor(properties?: zerorelay.v1.Pong.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Pong clientTimeMs. */
            clientTimeMs: (number|Long);

            /** Pong serverTimeMs. */
            serverTimeMs: (number|Long);

            /**
             * Creates a new Pong instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Pong instance
             */
            static create(properties: zerorelay.v1.Pong.$Shape): zerorelay.v1.Pong & zerorelay.v1.Pong.$Shape;
            static create(properties?: zerorelay.v1.Pong.$Properties): zerorelay.v1.Pong;

            /**
             * Encodes the specified Pong message. Does not implicitly {@link zerorelay.v1.Pong.verify|verify} messages.
             * @param message Pong message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: zerorelay.v1.Pong.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Pong message, length delimited. Does not implicitly {@link zerorelay.v1.Pong.verify|verify} messages.
             * @param message Pong message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: zerorelay.v1.Pong.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Pong message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {zerorelay.v1.Pong & zerorelay.v1.Pong.$Shape} Pong
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): zerorelay.v1.Pong & zerorelay.v1.Pong.$Shape;

            /**
             * Decodes a Pong message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {zerorelay.v1.Pong & zerorelay.v1.Pong.$Shape} Pong
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zerorelay.v1.Pong & zerorelay.v1.Pong.$Shape;

            /**
             * Verifies a Pong message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Pong message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Pong
             */
            static fromObject(object: { [k: string]: any }): zerorelay.v1.Pong;

            /**
             * Creates a plain object from a Pong message. Also converts values to other types if specified.
             * @param message Pong
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: zerorelay.v1.Pong, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Pong to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Pong
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Pong {

            /** Properties of a Pong. */
            interface $Properties {

                /** Pong clientTimeMs */
                clientTimeMs?: (number|Long|null);

                /** Pong serverTimeMs */
                serverTimeMs?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Pong. */
            type $Shape = zerorelay.v1.Pong.$Properties;
        }

        /**
         * Properties of a Gap.
         * @deprecated Use zerorelay.v1.Gap.$Properties instead.
         */
        interface IGap extends zerorelay.v1.Gap.$Properties {
        }

        /** Represents a Gap. */
        class Gap {

            /**
             * Constructs a new Gap.
             * @param [properties] Properties to set
             */
            constructor(properties?: zerorelay.v1.Gap.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Gap topic. */
            topic: string;

            /** Gap dropped. */
            dropped: (number|Long);

            /**
             * Creates a new Gap instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Gap instance
             */
            static create(properties: zerorelay.v1.Gap.$Shape): zerorelay.v1.Gap & zerorelay.v1.Gap.$Shape;
            static create(properties?: zerorelay.v1.Gap.$Properties): zerorelay.v1.Gap;

            /**
             * Encodes the specified Gap message. Does not implicitly {@link zerorelay.v1.Gap.verify|verify} messages.
             * @param message Gap message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: zerorelay.v1.Gap.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Gap message, length delimited. Does not implicitly {@link zerorelay.v1.Gap.verify|verify} messages.
             * @param message Gap message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: zerorelay.v1.Gap.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Gap message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {zerorelay.v1.Gap & zerorelay.v1.Gap.$Shape} Gap
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): zerorelay.v1.Gap & zerorelay.v1.Gap.$Shape;

            /**
             * Decodes a Gap message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {zerorelay.v1.Gap & zerorelay.v1.Gap.$Shape} Gap
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zerorelay.v1.Gap & zerorelay.v1.Gap.$Shape;

            /**
             * Verifies a Gap message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Gap message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Gap
             */
            static fromObject(object: { [k: string]: any }): zerorelay.v1.Gap;

            /**
             * Creates a plain object from a Gap message. Also converts values to other types if specified.
             * @param message Gap
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: zerorelay.v1.Gap, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Gap to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Gap
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Gap {

            /** Properties of a Gap. */
            interface $Properties {

                /** Gap topic */
                topic?: (string|null);

                /** Gap dropped */
                dropped?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Gap. */
            type $Shape = zerorelay.v1.Gap.$Properties;
        }

        /**
         * Properties of a Disconnect.
         * @deprecated Use zerorelay.v1.Disconnect.$Properties instead.
         */
        interface IDisconnect extends zerorelay.v1.Disconnect.$Properties {
        }

        /** Represents a Disconnect. */
        class Disconnect {

            /**
             * Constructs a new Disconnect.
             * @param [properties] Properties to set
             */
            constructor(properties?: zerorelay.v1.Disconnect.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Disconnect code. */
            code: zerorelay.v1.CloseCode;

            /** Disconnect reason. */
            reason: string;

            /** Disconnect advice. */
            advice: zerorelay.v1.ReconnectAdvice;

            /** Disconnect retryAfterMs. */
            retryAfterMs: number;

            /**
             * Creates a new Disconnect instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Disconnect instance
             */
            static create(properties: zerorelay.v1.Disconnect.$Shape): zerorelay.v1.Disconnect & zerorelay.v1.Disconnect.$Shape;
            static create(properties?: zerorelay.v1.Disconnect.$Properties): zerorelay.v1.Disconnect;

            /**
             * Encodes the specified Disconnect message. Does not implicitly {@link zerorelay.v1.Disconnect.verify|verify} messages.
             * @param message Disconnect message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: zerorelay.v1.Disconnect.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Disconnect message, length delimited. Does not implicitly {@link zerorelay.v1.Disconnect.verify|verify} messages.
             * @param message Disconnect message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: zerorelay.v1.Disconnect.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Disconnect message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {zerorelay.v1.Disconnect & zerorelay.v1.Disconnect.$Shape} Disconnect
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): zerorelay.v1.Disconnect & zerorelay.v1.Disconnect.$Shape;

            /**
             * Decodes a Disconnect message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {zerorelay.v1.Disconnect & zerorelay.v1.Disconnect.$Shape} Disconnect
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zerorelay.v1.Disconnect & zerorelay.v1.Disconnect.$Shape;

            /**
             * Verifies a Disconnect message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Disconnect message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Disconnect
             */
            static fromObject(object: { [k: string]: any }): zerorelay.v1.Disconnect;

            /**
             * Creates a plain object from a Disconnect message. Also converts values to other types if specified.
             * @param message Disconnect
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: zerorelay.v1.Disconnect, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Disconnect to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Disconnect
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Disconnect {

            /** Properties of a Disconnect. */
            interface $Properties {

                /** Disconnect code */
                code?: (zerorelay.v1.CloseCode|null);

                /** Disconnect reason */
                reason?: (string|null);

                /** Disconnect advice */
                advice?: (zerorelay.v1.ReconnectAdvice|null);

                /** Disconnect retryAfterMs */
                retryAfterMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Disconnect. */
            type $Shape = zerorelay.v1.Disconnect.$Properties;
        }

        /** DeliveryMode enum. */
        enum DeliveryMode {

            /** DELIVERY_MODE_UNSPECIFIED value */
            DELIVERY_MODE_UNSPECIFIED = 0,

            /** DELIVERY_MODE_AT_MOST_ONCE value */
            DELIVERY_MODE_AT_MOST_ONCE = 1,

            /** DELIVERY_MODE_AT_LEAST_ONCE value */
            DELIVERY_MODE_AT_LEAST_ONCE = 2
        }
    }
}
