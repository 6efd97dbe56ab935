// SPDX-License-Identifier: GPL-3.0-or-later
#include "storedtext.h"

#include <QSettings>

namespace lre::ui {

std::optional<std::string> stored_text(const QSettings &settings, const char *key)
{
    constexpr qsizetype kLongestValue = 256;
    const QVariant value = settings.value(QLatin1String(key));
    if (!value.isValid() || !value.canConvert<QString>())
        return std::nullopt;
    const QString text = value.toString();
    if (text.size() > kLongestValue)
        return std::nullopt;
    return text.toStdString();
}

QString from_ascii(std::string_view text)
{
    return QString::fromLatin1(text.data(), static_cast<qsizetype>(text.size()));
}

} // namespace lre::ui
