// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>

class QObject;

namespace lre::i18n {

// Installs Qt's own translations (dialog buttons, context menus) and the app's for the locale,
// parented to owner (the application). Returns whether the app's own translation was found:
// English needs none. Call once a QCoreApplication exists.
bool install_translators(QObject *owner, const QLocale &locale = QLocale());

} // namespace lre::i18n
