// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace lre::ui {

// Every control gets an objectName (tests find it by name), an accessible name (screen readers
// read it) and a tooltip, in one call where it is made.
template <typename W>
W *named(W *widget, const char *objectName, const QString &accessibleName, const QString &toolTip)
{
    widget->setObjectName(QLatin1String(objectName));
    widget->setAccessibleName(accessibleName);
    widget->setToolTip(toolTip);
    return widget;
}

} // namespace lre::ui
