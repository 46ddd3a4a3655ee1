# The two commands of the README do all the set-up: `make tour` and `make test`.
# Each installs what is missing (libedit-dev for the REPL), then builds.

SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
DEBUG_BIN = .build/debug/spark
RELEASE_BIN = .build/release/spark

.PHONY: deps tour test lint build release bench fuzz clean

# libedit's headers and pkg-config file; apt's lists may be empty on a fresh machine.
deps:
	@pkg-config --exists libedit || { \
		echo "installing libedit-dev (the REPL's line editor)"; \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq libedit-dev; }

build: deps
	$(SWIFT) build --product spark

tour: build
	$(DEBUG_BIN) run Scripts/tour.spark

lint:
	$(SWIFT) format lint --strict --recursive Package.swift Sources Tests

test: deps lint
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	$(DEBUG_BIN) test Scripts/

release: deps
	$(SWIFT) build -c release --product spark
	$(SWIFT) build -c release --product spark-bench

clean:
	rm -rf .build
