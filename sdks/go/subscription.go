package zerorelay

import (
	"context"
	"fmt"
	"iter"
	"slices"
	"strings"
	"time"

	zerorelayv1 "github.com/zerorelay/zerorelay/sdks/go/internal/gen/zerorelay/v1"
)

// Delivery is one message received on a subscription.
type Delivery struct {
	// Topic is the concrete topic the message was published to.
	Topic string
	// Subscription is the topic or pattern of the subscription that yielded it.
	Subscription string
	// Data is the publisher's payload, unchanged.
	Data []byte
	// Headers are the publisher's headers, unchanged.
	Headers map[string]string
	// Epoch is the epoch of Offset; empty for topics without history.
	Epoch string
	// Offset is the message's offset within the epoch (0 for topics without history).
	Offset uint64
	// PublishedAtMs is when the server accepted the publish, in milliseconds since the Unix epoch.
	PublishedAtMs uint64
	// DeliveryCount is 1 for the first delivery, 2+ for redeliveries (at-least-once).
	DeliveryCount uint32

	sub   *Subscription
	gen   uint64
	acked bool
}

// PublishedAt returns PublishedAtMs as a time.
func (d *Delivery) PublishedAt() time.Time { return time.UnixMilli(int64(d.PublishedAtMs)) }

// Ack acknowledges the delivery of an at-least-once subscription (a no-op otherwise).
// Acks are sent cumulatively and in order: offset o is acknowledged once every earlier
// delivery handed out on the same connection is acknowledged too. Acks of deliveries
// from an earlier connection or epoch are ignored (the server redelivers them).
//
// Ack does not wait for the network: it returns once the acknowledgement is recorded.
// The ack frame follows, coalesced with later acknowledgements, within the client's
// ack delay (WithAckDelay, default 10ms), sooner when a batch of deliveries is
// acknowledged, and before an Unsubscribe or a Close. Acknowledgements not yet sent
// when the connection drops are not sent on the next one, but they count for the resume:
// the resubscribe resumes after the last acknowledged offset, so those deliveries do not
// come again. Idempotent. It fails only when ctx is done.
func (d *Delivery) Ack(ctx context.Context) error {
	if ctx.Err() != nil {
		return ctxError(ctx, "ack")
	}
	s := d.sub
	if s == nil || s.mode != AtLeastOnce {
		return nil
	}
	s.c.mu.Lock()
	defer s.c.mu.Unlock()
	s.ack(d)
	return nil
}

// SubscribeInfo is what the server said when the subscription (re)started: its
// subscribeAck.
type SubscribeInfo struct {
	// Position is the topic's position when the subscription started.
	Position Position
	// Mode is the effective delivery mode.
	Mode DeliveryMode
	// MaxInFlight is the effective max in flight (at-least-once).
	MaxInFlight uint32
}

type subState int

const (
	subPending subState = iota
	subActive
	subResubscribing
	subClosed
)

type subItem struct {
	d   *Delivery
	gap *GapError
}

type outstanding struct {
	offset uint64
	acked  bool
}

// Subscription is a stream of deliveries for one topic or pattern. It survives
// reconnects (resubscribing, with resume where the server supports it). Read it with
// Next or All, one consumer at a time. Fields are guarded by the client's mutex.
type Subscription struct {
	c           *Client
	topic       string
	mode        DeliveryMode
	autoAck     bool
	maxInFlight uint32
	isPattern   bool

	state      subState
	buf        []subItem
	wake       chan struct{}
	ended      chan struct{}
	endErr     error
	ready      chan struct{}
	readyErr   error
	info       SubscribeInfo
	gen        uint64
	out        []outstanding
	outEpoch   string
	position   *Position
	lastHanded *Delivery
	sentOnConn bool
	stopCtx    func() bool

	// Ack coalescing (at-least-once, docs/sdk-spec.md §7), for connection s.gen:
	// ackEpoch/ackOffset is the highest offset acknowledged cumulatively; ackUnsent
	// counts the deliveries acknowledged since the last ack frame (> 0: an ack is due);
	// ackTimer sends it after the client's ack delay.
	ackBatch  int
	ackEpoch  string
	ackOffset uint64
	ackUnsent int
	ackTimer  *time.Timer
}

