// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAction>
#include <QKeySequence>
#include <QLabel>
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

// A label of running text: wrapped, and selectable so that it can be copied.
inline QLabel *text_label(const char *objectName, const QString &accessibleName, const QString &toolTip = {})
{
    auto *label = named(new QLabel, objectName, accessibleName, toolTip);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
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
