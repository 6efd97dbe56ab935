// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QWidget;

namespace lre::ui {

// Line edits claim some shortcuts for editing (Ctrl+E is "end of line" on X11, so Export did
// nothing while a spin box had focus). This lets every enabled action of the window keep its
// shortcut with focus in any control; keys without Ctrl, Alt or Meta stay the editor's.
class ShortcutGuard final : public QObject {
    Q_OBJECT

public:
    explicit ShortcutGuard(QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_window;
};

} // namespace lre::ui