// Subscribe subscribes to a topic or a pattern ("*" one token, ">" one or more trailing
// tokens) and waits for the server's subscribeAck; while the client is disconnected it
// waits for the next connection. ctx governs the subscription's life, as for a gRPC
// stream: when ctx is done the subscription unsubscribes and Next returns CodeCanceled.
// A second subscription to the same topic or pattern on one client fails locally with
// CodeAlreadySubscribed.
func (c *Client) Subscribe(ctx context.Context, topic string, opts ...SubscribeOption) (*Subscription, error) {
	var so subscribeOptions
	for _, o := range opts {
		if o != nil {
			o.applySubscribe(&so)
		}
	}
	s := &Subscription{
		c: c, topic: topic, mode: so.mode, autoAck: !so.manualAck, maxInFlight: so.maxInFlight,
		isPattern: isPattern(topic),
		wake:      make(chan struct{}, 1), ended: make(chan struct{}), ready: make(chan struct{}),
	}
	c.mu.Lock()
	if c.state == StateClosed {
		err := c.closedErr()
		c.mu.Unlock()
		return nil, err
	}
	if ctx.Err() != nil {
		c.mu.Unlock()
		return nil, ctxError(ctx, fmt.Sprintf("subscribe %q", topic))
	}
	if _, dup := c.subs[topic]; dup {
		c.mu.Unlock()
		return nil, newErrorf(CodeAlreadySubscribed, "already subscribed to %q", topic)
	}
	s.stopCtx = context.AfterFunc(ctx, func() {
		s.cancel(ctxError(ctx, fmt.Sprintf("subscription to %q", topic)))
	})
	c.subs[topic] = s
	c.subList = append(c.subList, s)
	if c.state == StateConnected {
		c.sendSubscribe(s, false, true)
	}
	c.mu.Unlock()
	<-s.ready
	c.mu.Lock()
	err := s.readyErr
	c.mu.Unlock()
	if err != nil {
		return nil, err
	}
	return s, nil
}

// Topic returns the subscription's topic or pattern.
func (s *Subscription) Topic() string { return s.topic }

// Info returns what the server said in the last subscribeAck.
func (s *Subscription) Info() SubscribeInfo {
	s.c.mu.Lock()
	defer s.c.mu.Unlock()
	return s.info
}

// Done returns a channel closed when the subscription has ended.
func (s *Subscription) Done() <-chan struct{} { return s.ended }

// Next returns the next delivery, in the order the server sent them. With auto-ack (the
// default for at-least-once), calling Next acknowledges the delivery it returned before.
// It returns a *GapError when messages were missed (the subscription goes on: call Next
// again), ErrSubscriptionClosed after Unsubscribe or a clean Close, the error that ended
// the subscription after the buffered deliveries, and a CodeCanceled or
// CodeDeadlineExceeded *Error when ctx is done (the subscription goes on).
func (s *Subscription) Next(ctx context.Context) (*Delivery, error) {
	c := s.c
	c.mu.Lock()
	if s.autoAck && s.lastHanded != nil {
		s.ack(s.lastHanded)
	}
	s.lastHanded = nil
	for {
		if len(s.buf) > 0 {
			it := s.buf[0]
			s.buf[0] = subItem{}
			s.buf = s.buf[1:]
			if it.gap != nil {
				c.mu.Unlock()
				return nil, it.gap
			}
			s.lastHanded = it.d
			c.mu.Unlock()
			return it.d, nil
		}
		if s.state == subClosed {
			err := s.endErr
			c.mu.Unlock()
			if err == nil {
				return nil, ErrSubscriptionClosed
			}
			return nil, err
		}
		c.mu.Unlock()
		select {
		case <-s.wake:
		case <-s.ended:
		case <-ctx.Done():
			return nil, ctxError(ctx, "next")
		}
		c.mu.Lock()
	}
}

// All returns an iterator over the deliveries, for use with range. It yields gaps as
// (nil, *GapError) and goes on; it ends after yielding the error that ended the
// subscription or ctx's error, and silently after Unsubscribe or Close. Leaving the loop
// early (break) unsubscribes; the delivery being handled is then not acknowledged, so
// at-least-once redelivers it.
func (s *Subscription) All(ctx context.Context) iter.Seq2[*Delivery, error] {
	return func(yield func(*Delivery, error) bool) {
		for {
			d, err := s.Next(ctx)
			if err == ErrSubscriptionClosed {
				return
			}
			if err != nil {
				_, isGap := err.(*GapError)
				if !yield(nil, err) || !isGap {
					s.abandon()
					return
				}
				continue
			}
			if !yield(d, nil) {
				s.abandon()
				return
			}
		}
	}
}

// abandon unsubscribes without acknowledging the delivery in hand.
func (s *Subscription) abandon() {
	s.c.mu.Lock()
	s.lastHanded = nil
	s.c.mu.Unlock()
	_ = s.Unsubscribe(context.Background())
}

