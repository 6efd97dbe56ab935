// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <Qt>

class QMainWindow;
class QWidget;

namespace lre::ui {

// A window shown full screen with its bars (menus, tool bars, status bar, the tab bar) hidden,
// and put back exactly as it was: its state, its geometry and which bars were shown.
class FullScreenPresentation final {
public:
    FullScreenPresentation(QMainWindow *window, QWidget *tabBar);

    bool isOn() const { return m_on; }
    void setOn(bool on);
    // The window's geometry as it will be again after presentation (what settings remember).
    QByteArray geometryToKeep() const;

private:
    QMainWindow *m_window;
    QWidget *m_tabBar;
    QList<QPair<QWidget *, bool>> m_barsShown;
    Qt::WindowStates m_stateBefore;
    QByteArray m_geometryBefore;
    bool m_on = false;
};

} // namespace lre::ui
