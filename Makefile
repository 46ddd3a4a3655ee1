# The two commands of the README do all the set-up: `make tour` and `make test`.
# Each installs what is missing (libedit-dev for the REPL), then builds.

SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
DEBUG_BIN = .build/debug/spark
RELEASE_BIN = .build/release/spark
# The Swift runtime linked in: a dozen fewer shared libraries to load makes start-up ~40% faster.
RELEASE_FLAGS = --static-swift-stdlib

.PHONY: deps test-deps tour test lint build release bench bench-serve e2e schemathesis fuzz fuzz-smoke \
	fuzz-build clean editor-venv editor-test man install

# libedit's headers and pkg-config file; apt's lists may be empty on a fresh machine.
deps:
	@pkg-config --exists libedit || { \
		echo "installing libedit-dev (the REPL's line editor)"; \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq libedit-dev; }

# What the tests need beyond the build: tmux drives the REPL on a real terminal; xmllint checks
# the JUnit report against its schema; rsvg-convert renders the timeline to PNG; prove (Perl's
# TAP harness) reads the TAP report; schemathesis, in a virtual environment under .build/, checks
# `spark serve` against its OpenAPI document.
VENV = .build/venv
test-deps: deps
	@command -v tmux >/dev/null || { \
		echo "installing tmux (the REPL's terminal tests)"; \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq tmux; }
	@command -v xmllint >/dev/null || { \
		echo "installing libxml2-utils (xmllint, for the JUnit report's schema)"; \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq libxml2-utils; }
	@command -v rsvg-convert >/dev/null || { \
		echo "installing librsvg2-bin (rsvg-convert, to render the timeline)"; \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq librsvg2-bin; }
	@command -v prove >/dev/null || { \
		echo "installing perl (prove, to read the TAP report)"; \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq perl; }
	@python3 -c 'import ensurepip' 2>/dev/null || { \
		echo "installing python3-venv (schemathesis' virtual environment)"; \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq python3-venv; }
	@test -x $(VENV)/bin/schemathesis || { \
		echo "installing schemathesis into $(VENV)"; \
		python3 -m venv $(VENV) && $(VENV)/bin/pip install -q schemathesis==4.32.5; }

build: deps
	$(SWIFT) build --product spark

tour: build
	$(DEBUG_BIN) run Scripts/tour.spark

lint:
	$(SWIFT) format lint --strict --recursive Package.swift Sources Tests

test: test-deps lint
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	$(DEBUG_BIN) test Scripts/
	$(DEBUG_BIN) test Lessons/
	$(DEBUG_BIN) fmt --check Scripts Lessons
	$(MAKE) editor-test
	$(MAKE) e2e schemathesis
	$(MAKE) fuzz-smoke

# `spark serve` end to end, as an integrator's tests would drive it (Python's standard library).
e2e:
	SPARK_BIN=$(DEBUG_BIN) python3 -m unittest discover -s Tests/e2e -p 'test_*.py'

# `spark serve` against Docs/openapi.json, 30 generated requests per operation.
schemathesis:
	Tests/e2e/schemathesis.sh $(DEBUG_BIN)

# The editor tests (Tests/editor): pytest-lsp drives `spark lsp`, textmate-grammar-python runs the
# TextMate grammar over Grammar.md's examples. A virtual environment under .build/, made once;
# python3-venv is installed when missing.
EDITOR_VENV = .build/venv-editor
EDITOR_PACKAGES = pytest-lsp==1.0.1 textmate-grammar-python==0.6.1

editor-venv:
	@python3 -c 'import ensurepip, venv' 2>/dev/null || { \
		echo "installing python3-venv (the editor tests' virtual environment)"; \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq python3-venv; }
	@[ -x $(EDITOR_VENV)/bin/pytest ] || { \
		python3 -m venv $(EDITOR_VENV) && $(EDITOR_VENV)/bin/pip install -q $(EDITOR_PACKAGES); }

editor-test: editor-venv
	python3 Scripts/generate-grammars.py --check
	SPARK_BIN=$(DEBUG_BIN) $(EDITOR_VENV)/bin/python -m pytest -q -c Tests/editor/pytest.ini Tests/editor

release: deps
	$(SWIFT) build -c release $(RELEASE_FLAGS) --product spark
	$(SWIFT) build -c release $(RELEASE_FLAGS) --product spark-bench
	# spark-serve links Foundation dynamically: statically it would need libcurl's archive.
	$(SWIFT) build -c release --product spark-serve

# The man page, generated from the command definitions by swift-argument-parser's manual tool
# (built offline from the package's own checkout), dated by the last commit so it is reproducible.
MAN_DIR = .build/man
MAN_DATE := $(shell git log -1 --format=%cs 2>/dev/null || echo 2026-01-01)
man: build
	$(SWIFT) package generate-manual --help >/dev/null
	mkdir -p $(MAN_DIR)
	"$$(find .build -name generate-manual-tool -type f -perm -u+x | head -n 1)" $(DEBUG_BIN) \
		--date $(MAN_DATE) --output-directory $(MAN_DIR)

