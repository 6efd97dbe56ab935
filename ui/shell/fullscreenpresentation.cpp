// SPDX-License-Identifier: GPL-3.0-or-later
#include "fullscreenpresentation.h"

#include <QMainWindow>
#include <QMenuBar>
#include <QStatusBar>
#include <QToolBar>

namespace lre::ui {

FullScreenPresentation::FullScreenPresentation(QMainWindow *window, QWidget *tabBar)
    : m_window(window), m_tabBar(tabBar)
{
}

QByteArray FullScreenPresentation::geometryToKeep() const
{
    return m_on ? m_geometryBefore : m_window->saveGeometry();
}

void FullScreenPresentation::setOn(bool on)
{
    if (on == m_on)
        return;
    m_on = on;
    if (on) {
        m_stateBefore = m_window->windowState();
        m_geometryBefore = m_window->saveGeometry();
        m_barsShown.clear();
        QList<QWidget *> bars{m_window->menuBar(), m_window->statusBar(), m_tabBar};
        for (QToolBar *toolBar : m_window->findChildren<QToolBar *>())
            bars.append(toolBar);
        for (QWidget *bar : bars) {
            m_barsShown.append({bar, !bar->isHidden()});
            bar->hide();
        }
        m_window->showFullScreen();
    } else {
        for (const auto &[bar, shown] : m_barsShown)
            bar->setVisible(shown);
        m_barsShown.clear();
        m_window->setWindowState(m_stateBefore);
    }
}

} // namespace lre::ui
