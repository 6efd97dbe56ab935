// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMargins>
#include <QtGlobal>

#include <array>

class QChart;
class QGraphicsLinearLayout;
class QGraphicsWidget;

namespace lre::ui {

// Two charts stacked in one column over the same x range, their plot areas lined up left and
// right whatever their y labels need, so one x value lies at one pixel column in both. The
// bottom one can be taken out (the top then fills the column).
class ChartStack final {
public:
    ChartStack(QGraphicsWidget *owner, QChart *top, QChart *bottom, int sideMargin);

    void setBottomVisible(bool visible);
    // Reads what a chart (0 top, 1 bottom) needs beside its plot area, right after its own
    // layout: then its plot area matches its margins. That need does not depend on the
    // margins, which is why one adjustment lines both plot areas up. True when the charts'
    // margins no longer do.
    bool measure(int index);
    // Lays both charts out now and aligns them (two rounds settle it).
    void align();

private:
    QMargins wantedMargins(int index) const;
    QChart *chart(int index) const { return m_charts[static_cast<std::size_t>(index)]; }

    struct SideNeeds {
        qreal left = 0.0;
        qreal right = 0.0;
    };
    std::array<QChart *, 2> m_charts{};
    std::array<SideNeeds, 2> m_needs{};
    QGraphicsLinearLayout *m_layout = nullptr;
    int m_sideMargin = 0;
};

} // namespace lre::ui
