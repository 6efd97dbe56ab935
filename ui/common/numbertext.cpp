// SPDX-License-Identifier: GPL-3.0-or-later
#include "numbertext.h"

namespace lre::ui {

QLocale shown_locale()
{
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale;
}

QString shown_number(double value, char format, int precision)
{
    return shown_locale().toString(value, format, precision);
}

} // namespace lre::ui
