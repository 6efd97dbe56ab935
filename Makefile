# SPDX-License-Identifier: GPL-3.0-or-later
# A thin wrapper over the CMake presets; see README.md.
PRESET ?= release
BUILD := build/$(PRESET)

.PHONY: all deps configure build run test bench package package-check translations asan-test tsan-test fuzz mutate clean

all: build

deps:
	@./scripts/install-deps.sh

configure: deps
	@cmake --preset $(PRESET) > /dev/null

build: configure
	@cmake --build --preset $(PRESET)

run: build
	@./$(BUILD)/app/leaky-relu-explorer

test: build
	@QT_QPA_PLATFORM=offscreen ctest --preset $(PRESET) -j2

package: build
	@./scripts/install-deps.sh dpkg-dev file
	@cd $(BUILD) && cpack -G DEB
	@ls -1 $(BUILD)/*.deb

# lupdate over the sources into i18n/*.ts, then the German texts of i18n/de.py (README, "Translations").
translations: configure
	@cmake --build --preset $(PRESET) --target update_translations
	@python3 i18n/de.py

# The .deb through lintian: no error, no warning, and no hardening tag (info ones included).
package-check: package
	@./scripts/install-deps.sh lintian
	@./scripts/package-check.sh $(BUILD)

# The whole suite under AddressSanitizer, UndefinedBehaviorSanitizer and LeakSanitizer (clang); see
# README, "Leaks", for the one sanitizer option it needs on bookworm.
asan-test:
	@./scripts/install-deps.sh clang libclang-rt-14-dev
	@cmake --preset asan > /dev/null
	@cmake --build --preset asan
	@QT_QPA_PLATFORM=offscreen ctest --preset asan -j2

# Every test that starts a thread (lab runner, sweeps, claims, cancellation, frames shared with the
# helper thread) under ThreadSanitizer.
tsan-test:
	@./scripts/install-deps.sh clang libclang-rt-14-dev
	@cmake --preset tsan > /dev/null
	@cmake --build --preset tsan
	@QT_QPA_PLATFORM=offscreen ctest --preset tsan -j2

# Release build, the benchmarks, the tutorial's pipeline in the same run, one table.
bench:
	@./scripts/install-deps.sh python3-matplotlib python3-numpy time xvfb
	@cmake --preset release > /dev/null
	@cmake --build --preset release
	@/usr/bin/python3 scripts/bench.py

FUZZ_SECONDS ?= 60
fuzz:
	@./scripts/install-deps.sh clang libclang-rt-14-dev
	@cmake --preset fuzz > /dev/null
	@cmake --build --preset fuzz
	@./scripts/fuzz.sh $(FUZZ_SECONDS)

# Mutation testing of the core: each mutant of scripts/mutants.txt alone, on a scratch copy of the
# sources (never the working tree), core-only Release build, core_tests; fails below 90%.
# MUTATE_ARGS="--budget 500": a rotating part; MUTATE_ARGS="--only C2 J9": just those.
MUTATE_ARGS ?=
mutate:
	@./scripts/install-deps.sh python3
	@python3 scripts/mutate.py $(MUTATE_ARGS)

clean:
	rm -rf build
