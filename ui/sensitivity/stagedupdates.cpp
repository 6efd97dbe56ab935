// SPDX-License-Identifier: GPL-3.0-or-later
#include "stagedupdates.h"

namespace lre::ui {

StagedUpdates::StagedUpdates(int parts, int intervalMs, std::function<void(int)> update, QObject *parent)
    : QObject(parent), m_parts(parts), m_update(std::move(update))
{
    m_step.setSingleShot(true);
    m_step.setInterval(intervalMs);
    connect(&m_step, &QTimer::timeout, this, &StagedUpdates::step);
}

void StagedUpdates::updateNow(unsigned parts)
{
    m_due = parts;
    catchUp();
}

void StagedUpdates::updateInSteps(unsigned parts)
{
    m_due = parts;
    if (!m_step.isActive())
        step();
}

void StagedUpdates::catchUp()
{
    if (m_due == 0)
        return;
    m_step.stop();
    for (int part = 0; part < m_parts; ++part)
        if (m_due & (1u << part))
            m_update(part);
    m_due = 0;
    emit caughtUp();
}

bool StagedUpdates::drop()
{
    const bool wasDue = m_due != 0;
    m_step.stop();
    m_due = 0;
    return wasDue;
}

void StagedUpdates::step()
{
    // Round the parts from where the last step stopped, so that updates arriving faster than the
    // steps still reach every part.
    for (int k = 0; k < m_parts && m_due != 0; ++k) {
        const int part = (m_next + k) % m_parts;
        if (!(m_due & (1u << part)))
            continue;
        m_due &= ~(1u << part);
        m_next = (part + 1) % m_parts;
        m_update(part);
        break;
    }
    if (m_due != 0)
        m_step.start();
    else
        emit caughtUp();
}

} // namespace lre::ui
