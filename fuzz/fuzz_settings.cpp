// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: restoring plot parameters from whatever a settings file holds.
#include "textvalues.h"
#include "validation.h"

#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    // Fields are separated by newlines; a missing field is a missing key.
    std::vector<std::string> fields(1);
    for (std::size_t i = 0; i < size; ++i) {
        if (data[i] == '\n')
            fields.emplace_back();
        else
            fields.back().push_back(static_cast<char>(data[i]));
    }
    auto field = [&](std::size_t i) -> std::optional<std::string> {
        if (i >= fields.size() || fields[i] == "-")
            return std::nullopt;
        return fields[i];
    };
    const lre::PlotParams params = lre::restore_plot_params(
        {field(0), field(1), field(2), field(3), field(4)});
    if (!lre::is_valid(params))
        std::abort();
    return 0;
}
