package zerorelay

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	zerorelayv1 "github.com/zerorelay/zerorelay/sdks/go/internal/gen/zerorelay/v1"
)

// Code is the protocol's closed set of reasons an operation fails (errors.proto).
// Its String method returns the proto name, e.g. "CODE_PERMISSION_DENIED".
type Code = zerorelayv1.Code

// The protocol codes. CodeCanceled and CodeDeadlineExceeded are produced by the SDK only.
const (
	CodeUnspecified           = zerorelayv1.Code_CODE_UNSPECIFIED
	CodeBadRequest            = zerorelayv1.Code_CODE_BAD_REQUEST
	CodeUnauthenticated       = zerorelayv1.Code_CODE_UNAUTHENTICATED
	CodePermissionDenied      = zerorelayv1.Code_CODE_PERMISSION_DENIED
	CodeInvalidTopic          = zerorelayv1.Code_CODE_INVALID_TOPIC
	CodeNotFound              = zerorelayv1.Code_CODE_NOT_FOUND
	CodeAlreadySubscribed     = zerorelayv1.Code_CODE_ALREADY_SUBSCRIBED
	CodeLimitExceeded         = zerorelayv1.Code_CODE_LIMIT_EXCEEDED
	CodeRateLimited           = zerorelayv1.Code_CODE_RATE_LIMITED
	CodeUnrecoverablePosition = zerorelayv1.Code_CODE_UNRECOVERABLE_POSITION
	CodeUnavailable           = zerorelayv1.Code_CODE_UNAVAILABLE
	CodeInternal              = zerorelayv1.Code_CODE_INTERNAL
	CodeTokenExpired          = zerorelayv1.Code_CODE_TOKEN_EXPIRED
	CodeUnimplemented         = zerorelayv1.Code_CODE_UNIMPLEMENTED
	CodeCanceled              = zerorelayv1.Code_CODE_CANCELED
	CodeDeadlineExceeded      = zerorelayv1.Code_CODE_DEADLINE_EXCEEDED
)

// CloseCode is a WebSocket close code (errors.proto CloseCode). The enum is open:
// codes the SDK does not know keep their number and follow the rule of their range.
type CloseCode = zerorelayv1.CloseCode

// Close codes the SDK gives a meaning to (docs/protocol.md#close-codes).
const (
	CloseNormal          = zerorelayv1.CloseCode_CLOSE_CODE_NORMAL
	CloseGoingAway       = zerorelayv1.CloseCode_CLOSE_CODE_GOING_AWAY
	CloseAbnormal        = zerorelayv1.CloseCode_CLOSE_CODE_ABNORMAL
	CloseMessageTooBig   = zerorelayv1.CloseCode_CLOSE_CODE_MESSAGE_TOO_BIG
	CloseTryAgainLater   = zerorelayv1.CloseCode_CLOSE_CODE_TRY_AGAIN_LATER
	CloseShutdown        = zerorelayv1.CloseCode_CLOSE_CODE_SHUTDOWN
	CloseTokenExpired    = zerorelayv1.CloseCode_CLOSE_CODE_TOKEN_EXPIRED
	CloseSlowConsumer    = zerorelayv1.CloseCode_CLOSE_CODE_SLOW_CONSUMER
	ClosePingTimeout     = zerorelayv1.CloseCode_CLOSE_CODE_PING_TIMEOUT
	CloseAuthTimeout     = zerorelayv1.CloseCode_CLOSE_CODE_AUTH_TIMEOUT
	CloseConnectionLimit = zerorelayv1.CloseCode_CLOSE_CODE_CONNECTION_LIMIT
	CloseRateLimited     = zerorelayv1.CloseCode_CLOSE_CODE_RATE_LIMITED
	CloseBadRequest      = zerorelayv1.CloseCode_CLOSE_CODE_BAD_REQUEST
	CloseUnauthenticated = zerorelayv1.CloseCode_CLOSE_CODE_UNAUTHENTICATED
	CloseForbidden       = zerorelayv1.CloseCode_CLOSE_CODE_FORBIDDEN
	CloseTokenRevoked    = zerorelayv1.CloseCode_CLOSE_CODE_TOKEN_REVOKED
)

// ErrSubscriptionClosed is returned by Subscription.Next after the subscription was
// unsubscribed or its client closed cleanly. A subscription ended by an error returns
// that error instead.
var ErrSubscriptionClosed = errors.New("zerorelay: subscription closed")

// Position is a point in a topic's history: an opaque epoch and an offset within it.
// Offsets of different epochs are never compared.
type Position struct {
	Epoch  string
	Offset uint64
}

