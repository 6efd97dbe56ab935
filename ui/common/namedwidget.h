// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAction>
#include <QKeySequence>
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

// Actions the same way: an objectName, and the shortcut named in the tooltip where it has one.
inline QAction *make_action(QObject *parent, const QString &text, const char *objectName,
                            const QKeySequence &shortcut = {}, const QString &toolTip = {}, bool checkable = false)
{
    auto *action = new QAction(text, parent);
    action->setObjectName(QLatin1String(objectName));
    action->setShortcut(shortcut);
    if (!toolTip.isEmpty())
        action->setToolTip(toolTip);
    action->setCheckable(checkable);
    return action;
}

} // namespace lre::ui
