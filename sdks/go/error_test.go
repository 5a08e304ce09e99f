package zerorelay

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"net/http"
	"testing"
	"time"
)

func TestError_MessageAndAccessors(t *testing.T) {
	e := NewError(CodePermissionDenied, `publish to "a.b" denied`, false)
	if got := e.Error(); got != `permission_denied: publish to "a.b" denied` {
		t.Fatalf("message = %q", got)
	}
	wrapped := fmt.Errorf("outer: %w", e)
	var target *Error
	if !errors.As(wrapped, &target) || target.Code() != CodePermissionDenied || target.Retryable() {
		t.Fatalf("errors.As failed: %v", target)
	}
	if CodeOf(wrapped) != CodePermissionDenied {
		t.Fatalf("CodeOf = %v", CodeOf(wrapped))
	}
	if newError(Code(99), "x").Code() != CodeInternal || newError(CodeUnspecified, "x").Code() != CodeInternal {
		t.Fatal("unknown codes must map to CodeInternal")
	}
}

func TestError_ContextErrorsKeepTheirIdentity(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	err := ctxError(ctx, "publish")
	if CodeOf(err) != CodeCanceled || !errors.Is(err, context.Canceled) {
		t.Fatalf("canceled: code %v, is %v", CodeOf(err), errors.Is(err, context.Canceled))
	}
	dctx, dcancel := context.WithDeadline(context.Background(), time.Now().Add(-time.Second))
	defer dcancel()
	err = ctxError(dctx, "publish")
	if CodeOf(err) != CodeDeadlineExceeded || !errors.Is(err, context.DeadlineExceeded) || !err.Retryable() {
		t.Fatalf("deadline: %v", err)
	}
	if CodeOf(context.Canceled) != CodeCanceled || CodeOf(errors.New("x")) != CodeInternal || CodeOf(nil) != CodeUnspecified {
		t.Fatal("CodeOf of plain errors")
	}
}

func TestError_CloseCodeOf(t *testing.T) {
	ce := &CloseError{Code: 4503, Reason: "tenant disabled"}
	err := &Error{code: CodePermissionDenied, detail: ce.Error(), closeCode: 4503, cause: ce}
	if CloseCodeOf(fmt.Errorf("x: %w", err)) != 4503 {
		t.Fatal("CloseCodeOf through wrapping")
	}
	var got *CloseError
	if !errors.As(err, &got) || got.Reason != "tenant disabled" {
		t.Fatal("errors.As *CloseError")
	}
	if CloseCodeOf(errors.New("x")) != 0 {
		t.Fatal("CloseCodeOf of a plain error")
	}
}

func TestClassifyClose_Ranges(t *testing.T) {
	cases := map[CloseCode]closeAction{
		1000: actionStop, 1001: actionReconnect, 1006: actionReconnect, 1009: actionStop, 1011: actionBackoff,
		1012: actionReconnect, 1013: actionBackoff, 4000: actionReconnect, 4299: actionReconnect,
		4300: actionBackoff, 4499: actionBackoff, 4500: actionStop, 4999: actionStop, 3000: actionBackoff, 5000: actionBackoff,
	}
	for code, want := range cases {
		if got := classifyClose(code); got != want {
			t.Errorf("classifyClose(%d) = %v, want %v", code, got, want)
		}
	}
	codes := map[CloseCode]Code{
		1000: CodeCanceled, 4001: CodeTokenExpired, 4501: CodeUnauthenticated, 4503: CodePermissionDenied,
		4504: CodePermissionDenied, 4500: CodeBadRequest, 1007: CodeBadRequest, 1009: CodeLimitExceeded,
		4303: CodeLimitExceeded, 4329: CodeRateLimited, 4000: CodeUnavailable, 1006: CodeUnavailable,
	}
	for code, want := range codes {
		if got := codeForClose(code); got != want {
			t.Errorf("codeForClose(%d) = %v, want %v", code, got, want)
		}
	}
}

func TestBackoff_FullJitterWithinCeiling(t *testing.T) {
	b := newBackoff(ReconnectPolicy{InitialDelay: 100 * time.Millisecond, MaxDelay: time.Second, Random: rand.New(rand.NewPCG(7, 7)).Float64})
	wantCeil := []time.Duration{100, 200, 400, 800, 1000, 1000}
	sawNonZero := false
	for k, c := range wantCeil {
		c *= time.Millisecond
		if got := b.ceiling(k); got != c {
			t.Fatalf("d_%d = %v, want %v", k, got, c)
		}
		d := b.next()
		if d < 0 || d > c {
			t.Fatalf("delay_%d = %v outside [0, %v]", k, d, c)
		}
		sawNonZero = sawNonZero || d > 0
	}
	if !sawNonZero {
		t.Fatal("jitter produced only zeros")
	}
	b.reset()
	if b.attempt != 0 {
		t.Fatal("reset")
	}
	one := newBackoff(ReconnectPolicy{InitialDelay: 100 * time.Millisecond, Random: func() float64 { return 0.5 }})
	if d := one.next(); d != 50*time.Millisecond {
		t.Fatalf("uniform scaling: %v", d)
	}
	def := newBackoff(ReconnectPolicy{})
	if def.initial != 250*time.Millisecond || def.max != 15*time.Second || def.multiplier != 2 {
		t.Fatalf("defaults: %+v", def)
	}
}

func TestParseRetryAfter(t *testing.T) {
	now := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	if d, ok := parseRetryAfter("3", now); !ok || d != 3*time.Second {
		t.Fatalf("seconds: %v %v", d, ok)
	}
	date := now.Add(90 * time.Second).Format(http.TimeFormat)
	if d, ok := parseRetryAfter(date, now); !ok || d != 90*time.Second {
		t.Fatalf("date: %v %v", d, ok)
	}
	if _, ok := parseRetryAfter("soon", now); ok {
		t.Fatal("garbage accepted")
	}
	if _, ok := parseRetryAfter("", now); ok {
		t.Fatal("empty accepted")
	}
}

func TestTopicMatches(t *testing.T) {
	cases := []struct {
		pattern, topic string
		want           bool
	}{
		{"orders.*", "orders.eu", true},
		{"orders.*", "orders", false},
		{"orders.*", "orders.eu.fr", false},
		{"orders.>", "orders.eu", true},
		{"orders.>", "orders.eu.fr", true},
		{"orders.>", "orders", false},
		{"*.eu", "orders.eu", true},
		{"orders.eu", "orders.eu", true},
		{"orders.eu", "orders.fr", false},
		{">", "a", true},
	}
	for _, c := range cases {
		if got := topicMatches(c.pattern, c.topic); got != c.want {
			t.Errorf("topicMatches(%q, %q) = %v", c.pattern, c.topic, got)
		}
	}
}

func TestAllocID_SkipsZeroAndPending(t *testing.T) {
	c := &Client{pending: map[uint32]*pendingReq{1: {}}, nextID: ^uint32(0)}
	if id := c.allocID(); id != ^uint32(0) {
		t.Fatalf("first = %d", id)
	}
	if id := c.allocID(); id != 2 {
		t.Fatalf("after wrap = %d, want 2 (0 skipped, 1 pending)", id)
	}
}
