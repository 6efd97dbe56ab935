// SPDX-License-Identifier: GPL-3.0-or-later
#include "optiontext.h"

#include <QCoreApplication>

namespace lre::app {

QString cli_message(const char *text)
{
    return QCoreApplication::translate("CommandLine", text);
}

QString cli_help(const char *text)
{
    return QCoreApplication::translate("main", text);
}

QString shown_argument(const QString &value)
{
    constexpr qsizetype kLongest = 60;
    return value.size() > kLongest ? value.left(kLongest) + QStringLiteral("…") : value;
}

} // namespace lre::app
