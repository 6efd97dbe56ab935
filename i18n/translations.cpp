// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace lre::i18n {

bool install_translators(QObject *owner, const QLocale &locale)
{
    auto install = [&](const QString &name, const QString &folder) {
        auto *translator = new QTranslator(owner);
        if (translator->load(locale, name, QStringLiteral("_"), folder)
            && QCoreApplication::installTranslator(translator))
            return true;
        delete translator;
        return false;
    };
    // From qt6-translations-l10n when installed; without it Qt's texts stay English.
    install(QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    // Embedded by qt_add_translations (i18n/CMakeLists.txt).
    return install(QStringLiteral("leaky-relu-explorer"), QStringLiteral(":/i18n"));
}

} // namespace lre::i18n
