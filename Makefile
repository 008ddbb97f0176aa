# Infografis — build, demo, test. `make demo` and `make test` work on a fresh Debian machine.
SWIFT ?= swift
CONFIG ?= release
BIN = .build/$(CONFIG)/infografis
APT_PACKAGES = pkg-config libcairo2-dev libpango1.0-dev libfontconfig-dev librsvg2-dev libpng-dev \
	libdeflate-dev libqrencode-dev fonts-materialdesignicons-webfont fonts-noto-color-emoji fonts-dejavu-core \
	poppler-utils zbar-tools python3

.PHONY: deps build demo demo-batch test fixtures update-references clean

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
	$(BIN) batch layouts/batch/provinsi.yaml layouts/batch/provinsi.csv --out out/batch

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

clean:
	rm -rf .build out