// Unsubscribe ends the subscription at once (buffered deliveries are discarded; Next then
// returns ErrSubscriptionClosed) and, when connected, sends unsubscribe and waits for the
// server's reply, whose error it returns. Idempotent.
func (s *Subscription) Unsubscribe(ctx context.Context) error {
	c := s.c
	c.mu.Lock()
	if s.state == subClosed {
		c.mu.Unlock()
		return nil
	}
	s.flushAck() // the pending ack goes before the unsubscribe
	s.finish(nil, true)
	conn := c.detach(s)
	c.mu.Unlock()
	if conn == nil {
		return nil
	}
	_, err := c.roundTrip(ctx, conn, fmt.Sprintf("unsubscribe %q", s.topic), &zerorelayv1.ClientFrame{
		Kind: &zerorelayv1.ClientFrame_Unsubscribe{Unsubscribe: &zerorelayv1.Unsubscribe{Topic: s.topic}},
	})
	if CodeOf(err) == CodeUnavailable {
		return nil // the connection is gone, and the subscription with it
	}
	return err
}

// cancel ends the subscription with err and unsubscribes in the background.
func (s *Subscription) cancel(err error) {
	c := s.c
	c.mu.Lock()
	defer c.mu.Unlock()
	if s.state == subClosed {
		return
	}
	s.flushAck() // the pending ack goes before the unsubscribe
	s.finish(err, true)
	if conn := c.detach(s); conn != nil {
		id := c.allocID()
		c.pending[id] = &pendingReq{onReply: func(*zerorelayv1.ServerFrame) {}, onLost: func() {}}
		c.send(conn, &zerorelayv1.ClientFrame{Id: id, Kind: &zerorelayv1.ClientFrame_Unsubscribe{
			Unsubscribe: &zerorelayv1.Unsubscribe{Topic: s.topic},
		}})
	}
}

// detach removes s from the client. It returns the connection to send unsubscribe on,
// nil when there is none or the subscribe never went out on it. Called with c.mu held.
func (c *Client) detach(s *Subscription) *connection {
	if c.subs[s.topic] != s {
		return nil
	}
	delete(c.subs, s.topic)
	c.subList = slices.DeleteFunc(c.subList, func(x *Subscription) bool { return x == s })
	if c.state != StateConnected || !s.sentOnConn {
		return nil
	}
	return c.conn
}

// sendSubscribe sends subscribe for s on the current connection; isReconnect allows a
// resume position. Called with c.mu held.
func (c *Client) sendSubscribe(s *Subscription, isReconnect, allowResume bool) {
	if s.state == subClosed || c.conn == nil {
		return
	}
	conn := c.conn
	var resumeAfter *zerorelayv1.StreamPosition
	var asked Position
	if allowResume && isReconnect && !s.isPattern && s.position != nil && s.position.Epoch != "" &&
		c.session != nil && c.session.HasFeature("resume") {
		asked = *s.position
		resumeAfter = &zerorelayv1.StreamPosition{Epoch: asked.Epoch, Offset: asked.Offset}
	}
	mode := zerorelayv1.DeliveryMode_DELIVERY_MODE_AT_MOST_ONCE
	if s.mode == AtLeastOnce {
		mode = zerorelayv1.DeliveryMode_DELIVERY_MODE_AT_LEAST_ONCE
	}
	id := c.allocID()
	var timer *time.Timer
	entry := &pendingReq{
		onReply: func(f *zerorelayv1.ServerFrame) {
			stopTimer(timer)
			if s.state == subClosed || c.conn != conn {
				return
			}
			if a := f.GetSubscribeAck(); a != nil {
				info := SubscribeInfo{
					Position:    Position{Epoch: a.GetPosition().GetEpoch(), Offset: a.GetPosition().GetOffset()},
					Mode:        s.mode,
					MaxInFlight: a.GetMaxInFlight(),
				}
				switch a.GetMode() {
				case zerorelayv1.DeliveryMode_DELIVERY_MODE_AT_LEAST_ONCE:
					info.Mode = AtLeastOnce
				case zerorelayv1.DeliveryMode_DELIVERY_MODE_AT_MOST_ONCE:
					info.Mode = AtMostOnce
				}
				s.onSubscribed(conn.gen, info)
				return
			}
			var err *Error
			if e := f.GetError(); e != nil {
				err = wireError(e, fmt.Sprintf("subscribe %q", s.topic))
			} else {
				err = newErrorf(CodeInternal, "unexpected reply to subscribe %q", s.topic)
			}
			if err.code == CodeUnrecoverablePosition && resumeAfter != nil {
				// Surface the loss, then start over without resume; never retry the resume.
				current, _ := err.Position()
				s.gap(&GapError{
					Subscription: s.topic, Topic: s.topic, Kind: GapUnrecoverablePosition,
					LastPosition: asked, CurrentPosition: current,
				})
				s.position = nil
				c.sendSubscribe(s, isReconnect, false)
				return
			}
			c.dropSubscription(s, err)
		},
		onLost: func() {
			stopTimer(timer)
			// Closed: finalize ends the subscription; otherwise it resubscribes on the next connection.
		},
	}
	c.pending[id] = entry
	timer = time.AfterFunc(c.opts.requestTimeout, func() {
		c.mu.Lock()
		defer c.mu.Unlock()
		if c.pending[id] != entry {
			return
		}
		delete(c.pending, id)
		c.dropSubscription(s, newErrorf(CodeDeadlineExceeded, "no reply to subscribe %q within %v", s.topic, c.opts.requestTimeout))
	})
	s.sentOnConn = true
	c.send(conn, &zerorelayv1.ClientFrame{Id: id, Kind: &zerorelayv1.ClientFrame_Subscribe{Subscribe: &zerorelayv1.Subscribe{
		Topic: s.topic, Mode: mode, ResumeAfter: resumeAfter, MaxInFlight: s.maxInFlight,
	}}})
}

