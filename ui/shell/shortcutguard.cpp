// SPDX-License-Identifier: GPL-3.0-or-later
#include "shortcutguard.h"

#include <QAction>
#include <QApplication>
#include <QKeyEvent>
#include <QKeySequence>
#include <QWidget>

namespace lre::ui {

ShortcutGuard::ShortcutGuard(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    qApp->installEventFilter(this);
}

bool ShortcutGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ShortcutOverride)
        return false;
    auto *widget = qobject_cast<QWidget *>(watched);
    if (!widget || widget->window() != m_window)
        return false;
    const auto *key = static_cast<QKeyEvent *>(event);
    const Qt::KeyboardModifiers commands = Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier;
    if (!(key->modifiers() & commands))
        return false;
    const QKeySequence pressed(key->keyCombination());
    const auto actions = m_window->findChildren<QAction *>();
    for (const QAction *action : actions) {
        if (action->isEnabled() && action->shortcuts().contains(pressed)) {
            // Left unaccepted and not passed on: the editor does not claim the key, so the
            // window's shortcut runs.
            return true;
        }
    }
    return false;
}

} // namespace lre::ui
