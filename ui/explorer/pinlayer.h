// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "theme.h"

#include "curves.h"

#include <QGraphicsItem>

#include <vector>

namespace lre::ui {

// The pinned curves, drawn by one item over both plot areas rather than as chart series: they
// change only with the pins, the range, the theme or the layout, so on screen the item keeps
// its pixels in a cache and an alpha step costs one pixmap copy, however many pins there are.
class PinLayer final : public QGraphicsItem {
public:
    // Where a chart's plot area is (in the parent's coordinates) and the values at its edges.
    struct Frame {
        QRectF plot;
        double xMin = 0.0;
        double xMax = 1.0;
        double yMin = 0.0;
        double yMax = 1.0;
        bool visible = false;
        friend bool operator==(const Frame &, const Frame &) = default;
    };

    explicit PinLayer(QGraphicsItem *parent = nullptr);

    // New curves or a new look (theme, scale): redrawn on the next paint.
    void setCurves(const std::vector<PinnedCurve> &curves, const ThemeColors &colors, qreal scale);
    // Redraws only when a frame moved.
    void setFrames(const Frame &functions, const Frame &gradients);
    // On for the screen; off for exports, so that SVG and PDF get vector paths.
    void setCached(bool cached);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    std::vector<PinnedCurve> m_curves;
    ThemeColors m_colors;
    qreal m_scale = 1.0;
    Frame m_functions;
    Frame m_gradients;
};

} // namespace lre::ui
