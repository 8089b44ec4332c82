# Werktafel: `make serve` serves the app, `make test` runs every test.
# Both install what is missing first (Rust target, Trunk, wasm-bindgen, npm tools,
# and for tests Debian's Chromium, WebKitGTK, ImageMagick, zbar and the report's readers). Trunk runs --offline: it never downloads tools.

SHELL := /bin/bash
TRUNK_VERSION := 0.21.14
WASM_BINDGEN_VERSION := 0.2.130
WASM_SPLIT_VERSION := 0.2.4
PUBLIC_URL ?= /
E2E := tests/e2e

export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export CHROMEDRIVER ?= /usr/bin/chromedriver

.PHONY: serve dist dist-subpath test bench tools lint test-native test-browser test-e2e \
	test-size test-webkit wasm-target trunk wasm-bindgen chromium webkit qr-tools report-tools clean

## serve: build and serve the app on http://127.0.0.1:8080 (rebuilds on change)
serve: tools
	trunk serve --offline --no-autoreload --address 127.0.0.1 --port 8080

## dist: the release build into dist/ (PUBLIC_URL=/sub/ for a sub-path)
dist: tools
	trunk build --release --offline --public-url $(PUBLIC_URL)

## test: lint, native tests, browser tests (real localStorage), the size budget of the
## phone's page and the first visit, end-to-end tests in Chromium, and the main
## journeys and iPad layouts in WebKit (Safari's engine)
test: lint test-native test-browser test-size test-e2e test-webkit

## bench: figures for the release build size, the store's speed, the load time (first visits on a
## slow mobile link too) and reading QR codes
bench: dist chromium webkit qr-tools $(E2E)/node_modules/.bin/playwright
	tests/bench/dist-size.sh dist
	cargo bench --bench store
	cargo bench --bench personas
	cargo bench --bench cafe
	cargo bench --bench placemat
	cargo bench --bench qr_read
	cd $(E2E) && node load-time.bench.mjs
	cd $(E2E) && node first-visit.bench.mjs
	cd $(E2E) && node webkit/phone.bench.mjs
	cd $(E2E) && node personas.bench.mjs
	cd $(E2E) && THROTTLE=1 node cafe.bench.mjs && node cafe.bench.mjs
	cd $(E2E) && THROTTLE=1 node placemat.bench.mjs && node placemat.bench.mjs
	cd $(E2E) && node qr-read.bench.mjs

tools: wasm-target trunk wasm-bindgen wasm-split node_modules/.bin/wasm-opt

wasm-target:
	@rustup target list --installed | grep -qx wasm32-unknown-unknown \
		|| rustup target add wasm32-unknown-unknown

trunk:
	@trunk --version 2>/dev/null | grep -q " $(TRUNK_VERSION)" \
		|| cargo install --locked trunk --version $(TRUNK_VERSION)

# Not --locked: the CLI's lock file names a crate version the registry lacks.
wasm-bindgen:
	@wasm-bindgen --version 2>/dev/null | grep -q " $(WASM_BINDGEN_VERSION)" \
		|| cargo install wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION)

# The splitter of the facilitator's wasm (build/split-wasm.sh), Leptos's own.
# It prints no version: cargo's list of installed crates tells it.
wasm-split:
	@cargo install --list | grep -qx "wasm_split_cli_support v$(WASM_SPLIT_VERSION):" \
		|| cargo install --locked wasm_split_cli_support --version $(WASM_SPLIT_VERSION) --features build-binary

# wasm-opt from npm's binaryen 132 (Debian's binaryen 108 breaks the wasm).
node_modules/.bin/wasm-opt: package.json package-lock.json
	npm ci --no-audit --no-fund
	@touch $@

$(E2E)/node_modules/.bin/playwright: $(E2E)/package.json $(E2E)/package-lock.json
	cd $(E2E) && npm ci --no-audit --no-fund --ignore-scripts
	@touch $@

chromium:
	@if command -v chromium >/dev/null && command -v chromedriver >/dev/null; then :; \
	elif [ "$$(id -u)" = 0 ]; then \
		apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium chromium-driver; \
	else \
		echo "Missing Chromium. Install Debian's packages: sudo apt-get install chromium chromium-driver"; \
		exit 1; \
	fi

# WebKitGTK's WebDriver and MiniBrowser, and a virtual screen for them.
webkit:
	@if command -v WebKitWebDriver >/dev/null && command -v Xvfb >/dev/null; then :; \
	elif [ "$$(id -u)" = 0 ]; then \
		apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y webkit2gtk-driver xvfb; \
	else \
		echo "Missing WebKit. Install Debian's packages: sudo apt-get install webkit2gtk-driver xvfb"; \
		exit 1; \
	fi

# ImageMagick and zbar, for the QR corpus: camera-like views of phones' codes
# (tests/qr-corpus/make-views.sh), read by the app and by zbarimg.
qr-tools:
	@if command -v convert >/dev/null && command -v zbarimg >/dev/null; then :; \
	elif [ "$$(id -u)" = 0 ]; then \
		apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y imagemagick zbar-tools; \
	else \
		echo "Missing ImageMagick or zbar. Install Debian's packages: sudo apt-get install imagemagick zbar-tools"; \
		exit 1; \
	fi

# Readers nobody here wrote, for what the report makes: pdftotext and pdftoppm
# (the printed PDF), pandoc (the Markdown), LibreOffice and python-docx (the Word file).
report-tools:
	@if command -v pdftotext >/dev/null && command -v pandoc >/dev/null && command -v soffice >/dev/null \
		&& /usr/bin/python3 -c "import docx" 2>/dev/null; then :; \
	elif [ "$$(id -u)" = 0 ]; then \
		apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
			poppler-utils pandoc libreoffice-writer-nogui python3-docx; \
	else \
		echo "Missing report readers. Install Debian's packages: sudo apt-get install poppler-utils pandoc libreoffice-writer-nogui python3-docx"; \
		exit 1; \
	fi

lint: wasm-target
	cargo fmt --all -- --check
	cargo clippy --all-targets --features build-tools -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --features split-pages --lib --bin werktafel --bin meedoen --test browser -- -D warnings

test-native: qr-tools
	cargo test --features build-tools

test-browser: wasm-target wasm-bindgen chromium
	cargo test --target wasm32-unknown-unknown --test browser

# Fails when the phone's page or the facilitator's first visit outgrows its budget.
test-size: dist
	tests/size-budget.sh dist

# The same build under a sub-path, for the tests of publishing under /werktafel/.
dist-subpath: tools
	trunk build --release --offline --public-url /werktafel/ --dist target/dist-subpath

test-e2e: dist dist-subpath chromium qr-tools report-tools $(E2E)/node_modules/.bin/playwright
	cd $(E2E) && npx playwright test

# Safari's engine as on an iPad: MiniBrowser under Xvfb, driven by webdriverio.
test-webkit: dist webkit $(E2E)/node_modules/.bin/playwright
	cd $(E2E) && node --test --test-concurrency=1 --test-reporter=spec \
		webkit/journeys.test.mjs webkit/ipad.test.mjs

clean:
	rm -rf dist target/wasm-opt target/split-wasm
