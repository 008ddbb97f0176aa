# Infografis — build, demo, test. `make demo` and `make test` work on a fresh Debian machine.
SWIFT ?= swift
CONFIG ?= release
BIN = .build/$(CONFIG)/infografis
APT_PACKAGES = pkg-config libcairo2-dev libpango1.0-dev libfontconfig-dev librsvg2-dev libpng-dev \
	libdeflate-dev libqrencode-dev fonts-materialdesignicons-webfont fonts-noto-color-emoji fonts-dejavu-core \
	poppler-utils zbar-tools python3

BENCH_APT_PACKAGES = libspng-dev valgrind binutils time
BENCH_DIR = .build/bench
BENCH_SHARED ?= $(abspath ../shared/bench)
BENCH_CARDS ?= 200
BENCH_ROUNDS ?= 3
BENCH_MEMORY_CARDS ?= 10000

.PHONY: deps bench-deps build demo demo-batch test bench fixtures update-references clean schema fuzz sanitize

# Installs the Debian packages that are missing (as root); otherwise prints the apt-get line.
deps:
	@missing=$$(for p in $(APT_PACKAGES); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q '^install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		if [ "$$(id -u)" = 0 ]; then \
			echo "Installing: $$missing"; \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
		else \
			echo "Missing Debian packages. Run:"; echo "  sudo apt-get update && sudo apt-get install -y $$missing"; exit 1; \
		fi; \
	fi

build: deps
	$(SWIFT) build -c $(CONFIG)

demo: build
	@mkdir -p out
	@for f in layouts/*.yaml; do \
		name=$$(basename $$f .yaml); \
		$(BIN) render $$f -o out/$$name.png -o out/$$name.svg -o out/$$name.pdf || exit 1; \
		echo "rendered out/$$name.{png,svg,pdf}"; \
	done
	@$(MAKE) --no-print-directory demo-batch

# One card per province from layouts/batch/provinsi.csv (see docs/batch.md).
demo-batch: build
	$(BIN) batch layouts/batch/provinsi.yaml layouts/batch/provinsi.csv --out out/batch --name "{{kode}}-{{provinsi}}"

test: deps
	$(SWIFT) test

# The seed-card benchmark (../shared/bench): Infografis, the naive baseline and the plain C
# floor side by side; writes BENCHMARKS.md. Smaller runs: make bench BENCH_CARDS=50 BENCH_ROUNDS=1 BENCH_MEMORY_CARDS=0
bench: deps bench-deps
	$(SWIFT) build -c release
	@mkdir -p $(BENCH_DIR)
	$(CC) -O2 -g -Wall -Wno-unused-result -o $(BENCH_DIR)/card $(BENCH_SHARED)/rawc/card.c \
		$$(pkg-config --cflags --libs pangocairo cairo-svg libpng spng) -lm
	.build/release/infografis-bench report --rawc $(BENCH_DIR)/card --cli .build/release/infografis \
		--csv $(BENCH_SHARED)/seed-cards.csv \
		--cards $(BENCH_CARDS) --rounds $(BENCH_ROUNDS) --memory-cards $(BENCH_MEMORY_CARDS) \
		--output-directory $(BENCH_DIR)/out --output BENCHMARKS.md

# Packages only the benchmark needs (libspng for the plain C program, valgrind for the profile).
bench-deps:
	@$(MAKE) --no-print-directory deps APT_PACKAGES="$(BENCH_APT_PACKAGES)"

# Regenerates the flexbox fixtures from headless Chromium (needs `apt-get install chromium`).
fixtures:
	@command -v chromium >/dev/null || { echo "fixtures need Chromium: apt-get install chromium"; exit 1; }
	python3 tools/layout-fixtures/generate.py

# Re-records every reference image. The recording run fails on purpose; then look at each
# changed PNG (git status) before committing it.
update-references: deps
	-INFOGRAFIS_RECORD=1 $(SWIFT) test --filter Reference
	@git status --short -- '*.png'

# Regenerates the JSON Schema of layout files from the registries (a test checks it is current).
schema:
	$(SWIFT) build -c debug --product infografis
	.build/debug/infografis schema > infografis.schema.json
	@git status --short -- infografis.schema.json

# Mutation-fuzzes the layout loader and the template engine for FUZZ_SECONDS (default 60) each;
# a crash leaves its input in .build/fuzz-crashes/ (turn it into a corpus entry). Not part of `make test`.
FUZZ_SECONDS ?= 60
fuzz:
	$(SWIFT) build -c release --product infografis-fuzz
	.build/release/infografis-fuzz --seconds $(FUZZ_SECONDS) --corpus Tests/InfografisFilesTests/BadInputs --corpus layouts --crashes .build/fuzz-crashes

# The test suite under AddressSanitizer; LeakSanitizer (part of ASan on Linux) reports leaks at exit,
# minus the system-library caches listed in tools/lsan.supp. Subprocesses (the CLI tests run the
# ASan-built binary) inherit the same options. Slow (a separate build); not part of `make test`.
sanitize:
	ASAN_OPTIONS=detect_leaks=1 LSAN_OPTIONS=suppressions=$(CURDIR)/tools/lsan.supp:print_suppressions=0 \
		$(SWIFT) test --sanitize=address --build-path .build/asan

clean:
	rm -rf .build out
