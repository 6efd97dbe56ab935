// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the whole command-line parser, arguments separated by NUL bytes.
#include "commandline.h"

#include "validation.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    QStringList arguments{QStringLiteral("leaky-relu-explorer")};
    QByteArray current;
    for (std::size_t i = 0; i < size; ++i) {
        if (data[i] == 0) {
            arguments.append(QString::fromUtf8(current));
            current.clear();
        } else {
            current.append(static_cast<char>(data[i]));
        }
    }
    arguments.append(QString::fromUtf8(current));
    const lre::app::ParseOutcome outcome = lre::app::parse_command_line(arguments);
    if (outcome.exitNow) {
        if (outcome.exitCode == lre::app::kExitUsage
            && (outcome.error.isEmpty() || outcome.error.contains(QLatin1Char('\n'))))
            std::abort();
        return 0;
    }
    const auto &o = outcome.options;
    if (!lre::is_valid(o.paramsOver(lre::PlotParams{})))
        std::abort();
    if (lre::validate_image_side(o.size.width()) || lre::validate_image_side(o.size.height())
        || lre::validate_samples(o.samples))
        std::abort();
    return 0;
}
