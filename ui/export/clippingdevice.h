// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPaintDevice>

#include <memory>

namespace lre::ui {

// Paints on target and clips every shape the way the raster engine does. Qt 6.4's SVG generator
// ignores clipping, so a chart's lines and markers on the edge of its plot area came out whole
// in SVG where PNG and PDF cut them at the edge, and a line leaving the plot area would run over
// the axes. Shapes wholly inside the clip pass unchanged (SVG keeps its polylines, dashes and
// text); a shape across the clip's edge is drawn as its fill and its pen's outline, each cut by
// the clip; one wholly outside is left out. Text and images are never cut, only left out when
// wholly outside.
class ClippingDevice final : public QPaintDevice {
public:
    explicit ClippingDevice(QPaintDevice *target);
    ~ClippingDevice() override;

    QPaintEngine *paintEngine() const override;

protected:
    int metric(PaintDeviceMetric metric) const override;

private:
    QPaintDevice *m_target;
    std::unique_ptr<QPaintEngine> m_engine;
};

} // namespace lre::ui
