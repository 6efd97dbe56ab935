// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the lab's JSON reader. Any text is refused with std::invalid_argument or read
// into a run that writes back to text that reads back to the same text.
#include "labjson.h"

#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>

namespace {

void require(bool condition)
{
    if (!condition)
        std::abort();
}

std::string written(const lre::LabRun &run)
{
    std::ostringstream out;
    lre::write_lab_json(out, run);
    return out.str();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    try {
        const lre::LabRun run = lre::read_lab_json(text);
        const std::string once = written(run);
        require(written(lre::read_lab_json(once)) == once);
    } catch (const std::invalid_argument &error) {
        require(std::string_view(error.what()).find('\n') == std::string_view::npos);
    }
    return 0;
}
