package zerorelay

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/zerorelay/zerorelay/sdks/go/internal/fakerelay"
	zerorelayv1 "github.com/zerorelay/zerorelay/sdks/go/internal/gen/zerorelay/v1"
)

func TestPublish_OversizeRejectedLocally(t *testing.T) {
	s := startRelay(t, fakerelay.Options{Limits: &zerorelayv1.Limits{MaxFrameBytes: 200}})
	c := dial(t, s)
	ctx := testCtx(t)
	_, err := c.Publish(ctx, "a.b", make([]byte, 500))
	var e *Error
	if !errors.As(err, &e) || e.Code() != CodeLimitExceeded || e.Retryable() {
		t.Fatalf("err = %v", err)
	}
	if _, err := c.Publish(ctx, "a.b", []byte("small")); err != nil {
		t.Fatal(err)
	}
	pubs := framesOf[*zerorelayv1.ClientFrame_Publish](s, 0)
	if len(pubs) != 1 || string(pubs[0].GetPublish().GetPayload()) != "small" {
		t.Fatalf("server saw %d publishes", len(pubs))
	}
}

func TestPublish_ServerErrorIsTyped(t *testing.T) {
	s := startRelay(t, fakerelay.Options{})
	s.SetHandler(func(conn *fakerelay.Conn, f *zerorelayv1.ClientFrame) bool {
		if p := f.GetPublish(); p != nil {
			conn.Reply(f.GetId(), &zerorelayv1.Error{Code: zerorelayv1.Code_CODE_RATE_LIMITED, Message: "slow down", Retryable: true, RetryAfterMs: 1500})
			return true
		}
		return false
	})
	c := dial(t, s)
	_, err := c.Publish(testCtx(t), "a.b", []byte("x"))
	var e *Error
	if !errors.As(err, &e) || e.Code() != CodeRateLimited || !e.Retryable() || e.RetryAfter() != 1500*time.Millisecond {
		t.Fatalf("err = %v", err)
	}
	if e.Error() != `rate_limited: publish to "a.b": slow down` {
		t.Fatalf("message %q", e.Error())
	}
}

// disconnectAndHold drops connection 0 and refuses upgrades until the returned func runs.
func disconnectAndHold(t *testing.T, s *fakerelay.Server, c *Client) (release func()) {
	t.Helper()
	hold := make(chan struct{})
	s.SetRefuse(func(int) (int, string) {
		select {
		case <-hold:
			return 0, ""
		default:
			return http.StatusServiceUnavailable, ""
		}
	})
	status := c.Status()
	s.Conn(0).Kill()
	nextEvent(t, status, EventDisconnected)
	return func() { close(hold) }
}

func TestPublish_WhileDisconnected(t *testing.T) {
	s := startRelay(t, fakerelay.Options{})
	c := dial(t, s, WithReconnect(ReconnectPolicy{InitialDelay: 5 * time.Millisecond, MaxDelay: 20 * time.Millisecond}))
	ctx := testCtx(t)
	sub, err := c.Subscribe(ctx, "q.x")
	if err != nil {
		t.Fatal(err)
	}
	release := disconnectAndHold(t, s, c)

	if _, err := c.Publish(ctx, "q.x", []byte("nope"), WithoutAck()); CodeOf(err) != CodeUnavailable || !err.(*Error).Retryable() {
		t.Fatalf("fire-and-forget while disconnected: %v", err)
	}
	short, cancel := context.WithTimeout(ctx, 30*time.Millisecond)
	defer cancel()
	_, err = c.Publish(short, "q.x", []byte("late"))
	if CodeOf(err) != CodeUnavailable || !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("queued publish past its deadline: %v", err)
	}
	canceled, cancelNow := context.WithCancel(ctx)
	results := make(chan error, 3)
	go func() { _, err := c.Publish(canceled, "q.x", []byte("canceled")); results <- err }()
	eventually(t, func() bool { c.mu.Lock(); defer c.mu.Unlock(); return len(c.outbox) == 1 })
	cancelNow()
	if err := <-results; CodeOf(err) != CodeCanceled || !errors.Is(err, context.Canceled) {
		t.Fatalf("canceled publish: %v", err)
	}
	go func() { _, err := c.Publish(ctx, "q.x", []byte("one")); results <- err }()
	eventually(t, func() bool { c.mu.Lock(); defer c.mu.Unlock(); return len(c.outbox) == 1 })
	go func() { _, err := c.Publish(ctx, "q.x", []byte("two")); results <- err }()
	eventually(t, func() bool { c.mu.Lock(); defer c.mu.Unlock(); return len(c.outbox) == 2 })
	release()
	for range 2 {
		if err := <-results; err != nil {
			t.Fatal(err)
		}
	}
	conn := len(s.Upgrades()) - 1
	_ = conn
	var kinds []string
	for _, r := range s.Frames() {
		if r.Conn != 1 {
			continue
		}
		switch k := r.Frame.GetKind().(type) {
		case *zerorelayv1.ClientFrame_Connect:
			kinds = append(kinds, "connect")
		case *zerorelayv1.ClientFrame_Subscribe:
			kinds = append(kinds, "subscribe")
		case *zerorelayv1.ClientFrame_Publish:
			kinds = append(kinds, "publish:"+string(k.Publish.GetPayload()))
		}
	}
	if got := strings.Join(kinds, ","); got != "connect,subscribe,publish:one,publish:two" {
		t.Fatalf("second connection saw %s", got)
	}
	for _, want := range []string{"one", "two"} {
		d, err := sub.Next(ctx)
		if err != nil || string(d.Data) != want {
			t.Fatalf("delivery %v %v, want %s", d, err, want)
		}
	}
}

