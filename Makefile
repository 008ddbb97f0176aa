# Infografis — build, demo, test. `make demo` and `make test` work on a fresh Debian machine.
SWIFT ?= swift
CONFIG ?= release
BIN = .build/$(CONFIG)/infografis
APT_PACKAGES = pkg-config libcairo2-dev libpango1.0-dev libfontconfig-dev librsvg2-dev libpng-dev \
	libdeflate-dev libqrencode-dev fonts-materialdesignicons-webfont fonts-noto-color-emoji fonts-dejavu-core

.PHONY: deps build demo test fixtures update-references clean schema fuzz sanitize

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

test: deps
	$(SWIFT) test

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