// Error is the SDK's one error type: a failed command (the server's Error reply), a lost
// or refused connection, or an SDK-side cancellation or timeout. Use errors.As to get it,
// or CodeOf for its code. Its message reads "permission_denied: publish to "a.b" denied".
type Error struct {
	code       Code
	detail     string
	retryable  bool
	retryAfter time.Duration
	closeCode  CloseCode
	position   *Position
	cause      error
}

// Error returns "code_name: detail".
func (e *Error) Error() string {
	return codeName(e.code) + ": " + e.detail
}

// Code returns the protocol code; never CodeUnspecified and never a value outside the enum.
func (e *Error) Code() Code { return e.code }

// Retryable reports whether the same operation may succeed later.
func (e *Error) Retryable() bool { return e.retryable }

// RetryAfter returns the earliest time a retry may succeed, counted from when the error
// arrived; zero when unknown.
func (e *Error) RetryAfter() time.Duration { return e.retryAfter }

// CloseCode returns the WebSocket close code when the error ended a connection, else 0.
func (e *Error) CloseCode() CloseCode { return e.closeCode }

// Position returns the topic's current position reported with CodeUnrecoverablePosition.
func (e *Error) Position() (Position, bool) {
	if e.position == nil {
		return Position{}, false
	}
	return *e.position, true
}

// Unwrap returns the underlying cause: a context error, a *CloseError, a transport error.
func (e *Error) Unwrap() error { return e.cause }

// CloseError describes how a connection ended: the close code (from the server's
// Disconnect frame, else the WebSocket close frame, else 1006) and the reason. The
// terminal *Error of a client wraps it; use errors.As or CloseCodeOf.
type CloseError struct {
	Code   CloseCode
	Reason string
}

// Error returns "connection closed (code: reason)".
func (e *CloseError) Error() string {
	if e.Reason == "" {
		return fmt.Sprintf("connection closed (%d)", int32(e.Code))
	}
	return fmt.Sprintf("connection closed (%d: %s)", int32(e.Code), e.Reason)
}

// CodeOf returns the protocol code of err: the code of a wrapped *Error, CodeCanceled for
// context.Canceled, CodeDeadlineExceeded for context.DeadlineExceeded, CodeUnspecified for
// nil and CodeInternal for anything else.
func CodeOf(err error) Code {
	if err == nil {
		return CodeUnspecified
	}
	var e *Error
	if errors.As(err, &e) {
		return e.code
	}
	switch {
	case errors.Is(err, context.Canceled):
		return CodeCanceled
	case errors.Is(err, context.DeadlineExceeded):
		return CodeDeadlineExceeded
	}
	return CodeInternal
}

// CloseCodeOf returns the close code carried by err (a wrapped *CloseError or an *Error
// with a close code), or 0 when err did not come from a closed connection.
func CloseCodeOf(err error) CloseCode {
	var ce *CloseError
	if errors.As(err, &ce) {
		return ce.Code
	}
	var e *Error
	if errors.As(err, &e) {
		return e.closeCode
	}
	return 0
}

// codeName maps CODE_PERMISSION_DENIED to permission_denied.
func codeName(code Code) string {
	name, ok := zerorelayv1.Code_name[int32(code)]
	if !ok {
		name = "CODE_INTERNAL"
	}
	return strings.ToLower(strings.TrimPrefix(name, "CODE_"))
}

// normalizeCode maps any value onto the closed Code set; unknown values and
// CodeUnspecified become CodeInternal.
func normalizeCode(code Code) Code {
	if _, ok := zerorelayv1.Code_name[int32(code)]; !ok || code == CodeUnspecified {
		return CodeInternal
	}
	return code
}

// defaultRetryable is the retryability of a code when nothing else says.
func defaultRetryable(code Code) bool {
	switch code {
	case CodeRateLimited, CodeUnavailable, CodeInternal, CodeDeadlineExceeded:
		return true
	}
	return false
}

// newError builds an *Error with the code's default retryability.
func newError(code Code, detail string) *Error {
	code = normalizeCode(code)
	return &Error{code: code, detail: detail, retryable: defaultRetryable(code)}
}

// newErrorf is newError with a format.
func newErrorf(code Code, format string, args ...any) *Error {
	return newError(code, fmt.Sprintf(format, args...))
}

// NewError returns an *Error with code and detail; a token provider returns one to keep
// its code and retryability (a non-retryable one stops the client).
func NewError(code Code, detail string, retryable bool) *Error {
	e := newError(code, detail)
	e.retryable = retryable
	return e
}