func TestPublish_InFlightWhenConnectionDrops(t *testing.T) {
	s := startRelay(t, fakerelay.Options{})
	// The first connection swallows publishes, so they are in flight when it drops.
	s.SetHandler(func(conn *fakerelay.Conn, f *zerorelayv1.ClientFrame) bool {
		return conn.Index == 0 && f.GetPublish() != nil
	})
	c := dial(t, s, WithReconnect(ReconnectPolicy{InitialDelay: 5 * time.Millisecond}))
	ctx := testCtx(t)
	noKey := make(chan error, 1)
	withKey := make(chan *PublishAck, 1)
	go func() { _, err := c.Publish(ctx, "a.b", []byte("x")); noKey <- err }()
	go func() {
		ack, err := c.Publish(ctx, "a.b", []byte("y"), WithIdempotencyKey("k1"))
		if err != nil {
			t.Error(err)
		}
		withKey <- ack
	}()
	waitFrame[*zerorelayv1.ClientFrame_Publish](t, s, 0, 2)
	s.Conn(0).Kill()
	err := <-noKey
	if CodeOf(err) != CodeUnavailable || !strings.Contains(err.Error(), "may or may not have been stored") {
		t.Fatalf("publish without key: %v", err)
	}
	ack := <-withKey
	if ack == nil || ack.Offset != 1 {
		t.Fatalf("resent publish ack %+v", ack)
	}
	resent := waitFrame[*zerorelayv1.ClientFrame_Publish](t, s, 1, 1).GetPublish()
	if resent.GetIdempotencyKey() != "k1" || string(resent.GetPayload()) != "y" {
		t.Fatalf("resent %v", resent)
	}
}

func TestSubscribe_LocalDuplicateAndServerError(t *testing.T) {
	s := startRelay(t, fakerelay.Options{})
	s.SetHandler(func(conn *fakerelay.Conn, f *zerorelayv1.ClientFrame) bool {
		if sub := f.GetSubscribe(); sub != nil && sub.GetTopic() == "secret.x" {
			conn.Reply(f.GetId(), &zerorelayv1.Error{Code: zerorelayv1.Code_CODE_PERMISSION_DENIED, Message: "denied"})
			return true
		}
		return false
	})
	c := dial(t, s)
	ctx := testCtx(t)
	if _, err := c.Subscribe(ctx, "a.b"); err != nil {
		t.Fatal(err)
	}
	if _, err := c.Subscribe(ctx, "a.b"); CodeOf(err) != CodeAlreadySubscribed {
		t.Fatalf("duplicate: %v", err)
	}
	_, err := c.Subscribe(ctx, "secret.x")
	if CodeOf(err) != CodePermissionDenied || err.Error() != `permission_denied: subscribe "secret.x": denied` {
		t.Fatalf("denied: %v", err)
	}
	if n := len(framesOf[*zerorelayv1.ClientFrame_Subscribe](s, 0)); n != 2 {
		t.Fatalf("server saw %d subscribes, want 2", n)
	}
	// A failed subscription frees its topic.
	s.SetHandler(nil)
	if _, err := c.Subscribe(ctx, "secret.x"); err != nil {
		t.Fatal(err)
	}
}