// dropSubscription ends s with err. Called with c.mu held.
func (c *Client) dropSubscription(s *Subscription, err error) {
	if c.subs[s.topic] == s {
		delete(c.subs, s.topic)
		c.subList = slices.DeleteFunc(c.subList, func(x *Subscription) bool { return x == s })
	}
	s.finish(err, false)
}

// onSubscribed handles a subscribeAck on connection gen. Called with c.mu held.
func (s *Subscription) onSubscribed(gen uint64, info SubscribeInfo) {
	s.dropAck()
	s.state = subActive
	s.gen = gen
	s.out = nil
	s.info = info
	s.ackBatch = ackBatch(info.MaxInFlight)
	if info.Position.Epoch != "" && (s.position == nil || s.position.Epoch != info.Position.Epoch) {
		// Resume keeps its older position; a fresh start begins at the subscribeAck position.
		p := info.Position
		s.position = &p
	}
	select {
	case <-s.ready:
	default:
		close(s.ready)
	}
}

// onDisconnected prepares s for resubscribing. Called with c.mu held.
func (s *Subscription) onDisconnected() {
	if s.state == subClosed {
		return
	}
	s.sentOnConn = false
	if s.state == subActive {
		s.state = subResubscribing
	}
	s.out = nil
	s.dropAck() // never sent on a later connection; the resume position already includes it
	if s.mode == AtLeastOnce {
		// Unconsumed at-least-once deliveries will be redelivered after the last ack.
		s.buf = slices.DeleteFunc(s.buf, func(it subItem) bool { return it.d != nil })
		s.lastHanded = nil
	}
}

// push buffers a delivery that arrived on connection gen. Called with c.mu held.
func (s *Subscription) push(m *zerorelayv1.Delivery, gen uint64) {
	d := &Delivery{
		Topic: m.GetTopic(), Subscription: s.topic, Data: m.GetPayload(), Headers: m.GetHeaders(),
		Epoch: m.GetEpoch(), Offset: m.GetOffset(), PublishedAtMs: m.GetPublishedAtMs(),
		DeliveryCount: m.GetDeliveryCount(), sub: s, gen: gen,
	}
	if d.Headers == nil {
		d.Headers = map[string]string{}
	}
	if s.mode == AtLeastOnce {
		if d.Epoch != s.outEpoch {
			s.dropAck() // the relay restarted the stream in the new epoch and would refuse an old-epoch ack
			s.out = nil
			s.outEpoch = d.Epoch
		}
		seen := slices.ContainsFunc(s.out, func(o outstanding) bool { return o.offset == d.Offset })
		alreadyAcked := s.position != nil && s.position.Epoch == d.Epoch && d.Offset <= s.position.Offset
		last := len(s.out) == 0 || d.Offset > s.out[len(s.out)-1].offset
		if !seen && !alreadyAcked && last {
			s.out = append(s.out, outstanding{offset: d.Offset})
		}
	} else if !s.isPattern && d.Epoch != "" {
		s.position = &Position{Epoch: d.Epoch, Offset: d.Offset}
	}
	s.enqueue(subItem{d: d})
}

