package zerorelay

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"net/http"
	"sync/atomic"
	"testing"
	"time"

	"github.com/zerorelay/zerorelay/sdks/go/internal/fakerelay"
	zerorelayv1 "github.com/zerorelay/zerorelay/sdks/go/internal/gen/zerorelay/v1"
)

// testCtx bounds a test; every wait in the tests is bounded by it.
func testCtx(t *testing.T) context.Context {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	t.Cleanup(cancel)
	return ctx
}

func startRelay(t *testing.T, opts fakerelay.Options) *fakerelay.Server {
	t.Helper()
	s := fakerelay.New(opts)
	t.Cleanup(s.Close)
	return s
}

func dial(t *testing.T, s *fakerelay.Server, opts ...Option) *Client {
	t.Helper()
	c, err := Dial(testCtx(t), s.URL, opts...)
	if err != nil {
		t.Fatalf("Dial: %v", err)
	}
	t.Cleanup(func() { _ = c.Close() })
	return c
}

func isKind[T any](f *zerorelayv1.ClientFrame) bool {
	_, ok := f.GetKind().(T)
	return ok
}

func TestClient_PublishSubscribeRoundTrip(t *testing.T) {
	for _, enc := range []Encoding{Proto, JSON} {
		s := startRelay(t, fakerelay.Options{})
		c := dial(t, s, WithEncoding(enc))
		ctx := testCtx(t)
		sub, err := c.Subscribe(ctx, "chat.room.1")
		if err != nil {
			t.Fatal(err)
		}
		ack, err := c.Publish(ctx, "chat.room.1", []byte("hello"), WithMessageHeaders(map[string]string{"k": "é"}))
		if err != nil {
			t.Fatal(err)
		}
		if ack.Offset != 1 || ack.Epoch != "e1" || ack.Topic != "chat.room.1" {
			t.Fatalf("ack = %+v", ack)
		}
		d, err := sub.Next(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if string(d.Data) != "hello" || d.Offset != 1 || d.Headers["k"] != "é" || d.Subscription != "chat.room.1" {
			t.Fatalf("delivery = %+v", d)
		}
		if err := sub.Unsubscribe(ctx); err != nil {
			t.Fatal(err)
		}
		if _, err := sub.Next(ctx); !errors.Is(err, ErrSubscriptionClosed) {
			t.Fatalf("Next after Unsubscribe = %v", err)
		}
		if err := c.Close(); err != nil {
			t.Fatal(err)
		}
		if c.State() != StateClosed || c.Err() != nil {
			t.Fatalf("state %v err %v", c.State(), c.Err())
		}
	}
}

// nextEvent returns the next status event of type typ, failing the test on timeout.
func nextEvent(t *testing.T, ch <-chan StatusEvent, typ EventType) StatusEvent {
	t.Helper()
	timeout := time.After(10 * time.Second)
	for {
		select {
		case ev, ok := <-ch:
			if !ok {
				t.Fatalf("status channel closed while waiting for %v", typ)
			}
			if ev.Type == typ {
				return ev
			}
		case <-timeout:
			t.Fatalf("no %v event", typ)
		}
	}
}

func framesOf[T any](s *fakerelay.Server, conn int) []*zerorelayv1.ClientFrame {
	var out []*zerorelayv1.ClientFrame
	for _, r := range s.Frames() {
		if r.Conn == conn && isKind[T](r.Frame) {
			out = append(out, r.Frame)
		}
	}
	return out
}

func waitFrame[T any](t *testing.T, s *fakerelay.Server, conn, n int) *zerorelayv1.ClientFrame {
	t.Helper()
	r, err := s.WaitFrame(testCtx(t), n, func(r fakerelay.Recorded) bool {
		return (conn < 0 || r.Conn == conn) && isKind[T](r.Frame)
	})
	if err != nil {
		var zero T
		t.Fatalf("no frame %T #%d on conn %d: %v", zero, n, conn, err)
	}
	return r.Frame
}

func TestClient_ReconnectResumesAndReplays(t *testing.T) {
	s := startRelay(t, fakerelay.Options{Features: []string{"resume"}})
	c := dial(t, s, WithReconnect(ReconnectPolicy{InitialDelay: 10 * time.Millisecond}))
	status := c.Status()
	ctx := testCtx(t)
	sub, err := c.Subscribe(ctx, "chat.a")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.Publish(ctx, "chat.a", []byte("m1")); err != nil {
		t.Fatal(err)
	}
	if d, err := sub.Next(ctx); err != nil || d.Offset != 1 {
		t.Fatalf("first delivery %v %v", d, err)
	}
	first := c.Session().ID
	s.Conn(0).Kill()
	ev := nextEvent(t, status, EventDisconnected)
	if ev.CloseCode != CloseAbnormal || CodeOf(ev.Err) != CodeUnavailable || !ev.Err.(*Error).Retryable() {
		t.Fatalf("disconnected event: %+v", ev)
	}
	// Published while the client was away: the resume replays it.
	s.Publish("chat.a", []byte("m2"), nil, "")
	if ev := nextEvent(t, status, EventConnecting); ev.Attempt != 1 {
		t.Fatalf("attempt = %d", ev.Attempt)
	}
	nextEvent(t, status, EventConnected)
	connect := waitFrame[*zerorelayv1.ClientFrame_Connect](t, s, 1, 1).GetConnect()
	if connect.GetResume().GetPreviousSessionId() != first || connect.GetResume().GetAttempt() != 1 {
		t.Fatalf("resume info = %v", connect.GetResume())
	}
	resub := waitFrame[*zerorelayv1.ClientFrame_Subscribe](t, s, 1, 1).GetSubscribe()
	if ra := resub.GetResumeAfter(); ra.GetEpoch() != "e1" || ra.GetOffset() != 1 {
		t.Fatalf("resumeAfter = %v", ra)
	}
	d, err := sub.Next(ctx)
	if err != nil || string(d.Data) != "m2" || d.Offset != 2 {
		t.Fatalf("replayed delivery %v %v", d, err)
	}
}

func TestClient_BackoffGapsAtServer(t *testing.T) {
	s := startRelay(t, fakerelay.Options{})
	policy := ReconnectPolicy{
		InitialDelay: 20 * time.Millisecond, MaxDelay: 160 * time.Millisecond,
		Random: rand.New(rand.NewPCG(42, 1)).Float64,
	}
	c := dial(t, s, WithReconnect(policy))
	status := c.Status()
	// Every later connection is dropped on connect, without a close frame (1006: reconnect class).
	s.SetHandler(func(conn *fakerelay.Conn, f *zerorelayv1.ClientFrame) bool {
		if conn.Index > 0 && isKind[*zerorelayv1.ClientFrame_Connect](f) {
			conn.Kill()
			return true
		}
		return false
	})
	s.Conn(0).Kill()
	const attempts = 6
	if err := s.WaitUpgrades(testCtx(t), attempts+1); err != nil {
		t.Fatal(err)
	}
	ref := newBackoff(ReconnectPolicy{InitialDelay: policy.InitialDelay, MaxDelay: policy.MaxDelay, Random: rand.New(rand.NewPCG(42, 1)).Float64})
	ups := s.Upgrades()
	for k := 0; k < attempts; k++ {
		ev := nextEvent(t, status, EventDisconnected)
		want := ref.next()
		if ev.RetryIn != want || ev.RetryIn > ref.ceiling(k) {
			t.Fatalf("delay_%d = %v, want %v (d_k %v)", k, ev.RetryIn, want, ref.ceiling(k))
		}
		if k == 0 {
			continue // the first gap includes the first connection's lifetime
		}
		gap := ups[k+1].At.Sub(ups[k].At)
		// The gap is the delay plus the time to connect and be dropped; never shorter.
		if gap < want || gap > ref.ceiling(k)+time.Second {
			t.Fatalf("gap before attempt %d = %v, delay %v, d_k %v", k+1, gap, want, ref.ceiling(k))
		}
	}
	if c.State() == StateClosed {
		t.Fatal("client gave up on a reconnect-class close")
	}
}

func TestClient_RetryAfterFloors(t *testing.T) {
	t.Run("disconnect retryAfterMs", func(t *testing.T) {
		s := startRelay(t, fakerelay.Options{})
		c := dial(t, s, WithReconnect(ReconnectPolicy{InitialDelay: time.Millisecond, Random: func() float64 { return 0 }}))
		status := c.Status()
		s.Conn(0).Disconnect(CloseConnectionLimit, "too many connections", 300)
		ev := nextEvent(t, status, EventDisconnected)
		if ev.RetryIn != 300*time.Millisecond || ev.CloseCode != CloseConnectionLimit || CodeOf(ev.Err) != CodeLimitExceeded {
			t.Fatalf("event %+v", ev)
		}
		if err := s.WaitUpgrades(testCtx(t), 2); err != nil {
			t.Fatal(err)
		}
		ups := s.Upgrades()
		conn0Closed := ups[0].At // lower bound: the close happened after the first upgrade
		if gap := ups[1].At.Sub(conn0Closed); gap < 300*time.Millisecond {
			t.Fatalf("reconnected after %v, before the 300ms floor", gap)
		}
	})
	t.Run("backoff class without floor uses initial delay", func(t *testing.T) {
		s := startRelay(t, fakerelay.Options{})
		c := dial(t, s, WithReconnect(ReconnectPolicy{InitialDelay: 50 * time.Millisecond, Random: func() float64 { return 0 }}))
		status := c.Status()
		s.Conn(0).Disconnect(CloseTryAgainLater, "busy", 0)
		if ev := nextEvent(t, status, EventDisconnected); ev.RetryIn != 50*time.Millisecond {
			t.Fatalf("backoff floor = %v", ev.RetryIn)
		}
	})
	t.Run("HTTP 429 Retry-After", func(t *testing.T) {
		s := startRelay(t, fakerelay.Options{})
		s.SetRefuse(func(n int) (int, string) {
			if n == 1 {
				return http.StatusTooManyRequests, "1"
			}
			return 0, ""
		})
		start := time.Now()
		c, err := Dial(testCtx(t), s.URL, WithReconnect(ReconnectPolicy{RetryInitialConnect: true, InitialDelay: time.Millisecond}))
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		ups := s.Upgrades()
		if len(ups) != 2 || ups[0].Status != http.StatusTooManyRequests || ups[1].At.Sub(ups[0].At) < time.Second {
			t.Fatalf("upgrades %v after %v", len(ups), time.Since(start))
		}
	})
}

func TestClient_StopCodesCloseWithTypedError(t *testing.T) {
	s := startRelay(t, fakerelay.Options{})
	c := dial(t, s, WithReconnect(ReconnectPolicy{InitialDelay: time.Millisecond}))
	status := c.Status()
	ctx := testCtx(t)
	sub, err := c.Subscribe(ctx, "a.b")
	if err != nil {
		t.Fatal(err)
	}
	s.Conn(0).Disconnect(CloseForbidden, "tenant disabled", 0)
	ev := nextEvent(t, status, EventClosed)
	var e *Error
	if !errors.As(ev.Err, &e) || e.Code() != CodePermissionDenied || e.Retryable() || CloseCodeOf(ev.Err) != CloseForbidden {
		t.Fatalf("closed with %v", ev.Err)
	}
	var ce *CloseError
	if !errors.As(ev.Err, &ce) || ce.Reason != "tenant disabled" {
		t.Fatalf("close error %v", ce)
	}
	if _, ok := <-status; ok {
		t.Fatal("status channel not closed after closed")
	}
	if _, err := sub.Next(ctx); CodeOf(err) != CodePermissionDenied {
		t.Fatalf("subscription ended with %v", err)
	}
	if _, err := c.Publish(ctx, "a.b", nil); CodeOf(err) != CodePermissionDenied {
		t.Fatalf("publish after close: %v", err)
	}
	if !errors.Is(c.Err(), ev.Err) || len(s.Upgrades()) != 1 {
		t.Fatalf("err %v, upgrades %d", c.Err(), len(s.Upgrades()))
	}
}

func TestDial_FailuresAreTyped(t *testing.T) {
	t.Run("connect error then 4501", func(t *testing.T) {
		s := startRelay(t, fakerelay.Options{})
		s.SetConnectError(func(string) *zerorelayv1.Error {
			return &zerorelayv1.Error{Code: zerorelayv1.Code_CODE_UNAUTHENTICATED, Message: "bad token"}
		})
		_, err := Dial(testCtx(t), s.URL, WithToken("x"))
		if CodeOf(err) != CodeUnauthenticated || CloseCodeOf(err) != CloseUnauthenticated {
			t.Fatalf("err = %v", err)
		}
		if got := err.Error(); got != "unauthenticated: connect: bad token; connection closed (4501: connect failed)" {
			t.Fatalf("message = %q", got)
		}
	})
	for status, code := range map[int]Code{400: CodeBadRequest, 401: CodeUnauthenticated, 403: CodePermissionDenied, 404: CodeNotFound} {
		t.Run(fmt.Sprintf("HTTP %d stops", status), func(t *testing.T) {
			s := startRelay(t, fakerelay.Options{})
			s.SetRefuse(func(int) (int, string) { return status, "" })
			_, err := Dial(testCtx(t), s.URL, WithReconnect(ReconnectPolicy{RetryInitialConnect: true}))
			if CodeOf(err) != code || err.(*Error).Retryable() || len(s.Upgrades()) != 1 {
				t.Fatalf("err = %v, upgrades %d", err, len(s.Upgrades()))
			}
		})
	}
	t.Run("HTTP 503 without retry fails Dial retryable", func(t *testing.T) {
		s := startRelay(t, fakerelay.Options{})
		s.SetRefuse(func(int) (int, string) { return 503, "" })
		_, err := Dial(testCtx(t), s.URL)
		if CodeOf(err) != CodeUnavailable || !err.(*Error).Retryable() {
			t.Fatalf("err = %v", err)
		}
	})
	t.Run("subprotocol not offered", func(t *testing.T) {
		s := startRelay(t, fakerelay.Options{})
		s.SetSubprotocol("")
		_, err := Dial(testCtx(t), s.URL)
		if CodeOf(err) != CodeBadRequest {
			t.Fatalf("err = %v", err)
		}
	})
	t.Run("ctx canceled while retrying", func(t *testing.T) {
		s := startRelay(t, fakerelay.Options{})
		s.SetRefuse(func(int) (int, string) { return 503, "" })
		ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
		defer cancel()
		_, err := Dial(ctx, s.URL, WithReconnect(ReconnectPolicy{RetryInitialConnect: true, InitialDelay: 10 * time.Millisecond}))
		if CodeOf(err) != CodeDeadlineExceeded || !errors.Is(err, context.DeadlineExceeded) {
			t.Fatalf("err = %v", err)
		}
		if len(s.Upgrades()) < 2 {
			t.Fatalf("did not retry: %d upgrades", len(s.Upgrades()))
		}
	})
	t.Run("connect timeout", func(t *testing.T) {
		s := startRelay(t, fakerelay.Options{})
		s.SetHandler(func(*fakerelay.Conn, *zerorelayv1.ClientFrame) bool { return true })
		_, err := Dial(testCtx(t), s.URL, WithConnectTimeout(100*time.Millisecond))
		if CodeOf(err) != CodeUnavailable || CloseCodeOf(err) != ClosePingTimeout {
			t.Fatalf("err = %v", err)
		}
	})
}

func TestClient_TokenProviderAndExpiry(t *testing.T) {
	t.Run("4001 with a static token stops", func(t *testing.T) {
		s := startRelay(t, fakerelay.Options{})
		c := dial(t, s, WithToken("t0"))
		s.Conn(0).Disconnect(CloseTokenExpired, "expired", 0)
		<-c.Done()
		if CodeOf(c.Err()) != CodeTokenExpired || CloseCodeOf(c.Err()) != CloseTokenExpired {
			t.Fatalf("err = %v", c.Err())
		}
	})
	t.Run("4001 with a provider reconnects with a new token", func(t *testing.T) {
		s := startRelay(t, fakerelay.Options{})
		var calls atomic.Int32
		provider := func(context.Context) (string, error) { return fmt.Sprintf("t%d", calls.Add(1)), nil }
		c := dial(t, s, WithTokenProvider(provider), WithReconnect(ReconnectPolicy{InitialDelay: time.Millisecond}))
		status := c.Status()
		s.Conn(0).Disconnect(CloseTokenExpired, "expired", 0)
		if ev := nextEvent(t, status, EventDisconnected); CodeOf(ev.Err) != CodeTokenExpired {
			t.Fatalf("event %+v", ev)
		}
		nextEvent(t, status, EventConnected)
		first := waitFrame[*zerorelayv1.ClientFrame_Connect](t, s, 0, 1).GetConnect().GetToken()
		second := waitFrame[*zerorelayv1.ClientFrame_Connect](t, s, 1, 1).GetConnect().GetToken()
		if first != "t1" || second != "t2" {
			t.Fatalf("tokens %q %q", first, second)
		}
	})
	t.Run("provider failure backs off, typed non-retryable stops", func(t *testing.T) {
		s := startRelay(t, fakerelay.Options{})
		var calls atomic.Int32
		provider := func(context.Context) (string, error) {
			switch calls.Add(1) {
			case 1:
				return "ok", nil
			case 2:
				return "", errors.New("vault down")
			}
			return "", NewError(CodePermissionDenied, "account locked", false)
		}
		c := dial(t, s, WithTokenProvider(provider), WithReconnect(ReconnectPolicy{InitialDelay: time.Millisecond}))
		status := c.Status()
		s.Conn(0).Kill()
		nextEvent(t, status, EventDisconnected) // the kill
		ev := nextEvent(t, status, EventDisconnected)
		if CodeOf(ev.Err) != CodeUnauthenticated || !ev.Err.(*Error).Retryable() || ev.RetryIn < time.Millisecond {
			t.Fatalf("provider failure: %+v", ev)
		}
		closed := nextEvent(t, status, EventClosed)
		if CodeOf(closed.Err) != CodePermissionDenied {
			t.Fatalf("closed with %v", closed.Err)
		}
		if len(s.Upgrades()) != 1 {
			t.Fatalf("upgrades = %d; a failed provider must not upgrade", len(s.Upgrades()))
		}
	})
	t.Run("refresh at the refresh ratio", func(t *testing.T) {
		s := startRelay(t, fakerelay.Options{})
		s.SetTokenExpiry(func(token string) uint64 {
			if token == "t1" {
				return uint64(time.Now().Add(300 * time.Millisecond).UnixMilli())
			}
			return uint64(time.Now().Add(time.Hour).UnixMilli())
		})
		var calls atomic.Int32
		provider := func(context.Context) (string, error) { return fmt.Sprintf("t%d", calls.Add(1)), nil }
		c := dial(t, s, WithTokenProvider(provider))
		refresh := waitFrame[*zerorelayv1.ClientFrame_Refresh](t, s, 0, 1).GetRefresh()
		if refresh.GetToken() != "t2" {
			t.Fatalf("refresh token %q", refresh.GetToken())
		}
		frames := s.Frames()
		if gap := frames[len(frames)-1].At.Sub(frames[0].At); gap < 200*time.Millisecond {
			t.Fatalf("refreshed after %v, before 80%% of the 300ms lifetime", gap)
		}
		eventually(t, func() bool { return c.Session().TokenExpiresAtMs > uint64(time.Now().Add(time.Minute).UnixMilli()) })
	})
	t.Run("TOKEN_EXPIRED reply triggers a refresh", func(t *testing.T) {
		s := startRelay(t, fakerelay.Options{})
		s.SetHandler(func(conn *fakerelay.Conn, f *zerorelayv1.ClientFrame) bool {
			if isKind[*zerorelayv1.ClientFrame_Publish](f) {
				conn.Reply(f.GetId(), &zerorelayv1.Error{Code: zerorelayv1.Code_CODE_TOKEN_EXPIRED, Message: "expired"})
				return true
			}
			return false
		})
		c := dial(t, s, WithTokenProvider(func(context.Context) (string, error) { return "tok", nil }))
		_, err := c.Publish(testCtx(t), "a.b", []byte("x"))
		if CodeOf(err) != CodeTokenExpired {
			t.Fatalf("publish err %v", err)
		}
		waitFrame[*zerorelayv1.ClientFrame_Refresh](t, s, 0, 1)
	})
}

func TestClient_HeartbeatDetectsDeadServer(t *testing.T) {
	s := startRelay(t, fakerelay.Options{})
	c := dial(t, s, WithPingInterval(30*time.Millisecond), WithPongTimeout(60*time.Millisecond),
		WithReconnect(ReconnectPolicy{InitialDelay: time.Millisecond}))
	status := c.Status()
	// Answered pings keep the connection.
	waitFrame[*zerorelayv1.ClientFrame_Ping](t, s, 0, 3)
	s.Conn(0).SetHalfOpen(true)
	ev := nextEvent(t, status, EventDisconnected)
	if ev.CloseCode != ClosePingTimeout || CodeOf(ev.Err) != CodeUnavailable {
		t.Fatalf("event %+v", ev)
	}
	nextEvent(t, status, EventConnected)
	if len(s.Upgrades()) != 2 {
		t.Fatalf("upgrades = %d", len(s.Upgrades()))
	}
}

func TestClient_ServerLimitsConfigureHeartbeat(t *testing.T) {
	s := startRelay(t, fakerelay.Options{Limits: &zerorelayv1.Limits{PingIntervalMs: 20, PongTimeoutMs: 1000}})
	dial(t, s)
	waitFrame[*zerorelayv1.ClientFrame_Ping](t, s, 0, 2)
}

// eventually polls cond until it holds, failing after 5s.
func eventually(t *testing.T, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatal("condition not met within 5s")
		}
		time.Sleep(2 * time.Millisecond)
	}
}
