package zerorelay_test

import (
	"context"
	"fmt"
	"log"
	"time"

	zerorelay "github.com/zerorelay/zerorelay/sdks/go"
	"github.com/zerorelay/zerorelay/sdks/go/internal/fakerelay"
)

// The quickstart of docs/sdk-go.md, against an in-process fake relay.
func Example() {
	relay := fakerelay.New(fakerelay.Options{})
	defer relay.Close()

	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	c, err := zerorelay.Dial(ctx, relay.URL, zerorelay.WithToken("my-jwt"))
	if err != nil {
		log.Fatal(err)
	}
	defer c.Close()

	sub, err := c.Subscribe(ctx, "chat.room.42")
	if err != nil {
		log.Fatal(err)
	}
	ack, err := c.Publish(ctx, "chat.room.42", []byte("hello"))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("stored at offset", ack.Offset)

	d, err := sub.Next(ctx)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%s: %s\n", d.Topic, d.Data)
	// Output:
	// stored at offset 1
	// chat.room.42: hello
}

// Errors carry the protocol code; CodeOf works on any error.
func ExampleCodeOf() {
	err := zerorelay.NewError(zerorelay.CodePermissionDenied, `publish to "a.b" denied`, false)
	fmt.Println(err)
	fmt.Println(zerorelay.CodeOf(err) == zerorelay.CodePermissionDenied, zerorelay.CodeOf(context.Canceled))
	// Output:
	// permission_denied: publish to "a.b" denied
	// true CODE_CANCELED
}
