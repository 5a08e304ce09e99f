// Package zerorelay is the Go client of zerorelay, a WebSocket pub/sub relay. It
// implements the SDK behaviour of docs/sdk-spec.md on the wire protocol of
// docs/protocol.md.
//
//	c, err := zerorelay.Dial(ctx, "wss://relay.example/v1/ws", zerorelay.WithToken(tok))
//	if err != nil {
//		return err
//	}
//	defer c.Close()
//	sub, err := c.Subscribe(ctx, "chat.room.42")
//	if err != nil {
//		return err
//	}
//	if _, err := c.Publish(ctx, "chat.room.42", []byte("hi")); err != nil {
//		return err
//	}
//	d, err := sub.Next(ctx) // ErrSubscriptionClosed after Unsubscribe
//
// # Package map
//
//   - client.go: Dial, Client (connection state machine, reconnect, heartbeats, token
//     refresh, Publish, Ping, Status).
//   - subscription.go: Subscribe, Subscription (Next, All, Unsubscribe), Delivery (Ack),
//     resubscribe with resume, cumulative in-order acks, wildcard routing.
//   - option.go: functional options of Dial, Subscribe and Publish, with their defaults.
//   - error.go: *Error, *CloseError, *GapError, CodeOf, CloseCodeOf, the Code and
//     CloseCode re-exports and the close-code policy.
//   - backoff.go: exponential backoff with full jitter, Retry-After parsing.
//   - internal/gen: generated protobuf code (never edited; regenerate with npm run gen).
//   - internal/fakerelay: a scripted in-process relay for tests and examples.
//   - cmd/zr-driver: the conformance driver (docs/conformance.md).
//
// # Errors
//
// Every error the package returns for a failed operation is an *Error (errors.As), with
// the protocol Code, Retryable and RetryAfter. Errors of a closed connection wrap a
// *CloseError (CloseCodeOf). Context errors map to CodeCanceled and CodeDeadlineExceeded
// and keep the context error as the cause, so errors.Is(err, context.Canceled) holds.
//
// # Lifetimes
//
// Dial's ctx bounds the first connection only; the client lives until Close or a
// terminal close (a stop-class close code, a refused upgrade that cannot succeed, or any
// lost connection when reconnecting is disabled). Subscribe's ctx governs the
// subscription's life. Every other ctx bounds one call; without a deadline the client's
// request timeout applies.
package zerorelay
