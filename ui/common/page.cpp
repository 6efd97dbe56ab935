// SPDX-License-Identifier: GPL-3.0-or-later
#include "page.h"

namespace lre::ui {

void Page::requestRun()
{
    if (isVisible()) {
        m_runPending = false;
        startRun();
        return;
    }
    cancelRun();
    m_runPending = true;
}

void Page::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_runPending)
        return;
    m_runPending = false;
    startRun();
}

} // namespace lre::ui
