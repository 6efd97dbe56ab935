# A thin wrapper over the CMake presets; see README.md.
PRESET ?= release
BUILD := build/$(PRESET)

.PHONY: all deps configure build run test bench package install asan fuzz clean

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

clean:
	rm -rf build