// wireError converts a server's Error reply; context names the operation.
func wireError(w *zerorelayv1.Error, context string) *Error {
	detail := w.GetMessage()
	if detail == "" {
		detail = "server error"
	}
	if context != "" {
		detail = context + ": " + detail
	}
	e := &Error{
		code:       normalizeCode(w.GetCode()),
		detail:     detail,
		retryable:  w.GetRetryable(),
		retryAfter: time.Duration(w.GetRetryAfterMs()) * time.Millisecond,
	}
	if p := w.GetPosition(); p != nil {
		e.position = &Position{Epoch: p.GetEpoch(), Offset: p.GetOffset()}
	}
	return e
}

// ctxError maps a context error onto CodeCanceled / CodeDeadlineExceeded, keeping the
// context error as the cause so that errors.Is(err, context.Canceled) stays true.
func ctxError(ctx context.Context, what string) *Error {
	err := ctx.Err()
	if errors.Is(err, context.DeadlineExceeded) {
		return &Error{code: CodeDeadlineExceeded, detail: what + ": deadline exceeded", retryable: true, cause: err}
	}
	return &Error{code: CodeCanceled, detail: what + ": canceled", cause: err}
}

// canceledError is the error of operations that end because the client closed cleanly.
func canceledError(detail string) *Error {
	return &Error{code: CodeCanceled, detail: detail, cause: context.Canceled}
}

// closeAction is the class of a close code (docs/protocol.md#close-codes).
type closeAction int

const (
	actionReconnect closeAction = iota
	actionBackoff
	actionStop
)

// classifyClose returns the action a client takes after a close with code.
func classifyClose(code CloseCode) closeAction {
	switch {
	case code >= 4000 && code <= 4299:
		return actionReconnect
	case code >= 4300 && code <= 4499:
		return actionBackoff
	case code >= 4500 && code <= 4999:
		return actionStop
	}
	switch code {
	case 1001, 1005, 1006, 1012:
		return actionReconnect
	case 1000, 1002, 1003, 1007, 1008, 1009, 1010, 1015:
		return actionStop
	}
	return actionBackoff
}

// codeForClose is the Code of a terminal error for a close without a preceding error reply
// (docs/sdk-spec.md §4).
func codeForClose(code CloseCode) Code {
	switch code {
	case 1000:
		return CodeCanceled
	case 4001:
		return CodeTokenExpired
	case 4501:
		return CodeUnauthenticated
	case 4503, 4504:
		return CodePermissionDenied
	case 4500, 1002, 1003, 1007, 1008:
		return CodeBadRequest
	case 1009, 4303:
		return CodeLimitExceeded
	case 4329:
		return CodeRateLimited
	}
	return CodeUnavailable
}

// GapKind says why a subscription missed messages.
type GapKind int

const (
	// GapDropped: the server dropped deliveries for this subscriber (slow consumer).
	GapDropped GapKind = iota + 1
	// GapUnrecoverablePosition: a resume was refused; messages after LastPosition up to
	// CurrentPosition are lost, and the subscription started over without resume.
	GapUnrecoverablePosition
)

// GapError is returned by Subscription.Next, in stream order, when the subscription
// missed messages. It does not end the subscription: call Next again to continue.
type GapError struct {
	// Subscription is the subscription's topic or pattern.
	Subscription string
	// Topic is the concrete topic with the gap.
	Topic string
	// Kind says why messages were missed.
	Kind GapKind
	// Dropped is the number of dropped deliveries (GapDropped).
	Dropped uint64
	// LastPosition is the position the SDK tried to resume after (GapUnrecoverablePosition).
	LastPosition Position
	// CurrentPosition is the topic's current position per the server (GapUnrecoverablePosition).
	CurrentPosition Position
}

// Error describes the gap.
func (g *GapError) Error() string {
	if g.Kind == GapDropped {
		return fmt.Sprintf("gap: %d deliveries dropped on %q", g.Dropped, g.Topic)
	}
	return fmt.Sprintf("gap: cannot resume %q after %s/%d (now %s/%d): messages were lost",
		g.Topic, g.LastPosition.Epoch, g.LastPosition.Offset, g.CurrentPosition.Epoch, g.CurrentPosition.Offset)
}

// Unwrap returns an *Error with CodeLimitExceeded (dropped) or CodeUnrecoverablePosition,
// so that CodeOf works on gaps too.
func (g *GapError) Unwrap() error {
	if g.Kind == GapDropped {
		return &Error{code: CodeLimitExceeded, detail: g.Error()}
	}
	p := g.CurrentPosition
	return &Error{code: CodeUnrecoverablePosition, detail: g.Error(), position: &p}
}
