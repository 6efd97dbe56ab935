// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <string>
#include <string_view>

class QSettings;

namespace lre::ui {

// A stored value as text, or nothing when it is missing, not text, or too long to be ours.
std::optional<std::string> stored_text(const QSettings &settings, const char *key);

// Core names (themes, conventions) are plain ASCII.
QString from_ascii(std::string_view text);

} // namespace lre::ui
