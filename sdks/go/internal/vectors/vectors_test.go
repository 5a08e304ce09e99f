// Package vectors checks the Go generated code against the shared test vectors in
// conformance/vectors/frames.json: binary and proto3-JSON forms must decode to equal
// messages, and invalid inputs must be rejected.
package vectors

import (
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	zerorelayv1 "github.com/zerorelay/zerorelay/sdks/go/internal/gen/zerorelay/v1"
	"google.golang.org/protobuf/encoding/protojson"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/reflect/protoreflect"
)

type vector struct {
	Name    string          `json:"name"`
	Message string          `json:"message"`
	JSON    json.RawMessage `json:"json"`
	Binary  string          `json:"binary"`
	Text    string          `json:"text"`
}

type vectorFile struct {
	Valid         []vector `json:"valid"`
	BinaryOnly    []vector `json:"binaryOnly"`
	InvalidBinary []vector `json:"invalidBinary"`
	InvalidJSON   []vector `json:"invalidJson"`
}

func load(t *testing.T) vectorFile {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("..", "..", "..", "..", "conformance", "vectors", "frames.json"))
	if err != nil {
		t.Fatal(err)
	}
	var f vectorFile
	if err := json.Unmarshal(raw, &f); err != nil {
		t.Fatal(err)
	}
	if len(f.Valid) == 0 || len(f.BinaryOnly) == 0 || len(f.InvalidBinary) == 0 || len(f.InvalidJSON) == 0 {
		t.Fatal("vector file is missing a category")
	}
	return f
}

func newMessage(t *testing.T, name string) proto.Message {
	t.Helper()
	switch name {
	case "zerorelay.v1.ClientFrame":
		return &zerorelayv1.ClientFrame{}
	case "zerorelay.v1.ServerFrame":
		return &zerorelayv1.ServerFrame{}
	}
	t.Fatalf("unknown message %q", name)
	return nil
}

func decodeBinary(t *testing.T, v vector) (proto.Message, error) {
	t.Helper()
	b, err := hex.DecodeString(v.Binary)
	if err != nil {
		t.Fatalf("bad hex: %v", err)
	}
	m := newMessage(t, v.Message)
	return m, proto.Unmarshal(b, m)
}

func decodeJSON(t *testing.T, message string, text []byte) (proto.Message, error) {
	t.Helper()
	m := newMessage(t, message)
	return m, protojson.Unmarshal(text, m)
}

func TestVectors_BinaryAndJSONDecodeEqual(t *testing.T) {
	f := load(t)
	for _, v := range append(f.Valid, f.BinaryOnly...) {
		t.Run(v.Name, func(t *testing.T) {
			fromBin, err := decodeBinary(t, v)
			if err != nil {
				t.Fatalf("binary: %v", err)
			}
			fromJSON, err := decodeJSON(t, v.Message, v.JSON)
			if err != nil {
				t.Fatalf("json: %v", err)
			}
			// Unknown fields are kept by Go's decoder; compare without them.
			stripped := proto.Clone(fromBin)
			protoDiscardUnknown(stripped)
			if !proto.Equal(stripped, fromJSON) {
				t.Fatalf("decoded messages differ:\n binary: %v\n json:   %v", fromBin, fromJSON)
			}
			// Re-encoding and decoding again is lossless.
			b, err := proto.Marshal(fromJSON)
			if err != nil {
				t.Fatal(err)
			}
			again := newMessage(t, v.Message)
			if err := proto.Unmarshal(b, again); err != nil || !proto.Equal(again, fromJSON) {
				t.Fatalf("binary round trip changed the message: %v", err)
			}
		})
	}
}

func TestVectors_InvalidRejected(t *testing.T) {
	f := load(t)
	for _, v := range f.InvalidBinary {
		t.Run("binary/"+v.Name, func(t *testing.T) {
			if _, err := decodeBinary(t, v); err == nil {
				t.Fatal("accepted an invalid binary frame")
			}
		})
	}
	for _, v := range f.InvalidJSON {
		t.Run("json/"+v.Name, func(t *testing.T) {
			if _, err := decodeJSON(t, v.Message, []byte(v.Text)); err == nil {
				t.Fatal("accepted an invalid JSON frame")
			}
		})
	}
}

func TestVectors_MaxOffsetSurvives(t *testing.T) {
	f := load(t)
	for _, v := range f.Valid {
		if v.Name != "server/delivery-all-bytes-max-offset" {
			continue
		}
		m, err := decodeBinary(t, v)
		if err != nil {
			t.Fatal(err)
		}
		d := m.(*zerorelayv1.ServerFrame).GetDelivery()
		if d.GetOffset() != ^uint64(0) || len(d.GetPayload()) != 256 || d.GetPayload()[255] != 255 {
			t.Fatalf("delivery not decoded exactly: offset=%d len=%d", d.GetOffset(), len(d.GetPayload()))
		}
		return
	}
	t.Fatal("vector server/delivery-all-bytes-max-offset missing")
}

// protoDiscardUnknown clears unknown fields of m and of every message it contains.
func protoDiscardUnknown(m proto.Message) {
	var walk func(r protoreflect.Message)
	walk = func(r protoreflect.Message) {
		r.SetUnknown(nil)
		r.Range(func(fd protoreflect.FieldDescriptor, v protoreflect.Value) bool {
			if fd.Message() != nil && !fd.IsList() && !fd.IsMap() {
				walk(v.Message())
			}
			return true
		})
	}
	walk(m.ProtoReflect())
}
