package main

import (
	"fmt"
	"os"
)

// Chunk is one slice of a refinement run.
type Chunk struct {
	ID   int    `json:"id"`
	Path string `json:"path"`
}

func (c *Chunk) Retry(limit int) error {
	for i := 0; i < limit; i++ {
		if err := run(c.Path); err == nil {
			return nil
		}
	}
	return fmt.Errorf("chunk %d failed after %d tries: %w", c.ID, limit, os.ErrDeadlineExceeded)
}

func main() {
	chunks := make([]Chunk, 0, 8)
	fmt.Println(len(chunks), 'x', 0x1F, 2.5e3, nil)
}