func TestSubscribe_WildcardRoutingAndGaps(t *testing.T) {
	s := startRelay(t, fakerelay.Options{})
	c := dial(t, s)
	ctx := testCtx(t)
	star, err := c.Subscribe(ctx, "orders.*")
	if err != nil {
		t.Fatal(err)
	}
	exact, err := c.Subscribe(ctx, "orders.eu")
	if err != nil {
		t.Fatal(err)
	}
	s.Publish("orders.eu", []byte("o1"), nil, "")
	for _, sub := range []*Subscription{star, exact} {
		d, err := sub.Next(ctx)
		if err != nil || string(d.Data) != "o1" || d.Subscription != sub.Topic() {
			t.Fatalf("%s: %v %v", sub.Topic(), d, err)
		}
	}
	_ = s.Conn(0).Send(&zerorelayv1.ServerFrame{Kind: &zerorelayv1.ServerFrame_Gap{Gap: &zerorelayv1.Gap{Topic: "orders.eu", Dropped: 7}}})
	s.Publish("orders.eu", []byte("o2"), nil, "")
	for _, sub := range []*Subscription{star, exact} {
		_, err := sub.Next(ctx)
		var gap *GapError
		if !errors.As(err, &gap) || gap.Kind != GapDropped || gap.Dropped != 7 || gap.Topic != "orders.eu" {
			t.Fatalf("%s: want gap, got %v", sub.Topic(), err)
		}
		if d, err := sub.Next(ctx); err != nil || string(d.Data) != "o2" {
			t.Fatalf("after gap: %v %v", d, err)
		}
	}
}

func TestSubscribe_UnrecoverablePositionSurfacesGapThenPlainSubscribe(t *testing.T) {
	s := startRelay(t, fakerelay.Options{Features: []string{"resume"}, Retained: 2})
	c := dial(t, s, WithReconnect(ReconnectPolicy{InitialDelay: 5 * time.Millisecond}))
	ctx := testCtx(t)
	sub, err := c.Subscribe(ctx, "t.x")
	if err != nil {
		t.Fatal(err)
	}
	s.Publish("t.x", []byte("1"), nil, "")
	if _, err := sub.Next(ctx); err != nil {
		t.Fatal(err)
	}
	release := disconnectAndHold(t, s, c)
	for range 4 {
		s.Publish("t.x", []byte("later"), nil, "")
	}
	release()
	_, err = sub.Next(ctx)
	var gap *GapError
	if !errors.As(err, &gap) || gap.Kind != GapUnrecoverablePosition || gap.LastPosition.Offset != 1 || gap.CurrentPosition.Offset != 5 {
		t.Fatalf("want unrecoverable gap, got %v", err)
	}
	if CodeOf(err) != CodeUnrecoverablePosition {
		t.Fatalf("CodeOf(gap) = %v", CodeOf(err))
	}
	// The resume attempt and the plain resubscribe go out on the same connection; find it
	// rather than assuming it is the newest (a loaded machine may have seen another reconnect).
	conn := -1
	eventually(t, func() bool {
		for i := range s.Upgrades() {
			if len(framesOf[*zerorelayv1.ClientFrame_Subscribe](s, i)) >= 2 {
				conn = i
				return true
			}
		}
		return false
	})
	subs := framesOf[*zerorelayv1.ClientFrame_Subscribe](s, conn)
	if subs[0].GetSubscribe().GetResumeAfter().GetOffset() != 1 || subs[1].GetSubscribe().GetResumeAfter() != nil {
		t.Fatalf("resubscribes: %v", subs)
	}
	eventually(t, func() bool { return s.Subscribed(conn, "t.x") })
	s.Publish("t.x", []byte("live"), nil, "")
	if d, err := sub.Next(ctx); err != nil || string(d.Data) != "live" {
		t.Fatalf("live after gap: %v %v", d, err)
	}
}

