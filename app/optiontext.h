// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace lre::app {

// The command line's words, in one place for every option table: messages and help in the
// user's language (their numbers stay C-style), and a hostile argument shown cut short.
QString cli_message(const char *text);
QString cli_help(const char *text);
QString shown_argument(const QString &value);

} // namespace lre::app
