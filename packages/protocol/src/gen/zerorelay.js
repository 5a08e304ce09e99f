/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Boolean = $util.global.Boolean, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt, $Array = $util.global.Array;

// Exported root namespace
const $root = $protobuf.roots["zerorelay_static"] || ($protobuf.roots["zerorelay_static"] = {});

export const zerorelay = $root.zerorelay = (() => {

    /**
     * Namespace zerorelay.
     * @exports zerorelay
     * @namespace
     */
    const zerorelay = {};

    zerorelay.v1 = (function() {

        /**
         * Namespace v1.
         * @memberof zerorelay
         * @namespace
         */
        const v1 = {};

        v1.Error = (function() {

            /**
             * Properties of an Error.
             * @typedef {Object} zerorelay.v1.Error.$Properties
             * @property {zerorelay.v1.Code|null} [code] Error code
             * @property {string|null} [message] Error message
             * @property {boolean|null} [retryable] Error retryable
             * @property {number|null} [retryAfterMs] Error retryAfterMs
             * @property {zerorelay.v1.StreamPosition.$Properties|null} [position] Error position
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Error.
             * @memberof zerorelay.v1
             * @interface IError
             * @augments zerorelay.v1.Error.$Properties
             * @deprecated Use zerorelay.v1.Error.$Properties instead.
             */

            /**
             * Shape of an Error.
             * @typedef {zerorelay.v1.Error.$Properties} zerorelay.v1.Error.$Shape
             */

            /**
             * Constructs a new Error.
             * @memberof zerorelay.v1
             * @classdesc Represents an Error.
             * @constructor
             * @param {zerorelay.v1.Error.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Error = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Error code.
             * @member {zerorelay.v1.Code} code
             * @memberof zerorelay.v1.Error
             * @instance
             */
            Error.prototype.code = 0;

            /**
             * Error message.
             * @member {string} message
             * @memberof zerorelay.v1.Error
             * @instance
             */
            Error.prototype.message = "";

            /**
             * Error retryable.
             * @member {boolean} retryable
             * @memberof zerorelay.v1.Error
             * @instance
             */
            Error.prototype.retryable = false;

            /**
             * Error retryAfterMs.
             * @member {number} retryAfterMs
             * @memberof zerorelay.v1.Error
             * @instance
             */
            Error.prototype.retryAfterMs = 0;

            /**
             * Error position.
             * @member {zerorelay.v1.StreamPosition.$Properties|null|undefined} position
             * @memberof zerorelay.v1.Error
             * @instance
             */
            Error.prototype.position = null;

            /**
             * Creates a new Error instance using the specified properties.
             * @function create
             * @memberof zerorelay.v1.Error
             * @static
             * @param {zerorelay.v1.Error.$Properties=} [properties] Properties to set
             * @returns {zerorelay.v1.Error} Error instance
             * @type {{
             *   (properties: zerorelay.v1.Error.$Shape): zerorelay.v1.Error & zerorelay.v1.Error.$Shape;
             *   (properties?: zerorelay.v1.Error.$Properties): zerorelay.v1.Error;
             * }}
             */
            Error.create = function(properties) {
                return new Error(properties);
            };

            /**
             * Encodes the specified Error message. Does not implicitly {@link zerorelay.v1.Error.verify|verify} messages.
             * @function encode
             * @memberof zerorelay.v1.Error
             * @static
             * @param {zerorelay.v1.Error.$Properties} message Error message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Error.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.code);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.message);
                if (message.retryable != null && $Object.hasOwnProperty.call(message, "retryable") && message.retryable !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.retryable);
                if (message.retryAfterMs != null && $Object.hasOwnProperty.call(message, "retryAfterMs") && message.retryAfterMs !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.retryAfterMs);
                if (message.position != null && $Object.hasOwnProperty.call(message, "position"))
                    $root.zerorelay.v1.StreamPosition.encode(message.position, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Error message, length delimited. Does not implicitly {@link zerorelay.v1.Error.verify|verify} messages.
             * @function encodeDelimited
             * @memberof zerorelay.v1.Error
             * @static
             * @param {zerorelay.v1.Error.$Properties} message Error message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Error.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an Error message from the specified reader or buffer.
             * @function decode
             * @memberof zerorelay.v1.Error
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {zerorelay.v1.Error & zerorelay.v1.Error.$Shape} Error
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Error.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.zerorelay.v1.Error();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.code = value;
                            else
                                delete message.code;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.retryable = value;
                            else
                                delete message.retryable;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.retryAfterMs = value;
                            else
                                delete message.retryAfterMs;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.position = $root.zerorelay.v1.StreamPosition.decode(reader, reader.size(), $undefined, _depth + 1, message.position);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes an Error message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof zerorelay.v1.Error
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {zerorelay.v1.Error & zerorelay.v1.Error.$Shape} Error
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Error.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an Error message.
             * @function verify
             * @memberof zerorelay.v1.Error
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Error.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    if (typeof message.code !== "number" || (message.code | 0) !== message.code)
                        return "code: enum value expected";
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    if (!$util.isString(message.message))
                        return "message: string expected";
                if (message.retryable != null && $Object.hasOwnProperty.call(message, "retryable"))
                    if (typeof message.retryable !== "boolean")
                        return "retryable: boolean expected";
                if (message.retryAfterMs != null && $Object.hasOwnProperty.call(message, "retryAfterMs"))
                    if (!$util.isInteger(message.retryAfterMs))
                        return "retryAfterMs: integer expected";
                if (message.position != null && $Object.hasOwnProperty.call(message, "position")) {
                    let error = $root.zerorelay.v1.StreamPosition.verify(message.position, _depth + 1);
                    if (error)
                        return "position." + error;
                }
                return null;
            };

            /**
             * Creates an Error message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof zerorelay.v1.Error
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {zerorelay.v1.Error} Error
             */
            Error.fromObject = function (object, _depth) {
                if (object instanceof $root.zerorelay.v1.Error)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".zerorelay.v1.Error: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.zerorelay.v1.Error();
                if (object.code !== 0 && (typeof object.code !== "string" || $root.zerorelay.v1.Code[object.code] !== 0))
                    switch (object.code) {
                    case "CODE_UNSPECIFIED":
                    case 0:
                        message.code = 0;
                        break;
                    case "CODE_BAD_REQUEST":
                    case 1:
                        message.code = 1;
                        break;
                    case "CODE_UNAUTHENTICATED":
                    case 2:
                        message.code = 2;
                        break;
                    case "CODE_PERMISSION_DENIED":
                    case 3:
                        message.code = 3;
                        break;
                    case "CODE_INVALID_TOPIC":
                    case 4:
                        message.code = 4;
                        break;
                    case "CODE_NOT_FOUND":
                    case 5:
                        message.code = 5;
                        break;
                    case "CODE_ALREADY_SUBSCRIBED":
                    case 6:
                        message.code = 6;
                        break;
                    case "CODE_LIMIT_EXCEEDED":
                    case 7:
                        message.code = 7;
                        break;
                    case "CODE_RATE_LIMITED":
                    case 8:
                        message.code = 8;
                        break;
                    case "CODE_UNRECOVERABLE_POSITION":
                    case 9:
                        message.code = 9;
                        break;
                    case "CODE_UNAVAILABLE":
                    case 10:
                        message.code = 10;
                        break;
                    case "CODE_INTERNAL":
                    case 11:
                        message.code = 11;
                        break;
                    case "CODE_TOKEN_EXPIRED":
                    case 12:
                        message.code = 12;
                        break;
                    case "CODE_UNIMPLEMENTED":
                    case 13:
                        message.code = 13;
                        break;
                    case "CODE_CANCELED":
                    case 14:
                        message.code = 14;
                        break;
                    case "CODE_DEADLINE_EXCEEDED":
                    case 15:
                        message.code = 15;
                        break;
                    default:
                        if (typeof object.code === "number" && (object.code | 0) === object.code)
                            message.code = object.code;
                    }
                if (object.message != null)
                    if (typeof object.message !== "string" || object.message.length)
                        message.message = $String(object.message);
                if (object.retryable != null)
                    if (object.retryable)
                        message.retryable = $Boolean(object.retryable);
                if (object.retryAfterMs != null)
                    if ($Number(object.retryAfterMs) !== 0)
                        message.retryAfterMs = object.retryAfterMs >>> 0;
                if (object.position != null) {
                    if (!$util.isObject(object.position))
                        throw $TypeError(".zerorelay.v1.Error.position: object expected");
                    message.position = $root.zerorelay.v1.StreamPosition.fromObject(object.position, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from an Error message. Also converts values to other types if specified.
             * @function toObject
             * @memberof zerorelay.v1.Error
             * @static
             * @param {zerorelay.v1.Error} message Error
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Error.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.code = options.enums === $String ? "CODE_UNSPECIFIED" : 0;
                    object.message = "";
                    object.retryable = false;
                    object.retryAfterMs = 0;
                    object.position = null;
                }
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    object.code = options.enums === $String ? $root.zerorelay.v1.Code[message.code] === $undefined ? message.code : $root.zerorelay.v1.Code[message.code] : message.code;
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                if (message.retryable != null && $Object.hasOwnProperty.call(message, "retryable"))
                    object.retryable = message.retryable;
                if (message.retryAfterMs != null && $Object.hasOwnProperty.call(message, "retryAfterMs"))
                    object.retryAfterMs = message.retryAfterMs;
                if (message.position != null && $Object.hasOwnProperty.call(message, "position"))
                    object.position = $root.zerorelay.v1.StreamPosition.toObject(message.position, options, _depth + 1);
                return object;
            };

            /**
             * Converts this Error to JSON.
             * @function toJSON
             * @memberof zerorelay.v1.Error
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Error.prototype.toJSON = function() {
                return Error.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Error
             * @function getTypeUrl
             * @memberof zerorelay.v1.Error
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Error.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/zerorelay.v1.Error";
            };

            return Error;
        })();

        v1.StreamPosition = (function() {

            /**
             * Properties of a StreamPosition.
             * @typedef {Object} zerorelay.v1.StreamPosition.$Properties
             * @property {string|null} [epoch] StreamPosition epoch
             * @property {number|Long|null} [offset] StreamPosition offset
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a StreamPosition.
             * @memberof zerorelay.v1
             * @interface IStreamPosition
             * @augments zerorelay.v1.StreamPosition.$Properties
             * @deprecated Use zerorelay.v1.StreamPosition.$Properties instead.
             */

            /**
             * Shape of a StreamPosition.
             * @typedef {zerorelay.v1.StreamPosition.$Properties} zerorelay.v1.StreamPosition.$Shape
             */

            /**
             * Constructs a new StreamPosition.
             * @memberof zerorelay.v1
             * @classdesc Represents a StreamPosition.
             * @constructor
             * @param {zerorelay.v1.StreamPosition.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const StreamPosition = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * StreamPosition epoch.
             * @member {string} epoch
             * @memberof zerorelay.v1.StreamPosition
             * @instance
             */
            StreamPosition.prototype.epoch = "";

            /**
             * StreamPosition offset.
             * @member {number|Long} offset
             * @memberof zerorelay.v1.StreamPosition
             * @instance
             */
            StreamPosition.prototype.offset = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new StreamPosition instance using the specified properties.
             * @function create
             * @memberof zerorelay.v1.StreamPosition
             * @static
             * @param {zerorelay.v1.StreamPosition.$Properties=} [properties] Properties to set
             * @returns {zerorelay.v1.StreamPosition} StreamPosition instance
             * @type {{
             *   (properties: zerorelay.v1.StreamPosition.$Shape): zerorelay.v1.StreamPosition & zerorelay.v1.StreamPosition.$Shape;
             *   (properties?: zerorelay.v1.StreamPosition.$Properties): zerorelay.v1.StreamPosition;
             * }}
             */
            StreamPosition.create = function(properties) {
                return new StreamPosition(properties);
            };

            /**
             * Encodes the specified StreamPosition message. Does not implicitly {@link zerorelay.v1.StreamPosition.verify|verify} messages.
             * @function encode
             * @memberof zerorelay.v1.StreamPosition
             * @static
             * @param {zerorelay.v1.StreamPosition.$Properties} message StreamPosition message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StreamPosition.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch") && message.epoch !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.epoch);
                if (message.offset != null && $Object.hasOwnProperty.call(message, "offset") && (typeof message.offset === "object" ? message.offset.low || message.offset.high : message.offset !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.offset);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified StreamPosition message, length delimited. Does not implicitly {@link zerorelay.v1.StreamPosition.verify|verify} messages.
             * @function encodeDelimited
             * @memberof zerorelay.v1.StreamPosition
             * @static
             * @param {zerorelay.v1.StreamPosition.$Properties} message StreamPosition message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StreamPosition.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a StreamPosition message from the specified reader or buffer.
             * @function decode
             * @memberof zerorelay.v1.StreamPosition
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {zerorelay.v1.StreamPosition & zerorelay.v1.StreamPosition.$Shape} StreamPosition
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StreamPosition.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.zerorelay.v1.StreamPosition();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.epoch = value;
                            else
                                delete message.epoch;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.offset = value;
                            else
                                delete message.offset;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a StreamPosition message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof zerorelay.v1.StreamPosition
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {zerorelay.v1.StreamPosition & zerorelay.v1.StreamPosition.$Shape} StreamPosition
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StreamPosition.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a StreamPosition message.
             * @function verify
             * @memberof zerorelay.v1.StreamPosition
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            StreamPosition.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch"))
                    if (!$util.isString(message.epoch))
                        return "epoch: string expected";
                if (message.offset != null && $Object.hasOwnProperty.call(message, "offset"))
                    if (!$util.isInteger(message.offset) && !(message.offset && $util.isInteger(message.offset.low) && $util.isInteger(message.offset.high)))
                        return "offset: integer|Long expected";
                return null;
            };

            /**
             * Creates a StreamPosition message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof zerorelay.v1.StreamPosition
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {zerorelay.v1.StreamPosition} StreamPosition
             */
            StreamPosition.fromObject = function (object, _depth) {
                if (object instanceof $root.zerorelay.v1.StreamPosition)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".zerorelay.v1.StreamPosition: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.zerorelay.v1.StreamPosition();
                if (object.epoch != null)
                    if (typeof object.epoch !== "string" || object.epoch.length)
                        message.epoch = $String(object.epoch);
                if (object.offset != null)
                    if (typeof object.offset === "object" ? object.offset.low || object.offset.high : $Number(object.offset) !== 0)
                        if ($util.Long)
                            message.offset = $util.Long.fromValue(object.offset, true);
                        else if (typeof object.offset === "string")
                            message.offset = $parseInt(object.offset, 10);
                        else if (typeof object.offset === "number")
                            message.offset = object.offset;
                        else if (typeof object.offset === "object")
                            message.offset = new $util.LongBits(object.offset.low >>> 0, object.offset.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a StreamPosition message. Also converts values to other types if specified.
             * @function toObject
             * @memberof zerorelay.v1.StreamPosition
             * @static
             * @param {zerorelay.v1.StreamPosition} message StreamPosition
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            StreamPosition.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.epoch = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.offset = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.offset = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch"))
                    object.epoch = message.epoch;
                if (message.offset != null && $Object.hasOwnProperty.call(message, "offset"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.offset = typeof message.offset === "number" ? $BigInt(message.offset) : $util.Long.fromBits(message.offset.low >>> 0, message.offset.high >>> 0, true).toBigInt();
                    else if (typeof message.offset === "number")
                        object.offset = options.longs === $String ? $String(message.offset) : message.offset;
                    else
                        object.offset = options.longs === $String ? $util.Long.prototype.toString.call(message.offset) : options.longs === $Number ? new $util.LongBits(message.offset.low >>> 0, message.offset.high >>> 0).toNumber(true) : message.offset;
                return object;
            };

            /**
             * Converts this StreamPosition to JSON.
             * @function toJSON
             * @memberof zerorelay.v1.StreamPosition
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            StreamPosition.prototype.toJSON = function() {
                return StreamPosition.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for StreamPosition
             * @function getTypeUrl
             * @memberof zerorelay.v1.StreamPosition
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            StreamPosition.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/zerorelay.v1.StreamPosition";
            };

            return StreamPosition;
        })();

        /**
         * Code enum.
         * @name zerorelay.v1.Code
         * @enum {number}
         * @property {number} CODE_UNSPECIFIED=0 CODE_UNSPECIFIED value
         * @property {number} CODE_BAD_REQUEST=1 CODE_BAD_REQUEST value
         * @property {number} CODE_UNAUTHENTICATED=2 CODE_UNAUTHENTICATED value
         * @property {number} CODE_PERMISSION_DENIED=3 CODE_PERMISSION_DENIED value
         * @property {number} CODE_INVALID_TOPIC=4 CODE_INVALID_TOPIC value
         * @property {number} CODE_NOT_FOUND=5 CODE_NOT_FOUND value
         * @property {number} CODE_ALREADY_SUBSCRIBED=6 CODE_ALREADY_SUBSCRIBED value
         * @property {number} CODE_LIMIT_EXCEEDED=7 CODE_LIMIT_EXCEEDED value
         * @property {number} CODE_RATE_LIMITED=8 CODE_RATE_LIMITED value
         * @property {number} CODE_UNRECOVERABLE_POSITION=9 CODE_UNRECOVERABLE_POSITION value
         * @property {number} CODE_UNAVAILABLE=10 CODE_UNAVAILABLE value
         * @property {number} CODE_INTERNAL=11 CODE_INTERNAL value
         * @property {number} CODE_TOKEN_EXPIRED=12 CODE_TOKEN_EXPIRED value
         * @property {number} CODE_UNIMPLEMENTED=13 CODE_UNIMPLEMENTED value
         * @property {number} CODE_CANCELED=14 CODE_CANCELED value
         * @property {number} CODE_DEADLINE_EXCEEDED=15 CODE_DEADLINE_EXCEEDED value
         */
        v1.Code = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "CODE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "CODE_BAD_REQUEST"] = 1;
            values[valuesById[2] = "CODE_UNAUTHENTICATED"] = 2;
            values[valuesById[3] = "CODE_PERMISSION_DENIED"] = 3;
            values[valuesById[4] = "CODE_INVALID_TOPIC"] = 4;
            values[valuesById[5] = "CODE_NOT_FOUND"] = 5;
            values[valuesById[6] = "CODE_ALREADY_SUBSCRIBED"] = 6;
            values[valuesById[7] = "CODE_LIMIT_EXCEEDED"] = 7;
            values[valuesById[8] = "CODE_RATE_LIMITED"] = 8;
            values[valuesById[9] = "CODE_UNRECOVERABLE_POSITION"] = 9;
            values[valuesById[10] = "CODE_UNAVAILABLE"] = 10;
            values[valuesById[11] = "CODE_INTERNAL"] = 11;
            values[valuesById[12] = "CODE_TOKEN_EXPIRED"] = 12;
            values[valuesById[13] = "CODE_UNIMPLEMENTED"] = 13;
            values[valuesById[14] = "CODE_CANCELED"] = 14;
            values[valuesById[15] = "CODE_DEADLINE_EXCEEDED"] = 15;
            return values;
        })();

        /**
         * CloseCode enum.
         * @name zerorelay.v1.CloseCode
         * @enum {number}
         * @property {number} CLOSE_CODE_UNSPECIFIED=0 CLOSE_CODE_UNSPECIFIED value
         * @property {number} CLOSE_CODE_NORMAL=1000 CLOSE_CODE_NORMAL value
         * @property {number} CLOSE_CODE_GOING_AWAY=1001 CLOSE_CODE_GOING_AWAY value
         * @property {number} CLOSE_CODE_PROTOCOL_ERROR=1002 CLOSE_CODE_PROTOCOL_ERROR value
         * @property {number} CLOSE_CODE_UNSUPPORTED_DATA=1003 CLOSE_CODE_UNSUPPORTED_DATA value
         * @property {number} CLOSE_CODE_ABNORMAL=1006 CLOSE_CODE_ABNORMAL value
         * @property {number} CLOSE_CODE_INVALID_PAYLOAD=1007 CLOSE_CODE_INVALID_PAYLOAD value
         * @property {number} CLOSE_CODE_POLICY_VIOLATION=1008 CLOSE_CODE_POLICY_VIOLATION value
         * @property {number} CLOSE_CODE_MESSAGE_TOO_BIG=1009 CLOSE_CODE_MESSAGE_TOO_BIG value
         * @property {number} CLOSE_CODE_INTERNAL_ERROR=1011 CLOSE_CODE_INTERNAL_ERROR value
         * @property {number} CLOSE_CODE_SERVICE_RESTART=1012 CLOSE_CODE_SERVICE_RESTART value
         * @property {number} CLOSE_CODE_TRY_AGAIN_LATER=1013 CLOSE_CODE_TRY_AGAIN_LATER value
         * @property {number} CLOSE_CODE_SHUTDOWN=4000 CLOSE_CODE_SHUTDOWN value
         * @property {number} CLOSE_CODE_TOKEN_EXPIRED=4001 CLOSE_CODE_TOKEN_EXPIRED value
         * @property {number} CLOSE_CODE_SLOW_CONSUMER=4008 CLOSE_CODE_SLOW_CONSUMER value
         * @property {number} CLOSE_CODE_PING_TIMEOUT=4012 CLOSE_CODE_PING_TIMEOUT value
         * @property {number} CLOSE_CODE_AUTH_TIMEOUT=4300 CLOSE_CODE_AUTH_TIMEOUT value
         * @property {number} CLOSE_CODE_CONNECTION_LIMIT=4303 CLOSE_CODE_CONNECTION_LIMIT value
         * @property {number} CLOSE_CODE_RATE_LIMITED=4329 CLOSE_CODE_RATE_LIMITED value
         * @property {number} CLOSE_CODE_BAD_REQUEST=4500 CLOSE_CODE_BAD_REQUEST value
         * @property {number} CLOSE_CODE_UNAUTHENTICATED=4501 CLOSE_CODE_UNAUTHENTICATED value
         * @property {number} CLOSE_CODE_FORBIDDEN=4503 CLOSE_CODE_FORBIDDEN value
         * @property {number} CLOSE_CODE_TOKEN_REVOKED=4504 CLOSE_CODE_TOKEN_REVOKED value
         */
        v1.CloseCode = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "CLOSE_CODE_UNSPECIFIED"] = 0;
            values[valuesById[1000] = "CLOSE_CODE_NORMAL"] = 1000;
            values[valuesById[1001] = "CLOSE_CODE_GOING_AWAY"] = 1001;
            values[valuesById[1002] = "CLOSE_CODE_PROTOCOL_ERROR"] = 1002;
            values[valuesById[1003] = "CLOSE_CODE_UNSUPPORTED_DATA"] = 1003;
            values[valuesById[1006] = "CLOSE_CODE_ABNORMAL"] = 1006;
            values[valuesById[1007] = "CLOSE_CODE_INVALID_PAYLOAD"] = 1007;
            values[valuesById[1008] = "CLOSE_CODE_POLICY_VIOLATION"] = 1008;
            values[valuesById[1009] = "CLOSE_CODE_MESSAGE_TOO_BIG"] = 1009;
            values[valuesById[1011] = "CLOSE_CODE_INTERNAL_ERROR"] = 1011;
            values[valuesById[1012] = "CLOSE_CODE_SERVICE_RESTART"] = 1012;
            values[valuesById[1013] = "CLOSE_CODE_TRY_AGAIN_LATER"] = 1013;
            values[valuesById[4000] = "CLOSE_CODE_SHUTDOWN"] = 4000;
            values[valuesById[4001] = "CLOSE_CODE_TOKEN_EXPIRED"] = 4001;
            values[valuesById[4008] = "CLOSE_CODE_SLOW_CONSUMER"] = 4008;
            values[valuesById[4012] = "CLOSE_CODE_PING_TIMEOUT"] = 4012;
            values[valuesById[4300] = "CLOSE_CODE_AUTH_TIMEOUT"] = 4300;
            values[valuesById[4303] = "CLOSE_CODE_CONNECTION_LIMIT"] = 4303;
            values[valuesById[4329] = "CLOSE_CODE_RATE_LIMITED"] = 4329;
            values[valuesById[4500] = "CLOSE_CODE_BAD_REQUEST"] = 4500;
            values[valuesById[4501] = "CLOSE_CODE_UNAUTHENTICATED"] = 4501;
            values[valuesById[4503] = "CLOSE_CODE_FORBIDDEN"] = 4503;
            values[valuesById[4504] = "CLOSE_CODE_TOKEN_REVOKED"] = 4504;
            return values;
        })();

        /**
         * ReconnectAdvice enum.
         * @name zerorelay.v1.ReconnectAdvice
         * @enum {number}
         * @property {number} RECONNECT_ADVICE_UNSPECIFIED=0 RECONNECT_ADVICE_UNSPECIFIED value
         * @property {number} RECONNECT_ADVICE_RECONNECT=1 RECONNECT_ADVICE_RECONNECT value
         * @property {number} RECONNECT_ADVICE_BACKOFF=2 RECONNECT_ADVICE_BACKOFF value
         * @property {number} RECONNECT_ADVICE_STOP=3 RECONNECT_ADVICE_STOP value
         */
        v1.ReconnectAdvice = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "RECONNECT_ADVICE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "RECONNECT_ADVICE_RECONNECT"] = 1;
            values[valuesById[2] = "RECONNECT_ADVICE_BACKOFF"] = 2;
            values[valuesById[3] = "RECONNECT_ADVICE_STOP"] = 3;
            return values;
        })();

        v1.ClientFrame = (function() {

            /**
             * Properties of a ClientFrame.
             * @typedef {Object} zerorelay.v1.ClientFrame.$Properties
             * @property {number|null} [id] ClientFrame id
             * @property {zerorelay.v1.Connect.$Properties|null} [connect] ClientFrame connect
             * @property {zerorelay.v1.Subscribe.$Properties|null} [subscribe] ClientFrame subscribe
             * @property {zerorelay.v1.Unsubscribe.$Properties|null} [unsubscribe] ClientFrame unsubscribe
             * @property {zerorelay.v1.Publish.$Properties|null} [publish] ClientFrame publish
             * @property {zerorelay.v1.Ack.$Properties|null} [ack] ClientFrame ack
             * @property {zerorelay.v1.Refresh.$Properties|null} [refresh] ClientFrame refresh
             * @property {zerorelay.v1.Ping.$Properties|null} [ping] ClientFrame ping
             * @property {"connect"|"subscribe"|"unsubscribe"|"publish"|"ack"|"refresh"|"ping"} [kind] ClientFrame kind
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ClientFrame.
             * @memberof zerorelay.v1
             * @interface IClientFrame
             * @augments zerorelay.v1.ClientFrame.$Properties
             * @deprecated Use zerorelay.v1.ClientFrame.$Properties instead.
             */

            /**
             * Narrowed shape of a ClientFrame.
             * @typedef {{
             *   id?: number|null;
             *   connect?: zerorelay.v1.Connect.$Shape|null;
             *   subscribe?: zerorelay.v1.Subscribe.$Shape|null;
             *   unsubscribe?: zerorelay.v1.Unsubscribe.$Shape|null;
             *   publish?: zerorelay.v1.Publish.$Shape|null;
             *   ack?: zerorelay.v1.Ack.$Shape|null;
             *   refresh?: zerorelay.v1.Refresh.$Shape|null;
             *   ping?: zerorelay.v1.Ping.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ kind?: undefined; connect?: null; subscribe?: null; unsubscribe?: null; publish?: null; ack?: null; refresh?: null; ping?: null }|{ kind?: "connect"; connect: zerorelay.v1.Connect.$Shape; subscribe?: null; unsubscribe?: null; publish?: null; ack?: null; refresh?: null; ping?: null }|{ kind?: "subscribe"; connect?: null; subscribe: zerorelay.v1.Subscribe.$Shape; unsubscribe?: null; publish?: null; ack?: null; refresh?: null; ping?: null }|{ kind?: "unsubscribe"; connect?: null; subscribe?: null; unsubscribe: zerorelay.v1.Unsubscribe.$Shape; publish?: null; ack?: null; refresh?: null; ping?: null }|{ kind?: "publish"; connect?: null; subscribe?: null; unsubscribe?: null; publish: zerorelay.v1.Publish.$Shape; ack?: null; refresh?: null; ping?: null }|{ kind?: "ack"; connect?: null; subscribe?: null; unsubscribe?: null; publish?: null; ack: zerorelay.v1.Ack.$Shape; refresh?: null; ping?: null }|{ kind?: "refresh"; connect?: null; subscribe?: null; unsubscribe?: null; publish?: null; ack?: null; refresh: zerorelay.v1.Refresh.$Shape; ping?: null }|{ kind?: "ping"; connect?: null; subscribe?: null; unsubscribe?: null; publish?: null; ack?: null; refresh?: null; ping: zerorelay.v1.Ping.$Shape })
             * )} zerorelay.v1.ClientFrame.$Shape
             */

            /**
             * Constructs a new ClientFrame.
             * @memberof zerorelay.v1
             * @classdesc Represents a ClientFrame.
             * @constructor
             * @param {zerorelay.v1.ClientFrame.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ClientFrame = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ClientFrame id.
             * @member {number} id
             * @memberof zerorelay.v1.ClientFrame
             * @instance
             */
            ClientFrame.prototype.id = 0;

            /**
             * ClientFrame connect.
             * @member {zerorelay.v1.Connect.$Properties|null|undefined} connect
             * @memberof zerorelay.v1.ClientFrame
             * @instance
             */
            ClientFrame.prototype.connect = null;

            /**
             * ClientFrame subscribe.
             * @member {zerorelay.v1.Subscribe.$Properties|null|undefined} subscribe
             * @memberof zerorelay.v1.ClientFrame
             * @instance
             */
            ClientFrame.prototype.subscribe = null;

            /**
             * ClientFrame unsubscribe.
             * @member {zerorelay.v1.Unsubscribe.$Properties|null|undefined} unsubscribe
             * @memberof zerorelay.v1.ClientFrame
             * @instance
             */
            ClientFrame.prototype.unsubscribe = null;

            /**
             * ClientFrame publish.
             * @member {zerorelay.v1.Publish.$Properties|null|undefined} publish
             * @memberof zerorelay.v1.ClientFrame
             * @instance
             */
            ClientFrame.prototype.publish = null;

            /**
             * ClientFrame ack.
             * @member {zerorelay.v1.Ack.$Properties|null|undefined} ack
             * @memberof zerorelay.v1.ClientFrame
             * @instance
             */
            ClientFrame.prototype.ack = null;

            /**
             * ClientFrame refresh.
             * @member {zerorelay.v1.Refresh.$Properties|null|undefined} refresh
             * @memberof zerorelay.v1.ClientFrame
             * @instance
             */
            ClientFrame.prototype.refresh = null;

            /**
             * ClientFrame ping.
             * @member {zerorelay.v1.Ping.$Properties|null|undefined} ping
             * @memberof zerorelay.v1.ClientFrame
             * @instance
             */
            ClientFrame.prototype.ping = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * ClientFrame kind.
             * @member {"connect"|"subscribe"|"unsubscribe"|"publish"|"ack"|"refresh"|"ping"|undefined} kind
             * @memberof zerorelay.v1.ClientFrame
             * @instance
             */
            $Object.defineProperty(ClientFrame.prototype, "kind", {
                get: $util.oneOfGetter($oneOfFields = ["connect", "subscribe", "unsubscribe", "publish", "ack", "refresh", "ping"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new ClientFrame instance using the specified properties.
             * @function create
             * @memberof zerorelay.v1.ClientFrame
             * @static
             * @param {zerorelay.v1.ClientFrame.$Properties=} [properties] Properties to set
             * @returns {zerorelay.v1.ClientFrame} ClientFrame instance
             * @type {{
             *   (properties: zerorelay.v1.ClientFrame.$Shape): zerorelay.v1.ClientFrame & zerorelay.v1.ClientFrame.$Shape;
             *   (properties?: zerorelay.v1.ClientFrame.$Properties): zerorelay.v1.ClientFrame;
             * }}
             */
            ClientFrame.create = function(properties) {
                return new ClientFrame(properties);
            };

            /**
             * Encodes the specified ClientFrame message. Does not implicitly {@link zerorelay.v1.ClientFrame.verify|verify} messages.
             * @function encode
             * @memberof zerorelay.v1.ClientFrame
             * @static
             * @param {zerorelay.v1.ClientFrame.$Properties} message ClientFrame message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ClientFrame.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.id);
                if (message.connect != null && $Object.hasOwnProperty.call(message, "connect"))
                    $root.zerorelay.v1.Connect.encode(message.connect, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.subscribe != null && $Object.hasOwnProperty.call(message, "subscribe"))
                    $root.zerorelay.v1.Subscribe.encode(message.subscribe, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.unsubscribe != null && $Object.hasOwnProperty.call(message, "unsubscribe"))
                    $root.zerorelay.v1.Unsubscribe.encode(message.unsubscribe, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.publish != null && $Object.hasOwnProperty.call(message, "publish"))
                    $root.zerorelay.v1.Publish.encode(message.publish, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.ack != null && $Object.hasOwnProperty.call(message, "ack"))
                    $root.zerorelay.v1.Ack.encode(message.ack, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.refresh != null && $Object.hasOwnProperty.call(message, "refresh"))
                    $root.zerorelay.v1.Refresh.encode(message.refresh, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.ping != null && $Object.hasOwnProperty.call(message, "ping"))
                    $root.zerorelay.v1.Ping.encode(message.ping, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ClientFrame message, length delimited. Does not implicitly {@link zerorelay.v1.ClientFrame.verify|verify} messages.
             * @function encodeDelimited
             * @memberof zerorelay.v1.ClientFrame
             * @static
             * @param {zerorelay.v1.ClientFrame.$Properties} message ClientFrame message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ClientFrame.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ClientFrame message from the specified reader or buffer.
             * @function decode
             * @memberof zerorelay.v1.ClientFrame
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {zerorelay.v1.ClientFrame & zerorelay.v1.ClientFrame.$Shape} ClientFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ClientFrame.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.zerorelay.v1.ClientFrame();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.connect = $root.zerorelay.v1.Connect.decode(reader, reader.size(), $undefined, _depth + 1, message.connect);
                            message.kind = "connect";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.subscribe = $root.zerorelay.v1.Subscribe.decode(reader, reader.size(), $undefined, _depth + 1, message.subscribe);
                            message.kind = "subscribe";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.unsubscribe = $root.zerorelay.v1.Unsubscribe.decode(reader, reader.size(), $undefined, _depth + 1, message.unsubscribe);
                            message.kind = "unsubscribe";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.publish = $root.zerorelay.v1.Publish.decode(reader, reader.size(), $undefined, _depth + 1, message.publish);
                            message.kind = "publish";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.ack = $root.zerorelay.v1.Ack.decode(reader, reader.size(), $undefined, _depth + 1, message.ack);
                            message.kind = "ack";
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.refresh = $root.zerorelay.v1.Refresh.decode(reader, reader.size(), $undefined, _depth + 1, message.refresh);
                            message.kind = "refresh";
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            message.ping = $root.zerorelay.v1.Ping.decode(reader, reader.size(), $undefined, _depth + 1, message.ping);
                            message.kind = "ping";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a ClientFrame message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof zerorelay.v1.ClientFrame
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {zerorelay.v1.ClientFrame & zerorelay.v1.ClientFrame.$Shape} ClientFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ClientFrame.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ClientFrame message.
             * @function verify
             * @memberof zerorelay.v1.ClientFrame
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ClientFrame.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    if (!$util.isInteger(message.id))
                        return "id: integer expected";
                if (message.connect != null && $Object.hasOwnProperty.call(message, "connect")) {
                    properties.kind = 1;
                    {
                        let error = $root.zerorelay.v1.Connect.verify(message.connect, _depth + 1);
                        if (error)
                            return "connect." + error;
                    }
                }
                if (message.subscribe != null && $Object.hasOwnProperty.call(message, "subscribe")) {
                    if (properties.kind === 1)
                        return "kind: multiple values";
                    properties.kind = 1;
                    {
                        let error = $root.zerorelay.v1.Subscribe.verify(message.subscribe, _depth + 1);
                        if (error)
                            return "subscribe." + error;
                    }
                }
                if (message.unsubscribe != null && $Object.hasOwnProperty.call(message, "unsubscribe")) {
                    if (properties.kind === 1)
                        return "kind: multiple values";
                    properties.kind = 1;
                    {
                        let error = $root.zerorelay.v1.Unsubscribe.verify(message.unsubscribe, _depth + 1);
                        if (error)
                            return "unsubscribe." + error;
                    }
                }
                if (message.publish != null && $Object.hasOwnProperty.call(message, "publish")) {
                    if (properties.kind === 1)
                        return "kind: multiple values";
                    properties.kind = 1;
                    {
                        let error = $root.zerorelay.v1.Publish.verify(message.publish, _depth + 1);
                        if (error)
                            return "publish." + error;
                    }
                }
                if (message.ack != null && $Object.hasOwnProperty.call(message, "ack")) {
                    if (properties.kind === 1)
                        return "kind: multiple values";
                    properties.kind = 1;
                    {
                        let error = $root.zerorelay.v1.Ack.verify(message.ack, _depth + 1);
                        if (error)
                            return "ack." + error;
                    }
                }
                if (message.refresh != null && $Object.hasOwnProperty.call(message, "refresh")) {
                    if (properties.kind === 1)
                        return "kind: multiple values";
                    properties.kind = 1;
                    {
                        let error = $root.zerorelay.v1.Refresh.verify(message.refresh, _depth + 1);
                        if (error)
                            return "refresh." + error;
                    }
                }
                if (message.ping != null && $Object.hasOwnProperty.call(message, "ping")) {
                    if (properties.kind === 1)
                        return "kind: multiple values";
                    properties.kind = 1;
                    {
                        let error = $root.zerorelay.v1.Ping.verify(message.ping, _depth + 1);
                        if (error)
                            return "ping." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a ClientFrame message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof zerorelay.v1.ClientFrame
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {zerorelay.v1.ClientFrame} ClientFrame
             */
            ClientFrame.fromObject = function (object, _depth) {
                if (object instanceof $root.zerorelay.v1.ClientFrame)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".zerorelay.v1.ClientFrame: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.zerorelay.v1.ClientFrame();
                if (object.id != null)
                    if ($Number(object.id) !== 0)
                        message.id = object.id >>> 0;
                if (object.connect != null) {
                    if (!$util.isObject(object.connect))
                        throw $TypeError(".zerorelay.v1.ClientFrame.connect: object expected");
                    message.connect = $root.zerorelay.v1.Connect.fromObject(object.connect, _depth + 1);
                }
                if (object.subscribe != null) {
                    if (!$util.isObject(object.subscribe))
                        throw $TypeError(".zerorelay.v1.ClientFrame.subscribe: object expected");
                    message.subscribe = $root.zerorelay.v1.Subscribe.fromObject(object.subscribe, _depth + 1);
                }
                if (object.unsubscribe != null) {
                    if (!$util.isObject(object.unsubscribe))
                        throw $TypeError(".zerorelay.v1.ClientFrame.unsubscribe: object expected");
                    message.unsubscribe = $root.zerorelay.v1.Unsubscribe.fromObject(object.unsubscribe, _depth + 1);
                }
                if (object.publish != null) {
                    if (!$util.isObject(object.publish))
                        throw $TypeError(".zerorelay.v1.ClientFrame.publish: object expected");
                    message.publish = $root.zerorelay.v1.Publish.fromObject(object.publish, _depth + 1);
                }
                if (object.ack != null) {
                    if (!$util.isObject(object.ack))
                        throw $TypeError(".zerorelay.v1.ClientFrame.ack: object expected");
                    message.ack = $root.zerorelay.v1.Ack.fromObject(object.ack, _depth + 1);
                }
                if (object.refresh != null) {
                    if (!$util.isObject(object.refresh))
                        throw $TypeError(".zerorelay.v1.ClientFrame.refresh: object expected");
                    message.refresh = $root.zerorelay.v1.Refresh.fromObject(object.refresh, _depth + 1);
                }
                if (object.ping != null) {
                    if (!$util.isObject(object.ping))
                        throw $TypeError(".zerorelay.v1.ClientFrame.ping: object expected");
                    message.ping = $root.zerorelay.v1.Ping.fromObject(object.ping, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a ClientFrame message. Also converts values to other types if specified.
             * @function toObject
             * @memberof zerorelay.v1.ClientFrame
             * @static
             * @param {zerorelay.v1.ClientFrame} message ClientFrame
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ClientFrame.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.id = 0;
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.connect != null && $Object.hasOwnProperty.call(message, "connect")) {
                    object.connect = $root.zerorelay.v1.Connect.toObject(message.connect, options, _depth + 1);
                    if (options.oneofs)
                        object.kind = "connect";
                }
                if (message.subscribe != null && $Object.hasOwnProperty.call(message, "subscribe")) {
                    object.subscribe = $root.zerorelay.v1.Subscribe.toObject(message.subscribe, options, _depth + 1);
                    if (options.oneofs)
                        object.kind = "subscribe";
                }
                if (message.unsubscribe != null && $Object.hasOwnProperty.call(message, "unsubscribe")) {
                    object.unsubscribe = $root.zerorelay.v1.Unsubscribe.toObject(message.unsubscribe, options, _depth + 1);
                    if (options.oneofs)
                        object.kind = "unsubscribe";
                }
                if (message.publish != null && $Object.hasOwnProperty.call(message, "publish")) {
                    object.publish = $root.zerorelay.v1.Publish.toObject(message.publish, options, _depth + 1);
                    if (options.oneofs)
                        object.kind = "publish";
                }
                if (message.ack != null && $Object.hasOwnProperty.call(message, "ack")) {
                    object.ack = $root.zerorelay.v1.Ack.toObject(message.ack, options, _depth + 1);
                    if (options.oneofs)
                        object.kind = "ack";
                }
                if (message.refresh != null && $Object.hasOwnProperty.call(message, "refresh")) {
                    object.refresh = $root.zerorelay.v1.Refresh.toObject(message.refresh, options, _depth + 1);
                    if (options.oneofs)
                        object.kind = "refresh";
                }
                if (message.ping != null && $Object.hasOwnProperty.call(message, "ping")) {
                    object.ping = $root.zerorelay.v1.Ping.toObject(message.ping, options, _depth + 1);
                    if (options.oneofs)
                        object.kind = "ping";
                }
                return object;
            };

            /**
             * Converts this ClientFrame to JSON.
             * @function toJSON
             * @memberof zerorelay.v1.ClientFrame
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ClientFrame.prototype.toJSON = function() {
                return ClientFrame.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ClientFrame
             * @function getTypeUrl
             * @memberof zerorelay.v1.ClientFrame
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ClientFrame.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/zerorelay.v1.ClientFrame";
            };

            return ClientFrame;
        })();

        v1.ServerFrame = (function() {

            /**
             * Properties of a ServerFrame.
             * @typedef {Object} zerorelay.v1.ServerFrame.$Properties
             * @property {number|null} [id] ServerFrame id
             * @property {zerorelay.v1.Connected.$Properties|null} [connected] ServerFrame connected
             * @property {zerorelay.v1.SubscribeAck.$Properties|null} [subscribeAck] ServerFrame subscribeAck
             * @property {zerorelay.v1.UnsubscribeAck.$Properties|null} [unsubscribeAck] ServerFrame unsubscribeAck
             * @property {zerorelay.v1.Delivery.$Properties|null} [delivery] ServerFrame delivery
             * @property {zerorelay.v1.PublishAck.$Properties|null} [publishAck] ServerFrame publishAck
             * @property {zerorelay.v1.Error.$Properties|null} [error] ServerFrame error
             * @property {zerorelay.v1.Pong.$Properties|null} [pong] ServerFrame pong
             * @property {zerorelay.v1.Disconnect.$Properties|null} [disconnect] ServerFrame disconnect
             * @property {zerorelay.v1.Refreshed.$Properties|null} [refreshed] ServerFrame refreshed
             * @property {zerorelay.v1.Gap.$Properties|null} [gap] ServerFrame gap
             * @property {"connected"|"subscribeAck"|"unsubscribeAck"|"delivery"|"publishAck"|"error"|"pong"|"disconnect"|"refreshed"|"gap"} [kind] ServerFrame kind
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ServerFrame.
             * @memberof zerorelay.v1
             * @interface IServerFrame
             * @augments zerorelay.v1.ServerFrame.$Properties
             * @deprecated Use zerorelay.v1.ServerFrame.$Properties instead.
             */

            /**
             * Narrowed shape of a ServerFrame.
             * @typedef {{
             *   id?: number|null;
             *   connected?: zerorelay.v1.Connected.$Shape|null;
             *   subscribeAck?: zerorelay.v1.SubscribeAck.$Shape|null;
             *   unsubscribeAck?: zerorelay.v1.UnsubscribeAck.$Shape|null;
             *   delivery?: zerorelay.v1.Delivery.$Shape|null;
             *   publishAck?: zerorelay.v1.PublishAck.$Shape|null;
             *   error?: zerorelay.v1.Error.$Shape|null;
             *   pong?: zerorelay.v1.Pong.$Shape|null;
             *   disconnect?: zerorelay.v1.Disconnect.$Shape|null;
             *   refreshed?: zerorelay.v1.Refreshed.$Shape|null;
             *   gap?: zerorelay.v1.Gap.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ kind?: undefined; connected?: null; subscribeAck?: null; unsubscribeAck?: null; delivery?: null; publishAck?: null; error?: null; pong?: null; disconnect?: null; refreshed?: null; gap?: null }|{ kind?: "connected"; connected: zerorelay.v1.Connected.$Shape; subscribeAck?: null; unsubscribeAck?: null; delivery?: null; publishAck?: null; error?: null; pong?: null; disconnect?: null; refreshed?: null; gap?: null }|{ kind?: "subscribeAck"; connected?: null; subscribeAck: zerorelay.v1.SubscribeAck.$Shape; unsubscribeAck?: null; delivery?: null; publishAck?: null; error?: null; pong?: null; disconnect?: null; refreshed?: null; gap?: null }|{ kind?: "unsubscribeAck"; connected?: null; subscribeAck?: null; unsubscribeAck: zerorelay.v1.UnsubscribeAck.$Shape; delivery?: null; publishAck?: null; error?: null; pong?: null; disconnect?: null; refreshed?: null; gap?: null }|{ kind?: "delivery"; connected?: null; subscribeAck?: null; unsubscribeAck?: null; delivery: zerorelay.v1.Delivery.$Shape; publishAck?: null; error?: null; pong?: null; disconnect?: null; refreshed?: null; gap?: null }|{ kind?: "publishAck"; connected?: null; subscribeAck?: null; unsubscribeAck?: null; delivery?: null; publishAck: zerorelay.v1.PublishAck.$Shape; error?: null; pong?: null; disconnect?: null; refreshed?: null; gap?: null }|{ kind?: "error"; connected?: null; subscribeAck?: null; unsubscribeAck?: null; delivery?: null; publishAck?: null; error: zerorelay.v1.Error.$Shape; pong?: null; disconnect?: null; refreshed?: null; gap?: null }|{ kind?: "pong"; connected?: null; subscribeAck?: null; unsubscribeAck?: null; delivery?: null; publishAck?: null; error?: null; pong: zerorelay.v1.Pong.$Shape; disconnect?: null; refreshed?: null; gap?: null }|{ kind?: "disconnect"; connected?: null; subscribeAck?: null; unsubscribeAck?: null; delivery?: null; publishAck?: null; error?: null; pong?: null; disconnect: zerorelay.v1.Disconnect.$Shape; refreshed?: null; gap?: null }|{ kind?: "refreshed"; connected?: null; subscribeAck?: null; unsubscribeAck?: null; delivery?: null; publishAck?: null; error?: null; pong?: null; disconnect?: null; refreshed: zerorelay.v1.Refreshed.$Shape; gap?: null }|{ kind?: "gap"; connected?: null; subscribeAck?: null; unsubscribeAck?: null; delivery?: null; publishAck?: null; error?: null; pong?: null; disconnect?: null; refreshed?: null; gap: zerorelay.v1.Gap.$Shape })
             * )} zerorelay.v1.ServerFrame.$Shape
             */

            /**
             * Constructs a new ServerFrame.
             * @memberof zerorelay.v1
             * @classdesc Represents a ServerFrame.
             * @constructor
             * @param {zerorelay.v1.ServerFrame.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ServerFrame = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ServerFrame id.
             * @member {number} id
             * @memberof zerorelay.v1.ServerFrame
             * @instance
             */
            ServerFrame.prototype.id = 0;

            /**
             * ServerFrame connected.
             * @member {zerorelay.v1.Connected.$Properties|null|undefined} connected
             * @memberof zerorelay.v1.ServerFrame
             * @instance
             */
            ServerFrame.prototype.connected = null;

            /**
             * ServerFrame subscribeAck.
             * @member {zerorelay.v1.SubscribeAck.$Properties|null|undefined} subscribeAck
             * @memberof zerorelay.v1.ServerFrame
             * @instance
             */
            ServerFrame.prototype.subscribeAck = null;

            /**
             * ServerFrame unsubscribeAck.
             * @member {zerorelay.v1.UnsubscribeAck.$Properties|null|undefined} unsubscribeAck
             * @memberof zerorelay.v1.ServerFrame
             * @instance
             */
            ServerFrame.prototype.unsubscribeAck = null;

            /**
             * ServerFrame delivery.
             * @member {zerorelay.v1.Delivery.$Properties|null|undefined} delivery
             * @memberof zerorelay.v1.ServerFrame
             * @instance
             */
            ServerFrame.prototype.delivery = null;

            /**
             * ServerFrame publishAck.
             * @member {zerorelay.v1.PublishAck.$Properties|null|undefined} publishAck
             * @memberof zerorelay.v1.ServerFrame
             * @instance
             */
            ServerFrame.prototype.publishAck = null;

            /**
             * ServerFrame error.
             * @member {zerorelay.v1.Error.$Properties|null|undefined} error
             * @memberof zerorelay.v1.ServerFrame
             * @instance
             */
            ServerFrame.prototype.error = null;

            /**
             * ServerFrame pong.
             * @member {zerorelay.v1.Pong.$Properties|null|undefined} pong
             * @memberof zerorelay.v1.ServerFrame
             * @instance
             */
            ServerFrame.prototype.pong = null;

            /**
             * ServerFrame disconnect.
             * @member {zerorelay.v1.Disconnect.$Properties|null|undefined} disconnect
             * @memberof zerorelay.v1.ServerFrame
             * @instance
             */
            ServerFrame.prototype.disconnect = null;

            /**
             * ServerFrame refreshed.
             * @member {zerorelay.v1.Refreshed.$Properties|null|undefined} refreshed
             * @memberof zerorelay.v1.ServerFrame
             * @instance
             */
            ServerFrame.prototype.refreshed = null;

            /**
             * ServerFrame gap.
             * @member {zerorelay.v1.Gap.$Properties|null|undefined} gap
             * @memberof zerorelay.v1.ServerFrame
             * @instance
             */
            ServerFrame.prototype.gap = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * ServerFrame kind.
             * @member {"connected"|"subscribeAck"|"unsubscribeAck"|"delivery"|"publishAck"|"error"|"pong"|"disconnect"|"refreshed"|"gap"|undefined} kind
             * @memberof zerorelay.v1.ServerFrame
             * @instance
             */
            $Object.defineProperty(ServerFrame.prototype, "kind", {
                get: $util.oneOfGetter($oneOfFields = ["connected", "subscribeAck", "unsubscribeAck", "delivery", "publishAck", "error", "pong", "disconnect", "refreshed", "gap"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new ServerFrame instance using the specified properties.
             * @function create
             * @memberof zerorelay.v1.ServerFrame
             * @static
             * @param {zerorelay.v1.ServerFrame.$Properties=} [properties] Properties to set
             * @returns {zerorelay.v1.ServerFrame} ServerFrame instance
             * @type {{
             *   (properties: zerorelay.v1.ServerFrame.$Shape): zerorelay.v1.ServerFrame & zerorelay.v1.ServerFrame.$Shape;
             *   (properties?: zerorelay.v1.ServerFrame.$Properties): zerorelay.v1.ServerFrame;
             * }}
             */
            ServerFrame.create = function(properties) {
                return new ServerFrame(properties);
            };

            /**
             * Encodes the specified ServerFrame message. Does not implicitly {@link zerorelay.v1.ServerFrame.verify|verify} messages.
             * @function encode
             * @memberof zerorelay.v1.ServerFrame
             * @static
             * @param {zerorelay.v1.ServerFrame.$Properties} message ServerFrame message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ServerFrame.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.id);
                if (message.connected != null && $Object.hasOwnProperty.call(message, "connected"))
                    $root.zerorelay.v1.Connected.encode(message.connected, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.subscribeAck != null && $Object.hasOwnProperty.call(message, "subscribeAck"))
                    $root.zerorelay.v1.SubscribeAck.encode(message.subscribeAck, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.unsubscribeAck != null && $Object.hasOwnProperty.call(message, "unsubscribeAck"))
                    $root.zerorelay.v1.UnsubscribeAck.encode(message.unsubscribeAck, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.delivery != null && $Object.hasOwnProperty.call(message, "delivery"))
                    $root.zerorelay.v1.Delivery.encode(message.delivery, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.publishAck != null && $Object.hasOwnProperty.call(message, "publishAck"))
                    $root.zerorelay.v1.PublishAck.encode(message.publishAck, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.zerorelay.v1.Error.encode(message.error, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.pong != null && $Object.hasOwnProperty.call(message, "pong"))
                    $root.zerorelay.v1.Pong.encode(message.pong, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                if (message.disconnect != null && $Object.hasOwnProperty.call(message, "disconnect"))
                    $root.zerorelay.v1.Disconnect.encode(message.disconnect, writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
                if (message.refreshed != null && $Object.hasOwnProperty.call(message, "refreshed"))
                    $root.zerorelay.v1.Refreshed.encode(message.refreshed, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.gap != null && $Object.hasOwnProperty.call(message, "gap"))
                    $root.zerorelay.v1.Gap.encode(message.gap, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ServerFrame message, length delimited. Does not implicitly {@link zerorelay.v1.ServerFrame.verify|verify} messages.
             * @function encodeDelimited
             * @memberof zerorelay.v1.ServerFrame
             * @static
             * @param {zerorelay.v1.ServerFrame.$Properties} message ServerFrame message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ServerFrame.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ServerFrame message from the specified reader or buffer.
             * @function decode
             * @memberof zerorelay.v1.ServerFrame
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {zerorelay.v1.ServerFrame & zerorelay.v1.ServerFrame.$Shape} ServerFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ServerFrame.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.zerorelay.v1.ServerFrame();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.connected = $root.zerorelay.v1.Connected.decode(reader, reader.size(), $undefined, _depth + 1, message.connected);
                            message.kind = "connected";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.subscribeAck = $root.zerorelay.v1.SubscribeAck.decode(reader, reader.size(), $undefined, _depth + 1, message.subscribeAck);
                            message.kind = "subscribeAck";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.unsubscribeAck = $root.zerorelay.v1.UnsubscribeAck.decode(reader, reader.size(), $undefined, _depth + 1, message.unsubscribeAck);
                            message.kind = "unsubscribeAck";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.delivery = $root.zerorelay.v1.Delivery.decode(reader, reader.size(), $undefined, _depth + 1, message.delivery);
                            message.kind = "delivery";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.publishAck = $root.zerorelay.v1.PublishAck.decode(reader, reader.size(), $undefined, _depth + 1, message.publishAck);
                            message.kind = "publishAck";
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.error = $root.zerorelay.v1.Error.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            message.kind = "error";
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            message.pong = $root.zerorelay.v1.Pong.decode(reader, reader.size(), $undefined, _depth + 1, message.pong);
                            message.kind = "pong";
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            message.disconnect = $root.zerorelay.v1.Disconnect.decode(reader, reader.size(), $undefined, _depth + 1, message.disconnect);
                            message.kind = "disconnect";
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.refreshed = $root.zerorelay.v1.Refreshed.decode(reader, reader.size(), $undefined, _depth + 1, message.refreshed);
                            message.kind = "refreshed";
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.gap = $root.zerorelay.v1.Gap.decode(reader, reader.size(), $undefined, _depth + 1, message.gap);
                            message.kind = "gap";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a ServerFrame message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof zerorelay.v1.ServerFrame
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {zerorelay.v1.ServerFrame & zerorelay.v1.ServerFrame.$Shape} ServerFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ServerFrame.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ServerFrame message.
             * @function verify
             * @memberof zerorelay.v1.ServerFrame
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ServerFrame.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    if (!$util.isInteger(message.id))
                        return "id: integer expected";
                if (message.connected != null && $Object.hasOwnProperty.call(message, "connected")) {
                    properties.kind = 1;
                    {
                        let error = $root.zerorelay.v1.Connected.verify(message.connected, _depth + 1);
                        if (error)
                            return "connected." + error;
                    }
                }
                if (message.subscribeAck != null && $Object.hasOwnProperty.call(message, "subscribeAck")) {
                    if (properties.kind === 1)
                        return "kind: multiple values";
                    properties.kind = 1;
                    {
                        let error = $root.zerorelay.v1.SubscribeAck.verify(message.subscribeAck, _depth + 1);
                        if (error)
                            return "subscribeAck." + error;
                    }
                }
                if (message.unsubscribeAck != null && $Object.hasOwnProperty.call(message, "unsubscribeAck")) {
                    if (properties.kind === 1)
                        return "kind: multiple values";
                    properties.kind = 1;
                    {
                        let error = $root.zerorelay.v1.UnsubscribeAck.verify(message.unsubscribeAck, _depth + 1);
                        if (error)
                            return "unsubscribeAck." + error;
                    }
                }
                if (message.delivery != null && $Object.hasOwnProperty.call(message, "delivery")) {
                    if (properties.kind === 1)
                        return "kind: multiple values";
                    properties.kind = 1;
                    {
                        let error = $root.zerorelay.v1.Delivery.verify(message.delivery, _depth + 1);
                        if (error)
                            return "delivery." + error;
                    }
                }
                if (message.publishAck != null && $Object.hasOwnProperty.call(message, "publishAck")) {
                    if (properties.kind === 1)
                        return "kind: multiple values";
                    properties.kind = 1;
                    {
                        let error = $root.zerorelay.v1.PublishAck.verify(message.publishAck, _depth + 1);
                        if (error)
                            return "publishAck." + error;
                    }
                }
                if (message.error != null && $Object.hasOwnProperty.call(message, "error")) {
                    if (properties.kind === 1)
                        return "kind: multiple values";
                    properties.kind = 1;
                    {
                        let error = $root.zerorelay.v1.Error.verify(message.error, _depth + 1);
                        if (error)
                            return "error." + error;
                    }
                }
                if (message.pong != null && $Object.hasOwnProperty.call(message, "pong")) {
                    if (properties.kind === 1)
                        return "kind: multiple values";
                    properties.kind = 1;
                    {
                        let error = $root.zerorelay.v1.Pong.verify(message.pong, _depth + 1);
                        if (error)
                            return "pong." + error;
                    }
                }
                if (message.disconnect != null && $Object.hasOwnProperty.call(message, "disconnect")) {
                    if (properties.kind === 1)
                        return "kind: multiple values";
                    properties.kind = 1;
                    {
                        let error = $root.zerorelay.v1.Disconnect.verify(message.disconnect, _depth + 1);
                        if (error)
                            return "disconnect." + error;
                    }
                }
                if (message.refreshed != null && $Object.hasOwnProperty.call(message, "refreshed")) {
                    if (properties.kind === 1)
                        return "kind: multiple values";
                    properties.kind = 1;
                    {
                        let error = $root.zerorelay.v1.Refreshed.verify(message.refreshed, _depth + 1);
                        if (error)
                            return "refreshed." + error;
                    }
                }
                if (message.gap != null && $Object.hasOwnProperty.call(message, "gap")) {
                    if (properties.kind === 1)
                        return "kind: multiple values";
                    properties.kind = 1;
                    {
                        let error = $root.zerorelay.v1.Gap.verify(message.gap, _depth + 1);
                        if (error)
                            return "gap." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a ServerFrame message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof zerorelay.v1.ServerFrame
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {zerorelay.v1.ServerFrame} ServerFrame
             */
            ServerFrame.fromObject = function (object, _depth) {
                if (object instanceof $root.zerorelay.v1.ServerFrame)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".zerorelay.v1.ServerFrame: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.zerorelay.v1.ServerFrame();
                if (object.id != null)
                    if ($Number(object.id) !== 0)
                        message.id = object.id >>> 0;
                if (object.connected != null) {
                    if (!$util.isObject(object.connected))
                        throw $TypeError(".zerorelay.v1.ServerFrame.connected: object expected");
                    message.connected = $root.zerorelay.v1.Connected.fromObject(object.connected, _depth + 1);
                }
                if (object.subscribeAck != null) {
                    if (!$util.isObject(object.subscribeAck))
                        throw $TypeError(".zerorelay.v1.ServerFrame.subscribeAck: object expected");
                    message.subscribeAck = $root.zerorelay.v1.SubscribeAck.fromObject(object.subscribeAck, _depth + 1);
                }
                if (object.unsubscribeAck != null) {
                    if (!$util.isObject(object.unsubscribeAck))
                        throw $TypeError(".zerorelay.v1.ServerFrame.unsubscribeAck: object expected");
                    message.unsubscribeAck = $root.zerorelay.v1.UnsubscribeAck.fromObject(object.unsubscribeAck, _depth + 1);
                }
                if (object.delivery != null) {
                    if (!$util.isObject(object.delivery))
                        throw $TypeError(".zerorelay.v1.ServerFrame.delivery: object expected");
                    message.delivery = $root.zerorelay.v1.Delivery.fromObject(object.delivery, _depth + 1);
                }
                if (object.publishAck != null) {
                    if (!$util.isObject(object.publishAck))
                        throw $TypeError(".zerorelay.v1.ServerFrame.publishAck: object expected");
                    message.publishAck = $root.zerorelay.v1.PublishAck.fromObject(object.publishAck, _depth + 1);
                }
                if (object.error != null) {
                    if (!$util.isObject(object.error))
                        throw $TypeError(".zerorelay.v1.ServerFrame.error: object expected");
                    message.error = $root.zerorelay.v1.Error.fromObject(object.error, _depth + 1);
                }
                if (object.pong != null) {
                    if (!$util.isObject(object.pong))
                        throw $TypeError(".zerorelay.v1.ServerFrame.pong: object expected");
                    message.pong = $root.zerorelay.v1.Pong.fromObject(object.pong, _depth + 1);
                }
                if (object.disconnect != null) {
                    if (!$util.isObject(object.disconnect))
                        throw $TypeError(".zerorelay.v1.ServerFrame.disconnect: object expected");
                    message.disconnect = $root.zerorelay.v1.Disconnect.fromObject(object.disconnect, _depth + 1);
                }
                if (object.refreshed != null) {
                    if (!$util.isObject(object.refreshed))
                        throw $TypeError(".zerorelay.v1.ServerFrame.refreshed: object expected");
                    message.refreshed = $root.zerorelay.v1.Refreshed.fromObject(object.refreshed, _depth + 1);
                }
                if (object.gap != null) {
                    if (!$util.isObject(object.gap))
                        throw $TypeError(".zerorelay.v1.ServerFrame.gap: object expected");
                    message.gap = $root.zerorelay.v1.Gap.fromObject(object.gap, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a ServerFrame message. Also converts values to other types if specified.
             * @function toObject
             * @memberof zerorelay.v1.ServerFrame
             * @static
             * @param {zerorelay.v1.ServerFrame} message ServerFrame
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ServerFrame.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.id = 0;
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.connected != null && $Object.hasOwnProperty.call(message, "connected")) {
                    object.connected = $root.zerorelay.v1.Connected.toObject(message.connected, options, _depth + 1);
                    if (options.oneofs)
                        object.kind = "connected";
                }
                if (message.subscribeAck != null && $Object.hasOwnProperty.call(message, "subscribeAck")) {
                    object.subscribeAck = $root.zerorelay.v1.SubscribeAck.toObject(message.subscribeAck, options, _depth + 1);
                    if (options.oneofs)
                        object.kind = "subscribeAck";
                }
                if (message.unsubscribeAck != null && $Object.hasOwnProperty.call(message, "unsubscribeAck")) {
                    object.unsubscribeAck = $root.zerorelay.v1.UnsubscribeAck.toObject(message.unsubscribeAck, options, _depth + 1);
                    if (options.oneofs)
                        object.kind = "unsubscribeAck";
                }
                if (message.delivery != null && $Object.hasOwnProperty.call(message, "delivery")) {
                    object.delivery = $root.zerorelay.v1.Delivery.toObject(message.delivery, options, _depth + 1);
                    if (options.oneofs)
                        object.kind = "delivery";
                }
                if (message.publishAck != null && $Object.hasOwnProperty.call(message, "publishAck")) {
                    object.publishAck = $root.zerorelay.v1.PublishAck.toObject(message.publishAck, options, _depth + 1);
                    if (options.oneofs)
                        object.kind = "publishAck";
                }
                if (message.error != null && $Object.hasOwnProperty.call(message, "error")) {
                    object.error = $root.zerorelay.v1.Error.toObject(message.error, options, _depth + 1);
                    if (options.oneofs)
                        object.kind = "error";
                }
                if (message.pong != null && $Object.hasOwnProperty.call(message, "pong")) {
                    object.pong = $root.zerorelay.v1.Pong.toObject(message.pong, options, _depth + 1);
                    if (options.oneofs)
                        object.kind = "pong";
                }
                if (message.disconnect != null && $Object.hasOwnProperty.call(message, "disconnect")) {
                    object.disconnect = $root.zerorelay.v1.Disconnect.toObject(message.disconnect, options, _depth + 1);
                    if (options.oneofs)
                        object.kind = "disconnect";
                }
                if (message.refreshed != null && $Object.hasOwnProperty.call(message, "refreshed")) {
                    object.refreshed = $root.zerorelay.v1.Refreshed.toObject(message.refreshed, options, _depth + 1);
                    if (options.oneofs)
                        object.kind = "refreshed";
                }
                if (message.gap != null && $Object.hasOwnProperty.call(message, "gap")) {
                    object.gap = $root.zerorelay.v1.Gap.toObject(message.gap, options, _depth + 1);
                    if (options.oneofs)
                        object.kind = "gap";
                }
                return object;
            };

            /**
             * Converts this ServerFrame to JSON.
             * @function toJSON
             * @memberof zerorelay.v1.ServerFrame
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ServerFrame.prototype.toJSON = function() {
                return ServerFrame.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ServerFrame
             * @function getTypeUrl
             * @memberof zerorelay.v1.ServerFrame
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ServerFrame.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/zerorelay.v1.ServerFrame";
            };

            return ServerFrame;
        })();

        v1.Connect = (function() {

            /**
             * Properties of a Connect.
             * @typedef {Object} zerorelay.v1.Connect.$Properties
             * @property {string|null} [token] Connect token
             * @property {string|null} [clientName] Connect clientName
             * @property {string|null} [clientVersion] Connect clientVersion
             * @property {zerorelay.v1.ResumeInfo.$Properties|null} [resume] Connect resume
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Connect.
             * @memberof zerorelay.v1
             * @interface IConnect
             * @augments zerorelay.v1.Connect.$Properties
             * @deprecated Use zerorelay.v1.Connect.$Properties instead.
             */

            /**
             * Shape of a Connect.
             * @typedef {zerorelay.v1.Connect.$Properties} zerorelay.v1.Connect.$Shape
             */

            /**
             * Constructs a new Connect.
             * @memberof zerorelay.v1
             * @classdesc Represents a Connect.
             * @constructor
             * @param {zerorelay.v1.Connect.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Connect = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Connect token.
             * @member {string} token
             * @memberof zerorelay.v1.Connect
             * @instance
             */
            Connect.prototype.token = "";

            /**
             * Connect clientName.
             * @member {string} clientName
             * @memberof zerorelay.v1.Connect
             * @instance
             */
            Connect.prototype.clientName = "";

            /**
             * Connect clientVersion.
             * @member {string} clientVersion
             * @memberof zerorelay.v1.Connect
             * @instance
             */
            Connect.prototype.clientVersion = "";

            /**
             * Connect resume.
             * @member {zerorelay.v1.ResumeInfo.$Properties|null|undefined} resume
             * @memberof zerorelay.v1.Connect
             * @instance
             */
            Connect.prototype.resume = null;

            /**
             * Creates a new Connect instance using the specified properties.
             * @function create
             * @memberof zerorelay.v1.Connect
             * @static
             * @param {zerorelay.v1.Connect.$Properties=} [properties] Properties to set
             * @returns {zerorelay.v1.Connect} Connect instance
             * @type {{
             *   (properties: zerorelay.v1.Connect.$Shape): zerorelay.v1.Connect & zerorelay.v1.Connect.$Shape;
             *   (properties?: zerorelay.v1.Connect.$Properties): zerorelay.v1.Connect;
             * }}
             */
            Connect.create = function(properties) {
                return new Connect(properties);
            };

            /**
             * Encodes the specified Connect message. Does not implicitly {@link zerorelay.v1.Connect.verify|verify} messages.
             * @function encode
             * @memberof zerorelay.v1.Connect
             * @static
             * @param {zerorelay.v1.Connect.$Properties} message Connect message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Connect.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.token != null && $Object.hasOwnProperty.call(message, "token") && message.token !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.token);
                if (message.clientName != null && $Object.hasOwnProperty.call(message, "clientName") && message.clientName !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.clientName);
                if (message.clientVersion != null && $Object.hasOwnProperty.call(message, "clientVersion") && message.clientVersion !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.clientVersion);
                if (message.resume != null && $Object.hasOwnProperty.call(message, "resume"))
                    $root.zerorelay.v1.ResumeInfo.encode(message.resume, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Connect message, length delimited. Does not implicitly {@link zerorelay.v1.Connect.verify|verify} messages.
             * @function encodeDelimited
             * @memberof zerorelay.v1.Connect
             * @static
             * @param {zerorelay.v1.Connect.$Properties} message Connect message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Connect.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Connect message from the specified reader or buffer.
             * @function decode
             * @memberof zerorelay.v1.Connect
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {zerorelay.v1.Connect & zerorelay.v1.Connect.$Shape} Connect
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Connect.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.zerorelay.v1.Connect();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.token = value;
                            else
                                delete message.token;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.clientName = value;
                            else
                                delete message.clientName;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.clientVersion = value;
                            else
                                delete message.clientVersion;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.resume = $root.zerorelay.v1.ResumeInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.resume);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Connect message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof zerorelay.v1.Connect
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {zerorelay.v1.Connect & zerorelay.v1.Connect.$Shape} Connect
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Connect.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Connect message.
             * @function verify
             * @memberof zerorelay.v1.Connect
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Connect.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.token != null && $Object.hasOwnProperty.call(message, "token"))
                    if (!$util.isString(message.token))
                        return "token: string expected";
                if (message.clientName != null && $Object.hasOwnProperty.call(message, "clientName"))
                    if (!$util.isString(message.clientName))
                        return "clientName: string expected";
                if (message.clientVersion != null && $Object.hasOwnProperty.call(message, "clientVersion"))
                    if (!$util.isString(message.clientVersion))
                        return "clientVersion: string expected";
                if (message.resume != null && $Object.hasOwnProperty.call(message, "resume")) {
                    let error = $root.zerorelay.v1.ResumeInfo.verify(message.resume, _depth + 1);
                    if (error)
                        return "resume." + error;
                }
                return null;
            };

            /**
             * Creates a Connect message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof zerorelay.v1.Connect
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {zerorelay.v1.Connect} Connect
             */
            Connect.fromObject = function (object, _depth) {
                if (object instanceof $root.zerorelay.v1.Connect)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".zerorelay.v1.Connect: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.zerorelay.v1.Connect();
                if (object.token != null)
                    if (typeof object.token !== "string" || object.token.length)
                        message.token = $String(object.token);
                if (object.clientName != null)
                    if (typeof object.clientName !== "string" || object.clientName.length)
                        message.clientName = $String(object.clientName);
                if (object.clientVersion != null)
                    if (typeof object.clientVersion !== "string" || object.clientVersion.length)
                        message.clientVersion = $String(object.clientVersion);
                if (object.resume != null) {
                    if (!$util.isObject(object.resume))
                        throw $TypeError(".zerorelay.v1.Connect.resume: object expected");
                    message.resume = $root.zerorelay.v1.ResumeInfo.fromObject(object.resume, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a Connect message. Also converts values to other types if specified.
             * @function toObject
             * @memberof zerorelay.v1.Connect
             * @static
             * @param {zerorelay.v1.Connect} message Connect
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Connect.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.token = "";
                    object.clientName = "";
                    object.clientVersion = "";
                    object.resume = null;
                }
                if (message.token != null && $Object.hasOwnProperty.call(message, "token"))
                    object.token = message.token;
                if (message.clientName != null && $Object.hasOwnProperty.call(message, "clientName"))
                    object.clientName = message.clientName;
                if (message.clientVersion != null && $Object.hasOwnProperty.call(message, "clientVersion"))
                    object.clientVersion = message.clientVersion;
                if (message.resume != null && $Object.hasOwnProperty.call(message, "resume"))
                    object.resume = $root.zerorelay.v1.ResumeInfo.toObject(message.resume, options, _depth + 1);
                return object;
            };

            /**
             * Converts this Connect to JSON.
             * @function toJSON
             * @memberof zerorelay.v1.Connect
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Connect.prototype.toJSON = function() {
                return Connect.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Connect
             * @function getTypeUrl
             * @memberof zerorelay.v1.Connect
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Connect.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/zerorelay.v1.Connect";
            };

            return Connect;
        })();

        v1.ResumeInfo = (function() {

            /**
             * Properties of a ResumeInfo.
             * @typedef {Object} zerorelay.v1.ResumeInfo.$Properties
             * @property {string|null} [previousSessionId] ResumeInfo previousSessionId
             * @property {number|null} [attempt] ResumeInfo attempt
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ResumeInfo.
             * @memberof zerorelay.v1
             * @interface IResumeInfo
             * @augments zerorelay.v1.ResumeInfo.$Properties
             * @deprecated Use zerorelay.v1.ResumeInfo.$Properties instead.
             */

            /**
             * Shape of a ResumeInfo.
             * @typedef {zerorelay.v1.ResumeInfo.$Properties} zerorelay.v1.ResumeInfo.$Shape
             */

            /**
             * Constructs a new ResumeInfo.
             * @memberof zerorelay.v1
             * @classdesc Represents a ResumeInfo.
             * @constructor
             * @param {zerorelay.v1.ResumeInfo.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ResumeInfo = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ResumeInfo previousSessionId.
             * @member {string} previousSessionId
             * @memberof zerorelay.v1.ResumeInfo
             * @instance
             */
            ResumeInfo.prototype.previousSessionId = "";

            /**
             * ResumeInfo attempt.
             * @member {number} attempt
             * @memberof zerorelay.v1.ResumeInfo
             * @instance
             */
            ResumeInfo.prototype.attempt = 0;

            /**
             * Creates a new ResumeInfo instance using the specified properties.
             * @function create
             * @memberof zerorelay.v1.ResumeInfo
             * @static
             * @param {zerorelay.v1.ResumeInfo.$Properties=} [properties] Properties to set
             * @returns {zerorelay.v1.ResumeInfo} ResumeInfo instance
             * @type {{
             *   (properties: zerorelay.v1.ResumeInfo.$Shape): zerorelay.v1.ResumeInfo & zerorelay.v1.ResumeInfo.$Shape;
             *   (properties?: zerorelay.v1.ResumeInfo.$Properties): zerorelay.v1.ResumeInfo;
             * }}
             */
            ResumeInfo.create = function(properties) {
                return new ResumeInfo(properties);
            };

            /**
             * Encodes the specified ResumeInfo message. Does not implicitly {@link zerorelay.v1.ResumeInfo.verify|verify} messages.
             * @function encode
             * @memberof zerorelay.v1.ResumeInfo
             * @static
             * @param {zerorelay.v1.ResumeInfo.$Properties} message ResumeInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ResumeInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.previousSessionId != null && $Object.hasOwnProperty.call(message, "previousSessionId") && message.previousSessionId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.previousSessionId);
                if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt") && message.attempt !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.attempt);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ResumeInfo message, length delimited. Does not implicitly {@link zerorelay.v1.ResumeInfo.verify|verify} messages.
             * @function encodeDelimited
             * @memberof zerorelay.v1.ResumeInfo
             * @static
             * @param {zerorelay.v1.ResumeInfo.$Properties} message ResumeInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ResumeInfo.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ResumeInfo message from the specified reader or buffer.
             * @function decode
             * @memberof zerorelay.v1.ResumeInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {zerorelay.v1.ResumeInfo & zerorelay.v1.ResumeInfo.$Shape} ResumeInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ResumeInfo.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.zerorelay.v1.ResumeInfo();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.previousSessionId = value;
                            else
                                delete message.previousSessionId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.attempt = value;
                            else
                                delete message.attempt;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a ResumeInfo message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof zerorelay.v1.ResumeInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {zerorelay.v1.ResumeInfo & zerorelay.v1.ResumeInfo.$Shape} ResumeInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ResumeInfo.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ResumeInfo message.
             * @function verify
             * @memberof zerorelay.v1.ResumeInfo
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ResumeInfo.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.previousSessionId != null && $Object.hasOwnProperty.call(message, "previousSessionId"))
                    if (!$util.isString(message.previousSessionId))
                        return "previousSessionId: string expected";
                if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt"))
                    if (!$util.isInteger(message.attempt))
                        return "attempt: integer expected";
                return null;
            };

            /**
             * Creates a ResumeInfo message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof zerorelay.v1.ResumeInfo
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {zerorelay.v1.ResumeInfo} ResumeInfo
             */
            ResumeInfo.fromObject = function (object, _depth) {
                if (object instanceof $root.zerorelay.v1.ResumeInfo)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".zerorelay.v1.ResumeInfo: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.zerorelay.v1.ResumeInfo();
                if (object.previousSessionId != null)
                    if (typeof object.previousSessionId !== "string" || object.previousSessionId.length)
                        message.previousSessionId = $String(object.previousSessionId);
                if (object.attempt != null)
                    if ($Number(object.attempt) !== 0)
                        message.attempt = object.attempt >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a ResumeInfo message. Also converts values to other types if specified.
             * @function toObject
             * @memberof zerorelay.v1.ResumeInfo
             * @static
             * @param {zerorelay.v1.ResumeInfo} message ResumeInfo
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ResumeInfo.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.previousSessionId = "";
                    object.attempt = 0;
                }
                if (message.previousSessionId != null && $Object.hasOwnProperty.call(message, "previousSessionId"))
                    object.previousSessionId = message.previousSessionId;
                if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt"))
                    object.attempt = message.attempt;
                return object;
            };

            /**
             * Converts this ResumeInfo to JSON.
             * @function toJSON
             * @memberof zerorelay.v1.ResumeInfo
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ResumeInfo.prototype.toJSON = function() {
                return ResumeInfo.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ResumeInfo
             * @function getTypeUrl
             * @memberof zerorelay.v1.ResumeInfo
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ResumeInfo.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/zerorelay.v1.ResumeInfo";
            };

            return ResumeInfo;
        })();

        v1.Subscribe = (function() {

            /**
             * Properties of a Subscribe.
             * @typedef {Object} zerorelay.v1.Subscribe.$Properties
             * @property {string|null} [topic] Subscribe topic
             * @property {zerorelay.v1.DeliveryMode|null} [mode] Subscribe mode
             * @property {zerorelay.v1.StreamPosition.$Properties|null} [resumeAfter] Subscribe resumeAfter
             * @property {number|null} [maxInFlight] Subscribe maxInFlight
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Subscribe.
             * @memberof zerorelay.v1
             * @interface ISubscribe
             * @augments zerorelay.v1.Subscribe.$Properties
             * @deprecated Use zerorelay.v1.Subscribe.$Properties instead.
             */

            /**
             * Shape of a Subscribe.
             * @typedef {zerorelay.v1.Subscribe.$Properties} zerorelay.v1.Subscribe.$Shape
             */

            /**
             * Constructs a new Subscribe.
             * @memberof zerorelay.v1
             * @classdesc Represents a Subscribe.
             * @constructor
             * @param {zerorelay.v1.Subscribe.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Subscribe = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Subscribe topic.
             * @member {string} topic
             * @memberof zerorelay.v1.Subscribe
             * @instance
             */
            Subscribe.prototype.topic = "";

            /**
             * Subscribe mode.
             * @member {zerorelay.v1.DeliveryMode} mode
             * @memberof zerorelay.v1.Subscribe
             * @instance
             */
            Subscribe.prototype.mode = 0;

            /**
             * Subscribe resumeAfter.
             * @member {zerorelay.v1.StreamPosition.$Properties|null|undefined} resumeAfter
             * @memberof zerorelay.v1.Subscribe
             * @instance
             */
            Subscribe.prototype.resumeAfter = null;

            /**
             * Subscribe maxInFlight.
             * @member {number} maxInFlight
             * @memberof zerorelay.v1.Subscribe
             * @instance
             */
            Subscribe.prototype.maxInFlight = 0;

            /**
             * Creates a new Subscribe instance using the specified properties.
             * @function create
             * @memberof zerorelay.v1.Subscribe
             * @static
             * @param {zerorelay.v1.Subscribe.$Properties=} [properties] Properties to set
             * @returns {zerorelay.v1.Subscribe} Subscribe instance
             * @type {{
             *   (properties: zerorelay.v1.Subscribe.$Shape): zerorelay.v1.Subscribe & zerorelay.v1.Subscribe.$Shape;
             *   (properties?: zerorelay.v1.Subscribe.$Properties): zerorelay.v1.Subscribe;
             * }}
             */
            Subscribe.create = function(properties) {
                return new Subscribe(properties);
            };

            /**
             * Encodes the specified Subscribe message. Does not implicitly {@link zerorelay.v1.Subscribe.verify|verify} messages.
             * @function encode
             * @memberof zerorelay.v1.Subscribe
             * @static
             * @param {zerorelay.v1.Subscribe.$Properties} message Subscribe message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Subscribe.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.topic != null && $Object.hasOwnProperty.call(message, "topic") && message.topic !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.topic);
                if (message.mode != null && $Object.hasOwnProperty.call(message, "mode") && message.mode !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.mode);
                if (message.resumeAfter != null && $Object.hasOwnProperty.call(message, "resumeAfter"))
                    $root.zerorelay.v1.StreamPosition.encode(message.resumeAfter, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.maxInFlight != null && $Object.hasOwnProperty.call(message, "maxInFlight") && message.maxInFlight !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.maxInFlight);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Subscribe message, length delimited. Does not implicitly {@link zerorelay.v1.Subscribe.verify|verify} messages.
             * @function encodeDelimited
             * @memberof zerorelay.v1.Subscribe
             * @static
             * @param {zerorelay.v1.Subscribe.$Properties} message Subscribe message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Subscribe.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Subscribe message from the specified reader or buffer.
             * @function decode
             * @memberof zerorelay.v1.Subscribe
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {zerorelay.v1.Subscribe & zerorelay.v1.Subscribe.$Shape} Subscribe
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Subscribe.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.zerorelay.v1.Subscribe();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.topic = value;
                            else
                                delete message.topic;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.mode = value;
                            else
                                delete message.mode;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.resumeAfter = $root.zerorelay.v1.StreamPosition.decode(reader, reader.size(), $undefined, _depth + 1, message.resumeAfter);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.maxInFlight = value;
                            else
                                delete message.maxInFlight;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Subscribe message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof zerorelay.v1.Subscribe
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {zerorelay.v1.Subscribe & zerorelay.v1.Subscribe.$Shape} Subscribe
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Subscribe.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Subscribe message.
             * @function verify
             * @memberof zerorelay.v1.Subscribe
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Subscribe.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.topic != null && $Object.hasOwnProperty.call(message, "topic"))
                    if (!$util.isString(message.topic))
                        return "topic: string expected";
                if (message.mode != null && $Object.hasOwnProperty.call(message, "mode"))
                    if (typeof message.mode !== "number" || (message.mode | 0) !== message.mode)
                        return "mode: enum value expected";
                if (message.resumeAfter != null && $Object.hasOwnProperty.call(message, "resumeAfter")) {
                    let error = $root.zerorelay.v1.StreamPosition.verify(message.resumeAfter, _depth + 1);
                    if (error)
                        return "resumeAfter." + error;
                }
                if (message.maxInFlight != null && $Object.hasOwnProperty.call(message, "maxInFlight"))
                    if (!$util.isInteger(message.maxInFlight))
                        return "maxInFlight: integer expected";
                return null;
            };

            /**
             * Creates a Subscribe message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof zerorelay.v1.Subscribe
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {zerorelay.v1.Subscribe} Subscribe
             */
            Subscribe.fromObject = function (object, _depth) {
                if (object instanceof $root.zerorelay.v1.Subscribe)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".zerorelay.v1.Subscribe: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.zerorelay.v1.Subscribe();
                if (object.topic != null)
                    if (typeof object.topic !== "string" || object.topic.length)
                        message.topic = $String(object.topic);
                if (object.mode !== 0 && (typeof object.mode !== "string" || $root.zerorelay.v1.DeliveryMode[object.mode] !== 0))
                    switch (object.mode) {
                    case "DELIVERY_MODE_UNSPECIFIED":
                    case 0:
                        message.mode = 0;
                        break;
                    case "DELIVERY_MODE_AT_MOST_ONCE":
                    case 1:
                        message.mode = 1;
                        break;
                    case "DELIVERY_MODE_AT_LEAST_ONCE":
                    case 2:
                        message.mode = 2;
                        break;
                    default:
                        if (typeof object.mode === "number" && (object.mode | 0) === object.mode)
                            message.mode = object.mode;
                    }
                if (object.resumeAfter != null) {
                    if (!$util.isObject(object.resumeAfter))
                        throw $TypeError(".zerorelay.v1.Subscribe.resumeAfter: object expected");
                    message.resumeAfter = $root.zerorelay.v1.StreamPosition.fromObject(object.resumeAfter, _depth + 1);
                }
                if (object.maxInFlight != null)
                    if ($Number(object.maxInFlight) !== 0)
                        message.maxInFlight = object.maxInFlight >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a Subscribe message. Also converts values to other types if specified.
             * @function toObject
             * @memberof zerorelay.v1.Subscribe
             * @static
             * @param {zerorelay.v1.Subscribe} message Subscribe
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Subscribe.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.topic = "";
                    object.mode = options.enums === $String ? "DELIVERY_MODE_UNSPECIFIED" : 0;
                    object.resumeAfter = null;
                    object.maxInFlight = 0;
                }
                if (message.topic != null && $Object.hasOwnProperty.call(message, "topic"))
                    object.topic = message.topic;
                if (message.mode != null && $Object.hasOwnProperty.call(message, "mode"))
                    object.mode = options.enums === $String ? $root.zerorelay.v1.DeliveryMode[message.mode] === $undefined ? message.mode : $root.zerorelay.v1.DeliveryMode[message.mode] : message.mode;
                if (message.resumeAfter != null && $Object.hasOwnProperty.call(message, "resumeAfter"))
                    object.resumeAfter = $root.zerorelay.v1.StreamPosition.toObject(message.resumeAfter, options, _depth + 1);
                if (message.maxInFlight != null && $Object.hasOwnProperty.call(message, "maxInFlight"))
                    object.maxInFlight = message.maxInFlight;
                return object;
            };

            /**
             * Converts this Subscribe to JSON.
             * @function toJSON
             * @memberof zerorelay.v1.Subscribe
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Subscribe.prototype.toJSON = function() {
                return Subscribe.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Subscribe
             * @function getTypeUrl
             * @memberof zerorelay.v1.Subscribe
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Subscribe.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/zerorelay.v1.Subscribe";
            };

            return Subscribe;
        })();

        v1.Unsubscribe = (function() {

            /**
             * Properties of an Unsubscribe.
             * @typedef {Object} zerorelay.v1.Unsubscribe.$Properties
             * @property {string|null} [topic] Unsubscribe topic
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Unsubscribe.
             * @memberof zerorelay.v1
             * @interface IUnsubscribe
             * @augments zerorelay.v1.Unsubscribe.$Properties
             * @deprecated Use zerorelay.v1.Unsubscribe.$Properties instead.
             */

            /**
             * Shape of an Unsubscribe.
             * @typedef {zerorelay.v1.Unsubscribe.$Properties} zerorelay.v1.Unsubscribe.$Shape
             */

            /**
             * Constructs a new Unsubscribe.
             * @memberof zerorelay.v1
             * @classdesc Represents an Unsubscribe.
             * @constructor
             * @param {zerorelay.v1.Unsubscribe.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Unsubscribe = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Unsubscribe topic.
             * @member {string} topic
             * @memberof zerorelay.v1.Unsubscribe
             * @instance
             */
            Unsubscribe.prototype.topic = "";

            /**
             * Creates a new Unsubscribe instance using the specified properties.
             * @function create
             * @memberof zerorelay.v1.Unsubscribe
             * @static
             * @param {zerorelay.v1.Unsubscribe.$Properties=} [properties] Properties to set
             * @returns {zerorelay.v1.Unsubscribe} Unsubscribe instance
             * @type {{
             *   (properties: zerorelay.v1.Unsubscribe.$Shape): zerorelay.v1.Unsubscribe & zerorelay.v1.Unsubscribe.$Shape;
             *   (properties?: zerorelay.v1.Unsubscribe.$Properties): zerorelay.v1.Unsubscribe;
             * }}
             */
            Unsubscribe.create = function(properties) {
                return new Unsubscribe(properties);
            };

            /**
             * Encodes the specified Unsubscribe message. Does not implicitly {@link zerorelay.v1.Unsubscribe.verify|verify} messages.
             * @function encode
             * @memberof zerorelay.v1.Unsubscribe
             * @static
             * @param {zerorelay.v1.Unsubscribe.$Properties} message Unsubscribe message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Unsubscribe.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.topic != null && $Object.hasOwnProperty.call(message, "topic") && message.topic !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.topic);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Unsubscribe message, length delimited. Does not implicitly {@link zerorelay.v1.Unsubscribe.verify|verify} messages.
             * @function encodeDelimited
             * @memberof zerorelay.v1.Unsubscribe
             * @static
             * @param {zerorelay.v1.Unsubscribe.$Properties} message Unsubscribe message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Unsubscribe.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an Unsubscribe message from the specified reader or buffer.
             * @function decode
             * @memberof zerorelay.v1.Unsubscribe
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {zerorelay.v1.Unsubscribe & zerorelay.v1.Unsubscribe.$Shape} Unsubscribe
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Unsubscribe.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.zerorelay.v1.Unsubscribe();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.topic = value;
                            else
                                delete message.topic;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes an Unsubscribe message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof zerorelay.v1.Unsubscribe
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {zerorelay.v1.Unsubscribe & zerorelay.v1.Unsubscribe.$Shape} Unsubscribe
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Unsubscribe.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an Unsubscribe message.
             * @function verify
             * @memberof zerorelay.v1.Unsubscribe
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Unsubscribe.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.topic != null && $Object.hasOwnProperty.call(message, "topic"))
                    if (!$util.isString(message.topic))
                        return "topic: string expected";
                return null;
            };

            /**
             * Creates an Unsubscribe message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof zerorelay.v1.Unsubscribe
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {zerorelay.v1.Unsubscribe} Unsubscribe
             */
            Unsubscribe.fromObject = function (object, _depth) {
                if (object instanceof $root.zerorelay.v1.Unsubscribe)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".zerorelay.v1.Unsubscribe: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.zerorelay.v1.Unsubscribe();
                if (object.topic != null)
                    if (typeof object.topic !== "string" || object.topic.length)
                        message.topic = $String(object.topic);
                return message;
            };

            /**
             * Creates a plain object from an Unsubscribe message. Also converts values to other types if specified.
             * @function toObject
             * @memberof zerorelay.v1.Unsubscribe
             * @static
             * @param {zerorelay.v1.Unsubscribe} message Unsubscribe
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Unsubscribe.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.topic = "";
                if (message.topic != null && $Object.hasOwnProperty.call(message, "topic"))
                    object.topic = message.topic;
                return object;
            };

            /**
             * Converts this Unsubscribe to JSON.
             * @function toJSON
             * @memberof zerorelay.v1.Unsubscribe
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Unsubscribe.prototype.toJSON = function() {
                return Unsubscribe.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Unsubscribe
             * @function getTypeUrl
             * @memberof zerorelay.v1.Unsubscribe
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Unsubscribe.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/zerorelay.v1.Unsubscribe";
            };

            return Unsubscribe;
        })();

        v1.Publish = (function() {

            /**
             * Properties of a Publish.
             * @typedef {Object} zerorelay.v1.Publish.$Properties
             * @property {string|null} [topic] Publish topic
             * @property {Uint8Array|null} [payload] Publish payload
             * @property {Object.<string,string>|null} [headers] Publish headers
             * @property {string|null} [idempotencyKey] Publish idempotencyKey
             * @property {boolean|null} [ack] Publish ack
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Publish.
             * @memberof zerorelay.v1
             * @interface IPublish
             * @augments zerorelay.v1.Publish.$Properties
             * @deprecated Use zerorelay.v1.Publish.$Properties instead.
             */

            /**
             * Shape of a Publish.
             * @typedef {zerorelay.v1.Publish.$Properties} zerorelay.v1.Publish.$Shape
             */

            /**
             * Constructs a new Publish.
             * @memberof zerorelay.v1
             * @classdesc Represents a Publish.
             * @constructor
             * @param {zerorelay.v1.Publish.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Publish = function (properties) {
                this.headers = {};
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Publish topic.
             * @member {string} topic
             * @memberof zerorelay.v1.Publish
             * @instance
             */
            Publish.prototype.topic = "";

            /**
             * Publish payload.
             * @member {Uint8Array} payload
             * @memberof zerorelay.v1.Publish
             * @instance
             */
            Publish.prototype.payload = $util.newBuffer([]);

            /**
             * Publish headers.
             * @member {Object.<string,string>} headers
             * @memberof zerorelay.v1.Publish
             * @instance
             */
            Publish.prototype.headers = $util.emptyObject;

            /**
             * Publish idempotencyKey.
             * @member {string} idempotencyKey
             * @memberof zerorelay.v1.Publish
             * @instance
             */
            Publish.prototype.idempotencyKey = "";

            /**
             * Publish ack.
             * @member {boolean} ack
             * @memberof zerorelay.v1.Publish
             * @instance
             */
            Publish.prototype.ack = false;

            /**
             * Creates a new Publish instance using the specified properties.
             * @function create
             * @memberof zerorelay.v1.Publish
             * @static
             * @param {zerorelay.v1.Publish.$Properties=} [properties] Properties to set
             * @returns {zerorelay.v1.Publish} Publish instance
             * @type {{
             *   (properties: zerorelay.v1.Publish.$Shape): zerorelay.v1.Publish & zerorelay.v1.Publish.$Shape;
             *   (properties?: zerorelay.v1.Publish.$Properties): zerorelay.v1.Publish;
             * }}
             */
            Publish.create = function(properties) {
                return new Publish(properties);
            };

            /**
             * Encodes the specified Publish message. Does not implicitly {@link zerorelay.v1.Publish.verify|verify} messages.
             * @function encode
             * @memberof zerorelay.v1.Publish
             * @static
             * @param {zerorelay.v1.Publish.$Properties} message Publish message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Publish.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.topic != null && $Object.hasOwnProperty.call(message, "topic") && message.topic !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.topic);
                if (message.payload != null && $Object.hasOwnProperty.call(message, "payload") && message.payload.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.payload);
                if (message.headers != null && $Object.hasOwnProperty.call(message, "headers"))
                    for (let keys = $Object.keys(message.headers), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 3, wireType 2 =*/26).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.headers[keys[i]]).ldelim();
                if (message.idempotencyKey != null && $Object.hasOwnProperty.call(message, "idempotencyKey") && message.idempotencyKey !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.idempotencyKey);
                if (message.ack != null && $Object.hasOwnProperty.call(message, "ack") && message.ack !== false)
                    writer.uint32(/* id 5, wireType 0 =*/40).bool(message.ack);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Publish message, length delimited. Does not implicitly {@link zerorelay.v1.Publish.verify|verify} messages.
             * @function encodeDelimited
             * @memberof zerorelay.v1.Publish
             * @static
             * @param {zerorelay.v1.Publish.$Properties} message Publish message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Publish.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Publish message from the specified reader or buffer.
             * @function decode
             * @memberof zerorelay.v1.Publish
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {zerorelay.v1.Publish & zerorelay.v1.Publish.$Shape} Publish
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Publish.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.zerorelay.v1.Publish();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.topic = value;
                            else
                                delete message.topic;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.payload = value;
                            else
                                delete message.payload;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (message.headers === $util.emptyObject)
                                message.headers = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.headers, key);
                            message.headers[key] = value;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.idempotencyKey = value;
                            else
                                delete message.idempotencyKey;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.ack = value;
                            else
                                delete message.ack;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Publish message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof zerorelay.v1.Publish
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {zerorelay.v1.Publish & zerorelay.v1.Publish.$Shape} Publish
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Publish.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Publish message.
             * @function verify
             * @memberof zerorelay.v1.Publish
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Publish.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.topic != null && $Object.hasOwnProperty.call(message, "topic"))
                    if (!$util.isString(message.topic))
                        return "topic: string expected";
                if (message.payload != null && $Object.hasOwnProperty.call(message, "payload"))
                    if (!(message.payload && typeof message.payload.length === "number" || $util.isString(message.payload)))
                        return "payload: buffer expected";
                if (message.headers != null && $Object.hasOwnProperty.call(message, "headers")) {
                    if (!$util.isObject(message.headers))
                        return "headers: object expected";
                    let key = $Object.keys(message.headers);
                    for (let i = 0; i < key.length; ++i)
                        if (!$util.isString(message.headers[key[i]]))
                            return "headers: string{k:string} expected";
                }
                if (message.idempotencyKey != null && $Object.hasOwnProperty.call(message, "idempotencyKey"))
                    if (!$util.isString(message.idempotencyKey))
                        return "idempotencyKey: string expected";
                if (message.ack != null && $Object.hasOwnProperty.call(message, "ack"))
                    if (typeof message.ack !== "boolean")
                        return "ack: boolean expected";
                return null;
            };

            /**
             * Creates a Publish message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof zerorelay.v1.Publish
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {zerorelay.v1.Publish} Publish
             */
            Publish.fromObject = function (object, _depth) {
                if (object instanceof $root.zerorelay.v1.Publish)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".zerorelay.v1.Publish: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.zerorelay.v1.Publish();
                if (object.topic != null)
                    if (typeof object.topic !== "string" || object.topic.length)
                        message.topic = $String(object.topic);
                if (object.payload != null)
                    if (object.payload.length)
                        if (typeof object.payload === "string")
                            $util.base64.decode(object.payload, message.payload = $util.newBuffer($util.base64.length(object.payload)), 0);
                        else if (object.payload.length >= 0)
                            message.payload = object.payload;
                if (object.headers) {
                    if (!$util.isObject(object.headers))
                        throw $TypeError(".zerorelay.v1.Publish.headers: object expected");
                    message.headers = {};
                    for (let keys = $Object.keys(object.headers), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.headers, keys[i]);
                        message.headers[keys[i]] = $String(object.headers[keys[i]]);
                    }
                }
                if (object.idempotencyKey != null)
                    if (typeof object.idempotencyKey !== "string" || object.idempotencyKey.length)
                        message.idempotencyKey = $String(object.idempotencyKey);
                if (object.ack != null)
                    if (object.ack)
                        message.ack = $Boolean(object.ack);
                return message;
            };

            /**
             * Creates a plain object from a Publish message. Also converts values to other types if specified.
             * @function toObject
             * @memberof zerorelay.v1.Publish
             * @static
             * @param {zerorelay.v1.Publish} message Publish
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Publish.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.objects || options.defaults)
                    object.headers = {};
                if (options.defaults) {
                    object.topic = "";
                    if (options.bytes === $String)
                        object.payload = "";
                    else {
                        object.payload = [];
                        if (options.bytes !== $Array)
                            object.payload = $util.newBuffer(object.payload);
                    }
                    object.idempotencyKey = "";
                    object.ack = false;
                }
                if (message.topic != null && $Object.hasOwnProperty.call(message, "topic"))
                    object.topic = message.topic;
                if (message.payload != null && $Object.hasOwnProperty.call(message, "payload"))
                    object.payload = options.bytes === $String ? $util.base64.encode(message.payload, 0, message.payload.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.payload) : message.payload;
                let keys2;
                if (message.headers && (keys2 = $Object.keys(message.headers)).length) {
                    object.headers = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.headers, keys2[j]);
                        object.headers[keys2[j]] = message.headers[keys2[j]];
                    }
                }
                if (message.idempotencyKey != null && $Object.hasOwnProperty.call(message, "idempotencyKey"))
                    object.idempotencyKey = message.idempotencyKey;
                if (message.ack != null && $Object.hasOwnProperty.call(message, "ack"))
                    object.ack = message.ack;
                return object;
            };

            /**
             * Converts this Publish to JSON.
             * @function toJSON
             * @memberof zerorelay.v1.Publish
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Publish.prototype.toJSON = function() {
                return Publish.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Publish
             * @function getTypeUrl
             * @memberof zerorelay.v1.Publish
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Publish.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/zerorelay.v1.Publish";
            };

            return Publish;
        })();

        v1.Ack = (function() {

            /**
             * Properties of an Ack.
             * @typedef {Object} zerorelay.v1.Ack.$Properties
             * @property {string|null} [topic] Ack topic
             * @property {string|null} [epoch] Ack epoch
             * @property {number|Long|null} [offset] Ack offset
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Ack.
             * @memberof zerorelay.v1
             * @interface IAck
             * @augments zerorelay.v1.Ack.$Properties
             * @deprecated Use zerorelay.v1.Ack.$Properties instead.
             */

            /**
             * Shape of an Ack.
             * @typedef {zerorelay.v1.Ack.$Properties} zerorelay.v1.Ack.$Shape
             */

            /**
             * Constructs a new Ack.
             * @memberof zerorelay.v1
             * @classdesc Represents an Ack.
             * @constructor
             * @param {zerorelay.v1.Ack.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Ack = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Ack topic.
             * @member {string} topic
             * @memberof zerorelay.v1.Ack
             * @instance
             */
            Ack.prototype.topic = "";

            /**
             * Ack epoch.
             * @member {string} epoch
             * @memberof zerorelay.v1.Ack
             * @instance
             */
            Ack.prototype.epoch = "";

            /**
             * Ack offset.
             * @member {number|Long} offset
             * @memberof zerorelay.v1.Ack
             * @instance
             */
            Ack.prototype.offset = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new Ack instance using the specified properties.
             * @function create
             * @memberof zerorelay.v1.Ack
             * @static
             * @param {zerorelay.v1.Ack.$Properties=} [properties] Properties to set
             * @returns {zerorelay.v1.Ack} Ack instance
             * @type {{
             *   (properties: zerorelay.v1.Ack.$Shape): zerorelay.v1.Ack & zerorelay.v1.Ack.$Shape;
             *   (properties?: zerorelay.v1.Ack.$Properties): zerorelay.v1.Ack;
             * }}
             */
            Ack.create = function(properties) {
                return new Ack(properties);
            };

            /**
             * Encodes the specified Ack message. Does not implicitly {@link zerorelay.v1.Ack.verify|verify} messages.
             * @function encode
             * @memberof zerorelay.v1.Ack
             * @static
             * @param {zerorelay.v1.Ack.$Properties} message Ack message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Ack.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.topic != null && $Object.hasOwnProperty.call(message, "topic") && message.topic !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.topic);
                if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch") && message.epoch !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.epoch);
                if (message.offset != null && $Object.hasOwnProperty.call(message, "offset") && (typeof message.offset === "object" ? message.offset.low || message.offset.high : message.offset !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.offset);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Ack message, length delimited. Does not implicitly {@link zerorelay.v1.Ack.verify|verify} messages.
             * @function encodeDelimited
             * @memberof zerorelay.v1.Ack
             * @static
             * @param {zerorelay.v1.Ack.$Properties} message Ack message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Ack.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an Ack message from the specified reader or buffer.
             * @function decode
             * @memberof zerorelay.v1.Ack
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {zerorelay.v1.Ack & zerorelay.v1.Ack.$Shape} Ack
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Ack.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.zerorelay.v1.Ack();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.topic = value;
                            else
                                delete message.topic;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.epoch = value;
                            else
                                delete message.epoch;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.offset = value;
                            else
                                delete message.offset;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes an Ack message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof zerorelay.v1.Ack
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {zerorelay.v1.Ack & zerorelay.v1.Ack.$Shape} Ack
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Ack.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an Ack message.
             * @function verify
             * @memberof zerorelay.v1.Ack
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Ack.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.topic != null && $Object.hasOwnProperty.call(message, "topic"))
                    if (!$util.isString(message.topic))
                        return "topic: string expected";
                if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch"))
                    if (!$util.isString(message.epoch))
                        return "epoch: string expected";
                if (message.offset != null && $Object.hasOwnProperty.call(message, "offset"))
                    if (!$util.isInteger(message.offset) && !(message.offset && $util.isInteger(message.offset.low) && $util.isInteger(message.offset.high)))
                        return "offset: integer|Long expected";
                return null;
            };

            /**
             * Creates an Ack message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof zerorelay.v1.Ack
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {zerorelay.v1.Ack} Ack
             */
            Ack.fromObject = function (object, _depth) {
                if (object instanceof $root.zerorelay.v1.Ack)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".zerorelay.v1.Ack: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.zerorelay.v1.Ack();
                if (object.topic != null)
                    if (typeof object.topic !== "string" || object.topic.length)
                        message.topic = $String(object.topic);
                if (object.epoch != null)
                    if (typeof object.epoch !== "string" || object.epoch.length)
                        message.epoch = $String(object.epoch);
                if (object.offset != null)
                    if (typeof object.offset === "object" ? object.offset.low || object.offset.high : $Number(object.offset) !== 0)
                        if ($util.Long)
                            message.offset = $util.Long.fromValue(object.offset, true);
                        else if (typeof object.offset === "string")
                            message.offset = $parseInt(object.offset, 10);
                        else if (typeof object.offset === "number")
                            message.offset = object.offset;
                        else if (typeof object.offset === "object")
                            message.offset = new $util.LongBits(object.offset.low >>> 0, object.offset.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from an Ack message. Also converts values to other types if specified.
             * @function toObject
             * @memberof zerorelay.v1.Ack
             * @static
             * @param {zerorelay.v1.Ack} message Ack
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Ack.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.topic = "";
                    object.epoch = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.offset = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.offset = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.topic != null && $Object.hasOwnProperty.call(message, "topic"))
                    object.topic = message.topic;
                if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch"))
                    object.epoch = message.epoch;
                if (message.offset != null && $Object.hasOwnProperty.call(message, "offset"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.offset = typeof message.offset === "number" ? $BigInt(message.offset) : $util.Long.fromBits(message.offset.low >>> 0, message.offset.high >>> 0, true).toBigInt();
                    else if (typeof message.offset === "number")
                        object.offset = options.longs === $String ? $String(message.offset) : message.offset;
                    else
                        object.offset = options.longs === $String ? $util.Long.prototype.toString.call(message.offset) : options.longs === $Number ? new $util.LongBits(message.offset.low >>> 0, message.offset.high >>> 0).toNumber(true) : message.offset;
                return object;
            };

            /**
             * Converts this Ack to JSON.
             * @function toJSON
             * @memberof zerorelay.v1.Ack
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Ack.prototype.toJSON = function() {
                return Ack.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Ack
             * @function getTypeUrl
             * @memberof zerorelay.v1.Ack
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Ack.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/zerorelay.v1.Ack";
            };

            return Ack;
        })();

        v1.Refresh = (function() {

            /**
             * Properties of a Refresh.
             * @typedef {Object} zerorelay.v1.Refresh.$Properties
             * @property {string|null} [token] Refresh token
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Refresh.
             * @memberof zerorelay.v1
             * @interface IRefresh
             * @augments zerorelay.v1.Refresh.$Properties
             * @deprecated Use zerorelay.v1.Refresh.$Properties instead.
             */

            /**
             * Shape of a Refresh.
             * @typedef {zerorelay.v1.Refresh.$Properties} zerorelay.v1.Refresh.$Shape
             */

            /**
             * Constructs a new Refresh.
             * @memberof zerorelay.v1
             * @classdesc Represents a Refresh.
             * @constructor
             * @param {zerorelay.v1.Refresh.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Refresh = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Refresh token.
             * @member {string} token
             * @memberof zerorelay.v1.Refresh
             * @instance
             */
            Refresh.prototype.token = "";

            /**
             * Creates a new Refresh instance using the specified properties.
             * @function create
             * @memberof zerorelay.v1.Refresh
             * @static
             * @param {zerorelay.v1.Refresh.$Properties=} [properties] Properties to set
             * @returns {zerorelay.v1.Refresh} Refresh instance
             * @type {{
             *   (properties: zerorelay.v1.Refresh.$Shape): zerorelay.v1.Refresh & zerorelay.v1.Refresh.$Shape;
             *   (properties?: zerorelay.v1.Refresh.$Properties): zerorelay.v1.Refresh;
             * }}
             */
            Refresh.create = function(properties) {
                return new Refresh(properties);
            };

            /**
             * Encodes the specified Refresh message. Does not implicitly {@link zerorelay.v1.Refresh.verify|verify} messages.
             * @function encode
             * @memberof zerorelay.v1.Refresh
             * @static
             * @param {zerorelay.v1.Refresh.$Properties} message Refresh message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Refresh.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.token != null && $Object.hasOwnProperty.call(message, "token") && message.token !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.token);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Refresh message, length delimited. Does not implicitly {@link zerorelay.v1.Refresh.verify|verify} messages.
             * @function encodeDelimited
             * @memberof zerorelay.v1.Refresh
             * @static
             * @param {zerorelay.v1.Refresh.$Properties} message Refresh message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Refresh.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Refresh message from the specified reader or buffer.
             * @function decode
             * @memberof zerorelay.v1.Refresh
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {zerorelay.v1.Refresh & zerorelay.v1.Refresh.$Shape} Refresh
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Refresh.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.zerorelay.v1.Refresh();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.token = value;
                            else
                                delete message.token;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Refresh message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof zerorelay.v1.Refresh
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {zerorelay.v1.Refresh & zerorelay.v1.Refresh.$Shape} Refresh
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Refresh.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Refresh message.
             * @function verify
             * @memberof zerorelay.v1.Refresh
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Refresh.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.token != null && $Object.hasOwnProperty.call(message, "token"))
                    if (!$util.isString(message.token))
                        return "token: string expected";
                return null;
            };

            /**
             * Creates a Refresh message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof zerorelay.v1.Refresh
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {zerorelay.v1.Refresh} Refresh
             */
            Refresh.fromObject = function (object, _depth) {
                if (object instanceof $root.zerorelay.v1.Refresh)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".zerorelay.v1.Refresh: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.zerorelay.v1.Refresh();
                if (object.token != null)
                    if (typeof object.token !== "string" || object.token.length)
                        message.token = $String(object.token);
                return message;
            };

            /**
             * Creates a plain object from a Refresh message. Also converts values to other types if specified.
             * @function toObject
             * @memberof zerorelay.v1.Refresh
             * @static
             * @param {zerorelay.v1.Refresh} message Refresh
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Refresh.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.token = "";
                if (message.token != null && $Object.hasOwnProperty.call(message, "token"))
                    object.token = message.token;
                return object;
            };

            /**
             * Converts this Refresh to JSON.
             * @function toJSON
             * @memberof zerorelay.v1.Refresh
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Refresh.prototype.toJSON = function() {
                return Refresh.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Refresh
             * @function getTypeUrl
             * @memberof zerorelay.v1.Refresh
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Refresh.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/zerorelay.v1.Refresh";
            };

            return Refresh;
        })();

        v1.Ping = (function() {

            /**
             * Properties of a Ping.
             * @typedef {Object} zerorelay.v1.Ping.$Properties
             * @property {number|Long|null} [clientTimeMs] Ping clientTimeMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Ping.
             * @memberof zerorelay.v1
             * @interface IPing
             * @augments zerorelay.v1.Ping.$Properties
             * @deprecated Use zerorelay.v1.Ping.$Properties instead.
             */

            /**
             * Shape of a Ping.
             * @typedef {zerorelay.v1.Ping.$Properties} zerorelay.v1.Ping.$Shape
             */

            /**
             * Constructs a new Ping.
             * @memberof zerorelay.v1
             * @classdesc Represents a Ping.
             * @constructor
             * @param {zerorelay.v1.Ping.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Ping = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Ping clientTimeMs.
             * @member {number|Long} clientTimeMs
             * @memberof zerorelay.v1.Ping
             * @instance
             */
            Ping.prototype.clientTimeMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new Ping instance using the specified properties.
             * @function create
             * @memberof zerorelay.v1.Ping
             * @static
             * @param {zerorelay.v1.Ping.$Properties=} [properties] Properties to set
             * @returns {zerorelay.v1.Ping} Ping instance
             * @type {{
             *   (properties: zerorelay.v1.Ping.$Shape): zerorelay.v1.Ping & zerorelay.v1.Ping.$Shape;
             *   (properties?: zerorelay.v1.Ping.$Properties): zerorelay.v1.Ping;
             * }}
             */
            Ping.create = function(properties) {
                return new Ping(properties);
            };

            /**
             * Encodes the specified Ping message. Does not implicitly {@link zerorelay.v1.Ping.verify|verify} messages.
             * @function encode
             * @memberof zerorelay.v1.Ping
             * @static
             * @param {zerorelay.v1.Ping.$Properties} message Ping message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Ping.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.clientTimeMs != null && $Object.hasOwnProperty.call(message, "clientTimeMs") && (typeof message.clientTimeMs === "object" ? message.clientTimeMs.low || message.clientTimeMs.high : message.clientTimeMs !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.clientTimeMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Ping message, length delimited. Does not implicitly {@link zerorelay.v1.Ping.verify|verify} messages.
             * @function encodeDelimited
             * @memberof zerorelay.v1.Ping
             * @static
             * @param {zerorelay.v1.Ping.$Properties} message Ping message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Ping.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Ping message from the specified reader or buffer.
             * @function decode
             * @memberof zerorelay.v1.Ping
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {zerorelay.v1.Ping & zerorelay.v1.Ping.$Shape} Ping
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Ping.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.zerorelay.v1.Ping();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.clientTimeMs = value;
                            else
                                delete message.clientTimeMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Ping message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof zerorelay.v1.Ping
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {zerorelay.v1.Ping & zerorelay.v1.Ping.$Shape} Ping
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Ping.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Ping message.
             * @function verify
             * @memberof zerorelay.v1.Ping
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Ping.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.clientTimeMs != null && $Object.hasOwnProperty.call(message, "clientTimeMs"))
                    if (!$util.isInteger(message.clientTimeMs) && !(message.clientTimeMs && $util.isInteger(message.clientTimeMs.low) && $util.isInteger(message.clientTimeMs.high)))
                        return "clientTimeMs: integer|Long expected";
                return null;
            };

            /**
             * Creates a Ping message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof zerorelay.v1.Ping
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {zerorelay.v1.Ping} Ping
             */
            Ping.fromObject = function (object, _depth) {
                if (object instanceof $root.zerorelay.v1.Ping)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".zerorelay.v1.Ping: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.zerorelay.v1.Ping();
                if (object.clientTimeMs != null)
                    if (typeof object.clientTimeMs === "object" ? object.clientTimeMs.low || object.clientTimeMs.high : $Number(object.clientTimeMs) !== 0)
                        if ($util.Long)
                            message.clientTimeMs = $util.Long.fromValue(object.clientTimeMs, true);
                        else if (typeof object.clientTimeMs === "string")
                            message.clientTimeMs = $parseInt(object.clientTimeMs, 10);
                        else if (typeof object.clientTimeMs === "number")
                            message.clientTimeMs = object.clientTimeMs;
                        else if (typeof object.clientTimeMs === "object")
                            message.clientTimeMs = new $util.LongBits(object.clientTimeMs.low >>> 0, object.clientTimeMs.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a Ping message. Also converts values to other types if specified.
             * @function toObject
             * @memberof zerorelay.v1.Ping
             * @static
             * @param {zerorelay.v1.Ping} message Ping
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Ping.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.clientTimeMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.clientTimeMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if (message.clientTimeMs != null && $Object.hasOwnProperty.call(message, "clientTimeMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.clientTimeMs = typeof message.clientTimeMs === "number" ? $BigInt(message.clientTimeMs) : $util.Long.fromBits(message.clientTimeMs.low >>> 0, message.clientTimeMs.high >>> 0, true).toBigInt();
                    else if (typeof message.clientTimeMs === "number")
                        object.clientTimeMs = options.longs === $String ? $String(message.clientTimeMs) : message.clientTimeMs;
                    else
                        object.clientTimeMs = options.longs === $String ? $util.Long.prototype.toString.call(message.clientTimeMs) : options.longs === $Number ? new $util.LongBits(message.clientTimeMs.low >>> 0, message.clientTimeMs.high >>> 0).toNumber(true) : message.clientTimeMs;
                return object;
            };

            /**
             * Converts this Ping to JSON.
             * @function toJSON
             * @memberof zerorelay.v1.Ping
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Ping.prototype.toJSON = function() {
                return Ping.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Ping
             * @function getTypeUrl
             * @memberof zerorelay.v1.Ping
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Ping.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/zerorelay.v1.Ping";
            };

            return Ping;
        })();

        v1.Connected = (function() {

            /**
             * Properties of a Connected.
             * @typedef {Object} zerorelay.v1.Connected.$Properties
             * @property {string|null} [sessionId] Connected sessionId
             * @property {string|null} [serverVersion] Connected serverVersion
             * @property {zerorelay.v1.Limits.$Properties|null} [limits] Connected limits
             * @property {string|null} [subject] Connected subject
             * @property {number|Long|null} [tokenExpiresAtMs] Connected tokenExpiresAtMs
             * @property {Array.<string>|null} [features] Connected features
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Connected.
             * @memberof zerorelay.v1
             * @interface IConnected
             * @augments zerorelay.v1.Connected.$Properties
             * @deprecated Use zerorelay.v1.Connected.$Properties instead.
             */

            /**
             * Shape of a Connected.
             * @typedef {zerorelay.v1.Connected.$Properties} zerorelay.v1.Connected.$Shape
             */

            /**
             * Constructs a new Connected.
             * @memberof zerorelay.v1
             * @classdesc Represents a Connected.
             * @constructor
             * @param {zerorelay.v1.Connected.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Connected = function (properties) {
                this.features = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Connected sessionId.
             * @member {string} sessionId
             * @memberof zerorelay.v1.Connected
             * @instance
             */
            Connected.prototype.sessionId = "";

            /**
             * Connected serverVersion.
             * @member {string} serverVersion
             * @memberof zerorelay.v1.Connected
             * @instance
             */
            Connected.prototype.serverVersion = "";

            /**
             * Connected limits.
             * @member {zerorelay.v1.Limits.$Properties|null|undefined} limits
             * @memberof zerorelay.v1.Connected
             * @instance
             */
            Connected.prototype.limits = null;

            /**
             * Connected subject.
             * @member {string} subject
             * @memberof zerorelay.v1.Connected
             * @instance
             */
            Connected.prototype.subject = "";

            /**
             * Connected tokenExpiresAtMs.
             * @member {number|Long} tokenExpiresAtMs
             * @memberof zerorelay.v1.Connected
             * @instance
             */
            Connected.prototype.tokenExpiresAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Connected features.
             * @member {Array.<string>} features
             * @memberof zerorelay.v1.Connected
             * @instance
             */
            Connected.prototype.features = $util.emptyArray;

            /**
             * Creates a new Connected instance using the specified properties.
             * @function create
             * @memberof zerorelay.v1.Connected
             * @static
             * @param {zerorelay.v1.Connected.$Properties=} [properties] Properties to set
             * @returns {zerorelay.v1.Connected} Connected instance
             * @type {{
             *   (properties: zerorelay.v1.Connected.$Shape): zerorelay.v1.Connected & zerorelay.v1.Connected.$Shape;
             *   (properties?: zerorelay.v1.Connected.$Properties): zerorelay.v1.Connected;
             * }}
             */
            Connected.create = function(properties) {
                return new Connected(properties);
            };

            /**
             * Encodes the specified Connected message. Does not implicitly {@link zerorelay.v1.Connected.verify|verify} messages.
             * @function encode
             * @memberof zerorelay.v1.Connected
             * @static
             * @param {zerorelay.v1.Connected.$Properties} message Connected message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Connected.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId") && message.sessionId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.sessionId);
                if (message.serverVersion != null && $Object.hasOwnProperty.call(message, "serverVersion") && message.serverVersion !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.serverVersion);
                if (message.limits != null && $Object.hasOwnProperty.call(message, "limits"))
                    $root.zerorelay.v1.Limits.encode(message.limits, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.subject != null && $Object.hasOwnProperty.call(message, "subject") && message.subject !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.subject);
                if (message.tokenExpiresAtMs != null && $Object.hasOwnProperty.call(message, "tokenExpiresAtMs") && (typeof message.tokenExpiresAtMs === "object" ? message.tokenExpiresAtMs.low || message.tokenExpiresAtMs.high : message.tokenExpiresAtMs !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.tokenExpiresAtMs);
                if (message.features != null && message.features.length)
                    for (let i = 0; i < message.features.length; ++i)
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.features[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Connected message, length delimited. Does not implicitly {@link zerorelay.v1.Connected.verify|verify} messages.
             * @function encodeDelimited
             * @memberof zerorelay.v1.Connected
             * @static
             * @param {zerorelay.v1.Connected.$Properties} message Connected message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Connected.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Connected message from the specified reader or buffer.
             * @function decode
             * @memberof zerorelay.v1.Connected
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {zerorelay.v1.Connected & zerorelay.v1.Connected.$Shape} Connected
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Connected.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.zerorelay.v1.Connected();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.sessionId = value;
                            else
                                delete message.sessionId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.serverVersion = value;
                            else
                                delete message.serverVersion;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.limits = $root.zerorelay.v1.Limits.decode(reader, reader.size(), $undefined, _depth + 1, message.limits);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.subject = value;
                            else
                                delete message.subject;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.tokenExpiresAtMs = value;
                            else
                                delete message.tokenExpiresAtMs;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if (!(message.features && message.features.length))
                                message.features = [];
                            message.features.push(reader.stringVerify());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Connected message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof zerorelay.v1.Connected
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {zerorelay.v1.Connected & zerorelay.v1.Connected.$Shape} Connected
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Connected.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Connected message.
             * @function verify
             * @memberof zerorelay.v1.Connected
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Connected.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId"))
                    if (!$util.isString(message.sessionId))
                        return "sessionId: string expected";
                if (message.serverVersion != null && $Object.hasOwnProperty.call(message, "serverVersion"))
                    if (!$util.isString(message.serverVersion))
                        return "serverVersion: string expected";
                if (message.limits != null && $Object.hasOwnProperty.call(message, "limits")) {
                    let error = $root.zerorelay.v1.Limits.verify(message.limits, _depth + 1);
                    if (error)
                        return "limits." + error;
                }
                if (message.subject != null && $Object.hasOwnProperty.call(message, "subject"))
                    if (!$util.isString(message.subject))
                        return "subject: string expected";
                if (message.tokenExpiresAtMs != null && $Object.hasOwnProperty.call(message, "tokenExpiresAtMs"))
                    if (!$util.isInteger(message.tokenExpiresAtMs) && !(message.tokenExpiresAtMs && $util.isInteger(message.tokenExpiresAtMs.low) && $util.isInteger(message.tokenExpiresAtMs.high)))
                        return "tokenExpiresAtMs: integer|Long expected";
                if (message.features != null && $Object.hasOwnProperty.call(message, "features")) {
                    if (!$Array.isArray(message.features))
                        return "features: array expected";
                    for (let i = 0; i < message.features.length; ++i)
                        if (!$util.isString(message.features[i]))
                            return "features: string[] expected";
                }
                return null;
            };

            /**
             * Creates a Connected message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof zerorelay.v1.Connected
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {zerorelay.v1.Connected} Connected
             */
            Connected.fromObject = function (object, _depth) {
                if (object instanceof $root.zerorelay.v1.Connected)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".zerorelay.v1.Connected: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.zerorelay.v1.Connected();
                if (object.sessionId != null)
                    if (typeof object.sessionId !== "string" || object.sessionId.length)
                        message.sessionId = $String(object.sessionId);
                if (object.serverVersion != null)
                    if (typeof object.serverVersion !== "string" || object.serverVersion.length)
                        message.serverVersion = $String(object.serverVersion);
                if (object.limits != null) {
                    if (!$util.isObject(object.limits))
                        throw $TypeError(".zerorelay.v1.Connected.limits: object expected");
                    message.limits = $root.zerorelay.v1.Limits.fromObject(object.limits, _depth + 1);
                }
                if (object.subject != null)
                    if (typeof object.subject !== "string" || object.subject.length)
                        message.subject = $String(object.subject);
                if (object.tokenExpiresAtMs != null)
                    if (typeof object.tokenExpiresAtMs === "object" ? object.tokenExpiresAtMs.low || object.tokenExpiresAtMs.high : $Number(object.tokenExpiresAtMs) !== 0)
                        if ($util.Long)
                            message.tokenExpiresAtMs = $util.Long.fromValue(object.tokenExpiresAtMs, true);
                        else if (typeof object.tokenExpiresAtMs === "string")
                            message.tokenExpiresAtMs = $parseInt(object.tokenExpiresAtMs, 10);
                        else if (typeof object.tokenExpiresAtMs === "number")
                            message.tokenExpiresAtMs = object.tokenExpiresAtMs;
                        else if (typeof object.tokenExpiresAtMs === "object")
                            message.tokenExpiresAtMs = new $util.LongBits(object.tokenExpiresAtMs.low >>> 0, object.tokenExpiresAtMs.high >>> 0).toNumber(true);
                if (object.features) {
                    if (!$Array.isArray(object.features))
                        throw $TypeError(".zerorelay.v1.Connected.features: array expected");
                    message.features = $Array(object.features.length);
                    for (let i = 0; i < object.features.length; ++i)
                        message.features[i] = $String(object.features[i]);
                }
                return message;
            };

            /**
             * Creates a plain object from a Connected message. Also converts values to other types if specified.
             * @function toObject
             * @memberof zerorelay.v1.Connected
             * @static
             * @param {zerorelay.v1.Connected} message Connected
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Connected.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.features = [];
                if (options.defaults) {
                    object.sessionId = "";
                    object.serverVersion = "";
                    object.limits = null;
                    object.subject = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.tokenExpiresAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.tokenExpiresAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId"))
                    object.sessionId = message.sessionId;
                if (message.serverVersion != null && $Object.hasOwnProperty.call(message, "serverVersion"))
                    object.serverVersion = message.serverVersion;
                if (message.limits != null && $Object.hasOwnProperty.call(message, "limits"))
                    object.limits = $root.zerorelay.v1.Limits.toObject(message.limits, options, _depth + 1);
                if (message.subject != null && $Object.hasOwnProperty.call(message, "subject"))
                    object.subject = message.subject;
                if (message.tokenExpiresAtMs != null && $Object.hasOwnProperty.call(message, "tokenExpiresAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.tokenExpiresAtMs = typeof message.tokenExpiresAtMs === "number" ? $BigInt(message.tokenExpiresAtMs) : $util.Long.fromBits(message.tokenExpiresAtMs.low >>> 0, message.tokenExpiresAtMs.high >>> 0, true).toBigInt();
                    else if (typeof message.tokenExpiresAtMs === "number")
                        object.tokenExpiresAtMs = options.longs === $String ? $String(message.tokenExpiresAtMs) : message.tokenExpiresAtMs;
                    else
                        object.tokenExpiresAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.tokenExpiresAtMs) : options.longs === $Number ? new $util.LongBits(message.tokenExpiresAtMs.low >>> 0, message.tokenExpiresAtMs.high >>> 0).toNumber(true) : message.tokenExpiresAtMs;
                if (message.features && message.features.length) {
                    object.features = $Array(message.features.length);
                    for (let j = 0; j < message.features.length; ++j)
                        object.features[j] = message.features[j];
                }
                return object;
            };

            /**
             * Converts this Connected to JSON.
             * @function toJSON
             * @memberof zerorelay.v1.Connected
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Connected.prototype.toJSON = function() {
                return Connected.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Connected
             * @function getTypeUrl
             * @memberof zerorelay.v1.Connected
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Connected.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/zerorelay.v1.Connected";
            };

            return Connected;
        })();

        v1.Limits = (function() {

            /**
             * Properties of a Limits.
             * @typedef {Object} zerorelay.v1.Limits.$Properties
             * @property {number|null} [maxFrameBytes] Limits maxFrameBytes
             * @property {number|null} [pingIntervalMs] Limits pingIntervalMs
             * @property {number|null} [pongTimeoutMs] Limits pongTimeoutMs
             * @property {number|null} [messagesPerSecond] Limits messagesPerSecond
             * @property {number|null} [messagesBurst] Limits messagesBurst
             * @property {number|null} [bytesPerSecond] Limits bytesPerSecond
             * @property {number|null} [bytesBurst] Limits bytesBurst
             * @property {number|null} [maxSubscriptions] Limits maxSubscriptions
             * @property {number|null} [maxInFlight] Limits maxInFlight
             * @property {number|null} [ackWaitMs] Limits ackWaitMs
             * @property {number|null} [maxDeliver] Limits maxDeliver
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Limits.
             * @memberof zerorelay.v1
             * @interface ILimits
             * @augments zerorelay.v1.Limits.$Properties
             * @deprecated Use zerorelay.v1.Limits.$Properties instead.
             */

            /**
             * Shape of a Limits.
             * @typedef {zerorelay.v1.Limits.$Properties} zerorelay.v1.Limits.$Shape
             */

            /**
             * Constructs a new Limits.
             * @memberof zerorelay.v1
             * @classdesc Represents a Limits.
             * @constructor
             * @param {zerorelay.v1.Limits.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Limits = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Limits maxFrameBytes.
             * @member {number} maxFrameBytes
             * @memberof zerorelay.v1.Limits
             * @instance
             */
            Limits.prototype.maxFrameBytes = 0;

            /**
             * Limits pingIntervalMs.
             * @member {number} pingIntervalMs
             * @memberof zerorelay.v1.Limits
             * @instance
             */
            Limits.prototype.pingIntervalMs = 0;

            /**
             * Limits pongTimeoutMs.
             * @member {number} pongTimeoutMs
             * @memberof zerorelay.v1.Limits
             * @instance
             */
            Limits.prototype.pongTimeoutMs = 0;

            /**
             * Limits messagesPerSecond.
             * @member {number} messagesPerSecond
             * @memberof zerorelay.v1.Limits
             * @instance
             */
            Limits.prototype.messagesPerSecond = 0;

            /**
             * Limits messagesBurst.
             * @member {number} messagesBurst
             * @memberof zerorelay.v1.Limits
             * @instance
             */
            Limits.prototype.messagesBurst = 0;

            /**
             * Limits bytesPerSecond.
             * @member {number} bytesPerSecond
             * @memberof zerorelay.v1.Limits
             * @instance
             */
            Limits.prototype.bytesPerSecond = 0;

            /**
             * Limits bytesBurst.
             * @member {number} bytesBurst
             * @memberof zerorelay.v1.Limits
             * @instance
             */
            Limits.prototype.bytesBurst = 0;

            /**
             * Limits maxSubscriptions.
             * @member {number} maxSubscriptions
             * @memberof zerorelay.v1.Limits
             * @instance
             */
            Limits.prototype.maxSubscriptions = 0;

            /**
             * Limits maxInFlight.
             * @member {number} maxInFlight
             * @memberof zerorelay.v1.Limits
             * @instance
             */
            Limits.prototype.maxInFlight = 0;

            /**
             * Limits ackWaitMs.
             * @member {number} ackWaitMs
             * @memberof zerorelay.v1.Limits
             * @instance
             */
            Limits.prototype.ackWaitMs = 0;

            /**
             * Limits maxDeliver.
             * @member {number} maxDeliver
             * @memberof zerorelay.v1.Limits
             * @instance
             */
            Limits.prototype.maxDeliver = 0;

            /**
             * Creates a new Limits instance using the specified properties.
             * @function create
             * @memberof zerorelay.v1.Limits
             * @static
             * @param {zerorelay.v1.Limits.$Properties=} [properties] Properties to set
             * @returns {zerorelay.v1.Limits} Limits instance
             * @type {{
             *   (properties: zerorelay.v1.Limits.$Shape): zerorelay.v1.Limits & zerorelay.v1.Limits.$Shape;
             *   (properties?: zerorelay.v1.Limits.$Properties): zerorelay.v1.Limits;
             * }}
             */
            Limits.create = function(properties) {
                return new Limits(properties);
            };

            /**
             * Encodes the specified Limits message. Does not implicitly {@link zerorelay.v1.Limits.verify|verify} messages.
             * @function encode
             * @memberof zerorelay.v1.Limits
             * @static
             * @param {zerorelay.v1.Limits.$Properties} message Limits message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Limits.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.maxFrameBytes != null && $Object.hasOwnProperty.call(message, "maxFrameBytes") && message.maxFrameBytes !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.maxFrameBytes);
                if (message.pingIntervalMs != null && $Object.hasOwnProperty.call(message, "pingIntervalMs") && message.pingIntervalMs !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.pingIntervalMs);
                if (message.pongTimeoutMs != null && $Object.hasOwnProperty.call(message, "pongTimeoutMs") && message.pongTimeoutMs !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.pongTimeoutMs);
                if (message.messagesPerSecond != null && $Object.hasOwnProperty.call(message, "messagesPerSecond") && message.messagesPerSecond !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.messagesPerSecond);
                if (message.messagesBurst != null && $Object.hasOwnProperty.call(message, "messagesBurst") && message.messagesBurst !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.messagesBurst);
                if (message.bytesPerSecond != null && $Object.hasOwnProperty.call(message, "bytesPerSecond") && message.bytesPerSecond !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.bytesPerSecond);
                if (message.bytesBurst != null && $Object.hasOwnProperty.call(message, "bytesBurst") && message.bytesBurst !== 0)
                    writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.bytesBurst);
                if (message.maxSubscriptions != null && $Object.hasOwnProperty.call(message, "maxSubscriptions") && message.maxSubscriptions !== 0)
                    writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.maxSubscriptions);
                if (message.maxInFlight != null && $Object.hasOwnProperty.call(message, "maxInFlight") && message.maxInFlight !== 0)
                    writer.uint32(/* id 9, wireType 0 =*/72).uint32(message.maxInFlight);
                if (message.ackWaitMs != null && $Object.hasOwnProperty.call(message, "ackWaitMs") && message.ackWaitMs !== 0)
                    writer.uint32(/* id 10, wireType 0 =*/80).uint32(message.ackWaitMs);
                if (message.maxDeliver != null && $Object.hasOwnProperty.call(message, "maxDeliver") && message.maxDeliver !== 0)
                    writer.uint32(/* id 11, wireType 0 =*/88).uint32(message.maxDeliver);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Limits message, length delimited. Does not implicitly {@link zerorelay.v1.Limits.verify|verify} messages.
             * @function encodeDelimited
             * @memberof zerorelay.v1.Limits
             * @static
             * @param {zerorelay.v1.Limits.$Properties} message Limits message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Limits.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Limits message from the specified reader or buffer.
             * @function decode
             * @memberof zerorelay.v1.Limits
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {zerorelay.v1.Limits & zerorelay.v1.Limits.$Shape} Limits
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Limits.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.zerorelay.v1.Limits();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.maxFrameBytes = value;
                            else
                                delete message.maxFrameBytes;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.pingIntervalMs = value;
                            else
                                delete message.pingIntervalMs;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.pongTimeoutMs = value;
                            else
                                delete message.pongTimeoutMs;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.messagesPerSecond = value;
                            else
                                delete message.messagesPerSecond;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.messagesBurst = value;
                            else
                                delete message.messagesBurst;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.bytesPerSecond = value;
                            else
                                delete message.bytesPerSecond;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.bytesBurst = value;
                            else
                                delete message.bytesBurst;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.maxSubscriptions = value;
                            else
                                delete message.maxSubscriptions;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.maxInFlight = value;
                            else
                                delete message.maxInFlight;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.ackWaitMs = value;
                            else
                                delete message.ackWaitMs;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.maxDeliver = value;
                            else
                                delete message.maxDeliver;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Limits message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof zerorelay.v1.Limits
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {zerorelay.v1.Limits & zerorelay.v1.Limits.$Shape} Limits
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Limits.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Limits message.
             * @function verify
             * @memberof zerorelay.v1.Limits
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Limits.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.maxFrameBytes != null && $Object.hasOwnProperty.call(message, "maxFrameBytes"))
                    if (!$util.isInteger(message.maxFrameBytes))
                        return "maxFrameBytes: integer expected";
                if (message.pingIntervalMs != null && $Object.hasOwnProperty.call(message, "pingIntervalMs"))
                    if (!$util.isInteger(message.pingIntervalMs))
                        return "pingIntervalMs: integer expected";
                if (message.pongTimeoutMs != null && $Object.hasOwnProperty.call(message, "pongTimeoutMs"))
                    if (!$util.isInteger(message.pongTimeoutMs))
                        return "pongTimeoutMs: integer expected";
                if (message.messagesPerSecond != null && $Object.hasOwnProperty.call(message, "messagesPerSecond"))
                    if (!$util.isInteger(message.messagesPerSecond))
                        return "messagesPerSecond: integer expected";
                if (message.messagesBurst != null && $Object.hasOwnProperty.call(message, "messagesBurst"))
                    if (!$util.isInteger(message.messagesBurst))
                        return "messagesBurst: integer expected";
                if (message.bytesPerSecond != null && $Object.hasOwnProperty.call(message, "bytesPerSecond"))
                    if (!$util.isInteger(message.bytesPerSecond))
                        return "bytesPerSecond: integer expected";
                if (message.bytesBurst != null && $Object.hasOwnProperty.call(message, "bytesBurst"))
                    if (!$util.isInteger(message.bytesBurst))
                        return "bytesBurst: integer expected";
                if (message.maxSubscriptions != null && $Object.hasOwnProperty.call(message, "maxSubscriptions"))
                    if (!$util.isInteger(message.maxSubscriptions))
                        return "maxSubscriptions: integer expected";
                if (message.maxInFlight != null && $Object.hasOwnProperty.call(message, "maxInFlight"))
                    if (!$util.isInteger(message.maxInFlight))
                        return "maxInFlight: integer expected";
                if (message.ackWaitMs != null && $Object.hasOwnProperty.call(message, "ackWaitMs"))
                    if (!$util.isInteger(message.ackWaitMs))
                        return "ackWaitMs: integer expected";
                if (message.maxDeliver != null && $Object.hasOwnProperty.call(message, "maxDeliver"))
                    if (!$util.isInteger(message.maxDeliver))
                        return "maxDeliver: integer expected";
                return null;
            };

            /**
             * Creates a Limits message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof zerorelay.v1.Limits
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {zerorelay.v1.Limits} Limits
             */
            Limits.fromObject = function (object, _depth) {
                if (object instanceof $root.zerorelay.v1.Limits)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".zerorelay.v1.Limits: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.zerorelay.v1.Limits();
                if (object.maxFrameBytes != null)
                    if ($Number(object.maxFrameBytes) !== 0)
                        message.maxFrameBytes = object.maxFrameBytes >>> 0;
                if (object.pingIntervalMs != null)
                    if ($Number(object.pingIntervalMs) !== 0)
                        message.pingIntervalMs = object.pingIntervalMs >>> 0;
                if (object.pongTimeoutMs != null)
                    if ($Number(object.pongTimeoutMs) !== 0)
                        message.pongTimeoutMs = object.pongTimeoutMs >>> 0;
                if (object.messagesPerSecond != null)
                    if ($Number(object.messagesPerSecond) !== 0)
                        message.messagesPerSecond = object.messagesPerSecond >>> 0;
                if (object.messagesBurst != null)
                    if ($Number(object.messagesBurst) !== 0)
                        message.messagesBurst = object.messagesBurst >>> 0;
                if (object.bytesPerSecond != null)
                    if ($Number(object.bytesPerSecond) !== 0)
                        message.bytesPerSecond = object.bytesPerSecond >>> 0;
                if (object.bytesBurst != null)
                    if ($Number(object.bytesBurst) !== 0)
                        message.bytesBurst = object.bytesBurst >>> 0;
                if (object.maxSubscriptions != null)
                    if ($Number(object.maxSubscriptions) !== 0)
                        message.maxSubscriptions = object.maxSubscriptions >>> 0;
                if (object.maxInFlight != null)
                    if ($Number(object.maxInFlight) !== 0)
                        message.maxInFlight = object.maxInFlight >>> 0;
                if (object.ackWaitMs != null)
                    if ($Number(object.ackWaitMs) !== 0)
                        message.ackWaitMs = object.ackWaitMs >>> 0;
                if (object.maxDeliver != null)
                    if ($Number(object.maxDeliver) !== 0)
                        message.maxDeliver = object.maxDeliver >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a Limits message. Also converts values to other types if specified.
             * @function toObject
             * @memberof zerorelay.v1.Limits
             * @static
             * @param {zerorelay.v1.Limits} message Limits
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Limits.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.maxFrameBytes = 0;
                    object.pingIntervalMs = 0;
                    object.pongTimeoutMs = 0;
                    object.messagesPerSecond = 0;
                    object.messagesBurst = 0;
                    object.bytesPerSecond = 0;
                    object.bytesBurst = 0;
                    object.maxSubscriptions = 0;
                    object.maxInFlight = 0;
                    object.ackWaitMs = 0;
                    object.maxDeliver = 0;
                }
                if (message.maxFrameBytes != null && $Object.hasOwnProperty.call(message, "maxFrameBytes"))
                    object.maxFrameBytes = message.maxFrameBytes;
                if (message.pingIntervalMs != null && $Object.hasOwnProperty.call(message, "pingIntervalMs"))
                    object.pingIntervalMs = message.pingIntervalMs;
                if (message.pongTimeoutMs != null && $Object.hasOwnProperty.call(message, "pongTimeoutMs"))
                    object.pongTimeoutMs = message.pongTimeoutMs;
                if (message.messagesPerSecond != null && $Object.hasOwnProperty.call(message, "messagesPerSecond"))
                    object.messagesPerSecond = message.messagesPerSecond;
                if (message.messagesBurst != null && $Object.hasOwnProperty.call(message, "messagesBurst"))
                    object.messagesBurst = message.messagesBurst;
                if (message.bytesPerSecond != null && $Object.hasOwnProperty.call(message, "bytesPerSecond"))
                    object.bytesPerSecond = message.bytesPerSecond;
                if (message.bytesBurst != null && $Object.hasOwnProperty.call(message, "bytesBurst"))
                    object.bytesBurst = message.bytesBurst;
                if (message.maxSubscriptions != null && $Object.hasOwnProperty.call(message, "maxSubscriptions"))
                    object.maxSubscriptions = message.maxSubscriptions;
                if (message.maxInFlight != null && $Object.hasOwnProperty.call(message, "maxInFlight"))
                    object.maxInFlight = message.maxInFlight;
                if (message.ackWaitMs != null && $Object.hasOwnProperty.call(message, "ackWaitMs"))
                    object.ackWaitMs = message.ackWaitMs;
                if (message.maxDeliver != null && $Object.hasOwnProperty.call(message, "maxDeliver"))
                    object.maxDeliver = message.maxDeliver;
                return object;
            };

            /**
             * Converts this Limits to JSON.
             * @function toJSON
             * @memberof zerorelay.v1.Limits
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Limits.prototype.toJSON = function() {
                return Limits.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Limits
             * @function getTypeUrl
             * @memberof zerorelay.v1.Limits
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Limits.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/zerorelay.v1.Limits";
            };

            return Limits;
        })();

        v1.SubscribeAck = (function() {

            /**
             * Properties of a SubscribeAck.
             * @typedef {Object} zerorelay.v1.SubscribeAck.$Properties
             * @property {string|null} [topic] SubscribeAck topic
             * @property {zerorelay.v1.StreamPosition.$Properties|null} [position] SubscribeAck position
             * @property {number|null} [maxInFlight] SubscribeAck maxInFlight
             * @property {zerorelay.v1.DeliveryMode|null} [mode] SubscribeAck mode
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SubscribeAck.
             * @memberof zerorelay.v1
             * @interface ISubscribeAck
             * @augments zerorelay.v1.SubscribeAck.$Properties
             * @deprecated Use zerorelay.v1.SubscribeAck.$Properties instead.
             */

            /**
             * Shape of a SubscribeAck.
             * @typedef {zerorelay.v1.SubscribeAck.$Properties} zerorelay.v1.SubscribeAck.$Shape
             */

            /**
             * Constructs a new SubscribeAck.
             * @memberof zerorelay.v1
             * @classdesc Represents a SubscribeAck.
             * @constructor
             * @param {zerorelay.v1.SubscribeAck.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SubscribeAck = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SubscribeAck topic.
             * @member {string} topic
             * @memberof zerorelay.v1.SubscribeAck
             * @instance
             */
            SubscribeAck.prototype.topic = "";

            /**
             * SubscribeAck position.
             * @member {zerorelay.v1.StreamPosition.$Properties|null|undefined} position
             * @memberof zerorelay.v1.SubscribeAck
             * @instance
             */
            SubscribeAck.prototype.position = null;

            /**
             * SubscribeAck maxInFlight.
             * @member {number} maxInFlight
             * @memberof zerorelay.v1.SubscribeAck
             * @instance
             */
            SubscribeAck.prototype.maxInFlight = 0;

            /**
             * SubscribeAck mode.
             * @member {zerorelay.v1.DeliveryMode} mode
             * @memberof zerorelay.v1.SubscribeAck
             * @instance
             */
            SubscribeAck.prototype.mode = 0;

            /**
             * Creates a new SubscribeAck instance using the specified properties.
             * @function create
             * @memberof zerorelay.v1.SubscribeAck
             * @static
             * @param {zerorelay.v1.SubscribeAck.$Properties=} [properties] Properties to set
             * @returns {zerorelay.v1.SubscribeAck} SubscribeAck instance
             * @type {{
             *   (properties: zerorelay.v1.SubscribeAck.$Shape): zerorelay.v1.SubscribeAck & zerorelay.v1.SubscribeAck.$Shape;
             *   (properties?: zerorelay.v1.SubscribeAck.$Properties): zerorelay.v1.SubscribeAck;
             * }}
             */
            SubscribeAck.create = function(properties) {
                return new SubscribeAck(properties);
            };

            /**
             * Encodes the specified SubscribeAck message. Does not implicitly {@link zerorelay.v1.SubscribeAck.verify|verify} messages.
             * @function encode
             * @memberof zerorelay.v1.SubscribeAck
             * @static
             * @param {zerorelay.v1.SubscribeAck.$Properties} message SubscribeAck message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SubscribeAck.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.topic != null && $Object.hasOwnProperty.call(message, "topic") && message.topic !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.topic);
                if (message.position != null && $Object.hasOwnProperty.call(message, "position"))
                    $root.zerorelay.v1.StreamPosition.encode(message.position, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.maxInFlight != null && $Object.hasOwnProperty.call(message, "maxInFlight") && message.maxInFlight !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.maxInFlight);
                if (message.mode != null && $Object.hasOwnProperty.call(message, "mode") && message.mode !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).int32(message.mode);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified SubscribeAck message, length delimited. Does not implicitly {@link zerorelay.v1.SubscribeAck.verify|verify} messages.
             * @function encodeDelimited
             * @memberof zerorelay.v1.SubscribeAck
             * @static
             * @param {zerorelay.v1.SubscribeAck.$Properties} message SubscribeAck message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SubscribeAck.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a SubscribeAck message from the specified reader or buffer.
             * @function decode
             * @memberof zerorelay.v1.SubscribeAck
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {zerorelay.v1.SubscribeAck & zerorelay.v1.SubscribeAck.$Shape} SubscribeAck
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SubscribeAck.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.zerorelay.v1.SubscribeAck();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.topic = value;
                            else
                                delete message.topic;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.position = $root.zerorelay.v1.StreamPosition.decode(reader, reader.size(), $undefined, _depth + 1, message.position);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.maxInFlight = value;
                            else
                                delete message.maxInFlight;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.mode = value;
                            else
                                delete message.mode;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a SubscribeAck message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof zerorelay.v1.SubscribeAck
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {zerorelay.v1.SubscribeAck & zerorelay.v1.SubscribeAck.$Shape} SubscribeAck
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SubscribeAck.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a SubscribeAck message.
             * @function verify
             * @memberof zerorelay.v1.SubscribeAck
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SubscribeAck.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.topic != null && $Object.hasOwnProperty.call(message, "topic"))
                    if (!$util.isString(message.topic))
                        return "topic: string expected";
                if (message.position != null && $Object.hasOwnProperty.call(message, "position")) {
                    let error = $root.zerorelay.v1.StreamPosition.verify(message.position, _depth + 1);
                    if (error)
                        return "position." + error;
                }
                if (message.maxInFlight != null && $Object.hasOwnProperty.call(message, "maxInFlight"))
                    if (!$util.isInteger(message.maxInFlight))
                        return "maxInFlight: integer expected";
                if (message.mode != null && $Object.hasOwnProperty.call(message, "mode"))
                    if (typeof message.mode !== "number" || (message.mode | 0) !== message.mode)
                        return "mode: enum value expected";
                return null;
            };

            /**
             * Creates a SubscribeAck message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof zerorelay.v1.SubscribeAck
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {zerorelay.v1.SubscribeAck} SubscribeAck
             */
            SubscribeAck.fromObject = function (object, _depth) {
                if (object instanceof $root.zerorelay.v1.SubscribeAck)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".zerorelay.v1.SubscribeAck: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.zerorelay.v1.SubscribeAck();
                if (object.topic != null)
                    if (typeof object.topic !== "string" || object.topic.length)
                        message.topic = $String(object.topic);
                if (object.position != null) {
                    if (!$util.isObject(object.position))
                        throw $TypeError(".zerorelay.v1.SubscribeAck.position: object expected");
                    message.position = $root.zerorelay.v1.StreamPosition.fromObject(object.position, _depth + 1);
                }
                if (object.maxInFlight != null)
                    if ($Number(object.maxInFlight) !== 0)
                        message.maxInFlight = object.maxInFlight >>> 0;
                if (object.mode !== 0 && (typeof object.mode !== "string" || $root.zerorelay.v1.DeliveryMode[object.mode] !== 0))
                    switch (object.mode) {
                    case "DELIVERY_MODE_UNSPECIFIED":
                    case 0:
                        message.mode = 0;
                        break;
                    case "DELIVERY_MODE_AT_MOST_ONCE":
                    case 1:
                        message.mode = 1;
                        break;
                    case "DELIVERY_MODE_AT_LEAST_ONCE":
                    case 2:
                        message.mode = 2;
                        break;
                    default:
                        if (typeof object.mode === "number" && (object.mode | 0) === object.mode)
                            message.mode = object.mode;
                    }
                return message;
            };

            /**
             * Creates a plain object from a SubscribeAck message. Also converts values to other types if specified.
             * @function toObject
             * @memberof zerorelay.v1.SubscribeAck
             * @static
             * @param {zerorelay.v1.SubscribeAck} message SubscribeAck
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SubscribeAck.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.topic = "";
                    object.position = null;
                    object.maxInFlight = 0;
                    object.mode = options.enums === $String ? "DELIVERY_MODE_UNSPECIFIED" : 0;
                }
                if (message.topic != null && $Object.hasOwnProperty.call(message, "topic"))
                    object.topic = message.topic;
                if (message.position != null && $Object.hasOwnProperty.call(message, "position"))
                    object.position = $root.zerorelay.v1.StreamPosition.toObject(message.position, options, _depth + 1);
                if (message.maxInFlight != null && $Object.hasOwnProperty.call(message, "maxInFlight"))
                    object.maxInFlight = message.maxInFlight;
                if (message.mode != null && $Object.hasOwnProperty.call(message, "mode"))
                    object.mode = options.enums === $String ? $root.zerorelay.v1.DeliveryMode[message.mode] === $undefined ? message.mode : $root.zerorelay.v1.DeliveryMode[message.mode] : message.mode;
                return object;
            };

            /**
             * Converts this SubscribeAck to JSON.
             * @function toJSON
             * @memberof zerorelay.v1.SubscribeAck
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SubscribeAck.prototype.toJSON = function() {
                return SubscribeAck.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SubscribeAck
             * @function getTypeUrl
             * @memberof zerorelay.v1.SubscribeAck
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SubscribeAck.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/zerorelay.v1.SubscribeAck";
            };

            return SubscribeAck;
        })();

        v1.UnsubscribeAck = (function() {

            /**
             * Properties of an UnsubscribeAck.
             * @typedef {Object} zerorelay.v1.UnsubscribeAck.$Properties
             * @property {string|null} [topic] UnsubscribeAck topic
             * @property {zerorelay.v1.StreamPosition.$Properties|null} [position] UnsubscribeAck position
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an UnsubscribeAck.
             * @memberof zerorelay.v1
             * @interface IUnsubscribeAck
             * @augments zerorelay.v1.UnsubscribeAck.$Properties
             * @deprecated Use zerorelay.v1.UnsubscribeAck.$Properties instead.
             */

            /**
             * Shape of an UnsubscribeAck.
             * @typedef {zerorelay.v1.UnsubscribeAck.$Properties} zerorelay.v1.UnsubscribeAck.$Shape
             */

            /**
             * Constructs a new UnsubscribeAck.
             * @memberof zerorelay.v1
             * @classdesc Represents an UnsubscribeAck.
             * @constructor
             * @param {zerorelay.v1.UnsubscribeAck.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const UnsubscribeAck = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * UnsubscribeAck topic.
             * @member {string} topic
             * @memberof zerorelay.v1.UnsubscribeAck
             * @instance
             */
            UnsubscribeAck.prototype.topic = "";

            /**
             * UnsubscribeAck position.
             * @member {zerorelay.v1.StreamPosition.$Properties|null|undefined} position
             * @memberof zerorelay.v1.UnsubscribeAck
             * @instance
             */
            UnsubscribeAck.prototype.position = null;

            /**
             * Creates a new UnsubscribeAck instance using the specified properties.
             * @function create
             * @memberof zerorelay.v1.UnsubscribeAck
             * @static
             * @param {zerorelay.v1.UnsubscribeAck.$Properties=} [properties] Properties to set
             * @returns {zerorelay.v1.UnsubscribeAck} UnsubscribeAck instance
             * @type {{
             *   (properties: zerorelay.v1.UnsubscribeAck.$Shape): zerorelay.v1.UnsubscribeAck & zerorelay.v1.UnsubscribeAck.$Shape;
             *   (properties?: zerorelay.v1.UnsubscribeAck.$Properties): zerorelay.v1.UnsubscribeAck;
             * }}
             */
            UnsubscribeAck.create = function(properties) {
                return new UnsubscribeAck(properties);
            };

            /**
             * Encodes the specified UnsubscribeAck message. Does not implicitly {@link zerorelay.v1.UnsubscribeAck.verify|verify} messages.
             * @function encode
             * @memberof zerorelay.v1.UnsubscribeAck
             * @static
             * @param {zerorelay.v1.UnsubscribeAck.$Properties} message UnsubscribeAck message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            UnsubscribeAck.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.topic != null && $Object.hasOwnProperty.call(message, "topic") && message.topic !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.topic);
                if (message.position != null && $Object.hasOwnProperty.call(message, "position"))
                    $root.zerorelay.v1.StreamPosition.encode(message.position, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified UnsubscribeAck message, length delimited. Does not implicitly {@link zerorelay.v1.UnsubscribeAck.verify|verify} messages.
             * @function encodeDelimited
             * @memberof zerorelay.v1.UnsubscribeAck
             * @static
             * @param {zerorelay.v1.UnsubscribeAck.$Properties} message UnsubscribeAck message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            UnsubscribeAck.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an UnsubscribeAck message from the specified reader or buffer.
             * @function decode
             * @memberof zerorelay.v1.UnsubscribeAck
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {zerorelay.v1.UnsubscribeAck & zerorelay.v1.UnsubscribeAck.$Shape} UnsubscribeAck
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            UnsubscribeAck.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.zerorelay.v1.UnsubscribeAck();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.topic = value;
                            else
                                delete message.topic;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.position = $root.zerorelay.v1.StreamPosition.decode(reader, reader.size(), $undefined, _depth + 1, message.position);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes an UnsubscribeAck message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof zerorelay.v1.UnsubscribeAck
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {zerorelay.v1.UnsubscribeAck & zerorelay.v1.UnsubscribeAck.$Shape} UnsubscribeAck
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            UnsubscribeAck.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an UnsubscribeAck message.
             * @function verify
             * @memberof zerorelay.v1.UnsubscribeAck
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            UnsubscribeAck.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.topic != null && $Object.hasOwnProperty.call(message, "topic"))
                    if (!$util.isString(message.topic))
                        return "topic: string expected";
                if (message.position != null && $Object.hasOwnProperty.call(message, "position")) {
                    let error = $root.zerorelay.v1.StreamPosition.verify(message.position, _depth + 1);
                    if (error)
                        return "position." + error;
                }
                return null;
            };

            /**
             * Creates an UnsubscribeAck message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof zerorelay.v1.UnsubscribeAck
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {zerorelay.v1.UnsubscribeAck} UnsubscribeAck
             */
            UnsubscribeAck.fromObject = function (object, _depth) {
                if (object instanceof $root.zerorelay.v1.UnsubscribeAck)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".zerorelay.v1.UnsubscribeAck: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.zerorelay.v1.UnsubscribeAck();
                if (object.topic != null)
                    if (typeof object.topic !== "string" || object.topic.length)
                        message.topic = $String(object.topic);
                if (object.position != null) {
                    if (!$util.isObject(object.position))
                        throw $TypeError(".zerorelay.v1.UnsubscribeAck.position: object expected");
                    message.position = $root.zerorelay.v1.StreamPosition.fromObject(object.position, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from an UnsubscribeAck message. Also converts values to other types if specified.
             * @function toObject
             * @memberof zerorelay.v1.UnsubscribeAck
             * @static
             * @param {zerorelay.v1.UnsubscribeAck} message UnsubscribeAck
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            UnsubscribeAck.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.topic = "";
                    object.position = null;
                }
                if (message.topic != null && $Object.hasOwnProperty.call(message, "topic"))
                    object.topic = message.topic;
                if (message.position != null && $Object.hasOwnProperty.call(message, "position"))
                    object.position = $root.zerorelay.v1.StreamPosition.toObject(message.position, options, _depth + 1);
                return object;
            };

            /**
             * Converts this UnsubscribeAck to JSON.
             * @function toJSON
             * @memberof zerorelay.v1.UnsubscribeAck
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            UnsubscribeAck.prototype.toJSON = function() {
                return UnsubscribeAck.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for UnsubscribeAck
             * @function getTypeUrl
             * @memberof zerorelay.v1.UnsubscribeAck
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            UnsubscribeAck.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/zerorelay.v1.UnsubscribeAck";
            };

            return UnsubscribeAck;
        })();

        v1.Delivery = (function() {

            /**
             * Properties of a Delivery.
             * @typedef {Object} zerorelay.v1.Delivery.$Properties
             * @property {string|null} [topic] Delivery topic
             * @property {Uint8Array|null} [payload] Delivery payload
             * @property {Object.<string,string>|null} [headers] Delivery headers
             * @property {string|null} [epoch] Delivery epoch
             * @property {number|Long|null} [offset] Delivery offset
             * @property {number|Long|null} [publishedAtMs] Delivery publishedAtMs
             * @property {number|null} [deliveryCount] Delivery deliveryCount
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Delivery.
             * @memberof zerorelay.v1
             * @interface IDelivery
             * @augments zerorelay.v1.Delivery.$Properties
             * @deprecated Use zerorelay.v1.Delivery.$Properties instead.
             */

            /**
             * Shape of a Delivery.
             * @typedef {zerorelay.v1.Delivery.$Properties} zerorelay.v1.Delivery.$Shape
             */

            /**
             * Constructs a new Delivery.
             * @memberof zerorelay.v1
             * @classdesc Represents a Delivery.
             * @constructor
             * @param {zerorelay.v1.Delivery.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Delivery = function (properties) {
                this.headers = {};
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Delivery topic.
             * @member {string} topic
             * @memberof zerorelay.v1.Delivery
             * @instance
             */
            Delivery.prototype.topic = "";

            /**
             * Delivery payload.
             * @member {Uint8Array} payload
             * @memberof zerorelay.v1.Delivery
             * @instance
             */
            Delivery.prototype.payload = $util.newBuffer([]);

            /**
             * Delivery headers.
             * @member {Object.<string,string>} headers
             * @memberof zerorelay.v1.Delivery
             * @instance
             */
            Delivery.prototype.headers = $util.emptyObject;

            /**
             * Delivery epoch.
             * @member {string} epoch
             * @memberof zerorelay.v1.Delivery
             * @instance
             */
            Delivery.prototype.epoch = "";

            /**
             * Delivery offset.
             * @member {number|Long} offset
             * @memberof zerorelay.v1.Delivery
             * @instance
             */
            Delivery.prototype.offset = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Delivery publishedAtMs.
             * @member {number|Long} publishedAtMs
             * @memberof zerorelay.v1.Delivery
             * @instance
             */
            Delivery.prototype.publishedAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Delivery deliveryCount.
             * @member {number} deliveryCount
             * @memberof zerorelay.v1.Delivery
             * @instance
             */
            Delivery.prototype.deliveryCount = 0;

            /**
             * Creates a new Delivery instance using the specified properties.
             * @function create
             * @memberof zerorelay.v1.Delivery
             * @static
             * @param {zerorelay.v1.Delivery.$Properties=} [properties] Properties to set
             * @returns {zerorelay.v1.Delivery} Delivery instance
             * @type {{
             *   (properties: zerorelay.v1.Delivery.$Shape): zerorelay.v1.Delivery & zerorelay.v1.Delivery.$Shape;
             *   (properties?: zerorelay.v1.Delivery.$Properties): zerorelay.v1.Delivery;
             * }}
             */
            Delivery.create = function(properties) {
                return new Delivery(properties);
            };

            /**
             * Encodes the specified Delivery message. Does not implicitly {@link zerorelay.v1.Delivery.verify|verify} messages.
             * @function encode
             * @memberof zerorelay.v1.Delivery
             * @static
             * @param {zerorelay.v1.Delivery.$Properties} message Delivery message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Delivery.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.topic != null && $Object.hasOwnProperty.call(message, "topic") && message.topic !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.topic);
                if (message.payload != null && $Object.hasOwnProperty.call(message, "payload") && message.payload.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.payload);
                if (message.headers != null && $Object.hasOwnProperty.call(message, "headers"))
                    for (let keys = $Object.keys(message.headers), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 3, wireType 2 =*/26).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.headers[keys[i]]).ldelim();
                if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch") && message.epoch !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.epoch);
                if (message.offset != null && $Object.hasOwnProperty.call(message, "offset") && (typeof message.offset === "object" ? message.offset.low || message.offset.high : message.offset !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.offset);
                if (message.publishedAtMs != null && $Object.hasOwnProperty.call(message, "publishedAtMs") && (typeof message.publishedAtMs === "object" ? message.publishedAtMs.low || message.publishedAtMs.high : message.publishedAtMs !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.publishedAtMs);
                if (message.deliveryCount != null && $Object.hasOwnProperty.call(message, "deliveryCount") && message.deliveryCount !== 0)
                    writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.deliveryCount);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Delivery message, length delimited. Does not implicitly {@link zerorelay.v1.Delivery.verify|verify} messages.
             * @function encodeDelimited
             * @memberof zerorelay.v1.Delivery
             * @static
             * @param {zerorelay.v1.Delivery.$Properties} message Delivery message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Delivery.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Delivery message from the specified reader or buffer.
             * @function decode
             * @memberof zerorelay.v1.Delivery
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {zerorelay.v1.Delivery & zerorelay.v1.Delivery.$Shape} Delivery
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Delivery.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.zerorelay.v1.Delivery();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.topic = value;
                            else
                                delete message.topic;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.payload = value;
                            else
                                delete message.payload;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (message.headers === $util.emptyObject)
                                message.headers = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.headers, key);
                            message.headers[key] = value;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.epoch = value;
                            else
                                delete message.epoch;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.offset = value;
                            else
                                delete message.offset;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.publishedAtMs = value;
                            else
                                delete message.publishedAtMs;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.deliveryCount = value;
                            else
                                delete message.deliveryCount;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Delivery message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof zerorelay.v1.Delivery
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {zerorelay.v1.Delivery & zerorelay.v1.Delivery.$Shape} Delivery
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Delivery.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Delivery message.
             * @function verify
             * @memberof zerorelay.v1.Delivery
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Delivery.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.topic != null && $Object.hasOwnProperty.call(message, "topic"))
                    if (!$util.isString(message.topic))
                        return "topic: string expected";
                if (message.payload != null && $Object.hasOwnProperty.call(message, "payload"))
                    if (!(message.payload && typeof message.payload.length === "number" || $util.isString(message.payload)))
                        return "payload: buffer expected";
                if (message.headers != null && $Object.hasOwnProperty.call(message, "headers")) {
                    if (!$util.isObject(message.headers))
                        return "headers: object expected";
                    let key = $Object.keys(message.headers);
                    for (let i = 0; i < key.length; ++i)
                        if (!$util.isString(message.headers[key[i]]))
                            return "headers: string{k:string} expected";
                }
                if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch"))
                    if (!$util.isString(message.epoch))
                        return "epoch: string expected";
                if (message.offset != null && $Object.hasOwnProperty.call(message, "offset"))
                    if (!$util.isInteger(message.offset) && !(message.offset && $util.isInteger(message.offset.low) && $util.isInteger(message.offset.high)))
                        return "offset: integer|Long expected";
                if (message.publishedAtMs != null && $Object.hasOwnProperty.call(message, "publishedAtMs"))
                    if (!$util.isInteger(message.publishedAtMs) && !(message.publishedAtMs && $util.isInteger(message.publishedAtMs.low) && $util.isInteger(message.publishedAtMs.high)))
                        return "publishedAtMs: integer|Long expected";
                if (message.deliveryCount != null && $Object.hasOwnProperty.call(message, "deliveryCount"))
                    if (!$util.isInteger(message.deliveryCount))
                        return "deliveryCount: integer expected";
                return null;
            };

            /**
             * Creates a Delivery message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof zerorelay.v1.Delivery
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {zerorelay.v1.Delivery} Delivery
             */
            Delivery.fromObject = function (object, _depth) {
                if (object instanceof $root.zerorelay.v1.Delivery)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".zerorelay.v1.Delivery: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.zerorelay.v1.Delivery();
                if (object.topic != null)
                    if (typeof object.topic !== "string" || object.topic.length)
                        message.topic = $String(object.topic);
                if (object.payload != null)
                    if (object.payload.length)
                        if (typeof object.payload === "string")
                            $util.base64.decode(object.payload, message.payload = $util.newBuffer($util.base64.length(object.payload)), 0);
                        else if (object.payload.length >= 0)
                            message.payload = object.payload;
                if (object.headers) {
                    if (!$util.isObject(object.headers))
                        throw $TypeError(".zerorelay.v1.Delivery.headers: object expected");
                    message.headers = {};
                    for (let keys = $Object.keys(object.headers), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.headers, keys[i]);
                        message.headers[keys[i]] = $String(object.headers[keys[i]]);
                    }
                }
                if (object.epoch != null)
                    if (typeof object.epoch !== "string" || object.epoch.length)
                        message.epoch = $String(object.epoch);
                if (object.offset != null)
                    if (typeof object.offset === "object" ? object.offset.low || object.offset.high : $Number(object.offset) !== 0)
                        if ($util.Long)
                            message.offset = $util.Long.fromValue(object.offset, true);
                        else if (typeof object.offset === "string")
                            message.offset = $parseInt(object.offset, 10);
                        else if (typeof object.offset === "number")
                            message.offset = object.offset;
                        else if (typeof object.offset === "object")
                            message.offset = new $util.LongBits(object.offset.low >>> 0, object.offset.high >>> 0).toNumber(true);
                if (object.publishedAtMs != null)
                    if (typeof object.publishedAtMs === "object" ? object.publishedAtMs.low || object.publishedAtMs.high : $Number(object.publishedAtMs) !== 0)
                        if ($util.Long)
                            message.publishedAtMs = $util.Long.fromValue(object.publishedAtMs, true);
                        else if (typeof object.publishedAtMs === "string")
                            message.publishedAtMs = $parseInt(object.publishedAtMs, 10);
                        else if (typeof object.publishedAtMs === "number")
                            message.publishedAtMs = object.publishedAtMs;
                        else if (typeof object.publishedAtMs === "object")
                            message.publishedAtMs = new $util.LongBits(object.publishedAtMs.low >>> 0, object.publishedAtMs.high >>> 0).toNumber(true);
                if (object.deliveryCount != null)
                    if ($Number(object.deliveryCount) !== 0)
                        message.deliveryCount = object.deliveryCount >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a Delivery message. Also converts values to other types if specified.
             * @function toObject
             * @memberof zerorelay.v1.Delivery
             * @static
             * @param {zerorelay.v1.Delivery} message Delivery
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Delivery.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.objects || options.defaults)
                    object.headers = {};
                if (options.defaults) {
                    object.topic = "";
                    if (options.bytes === $String)
                        object.payload = "";
                    else {
                        object.payload = [];
                        if (options.bytes !== $Array)
                            object.payload = $util.newBuffer(object.payload);
                    }
                    object.epoch = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.offset = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.offset = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.publishedAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.publishedAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.deliveryCount = 0;
                }
                if (message.topic != null && $Object.hasOwnProperty.call(message, "topic"))
                    object.topic = message.topic;
                if (message.payload != null && $Object.hasOwnProperty.call(message, "payload"))
                    object.payload = options.bytes === $String ? $util.base64.encode(message.payload, 0, message.payload.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.payload) : message.payload;
                let keys2;
                if (message.headers && (keys2 = $Object.keys(message.headers)).length) {
                    object.headers = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.headers, keys2[j]);
                        object.headers[keys2[j]] = message.headers[keys2[j]];
                    }
                }
                if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch"))
                    object.epoch = message.epoch;
                if (message.offset != null && $Object.hasOwnProperty.call(message, "offset"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.offset = typeof message.offset === "number" ? $BigInt(message.offset) : $util.Long.fromBits(message.offset.low >>> 0, message.offset.high >>> 0, true).toBigInt();
                    else if (typeof message.offset === "number")
                        object.offset = options.longs === $String ? $String(message.offset) : message.offset;
                    else
                        object.offset = options.longs === $String ? $util.Long.prototype.toString.call(message.offset) : options.longs === $Number ? new $util.LongBits(message.offset.low >>> 0, message.offset.high >>> 0).toNumber(true) : message.offset;
                if (message.publishedAtMs != null && $Object.hasOwnProperty.call(message, "publishedAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.publishedAtMs = typeof message.publishedAtMs === "number" ? $BigInt(message.publishedAtMs) : $util.Long.fromBits(message.publishedAtMs.low >>> 0, message.publishedAtMs.high >>> 0, true).toBigInt();
                    else if (typeof message.publishedAtMs === "number")
                        object.publishedAtMs = options.longs === $String ? $String(message.publishedAtMs) : message.publishedAtMs;
                    else
                        object.publishedAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.publishedAtMs) : options.longs === $Number ? new $util.LongBits(message.publishedAtMs.low >>> 0, message.publishedAtMs.high >>> 0).toNumber(true) : message.publishedAtMs;
                if (message.deliveryCount != null && $Object.hasOwnProperty.call(message, "deliveryCount"))
                    object.deliveryCount = message.deliveryCount;
                return object;
            };

            /**
             * Converts this Delivery to JSON.
             * @function toJSON
             * @memberof zerorelay.v1.Delivery
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Delivery.prototype.toJSON = function() {
                return Delivery.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Delivery
             * @function getTypeUrl
             * @memberof zerorelay.v1.Delivery
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Delivery.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/zerorelay.v1.Delivery";
            };

            return Delivery;
        })();

        v1.PublishAck = (function() {

            /**
             * Properties of a PublishAck.
             * @typedef {Object} zerorelay.v1.PublishAck.$Properties
             * @property {string|null} [topic] PublishAck topic
             * @property {string|null} [epoch] PublishAck epoch
             * @property {number|Long|null} [offset] PublishAck offset
             * @property {boolean|null} [duplicate] PublishAck duplicate
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PublishAck.
             * @memberof zerorelay.v1
             * @interface IPublishAck
             * @augments zerorelay.v1.PublishAck.$Properties
             * @deprecated Use zerorelay.v1.PublishAck.$Properties instead.
             */

            /**
             * Shape of a PublishAck.
             * @typedef {zerorelay.v1.PublishAck.$Properties} zerorelay.v1.PublishAck.$Shape
             */

            /**
             * Constructs a new PublishAck.
             * @memberof zerorelay.v1
             * @classdesc Represents a PublishAck.
             * @constructor
             * @param {zerorelay.v1.PublishAck.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PublishAck = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PublishAck topic.
             * @member {string} topic
             * @memberof zerorelay.v1.PublishAck
             * @instance
             */
            PublishAck.prototype.topic = "";

            /**
             * PublishAck epoch.
             * @member {string} epoch
             * @memberof zerorelay.v1.PublishAck
             * @instance
             */
            PublishAck.prototype.epoch = "";

            /**
             * PublishAck offset.
             * @member {number|Long} offset
             * @memberof zerorelay.v1.PublishAck
             * @instance
             */
            PublishAck.prototype.offset = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * PublishAck duplicate.
             * @member {boolean} duplicate
             * @memberof zerorelay.v1.PublishAck
             * @instance
             */
            PublishAck.prototype.duplicate = false;

            /**
             * Creates a new PublishAck instance using the specified properties.
             * @function create
             * @memberof zerorelay.v1.PublishAck
             * @static
             * @param {zerorelay.v1.PublishAck.$Properties=} [properties] Properties to set
             * @returns {zerorelay.v1.PublishAck} PublishAck instance
             * @type {{
             *   (properties: zerorelay.v1.PublishAck.$Shape): zerorelay.v1.PublishAck & zerorelay.v1.PublishAck.$Shape;
             *   (properties?: zerorelay.v1.PublishAck.$Properties): zerorelay.v1.PublishAck;
             * }}
             */
            PublishAck.create = function(properties) {
                return new PublishAck(properties);
            };

            /**
             * Encodes the specified PublishAck message. Does not implicitly {@link zerorelay.v1.PublishAck.verify|verify} messages.
             * @function encode
             * @memberof zerorelay.v1.PublishAck
             * @static
             * @param {zerorelay.v1.PublishAck.$Properties} message PublishAck message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PublishAck.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.topic != null && $Object.hasOwnProperty.call(message, "topic") && message.topic !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.topic);
                if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch") && message.epoch !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.epoch);
                if (message.offset != null && $Object.hasOwnProperty.call(message, "offset") && (typeof message.offset === "object" ? message.offset.low || message.offset.high : message.offset !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.offset);
                if (message.duplicate != null && $Object.hasOwnProperty.call(message, "duplicate") && message.duplicate !== false)
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.duplicate);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified PublishAck message, length delimited. Does not implicitly {@link zerorelay.v1.PublishAck.verify|verify} messages.
             * @function encodeDelimited
             * @memberof zerorelay.v1.PublishAck
             * @static
             * @param {zerorelay.v1.PublishAck.$Properties} message PublishAck message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PublishAck.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a PublishAck message from the specified reader or buffer.
             * @function decode
             * @memberof zerorelay.v1.PublishAck
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {zerorelay.v1.PublishAck & zerorelay.v1.PublishAck.$Shape} PublishAck
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PublishAck.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.zerorelay.v1.PublishAck();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.topic = value;
                            else
                                delete message.topic;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.epoch = value;
                            else
                                delete message.epoch;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.offset = value;
                            else
                                delete message.offset;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.duplicate = value;
                            else
                                delete message.duplicate;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a PublishAck message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof zerorelay.v1.PublishAck
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {zerorelay.v1.PublishAck & zerorelay.v1.PublishAck.$Shape} PublishAck
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PublishAck.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a PublishAck message.
             * @function verify
             * @memberof zerorelay.v1.PublishAck
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            PublishAck.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.topic != null && $Object.hasOwnProperty.call(message, "topic"))
                    if (!$util.isString(message.topic))
                        return "topic: string expected";
                if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch"))
                    if (!$util.isString(message.epoch))
                        return "epoch: string expected";
                if (message.offset != null && $Object.hasOwnProperty.call(message, "offset"))
                    if (!$util.isInteger(message.offset) && !(message.offset && $util.isInteger(message.offset.low) && $util.isInteger(message.offset.high)))
                        return "offset: integer|Long expected";
                if (message.duplicate != null && $Object.hasOwnProperty.call(message, "duplicate"))
                    if (typeof message.duplicate !== "boolean")
                        return "duplicate: boolean expected";
                return null;
            };

            /**
             * Creates a PublishAck message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof zerorelay.v1.PublishAck
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {zerorelay.v1.PublishAck} PublishAck
             */
            PublishAck.fromObject = function (object, _depth) {
                if (object instanceof $root.zerorelay.v1.PublishAck)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".zerorelay.v1.PublishAck: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.zerorelay.v1.PublishAck();
                if (object.topic != null)
                    if (typeof object.topic !== "string" || object.topic.length)
                        message.topic = $String(object.topic);
                if (object.epoch != null)
                    if (typeof object.epoch !== "string" || object.epoch.length)
                        message.epoch = $String(object.epoch);
                if (object.offset != null)
                    if (typeof object.offset === "object" ? object.offset.low || object.offset.high : $Number(object.offset) !== 0)
                        if ($util.Long)
                            message.offset = $util.Long.fromValue(object.offset, true);
                        else if (typeof object.offset === "string")
                            message.offset = $parseInt(object.offset, 10);
                        else if (typeof object.offset === "number")
                            message.offset = object.offset;
                        else if (typeof object.offset === "object")
                            message.offset = new $util.LongBits(object.offset.low >>> 0, object.offset.high >>> 0).toNumber(true);
                if (object.duplicate != null)
                    if (object.duplicate)
                        message.duplicate = $Boolean(object.duplicate);
                return message;
            };

            /**
             * Creates a plain object from a PublishAck message. Also converts values to other types if specified.
             * @function toObject
             * @memberof zerorelay.v1.PublishAck
             * @static
             * @param {zerorelay.v1.PublishAck} message PublishAck
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PublishAck.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.topic = "";
                    object.epoch = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.offset = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.offset = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.duplicate = false;
                }
                if (message.topic != null && $Object.hasOwnProperty.call(message, "topic"))
                    object.topic = message.topic;
                if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch"))
                    object.epoch = message.epoch;
                if (message.offset != null && $Object.hasOwnProperty.call(message, "offset"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.offset = typeof message.offset === "number" ? $BigInt(message.offset) : $util.Long.fromBits(message.offset.low >>> 0, message.offset.high >>> 0, true).toBigInt();
                    else if (typeof message.offset === "number")
                        object.offset = options.longs === $String ? $String(message.offset) : message.offset;
                    else
                        object.offset = options.longs === $String ? $util.Long.prototype.toString.call(message.offset) : options.longs === $Number ? new $util.LongBits(message.offset.low >>> 0, message.offset.high >>> 0).toNumber(true) : message.offset;
                if (message.duplicate != null && $Object.hasOwnProperty.call(message, "duplicate"))
                    object.duplicate = message.duplicate;
                return object;
            };

            /**
             * Converts this PublishAck to JSON.
             * @function toJSON
             * @memberof zerorelay.v1.PublishAck
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PublishAck.prototype.toJSON = function() {
                return PublishAck.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PublishAck
             * @function getTypeUrl
             * @memberof zerorelay.v1.PublishAck
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PublishAck.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/zerorelay.v1.PublishAck";
            };

            return PublishAck;
        })();

        v1.Refreshed = (function() {

            /**
             * Properties of a Refreshed.
             * @typedef {Object} zerorelay.v1.Refreshed.$Properties
             * @property {number|Long|null} [tokenExpiresAtMs] Refreshed tokenExpiresAtMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Refreshed.
             * @memberof zerorelay.v1
             * @interface IRefreshed
             * @augments zerorelay.v1.Refreshed.$Properties
             * @deprecated Use zerorelay.v1.Refreshed.$Properties instead.
             */

            /**
             * Shape of a Refreshed.
             * @typedef {zerorelay.v1.Refreshed.$Properties} zerorelay.v1.Refreshed.$Shape
             */

            /**
             * Constructs a new Refreshed.
             * @memberof zerorelay.v1
             * @classdesc Represents a Refreshed.
             * @constructor
             * @param {zerorelay.v1.Refreshed.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Refreshed = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Refreshed tokenExpiresAtMs.
             * @member {number|Long} tokenExpiresAtMs
             * @memberof zerorelay.v1.Refreshed
             * @instance
             */
            Refreshed.prototype.tokenExpiresAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new Refreshed instance using the specified properties.
             * @function create
             * @memberof zerorelay.v1.Refreshed
             * @static
             * @param {zerorelay.v1.Refreshed.$Properties=} [properties] Properties to set
             * @returns {zerorelay.v1.Refreshed} Refreshed instance
             * @type {{
             *   (properties: zerorelay.v1.Refreshed.$Shape): zerorelay.v1.Refreshed & zerorelay.v1.Refreshed.$Shape;
             *   (properties?: zerorelay.v1.Refreshed.$Properties): zerorelay.v1.Refreshed;
             * }}
             */
            Refreshed.create = function(properties) {
                return new Refreshed(properties);
            };

            /**
             * Encodes the specified Refreshed message. Does not implicitly {@link zerorelay.v1.Refreshed.verify|verify} messages.
             * @function encode
             * @memberof zerorelay.v1.Refreshed
             * @static
             * @param {zerorelay.v1.Refreshed.$Properties} message Refreshed message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Refreshed.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.tokenExpiresAtMs != null && $Object.hasOwnProperty.call(message, "tokenExpiresAtMs") && (typeof message.tokenExpiresAtMs === "object" ? message.tokenExpiresAtMs.low || message.tokenExpiresAtMs.high : message.tokenExpiresAtMs !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.tokenExpiresAtMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Refreshed message, length delimited. Does not implicitly {@link zerorelay.v1.Refreshed.verify|verify} messages.
             * @function encodeDelimited
             * @memberof zerorelay.v1.Refreshed
             * @static
             * @param {zerorelay.v1.Refreshed.$Properties} message Refreshed message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Refreshed.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Refreshed message from the specified reader or buffer.
             * @function decode
             * @memberof zerorelay.v1.Refreshed
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {zerorelay.v1.Refreshed & zerorelay.v1.Refreshed.$Shape} Refreshed
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Refreshed.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.zerorelay.v1.Refreshed();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.tokenExpiresAtMs = value;
                            else
                                delete message.tokenExpiresAtMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Refreshed message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof zerorelay.v1.Refreshed
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {zerorelay.v1.Refreshed & zerorelay.v1.Refreshed.$Shape} Refreshed
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Refreshed.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Refreshed message.
             * @function verify
             * @memberof zerorelay.v1.Refreshed
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Refreshed.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.tokenExpiresAtMs != null && $Object.hasOwnProperty.call(message, "tokenExpiresAtMs"))
                    if (!$util.isInteger(message.tokenExpiresAtMs) && !(message.tokenExpiresAtMs && $util.isInteger(message.tokenExpiresAtMs.low) && $util.isInteger(message.tokenExpiresAtMs.high)))
                        return "tokenExpiresAtMs: integer|Long expected";
                return null;
            };

            /**
             * Creates a Refreshed message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof zerorelay.v1.Refreshed
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {zerorelay.v1.Refreshed} Refreshed
             */
            Refreshed.fromObject = function (object, _depth) {
                if (object instanceof $root.zerorelay.v1.Refreshed)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".zerorelay.v1.Refreshed: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.zerorelay.v1.Refreshed();
                if (object.tokenExpiresAtMs != null)
                    if (typeof object.tokenExpiresAtMs === "object" ? object.tokenExpiresAtMs.low || object.tokenExpiresAtMs.high : $Number(object.tokenExpiresAtMs) !== 0)
                        if ($util.Long)
                            message.tokenExpiresAtMs = $util.Long.fromValue(object.tokenExpiresAtMs, true);
                        else if (typeof object.tokenExpiresAtMs === "string")
                            message.tokenExpiresAtMs = $parseInt(object.tokenExpiresAtMs, 10);
                        else if (typeof object.tokenExpiresAtMs === "number")
                            message.tokenExpiresAtMs = object.tokenExpiresAtMs;
                        else if (typeof object.tokenExpiresAtMs === "object")
                            message.tokenExpiresAtMs = new $util.LongBits(object.tokenExpiresAtMs.low >>> 0, object.tokenExpiresAtMs.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a Refreshed message. Also converts values to other types if specified.
             * @function toObject
             * @memberof zerorelay.v1.Refreshed
             * @static
             * @param {zerorelay.v1.Refreshed} message Refreshed
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Refreshed.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.tokenExpiresAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.tokenExpiresAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if (message.tokenExpiresAtMs != null && $Object.hasOwnProperty.call(message, "tokenExpiresAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.tokenExpiresAtMs = typeof message.tokenExpiresAtMs === "number" ? $BigInt(message.tokenExpiresAtMs) : $util.Long.fromBits(message.tokenExpiresAtMs.low >>> 0, message.tokenExpiresAtMs.high >>> 0, true).toBigInt();
                    else if (typeof message.tokenExpiresAtMs === "number")
                        object.tokenExpiresAtMs = options.longs === $String ? $String(message.tokenExpiresAtMs) : message.tokenExpiresAtMs;
                    else
                        object.tokenExpiresAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.tokenExpiresAtMs) : options.longs === $Number ? new $util.LongBits(message.tokenExpiresAtMs.low >>> 0, message.tokenExpiresAtMs.high >>> 0).toNumber(true) : message.tokenExpiresAtMs;
                return object;
            };

            /**
             * Converts this Refreshed to JSON.
             * @function toJSON
             * @memberof zerorelay.v1.Refreshed
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Refreshed.prototype.toJSON = function() {
                return Refreshed.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Refreshed
             * @function getTypeUrl
             * @memberof zerorelay.v1.Refreshed
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Refreshed.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/zerorelay.v1.Refreshed";
            };

            return Refreshed;
        })();

        v1.Pong = (function() {

            /**
             * Properties of a Pong.
             * @typedef {Object} zerorelay.v1.Pong.$Properties
             * @property {number|Long|null} [clientTimeMs] Pong clientTimeMs
             * @property {number|Long|null} [serverTimeMs] Pong serverTimeMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Pong.
             * @memberof zerorelay.v1
             * @interface IPong
             * @augments zerorelay.v1.Pong.$Properties
             * @deprecated Use zerorelay.v1.Pong.$Properties instead.
             */

            /**
             * Shape of a Pong.
             * @typedef {zerorelay.v1.Pong.$Properties} zerorelay.v1.Pong.$Shape
             */

            /**
             * Constructs a new Pong.
             * @memberof zerorelay.v1
             * @classdesc Represents a Pong.
             * @constructor
             * @param {zerorelay.v1.Pong.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Pong = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Pong clientTimeMs.
             * @member {number|Long} clientTimeMs
             * @memberof zerorelay.v1.Pong
             * @instance
             */
            Pong.prototype.clientTimeMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Pong serverTimeMs.
             * @member {number|Long} serverTimeMs
             * @memberof zerorelay.v1.Pong
             * @instance
             */
            Pong.prototype.serverTimeMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new Pong instance using the specified properties.
             * @function create
             * @memberof zerorelay.v1.Pong
             * @static
             * @param {zerorelay.v1.Pong.$Properties=} [properties] Properties to set
             * @returns {zerorelay.v1.Pong} Pong instance
             * @type {{
             *   (properties: zerorelay.v1.Pong.$Shape): zerorelay.v1.Pong & zerorelay.v1.Pong.$Shape;
             *   (properties?: zerorelay.v1.Pong.$Properties): zerorelay.v1.Pong;
             * }}
             */
            Pong.create = function(properties) {
                return new Pong(properties);
            };

            /**
             * Encodes the specified Pong message. Does not implicitly {@link zerorelay.v1.Pong.verify|verify} messages.
             * @function encode
             * @memberof zerorelay.v1.Pong
             * @static
             * @param {zerorelay.v1.Pong.$Properties} message Pong message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Pong.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.clientTimeMs != null && $Object.hasOwnProperty.call(message, "clientTimeMs") && (typeof message.clientTimeMs === "object" ? message.clientTimeMs.low || message.clientTimeMs.high : message.clientTimeMs !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.clientTimeMs);
                if (message.serverTimeMs != null && $Object.hasOwnProperty.call(message, "serverTimeMs") && (typeof message.serverTimeMs === "object" ? message.serverTimeMs.low || message.serverTimeMs.high : message.serverTimeMs !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.serverTimeMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Pong message, length delimited. Does not implicitly {@link zerorelay.v1.Pong.verify|verify} messages.
             * @function encodeDelimited
             * @memberof zerorelay.v1.Pong
             * @static
             * @param {zerorelay.v1.Pong.$Properties} message Pong message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Pong.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Pong message from the specified reader or buffer.
             * @function decode
             * @memberof zerorelay.v1.Pong
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {zerorelay.v1.Pong & zerorelay.v1.Pong.$Shape} Pong
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Pong.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.zerorelay.v1.Pong();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.clientTimeMs = value;
                            else
                                delete message.clientTimeMs;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.serverTimeMs = value;
                            else
                                delete message.serverTimeMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Pong message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof zerorelay.v1.Pong
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {zerorelay.v1.Pong & zerorelay.v1.Pong.$Shape} Pong
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Pong.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Pong message.
             * @function verify
             * @memberof zerorelay.v1.Pong
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Pong.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.clientTimeMs != null && $Object.hasOwnProperty.call(message, "clientTimeMs"))
                    if (!$util.isInteger(message.clientTimeMs) && !(message.clientTimeMs && $util.isInteger(message.clientTimeMs.low) && $util.isInteger(message.clientTimeMs.high)))
                        return "clientTimeMs: integer|Long expected";
                if (message.serverTimeMs != null && $Object.hasOwnProperty.call(message, "serverTimeMs"))
                    if (!$util.isInteger(message.serverTimeMs) && !(message.serverTimeMs && $util.isInteger(message.serverTimeMs.low) && $util.isInteger(message.serverTimeMs.high)))
                        return "serverTimeMs: integer|Long expected";
                return null;
            };

            /**
             * Creates a Pong message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof zerorelay.v1.Pong
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {zerorelay.v1.Pong} Pong
             */
            Pong.fromObject = function (object, _depth) {
                if (object instanceof $root.zerorelay.v1.Pong)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".zerorelay.v1.Pong: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.zerorelay.v1.Pong();
                if (object.clientTimeMs != null)
                    if (typeof object.clientTimeMs === "object" ? object.clientTimeMs.low || object.clientTimeMs.high : $Number(object.clientTimeMs) !== 0)
                        if ($util.Long)
                            message.clientTimeMs = $util.Long.fromValue(object.clientTimeMs, true);
                        else if (typeof object.clientTimeMs === "string")
                            message.clientTimeMs = $parseInt(object.clientTimeMs, 10);
                        else if (typeof object.clientTimeMs === "number")
                            message.clientTimeMs = object.clientTimeMs;
                        else if (typeof object.clientTimeMs === "object")
                            message.clientTimeMs = new $util.LongBits(object.clientTimeMs.low >>> 0, object.clientTimeMs.high >>> 0).toNumber(true);
                if (object.serverTimeMs != null)
                    if (typeof object.serverTimeMs === "object" ? object.serverTimeMs.low || object.serverTimeMs.high : $Number(object.serverTimeMs) !== 0)
                        if ($util.Long)
                            message.serverTimeMs = $util.Long.fromValue(object.serverTimeMs, true);
                        else if (typeof object.serverTimeMs === "string")
                            message.serverTimeMs = $parseInt(object.serverTimeMs, 10);
                        else if (typeof object.serverTimeMs === "number")
                            message.serverTimeMs = object.serverTimeMs;
                        else if (typeof object.serverTimeMs === "object")
                            message.serverTimeMs = new $util.LongBits(object.serverTimeMs.low >>> 0, object.serverTimeMs.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a Pong message. Also converts values to other types if specified.
             * @function toObject
             * @memberof zerorelay.v1.Pong
             * @static
             * @param {zerorelay.v1.Pong} message Pong
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Pong.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.clientTimeMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.clientTimeMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.serverTimeMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.serverTimeMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.clientTimeMs != null && $Object.hasOwnProperty.call(message, "clientTimeMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.clientTimeMs = typeof message.clientTimeMs === "number" ? $BigInt(message.clientTimeMs) : $util.Long.fromBits(message.clientTimeMs.low >>> 0, message.clientTimeMs.high >>> 0, true).toBigInt();
                    else if (typeof message.clientTimeMs === "number")
                        object.clientTimeMs = options.longs === $String ? $String(message.clientTimeMs) : message.clientTimeMs;
                    else
                        object.clientTimeMs = options.longs === $String ? $util.Long.prototype.toString.call(message.clientTimeMs) : options.longs === $Number ? new $util.LongBits(message.clientTimeMs.low >>> 0, message.clientTimeMs.high >>> 0).toNumber(true) : message.clientTimeMs;
                if (message.serverTimeMs != null && $Object.hasOwnProperty.call(message, "serverTimeMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.serverTimeMs = typeof message.serverTimeMs === "number" ? $BigInt(message.serverTimeMs) : $util.Long.fromBits(message.serverTimeMs.low >>> 0, message.serverTimeMs.high >>> 0, true).toBigInt();
                    else if (typeof message.serverTimeMs === "number")
                        object.serverTimeMs = options.longs === $String ? $String(message.serverTimeMs) : message.serverTimeMs;
                    else
                        object.serverTimeMs = options.longs === $String ? $util.Long.prototype.toString.call(message.serverTimeMs) : options.longs === $Number ? new $util.LongBits(message.serverTimeMs.low >>> 0, message.serverTimeMs.high >>> 0).toNumber(true) : message.serverTimeMs;
                return object;
            };

            /**
             * Converts this Pong to JSON.
             * @function toJSON
             * @memberof zerorelay.v1.Pong
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Pong.prototype.toJSON = function() {
                return Pong.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Pong
             * @function getTypeUrl
             * @memberof zerorelay.v1.Pong
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Pong.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/zerorelay.v1.Pong";
            };

            return Pong;
        })();

        v1.Gap = (function() {

            /**
             * Properties of a Gap.
             * @typedef {Object} zerorelay.v1.Gap.$Properties
             * @property {string|null} [topic] Gap topic
             * @property {number|Long|null} [dropped] Gap dropped
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Gap.
             * @memberof zerorelay.v1
             * @interface IGap
             * @augments zerorelay.v1.Gap.$Properties
             * @deprecated Use zerorelay.v1.Gap.$Properties instead.
             */

            /**
             * Shape of a Gap.
             * @typedef {zerorelay.v1.Gap.$Properties} zerorelay.v1.Gap.$Shape
             */

            /**
             * Constructs a new Gap.
             * @memberof zerorelay.v1
             * @classdesc Represents a Gap.
             * @constructor
             * @param {zerorelay.v1.Gap.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Gap = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Gap topic.
             * @member {string} topic
             * @memberof zerorelay.v1.Gap
             * @instance
             */
            Gap.prototype.topic = "";

            /**
             * Gap dropped.
             * @member {number|Long} dropped
             * @memberof zerorelay.v1.Gap
             * @instance
             */
            Gap.prototype.dropped = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new Gap instance using the specified properties.
             * @function create
             * @memberof zerorelay.v1.Gap
             * @static
             * @param {zerorelay.v1.Gap.$Properties=} [properties] Properties to set
             * @returns {zerorelay.v1.Gap} Gap instance
             * @type {{
             *   (properties: zerorelay.v1.Gap.$Shape): zerorelay.v1.Gap & zerorelay.v1.Gap.$Shape;
             *   (properties?: zerorelay.v1.Gap.$Properties): zerorelay.v1.Gap;
             * }}
             */
            Gap.create = function(properties) {
                return new Gap(properties);
            };

            /**
             * Encodes the specified Gap message. Does not implicitly {@link zerorelay.v1.Gap.verify|verify} messages.
             * @function encode
             * @memberof zerorelay.v1.Gap
             * @static
             * @param {zerorelay.v1.Gap.$Properties} message Gap message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Gap.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.topic != null && $Object.hasOwnProperty.call(message, "topic") && message.topic !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.topic);
                if (message.dropped != null && $Object.hasOwnProperty.call(message, "dropped") && (typeof message.dropped === "object" ? message.dropped.low || message.dropped.high : message.dropped !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.dropped);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Gap message, length delimited. Does not implicitly {@link zerorelay.v1.Gap.verify|verify} messages.
             * @function encodeDelimited
             * @memberof zerorelay.v1.Gap
             * @static
             * @param {zerorelay.v1.Gap.$Properties} message Gap message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Gap.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Gap message from the specified reader or buffer.
             * @function decode
             * @memberof zerorelay.v1.Gap
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {zerorelay.v1.Gap & zerorelay.v1.Gap.$Shape} Gap
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Gap.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.zerorelay.v1.Gap();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.topic = value;
                            else
                                delete message.topic;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.dropped = value;
                            else
                                delete message.dropped;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Gap message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof zerorelay.v1.Gap
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {zerorelay.v1.Gap & zerorelay.v1.Gap.$Shape} Gap
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Gap.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Gap message.
             * @function verify
             * @memberof zerorelay.v1.Gap
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Gap.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.topic != null && $Object.hasOwnProperty.call(message, "topic"))
                    if (!$util.isString(message.topic))
                        return "topic: string expected";
                if (message.dropped != null && $Object.hasOwnProperty.call(message, "dropped"))
                    if (!$util.isInteger(message.dropped) && !(message.dropped && $util.isInteger(message.dropped.low) && $util.isInteger(message.dropped.high)))
                        return "dropped: integer|Long expected";
                return null;
            };

            /**
             * Creates a Gap message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof zerorelay.v1.Gap
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {zerorelay.v1.Gap} Gap
             */
            Gap.fromObject = function (object, _depth) {
                if (object instanceof $root.zerorelay.v1.Gap)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".zerorelay.v1.Gap: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.zerorelay.v1.Gap();
                if (object.topic != null)
                    if (typeof object.topic !== "string" || object.topic.length)
                        message.topic = $String(object.topic);
                if (object.dropped != null)
                    if (typeof object.dropped === "object" ? object.dropped.low || object.dropped.high : $Number(object.dropped) !== 0)
                        if ($util.Long)
                            message.dropped = $util.Long.fromValue(object.dropped, true);
                        else if (typeof object.dropped === "string")
                            message.dropped = $parseInt(object.dropped, 10);
                        else if (typeof object.dropped === "number")
                            message.dropped = object.dropped;
                        else if (typeof object.dropped === "object")
                            message.dropped = new $util.LongBits(object.dropped.low >>> 0, object.dropped.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a Gap message. Also converts values to other types if specified.
             * @function toObject
             * @memberof zerorelay.v1.Gap
             * @static
             * @param {zerorelay.v1.Gap} message Gap
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Gap.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.topic = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.dropped = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.dropped = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.topic != null && $Object.hasOwnProperty.call(message, "topic"))
                    object.topic = message.topic;
                if (message.dropped != null && $Object.hasOwnProperty.call(message, "dropped"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.dropped = typeof message.dropped === "number" ? $BigInt(message.dropped) : $util.Long.fromBits(message.dropped.low >>> 0, message.dropped.high >>> 0, true).toBigInt();
                    else if (typeof message.dropped === "number")
                        object.dropped = options.longs === $String ? $String(message.dropped) : message.dropped;
                    else
                        object.dropped = options.longs === $String ? $util.Long.prototype.toString.call(message.dropped) : options.longs === $Number ? new $util.LongBits(message.dropped.low >>> 0, message.dropped.high >>> 0).toNumber(true) : message.dropped;
                return object;
            };

            /**
             * Converts this Gap to JSON.
             * @function toJSON
             * @memberof zerorelay.v1.Gap
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Gap.prototype.toJSON = function() {
                return Gap.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Gap
             * @function getTypeUrl
             * @memberof zerorelay.v1.Gap
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Gap.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/zerorelay.v1.Gap";
            };

            return Gap;
        })();

        v1.Disconnect = (function() {

            /**
             * Properties of a Disconnect.
             * @typedef {Object} zerorelay.v1.Disconnect.$Properties
             * @property {zerorelay.v1.CloseCode|null} [code] Disconnect code
             * @property {string|null} [reason] Disconnect reason
             * @property {zerorelay.v1.ReconnectAdvice|null} [advice] Disconnect advice
             * @property {number|null} [retryAfterMs] Disconnect retryAfterMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Disconnect.
             * @memberof zerorelay.v1
             * @interface IDisconnect
             * @augments zerorelay.v1.Disconnect.$Properties
             * @deprecated Use zerorelay.v1.Disconnect.$Properties instead.
             */

            /**
             * Shape of a Disconnect.
             * @typedef {zerorelay.v1.Disconnect.$Properties} zerorelay.v1.Disconnect.$Shape
             */

            /**
             * Constructs a new Disconnect.
             * @memberof zerorelay.v1
             * @classdesc Represents a Disconnect.
             * @constructor
             * @param {zerorelay.v1.Disconnect.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Disconnect = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Disconnect code.
             * @member {zerorelay.v1.CloseCode} code
             * @memberof zerorelay.v1.Disconnect
             * @instance
             */
            Disconnect.prototype.code = 0;

            /**
             * Disconnect reason.
             * @member {string} reason
             * @memberof zerorelay.v1.Disconnect
             * @instance
             */
            Disconnect.prototype.reason = "";

            /**
             * Disconnect advice.
             * @member {zerorelay.v1.ReconnectAdvice} advice
             * @memberof zerorelay.v1.Disconnect
             * @instance
             */
            Disconnect.prototype.advice = 0;

            /**
             * Disconnect retryAfterMs.
             * @member {number} retryAfterMs
             * @memberof zerorelay.v1.Disconnect
             * @instance
             */
            Disconnect.prototype.retryAfterMs = 0;

            /**
             * Creates a new Disconnect instance using the specified properties.
             * @function create
             * @memberof zerorelay.v1.Disconnect
             * @static
             * @param {zerorelay.v1.Disconnect.$Properties=} [properties] Properties to set
             * @returns {zerorelay.v1.Disconnect} Disconnect instance
             * @type {{
             *   (properties: zerorelay.v1.Disconnect.$Shape): zerorelay.v1.Disconnect & zerorelay.v1.Disconnect.$Shape;
             *   (properties?: zerorelay.v1.Disconnect.$Properties): zerorelay.v1.Disconnect;
             * }}
             */
            Disconnect.create = function(properties) {
                return new Disconnect(properties);
            };

            /**
             * Encodes the specified Disconnect message. Does not implicitly {@link zerorelay.v1.Disconnect.verify|verify} messages.
             * @function encode
             * @memberof zerorelay.v1.Disconnect
             * @static
             * @param {zerorelay.v1.Disconnect.$Properties} message Disconnect message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Disconnect.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.code);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.reason);
                if (message.advice != null && $Object.hasOwnProperty.call(message, "advice") && message.advice !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.advice);
                if (message.retryAfterMs != null && $Object.hasOwnProperty.call(message, "retryAfterMs") && message.retryAfterMs !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.retryAfterMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Disconnect message, length delimited. Does not implicitly {@link zerorelay.v1.Disconnect.verify|verify} messages.
             * @function encodeDelimited
             * @memberof zerorelay.v1.Disconnect
             * @static
             * @param {zerorelay.v1.Disconnect.$Properties} message Disconnect message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Disconnect.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Disconnect message from the specified reader or buffer.
             * @function decode
             * @memberof zerorelay.v1.Disconnect
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {zerorelay.v1.Disconnect & zerorelay.v1.Disconnect.$Shape} Disconnect
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Disconnect.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.zerorelay.v1.Disconnect();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.code = value;
                            else
                                delete message.code;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.advice = value;
                            else
                                delete message.advice;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.retryAfterMs = value;
                            else
                                delete message.retryAfterMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Disconnect message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof zerorelay.v1.Disconnect
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {zerorelay.v1.Disconnect & zerorelay.v1.Disconnect.$Shape} Disconnect
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Disconnect.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Disconnect message.
             * @function verify
             * @memberof zerorelay.v1.Disconnect
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Disconnect.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    if (typeof message.code !== "number" || (message.code | 0) !== message.code)
                        return "code: enum value expected";
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    if (!$util.isString(message.reason))
                        return "reason: string expected";
                if (message.advice != null && $Object.hasOwnProperty.call(message, "advice"))
                    if (typeof message.advice !== "number" || (message.advice | 0) !== message.advice)
                        return "advice: enum value expected";
                if (message.retryAfterMs != null && $Object.hasOwnProperty.call(message, "retryAfterMs"))
                    if (!$util.isInteger(message.retryAfterMs))
                        return "retryAfterMs: integer expected";
                return null;
            };

            /**
             * Creates a Disconnect message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof zerorelay.v1.Disconnect
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {zerorelay.v1.Disconnect} Disconnect
             */
            Disconnect.fromObject = function (object, _depth) {
                if (object instanceof $root.zerorelay.v1.Disconnect)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".zerorelay.v1.Disconnect: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.zerorelay.v1.Disconnect();
                if (object.code !== 0 && (typeof object.code !== "string" || $root.zerorelay.v1.CloseCode[object.code] !== 0))
                    switch (object.code) {
                    case "CLOSE_CODE_UNSPECIFIED":
                    case 0:
                        message.code = 0;
                        break;
                    case "CLOSE_CODE_NORMAL":
                    case 1000:
                        message.code = 1000;
                        break;
                    case "CLOSE_CODE_GOING_AWAY":
                    case 1001:
                        message.code = 1001;
                        break;
                    case "CLOSE_CODE_PROTOCOL_ERROR":
                    case 1002:
                        message.code = 1002;
                        break;
                    case "CLOSE_CODE_UNSUPPORTED_DATA":
                    case 1003:
                        message.code = 1003;
                        break;
                    case "CLOSE_CODE_ABNORMAL":
                    case 1006:
                        message.code = 1006;
                        break;
                    case "CLOSE_CODE_INVALID_PAYLOAD":
                    case 1007:
                        message.code = 1007;
                        break;
                    case "CLOSE_CODE_POLICY_VIOLATION":
                    case 1008:
                        message.code = 1008;
                        break;
                    case "CLOSE_CODE_MESSAGE_TOO_BIG":
                    case 1009:
                        message.code = 1009;
                        break;
                    case "CLOSE_CODE_INTERNAL_ERROR":
                    case 1011:
                        message.code = 1011;
                        break;
                    case "CLOSE_CODE_SERVICE_RESTART":
                    case 1012:
                        message.code = 1012;
                        break;
                    case "CLOSE_CODE_TRY_AGAIN_LATER":
                    case 1013:
                        message.code = 1013;
                        break;
                    case "CLOSE_CODE_SHUTDOWN":
                    case 4000:
                        message.code = 4000;
                        break;
                    case "CLOSE_CODE_TOKEN_EXPIRED":
                    case 4001:
                        message.code = 4001;
                        break;
                    case "CLOSE_CODE_SLOW_CONSUMER":
                    case 4008:
                        message.code = 4008;
                        break;
                    case "CLOSE_CODE_PING_TIMEOUT":
                    case 4012:
                        message.code = 4012;
                        break;
                    case "CLOSE_CODE_AUTH_TIMEOUT":
                    case 4300:
                        message.code = 4300;
                        break;
                    case "CLOSE_CODE_CONNECTION_LIMIT":
                    case 4303:
                        message.code = 4303;
                        break;
                    case "CLOSE_CODE_RATE_LIMITED":
                    case 4329:
                        message.code = 4329;
                        break;
                    case "CLOSE_CODE_BAD_REQUEST":
                    case 4500:
                        message.code = 4500;
                        break;
                    case "CLOSE_CODE_UNAUTHENTICATED":
                    case 4501:
                        message.code = 4501;
                        break;
                    case "CLOSE_CODE_FORBIDDEN":
                    case 4503:
                        message.code = 4503;
                        break;
                    case "CLOSE_CODE_TOKEN_REVOKED":
                    case 4504:
                        message.code = 4504;
                        break;
                    default:
                        if (typeof object.code === "number" && (object.code | 0) === object.code)
                            message.code = object.code;
                    }
                if (object.reason != null)
                    if (typeof object.reason !== "string" || object.reason.length)
                        message.reason = $String(object.reason);
                if (object.advice !== 0 && (typeof object.advice !== "string" || $root.zerorelay.v1.ReconnectAdvice[object.advice] !== 0))
                    switch (object.advice) {
                    case "RECONNECT_ADVICE_UNSPECIFIED":
                    case 0:
                        message.advice = 0;
                        break;
                    case "RECONNECT_ADVICE_RECONNECT":
                    case 1:
                        message.advice = 1;
                        break;
                    case "RECONNECT_ADVICE_BACKOFF":
                    case 2:
                        message.advice = 2;
                        break;
                    case "RECONNECT_ADVICE_STOP":
                    case 3:
                        message.advice = 3;
                        break;
                    default:
                        if (typeof object.advice === "number" && (object.advice | 0) === object.advice)
                            message.advice = object.advice;
                    }
                if (object.retryAfterMs != null)
                    if ($Number(object.retryAfterMs) !== 0)
                        message.retryAfterMs = object.retryAfterMs >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a Disconnect message. Also converts values to other types if specified.
             * @function toObject
             * @memberof zerorelay.v1.Disconnect
             * @static
             * @param {zerorelay.v1.Disconnect} message Disconnect
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Disconnect.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.code = options.enums === $String ? "CLOSE_CODE_UNSPECIFIED" : 0;
                    object.reason = "";
                    object.advice = options.enums === $String ? "RECONNECT_ADVICE_UNSPECIFIED" : 0;
                    object.retryAfterMs = 0;
                }
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    object.code = options.enums === $String ? $root.zerorelay.v1.CloseCode[message.code] === $undefined ? message.code : $root.zerorelay.v1.CloseCode[message.code] : message.code;
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                if (message.advice != null && $Object.hasOwnProperty.call(message, "advice"))
                    object.advice = options.enums === $String ? $root.zerorelay.v1.ReconnectAdvice[message.advice] === $undefined ? message.advice : $root.zerorelay.v1.ReconnectAdvice[message.advice] : message.advice;
                if (message.retryAfterMs != null && $Object.hasOwnProperty.call(message, "retryAfterMs"))
                    object.retryAfterMs = message.retryAfterMs;
                return object;
            };

            /**
             * Converts this Disconnect to JSON.
             * @function toJSON
             * @memberof zerorelay.v1.Disconnect
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Disconnect.prototype.toJSON = function() {
                return Disconnect.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Disconnect
             * @function getTypeUrl
             * @memberof zerorelay.v1.Disconnect
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Disconnect.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/zerorelay.v1.Disconnect";
            };

            return Disconnect;
        })();

        /**
         * DeliveryMode enum.
         * @name zerorelay.v1.DeliveryMode
         * @enum {number}
         * @property {number} DELIVERY_MODE_UNSPECIFIED=0 DELIVERY_MODE_UNSPECIFIED value
         * @property {number} DELIVERY_MODE_AT_MOST_ONCE=1 DELIVERY_MODE_AT_MOST_ONCE value
         * @property {number} DELIVERY_MODE_AT_LEAST_ONCE=2 DELIVERY_MODE_AT_LEAST_ONCE value
         */
        v1.DeliveryMode = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "DELIVERY_MODE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "DELIVERY_MODE_AT_MOST_ONCE"] = 1;
            values[valuesById[2] = "DELIVERY_MODE_AT_LEAST_ONCE"] = 2;
            return values;
        })();

        return v1;
    })();

    return zerorelay;
})();

export {
  $root as default
};