# `make install PREFIX=~/.local`: the optimised binary, its man page and the completion scripts.
PREFIX ?= /usr/local
install: release man
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/man/man1 \
		$(DESTDIR)$(PREFIX)/share/bash-completion/completions \
		$(DESTDIR)$(PREFIX)/share/zsh/site-functions $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d
	install -m 755 $(RELEASE_BIN) $(DESTDIR)$(PREFIX)/bin/spark
	install -m 755 $(RELEASE_BIN)-serve $(DESTDIR)$(PREFIX)/bin/spark-serve
	install -m 644 $(MAN_DIR)/spark.1 $(DESTDIR)$(PREFIX)/share/man/man1/spark.1
	$(RELEASE_BIN) completion bash > $(DESTDIR)$(PREFIX)/share/bash-completion/completions/spark
	$(RELEASE_BIN) completion zsh > $(DESTDIR)$(PREFIX)/share/zsh/site-functions/_spark
	$(RELEASE_BIN) completion fish > $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/spark.fish

# Figures beside their yardsticks (lua5.4, wc -w), medians of several runs; installs lua5.4 and
# time when missing. BENCH_RUNS=N for more runs.
bench: release
	Benchmarks/bench.sh $(RELEASE_BIN)

# wrk against `spark serve`'s tt_video/info/ on loopback, 32 connections for 10 s (installs wrk).
bench-serve: release
	Benchmarks/serve-wrk.sh $(RELEASE_BIN)

# libFuzzer over the parser and the runtime (Sources/spark-fuzz), with AddressSanitizer, in two
# modes: `bytes` (mutated bytes, inputs up to 64 KiB, seeded with the scripts) and `grammar` (the
# bytes are a recipe for scripts made from the grammar: deep chains, long and nested blocks,
# includes among in-memory files, long runs of advance). FUZZ_MODE=bytes|grammar|both (default),
# each for FUZZ_SECONDS. Crashes, time-outs and leaks are written to .build-fuzz/findings/; keep
# each as a regression input in Tests/SparkCLITests/Fixtures/fuzz-regressions/ (a grammar
# finding becomes scripts with SPARK_FUZZ_MODE=grammar SPARK_FUZZ_EXPAND=DIR $(FUZZ_BIN) FINDING).
FUZZ_SECONDS ?= 60
FUZZ_MODE ?= both
FUZZ_SCRATCH ?= .build-fuzz
FUZZ_BIN = $(FUZZ_SCRATCH)/release/spark-fuzz
FUZZ_FLAGS = -timeout=10 -rss_limit_mb=2048 -print_final_stats=1
FUZZ_BYTES_SEEDS = Scripts Tests/SparkSyntaxTests/Fixtures Tests/SparkCLITests/Fixtures/fuzz-regressions

fuzz-build:
	SPARK_FUZZ=1 $(SWIFT) build -c release --scratch-path $(FUZZ_SCRATCH) --product spark-fuzz \
		-Xswiftc -sanitize=fuzzer,address

# The language table's global constants look leaked to LeakSanitizer (see the file).
FUZZ_LSAN = suppressions=$(CURDIR)/Sources/spark-fuzz/lsan.supp

fuzz: fuzz-build
	mkdir -p $(FUZZ_SCRATCH)/corpus $(FUZZ_SCRATCH)/corpus-grammar $(FUZZ_SCRATCH)/findings
	if [ "$(FUZZ_MODE)" != grammar ]; then \
		SWIFT_BACKTRACE=enable=no LSAN_OPTIONS=$(FUZZ_LSAN) SPARK_FUZZ_MODE=bytes $(FUZZ_BIN) $(FUZZ_FLAGS) -max_len=65536 -len_control=20 \
			-max_total_time=$(FUZZ_SECONDS) -artifact_prefix=$(FUZZ_SCRATCH)/findings/bytes- \
			$(FUZZ_SCRATCH)/corpus $(FUZZ_BYTES_SEEDS) || exit 1; fi
	if [ "$(FUZZ_MODE)" != bytes ]; then \
		SWIFT_BACKTRACE=enable=no LSAN_OPTIONS=$(FUZZ_LSAN) SPARK_FUZZ_MODE=grammar $(FUZZ_BIN) $(FUZZ_FLAGS) -max_len=4096 -len_control=0 \
			-max_total_time=$(FUZZ_SECONDS) -artifact_prefix=$(FUZZ_SCRATCH)/findings/grammar- \
			$(FUZZ_SCRATCH)/corpus-grammar || exit 1; fi

# About 30 seconds of the above (15 per mode), for `make test`.
fuzz-smoke:
	$(MAKE) fuzz FUZZ_SECONDS=15

clean:
	rm -rf .build
