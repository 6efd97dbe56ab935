// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartstack.h"

#include <QChart>
#include <QGraphicsLayout>
#include <QGraphicsLinearLayout>

#include <algorithm>

namespace lre::ui {

namespace {

constexpr int kTopStretch = 5;
constexpr int kBottomStretch = 3;

} // namespace

ChartStack::ChartStack(QGraphicsWidget *owner, QChart *top, QChart *bottom, int sideMargin)
    : m_charts{top, bottom},
      m_layout(new QGraphicsLinearLayout(Qt::Vertical, owner)),
      m_sideMargin(sideMargin)
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(0);
    m_layout->addItem(top);
    m_layout->addItem(bottom);
    m_layout->setStretchFactor(top, kTopStretch);
    m_layout->setStretchFactor(bottom, kBottomStretch);
}

void ChartStack::setBottomVisible(bool visible)
{
    QChart *bottom = chart(1);
    if (visible && m_layout->count() == 1) {
        m_layout->addItem(bottom);
        m_layout->setStretchFactor(bottom, kBottomStretch);
    } else if (!visible && m_layout->count() == 2) {
        m_layout->removeItem(bottom);
    }
    bottom->setVisible(visible);
}

bool ChartStack::measure(int index)
{
    const QRectF plot = chart(index)->plotArea();
    const QMargins margins = chart(index)->margins();
    m_needs[static_cast<std::size_t>(index)] = {plot.left() - margins.left(),
                                                chart(index)->size().width() - margins.right() - plot.right()};
    return wantedMargins(0) != chart(0)->margins();
}

QMargins ChartStack::wantedMargins(int index) const
{
    const qreal left = std::max(m_needs[0].left, m_needs[1].left);
    const qreal right = std::max(m_needs[0].right, m_needs[1].right);
    const QMargins margins = chart(index)->margins();
    if (!chart(1)->isVisible())
        return {m_sideMargin, margins.top(), m_sideMargin, margins.bottom()};
    const SideNeeds &own = m_needs[static_cast<std::size_t>(index)];
    return {m_sideMargin + qRound(left - own.left), margins.top(), m_sideMargin + qRound(right - own.right),
            margins.bottom()};
}

void ChartStack::align()
{
    m_layout->activate();
    // Lay both charts out, measure what they need, apply aligned margins, and repeat until
    // nothing changes; the next paint then shows them aligned.
    for (int round = 0; round < 3; ++round) {
        // Only charts whose layout Qt invalidated (new ranges, labels, margins, size) lay out.
        for (QChart *c : m_charts)
            c->layout()->activate();
        bool changed = false;
        for (int index = 0; index < 2; ++index) {
            const QMargins wanted = wantedMargins(index);
            if (chart(index)->margins() != wanted) {
                chart(index)->setMargins(wanted);
                changed = true;
            }
        }
        if (!changed)
            break;
    }
}

} // namespace lre::ui