func TestSubscribe_AtLeastOnceAcksCumulativelyInOrder(t *testing.T) {
	s := startRelay(t, fakerelay.Options{})
	c := dial(t, s)
	ctx := testCtx(t)
	sub, err := c.Subscribe(ctx, "jobs.a", WithDeliveryMode(AtLeastOnce), WithManualAck())
	if err != nil {
		t.Fatal(err)
	}
	if m := framesOf[*zerorelayv1.ClientFrame_Subscribe](s, 0)[0].GetSubscribe().GetMode(); m != zerorelayv1.DeliveryMode_DELIVERY_MODE_AT_LEAST_ONCE {
		t.Fatalf("mode %v", m)
	}
	var ds []*Delivery
	for i := range 3 {
		s.Publish("jobs.a", []byte{byte(i)}, nil, "")
		d, err := sub.Next(ctx)
		if err != nil {
			t.Fatal(err)
		}
		ds = append(ds, d)
	}
	must := func(err error) {
		if err != nil {
			t.Fatal(err)
		}
	}
	must(ds[1].Ack(ctx)) // out of order: nothing sent yet
	must(ds[0].Ack(ctx)) // completes 1..2
	must(ds[0].Ack(ctx)) // idempotent
	must(ds[2].Ack(ctx))
	waitFrame[*zerorelayv1.ClientFrame_Ack](t, s, 0, 2)
	// A ping round trip orders after any stray ack.
	if _, err := c.Ping(ctx); err != nil {
		t.Fatal(err)
	}
	acks := framesOf[*zerorelayv1.ClientFrame_Ack](s, 0)
	if len(acks) != 2 || acks[0].GetAck().GetOffset() != 2 || acks[1].GetAck().GetOffset() != 3 || acks[0].GetId() != 0 {
		t.Fatalf("acks %v", acks)
	}
}

