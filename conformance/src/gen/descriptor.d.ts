import * as $protobuf from "protobufjs/light.js";
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

            /** Reflection-backed declarations are not constructable. Use Error.create(...) instead. */
            private constructor();

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Error code. */
            code: zerorelay.v1.Code;

            /** Error message. */
            message: string;

            /** Error retryable. */
            retryable: boolean;

            /** Error retry_after_ms. */
            retry_after_ms: number;

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

                /** Error retry_after_ms */
                retry_after_ms?: (number|null);

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

            /** Reflection-backed declarations are not constructable. Use StreamPosition.create(...) instead. */
            private constructor();

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

            /** Reflection-backed declarations are not constructable. Use ClientFrame.create(...) instead. */
            private constructor();

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

            /** Reflection-backed declarations are not constructable. Use ServerFrame.create(...) instead. */
            private constructor();

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ServerFrame id. */
            id: number;

            /** ServerFrame connected. */
            connected?: (zerorelay.v1.Connected.$Properties|null);

            /** ServerFrame subscribe_ack. */
            subscribe_ack?: (zerorelay.v1.SubscribeAck.$Properties|null);

            /** ServerFrame unsubscribe_ack. */
            unsubscribe_ack?: (zerorelay.v1.UnsubscribeAck.$Properties|null);

            /** ServerFrame delivery. */
            delivery?: (zerorelay.v1.Delivery.$Properties|null);

            /** ServerFrame publish_ack. */
            publish_ack?: (zerorelay.v1.PublishAck.$Properties|null);

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
            kind?: ("connected"|"subscribe_ack"|"unsubscribe_ack"|"delivery"|"publish_ack"|"error"|"pong"|"disconnect"|"refreshed"|"gap");

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

                /** ServerFrame subscribe_ack */
                subscribe_ack?: (zerorelay.v1.SubscribeAck.$Properties|null);

                /** ServerFrame unsubscribe_ack */
                unsubscribe_ack?: (zerorelay.v1.UnsubscribeAck.$Properties|null);

                /** ServerFrame delivery */
                delivery?: (zerorelay.v1.Delivery.$Properties|null);

                /** ServerFrame publish_ack */
                publish_ack?: (zerorelay.v1.PublishAck.$Properties|null);

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
                kind?: ("connected"|"subscribe_ack"|"unsubscribe_ack"|"delivery"|"publish_ack"|"error"|"pong"|"disconnect"|"refreshed"|"gap");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a ServerFrame. */
            type $Shape = {
              id?: number|null;
              connected?: zerorelay.v1.Connected.$Shape|null;
              subscribe_ack?: zerorelay.v1.SubscribeAck.$Shape|null;
              unsubscribe_ack?: zerorelay.v1.UnsubscribeAck.$Shape|null;
              delivery?: zerorelay.v1.Delivery.$Shape|null;
              publish_ack?: zerorelay.v1.PublishAck.$Shape|null;
              error?: zerorelay.v1.Error.$Shape|null;
              pong?: zerorelay.v1.Pong.$Shape|null;
              disconnect?: zerorelay.v1.Disconnect.$Shape|null;
              refreshed?: zerorelay.v1.Refreshed.$Shape|null;
              gap?: zerorelay.v1.Gap.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ kind?: undefined; connected?: null; subscribe_ack?: null; unsubscribe_ack?: null; delivery?: null; publish_ack?: null; error?: null; pong?: null; disconnect?: null; refreshed?: null; gap?: null }|{ kind?: "connected"; connected: zerorelay.v1.Connected.$Shape; subscribe_ack?: null; unsubscribe_ack?: null; delivery?: null; publish_ack?: null; error?: null; pong?: null; disconnect?: null; refreshed?: null; gap?: null }|{ kind?: "subscribe_ack"; connected?: null; subscribe_ack: zerorelay.v1.SubscribeAck.$Shape; unsubscribe_ack?: null; delivery?: null; publish_ack?: null; error?: null; pong?: null; disconnect?: null; refreshed?: null; gap?: null }|{ kind?: "unsubscribe_ack"; connected?: null; subscribe_ack?: null; unsubscribe_ack: zerorelay.v1.UnsubscribeAck.$Shape; delivery?: null; publish_ack?: null; error?: null; pong?: null; disconnect?: null; refreshed?: null; gap?: null }|{ kind?: "delivery"; connected?: null; subscribe_ack?: null; unsubscribe_ack?: null; delivery: zerorelay.v1.Delivery.$Shape; publish_ack?: null; error?: null; pong?: null; disconnect?: null; refreshed?: null; gap?: null }|{ kind?: "publish_ack"; connected?: null; subscribe_ack?: null; unsubscribe_ack?: null; delivery?: null; publish_ack: zerorelay.v1.PublishAck.$Shape; error?: null; pong?: null; disconnect?: null; refreshed?: null; gap?: null }|{ kind?: "error"; connected?: null; subscribe_ack?: null; unsubscribe_ack?: null; delivery?: null; publish_ack?: null; error: zerorelay.v1.Error.$Shape; pong?: null; disconnect?: null; refreshed?: null; gap?: null }|{ kind?: "pong"; connected?: null; subscribe_ack?: null; unsubscribe_ack?: null; delivery?: null; publish_ack?: null; error?: null; pong: zerorelay.v1.Pong.$Shape; disconnect?: null; refreshed?: null; gap?: null }|{ kind?: "disconnect"; connected?: null; subscribe_ack?: null; unsubscribe_ack?: null; delivery?: null; publish_ack?: null; error?: null; pong?: null; disconnect: zerorelay.v1.Disconnect.$Shape; refreshed?: null; gap?: null }|{ kind?: "refreshed"; connected?: null; subscribe_ack?: null; unsubscribe_ack?: null; delivery?: null; publish_ack?: null; error?: null; pong?: null; disconnect?: null; refreshed: zerorelay.v1.Refreshed.$Shape; gap?: null }|{ kind?: "gap"; connected?: null; subscribe_ack?: null; unsubscribe_ack?: null; delivery?: null; publish_ack?: null; error?: null; pong?: null; disconnect?: null; refreshed?: null; gap: zerorelay.v1.Gap.$Shape })
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

            /** Reflection-backed declarations are not constructable. Use Connect.create(...) instead. */
            private constructor();

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Connect token. */
            token: string;

            /** Connect client_name. */
            client_name: string;

            /** Connect client_version. */
            client_version: string;

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

                /** Connect client_name */
                client_name?: (string|null);

                /** Connect client_version */
                client_version?: (string|null);

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

            /** Reflection-backed declarations are not constructable. Use ResumeInfo.create(...) instead. */
            private constructor();

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ResumeInfo previous_session_id. */
            previous_session_id: string;

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

                /** ResumeInfo previous_session_id */
                previous_session_id?: (string|null);

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

            /** Reflection-backed declarations are not constructable. Use Subscribe.create(...) instead. */
            private constructor();

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Subscribe topic. */
            topic: string;

            /** Subscribe mode. */
            mode: zerorelay.v1.DeliveryMode;

            /** Subscribe resume_after. */
            resume_after?: (zerorelay.v1.StreamPosition.$Properties|null);

            /** Subscribe max_in_flight. */
            max_in_flight: number;

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

                /** Subscribe resume_after */
                resume_after?: (zerorelay.v1.StreamPosition.$Properties|null);

                /** Subscribe max_in_flight */
                max_in_flight?: (number|null);

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

            /** Reflection-backed declarations are not constructable. Use Unsubscribe.create(...) instead. */
            private constructor();

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

            /** Reflection-backed declarations are not constructable. Use Publish.create(...) instead. */
            private constructor();

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Publish topic. */
            topic: string;

            /** Publish payload. */
            payload: Uint8Array;

            /** Publish headers. */
            headers: { [k: string]: string };

            /** Publish idempotency_key. */
            idempotency_key: string;

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

                /** Publish idempotency_key */
                idempotency_key?: (string|null);

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

            /** Reflection-backed declarations are not constructable. Use Ack.create(...) instead. */
            private constructor();

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

            /** Reflection-backed declarations are not constructable. Use Refresh.create(...) instead. */
            private constructor();

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

            /** Reflection-backed declarations are not constructable. Use Ping.create(...) instead. */
            private constructor();

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Ping client_time_ms. */
            client_time_ms: (number|Long);

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

                /** Ping client_time_ms */
                client_time_ms?: (number|Long|null);

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

            /** Reflection-backed declarations are not constructable. Use Connected.create(...) instead. */
            private constructor();

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Connected session_id. */
            session_id: string;

            /** Connected server_version. */
            server_version: string;

            /** Connected limits. */
            limits?: (zerorelay.v1.Limits.$Properties|null);

            /** Connected subject. */
            subject: string;

            /** Connected token_expires_at_ms. */
            token_expires_at_ms: (number|Long);

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

                /** Connected session_id */
                session_id?: (string|null);

                /** Connected server_version */
                server_version?: (string|null);

                /** Connected limits */
                limits?: (zerorelay.v1.Limits.$Properties|null);

                /** Connected subject */
                subject?: (string|null);

                /** Connected token_expires_at_ms */
                token_expires_at_ms?: (number|Long|null);

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

            /** Reflection-backed declarations are not constructable. Use Limits.create(...) instead. */
            private constructor();

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Limits max_frame_bytes. */
            max_frame_bytes: number;

            /** Limits ping_interval_ms. */
            ping_interval_ms: number;

            /** Limits pong_timeout_ms. */
            pong_timeout_ms: number;

            /** Limits messages_per_second. */
            messages_per_second: number;

            /** Limits messages_burst. */
            messages_burst: number;

            /** Limits bytes_per_second. */
            bytes_per_second: number;

            /** Limits bytes_burst. */
            bytes_burst: number;

            /** Limits max_subscriptions. */
            max_subscriptions: number;

            /** Limits max_in_flight. */
            max_in_flight: number;

            /** Limits ack_wait_ms. */
            ack_wait_ms: number;

            /** Limits max_deliver. */
            max_deliver: number;

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

                /** Limits max_frame_bytes */
                max_frame_bytes?: (number|null);

                /** Limits ping_interval_ms */
                ping_interval_ms?: (number|null);

                /** Limits pong_timeout_ms */
                pong_timeout_ms?: (number|null);

                /** Limits messages_per_second */
                messages_per_second?: (number|null);

                /** Limits messages_burst */
                messages_burst?: (number|null);

                /** Limits bytes_per_second */
                bytes_per_second?: (number|null);

                /** Limits bytes_burst */
                bytes_burst?: (number|null);

                /** Limits max_subscriptions */
                max_subscriptions?: (number|null);

                /** Limits max_in_flight */
                max_in_flight?: (number|null);

                /** Limits ack_wait_ms */
                ack_wait_ms?: (number|null);

                /** Limits max_deliver */
                max_deliver?: (number|null);

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

            /** Reflection-backed declarations are not constructable. Use SubscribeAck.create(...) instead. */
            private constructor();

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SubscribeAck topic. */
            topic: string;

            /** SubscribeAck position. */
            position?: (zerorelay.v1.StreamPosition.$Properties|null);

            /** SubscribeAck max_in_flight. */
            max_in_flight: number;

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

                /** SubscribeAck max_in_flight */
                max_in_flight?: (number|null);

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

            /** Reflection-backed declarations are not constructable. Use UnsubscribeAck.create(...) instead. */
            private constructor();

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

            /** Reflection-backed declarations are not constructable. Use Delivery.create(...) instead. */
            private constructor();

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

            /** Delivery published_at_ms. */
            published_at_ms: (number|Long);

            /** Delivery delivery_count. */
            delivery_count: number;

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

                /** Delivery published_at_ms */
                published_at_ms?: (number|Long|null);

                /** Delivery delivery_count */
                delivery_count?: (number|null);

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

            /** Reflection-backed declarations are not constructable. Use PublishAck.create(...) instead. */
            private constructor();

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

            /** Reflection-backed declarations are not constructable. Use Refreshed.create(...) instead. */
            private constructor();

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Refreshed token_expires_at_ms. */
            token_expires_at_ms: (number|Long);

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

                /** Refreshed token_expires_at_ms */
                token_expires_at_ms?: (number|Long|null);

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

            /** Reflection-backed declarations are not constructable. Use Pong.create(...) instead. */
            private constructor();

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Pong client_time_ms. */
            client_time_ms: (number|Long);

            /** Pong server_time_ms. */
            server_time_ms: (number|Long);

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

                /** Pong client_time_ms */
                client_time_ms?: (number|Long|null);

                /** Pong server_time_ms */
                server_time_ms?: (number|Long|null);

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

            /** Reflection-backed declarations are not constructable. Use Gap.create(...) instead. */
            private constructor();

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

            /** Reflection-backed declarations are not constructable. Use Disconnect.create(...) instead. */
            private constructor();

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Disconnect code. */
            code: zerorelay.v1.CloseCode;

            /** Disconnect reason. */
            reason: string;

            /** Disconnect advice. */
            advice: zerorelay.v1.ReconnectAdvice;

            /** Disconnect retry_after_ms. */
            retry_after_ms: number;

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

                /** Disconnect retry_after_ms */
                retry_after_ms?: (number|null);

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

    /** Namespace conformance. */
    namespace conformance {

        /** Namespace v1. */
        namespace v1 {

            /**
             * Properties of a DriverCommand.
             * @deprecated Use zerorelay.conformance.v1.DriverCommand.$Properties instead.
             */
            interface IDriverCommand extends zerorelay.conformance.v1.DriverCommand.$Properties {
            }

            /** Represents a DriverCommand. */
            class DriverCommand {

                /** Reflection-backed declarations are not constructable. Use DriverCommand.create(...) instead. */
                private constructor();

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** DriverCommand id. */
                id: (number|Long);

                /** DriverCommand hello. */
                hello?: (zerorelay.conformance.v1.Hello.$Properties|null);

                /** DriverCommand connect. */
                connect?: (zerorelay.conformance.v1.ConnectCommand.$Properties|null);

                /** DriverCommand subscribe. */
                subscribe?: (zerorelay.conformance.v1.SubscribeCommand.$Properties|null);

                /** DriverCommand unsubscribe. */
                unsubscribe?: (zerorelay.conformance.v1.UnsubscribeCommand.$Properties|null);

                /** DriverCommand publish. */
                publish?: (zerorelay.conformance.v1.PublishCommand.$Properties|null);

                /** DriverCommand ack. */
                ack?: (zerorelay.conformance.v1.AckCommand.$Properties|null);

                /** DriverCommand close. */
                close?: (zerorelay.conformance.v1.CloseCommand.$Properties|null);

                /** DriverCommand set_token. */
                set_token?: (zerorelay.conformance.v1.SetTokenCommand.$Properties|null);

                /** DriverCommand pause_reading. */
                pause_reading?: (zerorelay.conformance.v1.PauseReadingCommand.$Properties|null);

                /** DriverCommand resume_reading. */
                resume_reading?: (zerorelay.conformance.v1.ResumeReadingCommand.$Properties|null);

                /** DriverCommand kind. */
                kind?: ("hello"|"connect"|"subscribe"|"unsubscribe"|"publish"|"ack"|"close"|"set_token"|"pause_reading"|"resume_reading");

                /**
                 * Creates a new DriverCommand instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DriverCommand instance
                 */
                static create(properties: zerorelay.conformance.v1.DriverCommand.$Shape): zerorelay.conformance.v1.DriverCommand & zerorelay.conformance.v1.DriverCommand.$Shape;
                static create(properties?: zerorelay.conformance.v1.DriverCommand.$Properties): zerorelay.conformance.v1.DriverCommand;

                /**
                 * Encodes the specified DriverCommand message. Does not implicitly {@link zerorelay.conformance.v1.DriverCommand.verify|verify} messages.
                 * @param message DriverCommand message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: zerorelay.conformance.v1.DriverCommand.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified DriverCommand message, length delimited. Does not implicitly {@link zerorelay.conformance.v1.DriverCommand.verify|verify} messages.
                 * @param message DriverCommand message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: zerorelay.conformance.v1.DriverCommand.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DriverCommand message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {zerorelay.conformance.v1.DriverCommand & zerorelay.conformance.v1.DriverCommand.$Shape} DriverCommand
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): zerorelay.conformance.v1.DriverCommand & zerorelay.conformance.v1.DriverCommand.$Shape;

                /**
                 * Decodes a DriverCommand message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {zerorelay.conformance.v1.DriverCommand & zerorelay.conformance.v1.DriverCommand.$Shape} DriverCommand
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zerorelay.conformance.v1.DriverCommand & zerorelay.conformance.v1.DriverCommand.$Shape;

                /**
                 * Verifies a DriverCommand message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a DriverCommand message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DriverCommand
                 */
                static fromObject(object: { [k: string]: any }): zerorelay.conformance.v1.DriverCommand;

                /**
                 * Creates a plain object from a DriverCommand message. Also converts values to other types if specified.
                 * @param message DriverCommand
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: zerorelay.conformance.v1.DriverCommand, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DriverCommand to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for DriverCommand
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace DriverCommand {

                /** Properties of a DriverCommand. */
                interface $Properties {

                    /** DriverCommand id */
                    id?: (number|Long|null);

                    /** DriverCommand hello */
                    hello?: (zerorelay.conformance.v1.Hello.$Properties|null);

                    /** DriverCommand connect */
                    connect?: (zerorelay.conformance.v1.ConnectCommand.$Properties|null);

                    /** DriverCommand subscribe */
                    subscribe?: (zerorelay.conformance.v1.SubscribeCommand.$Properties|null);

                    /** DriverCommand unsubscribe */
                    unsubscribe?: (zerorelay.conformance.v1.UnsubscribeCommand.$Properties|null);

                    /** DriverCommand publish */
                    publish?: (zerorelay.conformance.v1.PublishCommand.$Properties|null);

                    /** DriverCommand ack */
                    ack?: (zerorelay.conformance.v1.AckCommand.$Properties|null);

                    /** DriverCommand close */
                    close?: (zerorelay.conformance.v1.CloseCommand.$Properties|null);

                    /** DriverCommand set_token */
                    set_token?: (zerorelay.conformance.v1.SetTokenCommand.$Properties|null);

                    /** DriverCommand pause_reading */
                    pause_reading?: (zerorelay.conformance.v1.PauseReadingCommand.$Properties|null);

                    /** DriverCommand resume_reading */
                    resume_reading?: (zerorelay.conformance.v1.ResumeReadingCommand.$Properties|null);

                    /** DriverCommand kind */
                    kind?: ("hello"|"connect"|"subscribe"|"unsubscribe"|"publish"|"ack"|"close"|"set_token"|"pause_reading"|"resume_reading");

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Narrowed shape of a DriverCommand. */
                type $Shape = {
                  id?: number|Long|null;
                  hello?: zerorelay.conformance.v1.Hello.$Shape|null;
                  connect?: zerorelay.conformance.v1.ConnectCommand.$Shape|null;
                  subscribe?: zerorelay.conformance.v1.SubscribeCommand.$Shape|null;
                  unsubscribe?: zerorelay.conformance.v1.UnsubscribeCommand.$Shape|null;
                  publish?: zerorelay.conformance.v1.PublishCommand.$Shape|null;
                  ack?: zerorelay.conformance.v1.AckCommand.$Shape|null;
                  close?: zerorelay.conformance.v1.CloseCommand.$Shape|null;
                  set_token?: zerorelay.conformance.v1.SetTokenCommand.$Shape|null;
                  pause_reading?: zerorelay.conformance.v1.PauseReadingCommand.$Shape|null;
                  resume_reading?: zerorelay.conformance.v1.ResumeReadingCommand.$Shape|null;
                  $unknowns?: Uint8Array[];
                } & (
                  ({ kind?: undefined; hello?: null; connect?: null; subscribe?: null; unsubscribe?: null; publish?: null; ack?: null; close?: null; set_token?: null; pause_reading?: null; resume_reading?: null }|{ kind?: "hello"; hello: zerorelay.conformance.v1.Hello.$Shape; connect?: null; subscribe?: null; unsubscribe?: null; publish?: null; ack?: null; close?: null; set_token?: null; pause_reading?: null; resume_reading?: null }|{ kind?: "connect"; hello?: null; connect: zerorelay.conformance.v1.ConnectCommand.$Shape; subscribe?: null; unsubscribe?: null; publish?: null; ack?: null; close?: null; set_token?: null; pause_reading?: null; resume_reading?: null }|{ kind?: "subscribe"; hello?: null; connect?: null; subscribe: zerorelay.conformance.v1.SubscribeCommand.$Shape; unsubscribe?: null; publish?: null; ack?: null; close?: null; set_token?: null; pause_reading?: null; resume_reading?: null }|{ kind?: "unsubscribe"; hello?: null; connect?: null; subscribe?: null; unsubscribe: zerorelay.conformance.v1.UnsubscribeCommand.$Shape; publish?: null; ack?: null; close?: null; set_token?: null; pause_reading?: null; resume_reading?: null }|{ kind?: "publish"; hello?: null; connect?: null; subscribe?: null; unsubscribe?: null; publish: zerorelay.conformance.v1.PublishCommand.$Shape; ack?: null; close?: null; set_token?: null; pause_reading?: null; resume_reading?: null }|{ kind?: "ack"; hello?: null; connect?: null; subscribe?: null; unsubscribe?: null; publish?: null; ack: zerorelay.conformance.v1.AckCommand.$Shape; close?: null; set_token?: null; pause_reading?: null; resume_reading?: null }|{ kind?: "close"; hello?: null; connect?: null; subscribe?: null; unsubscribe?: null; publish?: null; ack?: null; close: zerorelay.conformance.v1.CloseCommand.$Shape; set_token?: null; pause_reading?: null; resume_reading?: null }|{ kind?: "set_token"; hello?: null; connect?: null; subscribe?: null; unsubscribe?: null; publish?: null; ack?: null; close?: null; set_token: zerorelay.conformance.v1.SetTokenCommand.$Shape; pause_reading?: null; resume_reading?: null }|{ kind?: "pause_reading"; hello?: null; connect?: null; subscribe?: null; unsubscribe?: null; publish?: null; ack?: null; close?: null; set_token?: null; pause_reading: zerorelay.conformance.v1.PauseReadingCommand.$Shape; resume_reading?: null }|{ kind?: "resume_reading"; hello?: null; connect?: null; subscribe?: null; unsubscribe?: null; publish?: null; ack?: null; close?: null; set_token?: null; pause_reading?: null; resume_reading: zerorelay.conformance.v1.ResumeReadingCommand.$Shape })
                );
            }

            /**
             * Properties of a Hello.
             * @deprecated Use zerorelay.conformance.v1.Hello.$Properties instead.
             */
            interface IHello extends zerorelay.conformance.v1.Hello.$Properties {
            }

            /** Represents a Hello. */
            class Hello {

                /** Reflection-backed declarations are not constructable. Use Hello.create(...) instead. */
                private constructor();

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Hello scenario. */
                scenario: string;

                /** Hello protocol_version. */
                protocol_version: number;

                /**
                 * Creates a new Hello instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Hello instance
                 */
                static create(properties: zerorelay.conformance.v1.Hello.$Shape): zerorelay.conformance.v1.Hello & zerorelay.conformance.v1.Hello.$Shape;
                static create(properties?: zerorelay.conformance.v1.Hello.$Properties): zerorelay.conformance.v1.Hello;

                /**
                 * Encodes the specified Hello message. Does not implicitly {@link zerorelay.conformance.v1.Hello.verify|verify} messages.
                 * @param message Hello message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: zerorelay.conformance.v1.Hello.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Hello message, length delimited. Does not implicitly {@link zerorelay.conformance.v1.Hello.verify|verify} messages.
                 * @param message Hello message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: zerorelay.conformance.v1.Hello.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Hello message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {zerorelay.conformance.v1.Hello & zerorelay.conformance.v1.Hello.$Shape} Hello
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): zerorelay.conformance.v1.Hello & zerorelay.conformance.v1.Hello.$Shape;

                /**
                 * Decodes a Hello message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {zerorelay.conformance.v1.Hello & zerorelay.conformance.v1.Hello.$Shape} Hello
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zerorelay.conformance.v1.Hello & zerorelay.conformance.v1.Hello.$Shape;

                /**
                 * Verifies a Hello message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Hello message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Hello
                 */
                static fromObject(object: { [k: string]: any }): zerorelay.conformance.v1.Hello;

                /**
                 * Creates a plain object from a Hello message. Also converts values to other types if specified.
                 * @param message Hello
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: zerorelay.conformance.v1.Hello, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Hello to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Hello
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Hello {

                /** Properties of a Hello. */
                interface $Properties {

                    /** Hello scenario */
                    scenario?: (string|null);

                    /** Hello protocol_version */
                    protocol_version?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Hello. */
                type $Shape = zerorelay.conformance.v1.Hello.$Properties;
            }

            /**
             * Properties of a ReconnectPolicy.
             * @deprecated Use zerorelay.conformance.v1.ReconnectPolicy.$Properties instead.
             */
            interface IReconnectPolicy extends zerorelay.conformance.v1.ReconnectPolicy.$Properties {
            }

            /** Represents a ReconnectPolicy. */
            class ReconnectPolicy {

                /** Reflection-backed declarations are not constructable. Use ReconnectPolicy.create(...) instead. */
                private constructor();

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ReconnectPolicy enabled. */
                enabled: boolean;

                /** ReconnectPolicy initial_delay_ms. */
                initial_delay_ms: number;

                /** ReconnectPolicy max_delay_ms. */
                max_delay_ms: number;

                /** ReconnectPolicy multiplier. */
                multiplier: number;

                /** ReconnectPolicy jitter. */
                jitter: number;

                /**
                 * Creates a new ReconnectPolicy instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ReconnectPolicy instance
                 */
                static create(properties: zerorelay.conformance.v1.ReconnectPolicy.$Shape): zerorelay.conformance.v1.ReconnectPolicy & zerorelay.conformance.v1.ReconnectPolicy.$Shape;
                static create(properties?: zerorelay.conformance.v1.ReconnectPolicy.$Properties): zerorelay.conformance.v1.ReconnectPolicy;

                /**
                 * Encodes the specified ReconnectPolicy message. Does not implicitly {@link zerorelay.conformance.v1.ReconnectPolicy.verify|verify} messages.
                 * @param message ReconnectPolicy message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: zerorelay.conformance.v1.ReconnectPolicy.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ReconnectPolicy message, length delimited. Does not implicitly {@link zerorelay.conformance.v1.ReconnectPolicy.verify|verify} messages.
                 * @param message ReconnectPolicy message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: zerorelay.conformance.v1.ReconnectPolicy.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ReconnectPolicy message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {zerorelay.conformance.v1.ReconnectPolicy & zerorelay.conformance.v1.ReconnectPolicy.$Shape} ReconnectPolicy
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): zerorelay.conformance.v1.ReconnectPolicy & zerorelay.conformance.v1.ReconnectPolicy.$Shape;

                /**
                 * Decodes a ReconnectPolicy message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {zerorelay.conformance.v1.ReconnectPolicy & zerorelay.conformance.v1.ReconnectPolicy.$Shape} ReconnectPolicy
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zerorelay.conformance.v1.ReconnectPolicy & zerorelay.conformance.v1.ReconnectPolicy.$Shape;

                /**
                 * Verifies a ReconnectPolicy message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ReconnectPolicy message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ReconnectPolicy
                 */
                static fromObject(object: { [k: string]: any }): zerorelay.conformance.v1.ReconnectPolicy;

                /**
                 * Creates a plain object from a ReconnectPolicy message. Also converts values to other types if specified.
                 * @param message ReconnectPolicy
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: zerorelay.conformance.v1.ReconnectPolicy, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ReconnectPolicy to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ReconnectPolicy
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ReconnectPolicy {

                /** Properties of a ReconnectPolicy. */
                interface $Properties {

                    /** ReconnectPolicy enabled */
                    enabled?: (boolean|null);

                    /** ReconnectPolicy initial_delay_ms */
                    initial_delay_ms?: (number|null);

                    /** ReconnectPolicy max_delay_ms */
                    max_delay_ms?: (number|null);

                    /** ReconnectPolicy multiplier */
                    multiplier?: (number|null);

                    /** ReconnectPolicy jitter */
                    jitter?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ReconnectPolicy. */
                type $Shape = zerorelay.conformance.v1.ReconnectPolicy.$Properties;
            }

            /**
             * Properties of a ConnectCommand.
             * @deprecated Use zerorelay.conformance.v1.ConnectCommand.$Properties instead.
             */
            interface IConnectCommand extends zerorelay.conformance.v1.ConnectCommand.$Properties {
            }

            /** Represents a ConnectCommand. */
            class ConnectCommand {

                /** Reflection-backed declarations are not constructable. Use ConnectCommand.create(...) instead. */
                private constructor();

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ConnectCommand conn. */
                conn: string;

                /** ConnectCommand url. */
                url: string;

                /** ConnectCommand token. */
                token: string;

                /** ConnectCommand reconnect. */
                reconnect?: (zerorelay.conformance.v1.ReconnectPolicy.$Properties|null);

                /** ConnectCommand ping_interval_ms. */
                ping_interval_ms: number;

                /** ConnectCommand pong_timeout_ms. */
                pong_timeout_ms: number;

                /** ConnectCommand subprotocol. */
                subprotocol: string;

                /** ConnectCommand ack_delay_ms. */
                ack_delay_ms: number;

                /**
                 * Creates a new ConnectCommand instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ConnectCommand instance
                 */
                static create(properties: zerorelay.conformance.v1.ConnectCommand.$Shape): zerorelay.conformance.v1.ConnectCommand & zerorelay.conformance.v1.ConnectCommand.$Shape;
                static create(properties?: zerorelay.conformance.v1.ConnectCommand.$Properties): zerorelay.conformance.v1.ConnectCommand;

                /**
                 * Encodes the specified ConnectCommand message. Does not implicitly {@link zerorelay.conformance.v1.ConnectCommand.verify|verify} messages.
                 * @param message ConnectCommand message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: zerorelay.conformance.v1.ConnectCommand.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ConnectCommand message, length delimited. Does not implicitly {@link zerorelay.conformance.v1.ConnectCommand.verify|verify} messages.
                 * @param message ConnectCommand message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: zerorelay.conformance.v1.ConnectCommand.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ConnectCommand message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {zerorelay.conformance.v1.ConnectCommand & zerorelay.conformance.v1.ConnectCommand.$Shape} ConnectCommand
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): zerorelay.conformance.v1.ConnectCommand & zerorelay.conformance.v1.ConnectCommand.$Shape;

                /**
                 * Decodes a ConnectCommand message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {zerorelay.conformance.v1.ConnectCommand & zerorelay.conformance.v1.ConnectCommand.$Shape} ConnectCommand
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zerorelay.conformance.v1.ConnectCommand & zerorelay.conformance.v1.ConnectCommand.$Shape;

                /**
                 * Verifies a ConnectCommand message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ConnectCommand message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ConnectCommand
                 */
                static fromObject(object: { [k: string]: any }): zerorelay.conformance.v1.ConnectCommand;

                /**
                 * Creates a plain object from a ConnectCommand message. Also converts values to other types if specified.
                 * @param message ConnectCommand
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: zerorelay.conformance.v1.ConnectCommand, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ConnectCommand to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ConnectCommand
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ConnectCommand {

                /** Properties of a ConnectCommand. */
                interface $Properties {

                    /** ConnectCommand conn */
                    conn?: (string|null);

                    /** ConnectCommand url */
                    url?: (string|null);

                    /** ConnectCommand token */
                    token?: (string|null);

                    /** ConnectCommand reconnect */
                    reconnect?: (zerorelay.conformance.v1.ReconnectPolicy.$Properties|null);

                    /** ConnectCommand ping_interval_ms */
                    ping_interval_ms?: (number|null);

                    /** ConnectCommand pong_timeout_ms */
                    pong_timeout_ms?: (number|null);

                    /** ConnectCommand subprotocol */
                    subprotocol?: (string|null);

                    /** ConnectCommand ack_delay_ms */
                    ack_delay_ms?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ConnectCommand. */
                type $Shape = zerorelay.conformance.v1.ConnectCommand.$Properties;
            }

            /**
             * Properties of a SubscribeCommand.
             * @deprecated Use zerorelay.conformance.v1.SubscribeCommand.$Properties instead.
             */
            interface ISubscribeCommand extends zerorelay.conformance.v1.SubscribeCommand.$Properties {
            }

            /** Represents a SubscribeCommand. */
            class SubscribeCommand {

                /** Reflection-backed declarations are not constructable. Use SubscribeCommand.create(...) instead. */
                private constructor();

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SubscribeCommand conn. */
                conn: string;

                /** SubscribeCommand topic. */
                topic: string;

                /** SubscribeCommand mode. */
                mode: zerorelay.v1.DeliveryMode;

                /** SubscribeCommand max_in_flight. */
                max_in_flight: number;

                /** SubscribeCommand manual_ack. */
                manual_ack: boolean;

                /**
                 * Creates a new SubscribeCommand instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SubscribeCommand instance
                 */
                static create(properties: zerorelay.conformance.v1.SubscribeCommand.$Shape): zerorelay.conformance.v1.SubscribeCommand & zerorelay.conformance.v1.SubscribeCommand.$Shape;
                static create(properties?: zerorelay.conformance.v1.SubscribeCommand.$Properties): zerorelay.conformance.v1.SubscribeCommand;

                /**
                 * Encodes the specified SubscribeCommand message. Does not implicitly {@link zerorelay.conformance.v1.SubscribeCommand.verify|verify} messages.
                 * @param message SubscribeCommand message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: zerorelay.conformance.v1.SubscribeCommand.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified SubscribeCommand message, length delimited. Does not implicitly {@link zerorelay.conformance.v1.SubscribeCommand.verify|verify} messages.
                 * @param message SubscribeCommand message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: zerorelay.conformance.v1.SubscribeCommand.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SubscribeCommand message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {zerorelay.conformance.v1.SubscribeCommand & zerorelay.conformance.v1.SubscribeCommand.$Shape} SubscribeCommand
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): zerorelay.conformance.v1.SubscribeCommand & zerorelay.conformance.v1.SubscribeCommand.$Shape;

                /**
                 * Decodes a SubscribeCommand message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {zerorelay.conformance.v1.SubscribeCommand & zerorelay.conformance.v1.SubscribeCommand.$Shape} SubscribeCommand
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zerorelay.conformance.v1.SubscribeCommand & zerorelay.conformance.v1.SubscribeCommand.$Shape;

                /**
                 * Verifies a SubscribeCommand message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a SubscribeCommand message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns SubscribeCommand
                 */
                static fromObject(object: { [k: string]: any }): zerorelay.conformance.v1.SubscribeCommand;

                /**
                 * Creates a plain object from a SubscribeCommand message. Also converts values to other types if specified.
                 * @param message SubscribeCommand
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: zerorelay.conformance.v1.SubscribeCommand, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SubscribeCommand to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for SubscribeCommand
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace SubscribeCommand {

                /** Properties of a SubscribeCommand. */
                interface $Properties {

                    /** SubscribeCommand conn */
                    conn?: (string|null);

                    /** SubscribeCommand topic */
                    topic?: (string|null);

                    /** SubscribeCommand mode */
                    mode?: (zerorelay.v1.DeliveryMode|null);

                    /** SubscribeCommand max_in_flight */
                    max_in_flight?: (number|null);

                    /** SubscribeCommand manual_ack */
                    manual_ack?: (boolean|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SubscribeCommand. */
                type $Shape = zerorelay.conformance.v1.SubscribeCommand.$Properties;
            }

            /**
             * Properties of an UnsubscribeCommand.
             * @deprecated Use zerorelay.conformance.v1.UnsubscribeCommand.$Properties instead.
             */
            interface IUnsubscribeCommand extends zerorelay.conformance.v1.UnsubscribeCommand.$Properties {
            }

            /** Represents an UnsubscribeCommand. */
            class UnsubscribeCommand {

                /** Reflection-backed declarations are not constructable. Use UnsubscribeCommand.create(...) instead. */
                private constructor();

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** UnsubscribeCommand conn. */
                conn: string;

                /** UnsubscribeCommand topic. */
                topic: string;

                /**
                 * Creates a new UnsubscribeCommand instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns UnsubscribeCommand instance
                 */
                static create(properties: zerorelay.conformance.v1.UnsubscribeCommand.$Shape): zerorelay.conformance.v1.UnsubscribeCommand & zerorelay.conformance.v1.UnsubscribeCommand.$Shape;
                static create(properties?: zerorelay.conformance.v1.UnsubscribeCommand.$Properties): zerorelay.conformance.v1.UnsubscribeCommand;

                /**
                 * Encodes the specified UnsubscribeCommand message. Does not implicitly {@link zerorelay.conformance.v1.UnsubscribeCommand.verify|verify} messages.
                 * @param message UnsubscribeCommand message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: zerorelay.conformance.v1.UnsubscribeCommand.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified UnsubscribeCommand message, length delimited. Does not implicitly {@link zerorelay.conformance.v1.UnsubscribeCommand.verify|verify} messages.
                 * @param message UnsubscribeCommand message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: zerorelay.conformance.v1.UnsubscribeCommand.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an UnsubscribeCommand message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {zerorelay.conformance.v1.UnsubscribeCommand & zerorelay.conformance.v1.UnsubscribeCommand.$Shape} UnsubscribeCommand
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): zerorelay.conformance.v1.UnsubscribeCommand & zerorelay.conformance.v1.UnsubscribeCommand.$Shape;

                /**
                 * Decodes an UnsubscribeCommand message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {zerorelay.conformance.v1.UnsubscribeCommand & zerorelay.conformance.v1.UnsubscribeCommand.$Shape} UnsubscribeCommand
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zerorelay.conformance.v1.UnsubscribeCommand & zerorelay.conformance.v1.UnsubscribeCommand.$Shape;

                /**
                 * Verifies an UnsubscribeCommand message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an UnsubscribeCommand message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns UnsubscribeCommand
                 */
                static fromObject(object: { [k: string]: any }): zerorelay.conformance.v1.UnsubscribeCommand;

                /**
                 * Creates a plain object from an UnsubscribeCommand message. Also converts values to other types if specified.
                 * @param message UnsubscribeCommand
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: zerorelay.conformance.v1.UnsubscribeCommand, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this UnsubscribeCommand to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for UnsubscribeCommand
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace UnsubscribeCommand {

                /** Properties of an UnsubscribeCommand. */
                interface $Properties {

                    /** UnsubscribeCommand conn */
                    conn?: (string|null);

                    /** UnsubscribeCommand topic */
                    topic?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an UnsubscribeCommand. */
                type $Shape = zerorelay.conformance.v1.UnsubscribeCommand.$Properties;
            }

            /**
             * Properties of a PublishCommand.
             * @deprecated Use zerorelay.conformance.v1.PublishCommand.$Properties instead.
             */
            interface IPublishCommand extends zerorelay.conformance.v1.PublishCommand.$Properties {
            }

            /** Represents a PublishCommand. */
            class PublishCommand {

                /** Reflection-backed declarations are not constructable. Use PublishCommand.create(...) instead. */
                private constructor();

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** PublishCommand conn. */
                conn: string;

                /** PublishCommand topic. */
                topic: string;

                /** PublishCommand payload. */
                payload: Uint8Array;

                /** PublishCommand headers. */
                headers: { [k: string]: string };

                /** PublishCommand ack. */
                ack: boolean;

                /** PublishCommand timeout_ms. */
                timeout_ms: number;

                /** PublishCommand idempotency_key. */
                idempotency_key: string;

                /**
                 * Creates a new PublishCommand instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PublishCommand instance
                 */
                static create(properties: zerorelay.conformance.v1.PublishCommand.$Shape): zerorelay.conformance.v1.PublishCommand & zerorelay.conformance.v1.PublishCommand.$Shape;
                static create(properties?: zerorelay.conformance.v1.PublishCommand.$Properties): zerorelay.conformance.v1.PublishCommand;

                /**
                 * Encodes the specified PublishCommand message. Does not implicitly {@link zerorelay.conformance.v1.PublishCommand.verify|verify} messages.
                 * @param message PublishCommand message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: zerorelay.conformance.v1.PublishCommand.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified PublishCommand message, length delimited. Does not implicitly {@link zerorelay.conformance.v1.PublishCommand.verify|verify} messages.
                 * @param message PublishCommand message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: zerorelay.conformance.v1.PublishCommand.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PublishCommand message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {zerorelay.conformance.v1.PublishCommand & zerorelay.conformance.v1.PublishCommand.$Shape} PublishCommand
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): zerorelay.conformance.v1.PublishCommand & zerorelay.conformance.v1.PublishCommand.$Shape;

                /**
                 * Decodes a PublishCommand message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {zerorelay.conformance.v1.PublishCommand & zerorelay.conformance.v1.PublishCommand.$Shape} PublishCommand
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zerorelay.conformance.v1.PublishCommand & zerorelay.conformance.v1.PublishCommand.$Shape;

                /**
                 * Verifies a PublishCommand message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a PublishCommand message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns PublishCommand
                 */
                static fromObject(object: { [k: string]: any }): zerorelay.conformance.v1.PublishCommand;

                /**
                 * Creates a plain object from a PublishCommand message. Also converts values to other types if specified.
                 * @param message PublishCommand
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: zerorelay.conformance.v1.PublishCommand, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this PublishCommand to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for PublishCommand
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace PublishCommand {

                /** Properties of a PublishCommand. */
                interface $Properties {

                    /** PublishCommand conn */
                    conn?: (string|null);

                    /** PublishCommand topic */
                    topic?: (string|null);

                    /** PublishCommand payload */
                    payload?: (Uint8Array|null);

                    /** PublishCommand headers */
                    headers?: ({ [k: string]: string }|null);

                    /** PublishCommand ack */
                    ack?: (boolean|null);

                    /** PublishCommand timeout_ms */
                    timeout_ms?: (number|null);

                    /** PublishCommand idempotency_key */
                    idempotency_key?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a PublishCommand. */
                type $Shape = zerorelay.conformance.v1.PublishCommand.$Properties;
            }

            /**
             * Properties of an AckCommand.
             * @deprecated Use zerorelay.conformance.v1.AckCommand.$Properties instead.
             */
            interface IAckCommand extends zerorelay.conformance.v1.AckCommand.$Properties {
            }

            /** Represents an AckCommand. */
            class AckCommand {

                /** Reflection-backed declarations are not constructable. Use AckCommand.create(...) instead. */
                private constructor();

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** AckCommand conn. */
                conn: string;

                /** AckCommand topic. */
                topic: string;

                /** AckCommand epoch. */
                epoch: string;

                /** AckCommand offset. */
                offset: (number|Long);

                /**
                 * Creates a new AckCommand instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns AckCommand instance
                 */
                static create(properties: zerorelay.conformance.v1.AckCommand.$Shape): zerorelay.conformance.v1.AckCommand & zerorelay.conformance.v1.AckCommand.$Shape;
                static create(properties?: zerorelay.conformance.v1.AckCommand.$Properties): zerorelay.conformance.v1.AckCommand;

                /**
                 * Encodes the specified AckCommand message. Does not implicitly {@link zerorelay.conformance.v1.AckCommand.verify|verify} messages.
                 * @param message AckCommand message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: zerorelay.conformance.v1.AckCommand.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified AckCommand message, length delimited. Does not implicitly {@link zerorelay.conformance.v1.AckCommand.verify|verify} messages.
                 * @param message AckCommand message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: zerorelay.conformance.v1.AckCommand.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an AckCommand message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {zerorelay.conformance.v1.AckCommand & zerorelay.conformance.v1.AckCommand.$Shape} AckCommand
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): zerorelay.conformance.v1.AckCommand & zerorelay.conformance.v1.AckCommand.$Shape;

                /**
                 * Decodes an AckCommand message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {zerorelay.conformance.v1.AckCommand & zerorelay.conformance.v1.AckCommand.$Shape} AckCommand
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zerorelay.conformance.v1.AckCommand & zerorelay.conformance.v1.AckCommand.$Shape;

                /**
                 * Verifies an AckCommand message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an AckCommand message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns AckCommand
                 */
                static fromObject(object: { [k: string]: any }): zerorelay.conformance.v1.AckCommand;

                /**
                 * Creates a plain object from an AckCommand message. Also converts values to other types if specified.
                 * @param message AckCommand
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: zerorelay.conformance.v1.AckCommand, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this AckCommand to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for AckCommand
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace AckCommand {

                /** Properties of an AckCommand. */
                interface $Properties {

                    /** AckCommand conn */
                    conn?: (string|null);

                    /** AckCommand topic */
                    topic?: (string|null);

                    /** AckCommand epoch */
                    epoch?: (string|null);

                    /** AckCommand offset */
                    offset?: (number|Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an AckCommand. */
                type $Shape = zerorelay.conformance.v1.AckCommand.$Properties;
            }

            /**
             * Properties of a CloseCommand.
             * @deprecated Use zerorelay.conformance.v1.CloseCommand.$Properties instead.
             */
            interface ICloseCommand extends zerorelay.conformance.v1.CloseCommand.$Properties {
            }

            /** Represents a CloseCommand. */
            class CloseCommand {

                /** Reflection-backed declarations are not constructable. Use CloseCommand.create(...) instead. */
                private constructor();

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** CloseCommand conn. */
                conn: string;

                /**
                 * Creates a new CloseCommand instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CloseCommand instance
                 */
                static create(properties: zerorelay.conformance.v1.CloseCommand.$Shape): zerorelay.conformance.v1.CloseCommand & zerorelay.conformance.v1.CloseCommand.$Shape;
                static create(properties?: zerorelay.conformance.v1.CloseCommand.$Properties): zerorelay.conformance.v1.CloseCommand;

                /**
                 * Encodes the specified CloseCommand message. Does not implicitly {@link zerorelay.conformance.v1.CloseCommand.verify|verify} messages.
                 * @param message CloseCommand message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: zerorelay.conformance.v1.CloseCommand.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified CloseCommand message, length delimited. Does not implicitly {@link zerorelay.conformance.v1.CloseCommand.verify|verify} messages.
                 * @param message CloseCommand message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: zerorelay.conformance.v1.CloseCommand.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CloseCommand message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {zerorelay.conformance.v1.CloseCommand & zerorelay.conformance.v1.CloseCommand.$Shape} CloseCommand
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): zerorelay.conformance.v1.CloseCommand & zerorelay.conformance.v1.CloseCommand.$Shape;

                /**
                 * Decodes a CloseCommand message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {zerorelay.conformance.v1.CloseCommand & zerorelay.conformance.v1.CloseCommand.$Shape} CloseCommand
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zerorelay.conformance.v1.CloseCommand & zerorelay.conformance.v1.CloseCommand.$Shape;

                /**
                 * Verifies a CloseCommand message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a CloseCommand message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns CloseCommand
                 */
                static fromObject(object: { [k: string]: any }): zerorelay.conformance.v1.CloseCommand;

                /**
                 * Creates a plain object from a CloseCommand message. Also converts values to other types if specified.
                 * @param message CloseCommand
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: zerorelay.conformance.v1.CloseCommand, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CloseCommand to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for CloseCommand
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace CloseCommand {

                /** Properties of a CloseCommand. */
                interface $Properties {

                    /** CloseCommand conn */
                    conn?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a CloseCommand. */
                type $Shape = zerorelay.conformance.v1.CloseCommand.$Properties;
            }

            /**
             * Properties of a SetTokenCommand.
             * @deprecated Use zerorelay.conformance.v1.SetTokenCommand.$Properties instead.
             */
            interface ISetTokenCommand extends zerorelay.conformance.v1.SetTokenCommand.$Properties {
            }

            /** Represents a SetTokenCommand. */
            class SetTokenCommand {

                /** Reflection-backed declarations are not constructable. Use SetTokenCommand.create(...) instead. */
                private constructor();

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SetTokenCommand conn. */
                conn: string;

                /** SetTokenCommand token. */
                token: string;

                /** SetTokenCommand refresh_now. */
                refresh_now: boolean;

                /**
                 * Creates a new SetTokenCommand instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SetTokenCommand instance
                 */
                static create(properties: zerorelay.conformance.v1.SetTokenCommand.$Shape): zerorelay.conformance.v1.SetTokenCommand & zerorelay.conformance.v1.SetTokenCommand.$Shape;
                static create(properties?: zerorelay.conformance.v1.SetTokenCommand.$Properties): zerorelay.conformance.v1.SetTokenCommand;

                /**
                 * Encodes the specified SetTokenCommand message. Does not implicitly {@link zerorelay.conformance.v1.SetTokenCommand.verify|verify} messages.
                 * @param message SetTokenCommand message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: zerorelay.conformance.v1.SetTokenCommand.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified SetTokenCommand message, length delimited. Does not implicitly {@link zerorelay.conformance.v1.SetTokenCommand.verify|verify} messages.
                 * @param message SetTokenCommand message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: zerorelay.conformance.v1.SetTokenCommand.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SetTokenCommand message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {zerorelay.conformance.v1.SetTokenCommand & zerorelay.conformance.v1.SetTokenCommand.$Shape} SetTokenCommand
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): zerorelay.conformance.v1.SetTokenCommand & zerorelay.conformance.v1.SetTokenCommand.$Shape;

                /**
                 * Decodes a SetTokenCommand message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {zerorelay.conformance.v1.SetTokenCommand & zerorelay.conformance.v1.SetTokenCommand.$Shape} SetTokenCommand
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zerorelay.conformance.v1.SetTokenCommand & zerorelay.conformance.v1.SetTokenCommand.$Shape;

                /**
                 * Verifies a SetTokenCommand message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a SetTokenCommand message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns SetTokenCommand
                 */
                static fromObject(object: { [k: string]: any }): zerorelay.conformance.v1.SetTokenCommand;

                /**
                 * Creates a plain object from a SetTokenCommand message. Also converts values to other types if specified.
                 * @param message SetTokenCommand
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: zerorelay.conformance.v1.SetTokenCommand, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SetTokenCommand to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for SetTokenCommand
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace SetTokenCommand {

                /** Properties of a SetTokenCommand. */
                interface $Properties {

                    /** SetTokenCommand conn */
                    conn?: (string|null);

                    /** SetTokenCommand token */
                    token?: (string|null);

                    /** SetTokenCommand refresh_now */
                    refresh_now?: (boolean|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SetTokenCommand. */
                type $Shape = zerorelay.conformance.v1.SetTokenCommand.$Properties;
            }

            /**
             * Properties of a PauseReadingCommand.
             * @deprecated Use zerorelay.conformance.v1.PauseReadingCommand.$Properties instead.
             */
            interface IPauseReadingCommand extends zerorelay.conformance.v1.PauseReadingCommand.$Properties {
            }

            /** Represents a PauseReadingCommand. */
            class PauseReadingCommand {

                /** Reflection-backed declarations are not constructable. Use PauseReadingCommand.create(...) instead. */
                private constructor();

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** PauseReadingCommand conn. */
                conn: string;

                /**
                 * Creates a new PauseReadingCommand instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PauseReadingCommand instance
                 */
                static create(properties: zerorelay.conformance.v1.PauseReadingCommand.$Shape): zerorelay.conformance.v1.PauseReadingCommand & zerorelay.conformance.v1.PauseReadingCommand.$Shape;
                static create(properties?: zerorelay.conformance.v1.PauseReadingCommand.$Properties): zerorelay.conformance.v1.PauseReadingCommand;

                /**
                 * Encodes the specified PauseReadingCommand message. Does not implicitly {@link zerorelay.conformance.v1.PauseReadingCommand.verify|verify} messages.
                 * @param message PauseReadingCommand message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: zerorelay.conformance.v1.PauseReadingCommand.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified PauseReadingCommand message, length delimited. Does not implicitly {@link zerorelay.conformance.v1.PauseReadingCommand.verify|verify} messages.
                 * @param message PauseReadingCommand message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: zerorelay.conformance.v1.PauseReadingCommand.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PauseReadingCommand message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {zerorelay.conformance.v1.PauseReadingCommand & zerorelay.conformance.v1.PauseReadingCommand.$Shape} PauseReadingCommand
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): zerorelay.conformance.v1.PauseReadingCommand & zerorelay.conformance.v1.PauseReadingCommand.$Shape;

                /**
                 * Decodes a PauseReadingCommand message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {zerorelay.conformance.v1.PauseReadingCommand & zerorelay.conformance.v1.PauseReadingCommand.$Shape} PauseReadingCommand
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zerorelay.conformance.v1.PauseReadingCommand & zerorelay.conformance.v1.PauseReadingCommand.$Shape;

                /**
                 * Verifies a PauseReadingCommand message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a PauseReadingCommand message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns PauseReadingCommand
                 */
                static fromObject(object: { [k: string]: any }): zerorelay.conformance.v1.PauseReadingCommand;

                /**
                 * Creates a plain object from a PauseReadingCommand message. Also converts values to other types if specified.
                 * @param message PauseReadingCommand
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: zerorelay.conformance.v1.PauseReadingCommand, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this PauseReadingCommand to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for PauseReadingCommand
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace PauseReadingCommand {

                /** Properties of a PauseReadingCommand. */
                interface $Properties {

                    /** PauseReadingCommand conn */
                    conn?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a PauseReadingCommand. */
                type $Shape = zerorelay.conformance.v1.PauseReadingCommand.$Properties;
            }

            /**
             * Properties of a ResumeReadingCommand.
             * @deprecated Use zerorelay.conformance.v1.ResumeReadingCommand.$Properties instead.
             */
            interface IResumeReadingCommand extends zerorelay.conformance.v1.ResumeReadingCommand.$Properties {
            }

            /** Represents a ResumeReadingCommand. */
            class ResumeReadingCommand {

                /** Reflection-backed declarations are not constructable. Use ResumeReadingCommand.create(...) instead. */
                private constructor();

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ResumeReadingCommand conn. */
                conn: string;

                /**
                 * Creates a new ResumeReadingCommand instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ResumeReadingCommand instance
                 */
                static create(properties: zerorelay.conformance.v1.ResumeReadingCommand.$Shape): zerorelay.conformance.v1.ResumeReadingCommand & zerorelay.conformance.v1.ResumeReadingCommand.$Shape;
                static create(properties?: zerorelay.conformance.v1.ResumeReadingCommand.$Properties): zerorelay.conformance.v1.ResumeReadingCommand;

                /**
                 * Encodes the specified ResumeReadingCommand message. Does not implicitly {@link zerorelay.conformance.v1.ResumeReadingCommand.verify|verify} messages.
                 * @param message ResumeReadingCommand message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: zerorelay.conformance.v1.ResumeReadingCommand.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ResumeReadingCommand message, length delimited. Does not implicitly {@link zerorelay.conformance.v1.ResumeReadingCommand.verify|verify} messages.
                 * @param message ResumeReadingCommand message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: zerorelay.conformance.v1.ResumeReadingCommand.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ResumeReadingCommand message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {zerorelay.conformance.v1.ResumeReadingCommand & zerorelay.conformance.v1.ResumeReadingCommand.$Shape} ResumeReadingCommand
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): zerorelay.conformance.v1.ResumeReadingCommand & zerorelay.conformance.v1.ResumeReadingCommand.$Shape;

                /**
                 * Decodes a ResumeReadingCommand message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {zerorelay.conformance.v1.ResumeReadingCommand & zerorelay.conformance.v1.ResumeReadingCommand.$Shape} ResumeReadingCommand
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zerorelay.conformance.v1.ResumeReadingCommand & zerorelay.conformance.v1.ResumeReadingCommand.$Shape;

                /**
                 * Verifies a ResumeReadingCommand message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ResumeReadingCommand message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ResumeReadingCommand
                 */
                static fromObject(object: { [k: string]: any }): zerorelay.conformance.v1.ResumeReadingCommand;

                /**
                 * Creates a plain object from a ResumeReadingCommand message. Also converts values to other types if specified.
                 * @param message ResumeReadingCommand
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: zerorelay.conformance.v1.ResumeReadingCommand, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ResumeReadingCommand to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ResumeReadingCommand
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ResumeReadingCommand {

                /** Properties of a ResumeReadingCommand. */
                interface $Properties {

                    /** ResumeReadingCommand conn */
                    conn?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ResumeReadingCommand. */
                type $Shape = zerorelay.conformance.v1.ResumeReadingCommand.$Properties;
            }

            /**
             * Properties of a DriverEvent.
             * @deprecated Use zerorelay.conformance.v1.DriverEvent.$Properties instead.
             */
            interface IDriverEvent extends zerorelay.conformance.v1.DriverEvent.$Properties {
            }

            /** Represents a DriverEvent. */
            class DriverEvent {

                /** Reflection-backed declarations are not constructable. Use DriverEvent.create(...) instead. */
                private constructor();

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** DriverEvent at_ms. */
                at_ms: (number|Long);

                /** DriverEvent hello_result. */
                hello_result?: (zerorelay.conformance.v1.HelloResult.$Properties|null);

                /** DriverEvent command_result. */
                command_result?: (zerorelay.conformance.v1.CommandResult.$Properties|null);

                /** DriverEvent state_change. */
                state_change?: (zerorelay.conformance.v1.StateChange.$Properties|null);

                /** DriverEvent delivered. */
                delivered?: (zerorelay.conformance.v1.Delivered.$Properties|null);

                /** DriverEvent sdk_error. */
                sdk_error?: (zerorelay.conformance.v1.SdkError.$Properties|null);

                /** DriverEvent kind. */
                kind?: ("hello_result"|"command_result"|"state_change"|"delivered"|"sdk_error");

                /**
                 * Creates a new DriverEvent instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DriverEvent instance
                 */
                static create(properties: zerorelay.conformance.v1.DriverEvent.$Shape): zerorelay.conformance.v1.DriverEvent & zerorelay.conformance.v1.DriverEvent.$Shape;
                static create(properties?: zerorelay.conformance.v1.DriverEvent.$Properties): zerorelay.conformance.v1.DriverEvent;

                /**
                 * Encodes the specified DriverEvent message. Does not implicitly {@link zerorelay.conformance.v1.DriverEvent.verify|verify} messages.
                 * @param message DriverEvent message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: zerorelay.conformance.v1.DriverEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified DriverEvent message, length delimited. Does not implicitly {@link zerorelay.conformance.v1.DriverEvent.verify|verify} messages.
                 * @param message DriverEvent message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: zerorelay.conformance.v1.DriverEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DriverEvent message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {zerorelay.conformance.v1.DriverEvent & zerorelay.conformance.v1.DriverEvent.$Shape} DriverEvent
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): zerorelay.conformance.v1.DriverEvent & zerorelay.conformance.v1.DriverEvent.$Shape;

                /**
                 * Decodes a DriverEvent message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {zerorelay.conformance.v1.DriverEvent & zerorelay.conformance.v1.DriverEvent.$Shape} DriverEvent
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zerorelay.conformance.v1.DriverEvent & zerorelay.conformance.v1.DriverEvent.$Shape;

                /**
                 * Verifies a DriverEvent message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a DriverEvent message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DriverEvent
                 */
                static fromObject(object: { [k: string]: any }): zerorelay.conformance.v1.DriverEvent;

                /**
                 * Creates a plain object from a DriverEvent message. Also converts values to other types if specified.
                 * @param message DriverEvent
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: zerorelay.conformance.v1.DriverEvent, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DriverEvent to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for DriverEvent
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace DriverEvent {

                /** Properties of a DriverEvent. */
                interface $Properties {

                    /** DriverEvent at_ms */
                    at_ms?: (number|Long|null);

                    /** DriverEvent hello_result */
                    hello_result?: (zerorelay.conformance.v1.HelloResult.$Properties|null);

                    /** DriverEvent command_result */
                    command_result?: (zerorelay.conformance.v1.CommandResult.$Properties|null);

                    /** DriverEvent state_change */
                    state_change?: (zerorelay.conformance.v1.StateChange.$Properties|null);

                    /** DriverEvent delivered */
                    delivered?: (zerorelay.conformance.v1.Delivered.$Properties|null);

                    /** DriverEvent sdk_error */
                    sdk_error?: (zerorelay.conformance.v1.SdkError.$Properties|null);

                    /** DriverEvent kind */
                    kind?: ("hello_result"|"command_result"|"state_change"|"delivered"|"sdk_error");

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Narrowed shape of a DriverEvent. */
                type $Shape = {
                  at_ms?: number|Long|null;
                  hello_result?: zerorelay.conformance.v1.HelloResult.$Shape|null;
                  command_result?: zerorelay.conformance.v1.CommandResult.$Shape|null;
                  state_change?: zerorelay.conformance.v1.StateChange.$Shape|null;
                  delivered?: zerorelay.conformance.v1.Delivered.$Shape|null;
                  sdk_error?: zerorelay.conformance.v1.SdkError.$Shape|null;
                  $unknowns?: Uint8Array[];
                } & (
                  ({ kind?: undefined; hello_result?: null; command_result?: null; state_change?: null; delivered?: null; sdk_error?: null }|{ kind?: "hello_result"; hello_result: zerorelay.conformance.v1.HelloResult.$Shape; command_result?: null; state_change?: null; delivered?: null; sdk_error?: null }|{ kind?: "command_result"; hello_result?: null; command_result: zerorelay.conformance.v1.CommandResult.$Shape; state_change?: null; delivered?: null; sdk_error?: null }|{ kind?: "state_change"; hello_result?: null; command_result?: null; state_change: zerorelay.conformance.v1.StateChange.$Shape; delivered?: null; sdk_error?: null }|{ kind?: "delivered"; hello_result?: null; command_result?: null; state_change?: null; delivered: zerorelay.conformance.v1.Delivered.$Shape; sdk_error?: null }|{ kind?: "sdk_error"; hello_result?: null; command_result?: null; state_change?: null; delivered?: null; sdk_error: zerorelay.conformance.v1.SdkError.$Shape })
                );
            }

            /**
             * Properties of a HelloResult.
             * @deprecated Use zerorelay.conformance.v1.HelloResult.$Properties instead.
             */
            interface IHelloResult extends zerorelay.conformance.v1.HelloResult.$Properties {
            }

            /** Represents a HelloResult. */
            class HelloResult {

                /** Reflection-backed declarations are not constructable. Use HelloResult.create(...) instead. */
                private constructor();

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** HelloResult sdk_name. */
                sdk_name: string;

                /** HelloResult sdk_version. */
                sdk_version: string;

                /** HelloResult features. */
                features: string[];

                /**
                 * Creates a new HelloResult instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns HelloResult instance
                 */
                static create(properties: zerorelay.conformance.v1.HelloResult.$Shape): zerorelay.conformance.v1.HelloResult & zerorelay.conformance.v1.HelloResult.$Shape;
                static create(properties?: zerorelay.conformance.v1.HelloResult.$Properties): zerorelay.conformance.v1.HelloResult;

                /**
                 * Encodes the specified HelloResult message. Does not implicitly {@link zerorelay.conformance.v1.HelloResult.verify|verify} messages.
                 * @param message HelloResult message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: zerorelay.conformance.v1.HelloResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified HelloResult message, length delimited. Does not implicitly {@link zerorelay.conformance.v1.HelloResult.verify|verify} messages.
                 * @param message HelloResult message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: zerorelay.conformance.v1.HelloResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a HelloResult message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {zerorelay.conformance.v1.HelloResult & zerorelay.conformance.v1.HelloResult.$Shape} HelloResult
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): zerorelay.conformance.v1.HelloResult & zerorelay.conformance.v1.HelloResult.$Shape;

                /**
                 * Decodes a HelloResult message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {zerorelay.conformance.v1.HelloResult & zerorelay.conformance.v1.HelloResult.$Shape} HelloResult
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zerorelay.conformance.v1.HelloResult & zerorelay.conformance.v1.HelloResult.$Shape;

                /**
                 * Verifies a HelloResult message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a HelloResult message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns HelloResult
                 */
                static fromObject(object: { [k: string]: any }): zerorelay.conformance.v1.HelloResult;

                /**
                 * Creates a plain object from a HelloResult message. Also converts values to other types if specified.
                 * @param message HelloResult
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: zerorelay.conformance.v1.HelloResult, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this HelloResult to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for HelloResult
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace HelloResult {

                /** Properties of a HelloResult. */
                interface $Properties {

                    /** HelloResult sdk_name */
                    sdk_name?: (string|null);

                    /** HelloResult sdk_version */
                    sdk_version?: (string|null);

                    /** HelloResult features */
                    features?: (string[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a HelloResult. */
                type $Shape = zerorelay.conformance.v1.HelloResult.$Properties;
            }

            /**
             * Properties of a SdkError.
             * @deprecated Use zerorelay.conformance.v1.SdkError.$Properties instead.
             */
            interface ISdkError extends zerorelay.conformance.v1.SdkError.$Properties {
            }

            /** Represents a SdkError. */
            class SdkError {

                /** Reflection-backed declarations are not constructable. Use SdkError.create(...) instead. */
                private constructor();

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SdkError conn. */
                conn: string;

                /** SdkError code. */
                code: zerorelay.v1.Code;

                /** SdkError message. */
                message: string;

                /** SdkError retryable. */
                retryable: boolean;

                /** SdkError retry_after_ms. */
                retry_after_ms: number;

                /** SdkError close_code. */
                close_code: number;

                /**
                 * Creates a new SdkError instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SdkError instance
                 */
                static create(properties: zerorelay.conformance.v1.SdkError.$Shape): zerorelay.conformance.v1.SdkError & zerorelay.conformance.v1.SdkError.$Shape;
                static create(properties?: zerorelay.conformance.v1.SdkError.$Properties): zerorelay.conformance.v1.SdkError;

                /**
                 * Encodes the specified SdkError message. Does not implicitly {@link zerorelay.conformance.v1.SdkError.verify|verify} messages.
                 * @param message SdkError message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: zerorelay.conformance.v1.SdkError.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified SdkError message, length delimited. Does not implicitly {@link zerorelay.conformance.v1.SdkError.verify|verify} messages.
                 * @param message SdkError message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: zerorelay.conformance.v1.SdkError.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SdkError message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {zerorelay.conformance.v1.SdkError & zerorelay.conformance.v1.SdkError.$Shape} SdkError
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): zerorelay.conformance.v1.SdkError & zerorelay.conformance.v1.SdkError.$Shape;

                /**
                 * Decodes a SdkError message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {zerorelay.conformance.v1.SdkError & zerorelay.conformance.v1.SdkError.$Shape} SdkError
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zerorelay.conformance.v1.SdkError & zerorelay.conformance.v1.SdkError.$Shape;

                /**
                 * Verifies a SdkError message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a SdkError message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns SdkError
                 */
                static fromObject(object: { [k: string]: any }): zerorelay.conformance.v1.SdkError;

                /**
                 * Creates a plain object from a SdkError message. Also converts values to other types if specified.
                 * @param message SdkError
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: zerorelay.conformance.v1.SdkError, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SdkError to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for SdkError
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace SdkError {

                /** Properties of a SdkError. */
                interface $Properties {

                    /** SdkError conn */
                    conn?: (string|null);

                    /** SdkError code */
                    code?: (zerorelay.v1.Code|null);

                    /** SdkError message */
                    message?: (string|null);

                    /** SdkError retryable */
                    retryable?: (boolean|null);

                    /** SdkError retry_after_ms */
                    retry_after_ms?: (number|null);

                    /** SdkError close_code */
                    close_code?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SdkError. */
                type $Shape = zerorelay.conformance.v1.SdkError.$Properties;
            }

            /**
             * Properties of a CommandOk.
             * @deprecated Use zerorelay.conformance.v1.CommandOk.$Properties instead.
             */
            interface ICommandOk extends zerorelay.conformance.v1.CommandOk.$Properties {
            }

            /** Represents a CommandOk. */
            class CommandOk {

                /** Reflection-backed declarations are not constructable. Use CommandOk.create(...) instead. */
                private constructor();

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** CommandOk position. */
                position?: (zerorelay.v1.StreamPosition.$Properties|null);

                /** CommandOk duplicate. */
                duplicate: boolean;

                /**
                 * Creates a new CommandOk instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CommandOk instance
                 */
                static create(properties: zerorelay.conformance.v1.CommandOk.$Shape): zerorelay.conformance.v1.CommandOk & zerorelay.conformance.v1.CommandOk.$Shape;
                static create(properties?: zerorelay.conformance.v1.CommandOk.$Properties): zerorelay.conformance.v1.CommandOk;

                /**
                 * Encodes the specified CommandOk message. Does not implicitly {@link zerorelay.conformance.v1.CommandOk.verify|verify} messages.
                 * @param message CommandOk message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: zerorelay.conformance.v1.CommandOk.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified CommandOk message, length delimited. Does not implicitly {@link zerorelay.conformance.v1.CommandOk.verify|verify} messages.
                 * @param message CommandOk message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: zerorelay.conformance.v1.CommandOk.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CommandOk message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {zerorelay.conformance.v1.CommandOk & zerorelay.conformance.v1.CommandOk.$Shape} CommandOk
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): zerorelay.conformance.v1.CommandOk & zerorelay.conformance.v1.CommandOk.$Shape;

                /**
                 * Decodes a CommandOk message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {zerorelay.conformance.v1.CommandOk & zerorelay.conformance.v1.CommandOk.$Shape} CommandOk
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zerorelay.conformance.v1.CommandOk & zerorelay.conformance.v1.CommandOk.$Shape;

                /**
                 * Verifies a CommandOk message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a CommandOk message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns CommandOk
                 */
                static fromObject(object: { [k: string]: any }): zerorelay.conformance.v1.CommandOk;

                /**
                 * Creates a plain object from a CommandOk message. Also converts values to other types if specified.
                 * @param message CommandOk
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: zerorelay.conformance.v1.CommandOk, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CommandOk to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for CommandOk
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace CommandOk {

                /** Properties of a CommandOk. */
                interface $Properties {

                    /** CommandOk position */
                    position?: (zerorelay.v1.StreamPosition.$Properties|null);

                    /** CommandOk duplicate */
                    duplicate?: (boolean|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a CommandOk. */
                type $Shape = zerorelay.conformance.v1.CommandOk.$Properties;
            }

            /**
             * Properties of a CommandResult.
             * @deprecated Use zerorelay.conformance.v1.CommandResult.$Properties instead.
             */
            interface ICommandResult extends zerorelay.conformance.v1.CommandResult.$Properties {
            }

            /** Represents a CommandResult. */
            class CommandResult {

                /** Reflection-backed declarations are not constructable. Use CommandResult.create(...) instead. */
                private constructor();

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** CommandResult command_id. */
                command_id: (number|Long);

                /** CommandResult ok. */
                ok?: (zerorelay.conformance.v1.CommandOk.$Properties|null);

                /** CommandResult error. */
                error?: (zerorelay.conformance.v1.SdkError.$Properties|null);

                /** CommandResult outcome. */
                outcome?: ("ok"|"error");

                /**
                 * Creates a new CommandResult instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CommandResult instance
                 */
                static create(properties: zerorelay.conformance.v1.CommandResult.$Shape): zerorelay.conformance.v1.CommandResult & zerorelay.conformance.v1.CommandResult.$Shape;
                static create(properties?: zerorelay.conformance.v1.CommandResult.$Properties): zerorelay.conformance.v1.CommandResult;

                /**
                 * Encodes the specified CommandResult message. Does not implicitly {@link zerorelay.conformance.v1.CommandResult.verify|verify} messages.
                 * @param message CommandResult message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: zerorelay.conformance.v1.CommandResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified CommandResult message, length delimited. Does not implicitly {@link zerorelay.conformance.v1.CommandResult.verify|verify} messages.
                 * @param message CommandResult message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: zerorelay.conformance.v1.CommandResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CommandResult message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {zerorelay.conformance.v1.CommandResult & zerorelay.conformance.v1.CommandResult.$Shape} CommandResult
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): zerorelay.conformance.v1.CommandResult & zerorelay.conformance.v1.CommandResult.$Shape;

                /**
                 * Decodes a CommandResult message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {zerorelay.conformance.v1.CommandResult & zerorelay.conformance.v1.CommandResult.$Shape} CommandResult
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zerorelay.conformance.v1.CommandResult & zerorelay.conformance.v1.CommandResult.$Shape;

                /**
                 * Verifies a CommandResult message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a CommandResult message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns CommandResult
                 */
                static fromObject(object: { [k: string]: any }): zerorelay.conformance.v1.CommandResult;

                /**
                 * Creates a plain object from a CommandResult message. Also converts values to other types if specified.
                 * @param message CommandResult
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: zerorelay.conformance.v1.CommandResult, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CommandResult to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for CommandResult
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace CommandResult {

                /** Properties of a CommandResult. */
                interface $Properties {

                    /** CommandResult command_id */
                    command_id?: (number|Long|null);

                    /** CommandResult ok */
                    ok?: (zerorelay.conformance.v1.CommandOk.$Properties|null);

                    /** CommandResult error */
                    error?: (zerorelay.conformance.v1.SdkError.$Properties|null);

                    /** CommandResult outcome */
                    outcome?: ("ok"|"error");

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Narrowed shape of a CommandResult. */
                type $Shape = {
                  command_id?: number|Long|null;
                  ok?: zerorelay.conformance.v1.CommandOk.$Shape|null;
                  error?: zerorelay.conformance.v1.SdkError.$Shape|null;
                  $unknowns?: Uint8Array[];
                } & (
                  ({ outcome?: undefined; ok?: null; error?: null }|{ outcome?: "ok"; ok: zerorelay.conformance.v1.CommandOk.$Shape; error?: null }|{ outcome?: "error"; ok?: null; error: zerorelay.conformance.v1.SdkError.$Shape })
                );
            }

            /**
             * Properties of a StateChange.
             * @deprecated Use zerorelay.conformance.v1.StateChange.$Properties instead.
             */
            interface IStateChange extends zerorelay.conformance.v1.StateChange.$Properties {
            }

            /** Represents a StateChange. */
            class StateChange {

                /** Reflection-backed declarations are not constructable. Use StateChange.create(...) instead. */
                private constructor();

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** StateChange conn. */
                conn: string;

                /** StateChange state. */
                state: zerorelay.conformance.v1.ConnState;

                /** StateChange close_code. */
                close_code: number;

                /** StateChange reason. */
                reason: string;

                /** StateChange attempt. */
                attempt: number;

                /**
                 * Creates a new StateChange instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns StateChange instance
                 */
                static create(properties: zerorelay.conformance.v1.StateChange.$Shape): zerorelay.conformance.v1.StateChange & zerorelay.conformance.v1.StateChange.$Shape;
                static create(properties?: zerorelay.conformance.v1.StateChange.$Properties): zerorelay.conformance.v1.StateChange;

                /**
                 * Encodes the specified StateChange message. Does not implicitly {@link zerorelay.conformance.v1.StateChange.verify|verify} messages.
                 * @param message StateChange message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: zerorelay.conformance.v1.StateChange.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified StateChange message, length delimited. Does not implicitly {@link zerorelay.conformance.v1.StateChange.verify|verify} messages.
                 * @param message StateChange message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: zerorelay.conformance.v1.StateChange.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a StateChange message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {zerorelay.conformance.v1.StateChange & zerorelay.conformance.v1.StateChange.$Shape} StateChange
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): zerorelay.conformance.v1.StateChange & zerorelay.conformance.v1.StateChange.$Shape;

                /**
                 * Decodes a StateChange message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {zerorelay.conformance.v1.StateChange & zerorelay.conformance.v1.StateChange.$Shape} StateChange
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zerorelay.conformance.v1.StateChange & zerorelay.conformance.v1.StateChange.$Shape;

                /**
                 * Verifies a StateChange message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a StateChange message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns StateChange
                 */
                static fromObject(object: { [k: string]: any }): zerorelay.conformance.v1.StateChange;

                /**
                 * Creates a plain object from a StateChange message. Also converts values to other types if specified.
                 * @param message StateChange
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: zerorelay.conformance.v1.StateChange, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this StateChange to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for StateChange
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace StateChange {

                /** Properties of a StateChange. */
                interface $Properties {

                    /** StateChange conn */
                    conn?: (string|null);

                    /** StateChange state */
                    state?: (zerorelay.conformance.v1.ConnState|null);

                    /** StateChange close_code */
                    close_code?: (number|null);

                    /** StateChange reason */
                    reason?: (string|null);

                    /** StateChange attempt */
                    attempt?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a StateChange. */
                type $Shape = zerorelay.conformance.v1.StateChange.$Properties;
            }

            /**
             * Properties of a Delivered.
             * @deprecated Use zerorelay.conformance.v1.Delivered.$Properties instead.
             */
            interface IDelivered extends zerorelay.conformance.v1.Delivered.$Properties {
            }

            /** Represents a Delivered. */
            class Delivered {

                /** Reflection-backed declarations are not constructable. Use Delivered.create(...) instead. */
                private constructor();

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Delivered conn. */
                conn: string;

                /** Delivered delivery. */
                delivery?: (zerorelay.v1.Delivery.$Properties|null);

                /**
                 * Creates a new Delivered instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Delivered instance
                 */
                static create(properties: zerorelay.conformance.v1.Delivered.$Shape): zerorelay.conformance.v1.Delivered & zerorelay.conformance.v1.Delivered.$Shape;
                static create(properties?: zerorelay.conformance.v1.Delivered.$Properties): zerorelay.conformance.v1.Delivered;

                /**
                 * Encodes the specified Delivered message. Does not implicitly {@link zerorelay.conformance.v1.Delivered.verify|verify} messages.
                 * @param message Delivered message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: zerorelay.conformance.v1.Delivered.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Delivered message, length delimited. Does not implicitly {@link zerorelay.conformance.v1.Delivered.verify|verify} messages.
                 * @param message Delivered message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: zerorelay.conformance.v1.Delivered.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Delivered message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {zerorelay.conformance.v1.Delivered & zerorelay.conformance.v1.Delivered.$Shape} Delivered
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): zerorelay.conformance.v1.Delivered & zerorelay.conformance.v1.Delivered.$Shape;

                /**
                 * Decodes a Delivered message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {zerorelay.conformance.v1.Delivered & zerorelay.conformance.v1.Delivered.$Shape} Delivered
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zerorelay.conformance.v1.Delivered & zerorelay.conformance.v1.Delivered.$Shape;

                /**
                 * Verifies a Delivered message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Delivered message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Delivered
                 */
                static fromObject(object: { [k: string]: any }): zerorelay.conformance.v1.Delivered;

                /**
                 * Creates a plain object from a Delivered message. Also converts values to other types if specified.
                 * @param message Delivered
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: zerorelay.conformance.v1.Delivered, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Delivered to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Delivered
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Delivered {

                /** Properties of a Delivered. */
                interface $Properties {

                    /** Delivered conn */
                    conn?: (string|null);

                    /** Delivered delivery */
                    delivery?: (zerorelay.v1.Delivery.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Delivered. */
                type $Shape = zerorelay.conformance.v1.Delivered.$Properties;
            }

            /** ConnState enum. */
            enum ConnState {

                /** CONN_STATE_UNSPECIFIED value */
                CONN_STATE_UNSPECIFIED = 0,

                /** CONN_STATE_CONNECTING value */
                CONN_STATE_CONNECTING = 1,

                /** CONN_STATE_CONNECTED value */
                CONN_STATE_CONNECTED = 2,

                /** CONN_STATE_DISCONNECTED value */
                CONN_STATE_DISCONNECTED = 3,

                /** CONN_STATE_CLOSED value */
                CONN_STATE_CLOSED = 4
            }

            /**
             * Properties of a ServerConfig.
             * @deprecated Use zerorelay.conformance.v1.ServerConfig.$Properties instead.
             */
            interface IServerConfig extends zerorelay.conformance.v1.ServerConfig.$Properties {
            }

            /** Represents a ServerConfig. */
            class ServerConfig {

                /** Reflection-backed declarations are not constructable. Use ServerConfig.create(...) instead. */
                private constructor();

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ServerConfig max_frame_bytes. */
                max_frame_bytes?: (number|null);

                /** ServerConfig auth_timeout_ms. */
                auth_timeout_ms?: (number|null);

                /** ServerConfig ping_interval_ms. */
                ping_interval_ms?: (number|null);

                /** ServerConfig pong_timeout_ms. */
                pong_timeout_ms?: (number|null);

                /** ServerConfig max_subscriptions. */
                max_subscriptions?: (number|null);

                /** ServerConfig messages_per_second. */
                messages_per_second?: (number|null);

                /** ServerConfig messages_burst. */
                messages_burst?: (number|null);

                /** ServerConfig max_queued_bytes. */
                max_queued_bytes?: (number|null);

                /** ServerConfig max_bad_requests. */
                max_bad_requests?: (number|null);

                /** ServerConfig ack_wait_ms. */
                ack_wait_ms?: (number|null);

                /** ServerConfig max_deliver. */
                max_deliver?: (number|null);

                /** ServerConfig max_in_flight. */
                max_in_flight?: (number|null);

                /** ServerConfig retained_messages. */
                retained_messages?: (number|null);

                /** ServerConfig max_unread_age_ms. */
                max_unread_age_ms?: (number|null);

                /**
                 * Creates a new ServerConfig instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ServerConfig instance
                 */
                static create(properties: zerorelay.conformance.v1.ServerConfig.$Shape): zerorelay.conformance.v1.ServerConfig & zerorelay.conformance.v1.ServerConfig.$Shape;
                static create(properties?: zerorelay.conformance.v1.ServerConfig.$Properties): zerorelay.conformance.v1.ServerConfig;

                /**
                 * Encodes the specified ServerConfig message. Does not implicitly {@link zerorelay.conformance.v1.ServerConfig.verify|verify} messages.
                 * @param message ServerConfig message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: zerorelay.conformance.v1.ServerConfig.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ServerConfig message, length delimited. Does not implicitly {@link zerorelay.conformance.v1.ServerConfig.verify|verify} messages.
                 * @param message ServerConfig message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: zerorelay.conformance.v1.ServerConfig.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ServerConfig message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {zerorelay.conformance.v1.ServerConfig & zerorelay.conformance.v1.ServerConfig.$Shape} ServerConfig
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): zerorelay.conformance.v1.ServerConfig & zerorelay.conformance.v1.ServerConfig.$Shape;

                /**
                 * Decodes a ServerConfig message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {zerorelay.conformance.v1.ServerConfig & zerorelay.conformance.v1.ServerConfig.$Shape} ServerConfig
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zerorelay.conformance.v1.ServerConfig & zerorelay.conformance.v1.ServerConfig.$Shape;

                /**
                 * Verifies a ServerConfig message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ServerConfig message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ServerConfig
                 */
                static fromObject(object: { [k: string]: any }): zerorelay.conformance.v1.ServerConfig;

                /**
                 * Creates a plain object from a ServerConfig message. Also converts values to other types if specified.
                 * @param message ServerConfig
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: zerorelay.conformance.v1.ServerConfig, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ServerConfig to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ServerConfig
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ServerConfig {

                /** Properties of a ServerConfig. */
                interface $Properties {

                    /** ServerConfig max_frame_bytes */
                    max_frame_bytes?: (number|null);

                    /** ServerConfig auth_timeout_ms */
                    auth_timeout_ms?: (number|null);

                    /** ServerConfig ping_interval_ms */
                    ping_interval_ms?: (number|null);

                    /** ServerConfig pong_timeout_ms */
                    pong_timeout_ms?: (number|null);

                    /** ServerConfig max_subscriptions */
                    max_subscriptions?: (number|null);

                    /** ServerConfig messages_per_second */
                    messages_per_second?: (number|null);

                    /** ServerConfig messages_burst */
                    messages_burst?: (number|null);

                    /** ServerConfig max_queued_bytes */
                    max_queued_bytes?: (number|null);

                    /** ServerConfig max_bad_requests */
                    max_bad_requests?: (number|null);

                    /** ServerConfig ack_wait_ms */
                    ack_wait_ms?: (number|null);

                    /** ServerConfig max_deliver */
                    max_deliver?: (number|null);

                    /** ServerConfig max_in_flight */
                    max_in_flight?: (number|null);

                    /** ServerConfig retained_messages */
                    retained_messages?: (number|null);

                    /** ServerConfig max_unread_age_ms */
                    max_unread_age_ms?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ServerConfig. */
                type $Shape = zerorelay.conformance.v1.ServerConfig.$Properties;
            }

            /**
             * Properties of an AuthConfig.
             * @deprecated Use zerorelay.conformance.v1.AuthConfig.$Properties instead.
             */
            interface IAuthConfig extends zerorelay.conformance.v1.AuthConfig.$Properties {
            }

            /** Represents an AuthConfig. */
            class AuthConfig {

                /** Reflection-backed declarations are not constructable. Use AuthConfig.create(...) instead. */
                private constructor();

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** AuthConfig hs256_secret. */
                hs256_secret: string;

                /** AuthConfig rs256_public_key_pem. */
                rs256_public_key_pem: string;

                /** AuthConfig issuer. */
                issuer: string;

                /** AuthConfig audience. */
                audience: string;

                /** AuthConfig leeway_ms. */
                leeway_ms: number;

                /** AuthConfig hs256_kid. */
                hs256_kid: string;

                /** AuthConfig rs256_kid. */
                rs256_kid: string;

                /**
                 * Creates a new AuthConfig instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns AuthConfig instance
                 */
                static create(properties: zerorelay.conformance.v1.AuthConfig.$Shape): zerorelay.conformance.v1.AuthConfig & zerorelay.conformance.v1.AuthConfig.$Shape;
                static create(properties?: zerorelay.conformance.v1.AuthConfig.$Properties): zerorelay.conformance.v1.AuthConfig;

                /**
                 * Encodes the specified AuthConfig message. Does not implicitly {@link zerorelay.conformance.v1.AuthConfig.verify|verify} messages.
                 * @param message AuthConfig message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: zerorelay.conformance.v1.AuthConfig.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified AuthConfig message, length delimited. Does not implicitly {@link zerorelay.conformance.v1.AuthConfig.verify|verify} messages.
                 * @param message AuthConfig message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: zerorelay.conformance.v1.AuthConfig.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an AuthConfig message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {zerorelay.conformance.v1.AuthConfig & zerorelay.conformance.v1.AuthConfig.$Shape} AuthConfig
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): zerorelay.conformance.v1.AuthConfig & zerorelay.conformance.v1.AuthConfig.$Shape;

                /**
                 * Decodes an AuthConfig message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {zerorelay.conformance.v1.AuthConfig & zerorelay.conformance.v1.AuthConfig.$Shape} AuthConfig
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zerorelay.conformance.v1.AuthConfig & zerorelay.conformance.v1.AuthConfig.$Shape;

                /**
                 * Verifies an AuthConfig message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an AuthConfig message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns AuthConfig
                 */
                static fromObject(object: { [k: string]: any }): zerorelay.conformance.v1.AuthConfig;

                /**
                 * Creates a plain object from an AuthConfig message. Also converts values to other types if specified.
                 * @param message AuthConfig
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: zerorelay.conformance.v1.AuthConfig, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this AuthConfig to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for AuthConfig
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace AuthConfig {

                /** Properties of an AuthConfig. */
                interface $Properties {

                    /** AuthConfig hs256_secret */
                    hs256_secret?: (string|null);

                    /** AuthConfig rs256_public_key_pem */
                    rs256_public_key_pem?: (string|null);

                    /** AuthConfig issuer */
                    issuer?: (string|null);

                    /** AuthConfig audience */
                    audience?: (string|null);

                    /** AuthConfig leeway_ms */
                    leeway_ms?: (number|null);

                    /** AuthConfig hs256_kid */
                    hs256_kid?: (string|null);

                    /** AuthConfig rs256_kid */
                    rs256_kid?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an AuthConfig. */
                type $Shape = zerorelay.conformance.v1.AuthConfig.$Properties;
            }

            /**
             * Properties of a ServerLaunchRequest.
             * @deprecated Use zerorelay.conformance.v1.ServerLaunchRequest.$Properties instead.
             */
            interface IServerLaunchRequest extends zerorelay.conformance.v1.ServerLaunchRequest.$Properties {
            }

            /** Represents a ServerLaunchRequest. */
            class ServerLaunchRequest {

                /** Reflection-backed declarations are not constructable. Use ServerLaunchRequest.create(...) instead. */
                private constructor();

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ServerLaunchRequest config. */
                config?: (zerorelay.conformance.v1.ServerConfig.$Properties|null);

                /** ServerLaunchRequest auth. */
                auth?: (zerorelay.conformance.v1.AuthConfig.$Properties|null);

                /** ServerLaunchRequest listen_host. */
                listen_host: string;

                /**
                 * Creates a new ServerLaunchRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ServerLaunchRequest instance
                 */
                static create(properties: zerorelay.conformance.v1.ServerLaunchRequest.$Shape): zerorelay.conformance.v1.ServerLaunchRequest & zerorelay.conformance.v1.ServerLaunchRequest.$Shape;
                static create(properties?: zerorelay.conformance.v1.ServerLaunchRequest.$Properties): zerorelay.conformance.v1.ServerLaunchRequest;

                /**
                 * Encodes the specified ServerLaunchRequest message. Does not implicitly {@link zerorelay.conformance.v1.ServerLaunchRequest.verify|verify} messages.
                 * @param message ServerLaunchRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: zerorelay.conformance.v1.ServerLaunchRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ServerLaunchRequest message, length delimited. Does not implicitly {@link zerorelay.conformance.v1.ServerLaunchRequest.verify|verify} messages.
                 * @param message ServerLaunchRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: zerorelay.conformance.v1.ServerLaunchRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ServerLaunchRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {zerorelay.conformance.v1.ServerLaunchRequest & zerorelay.conformance.v1.ServerLaunchRequest.$Shape} ServerLaunchRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): zerorelay.conformance.v1.ServerLaunchRequest & zerorelay.conformance.v1.ServerLaunchRequest.$Shape;

                /**
                 * Decodes a ServerLaunchRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {zerorelay.conformance.v1.ServerLaunchRequest & zerorelay.conformance.v1.ServerLaunchRequest.$Shape} ServerLaunchRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zerorelay.conformance.v1.ServerLaunchRequest & zerorelay.conformance.v1.ServerLaunchRequest.$Shape;

                /**
                 * Verifies a ServerLaunchRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ServerLaunchRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ServerLaunchRequest
                 */
                static fromObject(object: { [k: string]: any }): zerorelay.conformance.v1.ServerLaunchRequest;

                /**
                 * Creates a plain object from a ServerLaunchRequest message. Also converts values to other types if specified.
                 * @param message ServerLaunchRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: zerorelay.conformance.v1.ServerLaunchRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ServerLaunchRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ServerLaunchRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ServerLaunchRequest {

                /** Properties of a ServerLaunchRequest. */
                interface $Properties {

                    /** ServerLaunchRequest config */
                    config?: (zerorelay.conformance.v1.ServerConfig.$Properties|null);

                    /** ServerLaunchRequest auth */
                    auth?: (zerorelay.conformance.v1.AuthConfig.$Properties|null);

                    /** ServerLaunchRequest listen_host */
                    listen_host?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ServerLaunchRequest. */
                type $Shape = zerorelay.conformance.v1.ServerLaunchRequest.$Properties;
            }

            /**
             * Properties of a ServerLaunchResponse.
             * @deprecated Use zerorelay.conformance.v1.ServerLaunchResponse.$Properties instead.
             */
            interface IServerLaunchResponse extends zerorelay.conformance.v1.ServerLaunchResponse.$Properties {
            }

            /** Represents a ServerLaunchResponse. */
            class ServerLaunchResponse {

                /** Reflection-backed declarations are not constructable. Use ServerLaunchResponse.create(...) instead. */
                private constructor();

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ServerLaunchResponse ws_url. */
                ws_url: string;

                /** ServerLaunchResponse admin_url. */
                admin_url: string;

                /** ServerLaunchResponse features. */
                features: string[];

                /** ServerLaunchResponse effective_config. */
                effective_config?: (zerorelay.conformance.v1.ServerConfig.$Properties|null);

                /** ServerLaunchResponse error. */
                error: string;

                /**
                 * Creates a new ServerLaunchResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ServerLaunchResponse instance
                 */
                static create(properties: zerorelay.conformance.v1.ServerLaunchResponse.$Shape): zerorelay.conformance.v1.ServerLaunchResponse & zerorelay.conformance.v1.ServerLaunchResponse.$Shape;
                static create(properties?: zerorelay.conformance.v1.ServerLaunchResponse.$Properties): zerorelay.conformance.v1.ServerLaunchResponse;

                /**
                 * Encodes the specified ServerLaunchResponse message. Does not implicitly {@link zerorelay.conformance.v1.ServerLaunchResponse.verify|verify} messages.
                 * @param message ServerLaunchResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: zerorelay.conformance.v1.ServerLaunchResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ServerLaunchResponse message, length delimited. Does not implicitly {@link zerorelay.conformance.v1.ServerLaunchResponse.verify|verify} messages.
                 * @param message ServerLaunchResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: zerorelay.conformance.v1.ServerLaunchResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ServerLaunchResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {zerorelay.conformance.v1.ServerLaunchResponse & zerorelay.conformance.v1.ServerLaunchResponse.$Shape} ServerLaunchResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): zerorelay.conformance.v1.ServerLaunchResponse & zerorelay.conformance.v1.ServerLaunchResponse.$Shape;

                /**
                 * Decodes a ServerLaunchResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {zerorelay.conformance.v1.ServerLaunchResponse & zerorelay.conformance.v1.ServerLaunchResponse.$Shape} ServerLaunchResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zerorelay.conformance.v1.ServerLaunchResponse & zerorelay.conformance.v1.ServerLaunchResponse.$Shape;

                /**
                 * Verifies a ServerLaunchResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ServerLaunchResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ServerLaunchResponse
                 */
                static fromObject(object: { [k: string]: any }): zerorelay.conformance.v1.ServerLaunchResponse;

                /**
                 * Creates a plain object from a ServerLaunchResponse message. Also converts values to other types if specified.
                 * @param message ServerLaunchResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: zerorelay.conformance.v1.ServerLaunchResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ServerLaunchResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ServerLaunchResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ServerLaunchResponse {

                /** Properties of a ServerLaunchResponse. */
                interface $Properties {

                    /** ServerLaunchResponse ws_url */
                    ws_url?: (string|null);

                    /** ServerLaunchResponse admin_url */
                    admin_url?: (string|null);

                    /** ServerLaunchResponse features */
                    features?: (string[]|null);

                    /** ServerLaunchResponse effective_config */
                    effective_config?: (zerorelay.conformance.v1.ServerConfig.$Properties|null);

                    /** ServerLaunchResponse error */
                    error?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ServerLaunchResponse. */
                type $Shape = zerorelay.conformance.v1.ServerLaunchResponse.$Properties;
            }

            /**
             * Properties of a TargetDescription.
             * @deprecated Use zerorelay.conformance.v1.TargetDescription.$Properties instead.
             */
            interface ITargetDescription extends zerorelay.conformance.v1.TargetDescription.$Properties {
            }

            /** Represents a TargetDescription. */
            class TargetDescription {

                /** Reflection-backed declarations are not constructable. Use TargetDescription.create(...) instead. */
                private constructor();

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** TargetDescription config. */
                config?: (zerorelay.conformance.v1.ServerConfig.$Properties|null);

                /** TargetDescription auth. */
                auth?: (zerorelay.conformance.v1.AuthConfig.$Properties|null);

                /** TargetDescription features. */
                features: string[];

                /**
                 * Creates a new TargetDescription instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns TargetDescription instance
                 */
                static create(properties: zerorelay.conformance.v1.TargetDescription.$Shape): zerorelay.conformance.v1.TargetDescription & zerorelay.conformance.v1.TargetDescription.$Shape;
                static create(properties?: zerorelay.conformance.v1.TargetDescription.$Properties): zerorelay.conformance.v1.TargetDescription;

                /**
                 * Encodes the specified TargetDescription message. Does not implicitly {@link zerorelay.conformance.v1.TargetDescription.verify|verify} messages.
                 * @param message TargetDescription message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: zerorelay.conformance.v1.TargetDescription.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified TargetDescription message, length delimited. Does not implicitly {@link zerorelay.conformance.v1.TargetDescription.verify|verify} messages.
                 * @param message TargetDescription message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: zerorelay.conformance.v1.TargetDescription.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a TargetDescription message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {zerorelay.conformance.v1.TargetDescription & zerorelay.conformance.v1.TargetDescription.$Shape} TargetDescription
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): zerorelay.conformance.v1.TargetDescription & zerorelay.conformance.v1.TargetDescription.$Shape;

                /**
                 * Decodes a TargetDescription message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {zerorelay.conformance.v1.TargetDescription & zerorelay.conformance.v1.TargetDescription.$Shape} TargetDescription
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zerorelay.conformance.v1.TargetDescription & zerorelay.conformance.v1.TargetDescription.$Shape;

                /**
                 * Verifies a TargetDescription message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a TargetDescription message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns TargetDescription
                 */
                static fromObject(object: { [k: string]: any }): zerorelay.conformance.v1.TargetDescription;

                /**
                 * Creates a plain object from a TargetDescription message. Also converts values to other types if specified.
                 * @param message TargetDescription
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: zerorelay.conformance.v1.TargetDescription, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this TargetDescription to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for TargetDescription
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace TargetDescription {

                /** Properties of a TargetDescription. */
                interface $Properties {

                    /** TargetDescription config */
                    config?: (zerorelay.conformance.v1.ServerConfig.$Properties|null);

                    /** TargetDescription auth */
                    auth?: (zerorelay.conformance.v1.AuthConfig.$Properties|null);

                    /** TargetDescription features */
                    features?: (string[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a TargetDescription. */
                type $Shape = zerorelay.conformance.v1.TargetDescription.$Properties;
            }

            /**
             * Properties of a ScenarioFile.
             * @deprecated Use zerorelay.conformance.v1.ScenarioFile.$Properties instead.
             */
            interface IScenarioFile extends zerorelay.conformance.v1.ScenarioFile.$Properties {
            }

            /** Represents a ScenarioFile. */
            class ScenarioFile {

                /** Reflection-backed declarations are not constructable. Use ScenarioFile.create(...) instead. */
                private constructor();

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ScenarioFile suite. */
                suite: string;

                /** ScenarioFile scenarios. */
                scenarios: zerorelay.conformance.v1.Scenario.$Properties[];

                /**
                 * Creates a new ScenarioFile instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ScenarioFile instance
                 */
                static create(properties: zerorelay.conformance.v1.ScenarioFile.$Shape): zerorelay.conformance.v1.ScenarioFile & zerorelay.conformance.v1.ScenarioFile.$Shape;
                static create(properties?: zerorelay.conformance.v1.ScenarioFile.$Properties): zerorelay.conformance.v1.ScenarioFile;

                /**
                 * Encodes the specified ScenarioFile message. Does not implicitly {@link zerorelay.conformance.v1.ScenarioFile.verify|verify} messages.
                 * @param message ScenarioFile message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: zerorelay.conformance.v1.ScenarioFile.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ScenarioFile message, length delimited. Does not implicitly {@link zerorelay.conformance.v1.ScenarioFile.verify|verify} messages.
                 * @param message ScenarioFile message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: zerorelay.conformance.v1.ScenarioFile.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ScenarioFile message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {zerorelay.conformance.v1.ScenarioFile & zerorelay.conformance.v1.ScenarioFile.$Shape} ScenarioFile
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): zerorelay.conformance.v1.ScenarioFile & zerorelay.conformance.v1.ScenarioFile.$Shape;

                /**
                 * Decodes a ScenarioFile message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {zerorelay.conformance.v1.ScenarioFile & zerorelay.conformance.v1.ScenarioFile.$Shape} ScenarioFile
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zerorelay.conformance.v1.ScenarioFile & zerorelay.conformance.v1.ScenarioFile.$Shape;

                /**
                 * Verifies a ScenarioFile message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ScenarioFile message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ScenarioFile
                 */
                static fromObject(object: { [k: string]: any }): zerorelay.conformance.v1.ScenarioFile;

                /**
                 * Creates a plain object from a ScenarioFile message. Also converts values to other types if specified.
                 * @param message ScenarioFile
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: zerorelay.conformance.v1.ScenarioFile, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ScenarioFile to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ScenarioFile
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ScenarioFile {

                /** Properties of a ScenarioFile. */
                interface $Properties {

                    /** ScenarioFile suite */
                    suite?: (string|null);

                    /** ScenarioFile scenarios */
                    scenarios?: (zerorelay.conformance.v1.Scenario.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ScenarioFile. */
                type $Shape = {
                  suite?: string|null;
                  scenarios?: zerorelay.conformance.v1.Scenario.$Shape[]|null;
                  $unknowns?: Uint8Array[];
                };
            }

            /**
             * Properties of a Scenario.
             * @deprecated Use zerorelay.conformance.v1.Scenario.$Properties instead.
             */
            interface IScenario extends zerorelay.conformance.v1.Scenario.$Properties {
            }

            /** Represents a Scenario. */
            class Scenario {

                /** Reflection-backed declarations are not constructable. Use Scenario.create(...) instead. */
                private constructor();

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Scenario name. */
                name: string;

                /** Scenario modes. */
                modes: zerorelay.conformance.v1.Mode[];

                /** Scenario level. */
                level: zerorelay.conformance.v1.Level;

                /** Scenario requires. */
                requires: string[];

                /** Scenario server_config. */
                server_config?: (zerorelay.conformance.v1.ServerConfig.$Properties|null);

                /** Scenario actors. */
                actors: zerorelay.conformance.v1.Actor.$Properties[];

                /** Scenario steps. */
                steps: zerorelay.conformance.v1.Step.$Properties[];

                /** Scenario timeout_ms. */
                timeout_ms: number;

                /** Scenario spec_ref. */
                spec_ref: string;

                /** Scenario codecs. */
                codecs: zerorelay.conformance.v1.Codec[];

                /** Scenario allow_extra. */
                allow_extra: boolean;

                /** Scenario description. */
                description: string;

                /**
                 * Creates a new Scenario instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Scenario instance
                 */
                static create(properties: zerorelay.conformance.v1.Scenario.$Shape): zerorelay.conformance.v1.Scenario & zerorelay.conformance.v1.Scenario.$Shape;
                static create(properties?: zerorelay.conformance.v1.Scenario.$Properties): zerorelay.conformance.v1.Scenario;

                /**
                 * Encodes the specified Scenario message. Does not implicitly {@link zerorelay.conformance.v1.Scenario.verify|verify} messages.
                 * @param message Scenario message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: zerorelay.conformance.v1.Scenario.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Scenario message, length delimited. Does not implicitly {@link zerorelay.conformance.v1.Scenario.verify|verify} messages.
                 * @param message Scenario message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: zerorelay.conformance.v1.Scenario.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Scenario message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {zerorelay.conformance.v1.Scenario & zerorelay.conformance.v1.Scenario.$Shape} Scenario
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): zerorelay.conformance.v1.Scenario & zerorelay.conformance.v1.Scenario.$Shape;

                /**
                 * Decodes a Scenario message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {zerorelay.conformance.v1.Scenario & zerorelay.conformance.v1.Scenario.$Shape} Scenario
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zerorelay.conformance.v1.Scenario & zerorelay.conformance.v1.Scenario.$Shape;

                /**
                 * Verifies a Scenario message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Scenario message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Scenario
                 */
                static fromObject(object: { [k: string]: any }): zerorelay.conformance.v1.Scenario;

                /**
                 * Creates a plain object from a Scenario message. Also converts values to other types if specified.
                 * @param message Scenario
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: zerorelay.conformance.v1.Scenario, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Scenario to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Scenario
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Scenario {

                /** Properties of a Scenario. */
                interface $Properties {

                    /** Scenario name */
                    name?: (string|null);

                    /** Scenario modes */
                    modes?: (zerorelay.conformance.v1.Mode[]|null);

                    /** Scenario level */
                    level?: (zerorelay.conformance.v1.Level|null);

                    /** Scenario requires */
                    requires?: (string[]|null);

                    /** Scenario server_config */
                    server_config?: (zerorelay.conformance.v1.ServerConfig.$Properties|null);

                    /** Scenario actors */
                    actors?: (zerorelay.conformance.v1.Actor.$Properties[]|null);

                    /** Scenario steps */
                    steps?: (zerorelay.conformance.v1.Step.$Properties[]|null);

                    /** Scenario timeout_ms */
                    timeout_ms?: (number|null);

                    /** Scenario spec_ref */
                    spec_ref?: (string|null);

                    /** Scenario codecs */
                    codecs?: (zerorelay.conformance.v1.Codec[]|null);

                    /** Scenario allow_extra */
                    allow_extra?: (boolean|null);

                    /** Scenario description */
                    description?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Scenario. */
                type $Shape = {
                  name?: string|null;
                  modes?: zerorelay.conformance.v1.Mode[]|null;
                  level?: zerorelay.conformance.v1.Level|null;
                  requires?: string[]|null;
                  server_config?: zerorelay.conformance.v1.ServerConfig.$Shape|null;
                  actors?: zerorelay.conformance.v1.Actor.$Shape[]|null;
                  steps?: zerorelay.conformance.v1.Step.$Shape[]|null;
                  timeout_ms?: number|null;
                  spec_ref?: string|null;
                  codecs?: zerorelay.conformance.v1.Codec[]|null;
                  allow_extra?: boolean|null;
                  description?: string|null;
                  $unknowns?: Uint8Array[];
                };
            }

            /**
             * Properties of an Actor.
             * @deprecated Use zerorelay.conformance.v1.Actor.$Properties instead.
             */
            interface IActor extends zerorelay.conformance.v1.Actor.$Properties {
            }

            /** Represents an Actor. */
            class Actor {

                /** Reflection-backed declarations are not constructable. Use Actor.create(...) instead. */
                private constructor();

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Actor id. */
                id: string;

                /** Actor claims. */
                claims?: (google.protobuf.Struct.$Properties|null);

                /** Actor token. */
                token: zerorelay.conformance.v1.TokenKind;

                /** Actor transport. */
                transport: zerorelay.conformance.v1.Transport;

                /** Actor ignore_pings. */
                ignore_pings: boolean;

                /** Actor sdk. */
                sdk?: (zerorelay.conformance.v1.SdkOptions.$Properties|null);

                /**
                 * Creates a new Actor instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Actor instance
                 */
                static create(properties: zerorelay.conformance.v1.Actor.$Shape): zerorelay.conformance.v1.Actor & zerorelay.conformance.v1.Actor.$Shape;
                static create(properties?: zerorelay.conformance.v1.Actor.$Properties): zerorelay.conformance.v1.Actor;

                /**
                 * Encodes the specified Actor message. Does not implicitly {@link zerorelay.conformance.v1.Actor.verify|verify} messages.
                 * @param message Actor message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: zerorelay.conformance.v1.Actor.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Actor message, length delimited. Does not implicitly {@link zerorelay.conformance.v1.Actor.verify|verify} messages.
                 * @param message Actor message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: zerorelay.conformance.v1.Actor.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an Actor message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {zerorelay.conformance.v1.Actor & zerorelay.conformance.v1.Actor.$Shape} Actor
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): zerorelay.conformance.v1.Actor & zerorelay.conformance.v1.Actor.$Shape;

                /**
                 * Decodes an Actor message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {zerorelay.conformance.v1.Actor & zerorelay.conformance.v1.Actor.$Shape} Actor
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zerorelay.conformance.v1.Actor & zerorelay.conformance.v1.Actor.$Shape;

                /**
                 * Verifies an Actor message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an Actor message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Actor
                 */
                static fromObject(object: { [k: string]: any }): zerorelay.conformance.v1.Actor;

                /**
                 * Creates a plain object from an Actor message. Also converts values to other types if specified.
                 * @param message Actor
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: zerorelay.conformance.v1.Actor, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Actor to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Actor
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Actor {

                /** Properties of an Actor. */
                interface $Properties {

                    /** Actor id */
                    id?: (string|null);

                    /** Actor claims */
                    claims?: (google.protobuf.Struct.$Properties|null);

                    /** Actor token */
                    token?: (zerorelay.conformance.v1.TokenKind|null);

                    /** Actor transport */
                    transport?: (zerorelay.conformance.v1.Transport|null);

                    /** Actor ignore_pings */
                    ignore_pings?: (boolean|null);

                    /** Actor sdk */
                    sdk?: (zerorelay.conformance.v1.SdkOptions.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an Actor. */
                type $Shape = {
                  id?: string|null;
                  claims?: google.protobuf.Struct.$Shape|null;
                  token?: zerorelay.conformance.v1.TokenKind|null;
                  transport?: zerorelay.conformance.v1.Transport|null;
                  ignore_pings?: boolean|null;
                  sdk?: zerorelay.conformance.v1.SdkOptions.$Shape|null;
                  $unknowns?: Uint8Array[];
                };
            }

            /**
             * Properties of a SdkOptions.
             * @deprecated Use zerorelay.conformance.v1.SdkOptions.$Properties instead.
             */
            interface ISdkOptions extends zerorelay.conformance.v1.SdkOptions.$Properties {
            }

            /** Represents a SdkOptions. */
            class SdkOptions {

                /** Reflection-backed declarations are not constructable. Use SdkOptions.create(...) instead. */
                private constructor();

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SdkOptions reconnect. */
                reconnect?: (zerorelay.conformance.v1.ReconnectPolicy.$Properties|null);

                /** SdkOptions ping_interval_ms. */
                ping_interval_ms: number;

                /** SdkOptions pong_timeout_ms. */
                pong_timeout_ms: number;

                /** SdkOptions ack_delay_ms. */
                ack_delay_ms: number;

                /**
                 * Creates a new SdkOptions instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SdkOptions instance
                 */
                static create(properties: zerorelay.conformance.v1.SdkOptions.$Shape): zerorelay.conformance.v1.SdkOptions & zerorelay.conformance.v1.SdkOptions.$Shape;
                static create(properties?: zerorelay.conformance.v1.SdkOptions.$Properties): zerorelay.conformance.v1.SdkOptions;

                /**
                 * Encodes the specified SdkOptions message. Does not implicitly {@link zerorelay.conformance.v1.SdkOptions.verify|verify} messages.
                 * @param message SdkOptions message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: zerorelay.conformance.v1.SdkOptions.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified SdkOptions message, length delimited. Does not implicitly {@link zerorelay.conformance.v1.SdkOptions.verify|verify} messages.
                 * @param message SdkOptions message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: zerorelay.conformance.v1.SdkOptions.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SdkOptions message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {zerorelay.conformance.v1.SdkOptions & zerorelay.conformance.v1.SdkOptions.$Shape} SdkOptions
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): zerorelay.conformance.v1.SdkOptions & zerorelay.conformance.v1.SdkOptions.$Shape;

                /**
                 * Decodes a SdkOptions message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {zerorelay.conformance.v1.SdkOptions & zerorelay.conformance.v1.SdkOptions.$Shape} SdkOptions
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zerorelay.conformance.v1.SdkOptions & zerorelay.conformance.v1.SdkOptions.$Shape;

                /**
                 * Verifies a SdkOptions message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a SdkOptions message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns SdkOptions
                 */
                static fromObject(object: { [k: string]: any }): zerorelay.conformance.v1.SdkOptions;

                /**
                 * Creates a plain object from a SdkOptions message. Also converts values to other types if specified.
                 * @param message SdkOptions
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: zerorelay.conformance.v1.SdkOptions, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SdkOptions to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for SdkOptions
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace SdkOptions {

                /** Properties of a SdkOptions. */
                interface $Properties {

                    /** SdkOptions reconnect */
                    reconnect?: (zerorelay.conformance.v1.ReconnectPolicy.$Properties|null);

                    /** SdkOptions ping_interval_ms */
                    ping_interval_ms?: (number|null);

                    /** SdkOptions pong_timeout_ms */
                    pong_timeout_ms?: (number|null);

                    /** SdkOptions ack_delay_ms */
                    ack_delay_ms?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SdkOptions. */
                type $Shape = zerorelay.conformance.v1.SdkOptions.$Properties;
            }

            /**
             * Properties of a Step.
             * @deprecated Use zerorelay.conformance.v1.Step.$Properties instead.
             */
            interface IStep extends zerorelay.conformance.v1.Step.$Properties {
            }

            /** Represents a Step. */
            class Step {

                /** Reflection-backed declarations are not constructable. Use Step.create(...) instead. */
                private constructor();

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Step connect. */
                connect?: (zerorelay.conformance.v1.ConnectStep.$Properties|null);

                /** Step send. */
                send?: (zerorelay.conformance.v1.SendFrame.$Properties|null);

                /** Step send_raw. */
                send_raw?: (zerorelay.conformance.v1.SendRaw.$Properties|null);

                /** Step expect. */
                expect?: (zerorelay.conformance.v1.ExpectFrame.$Properties|null);

                /** Step expect_none. */
                expect_none?: (zerorelay.conformance.v1.ExpectNone.$Properties|null);

                /** Step expect_close. */
                expect_close?: (zerorelay.conformance.v1.ExpectClose.$Properties|null);

                /** Step control. */
                control?: (zerorelay.conformance.v1.Control.$Properties|null);

                /** Step any_of. */
                any_of?: (zerorelay.conformance.v1.AnyOf.$Properties|null);

                /** Step api. */
                api?: (zerorelay.conformance.v1.ApiCall.$Properties|null);

                /** Step expect_event. */
                expect_event?: (zerorelay.conformance.v1.ExpectEvent.$Properties|null);

                /** Step server. */
                server?: (zerorelay.conformance.v1.ServerScript.$Properties|null);

                /** Step expect_observed. */
                expect_observed?: (zerorelay.conformance.v1.ExpectObserved.$Properties|null);

                /** Step loop. */
                loop?: (zerorelay.conformance.v1.Loop.$Properties|null);

                /** Step kind. */
                kind?: ("connect"|"send"|"send_raw"|"expect"|"expect_none"|"expect_close"|"control"|"any_of"|"api"|"expect_event"|"server"|"expect_observed"|"loop");

                /**
                 * Creates a new Step instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Step instance
                 */
                static create(properties: zerorelay.conformance.v1.Step.$Shape): zerorelay.conformance.v1.Step & zerorelay.conformance.v1.Step.$Shape;
                static create(properties?: zerorelay.conformance.v1.Step.$Properties): zerorelay.conformance.v1.Step;

                /**
                 * Encodes the specified Step message. Does not implicitly {@link zerorelay.conformance.v1.Step.verify|verify} messages.
                 * @param message Step message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: zerorelay.conformance.v1.Step.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Step message, length delimited. Does not implicitly {@link zerorelay.conformance.v1.Step.verify|verify} messages.
                 * @param message Step message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: zerorelay.conformance.v1.Step.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Step message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {zerorelay.conformance.v1.Step & zerorelay.conformance.v1.Step.$Shape} Step
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): zerorelay.conformance.v1.Step & zerorelay.conformance.v1.Step.$Shape;

                /**
                 * Decodes a Step message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {zerorelay.conformance.v1.Step & zerorelay.conformance.v1.Step.$Shape} Step
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zerorelay.conformance.v1.Step & zerorelay.conformance.v1.Step.$Shape;

                /**
                 * Verifies a Step message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Step message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Step
                 */
                static fromObject(object: { [k: string]: any }): zerorelay.conformance.v1.Step;

                /**
                 * Creates a plain object from a Step message. Also converts values to other types if specified.
                 * @param message Step
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: zerorelay.conformance.v1.Step, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Step to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Step
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Step {

                /** Properties of a Step. */
                interface $Properties {

                    /** Step connect */
                    connect?: (zerorelay.conformance.v1.ConnectStep.$Properties|null);

                    /** Step send */
                    send?: (zerorelay.conformance.v1.SendFrame.$Properties|null);

                    /** Step send_raw */
                    send_raw?: (zerorelay.conformance.v1.SendRaw.$Properties|null);

                    /** Step expect */
                    expect?: (zerorelay.conformance.v1.ExpectFrame.$Properties|null);

                    /** Step expect_none */
                    expect_none?: (zerorelay.conformance.v1.ExpectNone.$Properties|null);

                    /** Step expect_close */
                    expect_close?: (zerorelay.conformance.v1.ExpectClose.$Properties|null);

                    /** Step control */
                    control?: (zerorelay.conformance.v1.Control.$Properties|null);

                    /** Step any_of */
                    any_of?: (zerorelay.conformance.v1.AnyOf.$Properties|null);

                    /** Step api */
                    api?: (zerorelay.conformance.v1.ApiCall.$Properties|null);

                    /** Step expect_event */
                    expect_event?: (zerorelay.conformance.v1.ExpectEvent.$Properties|null);

                    /** Step server */
                    server?: (zerorelay.conformance.v1.ServerScript.$Properties|null);

                    /** Step expect_observed */
                    expect_observed?: (zerorelay.conformance.v1.ExpectObserved.$Properties|null);

                    /** Step loop */
                    loop?: (zerorelay.conformance.v1.Loop.$Properties|null);

                    /** Step kind */
                    kind?: ("connect"|"send"|"send_raw"|"expect"|"expect_none"|"expect_close"|"control"|"any_of"|"api"|"expect_event"|"server"|"expect_observed"|"loop");

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Narrowed shape of a Step. */
                type $Shape = {
                  connect?: zerorelay.conformance.v1.ConnectStep.$Shape|null;
                  send?: zerorelay.conformance.v1.SendFrame.$Shape|null;
                  send_raw?: zerorelay.conformance.v1.SendRaw.$Shape|null;
                  expect?: zerorelay.conformance.v1.ExpectFrame.$Shape|null;
                  expect_none?: zerorelay.conformance.v1.ExpectNone.$Shape|null;
                  expect_close?: zerorelay.conformance.v1.ExpectClose.$Shape|null;
                  control?: zerorelay.conformance.v1.Control.$Shape|null;
                  any_of?: zerorelay.conformance.v1.AnyOf.$Shape|null;
                  api?: zerorelay.conformance.v1.ApiCall.$Shape|null;
                  expect_event?: zerorelay.conformance.v1.ExpectEvent.$Shape|null;
                  server?: zerorelay.conformance.v1.ServerScript.$Shape|null;
                  expect_observed?: zerorelay.conformance.v1.ExpectObserved.$Shape|null;
                  loop?: zerorelay.conformance.v1.Loop.$Shape|null;
                  $unknowns?: Uint8Array[];
                } & (
                  ({ kind?: undefined; connect?: null; send?: null; send_raw?: null; expect?: null; expect_none?: null; expect_close?: null; control?: null; any_of?: null; api?: null; expect_event?: null; server?: null; expect_observed?: null; loop?: null }|{ kind?: "connect"; connect: zerorelay.conformance.v1.ConnectStep.$Shape; send?: null; send_raw?: null; expect?: null; expect_none?: null; expect_close?: null; control?: null; any_of?: null; api?: null; expect_event?: null; server?: null; expect_observed?: null; loop?: null }|{ kind?: "send"; connect?: null; send: zerorelay.conformance.v1.SendFrame.$Shape; send_raw?: null; expect?: null; expect_none?: null; expect_close?: null; control?: null; any_of?: null; api?: null; expect_event?: null; server?: null; expect_observed?: null; loop?: null }|{ kind?: "send_raw"; connect?: null; send?: null; send_raw: zerorelay.conformance.v1.SendRaw.$Shape; expect?: null; expect_none?: null; expect_close?: null; control?: null; any_of?: null; api?: null; expect_event?: null; server?: null; expect_observed?: null; loop?: null }|{ kind?: "expect"; connect?: null; send?: null; send_raw?: null; expect: zerorelay.conformance.v1.ExpectFrame.$Shape; expect_none?: null; expect_close?: null; control?: null; any_of?: null; api?: null; expect_event?: null; server?: null; expect_observed?: null; loop?: null }|{ kind?: "expect_none"; connect?: null; send?: null; send_raw?: null; expect?: null; expect_none: zerorelay.conformance.v1.ExpectNone.$Shape; expect_close?: null; control?: null; any_of?: null; api?: null; expect_event?: null; server?: null; expect_observed?: null; loop?: null }|{ kind?: "expect_close"; connect?: null; send?: null; send_raw?: null; expect?: null; expect_none?: null; expect_close: zerorelay.conformance.v1.ExpectClose.$Shape; control?: null; any_of?: null; api?: null; expect_event?: null; server?: null; expect_observed?: null; loop?: null }|{ kind?: "control"; connect?: null; send?: null; send_raw?: null; expect?: null; expect_none?: null; expect_close?: null; control: zerorelay.conformance.v1.Control.$Shape; any_of?: null; api?: null; expect_event?: null; server?: null; expect_observed?: null; loop?: null }|{ kind?: "any_of"; connect?: null; send?: null; send_raw?: null; expect?: null; expect_none?: null; expect_close?: null; control?: null; any_of: zerorelay.conformance.v1.AnyOf.$Shape; api?: null; expect_event?: null; server?: null; expect_observed?: null; loop?: null }|{ kind?: "api"; connect?: null; send?: null; send_raw?: null; expect?: null; expect_none?: null; expect_close?: null; control?: null; any_of?: null; api: zerorelay.conformance.v1.ApiCall.$Shape; expect_event?: null; server?: null; expect_observed?: null; loop?: null }|{ kind?: "expect_event"; connect?: null; send?: null; send_raw?: null; expect?: null; expect_none?: null; expect_close?: null; control?: null; any_of?: null; api?: null; expect_event: zerorelay.conformance.v1.ExpectEvent.$Shape; server?: null; expect_observed?: null; loop?: null }|{ kind?: "server"; connect?: null; send?: null; send_raw?: null; expect?: null; expect_none?: null; expect_close?: null; control?: null; any_of?: null; api?: null; expect_event?: null; server: zerorelay.conformance.v1.ServerScript.$Shape; expect_observed?: null; loop?: null }|{ kind?: "expect_observed"; connect?: null; send?: null; send_raw?: null; expect?: null; expect_none?: null; expect_close?: null; control?: null; any_of?: null; api?: null; expect_event?: null; server?: null; expect_observed: zerorelay.conformance.v1.ExpectObserved.$Shape; loop?: null }|{ kind?: "loop"; connect?: null; send?: null; send_raw?: null; expect?: null; expect_none?: null; expect_close?: null; control?: null; any_of?: null; api?: null; expect_event?: null; server?: null; expect_observed?: null; loop: zerorelay.conformance.v1.Loop.$Shape })
                );
            }

            /**
             * Properties of a ConnectStep.
             * @deprecated Use zerorelay.conformance.v1.ConnectStep.$Properties instead.
             */
            interface IConnectStep extends zerorelay.conformance.v1.ConnectStep.$Properties {
            }

            /** Represents a ConnectStep. */
            class ConnectStep {

                /** Reflection-backed declarations are not constructable. Use ConnectStep.create(...) instead. */
                private constructor();

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ConnectStep actor. */
                actor: string;

                /** ConnectStep handshake. */
                handshake: zerorelay.conformance.v1.Handshake;

                /** ConnectStep token_in_header. */
                token_in_header: boolean;

                /** ConnectStep subprotocols. */
                subprotocols: string[];

                /** ConnectStep no_subprotocol. */
                no_subprotocol: boolean;

                /** ConnectStep expect_http_status. */
                expect_http_status: number[];

                /** ConnectStep within_ms. */
                within_ms: number;

                /** ConnectStep id. */
                id: number;

                /**
                 * Creates a new ConnectStep instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ConnectStep instance
                 */
                static create(properties: zerorelay.conformance.v1.ConnectStep.$Shape): zerorelay.conformance.v1.ConnectStep & zerorelay.conformance.v1.ConnectStep.$Shape;
                static create(properties?: zerorelay.conformance.v1.ConnectStep.$Properties): zerorelay.conformance.v1.ConnectStep;

                /**
                 * Encodes the specified ConnectStep message. Does not implicitly {@link zerorelay.conformance.v1.ConnectStep.verify|verify} messages.
                 * @param message ConnectStep message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: zerorelay.conformance.v1.ConnectStep.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ConnectStep message, length delimited. Does not implicitly {@link zerorelay.conformance.v1.ConnectStep.verify|verify} messages.
                 * @param message ConnectStep message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: zerorelay.conformance.v1.ConnectStep.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ConnectStep message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {zerorelay.conformance.v1.ConnectStep & zerorelay.conformance.v1.ConnectStep.$Shape} ConnectStep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): zerorelay.conformance.v1.ConnectStep & zerorelay.conformance.v1.ConnectStep.$Shape;

                /**
                 * Decodes a ConnectStep message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {zerorelay.conformance.v1.ConnectStep & zerorelay.conformance.v1.ConnectStep.$Shape} ConnectStep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zerorelay.conformance.v1.ConnectStep & zerorelay.conformance.v1.ConnectStep.$Shape;

                /**
                 * Verifies a ConnectStep message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ConnectStep message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ConnectStep
                 */
                static fromObject(object: { [k: string]: any }): zerorelay.conformance.v1.ConnectStep;

                /**
                 * Creates a plain object from a ConnectStep message. Also converts values to other types if specified.
                 * @param message ConnectStep
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: zerorelay.conformance.v1.ConnectStep, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ConnectStep to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ConnectStep
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ConnectStep {

                /** Properties of a ConnectStep. */
                interface $Properties {

                    /** ConnectStep actor */
                    actor?: (string|null);

                    /** ConnectStep handshake */
                    handshake?: (zerorelay.conformance.v1.Handshake|null);

                    /** ConnectStep token_in_header */
                    token_in_header?: (boolean|null);

                    /** ConnectStep subprotocols */
                    subprotocols?: (string[]|null);

                    /** ConnectStep no_subprotocol */
                    no_subprotocol?: (boolean|null);

                    /** ConnectStep expect_http_status */
                    expect_http_status?: (number[]|null);

                    /** ConnectStep within_ms */
                    within_ms?: (number|null);

                    /** ConnectStep id */
                    id?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ConnectStep. */
                type $Shape = zerorelay.conformance.v1.ConnectStep.$Properties;
            }

            /**
             * Properties of a SendFrame.
             * @deprecated Use zerorelay.conformance.v1.SendFrame.$Properties instead.
             */
            interface ISendFrame extends zerorelay.conformance.v1.SendFrame.$Properties {
            }

            /** Represents a SendFrame. */
            class SendFrame {

                /** Reflection-backed declarations are not constructable. Use SendFrame.create(...) instead. */
                private constructor();

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SendFrame actor. */
                actor: string;

                /** SendFrame frame. */
                frame?: (google.protobuf.Value.$Properties|null);

                /** SendFrame repeat. */
                repeat: number;

                /**
                 * Creates a new SendFrame instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SendFrame instance
                 */
                static create(properties: zerorelay.conformance.v1.SendFrame.$Shape): zerorelay.conformance.v1.SendFrame & zerorelay.conformance.v1.SendFrame.$Shape;
                static create(properties?: zerorelay.conformance.v1.SendFrame.$Properties): zerorelay.conformance.v1.SendFrame;

                /**
                 * Encodes the specified SendFrame message. Does not implicitly {@link zerorelay.conformance.v1.SendFrame.verify|verify} messages.
                 * @param message SendFrame message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: zerorelay.conformance.v1.SendFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified SendFrame message, length delimited. Does not implicitly {@link zerorelay.conformance.v1.SendFrame.verify|verify} messages.
                 * @param message SendFrame message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: zerorelay.conformance.v1.SendFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SendFrame message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {zerorelay.conformance.v1.SendFrame & zerorelay.conformance.v1.SendFrame.$Shape} SendFrame
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): zerorelay.conformance.v1.SendFrame & zerorelay.conformance.v1.SendFrame.$Shape;

                /**
                 * Decodes a SendFrame message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {zerorelay.conformance.v1.SendFrame & zerorelay.conformance.v1.SendFrame.$Shape} SendFrame
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zerorelay.conformance.v1.SendFrame & zerorelay.conformance.v1.SendFrame.$Shape;

                /**
                 * Verifies a SendFrame message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a SendFrame message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns SendFrame
                 */
                static fromObject(object: { [k: string]: any }): zerorelay.conformance.v1.SendFrame;

                /**
                 * Creates a plain object from a SendFrame message. Also converts values to other types if specified.
                 * @param message SendFrame
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: zerorelay.conformance.v1.SendFrame, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SendFrame to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for SendFrame
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace SendFrame {

                /** Properties of a SendFrame. */
                interface $Properties {

                    /** SendFrame actor */
                    actor?: (string|null);

                    /** SendFrame frame */
                    frame?: (google.protobuf.Value.$Properties|null);

                    /** SendFrame repeat */
                    repeat?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SendFrame. */
                type $Shape = {
                  actor?: string|null;
                  frame?: google.protobuf.Value.$Shape|null;
                  repeat?: number|null;
                  $unknowns?: Uint8Array[];
                };
            }

            /**
             * Properties of a Blob.
             * @deprecated Use zerorelay.conformance.v1.Blob.$Properties instead.
             */
            interface IBlob extends zerorelay.conformance.v1.Blob.$Properties {
            }

            /** Represents a Blob. */
            class Blob {

                /** Reflection-backed declarations are not constructable. Use Blob.create(...) instead. */
                private constructor();

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Blob base64. */
                base64?: (string|null);

                /** Blob hex. */
                hex?: (string|null);

                /** Blob text. */
                text?: (string|null);

                /** Blob fill. */
                fill?: (zerorelay.conformance.v1.Fill.$Properties|null);

                /** Blob kind. */
                kind?: ("base64"|"hex"|"text"|"fill");

                /**
                 * Creates a new Blob instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Blob instance
                 */
                static create(properties: zerorelay.conformance.v1.Blob.$Shape): zerorelay.conformance.v1.Blob & zerorelay.conformance.v1.Blob.$Shape;
                static create(properties?: zerorelay.conformance.v1.Blob.$Properties): zerorelay.conformance.v1.Blob;

                /**
                 * Encodes the specified Blob message. Does not implicitly {@link zerorelay.conformance.v1.Blob.verify|verify} messages.
                 * @param message Blob message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: zerorelay.conformance.v1.Blob.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Blob message, length delimited. Does not implicitly {@link zerorelay.conformance.v1.Blob.verify|verify} messages.
                 * @param message Blob message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: zerorelay.conformance.v1.Blob.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Blob message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {zerorelay.conformance.v1.Blob & zerorelay.conformance.v1.Blob.$Shape} Blob
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): zerorelay.conformance.v1.Blob & zerorelay.conformance.v1.Blob.$Shape;

                /**
                 * Decodes a Blob message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {zerorelay.conformance.v1.Blob & zerorelay.conformance.v1.Blob.$Shape} Blob
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zerorelay.conformance.v1.Blob & zerorelay.conformance.v1.Blob.$Shape;

                /**
                 * Verifies a Blob message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Blob message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Blob
                 */
                static fromObject(object: { [k: string]: any }): zerorelay.conformance.v1.Blob;

                /**
                 * Creates a plain object from a Blob message. Also converts values to other types if specified.
                 * @param message Blob
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: zerorelay.conformance.v1.Blob, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Blob to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Blob
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Blob {

                /** Properties of a Blob. */
                interface $Properties {

                    /** Blob base64 */
                    base64?: (string|null);

                    /** Blob hex */
                    hex?: (string|null);

                    /** Blob text */
                    text?: (string|null);

                    /** Blob fill */
                    fill?: (zerorelay.conformance.v1.Fill.$Properties|null);

                    /** Blob kind */
                    kind?: ("base64"|"hex"|"text"|"fill");

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Narrowed shape of a Blob. */
                type $Shape = {
                  base64?: string|null;
                  hex?: string|null;
                  text?: string|null;
                  fill?: zerorelay.conformance.v1.Fill.$Shape|null;
                  $unknowns?: Uint8Array[];
                } & (
                  ({ kind?: undefined; base64?: null; hex?: null; text?: null; fill?: null }|{ kind?: "base64"; base64: string; hex?: null; text?: null; fill?: null }|{ kind?: "hex"; base64?: null; hex: string; text?: null; fill?: null }|{ kind?: "text"; base64?: null; hex?: null; text: string; fill?: null }|{ kind?: "fill"; base64?: null; hex?: null; text?: null; fill: zerorelay.conformance.v1.Fill.$Shape })
                );
            }

            /**
             * Properties of a Fill.
             * @deprecated Use zerorelay.conformance.v1.Fill.$Properties instead.
             */
            interface IFill extends zerorelay.conformance.v1.Fill.$Properties {
            }

            /** Represents a Fill. */
            class Fill {

                /** Reflection-backed declarations are not constructable. Use Fill.create(...) instead. */
                private constructor();

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Fill byte. */
                byte: number;

                /** Fill len. */
                len: number;

                /**
                 * Creates a new Fill instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Fill instance
                 */
                static create(properties: zerorelay.conformance.v1.Fill.$Shape): zerorelay.conformance.v1.Fill & zerorelay.conformance.v1.Fill.$Shape;
                static create(properties?: zerorelay.conformance.v1.Fill.$Properties): zerorelay.conformance.v1.Fill;

                /**
                 * Encodes the specified Fill message. Does not implicitly {@link zerorelay.conformance.v1.Fill.verify|verify} messages.
                 * @param message Fill message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: zerorelay.conformance.v1.Fill.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Fill message, length delimited. Does not implicitly {@link zerorelay.conformance.v1.Fill.verify|verify} messages.
                 * @param message Fill message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: zerorelay.conformance.v1.Fill.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Fill message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {zerorelay.conformance.v1.Fill & zerorelay.conformance.v1.Fill.$Shape} Fill
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): zerorelay.conformance.v1.Fill & zerorelay.conformance.v1.Fill.$Shape;

                /**
                 * Decodes a Fill message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {zerorelay.conformance.v1.Fill & zerorelay.conformance.v1.Fill.$Shape} Fill
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zerorelay.conformance.v1.Fill & zerorelay.conformance.v1.Fill.$Shape;

                /**
                 * Verifies a Fill message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Fill message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Fill
                 */
                static fromObject(object: { [k: string]: any }): zerorelay.conformance.v1.Fill;

                /**
                 * Creates a plain object from a Fill message. Also converts values to other types if specified.
                 * @param message Fill
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: zerorelay.conformance.v1.Fill, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Fill to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Fill
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Fill {

                /** Properties of a Fill. */
                interface $Properties {

                    /** Fill byte */
                    byte?: (number|null);

                    /** Fill len */
                    len?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Fill. */
                type $Shape = zerorelay.conformance.v1.Fill.$Properties;
            }

            /**
             * Properties of a WsFrame.
             * @deprecated Use zerorelay.conformance.v1.WsFrame.$Properties instead.
             */
            interface IWsFrame extends zerorelay.conformance.v1.WsFrame.$Properties {
            }

            /** Represents a WsFrame. */
            class WsFrame {

                /** Reflection-backed declarations are not constructable. Use WsFrame.create(...) instead. */
                private constructor();

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** WsFrame fin. */
                fin?: (boolean|null);

                /** WsFrame rsv. */
                rsv: number;

                /** WsFrame opcode. */
                opcode: number;

                /** WsFrame unmasked. */
                unmasked: boolean;

                /** WsFrame payload. */
                payload?: (zerorelay.conformance.v1.Blob.$Properties|null);

                /**
                 * Creates a new WsFrame instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns WsFrame instance
                 */
                static create(properties: zerorelay.conformance.v1.WsFrame.$Shape): zerorelay.conformance.v1.WsFrame & zerorelay.conformance.v1.WsFrame.$Shape;
                static create(properties?: zerorelay.conformance.v1.WsFrame.$Properties): zerorelay.conformance.v1.WsFrame;

                /**
                 * Encodes the specified WsFrame message. Does not implicitly {@link zerorelay.conformance.v1.WsFrame.verify|verify} messages.
                 * @param message WsFrame message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: zerorelay.conformance.v1.WsFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified WsFrame message, length delimited. Does not implicitly {@link zerorelay.conformance.v1.WsFrame.verify|verify} messages.
                 * @param message WsFrame message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: zerorelay.conformance.v1.WsFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a WsFrame message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {zerorelay.conformance.v1.WsFrame & zerorelay.conformance.v1.WsFrame.$Shape} WsFrame
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): zerorelay.conformance.v1.WsFrame & zerorelay.conformance.v1.WsFrame.$Shape;

                /**
                 * Decodes a WsFrame message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {zerorelay.conformance.v1.WsFrame & zerorelay.conformance.v1.WsFrame.$Shape} WsFrame
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zerorelay.conformance.v1.WsFrame & zerorelay.conformance.v1.WsFrame.$Shape;

                /**
                 * Verifies a WsFrame message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a WsFrame message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns WsFrame
                 */
                static fromObject(object: { [k: string]: any }): zerorelay.conformance.v1.WsFrame;

                /**
                 * Creates a plain object from a WsFrame message. Also converts values to other types if specified.
                 * @param message WsFrame
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: zerorelay.conformance.v1.WsFrame, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this WsFrame to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for WsFrame
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace WsFrame {

                /** Properties of a WsFrame. */
                interface $Properties {

                    /** WsFrame fin */
                    fin?: (boolean|null);

                    /** WsFrame rsv */
                    rsv?: (number|null);

                    /** WsFrame opcode */
                    opcode?: (number|null);

                    /** WsFrame unmasked */
                    unmasked?: (boolean|null);

                    /** WsFrame payload */
                    payload?: (zerorelay.conformance.v1.Blob.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a WsFrame. */
                type $Shape = {
                  fin?: boolean|null;
                  rsv?: number|null;
                  opcode?: number|null;
                  unmasked?: boolean|null;
                  payload?: zerorelay.conformance.v1.Blob.$Shape|null;
                  $unknowns?: Uint8Array[];
                };
            }

            /**
             * Properties of a SendRaw.
             * @deprecated Use zerorelay.conformance.v1.SendRaw.$Properties instead.
             */
            interface ISendRaw extends zerorelay.conformance.v1.SendRaw.$Properties {
            }

            /** Represents a SendRaw. */
            class SendRaw {

                /** Reflection-backed declarations are not constructable. Use SendRaw.create(...) instead. */
                private constructor();

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SendRaw actor. */
                actor: string;

                /** SendRaw binary. */
                binary?: (zerorelay.conformance.v1.Blob.$Properties|null);

                /** SendRaw text. */
                text?: (zerorelay.conformance.v1.Blob.$Properties|null);

                /** SendRaw ws_frame. */
                ws_frame?: (zerorelay.conformance.v1.WsFrame.$Properties|null);

                /** SendRaw repeat. */
                repeat: number;

                /** SendRaw kind. */
                kind?: ("binary"|"text"|"ws_frame");

                /**
                 * Creates a new SendRaw instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SendRaw instance
                 */
                static create(properties: zerorelay.conformance.v1.SendRaw.$Shape): zerorelay.conformance.v1.SendRaw & zerorelay.conformance.v1.SendRaw.$Shape;
                static create(properties?: zerorelay.conformance.v1.SendRaw.$Properties): zerorelay.conformance.v1.SendRaw;

                /**
                 * Encodes the specified SendRaw message. Does not implicitly {@link zerorelay.conformance.v1.SendRaw.verify|verify} messages.
                 * @param message SendRaw message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: zerorelay.conformance.v1.SendRaw.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified SendRaw message, length delimited. Does not implicitly {@link zerorelay.conformance.v1.SendRaw.verify|verify} messages.
                 * @param message SendRaw message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: zerorelay.conformance.v1.SendRaw.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SendRaw message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {zerorelay.conformance.v1.SendRaw & zerorelay.conformance.v1.SendRaw.$Shape} SendRaw
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): zerorelay.conformance.v1.SendRaw & zerorelay.conformance.v1.SendRaw.$Shape;

                /**
                 * Decodes a SendRaw message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {zerorelay.conformance.v1.SendRaw & zerorelay.conformance.v1.SendRaw.$Shape} SendRaw
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zerorelay.conformance.v1.SendRaw & zerorelay.conformance.v1.SendRaw.$Shape;

                /**
                 * Verifies a SendRaw message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a SendRaw message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns SendRaw
                 */
                static fromObject(object: { [k: string]: any }): zerorelay.conformance.v1.SendRaw;

                /**
                 * Creates a plain object from a SendRaw message. Also converts values to other types if specified.
                 * @param message SendRaw
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: zerorelay.conformance.v1.SendRaw, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SendRaw to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for SendRaw
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace SendRaw {

                /** Properties of a SendRaw. */
                interface $Properties {

                    /** SendRaw actor */
                    actor?: (string|null);

                    /** SendRaw binary */
                    binary?: (zerorelay.conformance.v1.Blob.$Properties|null);

                    /** SendRaw text */
                    text?: (zerorelay.conformance.v1.Blob.$Properties|null);

                    /** SendRaw ws_frame */
                    ws_frame?: (zerorelay.conformance.v1.WsFrame.$Properties|null);

                    /** SendRaw repeat */
                    repeat?: (number|null);

                    /** SendRaw kind */
                    kind?: ("binary"|"text"|"ws_frame");

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Narrowed shape of a SendRaw. */
                type $Shape = {
                  actor?: string|null;
                  binary?: zerorelay.conformance.v1.Blob.$Shape|null;
                  text?: zerorelay.conformance.v1.Blob.$Shape|null;
                  ws_frame?: zerorelay.conformance.v1.WsFrame.$Shape|null;
                  repeat?: number|null;
                  $unknowns?: Uint8Array[];
                } & (
                  ({ kind?: undefined; binary?: null; text?: null; ws_frame?: null }|{ kind?: "binary"; binary: zerorelay.conformance.v1.Blob.$Shape; text?: null; ws_frame?: null }|{ kind?: "text"; binary?: null; text: zerorelay.conformance.v1.Blob.$Shape; ws_frame?: null }|{ kind?: "ws_frame"; binary?: null; text?: null; ws_frame: zerorelay.conformance.v1.WsFrame.$Shape })
                );
            }

            /**
             * Properties of an ExpectFrame.
             * @deprecated Use zerorelay.conformance.v1.ExpectFrame.$Properties instead.
             */
            interface IExpectFrame extends zerorelay.conformance.v1.ExpectFrame.$Properties {
            }

            /** Represents an ExpectFrame. */
            class ExpectFrame {

                /** Reflection-backed declarations are not constructable. Use ExpectFrame.create(...) instead. */
                private constructor();

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ExpectFrame actor. */
                actor: string;

                /** ExpectFrame frame. */
                frame?: (google.protobuf.Value.$Properties|null);

                /** ExpectFrame within_ms. */
                within_ms: number;

                /** ExpectFrame after_ms. */
                after_ms: number;

                /** ExpectFrame repeat. */
                repeat: number;

                /** ExpectFrame unordered. */
                unordered: boolean;

                /**
                 * Creates a new ExpectFrame instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ExpectFrame instance
                 */
                static create(properties: zerorelay.conformance.v1.ExpectFrame.$Shape): zerorelay.conformance.v1.ExpectFrame & zerorelay.conformance.v1.ExpectFrame.$Shape;
                static create(properties?: zerorelay.conformance.v1.ExpectFrame.$Properties): zerorelay.conformance.v1.ExpectFrame;

                /**
                 * Encodes the specified ExpectFrame message. Does not implicitly {@link zerorelay.conformance.v1.ExpectFrame.verify|verify} messages.
                 * @param message ExpectFrame message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: zerorelay.conformance.v1.ExpectFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ExpectFrame message, length delimited. Does not implicitly {@link zerorelay.conformance.v1.ExpectFrame.verify|verify} messages.
                 * @param message ExpectFrame message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: zerorelay.conformance.v1.ExpectFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an ExpectFrame message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {zerorelay.conformance.v1.ExpectFrame & zerorelay.conformance.v1.ExpectFrame.$Shape} ExpectFrame
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): zerorelay.conformance.v1.ExpectFrame & zerorelay.conformance.v1.ExpectFrame.$Shape;

                /**
                 * Decodes an ExpectFrame message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {zerorelay.conformance.v1.ExpectFrame & zerorelay.conformance.v1.ExpectFrame.$Shape} ExpectFrame
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zerorelay.conformance.v1.ExpectFrame & zerorelay.conformance.v1.ExpectFrame.$Shape;

                /**
                 * Verifies an ExpectFrame message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an ExpectFrame message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ExpectFrame
                 */
                static fromObject(object: { [k: string]: any }): zerorelay.conformance.v1.ExpectFrame;

                /**
                 * Creates a plain object from an ExpectFrame message. Also converts values to other types if specified.
                 * @param message ExpectFrame
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: zerorelay.conformance.v1.ExpectFrame, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ExpectFrame to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ExpectFrame
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ExpectFrame {

                /** Properties of an ExpectFrame. */
                interface $Properties {

                    /** ExpectFrame actor */
                    actor?: (string|null);

                    /** ExpectFrame frame */
                    frame?: (google.protobuf.Value.$Properties|null);

                    /** ExpectFrame within_ms */
                    within_ms?: (number|null);

                    /** ExpectFrame after_ms */
                    after_ms?: (number|null);

                    /** ExpectFrame repeat */
                    repeat?: (number|null);

                    /** ExpectFrame unordered */
                    unordered?: (boolean|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an ExpectFrame. */
                type $Shape = {
                  actor?: string|null;
                  frame?: google.protobuf.Value.$Shape|null;
                  within_ms?: number|null;
                  after_ms?: number|null;
                  repeat?: number|null;
                  unordered?: boolean|null;
                  $unknowns?: Uint8Array[];
                };
            }

            /**
             * Properties of an ExpectNone.
             * @deprecated Use zerorelay.conformance.v1.ExpectNone.$Properties instead.
             */
            interface IExpectNone extends zerorelay.conformance.v1.ExpectNone.$Properties {
            }

            /** Represents an ExpectNone. */
            class ExpectNone {

                /** Reflection-backed declarations are not constructable. Use ExpectNone.create(...) instead. */
                private constructor();

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ExpectNone actor. */
                actor: string;

                /** ExpectNone match. */
                match?: (google.protobuf.Value.$Properties|null);

                /** ExpectNone for_ms. */
                for_ms: number;

                /**
                 * Creates a new ExpectNone instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ExpectNone instance
                 */
                static create(properties: zerorelay.conformance.v1.ExpectNone.$Shape): zerorelay.conformance.v1.ExpectNone & zerorelay.conformance.v1.ExpectNone.$Shape;
                static create(properties?: zerorelay.conformance.v1.ExpectNone.$Properties): zerorelay.conformance.v1.ExpectNone;

                /**
                 * Encodes the specified ExpectNone message. Does not implicitly {@link zerorelay.conformance.v1.ExpectNone.verify|verify} messages.
                 * @param message ExpectNone message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: zerorelay.conformance.v1.ExpectNone.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ExpectNone message, length delimited. Does not implicitly {@link zerorelay.conformance.v1.ExpectNone.verify|verify} messages.
                 * @param message ExpectNone message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: zerorelay.conformance.v1.ExpectNone.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an ExpectNone message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {zerorelay.conformance.v1.ExpectNone & zerorelay.conformance.v1.ExpectNone.$Shape} ExpectNone
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): zerorelay.conformance.v1.ExpectNone & zerorelay.conformance.v1.ExpectNone.$Shape;

                /**
                 * Decodes an ExpectNone message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {zerorelay.conformance.v1.ExpectNone & zerorelay.conformance.v1.ExpectNone.$Shape} ExpectNone
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zerorelay.conformance.v1.ExpectNone & zerorelay.conformance.v1.ExpectNone.$Shape;

                /**
                 * Verifies an ExpectNone message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an ExpectNone message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ExpectNone
                 */
                static fromObject(object: { [k: string]: any }): zerorelay.conformance.v1.ExpectNone;

                /**
                 * Creates a plain object from an ExpectNone message. Also converts values to other types if specified.
                 * @param message ExpectNone
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: zerorelay.conformance.v1.ExpectNone, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ExpectNone to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ExpectNone
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ExpectNone {

                /** Properties of an ExpectNone. */
                interface $Properties {

                    /** ExpectNone actor */
                    actor?: (string|null);

                    /** ExpectNone match */
                    match?: (google.protobuf.Value.$Properties|null);

                    /** ExpectNone for_ms */
                    for_ms?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an ExpectNone. */
                type $Shape = {
                  actor?: string|null;
                  match?: google.protobuf.Value.$Shape|null;
                  for_ms?: number|null;
                  $unknowns?: Uint8Array[];
                };
            }

            /**
             * Properties of an ExpectClose.
             * @deprecated Use zerorelay.conformance.v1.ExpectClose.$Properties instead.
             */
            interface IExpectClose extends zerorelay.conformance.v1.ExpectClose.$Properties {
            }

            /** Represents an ExpectClose. */
            class ExpectClose {

                /** Reflection-backed declarations are not constructable. Use ExpectClose.create(...) instead. */
                private constructor();

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ExpectClose actor. */
                actor: string;

                /** ExpectClose codes. */
                codes: zerorelay.v1.CloseCode[];

                /** ExpectClose within_ms. */
                within_ms: number;

                /** ExpectClose after_ms. */
                after_ms: number;

                /** ExpectClose disconnect_frame. */
                disconnect_frame: boolean;

                /**
                 * Creates a new ExpectClose instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ExpectClose instance
                 */
                static create(properties: zerorelay.conformance.v1.ExpectClose.$Shape): zerorelay.conformance.v1.ExpectClose & zerorelay.conformance.v1.ExpectClose.$Shape;
                static create(properties?: zerorelay.conformance.v1.ExpectClose.$Properties): zerorelay.conformance.v1.ExpectClose;

                /**
                 * Encodes the specified ExpectClose message. Does not implicitly {@link zerorelay.conformance.v1.ExpectClose.verify|verify} messages.
                 * @param message ExpectClose message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: zerorelay.conformance.v1.ExpectClose.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ExpectClose message, length delimited. Does not implicitly {@link zerorelay.conformance.v1.ExpectClose.verify|verify} messages.
                 * @param message ExpectClose message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: zerorelay.conformance.v1.ExpectClose.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an ExpectClose message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {zerorelay.conformance.v1.ExpectClose & zerorelay.conformance.v1.ExpectClose.$Shape} ExpectClose
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): zerorelay.conformance.v1.ExpectClose & zerorelay.conformance.v1.ExpectClose.$Shape;

                /**
                 * Decodes an ExpectClose message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {zerorelay.conformance.v1.ExpectClose & zerorelay.conformance.v1.ExpectClose.$Shape} ExpectClose
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zerorelay.conformance.v1.ExpectClose & zerorelay.conformance.v1.ExpectClose.$Shape;

                /**
                 * Verifies an ExpectClose message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an ExpectClose message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ExpectClose
                 */
                static fromObject(object: { [k: string]: any }): zerorelay.conformance.v1.ExpectClose;

                /**
                 * Creates a plain object from an ExpectClose message. Also converts values to other types if specified.
                 * @param message ExpectClose
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: zerorelay.conformance.v1.ExpectClose, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ExpectClose to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ExpectClose
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ExpectClose {

                /** Properties of an ExpectClose. */
                interface $Properties {

                    /** ExpectClose actor */
                    actor?: (string|null);

                    /** ExpectClose codes */
                    codes?: (zerorelay.v1.CloseCode[]|null);

                    /** ExpectClose within_ms */
                    within_ms?: (number|null);

                    /** ExpectClose after_ms */
                    after_ms?: (number|null);

                    /** ExpectClose disconnect_frame */
                    disconnect_frame?: (boolean|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an ExpectClose. */
                type $Shape = zerorelay.conformance.v1.ExpectClose.$Properties;
            }

            /**
             * Properties of a CloseFrame.
             * @deprecated Use zerorelay.conformance.v1.CloseFrame.$Properties instead.
             */
            interface ICloseFrame extends zerorelay.conformance.v1.CloseFrame.$Properties {
            }

            /** Represents a CloseFrame. */
            class CloseFrame {

                /** Reflection-backed declarations are not constructable. Use CloseFrame.create(...) instead. */
                private constructor();

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** CloseFrame code. */
                code: number;

                /** CloseFrame reason. */
                reason: string;

                /** CloseFrame empty. */
                empty: boolean;

                /**
                 * Creates a new CloseFrame instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CloseFrame instance
                 */
                static create(properties: zerorelay.conformance.v1.CloseFrame.$Shape): zerorelay.conformance.v1.CloseFrame & zerorelay.conformance.v1.CloseFrame.$Shape;
                static create(properties?: zerorelay.conformance.v1.CloseFrame.$Properties): zerorelay.conformance.v1.CloseFrame;

                /**
                 * Encodes the specified CloseFrame message. Does not implicitly {@link zerorelay.conformance.v1.CloseFrame.verify|verify} messages.
                 * @param message CloseFrame message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: zerorelay.conformance.v1.CloseFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified CloseFrame message, length delimited. Does not implicitly {@link zerorelay.conformance.v1.CloseFrame.verify|verify} messages.
                 * @param message CloseFrame message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: zerorelay.conformance.v1.CloseFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CloseFrame message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {zerorelay.conformance.v1.CloseFrame & zerorelay.conformance.v1.CloseFrame.$Shape} CloseFrame
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): zerorelay.conformance.v1.CloseFrame & zerorelay.conformance.v1.CloseFrame.$Shape;

                /**
                 * Decodes a CloseFrame message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {zerorelay.conformance.v1.CloseFrame & zerorelay.conformance.v1.CloseFrame.$Shape} CloseFrame
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zerorelay.conformance.v1.CloseFrame & zerorelay.conformance.v1.CloseFrame.$Shape;

                /**
                 * Verifies a CloseFrame message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a CloseFrame message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns CloseFrame
                 */
                static fromObject(object: { [k: string]: any }): zerorelay.conformance.v1.CloseFrame;

                /**
                 * Creates a plain object from a CloseFrame message. Also converts values to other types if specified.
                 * @param message CloseFrame
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: zerorelay.conformance.v1.CloseFrame, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CloseFrame to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for CloseFrame
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace CloseFrame {

                /** Properties of a CloseFrame. */
                interface $Properties {

                    /** CloseFrame code */
                    code?: (number|null);

                    /** CloseFrame reason */
                    reason?: (string|null);

                    /** CloseFrame empty */
                    empty?: (boolean|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a CloseFrame. */
                type $Shape = zerorelay.conformance.v1.CloseFrame.$Properties;
            }

            /**
             * Properties of a Control.
             * @deprecated Use zerorelay.conformance.v1.Control.$Properties instead.
             */
            interface IControl extends zerorelay.conformance.v1.Control.$Properties {
            }

            /** Represents a Control. */
            class Control {

                /** Reflection-backed declarations are not constructable. Use Control.create(...) instead. */
                private constructor();

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Control actor. */
                actor: string;

                /** Control pause_reading. */
                pause_reading?: (boolean|null);

                /** Control resume_reading. */
                resume_reading?: (boolean|null);

                /** Control drop_tcp. */
                drop_tcp?: (boolean|null);

                /** Control sleep_ms. */
                sleep_ms?: (number|null);

                /** Control close. */
                close?: (zerorelay.conformance.v1.CloseFrame.$Properties|null);

                /** Control action. */
                action?: ("pause_reading"|"resume_reading"|"drop_tcp"|"sleep_ms"|"close");

                /**
                 * Creates a new Control instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Control instance
                 */
                static create(properties: zerorelay.conformance.v1.Control.$Shape): zerorelay.conformance.v1.Control & zerorelay.conformance.v1.Control.$Shape;
                static create(properties?: zerorelay.conformance.v1.Control.$Properties): zerorelay.conformance.v1.Control;

                /**
                 * Encodes the specified Control message. Does not implicitly {@link zerorelay.conformance.v1.Control.verify|verify} messages.
                 * @param message Control message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: zerorelay.conformance.v1.Control.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Control message, length delimited. Does not implicitly {@link zerorelay.conformance.v1.Control.verify|verify} messages.
                 * @param message Control message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: zerorelay.conformance.v1.Control.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Control message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {zerorelay.conformance.v1.Control & zerorelay.conformance.v1.Control.$Shape} Control
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): zerorelay.conformance.v1.Control & zerorelay.conformance.v1.Control.$Shape;

                /**
                 * Decodes a Control message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {zerorelay.conformance.v1.Control & zerorelay.conformance.v1.Control.$Shape} Control
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zerorelay.conformance.v1.Control & zerorelay.conformance.v1.Control.$Shape;

                /**
                 * Verifies a Control message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Control message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Control
                 */
                static fromObject(object: { [k: string]: any }): zerorelay.conformance.v1.Control;

                /**
                 * Creates a plain object from a Control message. Also converts values to other types if specified.
                 * @param message Control
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: zerorelay.conformance.v1.Control, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Control to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Control
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Control {

                /** Properties of a Control. */
                interface $Properties {

                    /** Control actor */
                    actor?: (string|null);

                    /** Control pause_reading */
                    pause_reading?: (boolean|null);

                    /** Control resume_reading */
                    resume_reading?: (boolean|null);

                    /** Control drop_tcp */
                    drop_tcp?: (boolean|null);

                    /** Control sleep_ms */
                    sleep_ms?: (number|null);

                    /** Control close */
                    close?: (zerorelay.conformance.v1.CloseFrame.$Properties|null);

                    /** Control action */
                    action?: ("pause_reading"|"resume_reading"|"drop_tcp"|"sleep_ms"|"close");

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Narrowed shape of a Control. */
                type $Shape = {
                  actor?: string|null;
                  pause_reading?: boolean|null;
                  resume_reading?: boolean|null;
                  drop_tcp?: boolean|null;
                  sleep_ms?: number|null;
                  close?: zerorelay.conformance.v1.CloseFrame.$Shape|null;
                  $unknowns?: Uint8Array[];
                } & (
                  ({ action?: undefined; pause_reading?: null; resume_reading?: null; drop_tcp?: null; sleep_ms?: null; close?: null }|{ action?: "pause_reading"; pause_reading: boolean; resume_reading?: null; drop_tcp?: null; sleep_ms?: null; close?: null }|{ action?: "resume_reading"; pause_reading?: null; resume_reading: boolean; drop_tcp?: null; sleep_ms?: null; close?: null }|{ action?: "drop_tcp"; pause_reading?: null; resume_reading?: null; drop_tcp: boolean; sleep_ms?: null; close?: null }|{ action?: "sleep_ms"; pause_reading?: null; resume_reading?: null; drop_tcp?: null; sleep_ms: number; close?: null }|{ action?: "close"; pause_reading?: null; resume_reading?: null; drop_tcp?: null; sleep_ms?: null; close: zerorelay.conformance.v1.CloseFrame.$Shape })
                );
            }

            /**
             * Properties of an AnyOf.
             * @deprecated Use zerorelay.conformance.v1.AnyOf.$Properties instead.
             */
            interface IAnyOf extends zerorelay.conformance.v1.AnyOf.$Properties {
            }

            /** Represents an AnyOf. */
            class AnyOf {

                /** Reflection-backed declarations are not constructable. Use AnyOf.create(...) instead. */
                private constructor();

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** AnyOf branches. */
                branches: zerorelay.conformance.v1.Branch.$Properties[];

                /**
                 * Creates a new AnyOf instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns AnyOf instance
                 */
                static create(properties: zerorelay.conformance.v1.AnyOf.$Shape): zerorelay.conformance.v1.AnyOf & zerorelay.conformance.v1.AnyOf.$Shape;
                static create(properties?: zerorelay.conformance.v1.AnyOf.$Properties): zerorelay.conformance.v1.AnyOf;

                /**
                 * Encodes the specified AnyOf message. Does not implicitly {@link zerorelay.conformance.v1.AnyOf.verify|verify} messages.
                 * @param message AnyOf message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: zerorelay.conformance.v1.AnyOf.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified AnyOf message, length delimited. Does not implicitly {@link zerorelay.conformance.v1.AnyOf.verify|verify} messages.
                 * @param message AnyOf message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: zerorelay.conformance.v1.AnyOf.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an AnyOf message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {zerorelay.conformance.v1.AnyOf & zerorelay.conformance.v1.AnyOf.$Shape} AnyOf
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): zerorelay.conformance.v1.AnyOf & zerorelay.conformance.v1.AnyOf.$Shape;

                /**
                 * Decodes an AnyOf message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {zerorelay.conformance.v1.AnyOf & zerorelay.conformance.v1.AnyOf.$Shape} AnyOf
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zerorelay.conformance.v1.AnyOf & zerorelay.conformance.v1.AnyOf.$Shape;

                /**
                 * Verifies an AnyOf message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an AnyOf message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns AnyOf
                 */
                static fromObject(object: { [k: string]: any }): zerorelay.conformance.v1.AnyOf;

                /**
                 * Creates a plain object from an AnyOf message. Also converts values to other types if specified.
                 * @param message AnyOf
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: zerorelay.conformance.v1.AnyOf, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this AnyOf to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for AnyOf
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace AnyOf {

                /** Properties of an AnyOf. */
                interface $Properties {

                    /** AnyOf branches */
                    branches?: (zerorelay.conformance.v1.Branch.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an AnyOf. */
                type $Shape = {
                  branches?: zerorelay.conformance.v1.Branch.$Shape[]|null;
                  $unknowns?: Uint8Array[];
                };
            }

            /**
             * Properties of an ApiCall.
             * @deprecated Use zerorelay.conformance.v1.ApiCall.$Properties instead.
             */
            interface IApiCall extends zerorelay.conformance.v1.ApiCall.$Properties {
            }

            /** Represents an ApiCall. */
            class ApiCall {

                /** Reflection-backed declarations are not constructable. Use ApiCall.create(...) instead. */
                private constructor();

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ApiCall actor. */
                actor: string;

                /** ApiCall connect. */
                connect?: (boolean|null);

                /** ApiCall subscribe. */
                subscribe?: (zerorelay.conformance.v1.SubscribeCommand.$Properties|null);

                /** ApiCall unsubscribe. */
                unsubscribe?: (zerorelay.conformance.v1.UnsubscribeCommand.$Properties|null);

                /** ApiCall publish. */
                publish?: (zerorelay.conformance.v1.PublishCommand.$Properties|null);

                /** ApiCall ack. */
                ack?: (zerorelay.conformance.v1.AckCommand.$Properties|null);

                /** ApiCall close. */
                close?: (boolean|null);

                /** ApiCall set_token. */
                set_token?: (zerorelay.conformance.v1.TokenKind|null);

                /** ApiCall pause_reading. */
                pause_reading?: (boolean|null);

                /** ApiCall resume_reading. */
                resume_reading?: (boolean|null);

                /** ApiCall id_as. */
                id_as: string;

                /** ApiCall call. */
                call?: ("connect"|"subscribe"|"unsubscribe"|"publish"|"ack"|"close"|"set_token"|"pause_reading"|"resume_reading");

                /**
                 * Creates a new ApiCall instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ApiCall instance
                 */
                static create(properties: zerorelay.conformance.v1.ApiCall.$Shape): zerorelay.conformance.v1.ApiCall & zerorelay.conformance.v1.ApiCall.$Shape;
                static create(properties?: zerorelay.conformance.v1.ApiCall.$Properties): zerorelay.conformance.v1.ApiCall;

                /**
                 * Encodes the specified ApiCall message. Does not implicitly {@link zerorelay.conformance.v1.ApiCall.verify|verify} messages.
                 * @param message ApiCall message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: zerorelay.conformance.v1.ApiCall.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ApiCall message, length delimited. Does not implicitly {@link zerorelay.conformance.v1.ApiCall.verify|verify} messages.
                 * @param message ApiCall message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: zerorelay.conformance.v1.ApiCall.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an ApiCall message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {zerorelay.conformance.v1.ApiCall & zerorelay.conformance.v1.ApiCall.$Shape} ApiCall
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): zerorelay.conformance.v1.ApiCall & zerorelay.conformance.v1.ApiCall.$Shape;

                /**
                 * Decodes an ApiCall message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {zerorelay.conformance.v1.ApiCall & zerorelay.conformance.v1.ApiCall.$Shape} ApiCall
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zerorelay.conformance.v1.ApiCall & zerorelay.conformance.v1.ApiCall.$Shape;

                /**
                 * Verifies an ApiCall message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an ApiCall message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ApiCall
                 */
                static fromObject(object: { [k: string]: any }): zerorelay.conformance.v1.ApiCall;

                /**
                 * Creates a plain object from an ApiCall message. Also converts values to other types if specified.
                 * @param message ApiCall
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: zerorelay.conformance.v1.ApiCall, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ApiCall to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ApiCall
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ApiCall {

                /** Properties of an ApiCall. */
                interface $Properties {

                    /** ApiCall actor */
                    actor?: (string|null);

                    /** ApiCall connect */
                    connect?: (boolean|null);

                    /** ApiCall subscribe */
                    subscribe?: (zerorelay.conformance.v1.SubscribeCommand.$Properties|null);

                    /** ApiCall unsubscribe */
                    unsubscribe?: (zerorelay.conformance.v1.UnsubscribeCommand.$Properties|null);

                    /** ApiCall publish */
                    publish?: (zerorelay.conformance.v1.PublishCommand.$Properties|null);

                    /** ApiCall ack */
                    ack?: (zerorelay.conformance.v1.AckCommand.$Properties|null);

                    /** ApiCall close */
                    close?: (boolean|null);

                    /** ApiCall set_token */
                    set_token?: (zerorelay.conformance.v1.TokenKind|null);

                    /** ApiCall pause_reading */
                    pause_reading?: (boolean|null);

                    /** ApiCall resume_reading */
                    resume_reading?: (boolean|null);

                    /** ApiCall id_as */
                    id_as?: (string|null);

                    /** ApiCall call */
                    call?: ("connect"|"subscribe"|"unsubscribe"|"publish"|"ack"|"close"|"set_token"|"pause_reading"|"resume_reading");

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Narrowed shape of an ApiCall. */
                type $Shape = {
                  actor?: string|null;
                  connect?: boolean|null;
                  subscribe?: zerorelay.conformance.v1.SubscribeCommand.$Shape|null;
                  unsubscribe?: zerorelay.conformance.v1.UnsubscribeCommand.$Shape|null;
                  publish?: zerorelay.conformance.v1.PublishCommand.$Shape|null;
                  ack?: zerorelay.conformance.v1.AckCommand.$Shape|null;
                  close?: boolean|null;
                  set_token?: zerorelay.conformance.v1.TokenKind|null;
                  pause_reading?: boolean|null;
                  resume_reading?: boolean|null;
                  id_as?: string|null;
                  $unknowns?: Uint8Array[];
                } & (
                  ({ call?: undefined; connect?: null; subscribe?: null; unsubscribe?: null; publish?: null; ack?: null; close?: null; set_token?: null; pause_reading?: null; resume_reading?: null }|{ call?: "connect"; connect: boolean; subscribe?: null; unsubscribe?: null; publish?: null; ack?: null; close?: null; set_token?: null; pause_reading?: null; resume_reading?: null }|{ call?: "subscribe"; connect?: null; subscribe: zerorelay.conformance.v1.SubscribeCommand.$Shape; unsubscribe?: null; publish?: null; ack?: null; close?: null; set_token?: null; pause_reading?: null; resume_reading?: null }|{ call?: "unsubscribe"; connect?: null; subscribe?: null; unsubscribe: zerorelay.conformance.v1.UnsubscribeCommand.$Shape; publish?: null; ack?: null; close?: null; set_token?: null; pause_reading?: null; resume_reading?: null }|{ call?: "publish"; connect?: null; subscribe?: null; unsubscribe?: null; publish: zerorelay.conformance.v1.PublishCommand.$Shape; ack?: null; close?: null; set_token?: null; pause_reading?: null; resume_reading?: null }|{ call?: "ack"; connect?: null; subscribe?: null; unsubscribe?: null; publish?: null; ack: zerorelay.conformance.v1.AckCommand.$Shape; close?: null; set_token?: null; pause_reading?: null; resume_reading?: null }|{ call?: "close"; connect?: null; subscribe?: null; unsubscribe?: null; publish?: null; ack?: null; close: boolean; set_token?: null; pause_reading?: null; resume_reading?: null }|{ call?: "set_token"; connect?: null; subscribe?: null; unsubscribe?: null; publish?: null; ack?: null; close?: null; set_token: zerorelay.conformance.v1.TokenKind; pause_reading?: null; resume_reading?: null }|{ call?: "pause_reading"; connect?: null; subscribe?: null; unsubscribe?: null; publish?: null; ack?: null; close?: null; set_token?: null; pause_reading: boolean; resume_reading?: null }|{ call?: "resume_reading"; connect?: null; subscribe?: null; unsubscribe?: null; publish?: null; ack?: null; close?: null; set_token?: null; pause_reading?: null; resume_reading: boolean })
                );
            }

            /**
             * Properties of an ExpectEvent.
             * @deprecated Use zerorelay.conformance.v1.ExpectEvent.$Properties instead.
             */
            interface IExpectEvent extends zerorelay.conformance.v1.ExpectEvent.$Properties {
            }

            /** Represents an ExpectEvent. */
            class ExpectEvent {

                /** Reflection-backed declarations are not constructable. Use ExpectEvent.create(...) instead. */
                private constructor();

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ExpectEvent actor. */
                actor: string;

                /** ExpectEvent event. */
                event?: (google.protobuf.Value.$Properties|null);

                /** ExpectEvent within_ms. */
                within_ms: number;

                /** ExpectEvent after_ms. */
                after_ms: number;

                /** ExpectEvent repeat. */
                repeat: number;

                /** ExpectEvent unordered. */
                unordered: boolean;

                /**
                 * Creates a new ExpectEvent instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ExpectEvent instance
                 */
                static create(properties: zerorelay.conformance.v1.ExpectEvent.$Shape): zerorelay.conformance.v1.ExpectEvent & zerorelay.conformance.v1.ExpectEvent.$Shape;
                static create(properties?: zerorelay.conformance.v1.ExpectEvent.$Properties): zerorelay.conformance.v1.ExpectEvent;

                /**
                 * Encodes the specified ExpectEvent message. Does not implicitly {@link zerorelay.conformance.v1.ExpectEvent.verify|verify} messages.
                 * @param message ExpectEvent message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: zerorelay.conformance.v1.ExpectEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ExpectEvent message, length delimited. Does not implicitly {@link zerorelay.conformance.v1.ExpectEvent.verify|verify} messages.
                 * @param message ExpectEvent message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: zerorelay.conformance.v1.ExpectEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an ExpectEvent message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {zerorelay.conformance.v1.ExpectEvent & zerorelay.conformance.v1.ExpectEvent.$Shape} ExpectEvent
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): zerorelay.conformance.v1.ExpectEvent & zerorelay.conformance.v1.ExpectEvent.$Shape;

                /**
                 * Decodes an ExpectEvent message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {zerorelay.conformance.v1.ExpectEvent & zerorelay.conformance.v1.ExpectEvent.$Shape} ExpectEvent
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zerorelay.conformance.v1.ExpectEvent & zerorelay.conformance.v1.ExpectEvent.$Shape;

                /**
                 * Verifies an ExpectEvent message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an ExpectEvent message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ExpectEvent
                 */
                static fromObject(object: { [k: string]: any }): zerorelay.conformance.v1.ExpectEvent;

                /**
                 * Creates a plain object from an ExpectEvent message. Also converts values to other types if specified.
                 * @param message ExpectEvent
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: zerorelay.conformance.v1.ExpectEvent, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ExpectEvent to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ExpectEvent
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ExpectEvent {

                /** Properties of an ExpectEvent. */
                interface $Properties {

                    /** ExpectEvent actor */
                    actor?: (string|null);

                    /** ExpectEvent event */
                    event?: (google.protobuf.Value.$Properties|null);

                    /** ExpectEvent within_ms */
                    within_ms?: (number|null);

                    /** ExpectEvent after_ms */
                    after_ms?: (number|null);

                    /** ExpectEvent repeat */
                    repeat?: (number|null);

                    /** ExpectEvent unordered */
                    unordered?: (boolean|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an ExpectEvent. */
                type $Shape = {
                  actor?: string|null;
                  event?: google.protobuf.Value.$Shape|null;
                  within_ms?: number|null;
                  after_ms?: number|null;
                  repeat?: number|null;
                  unordered?: boolean|null;
                  $unknowns?: Uint8Array[];
                };
            }

            /**
             * Properties of a ServerScript.
             * @deprecated Use zerorelay.conformance.v1.ServerScript.$Properties instead.
             */
            interface IServerScript extends zerorelay.conformance.v1.ServerScript.$Properties {
            }

            /** Represents a ServerScript. */
            class ServerScript {

                /** Reflection-backed declarations are not constructable. Use ServerScript.create(...) instead. */
                private constructor();

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ServerScript actor. */
                actor: string;

                /** ServerScript refuse_upgrades. */
                refuse_upgrades?: (zerorelay.conformance.v1.RefuseUpgrades.$Properties|null);

                /** ServerScript close. */
                close?: (zerorelay.conformance.v1.CloseFrame.$Properties|null);

                /** ServerScript send. */
                send?: (google.protobuf.Value.$Properties|null);

                /** ServerScript stop_answering. */
                stop_answering?: (boolean|null);

                /** ServerScript drop_tcp. */
                drop_tcp?: (boolean|null);

                /** ServerScript action. */
                action?: ("refuse_upgrades"|"close"|"send"|"stop_answering"|"drop_tcp");

                /**
                 * Creates a new ServerScript instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ServerScript instance
                 */
                static create(properties: zerorelay.conformance.v1.ServerScript.$Shape): zerorelay.conformance.v1.ServerScript & zerorelay.conformance.v1.ServerScript.$Shape;
                static create(properties?: zerorelay.conformance.v1.ServerScript.$Properties): zerorelay.conformance.v1.ServerScript;

                /**
                 * Encodes the specified ServerScript message. Does not implicitly {@link zerorelay.conformance.v1.ServerScript.verify|verify} messages.
                 * @param message ServerScript message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: zerorelay.conformance.v1.ServerScript.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ServerScript message, length delimited. Does not implicitly {@link zerorelay.conformance.v1.ServerScript.verify|verify} messages.
                 * @param message ServerScript message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: zerorelay.conformance.v1.ServerScript.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ServerScript message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {zerorelay.conformance.v1.ServerScript & zerorelay.conformance.v1.ServerScript.$Shape} ServerScript
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): zerorelay.conformance.v1.ServerScript & zerorelay.conformance.v1.ServerScript.$Shape;

                /**
                 * Decodes a ServerScript message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {zerorelay.conformance.v1.ServerScript & zerorelay.conformance.v1.ServerScript.$Shape} ServerScript
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zerorelay.conformance.v1.ServerScript & zerorelay.conformance.v1.ServerScript.$Shape;

                /**
                 * Verifies a ServerScript message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ServerScript message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ServerScript
                 */
                static fromObject(object: { [k: string]: any }): zerorelay.conformance.v1.ServerScript;

                /**
                 * Creates a plain object from a ServerScript message. Also converts values to other types if specified.
                 * @param message ServerScript
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: zerorelay.conformance.v1.ServerScript, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ServerScript to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ServerScript
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ServerScript {

                /** Properties of a ServerScript. */
                interface $Properties {

                    /** ServerScript actor */
                    actor?: (string|null);

                    /** ServerScript refuse_upgrades */
                    refuse_upgrades?: (zerorelay.conformance.v1.RefuseUpgrades.$Properties|null);

                    /** ServerScript close */
                    close?: (zerorelay.conformance.v1.CloseFrame.$Properties|null);

                    /** ServerScript send */
                    send?: (google.protobuf.Value.$Properties|null);

                    /** ServerScript stop_answering */
                    stop_answering?: (boolean|null);

                    /** ServerScript drop_tcp */
                    drop_tcp?: (boolean|null);

                    /** ServerScript action */
                    action?: ("refuse_upgrades"|"close"|"send"|"stop_answering"|"drop_tcp");

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Narrowed shape of a ServerScript. */
                type $Shape = {
                  actor?: string|null;
                  refuse_upgrades?: zerorelay.conformance.v1.RefuseUpgrades.$Shape|null;
                  close?: zerorelay.conformance.v1.CloseFrame.$Shape|null;
                  send?: google.protobuf.Value.$Shape|null;
                  stop_answering?: boolean|null;
                  drop_tcp?: boolean|null;
                  $unknowns?: Uint8Array[];
                } & (
                  ({ action?: undefined; refuse_upgrades?: null; close?: null; send?: null; stop_answering?: null; drop_tcp?: null }|{ action?: "refuse_upgrades"; refuse_upgrades: zerorelay.conformance.v1.RefuseUpgrades.$Shape; close?: null; send?: null; stop_answering?: null; drop_tcp?: null }|{ action?: "close"; refuse_upgrades?: null; close: zerorelay.conformance.v1.CloseFrame.$Shape; send?: null; stop_answering?: null; drop_tcp?: null }|{ action?: "send"; refuse_upgrades?: null; close?: null; send: google.protobuf.Value.$Shape; stop_answering?: null; drop_tcp?: null }|{ action?: "stop_answering"; refuse_upgrades?: null; close?: null; send?: null; stop_answering: boolean; drop_tcp?: null }|{ action?: "drop_tcp"; refuse_upgrades?: null; close?: null; send?: null; stop_answering?: null; drop_tcp: boolean })
                );
            }

            /**
             * Properties of a RefuseUpgrades.
             * @deprecated Use zerorelay.conformance.v1.RefuseUpgrades.$Properties instead.
             */
            interface IRefuseUpgrades extends zerorelay.conformance.v1.RefuseUpgrades.$Properties {
            }

            /** Represents a RefuseUpgrades. */
            class RefuseUpgrades {

                /** Reflection-backed declarations are not constructable. Use RefuseUpgrades.create(...) instead. */
                private constructor();

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** RefuseUpgrades count. */
                count: number;

                /** RefuseUpgrades http_status. */
                http_status: number;

                /** RefuseUpgrades retry_after_s. */
                retry_after_s: number;

                /**
                 * Creates a new RefuseUpgrades instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns RefuseUpgrades instance
                 */
                static create(properties: zerorelay.conformance.v1.RefuseUpgrades.$Shape): zerorelay.conformance.v1.RefuseUpgrades & zerorelay.conformance.v1.RefuseUpgrades.$Shape;
                static create(properties?: zerorelay.conformance.v1.RefuseUpgrades.$Properties): zerorelay.conformance.v1.RefuseUpgrades;

                /**
                 * Encodes the specified RefuseUpgrades message. Does not implicitly {@link zerorelay.conformance.v1.RefuseUpgrades.verify|verify} messages.
                 * @param message RefuseUpgrades message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: zerorelay.conformance.v1.RefuseUpgrades.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified RefuseUpgrades message, length delimited. Does not implicitly {@link zerorelay.conformance.v1.RefuseUpgrades.verify|verify} messages.
                 * @param message RefuseUpgrades message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: zerorelay.conformance.v1.RefuseUpgrades.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a RefuseUpgrades message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {zerorelay.conformance.v1.RefuseUpgrades & zerorelay.conformance.v1.RefuseUpgrades.$Shape} RefuseUpgrades
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): zerorelay.conformance.v1.RefuseUpgrades & zerorelay.conformance.v1.RefuseUpgrades.$Shape;

                /**
                 * Decodes a RefuseUpgrades message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {zerorelay.conformance.v1.RefuseUpgrades & zerorelay.conformance.v1.RefuseUpgrades.$Shape} RefuseUpgrades
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zerorelay.conformance.v1.RefuseUpgrades & zerorelay.conformance.v1.RefuseUpgrades.$Shape;

                /**
                 * Verifies a RefuseUpgrades message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a RefuseUpgrades message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns RefuseUpgrades
                 */
                static fromObject(object: { [k: string]: any }): zerorelay.conformance.v1.RefuseUpgrades;

                /**
                 * Creates a plain object from a RefuseUpgrades message. Also converts values to other types if specified.
                 * @param message RefuseUpgrades
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: zerorelay.conformance.v1.RefuseUpgrades, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this RefuseUpgrades to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for RefuseUpgrades
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace RefuseUpgrades {

                /** Properties of a RefuseUpgrades. */
                interface $Properties {

                    /** RefuseUpgrades count */
                    count?: (number|null);

                    /** RefuseUpgrades http_status */
                    http_status?: (number|null);

                    /** RefuseUpgrades retry_after_s */
                    retry_after_s?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a RefuseUpgrades. */
                type $Shape = zerorelay.conformance.v1.RefuseUpgrades.$Properties;
            }

            /**
             * Properties of an ExpectObserved.
             * @deprecated Use zerorelay.conformance.v1.ExpectObserved.$Properties instead.
             */
            interface IExpectObserved extends zerorelay.conformance.v1.ExpectObserved.$Properties {
            }

            /** Represents an ExpectObserved. */
            class ExpectObserved {

                /** Reflection-backed declarations are not constructable. Use ExpectObserved.create(...) instead. */
                private constructor();

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ExpectObserved actor. */
                actor: string;

                /** ExpectObserved frame. */
                frame?: (google.protobuf.Value.$Properties|null);

                /** ExpectObserved upgrades. */
                upgrades?: (zerorelay.conformance.v1.UpgradeAttempts.$Properties|null);

                /** ExpectObserved within_ms. */
                within_ms: number;

                /** ExpectObserved repeat. */
                repeat: number;

                /** ExpectObserved first. */
                first: boolean;

                /** ExpectObserved what. */
                what?: ("frame"|"upgrades");

                /**
                 * Creates a new ExpectObserved instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ExpectObserved instance
                 */
                static create(properties: zerorelay.conformance.v1.ExpectObserved.$Shape): zerorelay.conformance.v1.ExpectObserved & zerorelay.conformance.v1.ExpectObserved.$Shape;
                static create(properties?: zerorelay.conformance.v1.ExpectObserved.$Properties): zerorelay.conformance.v1.ExpectObserved;

                /**
                 * Encodes the specified ExpectObserved message. Does not implicitly {@link zerorelay.conformance.v1.ExpectObserved.verify|verify} messages.
                 * @param message ExpectObserved message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: zerorelay.conformance.v1.ExpectObserved.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ExpectObserved message, length delimited. Does not implicitly {@link zerorelay.conformance.v1.ExpectObserved.verify|verify} messages.
                 * @param message ExpectObserved message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: zerorelay.conformance.v1.ExpectObserved.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an ExpectObserved message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {zerorelay.conformance.v1.ExpectObserved & zerorelay.conformance.v1.ExpectObserved.$Shape} ExpectObserved
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): zerorelay.conformance.v1.ExpectObserved & zerorelay.conformance.v1.ExpectObserved.$Shape;

                /**
                 * Decodes an ExpectObserved message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {zerorelay.conformance.v1.ExpectObserved & zerorelay.conformance.v1.ExpectObserved.$Shape} ExpectObserved
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zerorelay.conformance.v1.ExpectObserved & zerorelay.conformance.v1.ExpectObserved.$Shape;

                /**
                 * Verifies an ExpectObserved message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an ExpectObserved message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ExpectObserved
                 */
                static fromObject(object: { [k: string]: any }): zerorelay.conformance.v1.ExpectObserved;

                /**
                 * Creates a plain object from an ExpectObserved message. Also converts values to other types if specified.
                 * @param message ExpectObserved
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: zerorelay.conformance.v1.ExpectObserved, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ExpectObserved to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ExpectObserved
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ExpectObserved {

                /** Properties of an ExpectObserved. */
                interface $Properties {

                    /** ExpectObserved actor */
                    actor?: (string|null);

                    /** ExpectObserved frame */
                    frame?: (google.protobuf.Value.$Properties|null);

                    /** ExpectObserved upgrades */
                    upgrades?: (zerorelay.conformance.v1.UpgradeAttempts.$Properties|null);

                    /** ExpectObserved within_ms */
                    within_ms?: (number|null);

                    /** ExpectObserved repeat */
                    repeat?: (number|null);

                    /** ExpectObserved first */
                    first?: (boolean|null);

                    /** ExpectObserved what */
                    what?: ("frame"|"upgrades");

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Narrowed shape of an ExpectObserved. */
                type $Shape = {
                  actor?: string|null;
                  frame?: google.protobuf.Value.$Shape|null;
                  upgrades?: zerorelay.conformance.v1.UpgradeAttempts.$Shape|null;
                  within_ms?: number|null;
                  repeat?: number|null;
                  first?: boolean|null;
                  $unknowns?: Uint8Array[];
                } & (
                  ({ what?: undefined; frame?: null; upgrades?: null }|{ what?: "frame"; frame: google.protobuf.Value.$Shape; upgrades?: null }|{ what?: "upgrades"; frame?: null; upgrades: zerorelay.conformance.v1.UpgradeAttempts.$Shape })
                );
            }

            /**
             * Properties of an UpgradeAttempts.
             * @deprecated Use zerorelay.conformance.v1.UpgradeAttempts.$Properties instead.
             */
            interface IUpgradeAttempts extends zerorelay.conformance.v1.UpgradeAttempts.$Properties {
            }

            /** Represents an UpgradeAttempts. */
            class UpgradeAttempts {

                /** Reflection-backed declarations are not constructable. Use UpgradeAttempts.create(...) instead. */
                private constructor();

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** UpgradeAttempts count. */
                count: number;

                /** UpgradeAttempts gaps_ms. */
                gaps_ms: zerorelay.conformance.v1.Window.$Properties[];

                /** UpgradeAttempts skip. */
                skip: number;

                /** UpgradeAttempts exact. */
                exact: boolean;

                /**
                 * Creates a new UpgradeAttempts instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns UpgradeAttempts instance
                 */
                static create(properties: zerorelay.conformance.v1.UpgradeAttempts.$Shape): zerorelay.conformance.v1.UpgradeAttempts & zerorelay.conformance.v1.UpgradeAttempts.$Shape;
                static create(properties?: zerorelay.conformance.v1.UpgradeAttempts.$Properties): zerorelay.conformance.v1.UpgradeAttempts;

                /**
                 * Encodes the specified UpgradeAttempts message. Does not implicitly {@link zerorelay.conformance.v1.UpgradeAttempts.verify|verify} messages.
                 * @param message UpgradeAttempts message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: zerorelay.conformance.v1.UpgradeAttempts.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified UpgradeAttempts message, length delimited. Does not implicitly {@link zerorelay.conformance.v1.UpgradeAttempts.verify|verify} messages.
                 * @param message UpgradeAttempts message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: zerorelay.conformance.v1.UpgradeAttempts.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an UpgradeAttempts message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {zerorelay.conformance.v1.UpgradeAttempts & zerorelay.conformance.v1.UpgradeAttempts.$Shape} UpgradeAttempts
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): zerorelay.conformance.v1.UpgradeAttempts & zerorelay.conformance.v1.UpgradeAttempts.$Shape;

                /**
                 * Decodes an UpgradeAttempts message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {zerorelay.conformance.v1.UpgradeAttempts & zerorelay.conformance.v1.UpgradeAttempts.$Shape} UpgradeAttempts
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zerorelay.conformance.v1.UpgradeAttempts & zerorelay.conformance.v1.UpgradeAttempts.$Shape;

                /**
                 * Verifies an UpgradeAttempts message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an UpgradeAttempts message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns UpgradeAttempts
                 */
                static fromObject(object: { [k: string]: any }): zerorelay.conformance.v1.UpgradeAttempts;

                /**
                 * Creates a plain object from an UpgradeAttempts message. Also converts values to other types if specified.
                 * @param message UpgradeAttempts
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: zerorelay.conformance.v1.UpgradeAttempts, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this UpgradeAttempts to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for UpgradeAttempts
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace UpgradeAttempts {

                /** Properties of an UpgradeAttempts. */
                interface $Properties {

                    /** UpgradeAttempts count */
                    count?: (number|null);

                    /** UpgradeAttempts gaps_ms */
                    gaps_ms?: (zerorelay.conformance.v1.Window.$Properties[]|null);

                    /** UpgradeAttempts skip */
                    skip?: (number|null);

                    /** UpgradeAttempts exact */
                    exact?: (boolean|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an UpgradeAttempts. */
                type $Shape = zerorelay.conformance.v1.UpgradeAttempts.$Properties;
            }

            /**
             * Properties of a Window.
             * @deprecated Use zerorelay.conformance.v1.Window.$Properties instead.
             */
            interface IWindow extends zerorelay.conformance.v1.Window.$Properties {
            }

            /** Represents a Window. */
            class Window {

                /** Reflection-backed declarations are not constructable. Use Window.create(...) instead. */
                private constructor();

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Window min. */
                min: number;

                /** Window max. */
                max: number;

                /**
                 * Creates a new Window instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Window instance
                 */
                static create(properties: zerorelay.conformance.v1.Window.$Shape): zerorelay.conformance.v1.Window & zerorelay.conformance.v1.Window.$Shape;
                static create(properties?: zerorelay.conformance.v1.Window.$Properties): zerorelay.conformance.v1.Window;

                /**
                 * Encodes the specified Window message. Does not implicitly {@link zerorelay.conformance.v1.Window.verify|verify} messages.
                 * @param message Window message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: zerorelay.conformance.v1.Window.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Window message, length delimited. Does not implicitly {@link zerorelay.conformance.v1.Window.verify|verify} messages.
                 * @param message Window message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: zerorelay.conformance.v1.Window.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Window message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {zerorelay.conformance.v1.Window & zerorelay.conformance.v1.Window.$Shape} Window
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): zerorelay.conformance.v1.Window & zerorelay.conformance.v1.Window.$Shape;

                /**
                 * Decodes a Window message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {zerorelay.conformance.v1.Window & zerorelay.conformance.v1.Window.$Shape} Window
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zerorelay.conformance.v1.Window & zerorelay.conformance.v1.Window.$Shape;

                /**
                 * Verifies a Window message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Window message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Window
                 */
                static fromObject(object: { [k: string]: any }): zerorelay.conformance.v1.Window;

                /**
                 * Creates a plain object from a Window message. Also converts values to other types if specified.
                 * @param message Window
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: zerorelay.conformance.v1.Window, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Window to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Window
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Window {

                /** Properties of a Window. */
                interface $Properties {

                    /** Window min */
                    min?: (number|null);

                    /** Window max */
                    max?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Window. */
                type $Shape = zerorelay.conformance.v1.Window.$Properties;
            }

            /**
             * Properties of a Loop.
             * @deprecated Use zerorelay.conformance.v1.Loop.$Properties instead.
             */
            interface ILoop extends zerorelay.conformance.v1.Loop.$Properties {
            }

            /** Represents a Loop. */
            class Loop {

                /** Reflection-backed declarations are not constructable. Use Loop.create(...) instead. */
                private constructor();

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Loop count. */
                count: number;

                /** Loop steps. */
                steps: zerorelay.conformance.v1.Step.$Properties[];

                /**
                 * Creates a new Loop instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Loop instance
                 */
                static create(properties: zerorelay.conformance.v1.Loop.$Shape): zerorelay.conformance.v1.Loop & zerorelay.conformance.v1.Loop.$Shape;
                static create(properties?: zerorelay.conformance.v1.Loop.$Properties): zerorelay.conformance.v1.Loop;

                /**
                 * Encodes the specified Loop message. Does not implicitly {@link zerorelay.conformance.v1.Loop.verify|verify} messages.
                 * @param message Loop message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: zerorelay.conformance.v1.Loop.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Loop message, length delimited. Does not implicitly {@link zerorelay.conformance.v1.Loop.verify|verify} messages.
                 * @param message Loop message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: zerorelay.conformance.v1.Loop.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Loop message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {zerorelay.conformance.v1.Loop & zerorelay.conformance.v1.Loop.$Shape} Loop
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): zerorelay.conformance.v1.Loop & zerorelay.conformance.v1.Loop.$Shape;

                /**
                 * Decodes a Loop message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {zerorelay.conformance.v1.Loop & zerorelay.conformance.v1.Loop.$Shape} Loop
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zerorelay.conformance.v1.Loop & zerorelay.conformance.v1.Loop.$Shape;

                /**
                 * Verifies a Loop message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Loop message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Loop
                 */
                static fromObject(object: { [k: string]: any }): zerorelay.conformance.v1.Loop;

                /**
                 * Creates a plain object from a Loop message. Also converts values to other types if specified.
                 * @param message Loop
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: zerorelay.conformance.v1.Loop, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Loop to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Loop
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Loop {

                /** Properties of a Loop. */
                interface $Properties {

                    /** Loop count */
                    count?: (number|null);

                    /** Loop steps */
                    steps?: (zerorelay.conformance.v1.Step.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Loop. */
                type $Shape = {
                  count?: number|null;
                  steps?: zerorelay.conformance.v1.Step.$Shape[]|null;
                  $unknowns?: Uint8Array[];
                };
            }

            /**
             * Properties of a Branch.
             * @deprecated Use zerorelay.conformance.v1.Branch.$Properties instead.
             */
            interface IBranch extends zerorelay.conformance.v1.Branch.$Properties {
            }

            /** Represents a Branch. */
            class Branch {

                /** Reflection-backed declarations are not constructable. Use Branch.create(...) instead. */
                private constructor();

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Branch verdict. */
                verdict: zerorelay.conformance.v1.Verdict;

                /** Branch note. */
                note: string;

                /** Branch steps. */
                steps: zerorelay.conformance.v1.Step.$Properties[];

                /**
                 * Creates a new Branch instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Branch instance
                 */
                static create(properties: zerorelay.conformance.v1.Branch.$Shape): zerorelay.conformance.v1.Branch & zerorelay.conformance.v1.Branch.$Shape;
                static create(properties?: zerorelay.conformance.v1.Branch.$Properties): zerorelay.conformance.v1.Branch;

                /**
                 * Encodes the specified Branch message. Does not implicitly {@link zerorelay.conformance.v1.Branch.verify|verify} messages.
                 * @param message Branch message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: zerorelay.conformance.v1.Branch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Branch message, length delimited. Does not implicitly {@link zerorelay.conformance.v1.Branch.verify|verify} messages.
                 * @param message Branch message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: zerorelay.conformance.v1.Branch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Branch message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {zerorelay.conformance.v1.Branch & zerorelay.conformance.v1.Branch.$Shape} Branch
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): zerorelay.conformance.v1.Branch & zerorelay.conformance.v1.Branch.$Shape;

                /**
                 * Decodes a Branch message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {zerorelay.conformance.v1.Branch & zerorelay.conformance.v1.Branch.$Shape} Branch
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zerorelay.conformance.v1.Branch & zerorelay.conformance.v1.Branch.$Shape;

                /**
                 * Verifies a Branch message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Branch message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Branch
                 */
                static fromObject(object: { [k: string]: any }): zerorelay.conformance.v1.Branch;

                /**
                 * Creates a plain object from a Branch message. Also converts values to other types if specified.
                 * @param message Branch
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: zerorelay.conformance.v1.Branch, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Branch to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Branch
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Branch {

                /** Properties of a Branch. */
                interface $Properties {

                    /** Branch verdict */
                    verdict?: (zerorelay.conformance.v1.Verdict|null);

                    /** Branch note */
                    note?: (string|null);

                    /** Branch steps */
                    steps?: (zerorelay.conformance.v1.Step.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Branch. */
                type $Shape = {
                  verdict?: zerorelay.conformance.v1.Verdict|null;
                  note?: string|null;
                  steps?: zerorelay.conformance.v1.Step.$Shape[]|null;
                  $unknowns?: Uint8Array[];
                };
            }

            /** Mode enum. */
            enum Mode {

                /** MODE_UNSPECIFIED value */
                MODE_UNSPECIFIED = 0,

                /** MODE_SERVER value */
                MODE_SERVER = 1,

                /** MODE_CLIENT value */
                MODE_CLIENT = 2,

                /** MODE_BOTH value */
                MODE_BOTH = 3
            }

            /** Level enum. */
            enum Level {

                /** LEVEL_UNSPECIFIED value */
                LEVEL_UNSPECIFIED = 0,

                /** LEVEL_REQUIRED value */
                LEVEL_REQUIRED = 1,

                /** LEVEL_RECOMMENDED value */
                LEVEL_RECOMMENDED = 2,

                /** LEVEL_INFORMATIONAL value */
                LEVEL_INFORMATIONAL = 3
            }

            /** Codec enum. */
            enum Codec {

                /** CODEC_UNSPECIFIED value */
                CODEC_UNSPECIFIED = 0,

                /** CODEC_BINARY value */
                CODEC_BINARY = 1,

                /** CODEC_JSON value */
                CODEC_JSON = 2
            }

            /** Verdict enum. */
            enum Verdict {

                /** VERDICT_UNSPECIFIED value */
                VERDICT_UNSPECIFIED = 0,

                /** VERDICT_OK value */
                VERDICT_OK = 1,

                /** VERDICT_NON_STRICT value */
                VERDICT_NON_STRICT = 2,

                /** VERDICT_INFORMATIONAL value */
                VERDICT_INFORMATIONAL = 3
            }

            /** TokenKind enum. */
            enum TokenKind {

                /** TOKEN_KIND_UNSPECIFIED value */
                TOKEN_KIND_UNSPECIFIED = 0,

                /** TOKEN_KIND_MISSING value */
                TOKEN_KIND_MISSING = 1,

                /** TOKEN_KIND_WRONG_KEY value */
                TOKEN_KIND_WRONG_KEY = 2,

                /** TOKEN_KIND_ALG_NONE value */
                TOKEN_KIND_ALG_NONE = 3,

                /** TOKEN_KIND_ALG_NONE_UPPER value */
                TOKEN_KIND_ALG_NONE_UPPER = 4,

                /** TOKEN_KIND_STRIPPED_SIGNATURE value */
                TOKEN_KIND_STRIPPED_SIGNATURE = 5,

                /** TOKEN_KIND_ALG_CONFUSION value */
                TOKEN_KIND_ALG_CONFUSION = 6,

                /** TOKEN_KIND_EXPIRED value */
                TOKEN_KIND_EXPIRED = 7,

                /** TOKEN_KIND_NOT_YET_VALID value */
                TOKEN_KIND_NOT_YET_VALID = 8,

                /** TOKEN_KIND_WRONG_AUDIENCE value */
                TOKEN_KIND_WRONG_AUDIENCE = 9,

                /** TOKEN_KIND_WRONG_ISSUER value */
                TOKEN_KIND_WRONG_ISSUER = 10,

                /** TOKEN_KIND_MALFORMED value */
                TOKEN_KIND_MALFORMED = 11,

                /** TOKEN_KIND_RS256 value */
                TOKEN_KIND_RS256 = 12
            }

            /** Transport enum. */
            enum Transport {

                /** TRANSPORT_UNSPECIFIED value */
                TRANSPORT_UNSPECIFIED = 0,

                /** TRANSPORT_RAW value */
                TRANSPORT_RAW = 1
            }

            /** Handshake enum. */
            enum Handshake {

                /** HANDSHAKE_UNSPECIFIED value */
                HANDSHAKE_UNSPECIFIED = 0,

                /** HANDSHAKE_SEND_CONNECT value */
                HANDSHAKE_SEND_CONNECT = 1,

                /** HANDSHAKE_UPGRADE_ONLY value */
                HANDSHAKE_UPGRADE_ONLY = 2
            }
        }
    }
}

/** Namespace google. */
export namespace google {

    /** Namespace protobuf. */
    namespace protobuf {

        /**
         * Properties of a Struct.
         * @deprecated Use google.protobuf.Struct.$Properties instead.
         */
        interface IStruct extends google.protobuf.Struct.$Properties {
        }

        /** Represents a Struct. */
        class Struct {

            /** Reflection-backed declarations are not constructable. Use Struct.create(...) instead. */
            private constructor();

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Struct fields. */
            fields: { [k: string]: google.protobuf.Value.$Properties };

            /**
             * Creates a new Struct instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Struct instance
             */
            static create(properties: google.protobuf.Struct.$Shape): google.protobuf.Struct & google.protobuf.Struct.$Shape;
            static create(properties?: google.protobuf.Struct.$Properties): google.protobuf.Struct;

            /**
             * Encodes the specified Struct message. Does not implicitly {@link google.protobuf.Struct.verify|verify} messages.
             * @param message Struct message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: google.protobuf.Struct.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Struct message, length delimited. Does not implicitly {@link google.protobuf.Struct.verify|verify} messages.
             * @param message Struct message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: google.protobuf.Struct.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Struct message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {google.protobuf.Struct & google.protobuf.Struct.$Shape} Struct
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.Struct & google.protobuf.Struct.$Shape;

            /**
             * Decodes a Struct message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {google.protobuf.Struct & google.protobuf.Struct.$Shape} Struct
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): google.protobuf.Struct & google.protobuf.Struct.$Shape;

            /**
             * Verifies a Struct message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Struct message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Struct
             */
            static fromObject(object: { [k: string]: any }): google.protobuf.Struct;

            /**
             * Creates a plain object from a Struct message. Also converts values to other types if specified.
             * @param message Struct
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: google.protobuf.Struct, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Struct to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Struct
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Struct {

            /** Properties of a Struct. */
            interface $Properties {

                /** Struct fields */
                fields?: ({ [k: string]: google.protobuf.Value.$Properties }|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Struct. */
            type $Shape = {
              fields?: { [k: string]: google.protobuf.Value.$Shape }|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a Value.
         * @deprecated Use google.protobuf.Value.$Properties instead.
         */
        interface IValue extends google.protobuf.Value.$Properties {
        }

        /** Represents a Value. */
        class Value {

            /** Reflection-backed declarations are not constructable. Use Value.create(...) instead. */
            private constructor();

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Value null_value. */
            null_value?: (google.protobuf.NullValue|null);

            /** Value number_value. */
            number_value?: (number|null);

            /** Value string_value. */
            string_value?: (string|null);

            /** Value bool_value. */
            bool_value?: (boolean|null);

            /** Value struct_value. */
            struct_value?: (google.protobuf.Struct.$Properties|null);

            /** Value list_value. */
            list_value?: (google.protobuf.ListValue.$Properties|null);

            /** Value kind. */
            kind?: ("null_value"|"number_value"|"string_value"|"bool_value"|"struct_value"|"list_value");

            /**
             * Creates a new Value instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Value instance
             */
            static create(properties: google.protobuf.Value.$Shape): google.protobuf.Value & google.protobuf.Value.$Shape;
            static create(properties?: google.protobuf.Value.$Properties): google.protobuf.Value;

            /**
             * Encodes the specified Value message. Does not implicitly {@link google.protobuf.Value.verify|verify} messages.
             * @param message Value message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: google.protobuf.Value.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Value message, length delimited. Does not implicitly {@link google.protobuf.Value.verify|verify} messages.
             * @param message Value message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: google.protobuf.Value.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Value message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {google.protobuf.Value & google.protobuf.Value.$Shape} Value
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.Value & google.protobuf.Value.$Shape;

            /**
             * Decodes a Value message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {google.protobuf.Value & google.protobuf.Value.$Shape} Value
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): google.protobuf.Value & google.protobuf.Value.$Shape;

            /**
             * Verifies a Value message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Value message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Value
             */
            static fromObject(object: { [k: string]: any }): google.protobuf.Value;

            /**
             * Creates a plain object from a Value message. Also converts values to other types if specified.
             * @param message Value
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: google.protobuf.Value, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Value to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Value
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Value {

            /** Properties of a Value. */
            interface $Properties {

                /** Value null_value */
                null_value?: (google.protobuf.NullValue|null);

                /** Value number_value */
                number_value?: (number|null);

                /** Value string_value */
                string_value?: (string|null);

                /** Value bool_value */
                bool_value?: (boolean|null);

                /** Value struct_value */
                struct_value?: (google.protobuf.Struct.$Properties|null);

                /** Value list_value */
                list_value?: (google.protobuf.ListValue.$Properties|null);

                /** Value kind */
                kind?: ("null_value"|"number_value"|"string_value"|"bool_value"|"struct_value"|"list_value");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a Value. */
            type $Shape = {
              null_value?: google.protobuf.NullValue|null;
              number_value?: number|null;
              string_value?: string|null;
              bool_value?: boolean|null;
              struct_value?: google.protobuf.Struct.$Shape|null;
              list_value?: google.protobuf.ListValue.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ kind?: undefined; null_value?: null; number_value?: null; string_value?: null; bool_value?: null; struct_value?: null; list_value?: null }|{ kind?: "null_value"; null_value: google.protobuf.NullValue; number_value?: null; string_value?: null; bool_value?: null; struct_value?: null; list_value?: null }|{ kind?: "number_value"; null_value?: null; number_value: number; string_value?: null; bool_value?: null; struct_value?: null; list_value?: null }|{ kind?: "string_value"; null_value?: null; number_value?: null; string_value: string; bool_value?: null; struct_value?: null; list_value?: null }|{ kind?: "bool_value"; null_value?: null; number_value?: null; string_value?: null; bool_value: boolean; struct_value?: null; list_value?: null }|{ kind?: "struct_value"; null_value?: null; number_value?: null; string_value?: null; bool_value?: null; struct_value: google.protobuf.Struct.$Shape; list_value?: null }|{ kind?: "list_value"; null_value?: null; number_value?: null; string_value?: null; bool_value?: null; struct_value?: null; list_value: google.protobuf.ListValue.$Shape })
            );
        }

        /**
         * Properties of a ListValue.
         * @deprecated Use google.protobuf.ListValue.$Properties instead.
         */
        interface IListValue extends google.protobuf.ListValue.$Properties {
        }

        /** Represents a ListValue. */
        class ListValue {

            /** Reflection-backed declarations are not constructable. Use ListValue.create(...) instead. */
            private constructor();

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ListValue values. */
            values: google.protobuf.Value.$Properties[];

            /**
             * Creates a new ListValue instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ListValue instance
             */
            static create(properties: google.protobuf.ListValue.$Shape): google.protobuf.ListValue & google.protobuf.ListValue.$Shape;
            static create(properties?: google.protobuf.ListValue.$Properties): google.protobuf.ListValue;

            /**
             * Encodes the specified ListValue message. Does not implicitly {@link google.protobuf.ListValue.verify|verify} messages.
             * @param message ListValue message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: google.protobuf.ListValue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ListValue message, length delimited. Does not implicitly {@link google.protobuf.ListValue.verify|verify} messages.
             * @param message ListValue message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: google.protobuf.ListValue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ListValue message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {google.protobuf.ListValue & google.protobuf.ListValue.$Shape} ListValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.ListValue & google.protobuf.ListValue.$Shape;

            /**
             * Decodes a ListValue message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {google.protobuf.ListValue & google.protobuf.ListValue.$Shape} ListValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): google.protobuf.ListValue & google.protobuf.ListValue.$Shape;

            /**
             * Verifies a ListValue message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ListValue message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ListValue
             */
            static fromObject(object: { [k: string]: any }): google.protobuf.ListValue;

            /**
             * Creates a plain object from a ListValue message. Also converts values to other types if specified.
             * @param message ListValue
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: google.protobuf.ListValue, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ListValue to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ListValue
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ListValue {

            /** Properties of a ListValue. */
            interface $Properties {

                /** ListValue values */
                values?: (google.protobuf.Value.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ListValue. */
            type $Shape = {
              values?: google.protobuf.Value.$Shape[]|null;
              $unknowns?: Uint8Array[];
            };
        }

        /** NullValue enum. */
        enum NullValue {

            /** NULL_VALUE value */
            NULL_VALUE = 0
        }
    }
}

/** Reflected root namespace. */
declare const _default: $protobuf.Root;
export default _default;
