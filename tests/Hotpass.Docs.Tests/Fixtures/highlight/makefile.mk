# Build and check the refinement service.
GO ?= go
BIN := bin/refine
SOURCES = $(wildcard cmd/*.go) \
          $(wildcard internal/*.go)

.PHONY: all test clean

all: $(BIN)

$(BIN): $(SOURCES)
	mkdir -p $(dir $@)
	$(GO) build -o $@ ./cmd/refine

test:
	$(GO) test ./... && echo "tests passed for ${BIN}"

ifeq ($(CI),true)
export GOFLAGS += -mod=readonly
endif

clean:
	rm -rf bin/ \
	  coverage.out