func TestSubscribe_AutoAckOnNext(t *testing.T) {
	s := startRelay(t, fakerelay.Options{})
	c := dial(t, s)
	ctx := testCtx(t)
	sub, err := c.Subscribe(ctx, "jobs.b", WithDeliveryMode(AtLeastOnce))
	if err != nil {
		t.Fatal(err)
	}
	s.Publish("jobs.b", []byte("1"), nil, "")
	s.Publish("jobs.b", []byte("2"), nil, "")
	if _, err := sub.Next(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := sub.Next(ctx); err != nil { // acks offset 1
		t.Fatal(err)
	}
	ack := waitFrame[*zerorelayv1.ClientFrame_Ack](t, s, 0, 1).GetAck()
	if ack.GetOffset() != 1 || ack.GetTopic() != "jobs.b" || ack.GetEpoch() != "e1" {
		t.Fatalf("ack %v", ack)
	}
	// Leaving a range loop early unsubscribes without acking the delivery in hand.
	s.Publish("jobs.b", []byte("3"), nil, "")
	for range sub.All(ctx) {
		break
	}
	waitFrame[*zerorelayv1.ClientFrame_Unsubscribe](t, s, 0, 1)
	if _, err := c.Ping(ctx); err != nil {
		t.Fatal(err)
	}
	if acks := framesOf[*zerorelayv1.ClientFrame_Ack](s, 0); len(acks) != 2 || acks[1].GetAck().GetOffset() != 2 {
		t.Fatalf("acks %v", acks)
	}
}

func TestSubscribe_ContextEndsSubscription(t *testing.T) {
	s := startRelay(t, fakerelay.Options{})
	c := dial(t, s)
	ctx, cancel := context.WithCancel(testCtx(t))
	sub, err := c.Subscribe(ctx, "a.b")
	if err != nil {
		t.Fatal(err)
	}
	cancel()
	_, err = sub.Next(testCtx(t))
	if CodeOf(err) != CodeCanceled || !errors.Is(err, context.Canceled) {
		t.Fatalf("Next after ctx cancel: %v", err)
	}
	waitFrame[*zerorelayv1.ClientFrame_Unsubscribe](t, s, 0, 1)
	// The topic is free again.
	if _, err := c.Subscribe(testCtx(t), "a.b"); err != nil {
		t.Fatal(err)
	}
}

func TestSubscribe_NextHonoursCtxAndKeepsSubscription(t *testing.T) {
	s := startRelay(t, fakerelay.Options{})
	c := dial(t, s)
	sub, err := c.Subscribe(testCtx(t), "a.b")
	if err != nil {
		t.Fatal(err)
	}
	short, cancel := context.WithTimeout(testCtx(t), 10*time.Millisecond)
	defer cancel()
	if _, err := sub.Next(short); CodeOf(err) != CodeDeadlineExceeded {
		t.Fatalf("Next: %v", err)
	}
	s.Publish("a.b", []byte("x"), nil, "")
	if d, err := sub.Next(testCtx(t)); err != nil || string(d.Data) != "x" {
		t.Fatalf("after timeout: %v %v", d, err)
	}
}

func TestClient_CloseFailsPendingAndEndsEverything(t *testing.T) {
	s := startRelay(t, fakerelay.Options{})
	s.SetHandler(func(_ *fakerelay.Conn, f *zerorelayv1.ClientFrame) bool { return f.GetPublish() != nil })
	c := dial(t, s)
	status := c.Status()
	ctx := testCtx(t)
	sub, err := c.Subscribe(ctx, "a.b")
	if err != nil {
		t.Fatal(err)
	}
	pub := make(chan error, 1)
	go func() { _, err := c.Publish(ctx, "a.b", []byte("x")); pub <- err }()
	waitFrame[*zerorelayv1.ClientFrame_Publish](t, s, 0, 1)
	if err := c.Close(); err != nil {
		t.Fatal(err)
	}
	if err := <-pub; CodeOf(err) != CodeCanceled {
		t.Fatalf("pending publish: %v", err)
	}
	if _, err := sub.Next(ctx); !errors.Is(err, ErrSubscriptionClosed) {
		t.Fatalf("Next after Close: %v", err)
	}
	if ev := nextEvent(t, status, EventClosed); ev.Err != nil {
		t.Fatalf("clean close carried %v", ev.Err)
	}
	if _, err := c.Subscribe(ctx, "c.d"); CodeOf(err) != CodeCanceled {
		t.Fatalf("subscribe after close: %v", err)
	}
	if err := c.Close(); err != nil {
		t.Fatal("second Close")
	}
	select {
	case <-s.Conn(0).Done():
	case <-ctx.Done():
		t.Fatal("server connection still open")
	}
}

func TestClient_ReconnectDisabledCloses(t *testing.T) {
	s := startRelay(t, fakerelay.Options{})
	c := dial(t, s, WithReconnect(ReconnectPolicy{Disable: true}))
	s.Conn(0).Disconnect(CloseShutdown, "draining", 0)
	<-c.Done()
	if CodeOf(c.Err()) != CodeUnavailable || CloseCodeOf(c.Err()) != CloseShutdown || !c.Err().(*Error).Retryable() {
		t.Fatalf("err = %v", c.Err())
	}
}

func TestClient_ErrorWithIDZeroIsAStatusEvent(t *testing.T) {
	s := startRelay(t, fakerelay.Options{})
	c := dial(t, s)
	status := c.Status()
	_ = s.Conn(0).Send(&zerorelayv1.ServerFrame{Kind: &zerorelayv1.ServerFrame_Error{Error: &zerorelayv1.Error{
		Code: zerorelayv1.Code_CODE_BAD_REQUEST, Message: "bad ack",
	}}})
	if ev := nextEvent(t, status, EventError); CodeOf(ev.Err) != CodeBadRequest {
		t.Fatalf("event %+v", ev)
	}
	if _, err := c.Publish(testCtx(t), "a.b", []byte("x")); err != nil {
		t.Fatalf("unrelated publish failed: %v", err)
	}
}

// receiveN publishes n messages to topic and returns their deliveries in order.
func receiveN(t *testing.T, s *fakerelay.Server, sub *Subscription, n int) []*Delivery {
	t.Helper()
	ctx := testCtx(t)
	var ds []*Delivery
	for i := range n {
		s.Publish(sub.Topic(), []byte{byte(i)}, nil, "")
		d, err := sub.Next(ctx)
		if err != nil {
			t.Fatal(err)
		}
		ds = append(ds, d)
	}
	return ds
}

// ackTrace lists the ack, ping and unsubscribe frames connection conn sent, in order
// ("ack:3", "ping", "unsubscribe"). A Ping round trip orders after every frame queued
// before it, so "ping" after an Ack proves the ack was (or was not) sent at once.
func ackTrace(s *fakerelay.Server, conn int) string {
	var out []string
	for _, r := range s.Frames() {
		if r.Conn != conn {
			continue
		}
		switch k := r.Frame.GetKind().(type) {
		case *zerorelayv1.ClientFrame_Ack:
			out = append(out, fmt.Sprintf("ack:%d", k.Ack.GetOffset()))
		case *zerorelayv1.ClientFrame_Ping:
			out = append(out, "ping")
		case *zerorelayv1.ClientFrame_Unsubscribe:
			out = append(out, "unsubscribe")
		}
	}
	return strings.Join(out, ",")
}

func mustAck(t *testing.T, ds ...*Delivery) {
	t.Helper()
	for _, d := range ds {
		if err := d.Ack(testCtx(t)); err != nil {
			t.Fatal(err)
		}
	}
}

func mustPing(t *testing.T, c *Client) {
	t.Helper()
	if _, err := c.Ping(testCtx(t)); err != nil {
		t.Fatal(err)
	}
}

func subscribeManual(t *testing.T, c *Client, topic string, maxInFlight uint32) *Subscription {
	t.Helper()
	sub, err := c.Subscribe(testCtx(t), topic, WithDeliveryMode(AtLeastOnce), WithManualAck(), WithMaxInFlight(maxInFlight))
	if err != nil {
		t.Fatal(err)
	}
	return sub
}

func TestAckBatch_QuarterOfTheWindowCappedAt64(t *testing.T) {
	cases := map[uint32]int{0: 1, 1: 1, 3: 1, 4: 1, 7: 1, 8: 2, 63: 15, 64: 16, 100: 25, 255: 63, 256: 64, 257: 64, 10000: 64}
	for maxInFlight, want := range cases {
		if got := ackBatch(maxInFlight); got != want {
			t.Errorf("ackBatch(%d) = %d, want %d", maxInFlight, got, want)
		}
	}
}

func TestAck_CoalescesUpToTheBatch(t *testing.T) {
	s := startRelay(t, fakerelay.Options{})
	c := dial(t, s, WithAckDelay(time.Hour))       // only the count sends
	sub := subscribeManual(t, c, "jobs.batch", 64) // ackBatch = min(64, 64/4) = 16
	ds := receiveN(t, s, sub, 36)

	// Many deliveries acknowledged in one go: one frame, for the highest offset.
	mustAck(t, ds[1:20]...) // out of order: nothing acknowledged cumulatively yet
	mustAck(t, ds[0])       // completes 1..20 (>= 16)
	mustPing(t, c)
	// Below the batch: recorded, not sent.
	mustAck(t, ds[20:35]...) // 15 deliveries
	mustPing(t, c)
	mustAck(t, ds[35]) // the 16th since the last ack frame
	mustPing(t, c)
	if got, want := ackTrace(s, 0), "ack:20,ping,ping,ack:36,ping"; got != want {
		t.Fatalf("frames %s, want %s", got, want)
	}
}

func TestAck_SingleAckSentAfterTheDelay(t *testing.T) {
	const delay = 200 * time.Millisecond
	s := startRelay(t, fakerelay.Options{})
	c := dial(t, s, WithAckDelay(delay))
	sub := subscribeManual(t, c, "jobs.timer", 64)
	ds := receiveN(t, s, sub, 2)
	start := time.Now()
	mustAck(t, ds[0])
	mustPing(t, c) // queued right after the Ack: an ack sent at once would precede it
	r := waitFrame[*zerorelayv1.ClientFrame_Ack](t, s, 0, 1)
	if a := r.GetAck(); a.GetOffset() != 1 || a.GetTopic() != "jobs.timer" || a.GetEpoch() != "e1" {
		t.Fatalf("ack %v", a)
	}
	var at time.Time
	for _, f := range s.Frames() {
		if f.Frame == r {
			at = f.At
		}
	}
	if elapsed := at.Sub(start); elapsed < delay || elapsed > delay+3*time.Second {
		t.Fatalf("ack after %v, want about %v", elapsed, delay)
	}
	mustPing(t, c)
	if got, want := ackTrace(s, 0), "ping,ack:1,ping"; got != want {
		t.Fatalf("frames %s, want %s", got, want)
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if sub.ackTimer != nil || sub.ackUnsent != 0 {
		t.Fatalf("timer %v, unsent %d after the ack went out", sub.ackTimer, sub.ackUnsent)
	}
}

// Without a delay, or with a window too small to batch (ackBatch = max(1, 2/4) = 1), every
// acknowledgement is its own frame, sent at once: the ping after it comes after it.
func TestAck_SentAtOnce(t *testing.T) {
	for _, tc := range []struct {
		name        string
		delay       time.Duration
		maxInFlight uint32
		want        string
	}{
		{"zero delay", 0, 64, "ack:1,ping,ack:2,ping,ack:3,ping"},
		{"small window", time.Hour, 2, "ack:1,ping,ack:2,ping"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := startRelay(t, fakerelay.Options{})
			c := dial(t, s, WithAckDelay(tc.delay))
			sub := subscribeManual(t, c, "jobs.now", tc.maxInFlight)
			if got := sub.Info().MaxInFlight; got != tc.maxInFlight {
				t.Fatalf("effective maxInFlight %d", got)
			}
			for _, d := range receiveN(t, s, sub, strings.Count(tc.want, "ack")) {
				mustAck(t, d)
				mustPing(t, c)
			}
			if got := ackTrace(s, 0); got != tc.want {
				t.Fatalf("frames %s, want %s", got, tc.want)
			}
		})
	}
}

func TestAck_PendingAckGoesBeforeUnsubscribe(t *testing.T) {
	s := startRelay(t, fakerelay.Options{})
	c := dial(t, s, WithAckDelay(time.Hour))
	ctx := testCtx(t)
	sub, err := c.Subscribe(ctx, "jobs.unsub", WithDeliveryMode(AtLeastOnce), WithMaxInFlight(64)) // auto-ack
	if err != nil {
		t.Fatal(err)
	}
	ds := receiveN(t, s, sub, 3) // Next acknowledged 1 and 2; 3 is in hand
	mustPing(t, c)
	if err := sub.Unsubscribe(ctx); err != nil {
		t.Fatal(err)
	}
	if got, want := ackTrace(s, 0), "ping,ack:2,unsubscribe"; got != want {
		t.Fatalf("frames %s, want %s", got, want)
	}
	mustAck(t, ds[2]) // after Unsubscribe: nothing to send
	mustPing(t, c)
	if got, want := ackTrace(s, 0), "ping,ack:2,unsubscribe,ping"; got != want {
		t.Fatalf("frames %s, want %s", got, want)
	}
}

func TestAck_PendingAcksGoBeforeCleanClose(t *testing.T) {
	s := startRelay(t, fakerelay.Options{})
	c := dial(t, s, WithAckDelay(time.Hour))
	a := subscribeManual(t, c, "jobs.close.a", 64)
	b := subscribeManual(t, c, "jobs.close.b", 64)
	mustAck(t, receiveN(t, s, a, 2)...)
	mustAck(t, receiveN(t, s, b, 1)...)
	mustPing(t, c)
	if got := ackTrace(s, 0); got != "ping" {
		t.Fatalf("frames before Close: %s", got)
	}
	if err := c.Close(); err != nil {
		t.Fatal(err)
	}
	select {
	case <-s.Conn(0).Done(): // the server read every frame before the close frame
	case <-testCtx(t).Done():
		t.Fatal("server connection still open")
	}
	got := map[string]uint64{}
	for _, f := range framesOf[*zerorelayv1.ClientFrame_Ack](s, 0) {
		got[f.GetAck().GetTopic()] = f.GetAck().GetOffset()
	}
	trace := ackTrace(s, 0)
	if len(got) != 2 || got["jobs.close.a"] != 2 || got["jobs.close.b"] != 1 || (trace != "ping,ack:2,ack:1" && trace != "ping,ack:1,ack:2") {
		t.Fatalf("acks at close: %s", trace)
	}
}

func TestAck_PendingAcksDroppedWhenTheConnectionDrops(t *testing.T) {
	s := startRelay(t, fakerelay.Options{Features: []string{"resume"}})
	c := dial(t, s, WithAckDelay(time.Hour), WithReconnect(ReconnectPolicy{InitialDelay: 5 * time.Millisecond}))
	sub := subscribeManual(t, c, "jobs.drop", 64)
	old := receiveN(t, s, sub, 2)
	mustAck(t, old...) // pending: 1..2
	release := disconnectAndHold(t, s, c)
	c.mu.Lock()
	if sub.ackTimer != nil || sub.ackUnsent != 0 {
		c.mu.Unlock()
		t.Fatalf("after the drop: timer %v, unsent %d", sub.ackTimer, sub.ackUnsent)
	}
	c.mu.Unlock()
	release()
	// The acks never reached the server, but 1..2 were acknowledged: the resubscribe
	// resumes after 2, so they do not come again, and no connection sends an ack for them.
	waitResubscribe := func() int {
		deadline := time.Now().Add(5 * time.Second)
		for time.Now().Before(deadline) {
			conn := 0
			for _, r := range s.Frames() {
				if isKind[*zerorelayv1.ClientFrame_Subscribe](r.Frame) {
					conn = max(conn, r.Conn)
				}
			}
			if conn > 0 {
				return conn
			}
			time.Sleep(5 * time.Millisecond)
		}
		t.Fatal("no resubscribe")
		return 0
	}
	conn := waitResubscribe()
	if ra := framesOf[*zerorelayv1.ClientFrame_Subscribe](s, conn)[0].GetSubscribe().GetResumeAfter(); ra.GetEpoch() != "e1" || ra.GetOffset() != 2 {
		t.Fatalf("resumeAfter %v, want e1/2", ra)
	}
	next := receiveN(t, s, sub, 1)
	if next[0].Offset != 3 {
		t.Fatalf("after the resume got offset %d, want 3", next[0].Offset)
	}
	mustAck(t, old...)                // an earlier connection's: ignored
	mustAck(t, next[0])               // pending on the new connection: 3
	if err := c.Close(); err != nil { // flushes what is pending now, and only that
		t.Fatal(err)
	}
	<-s.Conn(conn).Done()
	for i := range conn {
		if got := ackTrace(s, i); got != "" {
			t.Fatalf("connection %d sent %s", i, got)
		}
	}
	if got := ackTrace(s, conn); got != "ack:3" {
		t.Fatalf("new connection sent %s, want ack:3", got)
	}
}

func TestAck_PendingAckOfAnOldEpochIsDropped(t *testing.T) {
	s := startRelay(t, fakerelay.Options{})
	c := dial(t, s, WithAckDelay(time.Hour))
	sub := subscribeManual(t, c, "jobs.epoch", 64) // ackBatch 16
	mustAck(t, receiveN(t, s, sub, 2)...)          // pending: e1/2
	// The relay restarted the topic in a new epoch (its store lost its state): the next
	// delivery is e2/1, and the relay would refuse an ack of e1.
	c.mu.Lock()
	sub.push(&zerorelayv1.Delivery{Topic: sub.Topic(), Payload: []byte{9}, Epoch: "e2", Offset: 1, DeliveryCount: 1}, sub.gen)
	unsent, timer := sub.ackUnsent, sub.ackTimer
	c.mu.Unlock()
	if unsent != 0 || timer != nil {
		t.Fatalf("after the new epoch: unsent %d, timer %v", unsent, timer)
	}
	d, err := sub.Next(testCtx(t))
	if err != nil {
		t.Fatal(err)
	}
	if d.Epoch != "e2" || d.Offset != 1 {
		t.Fatalf("got %s/%d", d.Epoch, d.Offset)
	}
	mustAck(t, d)
	if err := c.Close(); err != nil {
		t.Fatal(err)
	}
	<-s.Conn(0).Done()
	var acks []string
	for _, f := range framesOf[*zerorelayv1.ClientFrame_Ack](s, 0) {
		acks = append(acks, fmt.Sprintf("%s/%d", f.GetAck().GetEpoch(), f.GetAck().GetOffset()))
	}
	if got := strings.Join(acks, ","); got != "e2/1" {
		t.Fatalf("acks sent %q, want only e2/1", got)
	}
}