// gap surfaces a gap in stream order. Called with c.mu held.
func (s *Subscription) gap(g *GapError) {
	if s.state != subClosed {
		s.enqueue(subItem{gap: g})
	}
}

func (s *Subscription) enqueue(it subItem) {
	s.buf = append(s.buf, it)
	select {
	case s.wake <- struct{}{}:
	default:
	}
}

// ack marks d acknowledged and records the cumulative ack it completes; the ack frame
// follows per the coalescing rule. Called with c.mu held.
func (s *Subscription) ack(d *Delivery) {
	if d.acked || s.mode != AtLeastOnce {
		return
	}
	d.acked = true
	if d.gen != s.gen || d.Epoch != s.outEpoch || s.state != subActive {
		return
	}
	i := slices.IndexFunc(s.out, func(o outstanding) bool { return o.offset == d.Offset })
	if i < 0 {
		return
	}
	s.out[i].acked = true
	var upTo uint64
	n := 0
	for n < len(s.out) && s.out[n].acked {
		upTo = s.out[n].offset
		n++
	}
	if n == 0 {
		return
	}
	s.out = s.out[n:]
	// Acknowledged: the resume position moves now, whether or not the frame has gone out.
	s.position = &Position{Epoch: d.Epoch, Offset: upTo}
	s.ackEpoch, s.ackOffset = d.Epoch, upTo
	s.ackUnsent += n
	c := s.c
	if s.ackUnsent >= s.ackBatch || c.opts.ackDelay <= 0 {
		s.flushAck()
		return
	}
	if s.ackTimer == nil {
		var t *time.Timer
		t = time.AfterFunc(c.opts.ackDelay, func() {
			c.mu.Lock()
			defer c.mu.Unlock()
			if s.ackTimer == t { // not stopped or replaced meanwhile
				s.ackTimer = nil
				s.flushAck()
			}
		})
		s.ackTimer = t
	}
}

// ackBatch is how many acknowledged deliveries send an ack frame at once:
// min(64, max(1, floor(maxInFlight/4))), and 1 when maxInFlight is 0 (unknown).
func ackBatch(maxInFlight uint32) int {
	return int(min(64, max(1, maxInFlight/4)))
}

// flushAck sends the pending cumulative ack, if any, on the connection it belongs to.
// Called with c.mu held.
func (s *Subscription) flushAck() {
	if s.ackUnsent == 0 {
		s.dropAck()
		return
	}
	c := s.c
	conn := c.conn
	if conn == nil || conn.gen != s.gen || c.state != StateConnected {
		s.dropAck()
		return
	}
	epoch, offset := s.ackEpoch, s.ackOffset
	s.dropAck()
	c.send(conn, &zerorelayv1.ClientFrame{Kind: &zerorelayv1.ClientFrame_Ack{
		Ack: &zerorelayv1.Ack{Topic: s.topic, Epoch: epoch, Offset: offset},
	}})
}

// dropAck forgets the pending ack and stops its timer. Called with c.mu held.
func (s *Subscription) dropAck() {
	s.ackUnsent = 0
	stopTimer(s.ackTimer)
	s.ackTimer = nil
}

// finish ends the subscription: with err after the buffered deliveries, or (discard)
// dropping them. Called with c.mu held.
func (s *Subscription) finish(err error, discard bool) {
	if s.state == subClosed {
		return
	}
	s.state = subClosed
	s.endErr = err
	s.dropAck()
	if discard {
		s.buf = nil
	}
	s.lastHanded = nil
	if s.stopCtx != nil {
		s.stopCtx()
	}
	select {
	case <-s.ready:
	default:
		s.readyErr = err
		if err == nil {
			s.readyErr = canceledError(fmt.Sprintf("subscription to %q ended", s.topic))
		}
		close(s.ready)
	}
	close(s.ended)
}

// topicMatches reports whether topic matches pattern ("*" one token, ">" one or more
// trailing tokens).
func topicMatches(pattern, topic string) bool {
	if pattern == topic {
		return true
	}
	if !isPattern(pattern) {
		return false
	}
	p := strings.Split(pattern, ".")
	t := strings.Split(topic, ".")
	for i, tok := range p {
		if tok == ">" {
			return i == len(p)-1 && len(t) > i
		}
		if i >= len(t) || (tok != "*" && tok != t[i]) {
			return false
		}
	}
	return len(p) == len(t)
}

// isPattern reports whether topic contains a wildcard token.
func isPattern(topic string) bool {
	for _, tok := range strings.Split(topic, ".") {
		if tok == "*" || tok == ">" {
			return true
		}
	}
	return false
}
