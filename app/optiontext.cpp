// SPDX-License-Identifier: GPL-3.0-or-later
#include "optiontext.h"

#include <QCoreApplication>

namespace lre::app {

// The context lupdate gives tr() in namespace lre::app, which it takes these two for
// (-tr-function-alias in i18n/CMakeLists.txt), as cli_tr.
QString cli_message(const char *text)
{
    return QCoreApplication::translate("lre::app", text);
}

QString cli_help(const char *text)
{
    return QCoreApplication::translate("lre::app", text);
}

QString shown_argument(const QString &value)
{
    constexpr qsizetype kLongest = 60;
    return value.size() > kLongest ? value.left(kLongest) + QStringLiteral("…") : value;
}

} // namespace lre::app
